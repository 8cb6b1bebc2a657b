/**
 * The emulator's programmatic contract. Tests, the demo and the benchmark start it
 * in-process with `startEmulator(options)` from `./index.js`; `npm run emulator` starts
 * it as a foreground server.
 */

export type ListEnvelope = 'data' | 'hal' | 'array';

export interface EmulatorClient {
  clientId: string;
  clientSecret: string;
  /** The user the client acts as; audiences it creates are owned by this user. */
  userId: string;
  customerId: number;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. Always binds 127.0.0.1. */
  port?: number;
  /** The envelope of the audience list. Default `data`. */
  envelope?: ListEnvelope;
  /** The envelope of the workspace list. Default: the same as `envelope`. */
  workspaceEnvelope?: ListEnvelope;
  /** Page size when the request has no `size`. Default 20. */
  defaultPageSize?: number;
  /** Requested sizes are clamped to this. Default 200. */
  maxPageSize?: number;
  /** Default: one workspace, `{ id: 'ws-1', name: 'Acme Marketing' }`. */
  workspaces?: { id: string; name: string }[];
  /** Default: one client, `audience-sync-test` / `s3cr3t-test-secret`. */
  clients?: EmulatorClient[];
  /** `expires_in` of issued tokens, in seconds. Default 14399. */
  tokenTtlSeconds?: number;
  /** Past this many audiences in a workspace, create gives 403 TARGET_AUDIENCE_LIMIT_REACHED. */
  audienceLimit?: number;
  /** Delay of the URL import, in ms. Default 0 in-process. */
  importDelayMs?: number;
  /** Latency added to every request, in ms. Default 0. */
  latencyMs?: number;
  /** Start and end timestamps in the request log come from this clock. Default Date.now. */
  now?: () => number;
  /**
   * Scripts the URL import's draft instead of deriving it from the URLs (e.g. shares that
   * sum to 0.999). It is returned as is, unvalidated.
   */
  importDraft?: (urls: string[]) => Record<string, unknown>;
  /** The audience model ids the URL import accepts. Default: the one documented id. */
  audienceModelIds?: string[];
}

/** A request as the emulator saw it. */
export interface RequestLogEntry {
  method: string;
  /** The path below the server root, e.g. `/api/audience-service/v1/workspaces/ws-1/target-audiences`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON or form body, if any. */
  body: unknown;
  /** The status sent, or 0 when the connection was dropped. */
  status: number;
  /** ms timestamps, for measuring concurrency. */
  startedAt: number;
  endedAt: number;
  /** The client id behind the bearer token, if the token was valid. */
  clientId?: string;
  /** The fault applied to this request, if any. */
  fault?: FaultAction['kind'];
}

export type FaultAction =
  | { kind: 'latency'; ms: number }
  | {
      kind: 'status';
      status: number;
      /** Sent as the Retry-After header: seconds, or an HTTP date string. */
      retryAfter?: number | string;
      body?: unknown;
    }
  /** The connection is destroyed before any response; nothing is done. */
  | { kind: 'drop' }
  /** The request is carried out (a create is saved), then the connection is destroyed. */
  | { kind: 'commit-then-drop' };

export interface FaultRule {
  /** Matches any method when absent. */
  method?: string;
  /** A substring of, or a RegExp tested on, the request path. Any path when absent. */
  path?: string | RegExp;
  /** How many matching requests get the fault; unlimited when absent. */
  times?: number;
  /** Skip this many matching requests before the fault starts. Default 0. */
  after?: number;
  action: FaultAction;
}

/** A seed: a profile, optionally owned by someone other than the client. */
export interface SeedAudience {
  name: string;
  residence?: string;
  minAge?: number;
  maxAge?: number;
  genderDistribution?: { female: number; male: number; nonBinary: number; preferNotToSay: number };
  interests?: string[];
  needs?: string[];
  painPoints?: string[];
  country?: string;
  nativeLanguage?: string;
  shared?: boolean;
  additionalInformation?: string;
  /** The owning user; default the first client's user. Another id makes it read-only to the client. */
  createdByUserId?: string;
  /** Fixed id; default a fresh UUID. */
  id?: string;
}

export interface Emulator {
  /** e.g. `http://127.0.0.1:43210` */
  readonly origin: string;
  /** `${origin}/api` */
  readonly apiUrl: string;
  /** `${origin}/oauth/v2/token` */
  readonly tokenUrl: string;
  /** The first client's credentials. */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly workspaces: { id: string; name: string }[];

  /** Every request, in arrival order. */
  readonly requests: RequestLogEntry[];
  clearLog(): void;
  /** The highest number of audience-service requests in flight at once, from the log. */
  maxConcurrency(filter?: (e: RequestLogEntry) => boolean): number;

  /** Adds audiences to a workspace (default the first) with valid defaults for missing fields; returns the resources. */
  seed(audiences: SeedAudience[], workspaceId?: string): Record<string, unknown>[];
  /** The stored resources of a workspace (default the first), in creation order: deep copies. */
  snapshot(workspaceId?: string): Record<string, unknown>[];
  /** Edits an audience "by hand" in the app: merges the patch and bumps updatedAt. */
  editByHand(id: string, patch: Record<string, unknown>): Record<string, unknown>;
  /** Removes every audience of every workspace. */
  reset(): void;

  /** Invalidates every issued token: the next API call gets 401. */
  revokeTokens(): void;
  /** The number of tokens issued so far. */
  readonly tokensIssued: number;

  addFault(rule: FaultRule): void;
  clearFaults(): void;
  setLatency(ms: number): void;

  close(): Promise<void>;
  /** Whether the server still accepts connections; false once `close()` has run. */
  readonly listening: boolean;
}
