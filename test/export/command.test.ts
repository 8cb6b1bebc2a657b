import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../src/cli/io.js';
import { type CliIO, runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { captureIO, emulatorEnv, listFiles, makeTempDir } from '../support/cli.js';
import { OTHER_USER } from './seeds.js';

/** `audience-sync export` through the dispatcher, where failures become exit codes. */
const runExport = (args: string[], io: CliIO, deps: CommandDeps = {}) =>
  runCli(['export', ...args], io, deps);

let emulator: Emulator;
let cwd: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator({
    workspaces: [
      { id: 'ws-1', name: 'Acme Marketing' },
      { id: 'ws-2', name: 'Acme Sales' },
    ],
  });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.reset();
  emulator.clearLog();
  ({ dir: cwd, cleanup } = await makeTempDir());
  emulator.seed([
    { name: 'Marketing leaders' },
    { name: 'Zürich Ärzte', createdByUserId: OTHER_USER },
  ]);
  emulator.seed([{ name: 'Sales leaders' }], 'ws-2');
});
afterEach(() => cleanup());

const env = (extra: NodeJS.ProcessEnv = {}) => ({ ...emulatorEnv(emulator), ...extra });

describe('audience-sync export', () => {
  it('exports the chosen workspace and says what it wrote', async () => {
    const io = captureIO(emulator, cwd, { env: env({ NEUROFLASH_WORKSPACE: 'Acme Marketing' }) });
    expect(await runExport([], io)).toBe(0);

    expect(io.out()).toBe(
      [
        'wrote audiences/marketing-leaders.yml',
        'wrote audiences/zurich-arzte.yml (read-only: owned by another user)',
        'Exported 2 audiences of workspace "Acme Marketing" (ws-1) to audiences/ (1 read-only).',
        'Next: review the files, then `audience-sync plan audiences` should show no changes.',
        '',
      ].join('\n'),
    );
    expect(io.err()).toBe('');
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([
      'marketing-leaders.yml',
      'zurich-arzte.yml',
    ]);
  });

  it('lets --workspace and --out override the environment, and prints JSON with --json', async () => {
    const io = captureIO(emulator, cwd, { env: env({ NEUROFLASH_WORKSPACE: 'ws-1' }) });
    const code = await runExport(['--workspace', 'ws-2', '--out', 'sales', '--json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      workspace: { id: 'ws-2', name: 'Acme Sales' },
      written: ['sales/sales-leaders.yml'],
      overwritten: [],
      removed: [],
      skipped: [],
      readOnly: [],
    });
    expect(await readFile(path.join(cwd, 'sales/sales-leaders.yml'), 'utf8')).toContain(
      'name: Sales leaders\n',
    );
  });

  it('refuses a second export without --force, and rewrites with it', async () => {
    const first = captureIO(emulator, cwd, { env: env({ NEUROFLASH_WORKSPACE: 'ws-1' }) });
    expect(await runExport([], first)).toBe(0);

    const second = captureIO(emulator, cwd, { env: env({ NEUROFLASH_WORKSPACE: 'ws-1' }) });
    expect(await runExport([], second)).toBe(1);
    expect(second.out()).toBe('');
    expect(second.err()).toBe(
      'audience-sync export: refusing to overwrite 2 existing files (nothing was written): ' +
        'audiences/marketing-leaders.yml, audiences/zurich-arzte.yml\n' +
        'Use --force to overwrite them, or --out to export into another folder.\n',
    );

    const forced = captureIO(emulator, cwd, { env: env({ NEUROFLASH_WORKSPACE: 'ws-1' }) });
    expect(await runExport(['--force'], forced)).toBe(0);
    expect(forced.out()).toContain('Exported 2 audiences');
  });

  it('fails without credentials before any request, naming both variables', async () => {
    const io = captureIO(emulator, cwd, {
      env: { NEUROFLASH_API_URL: emulator.apiUrl, NEUROFLASH_CLIENT_ID: 'someone' },
    });
    expect(await runExport([], io)).toBe(1);
    expect(io.err()).toBe(
      "audience-sync export: missing credentials: set NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET to the neuroflash service account's client id and secret (not set: NEUROFLASH_CLIENT_SECRET)\n",
    );
    expect(emulator.requests).toEqual([]);
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('lists the workspaces when several exist and none is chosen', async () => {
    const io = captureIO(emulator, cwd);
    expect(await runExport([], io)).toBe(1);
    expect(io.err()).toMatch(/^audience-sync export: The account can reach 2 workspaces/);
    expect(io.err()).toContain('Acme Marketing');
    expect(io.err()).toContain('ws-2');
    expect(io.err()).toContain('Choose one with --workspace or NEUROFLASH_WORKSPACE.');
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('reports a bad secret without printing it', async () => {
    const io = captureIO(emulator, cwd, {
      env: env({ NEUROFLASH_CLIENT_SECRET: 'wrong-secret-value', NEUROFLASH_WORKSPACE: 'ws-1' }),
    });
    expect(await runExport([], io)).toBe(1);
    expect(io.err()).toMatch(/^audience-sync export: authentication failed: /);
    expect(io.err()).toContain('Check NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET.');
    expect(io.err() + io.out()).not.toContain('wrong-secret-value');
  });

  it('rejects unknown flags with the usage', async () => {
    const io = captureIO(emulator, cwd);
    expect(await runExport(['--outt', 'x'], io)).toBe(1);
    expect(io.err()).toContain('unknown option --outt; did you mean --out?');
    expect(io.err()).toContain('Usage: audience-sync export');
    expect(emulator.requests).toEqual([]);
  });
});
