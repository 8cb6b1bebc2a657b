import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO, Connect } from '../../src/cli/io.js';
import { connect } from '../../src/engine.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { createNeuroflashClient } from '../../src/neuroflash/client.js';
import type { Emulator } from '../emulator/types.js';
import { assertFreshDist } from './dist.js';

/** Retries fast enough for a test; the policy itself is the client's to test. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'audience-sync-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, relative and sorted; an absent dir has none. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export interface CapturedIO extends CliIO {
  out: () => string;
  err: () => string;
}

/** A CliIO whose output is captured and whose environment points at the emulator. */
export function captureIO(
  emulator: Emulator,
  cwd: string,
  options: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {},
): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env: options.env ?? emulatorEnv(emulator),
    cwd,
    isTTY: options.isTTY ?? false,
    out: () => out,
    err: () => err,
  };
}

export function emulatorEnv(emulator: Emulator): NodeJS.ProcessEnv {
  return {
    NEUROFLASH_CLIENT_ID: emulator.clientId,
    NEUROFLASH_CLIENT_SECRET: emulator.clientSecret,
    NEUROFLASH_API_URL: emulator.apiUrl,
    NEUROFLASH_TOKEN_URL: emulator.tokenUrl,
  };
}

/** The real client against the emulator, with fast retries. */
export function emulatorClient(emulator: Emulator): NeuroflashApi {
  return createNeuroflashClient({
    apiUrl: emulator.apiUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    retry: FAST_RETRY,
  });
}

/** The engine's connect, but with fast retries: the seam the commands accept. */
export const fastConnect: Connect = (settings) => connect({ ...settings, retry: FAST_RETRY });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The built CLI bundle, as the published package runs it. */
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli/index.js');

/**
 * The Node that runs the bundle in end-to-end tests: `AUDIENCE_SYNC_CLI_NODE` (set by
 * `npm run test:node22` to the lowest supported Node), else the one running the tests.
 */
export const CLI_NODE = process.env.AUDIENCE_SYNC_CLI_NODE || process.execPath;

/**
 * Throws, with the command that fixes it, when the CLI bundle is missing or older than
 * any file under src/: a test of a stale bundle would test old code without a word.
 */
export function requireFreshCliBundle(): void {
  assertFreshDist('dist/cli/index.js');
}

/** A complete, valid audience file for `name`; `maxAge` varies it from a seed's. */
export function audienceYaml(name: string, maxAge = 45): string {
  return `name: ${JSON.stringify(name)}
residence: Berlin
minAge: 25
maxAge: ${maxAge}
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests: [AI, content marketing]
needs: [scale content production]
painPoints: [manual workflows]
`;
}
