/**
 * A neuroflash API emulator: real HTTP on 127.0.0.1 that behaves as docs/api.md
 * says the service does, with faults on demand and a log of every request.
 */
import { TokenIssuer } from './auth.js';
import { FaultBook, peakConcurrency } from './faults.js';
import { DOCUMENTED_MODEL_ID } from './importer.js';
import { EmulatorServer } from './server.js';
import { Store } from './store.js';
import type {
  Emulator,
  EmulatorClient,
  EmulatorOptions,
  RequestLogEntry,
  SeedAudience,
} from './types.js';
import type { ProfileRecord } from './validate.js';

export { DOCUMENTED_MODEL_ID } from './importer.js';
export type * from './types.js';

/** The credentials of the default client. */
export const DEFAULT_CLIENT: EmulatorClient = {
  clientId: 'audience-sync-test',
  clientSecret: 's3cr3t-test-secret',
  userId: '3f6c2a8e-5b1d-4c7e-9a2f-1d8b7e6c5a40',
  customerId: 4711,
};

export const DEFAULT_WORKSPACE = { id: 'ws-1', name: 'Acme Marketing' };

const DEFAULT_TTL_SECONDS = 14399;

const isAudienceService = (e: RequestLogEntry): boolean => e.path.includes('/audience-service/');

/** Starts an emulator on 127.0.0.1 and resolves once it accepts connections. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const now = options.now ?? Date.now;
  const clients = options.clients?.length ? options.clients : [DEFAULT_CLIENT];
  const workspaces = options.workspaces?.length ? options.workspaces : [DEFAULT_WORKSPACE];
  const firstClient = clients[0] as EmulatorClient;
  const firstWorkspace = workspaces[0] as { id: string; name: string };
  const envelope = options.envelope ?? 'data';
  const maxPageSize = positive(options.maxPageSize ?? 200, 'maxPageSize');
  const store = new Store(workspaces, clients, now);
  const tokens = new TokenIssuer(
    clients,
    positive(options.tokenTtlSeconds ?? DEFAULT_TTL_SECONDS, 'tokenTtlSeconds'),
    now,
  );
  const faults = new FaultBook();
  const log: RequestLogEntry[] = [];
  const server = new EmulatorServer({
    store,
    tokens,
    faults,
    log,
    now,
    latencyMs: options.latencyMs ?? 0,
    envelope,
    workspaceEnvelope: options.workspaceEnvelope ?? envelope,
    defaultPageSize: Math.min(
      positive(options.defaultPageSize ?? 20, 'defaultPageSize'),
      maxPageSize,
    ),
    maxPageSize,
    audienceLimit: options.audienceLimit,
    importDelayMs: options.importDelayMs ?? 0,
    importDraft: options.importDraft,
    audienceModelIds: new Set(options.audienceModelIds ?? [DOCUMENTED_MODEL_ID]),
  });
  await server.listen(options.port ?? 0);
  const origin = server.origin;

  return {
    origin,
    apiUrl: `${origin}/api`,
    tokenUrl: `${origin}/oauth/v2/token`,
    clientId: firstClient.clientId,
    clientSecret: firstClient.clientSecret,
    workspaces: workspaces.map((ws) => ({ ...ws })),
    requests: log,
    clearLog: () => {
      log.length = 0;
    },
    maxConcurrency: (filter = isAudienceService) => peakConcurrency(log.filter(filter)),
    seed(audiences: SeedAudience[], workspaceId = firstWorkspace.id) {
      return audiences.map((seed) => {
        const { createdByUserId = firstClient.userId, id, ...fields } = seed;
        const audience = store.create(workspaceId, withDefaults(fields), createdByUserId, id);
        return store.toResource(audience, firstClient.userId);
      });
    },
    snapshot(workspaceId = firstWorkspace.id) {
      return store.list(workspaceId).map((a) => store.toResource(a, firstClient.userId));
    },
    editByHand(id: string, patch: Record<string, unknown>) {
      const audience = store.find(id);
      if (!audience) throw new Error(`emulator: no audience with id ${id}`);
      store.edit(audience, patch);
      return store.toResource(audience, firstClient.userId);
    },
    reset: () => store.clear(),
    revokeTokens: () => tokens.revokeAll(),
    get tokensIssued() {
      return tokens.issued;
    },
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setLatency(ms: number) {
      server.config.latencyMs = Math.max(0, ms);
    },
    close: () => server.close(),
    get listening() {
      return server.server.listening;
    },
  };
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`emulator: ${name} must be an integer >= 1, got ${value}`);
  }
  return value;
}

/**
 * Fills what a seed leaves out with valid values. Seeds are not validated otherwise, so a
 * test can plant a record the API would refuse today (legacy data, a hand-made mess).
 */
function withDefaults(seed: Omit<SeedAudience, 'createdByUserId' | 'id'>): ProfileRecord {
  const profile: ProfileRecord = {
    name: seed.name,
    residence: seed.residence ?? 'Berlin',
    minAge: seed.minAge ?? 25,
    maxAge: seed.maxAge ?? 45,
    genderDistribution: { ...(seed.genderDistribution ?? DEFAULT_SHARES) },
    interests: [...(seed.interests ?? ['marketing'])],
    needs: [...(seed.needs ?? ['more reach'])],
    painPoints: [...(seed.painPoints ?? ['too little time'])],
  };
  if (seed.country !== undefined) profile.country = seed.country;
  if (seed.nativeLanguage !== undefined) profile.nativeLanguage = seed.nativeLanguage;
  if (seed.shared !== undefined) profile.shared = seed.shared;
  if (seed.additionalInformation !== undefined) {
    profile.additionalInformation = seed.additionalInformation;
  }
  return profile;
}

const DEFAULT_SHARES = { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 };
