/**
 * The pieces of review-grade safety below the Action, at the GitHub seam: the plan lines
 * carried in the comment (and their share of the 65,536 limit), the comparison with a
 * fresh plan, the new Octokit calls against the fake GitHub API, the sticky comment's
 * `keepSha`, and the drift issue's handling of copies left by racing checks.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, type TestContext, test } from 'vitest';
import { MAX_ENCODED_LINES } from '../../src/constants.js';
import { syncDriftIssue } from '../../src/github/drift-issue.js';
import {
  formatCommentHead,
  formatDriftMarker,
  formatLinesMarker,
  formatMarker,
  markerKey,
  parseDriftMarker,
  parseLinesMarker,
} from '../../src/github/marker.js';
import { createGitHubApi } from '../../src/github/octokit.js';
import { compareWithReview, mergedPullOf } from '../../src/github/review.js';

/** The changed plan, or undefined when the fresh plan is all reviewed. */
const comparePlans = (...args: Parameters<typeof compareWithReview>) =>
  compareWithReview(...args).change;

import { upsertStickyComment } from '../../src/github/sticky.js';
import type { Change } from '../../src/model.js';
import { planLines } from '../../src/plan/index.js';
import { renderMarkdown } from '../../src/report/index.js';
import { startFakeGitHub } from '../github-fake/index.js';
import { makePlan, makeReport } from '../report/fixtures.js';

const KEY = markerKey('ws-1', ['audiences']);
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Lines that barely compress, so their encoded size grows with their number. */
function noisyLines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `+ Segment ${hex(String(i))}: maxAge 45`);
}

let fitting: number | undefined;
/** The most noisy lines whose encoded form still fits in the comment. */
function largestFitting(): number {
  if (fitting === undefined) {
    let n = 0;
    while (formatLinesMarker(noisyLines(n + 1)).includes('data=')) n += 1;
    fitting = n;
  }
  return fitting;
}

function update(name: string, id: string, before: number, after: number): Change {
  return {
    kind: 'update',
    name,
    id,
    fieldChanges: [{ field: 'maxAge', before, after }],
  };
}

describe('the plan lines in the comment', () => {
  test('round-trip, whatever the lines contain', () => {
    const lines = ['~ A --> B [1]: name "x" → "y"', '+ Ünïcödé 👋: needs ["a\\nb"]', ''];
    const head = formatCommentHead({ key: KEY, fingerprint: 'abc', sha: 'def' }, lines);
    const [first, second, ...rest] = head.split('\n');
    expect(first).toBe(formatMarker({ key: KEY, fingerprint: 'abc', sha: 'def' }));
    expect(second).toMatch(/^<!-- audience-sync:lines data=[A-Za-z0-9+/]+={0,2} -->$/);
    expect(rest).toEqual([]);
    expect(parseLinesMarker(`${head}\n**Plan**`)).toEqual({ kind: 'lines', lines });
  });

  test('are left out, with their count, when encoded they exceed 16,000 characters', () => {
    const fits = largestFitting();
    const data = /data=(\S+)/.exec(formatLinesMarker(noisyLines(fits)))?.[1] ?? '';
    expect(data.length).toBeLessThanOrEqual(MAX_ENCODED_LINES);
    expect(data.length).toBeGreaterThan(MAX_ENCODED_LINES - 200);
    expect(formatLinesMarker(noisyLines(fits + 1))).toBe(
      `<!-- audience-sync:lines omitted=too-large count=${fits + 1} -->`,
    );
    const head = formatCommentHead({ key: KEY }, noisyLines(fits + 1));
    expect(parseLinesMarker(head)).toEqual({ kind: 'too-large', count: fits + 1 });
  });

  test('count in the comment limit: the largest lines and 3,000 changes stay under 65,536', () => {
    const lines = noisyLines(largestFitting());
    const head = formatCommentHead({ key: KEY, fingerprint: 'f1e2d3c4b5a69788', sha: 'a1' }, lines);
    expect(head.length).toBeGreaterThan(MAX_ENCODED_LINES - 200);
    const changes = Array.from({ length: 3000 }, (_, i) =>
      update(`Audience ${i} ${'x'.repeat(40)}`, `id-${i}`, 40, 45),
    );
    const body = renderMarkdown(makeReport({ plan: makePlan({ changes }) }), { marker: head });
    expect(body.length).toBeLessThan(65_536);
    expect(body.length).toBeGreaterThan(65_536 - 1_000);
    expect(body.startsWith(`${head}\n`)).toBe(true);
    expect(body).toContain('Shortened');
    expect(parseLinesMarker(body)).toEqual({ kind: 'lines', lines });
  });

  test('are read only right after the plan marker, and never past a size cap', () => {
    const lines = formatLinesMarker(['~ A [1]: maxAge 1 → 2']);
    const plan = formatMarker({ key: KEY, fingerprint: 'abc' });
    expect(parseLinesMarker(`${plan}\n${lines}`).kind).toBe('lines');
    expect(parseLinesMarker(`${plan}\n\n${lines}`)).toEqual({ kind: 'not-recorded' });
    expect(parseLinesMarker(`> ${plan}\n${lines}`)).toEqual({ kind: 'not-recorded' });
    expect(parseLinesMarker(plan)).toEqual({ kind: 'not-recorded' });
    expect(parseLinesMarker(`${plan}\n<!-- audience-sync:lines data=@@@ -->`)).toEqual({
      kind: 'not-recorded',
    });
    const notJson = gzipSync('not json').toString('base64');
    expect(parseLinesMarker(`${plan}\n<!-- audience-sync:lines data=${notJson} -->`)).toEqual({
      kind: 'not-recorded',
    });
    // 10 MB that gzip to a few kilobytes: a valid array of one string, but over the cap.
    const bomb = gzipSync(`["${' '.repeat(10 * 1024 * 1024)}"]`, { level: 9 }).toString('base64');
    expect(bomb.length).toBeLessThanOrEqual(MAX_ENCODED_LINES);
    expect(parseLinesMarker(`${plan}\n<!-- audience-sync:lines data=${bomb} -->`)).toEqual({
      kind: 'not-recorded',
    });
  });
});

describe('compareWithReview: the changed plan', () => {
  const reviewed = makePlan({ changes: [update('Leaders', 'id-1', 45, 50)], fingerprint: 'aaa' });

  test('agrees when the fingerprints do', () => {
    const fresh = makePlan({ changes: [update('Leaders', 'id-1', 47, 50)], fingerprint: 'aaa' });
    expect(
      comparePlans({ fingerprint: 'aaa', lines: { kind: 'not-recorded' } }, fresh, 'fail'),
    ).toBeUndefined();
  });

  test('gives the changed lines, reviewed then fresh', () => {
    const fresh = makePlan({
      changes: [update('Leaders', 'id-1', 47, 50), update('Other', 'id-2', 1, 2)],
      fingerprint: 'bbb',
    });
    expect(
      comparePlans(
        { fingerprint: 'aaa', lines: { kind: 'lines', lines: planLines(reviewed) } },
        fresh,
        'warn',
      ),
    ).toEqual({
      reviewedFingerprint: 'aaa',
      freshFingerprint: 'bbb',
      action: 'warn',
      removed: ['~ Leaders [id-1]: maxAge 45 → 50'],
      added: ['~ Leaders [id-1]: maxAge 47 → 50', '~ Other [id-2]: maxAge 1 → 2'],
    });
  });

  test('compares fingerprints alone when the reviewed lines are unknown', () => {
    const fresh = makePlan({ changes: [update('Other', 'id-2', 1, 2)], fingerprint: 'bbb' });
    expect(
      comparePlans({ fingerprint: 'aaa', lines: { kind: 'too-large', count: 900 } }, fresh, 'fail'),
    ).toEqual({
      reviewedFingerprint: 'aaa',
      freshFingerprint: 'bbb',
      action: 'fail',
      removed: [],
      added: [],
      reviewedLines: 'too-large',
    });
  });

  test('only the pull request merged as the commit is its pull request', () => {
    const pulls = [
      { number: 1, state: 'open', merged: false, headSha: 's', labels: [] },
      { number: 2, state: 'closed', merged: false, mergeCommitSha: 's', labels: [] },
      { number: 3, state: 'closed', merged: true, mergeCommitSha: 'other', labels: [] },
      { number: 4, state: 'closed', merged: true, mergeCommitSha: 's', labels: [] },
    ];
    expect(mergedPullOf(pulls, 's')?.number).toBe(4);
    expect(mergedPullOf(pulls.slice(0, 3), 's')).toBeUndefined();
  });
});

async function setup(context: TestContext) {
  const fake = await startFakeGitHub();
  context.onTestFinished(() => fake.close());
  const api = createGitHubApi({
    token: fake.token,
    repo: { owner: 'acme', repo: 'audiences' },
    baseUrl: fake.url,
  });
  return { fake, api };
}

describe.concurrent('the issue and pull calls of the Octokit seam', () => {
  test('list issues by label and state across pages, newest first, without pull requests', async (context) => {
    const { fake, api } = await setup(context);
    fake.addPullRequest({ number: 1, headSha: 'h', labels: ['audience-sync/drift'] });
    for (let i = 0; i < 130; i++) {
      await api.createIssue({
        title: `Issue ${i}`,
        body: 'b',
        labels: i % 2 === 0 ? ['audience-sync/drift'] : ['other'],
      });
    }
    const open = await api.listIssues({ label: 'audience-sync/drift', state: 'open' });
    expect(open).toHaveLength(65);
    expect(open[0]).toMatchObject({
      title: 'Issue 128',
      state: 'open',
      labels: ['audience-sync/drift'],
    });
    expect(open.at(-1)?.title).toBe('Issue 0');
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
    expect(await api.listIssues({ label: 'audience-sync/drift', state: 'closed' })).toEqual([]);
  });

  test('edit, close and reopen an issue; read a pull request', async (context) => {
    const { fake, api } = await setup(context);
    const issue = await api.createIssue({ title: 'T', body: 'B', labels: ['l'] });
    expect(issue).toMatchObject({ title: 'T', body: 'B', state: 'open', labels: ['l'] });
    expect(issue.url).toBe(`https://github.com/acme/audiences/issues/${issue.number}`);
    expect(await api.updateIssue(issue.number, { body: 'B2', state: 'closed' })).toMatchObject({
      body: 'B2',
      state: 'closed',
    });
    const close = fake.requests.find((r) => r.method === 'PATCH');
    expect(close?.body).toEqual({ body: 'B2', state: 'closed', state_reason: 'completed' });
    expect((await api.updateIssue(issue.number, { state: 'open' })).state).toBe('open');

    fake.addPullRequest({ number: 9, headSha: 'head9', labels: ['x'] });
    fake.setPullRequestHead(9, 'head10');
    expect(await api.getPull(9)).toEqual({
      number: 9,
      state: 'open',
      merged: false,
      mergeCommitSha: undefined,
      headSha: 'head10',
      labels: ['x'],
    });
  });
});

describe.concurrent('racing copies', () => {
  test('the sticky comment leaves a comment that carries the newer commit', async (context) => {
    const { fake, api } = await setup(context);
    fake.addPullRequest({ number: 7, headSha: 'new' });
    const newer = `${formatMarker({ key: KEY, sha: 'new' })}\nnewer`;
    const id = fake.addComment(7, newer);
    const result = await upsertStickyComment(
      api,
      7,
      KEY,
      `${formatMarker({ key: KEY, sha: 'old' })}\nolder`,
      { keepSha: 'new' },
    );
    expect(result).toMatchObject({ action: 'kept', comment: { id } });
    expect(fake.comments(7).map((c) => c.body)).toEqual([newer]);
  });

  test('drift checks that raced leave one open issue: the oldest, the others closed', async (context) => {
    const { fake, api } = await setup(context);
    const body = (fp: string) => `${formatDriftMarker({ key: KEY, fingerprint: fp })}\nDrift`;
    const first = await api.createIssue({
      title: 'D',
      body: body('aaa'),
      labels: ['audience-sync/drift'],
    });
    const second = await api.createIssue({
      title: 'D',
      body: body('aaa'),
      labels: ['audience-sync/drift'],
    });
    const outcome = await syncDriftIssue(api, {
      key: KEY,
      label: 'audience-sync/drift',
      drift: { title: 'D', body: body('aaa'), fingerprint: 'aaa' },
    });
    expect(outcome).toMatchObject({
      action: 'unchanged',
      closedDuplicates: 1,
      issue: { number: first.number },
    });
    expect(fake.issues().map((i) => [i.number, i.state, i.comments])).toEqual([
      [first.number, 'open', 0],
      [second.number, 'closed', 1],
    ]);
    expect(parseDriftMarker(fake.issues()[0]?.body ?? '')).toEqual({
      key: KEY,
      fingerprint: 'aaa',
    });
  });
});
