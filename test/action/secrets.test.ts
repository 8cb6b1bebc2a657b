/**
 * End to end: the client secret, every access token the emulator issued, and the GitHub
 * token appear nowhere a person or a later step can read: stdout (but for the
 * `::add-mask::` commands, which the runner consumes), stderr, outputs, the job summary
 * and the PR comment.
 */
import { describe, type TestContext, test } from 'vitest';
import {
  audience,
  HEAD_SHA,
  type RunResult,
  randomSecret,
  runAction,
  startWorld,
  visibleText,
  type World,
  yamlFile,
} from './harness.js';

async function world(context: TestContext): Promise<World> {
  const w = await startWorld({
    emulator: {
      clients: [
        {
          clientId: 'audience-sync-ci',
          clientSecret: randomSecret('nf-secret-'),
          userId: '7d0c1a52-2d0e-4d7a-9d0a-000000000001',
          customerId: 42,
        },
      ],
    },
    github: { token: randomSecret('ghs_') },
  });
  context.onTestFinished(() => w.close());
  w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
  return w;
}

function expectNoSecrets(context: TestContext, w: World, runs: RunResult[]): void {
  const secrets = [w.emulator.clientSecret, w.github.token, ...w.issuedTokens];
  const comments = w.github.comments(7).map((c) => c.body);
  const text = [...runs.map(visibleText), ...comments].join('\n');
  for (const secret of secrets) context.expect(text).not.toContain(secret);
  // The secrets were announced for masking before use.
  const stdout = runs.map((r) => r.stdout).join('\n');
  context.expect(stdout).toContain(`::add-mask::${w.emulator.clientSecret}`);
}

describe.concurrent('secrets', () => {
  test('appear nowhere across a plan, an apply with a token refresh, and a failure', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };
    const plan = await runAction(w, { event: 'pull_request', files });
    expect(plan.code).toBe(0);

    // A 401 in the middle of the apply makes the client fetch a second token.
    w.emulator.addFault({
      method: 'POST',
      path: 'target-audiences',
      times: 1,
      action: { kind: 'status', status: 401, body: { error: 'token expired' } },
    });
    const apply = await runAction(w, { event: 'push', inputs: { 'dry-run': 'false' }, files });
    expect(apply.code).toBe(0);
    expect(w.issuedTokens.length).toBeGreaterThanOrEqual(3);

    const denied = await runAction(w, {
      event: 'push',
      inputs: { 'client-secret': `${w.emulator.clientSecret}-wrong` },
      files,
    });
    expect(denied.outputs['failure-reason']).toBe('auth');
    expect(visibleText(denied)).not.toContain(`${w.emulator.clientSecret}-wrong`);

    expectNoSecrets(context, w, [plan, apply, denied]);
    for (const token of w.issuedTokens)
      expect(plan.stdout + apply.stdout).toContain(`::add-mask::${token}`);
  });
});
