/**
 * The PR comment and the drift issue go out through GitHub's API, where the runner's
 * masking never applies: each passes through the one redactor on its way, over real HTTP
 * to the fake GitHub, which stores what it was sent.
 */
import { describe, expect, type TestContext, test } from 'vitest';
import { syncDriftIssue } from '../../src/github/drift-issue.js';
import { formatDriftMarker, formatMarker, markerKey } from '../../src/github/marker.js';
import { createGitHubApi } from '../../src/github/octokit.js';
import { upsertStickyComment } from '../../src/github/sticky.js';
import { registerCredentials, registerSecret } from '../../src/redact.js';
import { startFakeGitHub } from '../github-fake/index.js';

const KEY = markerKey('ws-1', ['audiences']);
const SECRET = "Qz client secret !~'*()";
const TOKEN = 'Qz-access-token-0123456789';

async function setup(context: TestContext) {
  const fake = await startFakeGitHub();
  context.onTestFinished(() => fake.close());
  fake.addPullRequest({ number: 7, headSha: 'abc1234' });
  const api = createGitHubApi({
    token: fake.token,
    repo: { owner: 'acme', repo: 'audiences' },
    baseUrl: fake.url,
  });
  registerCredentials('client-1', SECRET);
  registerSecret(TOKEN);
  registerSecret(fake.token);
  return { fake, api };
}

function leaks(text: string, githubToken: string): string[] {
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    new URLSearchParams({ s: SECRET }).toString().slice(2),
    Buffer.from(`client-1:${SECRET}`).toString('base64'),
    TOKEN,
    githubToken,
  ];
  return forms.filter((f) => text.includes(f));
}

describe('publishing through the API', () => {
  test('the sticky comment is redacted, on create and on edit', async (context) => {
    const { fake, api } = await setup(context);
    const echo = (extra: string) =>
      `${formatMarker({ key: KEY, sha: 'abc1234' })}\nerror: ${SECRET} / ${encodeURIComponent(SECRET)} / ${TOKEN} ${extra}`;
    await upsertStickyComment(api, 7, KEY, echo(fake.token));
    await upsertStickyComment(api, 7, KEY, echo(`${TOKEN} again`));
    const bodies = fake.comments(7).map((c) => c.body);
    expect(bodies).toHaveLength(1);
    expect(leaks(bodies.join('\n'), fake.token)).toEqual([]);
    // Every body sent, the create's included (the fake keeps only the latest text).
    expect(leaks(JSON.stringify(fake.requests.map((r) => r.body)), fake.token)).toEqual([]);
    expect(bodies[0]).toContain('error: *** / *** / *** *** again');
  });

  test('the drift issue title and body are redacted', async (context) => {
    const { fake, api } = await setup(context);
    await syncDriftIssue(api, {
      key: KEY,
      label: 'audience-sync/drift',
      drift: {
        title: `Drift: ${TOKEN}`,
        body: `${formatDriftMarker({ key: KEY, fingerprint: 'aaa' })}\n${new URLSearchParams({ s: SECRET }).toString()} ${fake.token}`,
        fingerprint: 'aaa',
      },
    });
    const [issue] = fake.issues();
    expect(issue?.title).toBe('Drift: ***');
    expect(leaks(`${issue?.title}\n${issue?.body}`, fake.token)).toEqual([]);
  });
});
