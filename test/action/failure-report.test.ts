/**
 * End to end, what a failed run reports: a run that failed before it could plan says so
 * (not "validated: no problems"), and an unforeseen error, which has no failure reason,
 * still shows in the job summary with its message.
 */
import { describe, type TestContext, test } from 'vitest';
import { audience, HEAD_SHA, runAction, testWorld, type World, yamlFile } from './harness.js';

const FILES = { 'audiences/a.yml': yamlFile(audience('Marketing leaders', { maxAge: 50 })) };

async function world(context: TestContext): Promise<World> {
  const w = await testWorld(context);
  w.emulator.seed([audience('Marketing leaders')]);
  return w;
}

describe.concurrent('a failed run’s report', () => {
  test('after an auth failure the comment and the summary say no plan was made', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
    const result = await runAction(w, {
      event: 'pull_request',
      inputs: { 'client-secret': 'not-the-secret' },
      files: FILES,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('auth');
    const comment = w.github.comments(7)[0]?.body ?? '';
    for (const text of [comment, result.summary]) {
      expect(text).toContain('The run stopped before it could plan.');
      expect(text).toContain('**neuroflash refused the credentials** (failure-reason `auth`)');
      expect(text).toContain('Read 1 file (1 audience) from `audiences`.');
      expect(text).toContain('failed at commit `a1b2c3d`');
      expect(text).not.toContain('Validated');
      expect(text).not.toContain('validated at commit');
    }
    expect(
      result.summary.startsWith('### ❌ neuroflash refused the credentials · audience-sync'),
    ).toBe(true);
  });

  test('after an API failure the headline names the workspace it could not plan', async (context) => {
    const { expect } = context;
    const w = await world(context);
    w.emulator.addFault({
      method: 'GET',
      path: 'target-audiences',
      action: { kind: 'status', status: 500, retryAfter: 0 },
    });
    const result = await runAction(w, { event: 'schedule', files: FILES });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('api');
    expect(result.summary.split('\n')[0]).toBe(
      '### ❌ The neuroflash API failed · audience-sync · Acme Marketing · `audiences`',
    );
    expect(result.summary).toContain('**The neuroflash API failed** (failure-reason `api`)');
  });

  test('an export onto a file fails with no reason, and the summary shows the error', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'workflow_dispatch',
      inputs: { command: 'export', path: 'audiences' },
      files: { audiences: 'not a folder' },
    });
    expect(result.code).toBe(1);
    // docs/action.md lists the reasons; an unforeseen error is none of them.
    expect(result.outputs['failure-reason']).toBe('');
    expect(result.summary).toBe(
      '### ❌ Export failed · audience-sync · Acme Marketing · `audiences`\n\n**Export of Acme Marketing failed**: audiences is a file, not a folder: export writes one file per audience into a folder, so give a folder (or a path that does not exist yet)\n',
    );
    expect(result.summary).not.toContain('Validated');
    expect(result.files.audiences).toBe('not a folder');
  });
});
