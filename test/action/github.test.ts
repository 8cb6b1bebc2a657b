/**
 * The GitHub seam (`src/github/`) over real HTTP against the fake GitHub API: the Octokit
 * implementation, the sticky comment, and the retries on rate limits (with the sleep
 * observed, not timed).
 */
import { describe, expect, type TestContext, test } from 'vitest';
import { GitHubError } from '../../src/github/api.js';
import { formatMarker, markerKey, parseMarker } from '../../src/github/marker.js';
import { createGitHubApi } from '../../src/github/octokit.js';
import { githubRetryRule } from '../../src/github/retry-rules.js';
import { readReviewedPlan } from '../../src/github/review.js';
import { upsertStickyComment } from '../../src/github/sticky.js';
import { type FakeGitHub, startFakeGitHub } from '../github-fake/index.js';

const REPO = { owner: 'acme', repo: 'audiences' };

async function setup(context: TestContext, now = () => Date.now()) {
  const fake = await startFakeGitHub();
  context.onTestFinished(() => fake.close());
  fake.addPullRequest({ number: 7, headSha: 'abc1234' });
  const sleeps: number[] = [];
  const logs: string[] = [];
  const api = createGitHubApi({
    token: fake.token,
    repo: REPO,
    baseUrl: fake.url,
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      now,
      log: (m) => logs.push(m),
    },
  });
  return { fake, api, sleeps, logs };
}

const KEY = markerKey('ws-1', ['audiences']);
const body = (text: string, key = KEY) =>
  `${formatMarker({ key, fingerprint: 'abcdef0123456789', sha: 'abc1234' })}\n${text}`;

function posts(fake: FakeGitHub): number {
  return fake.requests.filter((r) => r.method === 'POST').length;
}

describe.concurrent('the Octokit seam', () => {
  test('lists every comment across pages, oldest first', async (context) => {
    const { fake, api } = await setup(context);
    for (let i = 0; i < 230; i++) fake.addComment(7, `note ${i}`);
    const comments = await api.listComments(7);
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `note ${i}`));
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  test('creates, edits and deletes comments, with their URLs', async (context) => {
    const { fake, api } = await setup(context);
    const created = await api.createComment(7, 'hello');
    expect(created.url).toBe(fake.comments(7)[0]?.html_url);
    const updated = await api.updateComment(created.id, 'edited');
    expect(updated).toMatchObject({ id: created.id, body: 'edited' });
    await api.deleteComment(created.id);
    expect(fake.comments(7)).toEqual([]);
  });

  test('finds the merged pull request of a commit, with its labels', async (context) => {
    const { fake, api } = await setup(context);
    fake.addPullRequest({
      number: 12,
      headSha: 'head12',
      merged: true,
      mergeCommitSha: 'merge12',
      labels: ['audience-sync/allow-deletes'],
    });
    expect(await api.pullsForCommit('merge12')).toEqual([
      {
        number: 12,
        state: 'closed',
        merged: true,
        mergeCommitSha: 'merge12',
        headSha: 'head12',
        labels: ['audience-sync/allow-deletes'],
      },
    ]);
  });

  test('retries a secondary rate limit after the wait GitHub asks for', async (context) => {
    const { fake, api, sleeps, logs } = await setup(context);
    fake.addFault({
      method: 'POST',
      path: /\/comments$/,
      times: 2,
      status: 403,
      headers: { 'retry-after': '3' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    });
    await api.createComment(7, 'after the limit');
    expect(sleeps).toEqual([3000, 3000]);
    expect(posts(fake)).toBe(3);
    expect(fake.comments(7).map((c) => c.body)).toEqual(['after the limit']);
    expect(logs[0]).toMatch(
      /^GitHub POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments → 403; retry 1\/3 in 3\.0s$/,
    );
  });

  test('a secondary limit without retry-after waits a minute, within the total budget', async (context) => {
    const { fake, api, sleeps } = await setup(context);
    fake.addFault({
      method: 'POST',
      times: 1,
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit' },
    });
    fake.addFault({ method: 'POST', times: 1, status: 429 });
    // A second minute would overrun the 90 s budget: the 429 is final.
    await expect(api.createComment(7, 'x')).rejects.toMatchObject({ status: 429 });
    expect(sleeps).toEqual([60_000]);
    expect(posts(fake)).toBe(2);
  });

  test('an exhausted primary rate limit waits until the reset', async (context) => {
    const now = 1_800_000_000_000;
    const { fake, api, sleeps } = await setup(context, () => now);
    fake.addFault({
      method: 'GET',
      times: 1,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) },
      body: { message: 'API rate limit exceeded' },
    });
    await api.listComments(7);
    expect(sleeps).toEqual([21_000]);
  });

  test('a wait beyond the budget fails at once, without sleeping', async (context) => {
    const { fake, api, sleeps } = await setup(context);
    fake.addFault({ method: 'POST', status: 429, headers: { 'retry-after': '3600' } });
    const error = await api.createComment(7, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(429);
    expect(sleeps).toEqual([]);
  });

  test('a permission 403 is not retried, and says what was being done', async (context) => {
    const { fake, api, sleeps } = await setup(context);
    fake.addFault({
      method: 'POST',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const error = await api.createComment(7, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toMatch(
      /^could not comment on #7: 403 Resource not accessible by integration/,
    );
    expect(posts(fake)).toBe(1);
    expect(sleeps).toEqual([]);
  });

  test('a 5xx is retried with backoff on reads, never on a POST', async (context) => {
    const { fake, api, sleeps } = await setup(context);
    fake.addFault({ method: 'GET', times: 2, status: 502 });
    await api.listComments(7);
    expect(sleeps).toEqual([1000, 2000]);

    fake.addFault({ method: 'POST', times: 1, status: 500 });
    await expect(api.createComment(7, 'x')).rejects.toMatchObject({ status: 500 });
    expect(posts(fake)).toBe(1);
    expect(sleeps).toEqual([1000, 2000]);
  });
});

describe('githubRetryRule', () => {
  test('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const error = {
      status: 429,
      response: { headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' } },
    };
    expect(githubRetryRule(error, 'GET', now)).toEqual({ askedMs: 5000 });
  });

  test('does not retry what is not a rate limit or a 5xx', () => {
    expect(githubRetryRule({ status: 404 }, 'GET', 0)).toBeUndefined();
    expect(githubRetryRule({ status: 422 }, 'PATCH', 0)).toBeUndefined();
    expect(githubRetryRule({ status: 502 }, 'POST', 0)).toBeUndefined();
    expect(githubRetryRule(new Error('socket hang up'), 'GET', 0)).toBeUndefined();
  });
});

describe.concurrent('the sticky comment', () => {
  test('creates the comment once, then edits it in place', async (context) => {
    const { fake, api } = await setup(context);
    const first = await upsertStickyComment(api, 7, KEY, body('plan 1'));
    expect(first).toMatchObject({ action: 'created', removedDuplicates: 0 });
    const second = await upsertStickyComment(api, 7, KEY, body('plan 2'));
    expect(second).toMatchObject({ action: 'updated', comment: { id: first?.comment.id } });
    const third = await upsertStickyComment(api, 7, KEY, body('plan 2'));
    expect(third?.action).toBe('unchanged');
    expect(fake.comments(7).map((c) => c.body)).toEqual([body('plan 2')]);
    expect(fake.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  test('leaves other keys, other people and quoted markers alone', async (context) => {
    const { fake, api } = await setup(context);
    const otherKey = markerKey('ws-2', ['audiences']);
    fake.addComment(7, body('sales plan', otherKey));
    fake.addComment(7, `> ${body('quoted by a reviewer')}`, 'octocat');
    fake.addComment(7, 'LGTM', 'octocat');
    await upsertStickyComment(api, 7, KEY, body('marketing plan'));
    expect(fake.comments(7).map((c) => c.body)).toEqual([
      body('sales plan', otherKey),
      `> ${body('quoted by a reviewer')}`,
      'LGTM',
      body('marketing plan'),
    ]);
  });

  test('never trusts, edits or deletes a marker comment that a person wrote', async (context) => {
    const { fake, api } = await setup(context);
    // Posted first, so it is the oldest copy: a naive sticky comment would adopt it and
    // delete the real one as a duplicate.
    const forged = fake.addComment(7, body('forged plan'), 'mallory');
    const result = await upsertStickyComment(api, 7, KEY, body('real plan'));
    expect(result?.action).toBe('created');
    expect(result?.imitations.map((c) => c.author)).toEqual([{ login: 'mallory', bot: false }]);
    expect(fake.comments(7).map((c) => [c.id === forged, c.user.login, c.body])).toEqual([
      [true, 'mallory', body('forged plan')],
      [false, 'github-actions[bot]', body('real plan')],
    ]);
    expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/acme/audiences/issues/7/comments',
    ]);
    const reviewed = await readReviewedPlan(api, 7, KEY);
    expect(reviewed.kind === 'reviewed' && reviewed.comment.body).toBe(body('real plan'));
  });

  test("trusts the token's own user, as with a personal access token", async (context) => {
    const fake = await startFakeGitHub({ viewer: 'release-bot-user' });
    context.onTestFinished(() => fake.close());
    fake.addPullRequest({ number: 7, headSha: 'abc1234' });
    const api = createGitHubApi({ token: fake.token, repo: REPO, baseUrl: fake.url });
    fake.addComment(7, body('earlier run'), 'release-bot-user');
    fake.addComment(7, body('forged plan'), 'mallory');
    const result = await upsertStickyComment(api, 7, KEY, body('this run'));
    expect(result?.action).toBe('updated');
    expect(result?.imitations.map((c) => c.author.login)).toEqual(['mallory']);
    expect(fake.comments(7).map((c) => [c.user.login, c.body])).toEqual([
      ['release-bot-user', body('this run')],
      ['mallory', body('forged plan')],
    ]);
  });

  test('keeps the oldest of racing copies and deletes the rest', async (context) => {
    const { fake, api } = await setup(context);
    const oldest = fake.addComment(7, body('run A'));
    fake.addComment(7, 'in between', 'octocat');
    fake.addComment(7, body('run B'));
    fake.addComment(7, body('run C'));
    const result = await upsertStickyComment(api, 7, KEY, body('run D'));
    expect(result).toMatchObject({ action: 'updated', removedDuplicates: 2 });
    expect(fake.comments(7).map((c) => [c.id === oldest, c.body])).toEqual([
      [true, body('run D')],
      [false, 'in between'],
    ]);
  });

  test('with createIfMissing false, only edits an existing comment', async (context) => {
    const { fake, api } = await setup(context);
    expect(await upsertStickyComment(api, 7, KEY, body('x'), { createIfMissing: false })).toBe(
      undefined,
    );
    expect(fake.writes()).toEqual([]);
    fake.addComment(7, body('old'));
    const result = await upsertStickyComment(api, 7, KEY, body('new'), { createIfMissing: false });
    expect(result?.action).toBe('updated');
  });

  test('refuses a body that does not start with its marker', async (context) => {
    const { fake, api } = await setup(context);
    await expect(upsertStickyComment(api, 7, KEY, 'no marker')).rejects.toThrow(/marker/);
    await expect(
      upsertStickyComment(api, 7, KEY, body('x', markerKey('other', ['a']))),
    ).rejects.toThrow(/marker/);
    expect(fake.requests).toEqual([]);
  });
});

describe('the marker', () => {
  test('round-trips through its parser', () => {
    const marker = { key: KEY, fingerprint: '0123456789abcdef', sha: 'a'.repeat(40) };
    const text = formatMarker(marker);
    expect(text).toBe(
      `<!-- audience-sync:plan key=${KEY} fingerprint=0123456789abcdef sha=${'a'.repeat(40)} -->`,
    );
    expect(parseMarker(`${text}\n**Plan**`)).toEqual(marker);
  });

  test('writes `none` for a missing fingerprint or sha, and reads it back as absent', () => {
    const text = formatMarker({ key: KEY });
    expect(text).toBe(`<!-- audience-sync:plan key=${KEY} fingerprint=none sha=none -->`);
    expect(parseMarker(text)).toEqual({ key: KEY, fingerprint: undefined, sha: undefined });
  });

  test('skips unknown fields, so a later writer may add some', () => {
    expect(
      parseMarker(`<!-- audience-sync:plan key=k1 run=99 fingerprint=f1 sha=s1 extra=x -->`),
    ).toEqual({ key: 'k1', fingerprint: 'f1', sha: 's1' });
  });

  test('only a marker at the very start counts', () => {
    expect(parseMarker(`> ${formatMarker({ key: KEY })}`)).toBeUndefined();
    expect(parseMarker('<!-- audience-sync:plan fingerprint=f1 -->')).toBeUndefined();
    expect(parseMarker('<!-- audience-sync:plan key=k1')).toBeUndefined();
    expect(parseMarker('<!-- audience-sync:planner key=k1 -->')).toBeUndefined();
  });

  test('refuses values that could not be parsed back', () => {
    expect(() => formatMarker({ key: 'a b' })).toThrow(/key/);
    expect(() => formatMarker({ key: KEY, sha: '-->' })).toThrow(/sha/);
  });

  test('keys differ per workspace and per path, and ignore surrounding spaces', () => {
    const keys = new Set([
      markerKey('ws-1', ['audiences']),
      markerKey('ws-2', ['audiences']),
      markerKey('ws-1', ['marketing']),
      markerKey('', ['audiences']),
      markerKey('ws-1', ['audiences', 'more']),
    ]);
    expect(keys.size).toBe(5);
    expect(markerKey(' ws-1 ', [' audiences'])).toBe(markerKey('ws-1', ['audiences']));
    expect(markerKey('a', ['b\nc'])).not.toBe(markerKey('a', ['b', 'c']));
  });
});
