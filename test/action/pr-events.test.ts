/**
 * End to end, applying unmerged changes: `dry-run: false` is refused on every event about
 * an unmerged pull request (its reviews and comments on it included), not only on
 * `pull_request`, and on `merge_group`, unless `allow-apply-on-pr` is set.
 */
import { describe, type TestContext, test } from 'vitest';
import {
  audience,
  type EventName,
  emulatorWrites,
  prPayload,
  REPOSITORY,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const FILES = { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 50 })) };

async function world(context: TestContext): Promise<World> {
  const w = await testWorld(context);
  w.emulator.seed([audience('Marketing leaders')]);
  return w;
}

/** An `issue_comment` payload; `onPull` makes its issue a pull request, as GitHub does. */
function commentPayload(onPull: boolean) {
  return {
    action: 'created',
    issue: { number: 7, ...(onPull ? { pull_request: { url: 'https://x/pulls/7' } } : {}) },
    comment: { id: 1, body: '/apply' },
    repository: { full_name: REPOSITORY, name: 'audiences', owner: { login: 'acme' } },
  };
}

describe.concurrent('dry-run: false on a pull request', () => {
  const cases: [EventName, Record<string, unknown>, string][] = [
    ['pull_request_review', prPayload(), 'a `pull_request_review` event'],
    ['pull_request_review_comment', prPayload(), 'a `pull_request_review_comment` event'],
    ['issue_comment', commentPayload(true), 'an `issue_comment` event on a pull request'],
  ];
  for (const [event, payload, where] of cases) {
    test(`is refused on ${where}, with no request to neuroflash`, async (context) => {
      const { expect } = context;
      const w = await world(context);
      const result = await runAction(w, {
        event,
        payload,
        inputs: { 'dry-run': 'false' },
        files: FILES,
      });
      expect(result.code).toBe(1);
      expect(result.outputs['failure-reason']).toBe('invalid');
      expect(result.stdout).toContain(
        `::error::input \`dry-run: false\` on ${where} would apply unmerged changes; refused.`,
      );
      expect(w.emulator.requests).toEqual([]);
      expect(w.emulator.snapshot()[0]?.maxAge).toBe(45);
    });
  }

  test('is refused on `merge_group`, whose group the queue may still reject, with no request to neuroflash', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'merge_group',
      inputs: { 'dry-run': 'false' },
      files: FILES,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    expect(result.stdout).toContain(
      "::error::input `dry-run: false` on a `merge_group` event would apply a merge queue's group, which the queue may still reject; refused.",
    );
    expect(w.emulator.requests).toEqual([]);
    expect(w.emulator.snapshot()[0]?.maxAge).toBe(45);
  });

  test('is allowed with `allow-apply-on-pr`, and on a comment on an issue', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const allowed = await runAction(w, {
      event: 'pull_request_review',
      payload: prPayload(),
      inputs: { 'dry-run': 'false', 'allow-apply-on-pr': 'true' },
      files: FILES,
    });
    expect(allowed.code).toBe(0);
    expect(emulatorWrites(w.emulator).map((r) => r.method)).toEqual(['PUT']);

    w.emulator.clearLog();
    const issue = await runAction(w, {
      event: 'issue_comment',
      payload: commentPayload(false),
      inputs: { 'dry-run': 'false' },
      files: {
        'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 55 })),
      },
    });
    expect(issue.code).toBe(0);
    expect(emulatorWrites(w.emulator).map((r) => r.method)).toEqual(['PUT']);
    expect(w.emulator.snapshot()[0]?.maxAge).toBe(55);
  });
});
