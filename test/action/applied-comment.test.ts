/**
 * End to end: a pull request's plan comment, the merge, the apply on the push of the
 * merge commit, and then the pull request's comment says what the merge did: the outcome
 * of each change and the merge commit, with the hidden lines of the reviewed plan kept.
 */
import { describe, type TestContext, test } from 'vitest';
import { parseLinesMarker, parseMarker } from '../../src/github/marker.js';
import { toHtml, visibleText } from '../report/gfm.js';
import {
  audience,
  HEAD_SHA,
  MERGE_SHA,
  prPayload,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const PR = 21;
const SOMEONE_ELSE = '9d1e4b7a-2c3f-4e8d-b6a5-0f7c1e2d3b4a';
const FILES = {
  'audiences/team.yml': yamlFile(
    audience('Marketing leaders', { maxAge: 50 }),
    audience('HR managers in DACH'),
    audience('Partners', { maxAge: 60 }),
    audience('Sales leaders'),
  ),
};

async function world(context: TestContext): Promise<World> {
  const w = await testWorld(context);
  w.github.addPullRequest({
    number: PR,
    headSha: HEAD_SHA,
    merged: true,
    mergeCommitSha: MERGE_SHA,
  });
  w.emulator.seed([
    audience('Marketing leaders'),
    audience('Partners', { createdByUserId: SOMEONE_ELSE }),
  ]);
  return w;
}

/** The comment's rows as visible text: `audience | change | result`. */
function rows(body: string): string[] {
  const html = toHtml(body);
  const tbody = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return tbody
    .split('</tr>')
    .map((row) =>
      [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)]
        .map((m) => visibleText(m[1] ?? '').trim())
        .slice(1)
        .join(' | '),
    )
    .filter((row) => row !== '');
}

describe.concurrent('the merged pull request’s comment after the apply', () => {
  test('shows the outcome of each change and the merge commit, and keeps the reviewed plan', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // One write at a time, in plan order: the second create, "Sales leaders", fails.
    w.emulator.addFault({
      method: 'POST',
      path: /target-audiences$/,
      after: 1,
      action: { kind: 'status', status: 422, body: { message: 'name rejected' } },
    });
    const planned = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(PR, HEAD_SHA),
      files: FILES,
    });
    expect(planned.code, planned.stdout).toBe(1); // the blocked change fails the check
    const [before] = w.github.comments(PR);
    expect(before?.body).toContain('### ⛔ Blocked · audience-sync');

    const applied = await runAction(w, {
      event: 'push',
      sha: MERGE_SHA,
      inputs: { 'dry-run': 'false', concurrency: '1' },
      files: FILES,
    });
    expect(applied.code, applied.stdout).toBe(1);

    const comments = w.github.comments(PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    const text = visibleText(toHtml(body));
    expect(text).toMatch(/❌ Apply failed · audience-sync · Acme Marketing · audiences/);
    expect(text).toContain(`Merged as commit ${MERGE_SHA.slice(0, 7)}`);
    expect(text).toMatch(/The step failed \(failure-reason (apply-failed|blocked)\)/);
    expect(rows(body)).toEqual([
      expect.stringMatching(/^Sales leaders \| create.* \| ❌\u00a0failed: .*\(HTTP 422\)$/),
      'Marketing leaders | update: maxAge | ✅\u00a0applied',
      'HR managers in DACH | create — Berlin · DE · ages 25–45 | ✅\u00a0applied',
      expect.stringMatching(
        /^Partners \| blocked update \(maxAge\): .* \| ⛔\u00a0blocked, never attempted$/,
      ),
    ]);
    // The hidden lines are those of the reviewed plan, so a re-run compares with it.
    expect(parseMarker(body)).toEqual(parseMarker(before?.body ?? ''));
    expect(parseLinesMarker(body)).toEqual(parseLinesMarker(before?.body ?? ''));
    expect(applied.outputs['comment-url']).toBe(comments[0]?.html_url);
  });

  test('a direct push, with no merged pull request, rewrites no comment', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.github.addPullRequest({ number: PR, headSha: HEAD_SHA, merged: false });
    await runAction(w, { event: 'pull_request', payload: prPayload(PR, HEAD_SHA), files: FILES });
    const before = w.github.comments(PR)[0]?.body;
    const applied = await runAction(w, {
      event: 'push',
      sha: MERGE_SHA,
      inputs: { 'dry-run': 'false' },
      files: FILES,
    });
    expect(applied.code, applied.stdout).toBe(0);
    expect(w.github.comments(PR)[0]?.body).toBe(before);
  });
});
