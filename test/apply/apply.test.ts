import { describe, expect, it } from 'vitest';
import {
  ALREADY_DELETED,
  applyPlan,
  CHANGED_SINCE_PLAN,
  DELETED_SINCE_PLAN,
  GuardTrippedError,
} from '../../src/apply/index.js';
import type { ChangeResult, DesiredAudience, Plan, PlanOptions } from '../../src/model.js';
import { buildPlan } from '../../src/plan/index.js';
import { absent, baseProfile, desired, options, remote } from '../plan/factories.js';
import { apiError, FakeAudienceApi } from './fake-api.js';

/** Plans `files` against what the fake holds now: the way the engine does it. */
async function planFor(
  api: FakeAudienceApi,
  files: DesiredAudience[],
  opts: PlanOptions = options(),
  guardLiftedBy?: string,
): Promise<Plan> {
  const plan = buildPlan(
    files,
    await api.listAudiences(),
    opts,
    guardLiftedBy ? { guardLiftedBy } : {},
  );
  api.calls.length = 0;
  return plan;
}

function outcome(results: ChangeResult[]): string[] {
  return results.map(
    (r) =>
      `${r.change.kind} ${r.change.name}: ${r.status}${r.httpStatus ? ` ${r.httpStatus}` : ''}${r.error ? ` (${r.error})` : ''}`,
  );
}

describe('applyPlan', () => {
  it('converges the workspace to the files, so a second plan is empty', async () => {
    const api = new FakeAudienceApi([
      remote('Up', { country: 'US' }),
      remote('Old', {}, { id: 'o1' }),
      remote('Gone'),
      remote('Stray'),
    ]);
    const files = [
      desired('New'),
      desired('Up', { maxAge: 50 }, { omit: ['country'] }),
      desired('Renamed', {}, { previousNames: ['Old'] }),
      absent('Gone'),
    ];
    const plan = await planFor(api, files, options({ prune: true }));

    const result = await applyPlan(plan, api, { concurrency: 2 });

    expect(outcome(result.results)).toEqual([
      'rename Renamed: done',
      'update Up: done',
      'create New: done',
      'delete Gone: done',
      'delete Stray: done',
    ]);
    expect(result.ok).toBe(true);
    expect(result.results.map((r) => r.id)).toEqual([
      'o1',
      'id-Up',
      'new-1',
      'id-Gone',
      'id-Stray',
    ]);
    expect(api.profiles()).toEqual([
      { ...baseProfile(), name: 'New' },
      { ...baseProfile(), name: 'Renamed' },
      { ...baseProfile(), name: 'Up', maxAge: 50, country: 'US' },
    ]);
    const again = buildPlan(files, await api.listAudiences(), options({ prune: true }));
    expect(again.changes).toEqual([]);
  });

  it('returns an empty, ok result for an empty plan without calling the API', async () => {
    const api = new FakeAudienceApi([remote('Same')]);
    const plan = await planFor(api, [desired('Same')]);
    expect(await applyPlan(plan, api, { concurrency: 4 })).toEqual({ results: [], ok: true });
    expect(api.calls).toEqual([]);
  });
});

describe('concurrency', () => {
  const files = Array.from({ length: 10 }, (_, i) => desired(`A${String(i).padStart(2, '0')}`));

  it.each([1, 3, 4])(
    'keeps exactly %i writes in flight when there are more changes',
    async (limit) => {
      const api = new FakeAudienceApi();
      const plan = await planFor(api, files);
      const result = await applyPlan(plan, api, { concurrency: limit });
      expect(result.ok).toBe(true);
      expect(api.calledWith('create')).toHaveLength(10);
      expect(api.maxInFlight).toBe(limit);
    },
  );

  it('starts changes in plan order', async () => {
    const api = new FakeAudienceApi();
    const plan = await planFor(api, [...files].reverse());
    await applyPlan(plan, api, { concurrency: 3 });
    expect(api.calledWith('create')).toEqual(files.map((d) => d.name));
  });

  it('runs no more workers than changes', async () => {
    const api = new FakeAudienceApi();
    const plan = await planFor(api, files.slice(0, 2));
    await applyPlan(plan, api, { concurrency: 8 });
    expect(api.maxInFlight).toBe(2);
  });

  it('uses one pool for updates, creates and deletes, not one round per kind', async () => {
    const api = new FakeAudienceApi([
      remote('Up 1'),
      remote('Up 2'),
      remote('Gone 1'),
      remote('Gone 2'),
    ]);
    const plan = await planFor(api, [
      desired('Up 1', { maxAge: 50 }),
      desired('Up 2', { maxAge: 50 }),
      desired('New 1'),
      desired('New 2'),
      absent('Gone 1'),
      absent('Gone 2'),
    ]);
    await applyPlan(plan, api, { concurrency: 6 });
    expect(api.maxInFlight).toBe(6);
  });

  it('rejects a concurrency below 1 or not whole, before any call', async () => {
    const api = new FakeAudienceApi();
    const plan = await planFor(api, files);
    await expect(applyPlan(plan, api, { concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(applyPlan(plan, api, { concurrency: 1.5 })).rejects.toThrow(RangeError);
    expect(api.calls).toEqual([]);
  });
});

describe('renames', () => {
  it('all settle before any create starts, while updates and deletes need not wait', async () => {
    const api = new FakeAudienceApi([
      remote('Old 1'),
      remote('Old 2'),
      remote('Up 1'),
      remote('Up 2'),
      remote('Gone'),
    ]);
    const plan = await planFor(api, [
      desired('New 1', {}, { previousNames: ['Old 1'] }),
      desired('New 2', {}, { previousNames: ['Old 2'] }),
      desired('Up 1', { maxAge: 50 }),
      desired('Up 2', { maxAge: 50 }),
      desired('Created'),
      absent('Gone'),
    ]);
    expect(plan.counts.renames).toBe(2);

    const result = await applyPlan(plan, api, { concurrency: 4 });

    expect(result.ok).toBe(true);
    const renameIds = new Set(['id-Old 1', 'id-Old 2']);
    const renames = api.calls.filter((c) => renameIds.has(c.target));
    const creates = api.calls.filter((c) => c.method === 'create');
    const updates = api.calls.filter((c) => c.method === 'update' && !renameIds.has(c.target));
    expect(renames).toHaveLength(2);
    expect(creates).toHaveLength(1);
    const lastRenameEnd = Math.max(...renames.map((c) => c.end ?? Number.POSITIVE_INFINITY));
    expect(lastRenameEnd).toBeLessThan(Math.min(...creates.map((c) => c.start)));
    // The two updates ran beside the renames: no barrier for them.
    expect(Math.min(...updates.map((c) => c.start))).toBeLessThan(lastRenameEnd);
  });

  it('release the creates even when a rename fails', async () => {
    const api = new FakeAudienceApi([remote('Old', {}, { id: 'o1' })]);
    api.failOn('update', 'o1', apiError('PUT', '/x/o1', 500, 'boom'));
    const plan = await planFor(api, [
      desired('New', {}, { previousNames: ['Old'] }),
      desired('Created'),
    ]);
    const result = await applyPlan(plan, api, { concurrency: 2 });
    expect(outcome(result.results)).toEqual([
      'rename New: failed 500 (boom)',
      'create Created: done',
    ]);
  });

  it('still run the other changes when a rename fails', async () => {
    const api = new FakeAudienceApi([remote('Old', {}, { id: 'o1' }), remote('Up')]);
    api.failOn('update', 'o1', apiError('PUT', '/x/o1', 409, 'name already taken'));
    const plan = await planFor(api, [
      desired('New', {}, { previousNames: ['Old'] }),
      desired('Up', { maxAge: 50 }),
    ]);
    const result = await applyPlan(plan, api, { concurrency: 2 });
    expect(outcome(result.results)).toEqual([
      'rename New: failed 409 (name already taken)',
      'update Up: done',
    ]);
  });
});

describe('failures', () => {
  it('tries every change, and reports each in plan order with the API message and status', async () => {
    const api = new FakeAudienceApi([
      remote('A up'),
      remote('B up', {}, { canUpdate: false }),
      remote('Gone'),
    ]);
    const plan = await planFor(api, [
      desired('A up', { maxAge: 50 }),
      desired('C new'),
      desired('D new'),
      desired('E new'),
      absent('Gone'),
    ]);
    // The planner would block B; a plan made before the owner changed would not.
    const stale: Plan = {
      ...plan,
      changes: [
        ...plan.changes.slice(0, 1),
        {
          kind: 'update',
          name: 'B up',
          id: 'id-B up',
          fieldChanges: [{ field: 'maxAge', before: 45, after: 50 }],
          body: { ...baseProfile(), name: 'B up', maxAge: 50 },
        },
        ...plan.changes.slice(1),
      ],
    };
    api.failOn(
      'create',
      'C new',
      apiError('POST', '/x', 403, 'Target audience limit reached for this workspace'),
    );
    api.failOn('create', 'D new', apiError('POST', '/x', 500));
    api.failOn('create', 'E new', new TypeError('fetch failed'));

    const result = await applyPlan(stale, api, { concurrency: 2 });

    expect(outcome(result.results)).toEqual([
      'update A up: done',
      'update B up: failed 403 (not the owner)',
      'create C new: failed 403 (Target audience limit reached for this workspace)',
      'create D new: failed 500 (POST /x → 500)',
      'create E new: failed (fetch failed)',
      'delete Gone: done',
    ]);
    expect(result.ok).toBe(false);
    expect(api.calledWith('create')).toEqual(['C new', 'D new', 'E new']);
    expect(api.calledWith('update')).toEqual(['id-A up', 'id-B up']);
    expect(api.calledWith('delete')).toEqual(['id-Gone']);
  });

  it('is not ok when only the last change succeeds', async () => {
    const api = new FakeAudienceApi();
    api.failOn('create', 'A', apiError('POST', '/x', 400, 'must be between 3 and 100 characters'));
    const plan = await planFor(api, [desired('A'), desired('B')]);
    const result = await applyPlan(plan, api, { concurrency: 1 });
    expect(result.results.map((r) => r.status)).toEqual(['failed', 'done']);
    expect(result.ok).toBe(false);
  });

  it('counts a delete that finds the audience already gone as done, with a note', async () => {
    const api = new FakeAudienceApi([remote('Gone', {}, { id: 'g1' })]);
    const plan = await planFor(api, [absent('Gone')]);
    api.removeByHand('g1');
    const result = await applyPlan(plan, api, { concurrency: 1 });
    expect(result.results).toEqual([
      {
        change: plan.changes[0],
        status: 'done',
        error: ALREADY_DELETED,
        httpStatus: 404,
        id: 'g1',
      },
    ]);
    expect(result.ok).toBe(true);
  });

  it('fails an update whose audience is gone', async () => {
    const api = new FakeAudienceApi([remote('Up', {}, { id: 'u1' })]);
    const plan = await planFor(api, [desired('Up', { maxAge: 50 })]);
    api.removeByHand('u1');
    const result = await applyPlan(plan, api, { concurrency: 1 });
    expect(outcome(result.results)).toEqual(['update Up: failed 404 (not found)']);
  });
});

describe('verifyBeforeWrite', () => {
  async function setup() {
    const api = new FakeAudienceApi([
      remote('Up', {}, { id: 'u1' }),
      remote('Old', {}, { id: 'o1' }),
      remote('Gone', {}, { id: 'g1' }),
    ]);
    const plan = await planFor(api, [
      desired('Up', { maxAge: 50 }),
      desired('New', {}, { previousNames: ['Old'] }),
      absent('Gone'),
    ]);
    return { api, plan };
  }

  it('re-reads each audience and writes it when nothing changed since the plan', async () => {
    const { api, plan } = await setup();
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(outcome(result.results)).toEqual([
      'rename New: done',
      'update Up: done',
      'delete Gone: done',
    ]);
    expect(api.calls.map((c) => `${c.method} ${c.target}`)).toEqual([
      'get o1',
      'update o1',
      'get u1',
      'update u1',
      'get g1',
      'delete g1',
    ]);
  });

  it('does not re-read without the option', async () => {
    const { api, plan } = await setup();
    await applyPlan(plan, api, { concurrency: 1 });
    expect(api.calledWith('get')).toEqual([]);
  });

  it('skips an audience edited since the plan as a conflict, and writes the rest', async () => {
    const { api, plan } = await setup();
    api.editByHand('u1', { residence: 'Hamburg' });
    api.editByHand('g1', { shared: false });

    const result = await applyPlan(plan, api, { concurrency: 2, verifyBeforeWrite: true });

    expect(outcome(result.results)).toEqual([
      'rename New: done',
      `update Up: conflict (${CHANGED_SINCE_PLAN})`,
      `delete Gone: conflict (${CHANGED_SINCE_PLAN})`,
    ]);
    expect(api.calledWith('update')).toEqual(['o1']);
    expect(api.calledWith('delete')).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('sees a changed field even when the timestamp did not move', async () => {
    const { api, plan } = await setup();
    api.editByHand('u1', { maxAge: 47 }, { touch: false });
    api.editByHand('o1', { name: 'Old2' }, { touch: false });
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(outcome(result.results)).toEqual([
      `rename New: conflict (${CHANGED_SINCE_PLAN})`,
      `update Up: conflict (${CHANGED_SINCE_PLAN})`,
      'delete Gone: done',
    ]);
    expect(api.calledWith('update')).toEqual([]);
  });

  it('lets an edit to an unplanned field through when the timestamp did not move', async () => {
    const { api, plan } = await setup();
    api.editByHand('u1', { residence: 'Hamburg' }, { touch: false });
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(result.results.map((r) => r.status)).toEqual(['done', 'done', 'done']);
  });

  it('reports an update whose audience was deleted since the plan as a conflict', async () => {
    const { api, plan } = await setup();
    api.removeByHand('u1');
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(outcome(result.results)).toEqual([
      'rename New: done',
      `update Up: conflict 404 (${DELETED_SINCE_PLAN})`,
      'delete Gone: done',
    ]);
    expect(api.calledWith('update')).toEqual(['o1']);
  });

  it('counts a delete whose audience is already gone as done', async () => {
    const { api, plan } = await setup();
    api.removeByHand('g1');
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(result.results[2]).toMatchObject({ status: 'done', error: ALREADY_DELETED });
    expect(api.calledWith('delete')).toEqual([]);
  });

  it('fails a change whose re-read fails, without writing it', async () => {
    const { api, plan } = await setup();
    api.failOn('get', 'u1', apiError('GET', '/x/u1', 503, 'maintenance'));
    const result = await applyPlan(plan, api, { concurrency: 1, verifyBeforeWrite: true });
    expect(outcome(result.results)[1]).toBe('update Up: failed 503 (maintenance)');
    expect(api.calledWith('update')).toEqual(['o1']);
  });
});

describe('the delete guard', () => {
  const world = () => [remote('S1'), remote('S2'), remote('S3')];

  it('refuses a tripped plan before any call', async () => {
    const api = new FakeAudienceApi(world());
    const plan = await planFor(api, [], options({ prune: true, maxDeletes: 2 }));
    expect(plan.guard.tripped).toBe(true);
    await expect(applyPlan(plan, api, { concurrency: 4 })).rejects.toThrow(GuardTrippedError);
    await expect(applyPlan(plan, api, { concurrency: 4 })).rejects.toThrow(
      'the plan deletes 3 audiences, more than max-deletes (2)',
    );
    expect(api.calls).toEqual([]);
  });

  it('refuses a plan whose guard verdict was cleared by hand', async () => {
    const api = new FakeAudienceApi(world());
    const plan = await planFor(api, [], options({ prune: true, maxDeletes: 2 }));
    const tampered: Plan = { ...plan, guard: { ...plan.guard, tripped: false } };
    await expect(applyPlan(tampered, api, { concurrency: 4 })).rejects.toThrow(GuardTrippedError);
    expect(api.calls).toEqual([]);
  });

  it('applies a plan whose guard was lifted', async () => {
    const api = new FakeAudienceApi(world());
    const plan = await planFor(api, [], options({ prune: true, maxDeletes: 2 }), 'label on #7');
    const result = await applyPlan(plan, api, { concurrency: 4 });
    expect(result.ok).toBe(true);
    expect(api.calledWith('delete')).toEqual(['id-S1', 'id-S2', 'id-S3']);
  });
});

describe('progress', () => {
  it('reports each finished change with the running count and the total', async () => {
    const api = new FakeAudienceApi();
    api.failOn('create', 'B', apiError('POST', '/x', 400, 'bad'));
    const plan = await planFor(api, [desired('A'), desired('B'), desired('C')]);
    const seen: string[] = [];
    await applyPlan(plan, api, {
      concurrency: 1,
      onProgress: (done, total, r) => seen.push(`${done}/${total} ${r.change.name} ${r.status}`),
    });
    expect(seen).toEqual(['1/3 A done', '2/3 B failed', '3/3 C done']);
  });

  it('goes on writing when the progress callback throws', async () => {
    const api = new FakeAudienceApi();
    const plan = await planFor(api, [desired('A'), desired('B')]);
    const result = await applyPlan(plan, api, {
      concurrency: 1,
      onProgress: () => {
        throw new Error('display broke');
      },
    });
    expect(result.ok).toBe(true);
    expect(api.calledWith('create')).toEqual(['A', 'B']);
  });
});
