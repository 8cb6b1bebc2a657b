/**
 * Shared by the command tests (export, bootstrap, plan, apply): a temporary working directory, a CliIO that
 * captures what a command prints, and the real client pointed at the emulator.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO, Connect } from '../../src/cli/io.js';
import { connect } from '../../src/engine.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { createNeuroflashClient } from '../../src/neuroflash/client.js';
import type { Emulator } from '../emulator/types.js';

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
