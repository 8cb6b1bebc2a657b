/**
 * End to end, comments that stay true: racing runs end with one comment, a plan overtaken
 * by a newer push says it is stale, a newer run's comment is never overwritten by an
 * older one, and `comment-on: changes` still updates a comment it once wrote.
 */
import { describe, type TestContext, test } from 'vitest';
import { formatCommentHead, markerKey, parseMarker } from '../../src/github/marker.js';
import {
  audience,
  HEAD_SHA,
  prPayload,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';
import { barrier, startInterceptor } from './intercept.js';

const NEWER = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c';
const FILES = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };

async function world(context: TestContext, headSha = HEAD_SHA): Promise<World> {
  const w = await testWorld(context);
  w.github.addPullRequest({ number: 7, headSha });
  return w;
}

describe.concurrent('comments that stay true', () => {
  test('two runs racing on one pull request end with one comment', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // Each run's comment POST is held until both runs have sent theirs, so both have
    // listed the comments (and found none) before either comment exists.
    const both = barrier(2);
    const proxy = await startInterceptor(w.github.url, ({ method, url }) =>
      method === 'POST' && /\/issues\/7\/comments$/.test(url) ? both.arrive() : undefined,
    );
    context.onTestFinished(() => proxy.close());
    const run = () =>
      runAction(w, { event: 'pull_request', files: FILES, githubApiUrl: proxy.url });

    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(both.arrived).toBe(2);
    const comments = w.github.comments(7);
    expect(comments).toHaveLength(1);
    const [kept] = comments;
    expect(parseMarker(kept?.body ?? '')?.fingerprint).toBe(a.outputs['plan-fingerprint']);
    // Both runs created one; the younger copy was deleted.
    const writes = w.github.writes();
    expect(writes.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(writes.filter((r) => r.method === 'DELETE').length).toBeGreaterThanOrEqual(1);
    expect(writes.filter((r) => r.method === 'DELETE' && r.path.endsWith(`/${kept?.id}`))).toEqual(
      [],
    );
    expect([a.outputs['comment-url'], b.outputs['comment-url']]).toEqual([
      kept?.html_url,
      kept?.html_url,
    ]);
  });

  test('a commit pushed while the plan ran marks the comment stale', async (context) => {
    const { expect } = context;
    const w = await world(context, NEWER);
    const result = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA),
      files: FILES,
    });
    expect(result.code).toBe(0);
    const body = w.github.comments(7)[0]?.body ?? '';
    expect(parseMarker(body)?.sha).toBe(HEAD_SHA);
    const banner =
      '**Stale plan:** commit `0b1c2d3` was pushed while this plan ran (this plan was made at `a1b2c3d`). The run for the newer commit will replace this report.';
    expect(body).toContain(banner);
    expect(result.summary).toContain(banner);
    expect(result.stdout).toContain(
      'Commit 0b1c2d3 was pushed while this plan (of a1b2c3d) ran: the comment is marked stale.',
    );
    expect(
      w.github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/pulls/7')),
    ).toHaveLength(1);
  });

  test('an older run never overwrites the comment a newer run wrote', async (context) => {
    const { expect } = context;
    const w = await world(context, NEWER);
    const key = markerKey('', ['audiences']);
    const newer = `${formatCommentHead({ key, fingerprint: '0123456789abcdef', sha: NEWER }, [])}\n**Plan for the newer commit**`;
    const id = w.github.addComment(7, newer);
    const result = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA),
      files: FILES,
    });
    expect(result.code).toBe(0);
    expect(w.github.comments(7).map((c) => [c.id, c.body])).toEqual([[id, newer]]);
    expect(w.github.writes()).toEqual([]);
    expect(result.outputs['comment-url']).toBe('');
    expect(result.stdout).toContain(
      'The PR comment already shows the plan of the newer commit 0b1c2d3: left as it is.',
    );

    // The same older run over a comment of an even older commit does replace it.
    const older = `${formatCommentHead({ key, fingerprint: '0123456789abcdef', sha: 'deadbeef' }, [])}\n**old**`;
    const other = await world(context, NEWER);
    other.github.addComment(7, older);
    const replaced = await runAction(other, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA),
      files: FILES,
    });
    expect(replaced.code).toBe(0);
    expect(parseMarker(other.github.comments(7)[0]?.body ?? '')?.sha).toBe(HEAD_SHA);
    expect(other.github.writes().map((r) => r.method)).toEqual(['PATCH']);
  });

  test('a later run with the same plan leaves the comment alone; a changed plan still edits it', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.seed([audience('Marketing leaders')]);
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 50 })) };
    const first = await runAction(w, { event: 'pull_request', files, runId: '100' });
    expect(first.code).toBe(0);
    const [comment] = w.github.comments(7);
    expect(comment?.body).toContain('/actions/runs/100)');

    w.github.clearLog();
    const same = await runAction(w, { event: 'pull_request', files, runId: '101' });
    expect(same.code).toBe(0);
    expect(w.github.writes()).toEqual([]);
    expect(same.stdout).toMatch(/^PR comment unchanged: /m);
    // It keeps linking the run that wrote it, which showed the same plan.
    expect(w.github.comments(7).map((c) => c.body)).toEqual([comment?.body]);

    const changed = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 55 })) },
      runId: '102',
    });
    expect(changed.code).toBe(0);
    expect(w.github.writes().map((r) => r.method)).toEqual(['PATCH']);
    const [edited] = w.github.comments(7);
    expect(edited?.body).toContain('maxAge');
    expect(edited?.body).toContain('55');
    expect(edited?.body).toContain('/actions/runs/102)');
  });

  test('`comment-on: changes` updates its comment when the plan becomes empty', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const inputs = { 'comment-on': 'changes' };
    const first = await runAction(w, { event: 'pull_request', inputs, files: FILES });
    expect(first.code).toBe(0);
    expect(w.github.comments(7)).toHaveLength(1);

    w.emulator.seed([audience('Marketing leaders')]);
    const second = await runAction(w, { event: 'pull_request', inputs, files: FILES });
    expect(second.code).toBe(0);
    const comments = w.github.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('No changes');
    expect(w.github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });
});
