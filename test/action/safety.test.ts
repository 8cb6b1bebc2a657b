/**
 * End to end, the built Action's safety nets around an apply: the backup of what it
 * changes (written under RUNNER_TEMP, named by `backup-path`, restorable as a file), and
 * the time budget that ends a run against a hung API with the report written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { audience, emulatorWrites, runAction, testWorld, yamlFile } from './harness.js';

describe('the apply’s safety nets', () => {
  test('backs up each audience it updates or deletes before writing, and names the folder', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([
      audience('Marketing leaders', { additionalInformation: 'kept by hand' }),
      audience('Legacy list'),
    ]);
    let listing: string[] = [];
    let texts: string[] = [];
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', prune: 'true' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 50 })) },
      // The run's temporary folder goes with it: read the backup while it is there.
      onOutputs: async (outputs) => {
        const dir = outputs['backup-path'] ?? '';
        listing = (await readdir(dir)).sort();
        texts = await Promise.all(listing.map((f) => readFile(join(dir, f), 'utf8')));
      },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['backup-path']).toMatch(/runner-temp\/audience-sync-backup\//);
    expect(listing).toEqual(['legacy-list.yml', 'marketing-leaders.yml']);
    expect(texts[1]).toContain('additionalInformation: kept by hand');
    expect(texts[1]).toMatch(/maxAge: 45/);
    expect(
      emulatorWrites(w.emulator)
        .map((r) => r.method)
        .sort(),
    ).toEqual(['DELETE', 'PUT']);
  });

  test('a hung API ends the run at `timeout-minutes`, with outputs and summary written', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders')]);
    // Longer than the harness lets a run take: only the budget ends this one in time.
    w.emulator.addFault({
      method: 'GET',
      path: 'target-audiences',
      action: { kind: 'latency', ms: 120_000 },
    });
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', 'timeout-minutes': '0.02' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 50 })) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('api');
    expect(result.stdout).toMatch(/^::error::.*0\.02 min \(timeout-minutes\)/m);
    expect(result.summary).toContain('timeout-minutes');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });
});
