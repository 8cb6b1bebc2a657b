/**
 * Cancellation and the time budget, through the real client against the emulator: once
 * the apply's signal fires no change starts; a hung or very slow API ends at the run's
 * deadline with `TimeBudgetError`, and no request or retry wait goes past it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, NOT_STARTED_CANCELLED } from '../../src/apply/index.js';
import type { ChangeResult } from '../../src/model.js';
import { CancelledError, TimeBudgetError } from '../../src/neuroflash/api.js';
import { buildPlan } from '../../src/plan/index.js';
import { AUDIENCES_PATH, type Harness, harness, rejection } from '../neuroflash/helpers.js';
import { desired, options } from '../plan/factories.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const files = [desired('Alpha'), desired('Beta'), desired('Gamma')];
const posts = (world: Harness) =>
  world.emulator.requests.filter((r) => r.method === 'POST' && r.path === AUDIENCES_PATH);

function outcome(results: ChangeResult[]): string[] {
  return results.map((r) => `${r.change.name}: ${r.status}${r.error ? ` (${r.error})` : ''}`);
}

async function planNow(world: Harness) {
  const audiences = world.client.audiences('ws-1');
  return { audiences, plan: buildPlan(files, await audiences.listAudiences(), options()) };
}

describe('ApplyOptions.signal', () => {
  it('starts no change once cancelled, reports the rest as not started, and a re-run converges', async () => {
    h = await harness();
    const { audiences, plan } = await planNow(h);
    const controller = new AbortController();
    const result = await applyPlan(plan, audiences, {
      concurrency: 1,
      signal: controller.signal,
      // The signal fires as the first write is recorded, as a SIGINT would.
      onProgress: () => controller.abort(),
    });

    expect(result.cancelled).toBe(true);
    expect(result.ok).toBe(false);
    expect(outcome(result.results)).toEqual([
      'Alpha: done',
      `Beta: skipped (${NOT_STARTED_CANCELLED})`,
      `Gamma: skipped (${NOT_STARTED_CANCELLED})`,
    ]);
    expect(posts(h)).toHaveLength(1);

    const rerun = await planNow(h);
    expect(rerun.plan.changes.map((c) => `${c.kind} ${c.name}`)).toEqual([
      'create Beta',
      'create Gamma',
    ]);
    expect((await applyPlan(rerun.plan, rerun.audiences, { concurrency: 2 })).ok).toBe(true);
    const names = h.emulator.snapshot().map((a) => a.name);
    expect(names.sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('is not cancelled when the signal never fires', async () => {
    h = await harness();
    const { audiences, plan } = await planNow(h);
    const result = await applyPlan(plan, audiences, {
      concurrency: 2,
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.cancelled).toBeUndefined();
  });
});

describe('the client deadline', () => {
  it('ends a hung API at the deadline: the write in flight fails with the budget, none other is sent', async () => {
    h = await harness({}, { deadline: Date.now() + 1_500, budgetLabel: 'the test budget' });
    const { plan } = await planNow(h);
    h.emulator.addFault({
      method: 'POST',
      path: 'target-audiences',
      action: { kind: 'latency', ms: 600_000 },
    });

    const result = await applyPlan(plan, h.client.audiences('ws-1'), { concurrency: 1 });

    expect(result.ok).toBe(false);
    const [first, ...rest] = result.results;
    expect(first?.status).toBe('failed');
    expect(first?.error).toMatch(
      /^POST .* → cut in flight, .*: the time budget of the test budget ran out$/,
    );
    for (const r of rest) {
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(/→ not sent: the time budget of the test budget ran out$/);
    }
    expect(posts(h)).toHaveLength(1);
  });

  it('never sleeps a retry wait past the deadline', async () => {
    h = await harness({}, { deadline: Date.now() + 5_000, retry: { maxTotalWaitMs: 600_000 } });
    h.emulator.addFault({
      method: 'POST',
      path: 'target-audiences',
      action: { kind: 'status', status: 503, retryAfter: 120 },
    });
    const error = await rejection(
      h.client.audiences('ws-1').createAudience({
        name: 'Slow',
        residence: 'Berlin',
        minAge: 25,
        maxAge: 45,
        genderDistribution: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 },
        interests: ['AI'],
        needs: ['n'],
        painPoints: ['p'],
      }),
    );
    expect(error).toBeInstanceOf(TimeBudgetError);
    expect((error as Error).message).toMatch(/time budget ran out; the last try failed: .*503/);
    // One try, no retry: the 120 s the server asked for end past the budget.
    expect(posts(h)).toHaveLength(1);
    expect(h.retries).toEqual([]);
  });

  it('fails a call at once when the deadline has passed, sending nothing', async () => {
    h = await harness({}, { deadline: Date.now() - 1 });
    const error = await rejection(h.client.listWorkspaces());
    expect(error).toBeInstanceOf(TimeBudgetError);
    expect(h.emulator.requests).toEqual([]);
  });
});

describe('the client signal', () => {
  it('cuts a request in flight when it fires', async () => {
    const controller = new AbortController();
    h = await harness({}, { signal: controller.signal });
    await h.client.listWorkspaces();
    h.emulator.addFault({ method: 'GET', action: { kind: 'latency', ms: 600_000 } });
    const pending = rejection(h.client.audiences('ws-1').listAudiences());
    while (!h.emulator.requests.some((r) => r.path === AUDIENCES_PATH)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as Error).message).toMatch(/→ stopped: the run was cancelled$/);
    expect(await rejection(h.client.listWorkspaces())).toBeInstanceOf(CancelledError);
  });

  it('cuts a retry wait when it fires', async () => {
    const controller = new AbortController();
    let waiting: (() => void) | undefined;
    const started = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    // A wait that never ends by itself: only the signal can end it.
    h = await harness(
      {},
      {
        signal: controller.signal,
        sleep: () => {
          waiting?.();
          return new Promise<void>(() => {});
        },
      },
    );
    await h.client.listWorkspaces();
    h.emulator.addFault({
      method: 'GET',
      action: { kind: 'status', status: 503, retryAfter: 1 },
    });
    const pending = rejection(h.client.audiences('ws-1').listAudiences());
    await started;
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as Error).message).toMatch(/the run was cancelled/);
    // One try, then the wait that the cancel cut: no second request.
    expect(h.emulator.requests.filter((r) => r.path === AUDIENCES_PATH)).toHaveLength(1);
  });
});
