/**
 * `run()` in process, with `@actions/core` faked at the seam (inputs in, outputs, log,
 * summary and failure recorded) and real HTTP to the neuroflash emulator on loopback.
 * The signals come from an emitter the test fires, so that a cancel lands at a known
 * point of the apply.
 */
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { actionInputDefaults, audience, yamlFile } from './harness.js';

const core = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  outputs: {} as Record<string, string>,
  log: [] as string[],
  warnings: [] as string[],
  failed: [] as string[],
  summary: '',
  /** Called with each info line, as it is logged. */
  onInfo: (_line: string): void => {},
}));

vi.mock('@actions/core', () => ({
  getInput: (name: string) => core.inputs[name] ?? '',
  setSecret: () => {},
  info: (message: string) => {
    core.log.push(message);
    core.onInfo(message);
  },
  debug: () => {},
  notice: (message: string) => core.log.push(`notice: ${message}`),
  warning: (message: string) => core.warnings.push(String(message)),
  error: (message: string) => core.log.push(`error: ${message}`),
  group: async <T>(_name: string, fn: () => Promise<T>) => fn(),
  setOutput: (name: string, value: string) => {
    core.outputs[name] = value;
  },
  setFailed: (message: string) => {
    core.failed.push(message);
  },
  summary: {
    addRaw(text: string) {
      core.summary += text;
      return this;
    },
    async write() {
      return this;
    },
  },
}));

const { run } = await import('../../src/action/index.js');

let emulator: Emulator;
let dir: string;
beforeEach(async () => {
  emulator = await startEmulator();
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-run-'));
  await mkdir(join(dir, 'repo', 'audiences'), { recursive: true });
  await mkdir(join(dir, 'temp'));
  Object.assign(core, { outputs: {}, log: [], warnings: [], failed: [], summary: '' });
  core.onInfo = () => {};
});
afterEach(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** One run of the Action on `event`, with `inputs` over `action.yml`'s defaults. */
async function runOnce(
  event: string,
  inputs: Record<string, string>,
  signals: EventEmitter = new EventEmitter(),
): Promise<void> {
  core.inputs = {
    ...(await actionInputDefaults()),
    'github-token': '',
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'token-url': emulator.tokenUrl,
    ...inputs,
  };
  Object.assign(core, { outputs: {}, log: [], warnings: [], failed: [], summary: '' });
  await run({
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_WORKSPACE: join(dir, 'repo'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: join(dir, 'temp'),
    },
    signals: signals as unknown as NodeJS.Process,
  });
}

async function files(docs: Record<string, object>): Promise<void> {
  for (const [name, doc] of Object.entries(docs)) {
    await writeFile(join(dir, 'repo', 'audiences', `${name}.yml`), yamlFile(doc));
  }
}

function writes() {
  return emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/oauth/'));
}

describe('run() in process', () => {
  test('`merge_group` with `dry-run: false` is refused, with no request to neuroflash', async () => {
    emulator.seed([audience('Marketing leaders')]);
    await files({ a: audience('Marketing leaders', { maxAge: 50 }) });

    await runOnce('merge_group', { 'dry-run': 'false' });

    expect(core.failed).toEqual([
      "input `dry-run: false` on a `merge_group` event would apply a merge queue's group, which the queue may still reject; refused. Apply after the merge (on push), or set `allow-apply-on-pr: true` if this is really meant",
    ]);
    expect(core.outputs['failure-reason']).toBe('invalid');
    expect(core.summary).toMatch(
      /^### ❌ Did not start · audience-sync[^\n]*\n\n\*\*audience-sync did not start:\*\*/,
    );
    expect(emulator.requests).toEqual([]);
    expect(emulator.snapshot()[0]?.maxAge).toBe(45);
  });

  test('`merge_group` as a dry run plans, and writes nothing', async () => {
    emulator.seed([audience('Marketing leaders')]);
    await files({ a: audience('Marketing leaders', { maxAge: 50 }) });

    await runOnce('merge_group', {});

    expect(core.failed).toEqual([]);
    expect(core.outputs).toMatchObject({ 'has-changes': 'true', updates: '1', 'backup-path': '' });
    expect(writes()).toEqual([]);
  });

  test('an apply backs up what it changes under RUNNER_TEMP and names the folder', async () => {
    const [seeded] = emulator.seed([
      audience('Marketing leaders', { additionalInformation: 'kept by hand' }),
    ]);
    await files({ a: audience('Marketing leaders', { maxAge: 50 }) });

    await runOnce('push', { 'dry-run': 'false' });

    expect(core.failed).toEqual([]);
    expect(core.outputs).toMatchObject({ updates: '1', 'failure-reason': '' });
    const backup = core.outputs['backup-path'] ?? '';
    expect(backup.startsWith(join(dir, 'temp', 'audience-sync-backup'))).toBe(true);
    const [file, ...more] = await readdir(backup);
    expect(more).toEqual([]);
    const text = await readFile(join(backup, file ?? ''), 'utf8');
    expect(text).toContain(String(seeded?.id));
    expect(text).toMatch(/maxAge: 45/);
    expect(emulator.snapshot()[0]?.maxAge).toBe(50);
  });

  test('SIGINT mid-apply: no new write, every output and the summary say `cancelled`, a re-run converges', async () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
    await files(Object.fromEntries(names.map((n) => [n, audience(n)])));
    const signals = new EventEmitter();
    // The first change ends: the cancel lands while the apply has more to do.
    core.onInfo = (line) => {
      if (line.startsWith('[1/4]')) signals.emit('SIGINT', 'SIGINT');
    };

    await runOnce('push', { 'dry-run': 'false', concurrency: '1' }, signals);

    expect(core.outputs['failure-reason']).toBe('cancelled');
    expect(Object.keys(core.outputs)).toHaveLength(11);
    expect(core.outputs.creates).toBe('4');
    expect(core.failed[0]).toMatch(/^Cancelled \(SIGINT\): 1 of 4 changes done, 3 not started\./);
    expect(core.failed[0]).toContain('↷ create Bravo: not started: the run was cancelled');
    expect(core.summary).toContain('Cancelled (SIGINT)');
    expect(core.warnings[0]).toMatch(/^SIGINT: the run was cancelled\. No new write starts/);
    expect(writes().map((r) => r.method)).toEqual(['POST']);
    expect(signals.listenerCount('SIGINT')).toBe(0);

    emulator.clearLog();
    core.onInfo = () => {};
    await runOnce('push', { 'dry-run': 'false' });

    expect(core.failed).toEqual([]);
    expect(core.outputs.creates).toBe('3');
    expect(emulator.snapshot().map((a) => a.name)).toEqual(expect.arrayContaining(names));
    expect(emulator.snapshot()).toHaveLength(4);
  });

  test('a hung API ends the run at `timeout-minutes`, with the report and outputs written', async () => {
    emulator.seed([audience('Marketing leaders')]);
    await files({ a: audience('Marketing leaders', { maxAge: 50 }) });
    // Longer than the test's own timeout: only the budget can end this run in time.
    emulator.addFault({
      method: 'GET',
      path: 'target-audiences',
      action: { kind: 'latency', ms: 60_000 },
    });

    await runOnce('push', { 'dry-run': 'false', 'timeout-minutes': '0.02' });

    expect(core.outputs['failure-reason']).toBe('api');
    expect(core.failed[0]).toContain('0.02 min (timeout-minutes)');
    expect(core.summary).toContain('timeout-minutes');
    expect(writes()).toEqual([]);
  });
});
