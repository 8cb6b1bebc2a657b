/**
 * End to end, acknowledged deletes: the allow-deletes label lifts the delete guard for
 * the apply of exactly one commit, the merge commit of the pull request that carries it.
 */
import { describe, type TestContext, test } from 'vitest';
import {
  audience,
  emulatorWrites,
  HEAD_SHA,
  MERGE_SHA,
  prPayload,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const LABEL = 'audience-sync/allow-deletes';
const OTHER_SHA = '1111111222222233333334444444555555566666';
const PRUNE = { 'dry-run': 'false', prune: 'true', 'max-deletes': '2' };
const FILES = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };

async function world(context: TestContext): Promise<World> {
  const w = await testWorld(context);
  w.emulator.seed(['Old one', 'Old two', 'Old three'].map((n) => audience(n)));
  return w;
}

function push(w: World, sha: string) {
  w.emulator.clearLog();
  return runAction(w, { event: 'push', sha, inputs: PRUNE, files: FILES });
}

describe.concurrent('acknowledged deletes', () => {
  test('the label lifts the guard for its own merge commit, not for another PR’s', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.github.addPullRequest({
      number: 12,
      headSha: HEAD_SHA,
      merged: true,
      mergeCommitSha: MERGE_SHA,
      labels: [LABEL],
    });
    w.github.addPullRequest({
      number: 13,
      headSha: 'abababababababababababababababababababab',
      merged: true,
      mergeCommitSha: OTHER_SHA,
    });

    const other = await push(w, OTHER_SHA);
    expect(other.code).toBe(1);
    expect(other.outputs['failure-reason']).toBe('guard-tripped');
    expect(other.stdout).not.toContain('Delete guard lifted');
    expect(emulatorWrites(w.emulator)).toEqual([]);

    const own = await push(w, MERGE_SHA);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(`Delete guard lifted by the label \`${LABEL}\` on #12.`);
    // `#12` is escaped with a zero-width space, so it cannot link another issue.
    expect(own.summary).toContain(
      `The delete guard is lifted by the label \`${LABEL}\` on #\u200B12: this plan deletes 3 audiences`,
    );
    expect(w.emulator.snapshot().map((a) => a.name)).toEqual(['Marketing leaders']);
  });

  test('the label on a pull request that was not merged as the pushed commit does not count', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // Open, with the pushed commit as its head (pushed to the default branch directly).
    w.github.addPullRequest({ number: 14, headSha: OTHER_SHA, labels: [LABEL] });
    // Merged, but as another commit than the one pushed.
    w.github.addPullRequest({
      number: 15,
      headSha: OTHER_SHA,
      merged: true,
      mergeCommitSha: MERGE_SHA,
    });
    w.github.setLabels(15, [LABEL]);
    const result = await push(w, OTHER_SHA);
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('guard-tripped');
    expect(result.summary).toContain('`max-deletes: 3`');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(w.emulator.snapshot()).toHaveLength(3);
  });

  test('the label never lifts the guard for an apply on the pull request itself', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.github.addPullRequest({ number: 7, headSha: HEAD_SHA, labels: [LABEL] });
    const result = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA, [LABEL]),
      inputs: {
        'dry-run': 'false',
        'allow-apply-on-pr': 'true',
        prune: 'true',
        'max-deletes': '1',
      },
      files: FILES,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('guard-tripped');
    expect(result.stdout).not.toContain('Delete guard lifted');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(w.emulator.snapshot().map((a) => a.name)).toEqual(['Old one', 'Old two', 'Old three']);
    const body = w.github.comments(7)[0]?.body ?? '';
    expect(body).toContain('**Delete guard:** this plan deletes 3 audiences');
    expect(body).toContain(
      `> - merge the pull request with the label \`${LABEL}\` and let the apply of its merge commit (on push) delete them: the label never lifts the guard for an apply on the pull request itself`,
    );
  });

  test('the plan comment says when the label is on the pull request, and how to add it when not', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
    const inputs = { prune: 'true', 'max-deletes': '2' };

    const without = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA),
      inputs,
      files: FILES,
    });
    expect(without.code).toBe(1);
    const tripped = w.github.comments(7)[0]?.body ?? '';
    expect(tripped).toContain(
      `> - add the label \`${LABEL}\` to the pull request before it is merged`,
    );
    expect(tripped).not.toContain('is on this pull request');

    const labelled = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA, [LABEL]),
      inputs,
      files: FILES,
    });
    expect(labelled.code).toBe(0);
    const body = w.github.comments(7)[0]?.body ?? '';
    expect(body).toContain(
      `> The label \`${LABEL}\` is on this pull request: the delete guard is lifted for the apply of its merge commit.`,
    );
    expect(body).not.toContain('**Delete guard:**');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });
});
