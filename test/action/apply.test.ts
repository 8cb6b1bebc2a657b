/**
 * End to end, applying: on push with `dry-run: false` the built Action converges the
 * emulator's workspace to the files, and refuses what it must refuse.
 */
import { describe, test } from 'vitest';
import {
  annotations,
  audience,
  emulatorWrites,
  HEAD_SHA,
  MERGE_SHA,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const APPLY = { 'dry-run': 'false' };

/** The emulator's audiences as `name → selected fields`, for exact comparisons. */
function state(w: World): Record<string, unknown> {
  return Object.fromEntries(
    w.emulator
      .snapshot()
      .map((a) => [a.name, { maxAge: a.maxAge, interests: a.interests, country: a.country }]),
  );
}

describe.concurrent('apply', () => {
  test('on push, converges the workspace, and the next plan is empty', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([
      audience('Marketing managers'),
      audience('HR managers in DACH', { maxAge: 60 }),
      audience('Retired segment'),
      audience('Not declared'),
    ]);
    const files = {
      'audiences/team.yml': yamlFile(
        audience('Marketing leaders', { previousNames: ['Marketing managers'], maxAge: 50 }),
        audience('HR managers in DACH'),
        audience('E-commerce founders', { interests: ['Shopify', 'D2C'] }),
        { name: 'Retired segment', state: 'absent' },
      ),
    };

    const applied = await runAction(w, { event: 'push', inputs: APPLY, files });
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({
      'failure-reason': '',
      'has-changes': 'true',
      creates: '1',
      updates: '1',
      renames: '1',
      deletes: '1',
      blocked: '0',
    });
    expect(state(w)).toEqual({
      'Marketing leaders': { maxAge: 50, interests: ['AI', 'content marketing'], country: 'DE' },
      'HR managers in DACH': { maxAge: 45, interests: ['AI', 'content marketing'], country: 'DE' },
      'Not declared': { maxAge: 45, interests: ['AI', 'content marketing'], country: 'DE' },
      'E-commerce founders': { maxAge: 45, interests: ['Shopify', 'D2C'], country: 'DE' },
    });
    expect(
      emulatorWrites(w.emulator)
        .map((r) => r.method)
        .sort(),
    ).toEqual(['DELETE', 'POST', 'PUT', 'PUT']);
    expect(applied.summary).toContain('Marketing leaders');
    expect(applied.summary).toContain('**Applied 4 changes to Acme Marketing:** 4 applied.');
    expect(applied.stdout).toMatch(/\[\d\/4\] ✓ create E-commerce founders/);

    w.emulator.clearLog();
    const again = await runAction(w, { event: 'push', inputs: APPLY, files });
    expect(again.code).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
    expect(again.summary).toContain('No changes');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a failed change fails the step with the API message; the others are done', async (context) => {
    const { expect } = context;
    const w = await testWorld(context, { emulator: { audienceLimit: 1 } });
    const result = await runAction(w, {
      event: 'push',
      inputs: APPLY,
      files: {
        'audiences/a.yml': yamlFile(audience('Alpha audience'), audience('Beta audience')),
      },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('apply-failed');
    expect(w.emulator.snapshot().map((a) => a.name)).toHaveLength(1);
    expect(result.summary).toContain('Target audience limit reached for this workspace');
    expect(annotations(result.stdout, 'error')).toEqual([
      expect.stringContaining('1 change of 2 failed'),
    ]);
  });

  test('a change on an audience owned by someone else is blocked, never attempted', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Shared segment', { createdByUserId: 'someone-else' })]);
    const result = await runAction(w, {
      event: 'push',
      inputs: APPLY,
      files: { 'audiences/a.yml': yamlFile(audience('Shared segment', { maxAge: 50 })) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('blocked');
    expect(result.outputs.blocked).toBe('1');
    expect(result.summary).toContain('Shared segment');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a tripped guard on push writes nothing and names the way to allow it', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed(['Old one', 'Old two', 'Old three'].map((n) => audience(n)));
    const result = await runAction(w, {
      event: 'push',
      inputs: { ...APPLY, prune: 'true', 'max-deletes': '2' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('guard-tripped');
    expect(result.summary).toContain('`max-deletes: 3`');
    expect(result.summary).toContain('Old three');
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(w.emulator.snapshot()).toHaveLength(3);
  });

  test('the allow-deletes label on the merged PR lifts the guard for its merge commit', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.github.addPullRequest({
      number: 12,
      headSha: HEAD_SHA,
      merged: true,
      mergeCommitSha: MERGE_SHA,
      labels: ['audience-sync/allow-deletes'],
    });
    w.emulator.seed(['Old one', 'Old two', 'Old three'].map((n) => audience(n)));
    const result = await runAction(w, {
      event: 'push',
      sha: MERGE_SHA,
      inputs: { ...APPLY, prune: 'true', 'max-deletes': '2' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Delete guard lifted by the label `audience-sync/allow-deletes` on #12',
    );
    expect(w.emulator.snapshot().map((a) => a.name)).toEqual(['Marketing leaders']);
  });

  test('`dry-run: false` on a pull request is refused before any request', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };
    const refused = await runAction(w, { event: 'pull_request', inputs: APPLY, files });
    expect(refused.code).toBe(1);
    expect(refused.outputs['failure-reason']).toBe('invalid');
    expect(annotations(refused.stdout, 'error')).toEqual([
      expect.stringContaining(
        '`dry-run: false` on a `pull_request` event would apply unmerged changes',
      ),
    ]);
    expect(w.emulator.requests).toEqual([]);
    expect(w.github.requests).toEqual([]);
    expect(w.emulator.snapshot()).toEqual([]);

    const allowed = await runAction(w, {
      event: 'pull_request',
      inputs: { ...APPLY, 'allow-apply-on-pr': 'true' },
      files,
    });
    expect(allowed.code).toBe(0);
    expect(w.emulator.snapshot().map((a) => a.name)).toEqual(['Marketing leaders']);
  });

  test('`command: export` writes the workspace as files into `path`', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders'), audience('HR managers in DACH')]);
    const result = await runAction(w, {
      event: 'workflow_dispatch',
      inputs: { command: 'export', path: 'exported' },
    });
    expect(result.code).toBe(0);
    const written = Object.keys(result.files).sort();
    expect(written).toEqual(['exported/hr-managers-in-dach.yml', 'exported/marketing-leaders.yml']);
    expect(result.files['exported/marketing-leaders.yml']).toContain('name: Marketing leaders');
    expect(result.summary).toContain('2 files written');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });
});
