/**
 * End to end, "apply what was reviewed": a pull request's plan comment records the plan
 * (fingerprint, commit, lines); the apply on the push of its merge commit compares the
 * plan it makes with that one, and fails or warns when they differ.
 */
import { createHash } from 'node:crypto';
import { describe, type TestContext, test } from 'vitest';
import { formatMarker, markerKey, parseLinesMarker, parseMarker } from '../../src/github/marker.js';
import {
  annotations,
  audience,
  emulatorWrites,
  HEAD_SHA,
  MERGE_SHA,
  prPayload,
  type RunResult,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const PR = 12;
const APPLY = { 'dry-run': 'false' };
const FILES = {
  'audiences/team.yml': yamlFile(
    audience('Marketing leaders', { maxAge: 50 }),
    audience('HR managers in DACH'),
  ),
};

/** A world with pull request #12, merged as MERGE_SHA from HEAD_SHA, and one seeded audience. */
async function world(context: TestContext, pr: { headSha?: string } = {}) {
  const w = await testWorld(context);
  w.github.addPullRequest({
    number: PR,
    headSha: pr.headSha ?? HEAD_SHA,
    merged: true,
    mergeCommitSha: MERGE_SHA,
  });
  const [leaders] = w.emulator.seed([audience('Marketing leaders')]);
  return { w, id: String(leaders?.id) };
}

/** The plan run on the pull request, at HEAD_SHA. */
async function planOnPr(w: World, files: Record<string, string> = FILES): Promise<RunResult> {
  const result = await runAction(w, {
    event: 'pull_request',
    payload: prPayload(PR, HEAD_SHA),
    files,
  });
  if (result.code !== 0) throw new Error(`the PR run failed:\n${result.stdout}`);
  return result;
}

/** The apply on the push of the merge commit. */
function applyOnPush(
  w: World,
  inputs: Record<string, string> = {},
  files: Record<string, string> = FILES,
): Promise<RunResult> {
  w.emulator.clearLog();
  return runAction(w, { event: 'push', sha: MERGE_SHA, inputs: { ...APPLY, ...inputs }, files });
}

function names(w: World): Record<string, unknown> {
  return Object.fromEntries(w.emulator.snapshot().map((a) => [a.name, a.maxAge]));
}

describe.concurrent('apply what was reviewed', () => {
  test('the comment records the plan: fingerprint, commit and lines', async (context) => {
    const { expect } = context;
    const { w, id } = await world(context);
    const planned = await planOnPr(w);
    const body = w.github.comments(PR)[0]?.body ?? '';
    expect(parseMarker(body)).toMatchObject({
      fingerprint: planned.outputs['plan-fingerprint'],
      sha: HEAD_SHA,
    });
    expect(parseLinesMarker(body)).toMatchObject({
      kind: 'lines',
      // and, item by item, the plan's changes (see test/github/review.test.ts)
      plan: { changes: [expect.anything(), expect.anything()] },
      lines: [
        `~ Marketing leaders [${id}]: maxAge 45 → 50`,
        '+ HR managers in DACH: residence "Berlin"; country "DE"; minAge 25; maxAge 45; genderDistribution {"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03}; interests ["AI","content marketing"]; needs ["scale content production"]; painPoints ["manual workflows"]',
      ],
    });
  });

  test('a hand edit before the merge fails the apply with `plan-changed`, the difference, and no writes', async (context) => {
    const { expect } = context;
    const { w, id } = await world(context);
    await planOnPr(w);
    w.emulator.editByHand(id, { maxAge: 47 });

    const result = await applyOnPush(w);
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('plan-changed');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(names(w)).toEqual({ 'Marketing leaders': 47 });
    const removed = `- ~ Marketing leaders [${id}]: maxAge 45 → 50`;
    const added = `+ ~ Marketing leaders [${id}]: maxAge 47 → 50`;
    // The log shows exactly the changed line, reviewed then fresh; the create is unchanged.
    const diff = result.stdout.split('\n').filter((l) => /^[-+] [~+]/.test(l));
    expect(diff).toEqual([removed, added]);
    expect(annotations(result.stdout, 'error')).toEqual([
      expect.stringMatching(/^::error::The plan changed since it was reviewed \(fingerprint /),
    ]);
    expect(annotations(result.stdout, 'error')[0]).toContain(`%0A${removed}%0A${added}`);
    expect(annotations(result.stdout, 'notice')).toEqual([]);
    // The summary shows the same difference in the plan-change banner.
    expect(result.summary).toContain('The plan changed since it was reviewed.');
    expect(result.summary).toContain(`> ${removed}\n> ${added}\n`);
    expect(result.summary).toContain('`on-plan-change: fail`');
  });

  test('a re-run on the pull request that fails before planning leaves no reviewed plan: the apply fails, or warns', async (context) => {
    const { expect } = context;
    const { w, id } = await world(context);
    const planned = await planOnPr(w);
    // The check is re-run at the same commit while neuroflash fails to list.
    w.emulator.addFault({
      method: 'GET',
      path: 'target-audiences',
      // `Retry-After: 0` keeps the client's five tries quick.
      action: { kind: 'status', status: 500, retryAfter: 0 },
    });
    const rerun = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(PR, HEAD_SHA),
      files: FILES,
    });
    w.emulator.clearFaults();
    expect(rerun.code).toBe(1);
    expect(rerun.outputs['failure-reason']).toBe('api');
    const body = w.github.comments(PR)[0]?.body ?? '';
    expect(parseMarker(body)).toEqual({
      key: markerKey('', ['audiences']),
      sha: HEAD_SHA,
      failed: 'api',
    });
    expect(body).toContain('### ❌ The neuroflash API failed · audience-sync · Acme Marketing');
    expect(body).toContain('The run stopped before it could plan.');
    w.emulator.editByHand(id, { maxAge: 47 });

    const refused = await applyOnPush(w);
    expect(refused.code).toBe(1);
    expect(refused.outputs['failure-reason']).toBe('plan-changed');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(names(w)).toEqual({ 'Marketing leaders': 47 });
    expect(annotations(refused.stdout, 'notice')).toEqual([]);
    expect(annotations(refused.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::No plan was reviewed: the last run on the pull request failed before it could plan \(failure-reason `api`\), so the plan made now \(fingerprint [0-9a-f]{16}\) was never shown for review\. Nothing was written\. Re-run the pull request's check/,
      ),
    ]);
    // Every line of the fresh plan is new to the reviewers.
    const diff = refused.stdout.split('\n').filter((l) => /^[-+] [~+]/.test(l));
    expect(diff).toEqual([
      `+ ~ Marketing leaders [${id}]: maxAge 47 → 50`,
      expect.stringMatching(/^\+ \+ HR managers in DACH: residence "Berlin"; /),
    ]);
    expect(refused.summary).toContain('**No plan was reviewed.**');
    expect(refused.outputs['plan-fingerprint']).not.toBe(planned.outputs['plan-fingerprint']);

    const warned = await applyOnPush(w, { 'on-plan-change': 'warn' });
    expect(warned.code).toBe(0);
    expect(annotations(warned.stdout, 'warning')).toEqual([
      expect.stringMatching(
        /^::warning::No plan was reviewed on pull request #12: its last run failed before it could plan \(failure-reason `api`\)\..* Applying it \(`on-plan-change: warn`\)\./,
      ),
    ]);
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
  });

  test('after a failed last run, an apply that changes nothing passes with a notice', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    const failed = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(PR, HEAD_SHA),
      inputs: { 'client-secret': 'not-the-secret' },
      files: FILES,
    });
    expect(failed.outputs['failure-reason']).toBe('auth');
    expect(parseMarker(w.github.comments(PR)[0]?.body ?? '')?.failed).toBe('auth');

    const unchanged = { 'audiences/team.yml': yamlFile(audience('Marketing leaders')) };
    const result = await applyOnPush(w, {}, unchanged);
    expect(result.code).toBe(0);
    expect(result.outputs['has-changes']).toBe('false');
    expect(annotations(result.stdout, 'notice')).toEqual([
      `::notice::The last run on pull request #${PR} failed before it could plan, but the plan made now changes nothing.`,
    ]);
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('with no edit the apply goes through, saying it is the reviewed plan', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    const planned = await planOnPr(w);

    const result = await applyOnPush(w);
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(result.outputs['plan-fingerprint']).toBe(planned.outputs['plan-fingerprint']);
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
    expect(annotations(result.stdout, 'notice')).toEqual([
      `::notice::This is the plan reviewed on pull request #${PR} (fingerprint \`${planned.outputs['plan-fingerprint']}\`).`,
    ]);
    expect(annotations(result.stdout, 'warning')).toEqual([]);
  });

  test("a person's comment that imitates the marker neither stands for the review nor is touched", async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    // Written before any run, so it is the oldest marker comment on the pull request.
    const key = markerKey('', ['audiences']);
    const forged = `${formatMarker({ key, fingerprint: '0000000000000000', sha: HEAD_SHA })}\nLooks reviewed to me`;
    w.github.addComment(PR, forged, 'mallory');
    const planned = await planOnPr(w);
    expect(w.github.comments(PR).map((c) => c.user.login)).toEqual([
      'mallory',
      'github-actions[bot]',
    ]);
    expect(w.github.comments(PR)[0]?.body).toBe(forged);
    expect(annotations(planned.stdout, 'warning')).toEqual([
      expect.stringContaining("Ignored 1 comment by @mallory with audience-sync's marker"),
    ]);

    const result = await applyOnPush(w);
    expect(result.code).toBe(0);
    expect(annotations(result.stdout, 'notice')).toEqual([
      `::notice::This is the plan reviewed on pull request #${PR} (fingerprint \`${planned.outputs['plan-fingerprint']}\`).`,
    ]);
    expect(w.github.comments(PR)[0]?.body).toBe(forged);
  });

  test('`on-plan-change: warn` warns, prints the difference, and applies', async (context) => {
    const { expect } = context;
    const { w, id } = await world(context);
    await planOnPr(w);
    w.emulator.editByHand(id, { maxAge: 47 });

    const result = await applyOnPush(w, { 'on-plan-change': 'warn' });
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
    const [warning, ...others] = annotations(result.stdout, 'warning');
    expect(others).toEqual([]);
    expect(warning).toMatch(
      /^::warning::The plan changed since it was reviewed on pull request #12/,
    );
    expect(warning).toContain('Applying it (`on-plan-change: warn`).');
    expect(warning).toContain(
      `%0A- ~ Marketing leaders [${id}]: maxAge 45 → 50%0A+ ~ Marketing leaders [${id}]: maxAge 47 → 50`,
    );
    expect(result.summary).toContain('`on-plan-change: warn`');
    expect(result.summary).toContain(`> + ~ Marketing leaders [${id}]: maxAge 47 → 50\n`);
  });

  test('a direct push without a pull request applies as planned, with a notice', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders')]);
    const result = await runAction(w, {
      event: 'push',
      sha: MERGE_SHA,
      inputs: APPLY,
      files: FILES,
    });
    expect(result.code).toBe(0);
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
    const notice =
      'No pull request was merged as commit `f0e1d2c` (a direct push): there is no reviewed plan to compare with, so the plan made now is applied.';
    expect(annotations(result.stdout, 'notice')).toEqual([`::notice::${notice}`]);
    expect(result.summary).toContain('No pull request was merged as commit `f0e1d2c`');
  });

  test('a pull request without a plan comment, or with a validate-only one, applies as planned and says which', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    const none = await applyOnPush(w);
    expect(none.code).toBe(0);
    expect(annotations(none.stdout, 'notice')).toEqual([
      '::notice::Pull request #12 has no audience-sync plan comment for this workspace and path: there is no reviewed plan to compare with, so the plan made now is applied.',
    ]);

    // A fork's run has no secrets: its comment validates the files and has no fingerprint.
    const fork = await runAction(w, {
      event: 'pull_request',
      payload: prPayload(PR, HEAD_SHA),
      credentials: false,
      files: FILES,
    });
    expect(fork.code).toBe(0);
    // Validate-only is not a failure: the marker says no plan, and not that one failed.
    expect(parseMarker(w.github.comments(PR)[0]?.body ?? '')).toEqual({
      key: markerKey('', ['audiences']),
      sha: HEAD_SHA,
    });
    w.emulator.seed([audience('Sales leaders')]);
    const validated = await applyOnPush(
      w,
      {},
      {
        'audiences/team.yml': yamlFile(
          audience('Marketing leaders', { maxAge: 50 }),
          audience('HR managers in DACH'),
          audience('Sales leaders', { maxAge: 60 }),
        ),
      },
    );
    expect(validated.code).toBe(0);
    expect(annotations(validated.stdout, 'notice')).toEqual([
      '::notice::The plan comment on pull request #12 has no plan fingerprint (its run only validated the files, as on a pull request from a fork): there is no reviewed plan to compare with, so the plan made now is applied.',
    ]);
    expect(w.emulator.snapshot().find((a) => a.name === 'Sales leaders')?.maxAge).toBe(60);
  });

  test('GitHub refusing the lookup is a warning, and the plan made now is applied', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    await planOnPr(w);
    w.github.addFault({
      method: 'GET',
      path: `/issues/${PR}/comments`,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await applyOnPush(w);
    expect(result.code).toBe(0);
    expect(annotations(result.stdout, 'warning')).toEqual([
      '::warning::Could not read the pull request merged as commit `f0e1d2c`: could not list the comments of #12: 403 Resource not accessible by integration. There is no reviewed plan to compare with, so the plan made now is applied.',
    ]);
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
  });

  test('a comment made before the final commit is mentioned; it fails only if the plans differ', async (context) => {
    const { expect } = context;
    const FINAL = '9999999aaaaaaabbbbbbbcccccccdddddddeeeee';
    const { w, id } = await world(context, { headSha: FINAL });
    await planOnPr(w);
    expect(parseMarker(w.github.comments(PR)[0]?.body ?? '')?.sha).toBe(HEAD_SHA);
    const stale =
      'The plan comment on pull request #12 was made at commit `a1b2c3d`, not at its final commit `9999999`: it was not reviewed for that commit.';

    w.emulator.editByHand(id, { maxAge: 47 });
    const changed = await applyOnPush(w);
    expect(changed.code).toBe(1);
    expect(changed.outputs['failure-reason']).toBe('plan-changed');
    expect(annotations(changed.stdout, 'notice')).toEqual([`::notice::${stale}`]);
    expect(emulatorWrites(w.emulator)).toEqual([]);

    w.emulator.editByHand(id, { maxAge: 45 });
    const same = await applyOnPush(w);
    expect(same.code).toBe(0);
    expect(annotations(same.stdout, 'notice')).toEqual([
      `::notice::${stale} Its plan matches the plan reviewed on pull request #12 (fingerprint \`${same.outputs['plan-fingerprint']}\`).`,
    ]);
    expect(names(w)).toEqual({ 'Marketing leaders': 50, 'HR managers in DACH': 45 });
  });

  test('the fingerprint covers the meaning: reordered files plan alike and apply as reviewed', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    const first = await planOnPr(w);
    const firstBody = w.github.comments(PR)[0]?.body ?? '';
    // The same audiences in another order, list items reordered, values padded.
    const reordered = {
      'audiences/team.yml': yamlFile(
        audience('HR managers in DACH', {
          interests: ['content marketing', 'AI'],
          residence: '  Berlin ',
        }),
        audience('  Marketing leaders', { maxAge: 50, needs: ['scale content production '] }),
      ),
    };
    const second = await planOnPr(w, reordered);
    expect(second.outputs['plan-fingerprint']).toBe(first.outputs['plan-fingerprint']);
    const secondBody = w.github.comments(PR)[0]?.body ?? '';
    expect(parseLinesMarker(secondBody)).toEqual(parseLinesMarker(firstBody));
    expect(w.github.comments(PR)).toHaveLength(1);

    const applied = await applyOnPush(w, {}, reordered);
    expect(applied.code).toBe(0);
    expect(applied.outputs['plan-fingerprint']).toBe(first.outputs['plan-fingerprint']);
    expect(annotations(applied.stdout, 'notice')).toEqual([
      expect.stringContaining('This is the plan reviewed on pull request #12'),
    ]);
  });

  test('a reviewed plan too large to embed is still compared, by fingerprint, and says so', async (context) => {
    const { expect } = context;
    const { w } = await world(context);
    // Names that do not compress, so the encoded lines exceed 16,000 characters.
    const hex = (text: string) => createHash('sha256').update(text).digest('hex');
    const many = Array.from({ length: 600 }, (_, i) =>
      audience(`Segment ${hex(String(i)).slice(0, 24)}`, {
        interests: [hex(`topic ${i}`).slice(0, 16), 'AI'],
      }),
    );
    const files = { 'audiences/many.yml': yamlFile(...many) };
    await planOnPr(w, files);
    const body = w.github.comments(PR)[0]?.body ?? '';
    expect(parseLinesMarker(body)).toEqual({ kind: 'too-large', count: 600 });
    expect(body.length).toBeLessThan(65_536);

    const merged = { 'audiences/many.yml': yamlFile(...many, audience('One more audience')) };
    const result = await applyOnPush(w, {}, merged);
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('plan-changed');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(result.stdout).toContain(
      'The reviewed plan was too large to show line by line; only the fingerprints are compared.',
    );
    expect(result.summary).toContain(
      'The reviewed plan was too large to show line by line (its comment keeps only the fingerprint), so only the fingerprints are compared.',
    );
  });
});
