/**
 * End to end, drift checks: a scheduled dry run with `fail-on-drift` fails when someone
 * changed an audience by hand in neuroflash, and names the field.
 */
import { describe, test } from 'vitest';
import {
  annotations,
  audience,
  emulatorWrites,
  runAction,
  testWorld,
  yamlFile,
} from './harness.js';

const FILES = {
  'audiences/a.yml': yamlFile(audience('Marketing leaders'), audience('HR managers in DACH')),
};
const DRIFT_CHECK = { 'fail-on-drift': 'true' };

describe.concurrent('drift', () => {
  test('a hand edit fails the scheduled run with `drift`, naming the field', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    const [leaders] = w.emulator.seed([
      audience('Marketing leaders'),
      audience('HR managers in DACH'),
    ]);
    w.emulator.editByHand(String(leaders?.id), { maxAge: 52 });
    w.emulator.clearLog();

    const result = await runAction(w, { event: 'schedule', inputs: DRIFT_CHECK, files: FILES });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('drift');
    expect(result.outputs.updates).toBe('1');
    expect(result.summary).toContain('Marketing leaders');
    expect(result.summary).toContain('- maxAge: 52\n+ maxAge: 45\n');
    expect(result.stdout).toMatch(/maxAge: 52 → 45/);
    expect(annotations(result.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::Drift: the workspace differs from the files in 1 change\.%0A~ Marketing leaders .*maxAge 52 → 45/,
      ),
    ]);
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('no drift: the scheduled run succeeds and says nothing changed', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders'), audience('HR managers in DACH')]);
    const result = await runAction(w, { event: 'schedule', inputs: DRIFT_CHECK, files: FILES });
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(result.outputs['has-changes']).toBe('false');
    expect(result.summary).toContain('No changes');
  });

  test('without `fail-on-drift`, drift is reported but does not fail', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    const [leaders] = w.emulator.seed([
      audience('Marketing leaders'),
      audience('HR managers in DACH'),
    ]);
    w.emulator.editByHand(String(leaders?.id), { interests: ['knitting'] });
    const result = await runAction(w, { event: 'workflow_dispatch', files: FILES });
    expect(result.code).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.summary).toContain('interests');
  });
});
