/**
 * End to end, on pull_request events: the built Action plans against the emulator and
 * keeps one comment per (workspace, path) on the fake GitHub.
 */

import { describe, type TestContext, test } from 'vitest';
import { parseMarker } from '../../src/github/marker.js';
import { toHtml } from '../report/gfm.js';
import {
  annotations,
  audience,
  emulatorWrites,
  HEAD_SHA,
  prPayload,
  runAction,
  type startWorld,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

async function world(
  context: TestContext,
  options?: Parameters<typeof startWorld>[0],
): Promise<World> {
  const w = await testWorld(context, options);
  w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
  return w;
}

describe.concurrent('the PR plan comment', () => {
  test('posts one comment, edits it on the next run, and never writes to neuroflash', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.seed([audience('Marketing leaders', { maxAge: 40 })]);
    const files = {
      'audiences/team.yml': yamlFile(
        audience('Marketing leaders'),
        audience('HR managers in DACH'),
      ),
    };

    const first = await runAction(w, { event: 'pull_request', files });
    expect(first.code).toBe(0);
    const [comment, ...others] = w.github.comments(7);
    expect(others).toHaveLength(0);
    if (!comment) throw new Error('no comment');
    expect(parseMarker(comment.body)).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{16}$/),
      fingerprint: first.outputs['plan-fingerprint'],
      sha: HEAD_SHA,
    });
    expect(comment.body).toContain('**1 to update · 1 to create.**');
    expect(comment.body).toContain('HR managers in DACH');
    expect(comment.body).toContain('maxAge');
    expect(comment.body).toContain('planned at commit `a1b2c3d`');
    expect(comment.body).toContain('https://github.example/acme/audiences/actions/runs/4242');
    expect(first.outputs['comment-url']).toBe(comment.html_url);
    expect(first.outputs['has-changes']).toBe('true');

    // The files change on the branch: the same comment now shows one create only.
    const second = await runAction(w, {
      event: 'pull_request',
      files: {
        'audiences/team.yml': yamlFile(
          audience('Marketing leaders', { maxAge: 40 }),
          audience('HR managers in DACH'),
        ),
      },
    });
    expect(second.code).toBe(0);
    const after = w.github.comments(7);
    expect(after.map((c) => c.id)).toEqual([comment.id]);
    expect(after[0]?.body).toContain('**1 to create · 1 unchanged.**');
    expect(second.outputs['comment-url']).toBe(comment.html_url);
    expect(w.github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('an empty plan edits the comment to say so instead of deleting it', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const first = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(first.outputs['has-changes']).toBe('true');
    w.emulator.seed([audience('Marketing leaders')]);

    const second = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(second.code).toBe(0);
    expect(second.outputs['has-changes']).toBe('false');
    const comments = w.github.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('No changes');
    expect(w.github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  test('finds its comment past the first page of comments', async (context) => {
    const { expect } = context;
    const w = await world(context);
    for (let i = 0; i < 120; i++) w.github.addComment(7, `review note ${i}`, 'octocat');
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };
    await runAction(w, { event: 'pull_request', files });
    for (let i = 0; i < 100; i++) w.github.addComment(7, `later note ${i}`, 'octocat');

    // The same plan again: the comment is found on page 2 and, unchanged, left alone.
    const second = await runAction(w, { event: 'pull_request', files });
    expect(second.code).toBe(0);
    const ours = w.github.comments(7).filter((c) => parseMarker(c.body));
    expect(ours).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(ours[0]?.html_url);
    expect(w.github.writes().map((r) => r.method)).toEqual(['POST']);
  });

  test('keeps one comment per workspace in a matrix, and removes a racing duplicate', async (context) => {
    const { expect } = context;
    const w = await world(context, {
      emulator: {
        workspaces: [
          { id: 'ws-1', name: 'Acme Marketing' },
          { id: 'ws-2', name: 'Acme Sales' },
        ],
      },
    });
    const files = {
      'marketing/a.yml': yamlFile(audience('Marketing leaders')),
      'sales/a.yml': yamlFile(audience('Sales leaders')),
    };
    const marketing = { workspace: 'ws-1', path: 'marketing' };
    const sales = { workspace: 'ws-2', path: 'sales' };
    const [m1, s1] = await Promise.all([
      runAction(w, { event: 'pull_request', files, inputs: marketing }),
      runAction(w, { event: 'pull_request', files, inputs: sales }),
    ]);
    expect([m1.code, s1.code]).toEqual([0, 0]);
    const comments = w.github.comments(7);
    expect(comments).toHaveLength(2);
    const byKey = new Map(comments.map((c) => [parseMarker(c.body)?.key, c]));
    expect(byKey.size).toBe(2);
    const marketingComment = comments.find((c) => c.body.includes('Marketing leaders'));
    expect(marketingComment?.body).toContain('Acme Marketing');
    expect(comments.find((c) => c.body.includes('Sales leaders'))?.body).toContain('Acme Sales');

    // A racing run of the marketing job left a second copy: the next run keeps the oldest.
    const copy = w.github.addComment(7, marketingComment?.body ?? '');
    const m2 = await runAction(w, { event: 'pull_request', files, inputs: marketing });
    expect(m2.code).toBe(0);
    const after = w.github.comments(7);
    expect(after.map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(after.some((c) => c.id === copy)).toBe(false);
  });

  test('escapes a hostile audience name in the comment', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const hostile =
      'Evil | </td><script>x</script> @acme/admins #1 `x` [x](javascript:a) ![i](https://t.co/p) **b**';
    w.emulator.seed([audience('Remote one\n::error::injected | @octocat')]);
    const result = await runAction(w, {
      event: 'pull_request',
      inputs: { prune: 'true' },
      files: { 'audiences/a.yml': yamlFile(audience(hostile)) },
    });
    expect(result.code).toBe(0);
    const body = w.github.comments(7)[0]?.body ?? '';
    expect(body).toContain('Evil');
    // A diff block shows the name as written: GitHub renders a code block literally (no
    // markup, no mention). Everywhere else the name is escaped.
    expect(body).toContain(`+ name: ${hostile}\n`);
    const prose = body.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
    expect(prose).not.toContain('<script>');
    expect(prose).not.toContain('</td>');
    expect(prose).not.toContain('@acme/admins');
    expect(prose).not.toContain('@octocat');
    expect(prose).not.toMatch(/(^|\s)#1\b/);
    expect(prose).not.toContain('[x](javascript:');
    expect(hostile.length).toBeLessThanOrEqual(100);
    expect(prose).not.toContain('![i](');
    expect(prose).not.toContain('**b**');
    const html = toHtml(body);
    expect(html).not.toMatch(/<script|<img|href="javascript|<strong>b<\/strong>|<\/td><script/);
    // Every row of the change table still has exactly three cells.
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    // The name's newline cannot start a workflow command in the log.
    expect(annotations(result.stdout, 'error')).toEqual([]);
    expect(
      result.stdout.split('\n').some((l) => l.trimStart().startsWith('::error::injected')),
    ).toBe(false);
  });

  test('2,000 changes keep the comment under 65,536 characters and point to the summary', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const long = 'x'.repeat(60);
    const docs = Array.from({ length: 2000 }, (_, i) =>
      audience(`Audience ${String(i).padStart(4, '0')} | @team <b>${long}</b>`),
    );
    const result = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/many.yml': yamlFile(...docs) },
    });
    expect(result.code).toBe(0);
    expect(result.outputs.creates).toBe('2000');
    const body = w.github.comments(7)[0]?.body ?? '';
    expect(body.length).toBeLessThan(65_536);
    expect(body.length).toBeGreaterThan(30_000);
    expect(parseMarker(body)?.fingerprint).toBe(result.outputs['plan-fingerprint']);
    expect(body).toContain('Shortened');
    expect(body).toContain(
      'The complete plan is in the [job summary of this run](https://github.example/acme/audiences/actions/runs/4242).',
    );
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
    // The job summary has room for all of them.
    expect(result.summary).toContain('Audience 1999');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a comment that cannot be written is a warning, not a failure', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.github.addFault({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(result.outputs['comment-url']).toBe('');
    expect(annotations(result.stdout, 'warning')).toEqual([
      expect.stringContaining('Could not write the PR comment'),
    ]);
    expect(annotations(result.stdout, 'warning')[0]).toContain('Resource not accessible');
    expect(result.summary).toContain('1 to create');
  });

  test('`comment-on: changes` posts nothing for an empty plan', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.seed([audience('Marketing leaders')]);
    const result = await runAction(w, {
      event: 'pull_request',
      inputs: { 'comment-on': 'changes' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(w.github.comments(7)).toEqual([]);
    expect(w.github.writes()).toEqual([]);
  });

  test('`comment: false` posts nothing', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'pull_request',
      inputs: { comment: 'false' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(w.github.requests).toEqual([]);
  });

  test('a tripped delete guard comments the full plan with the banner and writes nothing', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.seed(['Old one', 'Old two', 'Old three'].map((n) => audience(n)));
    const result = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA),
      inputs: { prune: 'true', 'max-deletes': '2' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('guard-tripped');
    expect(result.outputs.deletes).toBe('3');
    const body = w.github.comments(7)[0]?.body ?? '';
    for (const name of ['Old one', 'Old two', 'Old three', 'Marketing leaders']) {
      expect(body).toContain(name);
    }
    expect(body).toContain('`max-deletes: 3`');
    expect(body).toContain('`audience-sync/allow-deletes`');
    expect(result.summary).toContain('`max-deletes: 3`');
    expect(result.stdout).toContain('max-deletes: 3');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('the allow-deletes label on the PR lifts the guard for its plan', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.seed(['Old one', 'Old two', 'Old three'].map((n) => audience(n)));
    const result = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(7, HEAD_SHA, ['audience-sync/allow-deletes']),
      inputs: { prune: 'true', 'max-deletes': '2' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(w.github.comments(7)[0]?.body).toContain('audience-sync/allow-deletes');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });
});
