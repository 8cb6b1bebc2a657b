import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/neuroflash/api.js';
import type { Harness } from './helpers.js';
import { AUDIENCES_PATH, harness, profile, rejection, wire } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LIST = '/api/audience-service/v1/workspaces/ws-1/target-audiences';

function named(name: string): Record<string, unknown>[] {
  return h?.emulator.snapshot().filter((a) => a.name === name) ?? [];
}

describe('createAudience never creates twice', () => {
  it('after commit-then-drop, finds the audience the lost answer made and returns it', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'commit-then-drop' },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Marketing leaders'));

    const stored = named('Marketing leaders');
    expect(stored).toHaveLength(1);
    expect(created.id).toBe(stored[0]?.id);
    expect(created.raw).toEqual(stored[0]);
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `POST ${LIST} → 0`,
      `GET ${LIST}?size=200 → 200`,
    ]);
    expect(h.logs).toContain(
      `info: create of "Marketing leaders": the lost request did create it (id ${created.id}); not creating it again`,
    );
  });

  it('after a 503 that did nothing, looks first, then creates exactly once', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'status', status: 503 },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Marketing leaders'));

    expect(named('Marketing leaders').map((a) => a.id)).toEqual([created.id]);
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `POST ${LIST} → 503`,
      `GET ${LIST}?size=200 → 200`,
      `POST ${LIST} → 201`,
    ]);
  });

  it('after a dropped connection that did nothing, looks first, then creates exactly once', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'drop' },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Dropped'));

    expect(named('Dropped').map((a) => a.id)).toEqual([created.id]);
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `POST ${LIST} → 0`,
      `GET ${LIST}?size=200 → 200`,
      `POST ${LIST} → 201`,
    ]);
  });

  it('looks once more when the last try was lost, and returns what it made', async () => {
    h = await harness({}, { retry: { maxAttempts: 1 } });
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'commit-then-drop' },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Last try'));

    expect(named('Last try').map((a) => a.id)).toEqual([created.id]);
  });

  it('returns the newest of several audiences with the name', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    h = await harness({ now: () => clock });
    h.emulator.seed([{ name: 'Twin' }, { name: 'Twin' }]);
    clock += 60_000;
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'commit-then-drop' },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Twin'));

    const twins = named('Twin');
    expect(twins).toHaveLength(3);
    expect(created.id).toBe(twins[2]?.id);
    expect(created.raw.createdAt).toBe('2025-01-01T00:01:00Z');
  });

  it('does not retry when the lookup itself fails, and says why', async () => {
    h = await harness({}, { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    h.emulator.addFault({ method: 'POST', path: AUDIENCES_PATH, action: { kind: 'drop' } });
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      action: { kind: 'status', status: 500 },
    });

    const error = await rejection(h.client.audiences('ws-1').createAudience(profile('Unsure')));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'POST /audience-service/v1/workspaces/ws-1/target-audiences → no response (UND_ERR_SOCKET); could not check whether it took effect, so it was not retried: GET /audience-service/v1/workspaces/ws-1/target-audiences → 500: Internal server error (after 2 tries)',
    );
    expect((error as ApiError).cause).toBeInstanceOf(ApiError);
    expect(
      h.emulator.requests.filter((r) => r.method === 'POST' && r.path === AUDIENCES_PATH),
    ).toHaveLength(1);
  });
});
