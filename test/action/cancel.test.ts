/**
 * End to end, a cancel: the built Action gets SIGINT (as GitHub sends it) while it
 * applies, starts no new write, lets the write in flight finish, writes every output and
 * the summary with `failure-reason: cancelled`, and exits non-zero. A re-run converges
 * with no duplicate.
 */
import { describe, test } from 'vitest';
import { audience, emulatorWrites, runAction, testWorld, yamlFile } from './harness.js';

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
const FILES = Object.fromEntries(NAMES.map((n) => [`audiences/${n}.yml`, yamlFile(audience(n))]));

describe('SIGINT mid-apply', () => {
  test('reports what was done and not started, and a re-run converges', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    // Slow writes, one at a time: the signal lands while the apply has more to do.
    w.emulator.addFault({
      method: 'POST',
      path: 'target-audiences',
      action: { kind: 'latency', ms: 300 },
    });
    const cancelled = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', concurrency: '1' },
      files: FILES,
      signalWhen: { line: /^\[1\/4\] ✓ create/, signal: 'SIGINT' },
    });

    expect(cancelled.code).toBe(1);
    expect(cancelled.stderr).toBe('');
    expect(cancelled.outputs['failure-reason']).toBe('cancelled');
    expect(Object.keys(cancelled.outputs)).toHaveLength(11);
    expect(cancelled.stdout).toMatch(
      /^::warning::SIGINT: the run was cancelled\. No new write starts/m,
    );
    const banner =
      /^::error::Cancelled \(SIGINT\): (\d) of 4 changes done, (\d) not started\./m.exec(
        cancelled.stdout,
      );
    const [done, notStarted] = [Number(banner?.[1]), Number(banner?.[2])];
    // The write in flight when the signal came finished within the grace, and counts as done.
    expect(done + notStarted).toBe(4);
    expect(notStarted).toBeGreaterThan(0);
    expect(cancelled.summary).toContain('Cancelled (SIGINT)');
    const created = emulatorWrites(w.emulator).filter((r) => r.method === 'POST');
    expect(created).toHaveLength(done);
    expect(w.emulator.snapshot()).toHaveLength(done);

    w.emulator.clearLog();
    w.emulator.clearFaults();
    const rerun = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false' },
      files: FILES,
    });

    expect(rerun.code).toBe(0);
    expect(rerun.outputs.creates).toBe(String(notStarted));
    expect(emulatorWrites(w.emulator).map((r) => r.method)).toEqual(Array(notStarted).fill('POST'));
    expect(
      w.emulator
        .snapshot()
        .map((a) => a.name)
        .sort(),
    ).toEqual(NAMES);
  });
});
