/**
 * End to end, what is left of a reviewed plan: a pull request's plan, then its merge,
 * then the apply on the push (and its re-runs). A re-run after a converged or partial
 * apply, and a plan missing a change someone already made by hand, are not a changed
 * plan; a `before` value that moved since the review still is.
 */
import { describe, type TestContext, test } from 'vitest';
import {
  audience,
  emulatorWrites,
  HEAD_SHA,
  MERGE_SHA,
  prPayload,
  type RunResult,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const PR = 21;
const APPLY = { 'dry-run': 'false' };
const FILES = {
  'audiences/team.yml': yamlFile(
    audience('Marketing leaders', { maxAge: 50 }),
    audience('HR managers in DACH'),
  ),
};

/** A world with pull request #21 merged as MERGE_SHA, one seeded audience, and its plan reviewed. */
async function reviewed(context: TestContext) {
  const w = await testWorld(context);
  w.github.addPullRequest({
    number: PR,
    headSha: HEAD_SHA,
    merged: true,
    mergeCommitSha: MERGE_SHA,
  });
  const [leaders] = w.emulator.seed([audience('Marketing leaders')]);
  const pr = await runAction(w, {
    event: 'pull_request',
    payload: prPayload(PR, HEAD_SHA),
    files: FILES,
  });
  if (pr.code !== 0) throw new Error(`the PR run failed:\n${pr.stdout}`);
  return { w, id: String(leaders?.id) };
}

/** The apply on the push of the merge commit (a re-run is the same call again). */
function applyOnPush(w: World): Promise<RunResult> {
  w.emulator.clearLog();
  return runAction(w, { event: 'push', sha: MERGE_SHA, inputs: APPLY, files: FILES });
}

const successfulCreates = (w: World) =>
  emulatorWrites(w.emulator).filter((r) => r.method === 'POST' && r.status === 201);

describe.concurrent('re-runs and partial applies of a reviewed plan', () => {
  test('a re-run after a converged apply exits 0 with no writes and says the reviewed changes are done', async (context) => {
    const { expect } = context;
    const { w, id } = await reviewed(context);
    const first = await applyOnPush(w);
    expect(first.code, first.stdout).toBe(0);
    expect(emulatorWrites(w.emulator)).toHaveLength(2);

    const rerun = await applyOnPush(w);
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs['failure-reason']).toBe('');
    expect(rerun.outputs['has-changes']).toBe('false');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(rerun.stdout).toContain('already done');
    expect(rerun.stdout).toContain(`~ Marketing leaders [${id}]: maxAge 45 → 50`);
  });

  test('a re-run after a partial apply converges, with exactly one create in all', async (context) => {
    const { expect } = context;
    const { w } = await reviewed(context);
    // The create fails once, for good (a 4xx is not retried); the update lands.
    w.emulator.addFault({
      method: 'POST',
      path: /target-audiences$/,
      times: 1,
      action: { kind: 'status', status: 400, body: { message: 'try again later' } },
    });
    const partial = await applyOnPush(w);
    expect(partial.code).toBe(1);
    expect(partial.outputs['failure-reason']).toBe('apply-failed');
    expect(successfulCreates(w)).toEqual([]);

    const rerun = await applyOnPush(w);
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs['failure-reason']).toBe('');
    expect(emulatorWrites(w.emulator).map((r) => r.method)).toEqual(['POST']);
    expect(successfulCreates(w)).toHaveLength(1);
    const names = w.emulator.snapshot().map((a) => a.name);
    expect(names.sort()).toEqual(['HR managers in DACH', 'Marketing leaders']);

    const again = await applyOnPush(w);
    expect(again.code).toBe(0);
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a plan missing a change someone already made by hand sends no PUT for it', async (context) => {
    const { expect } = context;
    const { w, id } = await reviewed(context);
    w.emulator.editByHand(id, { maxAge: 50 });

    const result = await applyOnPush(w);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(emulatorWrites(w.emulator).map((r) => r.method)).toEqual(['POST']);
    expect(result.stdout).toContain('already done');
    expect(result.stdout).toContain(`~ Marketing leaders [${id}]: maxAge 45 → 50`);
  });

  test('a before value changed since the review is still refused, with no writes', async (context) => {
    const { expect } = context;
    const { w, id } = await reviewed(context);
    w.emulator.editByHand(id, { maxAge: 47 });

    const result = await applyOnPush(w);
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('plan-changed');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });
});
