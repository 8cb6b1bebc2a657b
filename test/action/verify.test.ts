/**
 * End to end, `verify-before-write`: an edit made in neuroflash after the run listed the
 * audiences and before it writes one is not overwritten. The edit is made by an
 * interceptor in front of the emulator at the moment the write path's first request for
 * that audience arrives, so it lands exactly between the list and the write.
 */
import { describe, type TestContext, test } from 'vitest';
import {
  annotations,
  audience,
  emulatorWrites,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';
import { startInterceptor } from './intercept.js';

const FILES = {
  'audiences/a.yml': yamlFile(
    audience('Marketing leaders', { maxAge: 50 }),
    audience('HR managers in DACH'),
  ),
};

/**
 * A world with "Marketing leaders" seeded, and an API URL whose first `method` request
 * for that audience is preceded by a hand edit of its residence.
 */
async function world(context: TestContext, method: 'GET' | 'PUT') {
  const w = await testWorld(context);
  const [seeded] = w.emulator.seed([audience('Marketing leaders')]);
  const id = String(seeded?.id);
  let edited = false;
  const proxy = await startInterceptor(w.emulator.origin, (request) => {
    if (!edited && request.method === method && request.url.endsWith(`/target-audiences/${id}`)) {
      edited = true;
      w.emulator.editByHand(id, { residence: 'Munich' });
    }
  });
  context.onTestFinished(() => proxy.close());
  return { w, id, apiUrl: `${proxy.url}/api`, wasEdited: () => edited };
}

function leaders(w: World) {
  const a = w.emulator.snapshot().find((x) => x.name === 'Marketing leaders');
  return { residence: a?.residence, maxAge: a?.maxAge };
}

describe.concurrent('verify-before-write', () => {
  test('an edit between the list and the write is not overwritten: a conflict, `apply-failed`', async (context) => {
    const { expect } = context;
    const { w, id, apiUrl, wasEdited } = await world(context, 'GET');
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', 'verify-before-write': 'true', 'api-url': apiUrl },
      files: FILES,
    });
    expect(wasEdited()).toBe(true);
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('apply-failed');
    // The hand edit stands; the create went ahead.
    expect(leaders(w)).toEqual({ residence: 'Munich', maxAge: 45 });
    expect(emulatorWrites(w.emulator).map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual(
      ['POST target-audiences'],
    );
    expect(emulatorWrites(w.emulator).some((r) => r.path.endsWith(id))).toBe(false);
    expect(annotations(result.stdout, 'error')).toEqual([
      '::error::1 change of 2 was skipped as a conflict: changed in neuroflash since the plan, so not overwritten; re-run to re-plan. Every other change was tried.%0A⚠ update Marketing leaders: changed in neuroflash since the plan; re-run to re-plan',
    ]);
    expect(result.summary).toContain(
      '| ✏️ | Marketing leaders | update: maxAge | ⚠️\u00a0conflict: changed in neuroflash since the plan; re-run to re-plan |',
    );
    expect(result.summary).toContain('1 applied, 1 skipped as a conflict.');
  });

  test('without it, the same edit is overwritten by the write', async (context) => {
    const { expect } = context;
    const { w, apiUrl, wasEdited } = await world(context, 'PUT');
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', 'api-url': apiUrl },
      files: FILES,
    });
    expect(wasEdited()).toBe(true);
    expect(result.code).toBe(0);
    // The PUT carried the listed residence back over the hand edit.
    expect(leaders(w)).toEqual({ residence: 'Berlin', maxAge: 50 });
  });

  test('is off by default: no audience is read again before its write', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    const [seeded] = w.emulator.seed([audience('Marketing leaders')]);
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false' },
      files: FILES,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('verify-before-write: false');
    const readsOfOne = w.emulator.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/target-audiences/${String(seeded?.id)}`),
    );
    expect(readsOfOne).toEqual([]);

    // Turned on, each update or delete is read once more, right before it is written.
    w.emulator.editByHand(String(seeded?.id), { maxAge: 30 });
    w.emulator.clearLog();
    const verified = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', 'verify-before-write': 'true' },
      files: FILES,
    });
    expect(verified.code).toBe(0);
    expect(
      w.emulator.requests
        .filter((r) => r.path.includes(`/target-audiences/${String(seeded?.id)}`))
        .map((r) => r.method),
    ).toEqual(['GET', 'PUT']);
  });
});
