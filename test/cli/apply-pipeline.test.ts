/**
 * `audience-sync apply` in pipelines: SIGINT mid-apply in a real child process (no new
 * write starts, the one in flight finishes and is reported, exit non-zero, and a re-run
 * converges with no duplicate), the backup written before any write, and the time
 * budget that ends a hung API with the report written.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenForCancel } from '../../src/cancel.js';
import type { Connect } from '../../src/cli/io.js';
import { runCli } from '../../src/cli.js';
import { EXIT_CANCELLED } from '../../src/commands/apply-safety.js';
import type { AudienceApi } from '../../src/neuroflash/api.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, RequestLogEntry } from '../emulator/types.js';
import {
  type CapturedIO,
  captureIO,
  emulatorEnv,
  fastConnect,
  listFiles,
  makeTempDir,
} from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(ROOT, 'src/cli-entry.ts');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function yamlOf(name: string, maxAge = 45): string {
  return `name: ${name}
residence: Berlin
minAge: 25
maxAge: ${maxAge}
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests: [AI]
needs: [scale content production]
painPoints: [manual workflows]
`;
}

const creates = (e: RequestLogEntry) => e.method === 'POST' && e.path.endsWith('/target-audiences');

let emulator: Emulator;
let dir: string;
let cleanup: () => Promise<void>;
let io: CapturedIO;
let child: ChildProcess | undefined;

beforeEach(async () => {
  emulator = await startEmulator();
  ({ dir, cleanup } = await makeTempDir());
  io = captureIO(emulator, dir);
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await writeFile(path.join(dir, `${name.toLowerCase()}.yml`), yamlOf(name));
  }
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await emulator.close();
  await cleanup();
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('SIGINT mid-apply', () => {
  it('starts no new write, lets the one in flight finish, says what was done and not, and a re-run converges', async () => {
    // The second create is slow, so it is in flight when the signal comes.
    emulator.addFault({
      method: 'POST',
      path: /target-audiences$/,
      after: 1,
      times: 1,
      action: { kind: 'latency', ms: 1_500 },
    });
    child = spawn(
      process.execPath,
      ['--import', TSX, ENTRY, 'apply', '--yes', '.', '--concurrency', '1', '--backup', 'bk'],
      {
        cwd: dir,
        env: { ...process.env, ...emulatorEnv(emulator) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) =>
      child?.on('exit', (code) => resolve(code)),
    );

    // After the first write is recorded, and while the second is in flight.
    await until(() => emulator.requests.filter(creates).length >= 2);
    child.kill('SIGINT');
    const code = await exited;

    expect(code).toBe(EXIT_CANCELLED);
    expect(emulator.requests.filter(creates)).toHaveLength(2);
    expect(emulator.requests.filter(creates).map((e) => e.status)).toEqual([201, 201]);
    expect(stderr).toContain('SIGINT: the run was cancelled. No new write starts');
    expect(stderr).toContain('Cancelled (SIGINT): 2 of 3 changes done, 1 not started.');
    expect(stderr).toMatch(/Not started:\n {2}create "Gamma": not started: the run was cancelled/);
    expect(stdout).toContain('Gamma');

    // The re-run plans again from what is there: one create, no duplicate.
    emulator.clearLog();
    expect(await runCli(['apply', '--yes', '.'], io)).toBe(0);
    expect(emulator.requests.filter(creates)).toHaveLength(1);
    expect(
      emulator
        .snapshot()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Alpha', 'Beta', 'Gamma']);
  });
});

describe('listenForCancel', () => {
  it('stops at the first signal and cuts at the second, then lets go of the process', () => {
    const handlers = new Map<string, (name: NodeJS.Signals) => void>();
    const source = {
      on: (name: string, fn: (name: NodeJS.Signals) => void) => handlers.set(name, fn),
      off: (name: string) => handlers.delete(name),
    } as unknown as Pick<NodeJS.Process, 'on' | 'off'>;
    const notices: string[] = [];
    const cancel = listenForCancel((m) => notices.push(m), source, 60_000);
    expect([cancel.stop.aborted, cancel.cut.aborted]).toEqual([false, false]);
    handlers.get('SIGTERM')?.('SIGTERM');
    expect([cancel.stop.aborted, cancel.cut.aborted, cancel.received]).toEqual([
      true,
      false,
      'SIGTERM',
    ]);
    handlers.get('SIGINT')?.('SIGINT');
    expect(cancel.cut.aborted).toBe(true);
    expect(notices).toHaveLength(2);
    cancel.dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('apply --backup and --timeout-minutes', () => {
  it('backs up what the apply updates before writing, into --backup DIR', async () => {
    const [alpha] = emulator.seed([
      { name: 'Alpha', maxAge: 60, additionalInformation: 'keep me' },
    ]);
    expect(await runCli(['apply', '--yes', '.', '--backup', 'saved'], io)).toBe(0);
    expect(await listFiles(path.join(dir, 'saved'))).toEqual(['alpha.yml']);
    expect(io.err()).toContain(`Backed up 1 audience before writing: ${path.join(dir, 'saved')}`);
    expect(emulator.snapshot().find((a) => a.id === alpha?.id)).toMatchObject({
      maxAge: 45,
      additionalInformation: 'keep me',
    });
    // The backup holds the state before the write, not after it.
    const saved = await readFile(path.join(dir, 'saved', 'alpha.yml'), 'utf8');
    expect(saved).toMatch(/^maxAge: 60$/m);
    expect(saved).toMatch(/^additionalInformation: keep me$/m);
  });

  it('sends no write of any kind, creates included, before the whole backup is on disk', async () => {
    emulator.seed([{ name: 'Alpha', maxAge: 60 }, { name: 'Old beta' }, { name: 'Stray' }]);
    // Alpha is updated, Old beta renamed to Beta, Gamma created, Stray deleted (prune).
    await writeFile(path.join(dir, 'beta.yml'), `${yamlOf('Beta')}previousNames: [Old beta]\n`);
    const backup = path.join(dir, 'saved');
    // What the backup folder holds at the moment each write is called: read at once,
    // synchronously, so that nothing can finish in between. The writes themselves go to
    // the emulator through the real client.
    const seen: string[] = [];
    const at = <T>(write: string, call: () => Promise<T>): Promise<T> => {
      let files: string[] = [];
      try {
        files = readdirSync(backup).sort();
      } catch {
        // No folder yet: nothing backed up.
      }
      seen.push(`${write}: ${files.join(' ')}`);
      return call();
    };
    const watching: Connect = async (settings) => {
      const connection = await fastConnect(settings);
      const real = connection.audiences;
      const audiences: AudienceApi = {
        workspaceId: real.workspaceId,
        listAudiences: () => real.listAudiences(),
        getAudience: (id) => real.getAudience(id),
        importFromUrls: (urls, model) => real.importFromUrls(urls, model),
        createAudience: (body) => at('create', () => real.createAudience(body)),
        updateAudience: (id, body) => at('update', () => real.updateAudience(id, body)),
        deleteAudience: (id) => at('delete', () => real.deleteAudience(id)),
      };
      return { ...connection, audiences };
    };

    const args = ['apply', '--yes', '.', '--prune', '--concurrency', '4', '--backup', 'saved'];
    expect(await runCli(args, io, { connect: watching })).toBe(0);

    const all = 'alpha.yml old-beta.yml stray.yml';
    expect(await listFiles(backup)).toEqual(all.split(' '));
    expect(seen.sort()).toEqual([
      `create: ${all}`,
      `delete: ${all}`,
      `update: ${all}`,
      `update: ${all}`,
    ]);
  });

  it('writes nothing when the backup cannot be written', async () => {
    emulator.seed([{ name: 'Alpha', maxAge: 60 }]);
    // A file where the backup folder should go: the backup fails, so the apply must not start.
    await writeFile(path.join(dir, 'saved'), 'not a folder');
    expect(await runCli(['apply', '--yes', '.', '--backup', 'saved'], io)).toBe(1);
    expect(
      emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/oauth/')),
    ).toEqual([]);
    expect(emulator.snapshot()[0]).toMatchObject({ maxAge: 60 });
  });

  it('backs up into .audience-sync/backups/<UTC time>/ by default', async () => {
    emulator.seed([{ name: 'Alpha', maxAge: 60 }]);
    expect(await runCli(['apply', '--yes', '.'], io)).toBe(0);
    const [stamp, ...more] = await readdir(path.join(dir, '.audience-sync/backups'));
    expect(more).toEqual([]);
    expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-[0-9a-f]{8}$/);
    expect(await listFiles(path.join(dir, '.audience-sync/backups', stamp ?? ''))).toEqual([
      'alpha.yml',
    ]);
  });

  it('ends a hung API within the budget, with the report written and no further write sent', async () => {
    emulator.addFault({
      method: 'POST',
      path: /target-audiences$/,
      action: { kind: 'latency', ms: 600_000 },
    });
    // 0.05 min = 3 s
    const code = await runCli(
      ['apply', '--yes', '.', '--concurrency', '1', '--timeout-minutes', '0.05'],
      io,
    );
    expect(code).toBe(1);
    expect(emulator.requests.filter(creates)).toHaveLength(1);
    expect(io.out()).toMatch(/time budget of 0\.05 min \(--timeout-minutes\) ran out/);
    expect(io.out()).toContain('Gamma');
  });

  it('refuses a timeout that is not a positive number', async () => {
    expect(await runCli(['apply', '--yes', '.', '--timeout-minutes', '0'], io)).toBe(1);
    expect(io.err()).toContain(
      '--timeout-minutes must be a number of minutes above 0, at most 360, got `0`',
    );
    expect(emulator.requests).toEqual([]);
  });
});

describe('apply --prune with a lookalike name', () => {
  it('matches an NFD file to the NFC remote: no DELETE, the id and additionalInformation are kept', async () => {
    const nfc = 'Caf\u00e9 people';
    const [before] = emulator.seed([
      { name: nfc, maxAge: 60, additionalInformation: 'hand-written notes' },
    ]);
    await writeFile(path.join(dir, 'cafe.yml'), yamlOf(nfc.normalize('NFD')));
    expect(await runCli(['apply', '--yes', 'cafe.yml', '--prune'], io)).toBe(0);

    expect(emulator.requests.filter((e) => e.method === 'DELETE')).toEqual([]);
    expect(emulator.requests.filter(creates)).toEqual([]);
    expect(emulator.snapshot()).toEqual([
      expect.objectContaining({
        id: before?.id,
        name: nfc,
        maxAge: 45,
        additionalInformation: 'hand-written notes',
      }),
    ]);
  });
});
