import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from './index.js';

const repo = { owner: 'acme', repo: 'audiences' };
let fake: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  fake = await startFakeGitHub();
  octokit = getOctokit(fake.token, { baseUrl: fake.url });
});
afterEach(() => fake.close());

/** A raw call, for what Octokit hides: headers, exact statuses, missing auth. */
async function call(method: string, path: string, auth: string | null = `token ${fake.token}`) {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: auth ? { authorization: auth } : {},
  });
  const text = await res.text();
  return {
    status: res.status,
    link: res.headers.get('link'),
    body: text ? JSON.parse(text) : null,
  };
}

/** The status of a rejected Octokit call. */
async function statusOf(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { status?: number } | undefined)?.status ?? 0;
}

describe('comment pagination', () => {
  it('walks 250 comments with octokit.paginate, each once, in creation order', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    for (let i = 0; i < 250; i++) fake.addComment(7, `comment ${i}`);
    fake.clearLog();

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 7,
      per_page: 100,
    });

    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    expect(all.map((c) => c.id)).toEqual(fake.comments(7).map((c) => c.id));
    expect(fake.requests.map((r) => [r.query.page, r.query.per_page])).toEqual([
      [undefined, '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
  });

  it('writes GitHub-style Link headers and clamps per_page', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    for (let i = 0; i < 250; i++) fake.addComment(7, `c${i}`);
    const path = '/repos/acme/audiences/issues/7/comments';
    const url = (q: string) => `${fake.url}${path}?${q}`;

    const middle = await call('GET', `${path}?per_page=100&page=2`);
    expect(middle.body).toHaveLength(100);
    expect(middle.link).toBe(
      `<${url('per_page=100&page=1')}>; rel="prev", <${url('per_page=100&page=3')}>; rel="next", ` +
        `<${url('per_page=100&page=3')}>; rel="last", <${url('per_page=100&page=1')}>; rel="first"`,
    );
    const byDefault = await call('GET', path);
    expect(byDefault.body).toHaveLength(30);
    expect(byDefault.link).toBe(`<${url('page=2')}>; rel="next", <${url('page=9')}>; rel="last"`);
    expect((await call('GET', `${path}?per_page=1000`)).body).toHaveLength(100);
    expect((await call('GET', `${path}?per_page=100&page=3`)).body).toHaveLength(50);

    fake.addPullRequest({ number: 8, headSha: 'def' });
    fake.addComment(8, 'only');
    expect((await call('GET', '/repos/acme/audiences/issues/8/comments')).link).toBeNull();
  });
});

describe('comments', () => {
  it('creates, updates and deletes a comment, as the sticky comment does', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: 'v1',
    });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.html_url).toBe(
      `https://github.com/acme/audiences/pull/7#issuecomment-${created.data.id}`,
    );

    const id = created.data.id;
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: id,
      body: 'v2',
    });
    expect(updated.status).toBe(200);
    expect(updated.data.updated_at > updated.data.created_at).toBe(true);
    const read = await octokit.rest.issues.getComment({ ...repo, comment_id: id });
    expect(read.data.body).toBe('v2');
    expect(fake.comments(7).map((c) => c.body)).toEqual(['v2']);

    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    expect(deleted.status).toBe(204);
    expect(fake.comments(7)).toEqual([]);
    expect(await statusOf(octokit.rest.issues.getComment({ ...repo, comment_id: id }))).toBe(404);
    expect(await statusOf(octokit.rest.issues.deleteComment({ ...repo, comment_id: id }))).toBe(
      404,
    );
    expect(fake.writes()).toEqual([
      { method: 'POST', path: '/repos/acme/audiences/issues/7/comments', body: { body: 'v1' } },
      {
        method: 'PATCH',
        path: `/repos/acme/audiences/issues/comments/${id}`,
        body: { body: 'v2' },
      },
      { method: 'DELETE', path: `/repos/acme/audiences/issues/comments/${id}`, body: undefined },
      { method: 'DELETE', path: `/repos/acme/audiences/issues/comments/${id}`, body: undefined },
    ]);
  });

  it('gives strictly increasing ids and timestamps, whoever writes', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    fake.addComment(7, 'racing run', 'github-actions[bot]');
    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'this run' });
    fake.addComment(7, 'a person', 'octocat');
    const list = fake.comments(7);
    expect(list.map((c) => [c.body, c.user.login])).toEqual([
      ['racing run', 'github-actions[bot]'],
      ['this run', 'github-actions[bot]'],
      ['a person', 'octocat'],
    ]);
    for (const [a, b] of [
      [list[0], list[1]],
      [list[1], list[2]],
    ] as const) {
      expect(a && b && a.id < b.id && a.created_at < b.created_at).toBe(true);
    }
  });

  it('refuses a body over 65,536 characters and one on a missing issue', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    const long = octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: 'x'.repeat(65_537),
    });
    expect(await statusOf(long)).toBe(422);
    const fits = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: 'x'.repeat(65_536),
    });
    expect(fits.status).toBe(201);
    expect(
      await statusOf(octokit.rest.issues.createComment({ ...repo, issue_number: 99, body: 'x' })),
    ).toBe(404);
    expect(fake.comments(7)).toHaveLength(1);
  });
});

describe('pull requests', () => {
  it('finds the PRs of a commit by merge commit or head sha', async () => {
    fake.addPullRequest({
      number: 1,
      headSha: 'h1',
      merged: true,
      mergeCommitSha: 'm1',
      labels: ['audience-sync/allow-deletes'],
    });
    fake.addPullRequest({ number: 2, headSha: 'h2' });
    const numbersFor = async (commit_sha: string) =>
      (
        await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha })
      ).data.map((p) => p.number);
    expect(await numbersFor('m1')).toEqual([1]);
    expect(await numbersFor('h2')).toEqual([2]);
    expect(await numbersFor('nope')).toEqual([]);

    const pr = (await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data;
    expect([pr.state, pr.merged, pr.merge_commit_sha, pr.head.sha, pr.base.ref]).toEqual([
      'closed',
      true,
      'm1',
      'h1',
      'main',
    ]);
    expect(pr.labels.map((l) => l.name)).toEqual(['audience-sync/allow-deletes']);
  });

  it('reflects a push and a label change made while a run plans', async () => {
    fake.addPullRequest({ number: 2, headSha: 'h2', labels: ['a'] });
    fake.setPullRequestHead(2, 'h3');
    fake.setLabels(2, ['b', 'c']);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 2 })).data.head.sha).toBe('h3');
    const labels = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 2 });
    expect(labels.data.map((l) => l.name)).toEqual(['b', 'c']);
    expect(await statusOf(octokit.rest.pulls.get({ ...repo, pull_number: 3 }))).toBe(404);
  });
});

describe('issues', () => {
  it('creates issues in the PR number space and filters them by labels and state', async () => {
    fake.addPullRequest({ number: 1, headSha: 'h', labels: ['audience-sync/drift'] });
    const create = (title: string, labels: string[]) =>
      octokit.rest.issues.create({ ...repo, title, body: `${title} body`, labels });
    const drift = await create('Drift in ws-1', ['audience-sync/drift', 'ws-1']);
    expect([drift.status, drift.data.number]).toEqual([201, 2]);
    await create('Drift in ws-2', ['Audience-Sync/Drift', 'ws-2']);
    await create('Unrelated', []);
    const titles = async (state: 'open' | 'closed' | 'all', labels: string) =>
      (await octokit.rest.issues.listForRepo({ ...repo, state, labels })).data.map((i) => [
        i.number,
        !!i.pull_request,
      ]);

    expect(await titles('open', 'audience-sync/drift,ws-1')).toEqual([[2, false]]);
    // Newest first, pull requests included and marked, label case ignored: as on GitHub.
    expect(await titles('open', 'audience-sync/drift')).toEqual([
      [3, false],
      [2, false],
      [1, true],
    ]);

    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: 2,
      state: 'closed',
      state_reason: 'completed',
    });
    expect([closed.data.state, closed.data.state_reason]).toEqual(['closed', 'completed']);
    expect(await titles('closed', 'audience-sync/drift')).toEqual([[2, false]]);
    expect(await titles('all', 'ws-1')).toEqual([[2, false]]);
    expect(fake.issues()).toEqual([
      {
        number: 2,
        title: 'Drift in ws-1',
        body: 'Drift in ws-1 body',
        state: 'closed',
        labels: ['audience-sync/drift', 'ws-1'],
        comments: 0,
      },
      {
        number: 3,
        title: 'Drift in ws-2',
        body: 'Drift in ws-2 body',
        state: 'open',
        labels: ['audience-sync/drift', 'ws-2'],
        comments: 0,
      },
      {
        number: 4,
        title: 'Unrelated',
        body: 'Unrelated body',
        state: 'open',
        labels: [],
        comments: 0,
      },
    ]);
  });

  it('updates title, body and labels, and refuses an invalid state without changing anything', async () => {
    const { data } = await octokit.rest.issues.create({ ...repo, title: 't', labels: ['x'] });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: data.number,
      title: 't2',
      body: 'b2',
      labels: ['y'],
    });
    const refused = octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: data.number,
      title: 'never',
      // Not a state GitHub knows: the fake must refuse it as GitHub does.
      state: 'merged' as 'open',
    });
    expect(await statusOf(refused)).toBe(422);
    const read = (await octokit.rest.issues.get({ ...repo, issue_number: data.number })).data;
    expect([
      read.title,
      read.body,
      read.state,
      read.labels.map((l) => (typeof l === 'string' ? l : l.name)),
    ]).toEqual(['t2', 'b2', 'open', ['y']]);
  });
});

describe('auth and routing', () => {
  it('answers 401 Bad credentials without a valid token, and accepts Bearer', async () => {
    const path = '/repos/acme/audiences/issues';
    expect(await call('GET', path, null)).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    expect(await call('GET', path, 'token wrong')).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    expect((await call('GET', path, `Bearer ${fake.token}`)).status).toBe(200);
    const stranger = getOctokit('ghs_other', { baseUrl: fake.url });
    expect(await statusOf(stranger.rest.issues.listForRepo(repo))).toBe(401);
  });

  it('answers 404 Not Found for unknown routes and other repositories', async () => {
    for (const path of [
      '/repos/acme/other/issues',
      '/repos/evil/audiences/issues',
      '/users/octocat',
      '/repos/acme/audiences/nope',
    ]) {
      expect(await call('GET', path)).toMatchObject({
        status: 404,
        body: { message: 'Not Found' },
      });
    }
    expect((await call('GET', '/repos/ACME/Audiences/issues')).status).toBe(200);
  });

  it('answers GET /user as GitHub does: 403 for an Actions token, the user for a personal one', async () => {
    expect(await call('GET', '/user')).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const personal = await startFakeGitHub({ viewer: 'octocat' });
    try {
      const octokit = getOctokit(personal.token, { baseUrl: personal.url });
      expect((await octokit.rest.users.getAuthenticated()).data.login).toBe('octocat');
    } finally {
      await personal.close();
    }
  });
});

describe('faults', () => {
  it('returns a scripted secondary rate limit the given number of times, then serves', async () => {
    fake.addPullRequest({ number: 7, headSha: 'abc' });
    const message =
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    fake.addFault({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      times: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message },
    });
    fake.addFault({ method: 'GET', path: '/pulls/7', times: 2, status: 500 });

    const error = await octokit.rest.issues
      .createComment({ ...repo, issue_number: 7, body: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: { headers: { 'retry-after': '1' }, data: { message } },
    });
    expect(fake.comments(7)).toEqual([]);
    expect(
      (await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hi' })).status,
    ).toBe(201);

    expect(await call('GET', '/repos/acme/audiences/pulls/7')).toEqual({
      status: 500,
      link: null,
      body: { message: 'Internal Server Error' },
    });
    expect((await call('GET', '/repos/acme/audiences/pulls/7')).status).toBe(500);
    expect((await call('GET', '/repos/acme/audiences/pulls/7')).status).toBe(200);
    expect(fake.requests.map((r) => r.status)).toEqual([403, 201, 500, 500, 200]);
  });
});
