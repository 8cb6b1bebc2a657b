/**
 * End to end, the drift issue: a scheduled or manual drift check with `drift-issue: true`
 * opens one issue per workspace when it finds drift, keeps that issue up to date, closes
 * it when the workspace matches the files again, and reopens it when drift comes back.
 */
import { describe, type TestContext, test } from 'vitest';
import { markerKey, parseDriftMarker } from '../../src/github/marker.js';
import {
  annotations,
  audience,
  emulatorWrites,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

const LABEL = 'audience-sync/drift';
const RUN_URL = 'https://github.example/acme/audiences/actions/runs/4242';
const FILES = {
  'audiences/a.yml': yamlFile(audience('Marketing leaders'), audience('HR managers in DACH')),
};
const CHECK = { 'drift-issue': 'true' };

async function world(context: TestContext) {
  const w = await testWorld(context);
  const [leaders, hr] = w.emulator.seed([
    audience('Marketing leaders'),
    audience('HR managers in DACH'),
  ]);
  return { w, leaders: String(leaders?.id), hr: String(hr?.id) };
}

function check(w: World, inputs: Record<string, string> = {}, runId?: string) {
  w.github.clearLog();
  return runAction(w, {
    event: 'schedule',
    inputs: { ...CHECK, ...inputs },
    files: FILES,
    ...(runId ? { runId } : {}),
  });
}

/** The comments of an issue, as text. */
function said(w: World, number: number): string[] {
  return w.github.comments(number).map((c) => c.body);
}

describe.concurrent('the drift issue', () => {
  test('is opened on drift, updated in place, closed on convergence, and reopened', async (context) => {
    const { expect } = context;
    const { w, leaders, hr } = await world(context);
    w.emulator.editByHand(leaders, { maxAge: 52 });

    const opened = await check(w);
    expect(opened.code).toBe(0);
    const [issue, ...others] = w.github.issues();
    expect(others).toEqual([]);
    if (!issue) throw new Error('no issue');
    expect(issue).toMatchObject({
      state: 'open',
      labels: [LABEL],
      title: 'Audience drift in workspace "Acme Marketing"',
      comments: 0,
    });
    expect(parseDriftMarker(issue.body)).toEqual({
      key: markerKey('ws-1', ['audiences']),
      fingerprint: opened.outputs['plan-fingerprint'],
    });
    expect(issue.body).toContain('**Drift in Acme Marketing (`ws-1`):** 1 audience in neuroflash');
    expect(issue.body).toContain('- ✏️ **Marketing leaders** (audiences/a.yml:1)');
    expect(issue.body).toContain('  - **maxAge:** the file wants 45, neuroflash has 52');
    expect(issue.body).toContain(`[workflow run](${RUN_URL})`);
    expect(opened.stdout).toContain(`Drift issue #${issue.number} created`);

    // The same drift again: the issue already says it; nothing is written.
    const same = await check(w);
    expect(same.code).toBe(0);
    expect(w.github.writes()).toEqual([]);
    expect(same.stdout).toContain(`Drift issue #${issue.number} unchanged`);

    // The drift changes: the description is edited, and one short comment says so.
    w.emulator.editByHand(hr, { interests: ['knitting'] });
    const changed = await check(w);
    expect(changed.code).toBe(0);
    expect(w.github.issues()).toHaveLength(1);
    const edited = w.github.issues()[0];
    expect(edited?.body).toContain('**HR managers in DACH**');
    expect(edited?.body).toContain('**maxAge:** the file wants 45, neuroflash has 52');
    expect(said(w, issue.number)).toEqual([
      `The drift changed as of ${RUN_URL}; the description shows it now.`,
    ]);
    expect(w.github.writes().map((r) => r.method)).toEqual(['PATCH', 'POST']);

    // Repaired by hand: the issue is closed with the run's link.
    w.emulator.editByHand(leaders, { maxAge: 45 });
    w.emulator.editByHand(hr, { interests: ['AI', 'content marketing'] });
    const converged = await check(w);
    expect(converged.code).toBe(0);
    expect(converged.outputs['has-changes']).toBe('false');
    expect(w.github.issues().map((i) => [i.number, i.state])).toEqual([[issue.number, 'closed']]);
    expect(said(w, issue.number).at(-1)).toBe(
      `The workspace matches the files again as of ${RUN_URL}.`,
    );

    const quiet = await check(w);
    expect(quiet.code).toBe(0);
    expect(w.github.writes()).toEqual([]);

    // Drift is back: the same issue is reopened rather than a new one opened.
    w.emulator.editByHand(leaders, { residence: 'Hamburg' });
    const back = await check(w);
    expect(back.code).toBe(0);
    const reopened = w.github.issues();
    expect(reopened.map((i) => [i.number, i.state])).toEqual([[issue.number, 'open']]);
    expect(reopened[0]?.body).toContain(
      '**residence:** the file wants "Berlin", neuroflash has "Hamburg"',
    );
    expect(said(w, issue.number).at(-1)).toBe(
      `The drift is back as of ${RUN_URL}; the description shows it now.`,
    );
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a later check that finds the same drift leaves the issue alone; changed drift edits it', async (context) => {
    const { expect } = context;
    const { w, leaders } = await world(context);
    w.emulator.editByHand(leaders, { maxAge: 52 });
    expect((await check(w, {}, '100')).code).toBe(0);
    const [issue] = w.github.issues();
    expect(issue?.body).toContain('/actions/runs/100)');

    const same = await check(w, {}, '101');
    expect(same.code).toBe(0);
    expect(w.github.writes()).toEqual([]);
    expect(same.stdout).toContain(`Drift issue #${issue?.number} unchanged`);
    expect(w.github.issues()[0]?.body).toBe(issue?.body);

    w.emulator.editByHand(leaders, { maxAge: 53 });
    const changed = await check(w, {}, '102');
    expect(changed.code).toBe(0);
    expect(w.github.writes().map((r) => r.method)).toEqual(['PATCH', 'POST']);
    expect(w.github.issues()[0]?.body).toContain('neuroflash has 53');
    expect(w.github.issues()[0]?.body).toContain('/actions/runs/102)');
  });

  test('`fail-on-drift` still decides the step; the issue is kept either way', async (context) => {
    const { expect } = context;
    const { w, leaders } = await world(context);
    w.emulator.editByHand(leaders, { maxAge: 52 });
    const result = await runAction(w, {
      event: 'workflow_dispatch',
      inputs: { ...CHECK, 'fail-on-drift': 'true' },
      files: FILES,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('drift');
    const [issue] = w.github.issues();
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain('**maxAge:** the file wants 45, neuroflash has 52');
    // The issue tells the drift, not the step's verdict on it.
    expect(issue?.body).not.toContain('failure-reason');
  });

  test('without `issues: write` it is a warning naming the permission, never a failure', async (context) => {
    const { expect } = context;
    const { w, leaders } = await world(context);
    w.emulator.editByHand(leaders, { maxAge: 52 });
    w.github.addFault({
      path: /\/issues$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await check(w);
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    const warnings = annotations(result.stdout, 'warning');
    expect(warnings).toEqual([expect.stringContaining('Could not update the drift issue')]);
    expect(warnings[0]).toContain('`issues: write`');
    expect(warnings[0]).toContain('Resource not accessible by integration');
    expect(w.github.issues()).toEqual([]);
  });

  test('is ignored, with a warning, outside the dry runs of drift checks', async (context) => {
    const { expect } = context;
    const { w, leaders } = await world(context);
    w.emulator.editByHand(leaders, { maxAge: 52 });
    const onPush = await runAction(w, { event: 'push', inputs: CHECK, files: FILES });
    expect(onPush.code).toBe(0);
    expect(annotations(onPush.stdout, 'warning')).toEqual([
      '::warning::input `drift-issue: true` is ignored on a `push` event: the drift issue is only kept by drift checks on `schedule` or `workflow_dispatch`',
    ]);
    const applying = await runAction(w, {
      event: 'schedule',
      inputs: { ...CHECK, 'dry-run': 'false' },
      files: FILES,
    });
    expect(applying.code).toBe(0);
    expect(annotations(applying.stdout, 'warning')).toEqual([
      '::warning::input `drift-issue: true` is ignored with `dry-run: false`: the drift issue is only kept by drift checks, which are dry runs',
    ]);
    expect(w.github.requests.filter((r) => r.path.includes('/issues'))).toEqual([]);
  });

  test('leaves alone a person’s issue with the same label', async (context) => {
    const { expect } = context;
    const { w, leaders } = await world(context);
    const created = await fetch(`${w.github.url}/repos/acme/audiences/issues`, {
      method: 'POST',
      headers: { authorization: `token ${w.github.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Is this drift?', body: 'Asking', labels: [LABEL] }),
    });
    expect(created.status).toBe(201);
    w.emulator.editByHand(leaders, { maxAge: 52 });
    await check(w);
    expect(w.github.issues().map((i) => [i.title, i.state])).toEqual([
      ['Is this drift?', 'open'],
      ['Audience drift in workspace "Acme Marketing"', 'open'],
    ]);

    w.emulator.editByHand(leaders, { maxAge: 45 });
    await check(w);
    expect(w.github.issues().map((i) => [i.title, i.state, i.comments])).toEqual([
      ['Is this drift?', 'open', 0],
      ['Audience drift in workspace "Acme Marketing"', 'closed', 1],
    ]);
  });
});
