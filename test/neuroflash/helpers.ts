/** Shared set-up of the client tests: an emulator, a client pointed at it, captured output. */
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import type { ClientOptions } from '../../src/neuroflash/client.js';
import { createNeuroflashClient } from '../../src/neuroflash/client.js';
import type { RetryEvent } from '../../src/neuroflash/http.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, EmulatorOptions, RequestLogEntry } from '../emulator/types.js';

export const AUDIENCES_PATH = '/api/audience-service/v1/workspaces/ws-1/target-audiences';

export interface Harness {
  emulator: Emulator;
  client: NeuroflashApi;
  /** Every line the client logged, at any level. */
  logs: string[];
  /** Every value handed to `onSecret`. */
  secrets: string[];
  retries: RetryEvent[];
  /** Every wait the client slept, in ms: the sleep is recorded, not spent. */
  sleeps: number[];
  close(): Promise<void>;
}

/**
 * Starts an emulator and a client whose retry waits are recorded instead of slept, so a
 * test asserts the waits the client really took and stays fast. `clientOptions`
 * overrides anything.
 */
export async function harness(
  emulatorOptions: EmulatorOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<Harness> {
  const emulator = await startEmulator(emulatorOptions);
  const logs: string[] = [];
  const secrets: string[] = [];
  const retries: RetryEvent[] = [];
  const sleeps: number[] = [];
  const client = createNeuroflashClient({
    apiUrl: emulator.apiUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    onSecret: (value) => secrets.push(value),
    log: {
      debug: (msg) => logs.push(`debug: ${msg}`),
      info: (msg) => logs.push(`info: ${msg}`),
      warning: (msg) => logs.push(`warning: ${msg}`),
    },
    onRetry: (event) => retries.push(event),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...clientOptions,
  });
  return {
    emulator,
    client,
    logs,
    secrets,
    retries,
    sleeps,
    async close() {
      await client.close();
      await emulator.close();
    },
  };
}

/** `METHOD path?query → status`, one per request: what went over the wire, in order. */
export function wire(requests: readonly RequestLogEntry[]): string[] {
  return requests.map((r) => {
    const query = new URLSearchParams(r.query).toString();
    return `${r.method} ${r.path}${query ? `?${query}` : ''} → ${r.status}`;
  });
}

/** The requests for the audience list only. */
export function listRequests(requests: readonly RequestLogEntry[]): RequestLogEntry[] {
  return requests.filter((r) => r.method === 'GET' && r.path === AUDIENCES_PATH);
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Every message of an error and its `cause` chain. */
export function messageChain(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth += 1) {
    messages.push(current.message, String(current.stack ?? ''));
    current = current.cause;
  }
  return messages;
}

/** A valid create body. */
export function profile(name: string) {
  return {
    name,
    residence: 'Berlin',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI'],
    needs: ['scale content production'],
    painPoints: ['manual workflows'],
  };
}
