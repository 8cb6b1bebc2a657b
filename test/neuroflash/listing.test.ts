import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/neuroflash/api.js';
import type { ListEnvelope } from '../emulator/types.js';
import type { Harness } from './helpers.js';
import { AUDIENCES_PATH, harness, listRequests, rejection } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function names(count: number, prefix = 'Audience'): { name: string }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i + 1}` }));
}

describe('listAudiences: paging', () => {
  const pageQueries: Record<ListEnvelope, Record<string, string>[]> = {
    data: [{ size: '200' }, ...[2, 3, 4, 5].map((p) => ({ size: '200', page: String(p) }))],
    hal: [{ size: '200' }, ...[1, 2, 3, 4].map((p) => ({ size: '200', page: String(p) }))],
    array: [{ size: '200' }, ...[2, 3, 4, 5].map((p) => ({ size: '200', page: String(p) }))],
  };

  for (const envelope of ['data', 'hal', 'array'] as const) {
    it(`reads 450 audiences in pages of 100 in the ${envelope} envelope with 5 requests`, async () => {
      h = await harness({ envelope, maxPageSize: 100 });
      const seeded = h.emulator.seed(names(450));

      const list = await h.client.audiences('ws-1').listAudiences();

      expect(list).toHaveLength(450);
      expect(new Set(list.map((a) => a.id))).toEqual(new Set(seeded.map((a) => a.id)));
      const requests = listRequests(h.emulator.requests);
      expect(requests).toHaveLength(5);
      // The first page without a page number; then the pages the first answer implied.
      expect(requests.map((r) => r.query).sort(byPage)).toEqual(pageQueries[envelope]);
      expect(requests.every((r) => r.status === 200)).toBe(true);
    });
  }

  it('reads the remaining pages in parallel, never more than pageConcurrency at once', async () => {
    h = await harness({ maxPageSize: 10 }, { pageConcurrency: 3 });
    h.emulator.seed(names(100));
    h.emulator.setLatency(40);

    const list = await h.client.audiences('ws-1').listAudiences();

    expect(list).toHaveLength(100);
    expect(listRequests(h.emulator.requests)).toHaveLength(10);
    expect(h.emulator.maxConcurrency((e) => e.path === AUDIENCES_PATH)).toBe(3);
  });

  for (const envelope of ['data', 'hal', 'array'] as const) {
    it(`returns an empty list for an empty workspace in the ${envelope} envelope`, async () => {
      h = await harness({ envelope });
      await expect(h.client.audiences('ws-1').listAudiences()).resolves.toEqual([]);
      expect(listRequests(h.emulator.requests)).toHaveLength(1);
    });
  }

  for (const envelope of ['array', 'data', 'hal'] as const) {
    it(`fails when a server that ignores \`page\` repeats page 1 without totals (${envelope} envelope)`, async () => {
      h = await harness({ envelope, maxPageSize: 100 });
      h.emulator.seed(names(150));
      const firstPage = h.emulator.snapshot().slice(0, 100);
      // No totals: only the repeat itself can tell that the list goes on.
      const body =
        envelope === 'array'
          ? firstPage
          : envelope === 'data'
            ? { data: firstPage }
            : { _embedded: { targetAudiences: firstPage } };
      h.emulator.addFault({
        method: 'GET',
        path: AUDIENCES_PATH,
        action: { kind: 'status', status: 200, body },
      });

      const error = await rejection(h.client.audiences('ws-1').listAudiences());

      expect(error).toBeInstanceOf(ApiError);
      // HAL numbers pages from 0: its second page is page 1.
      const second = envelope === 'hal' ? 1 : 2;
      expect((error as ApiError).message).toBe(
        `GET /audience-service/v1/workspaces/ws-1/target-audiences → the API answered page ${second} with items already read (it may ignore the page parameter), so only 100 distinct items could be read; refusing to use a list that may be incomplete`,
      );
      expect(listRequests(h.emulator.requests)).toHaveLength(2);
    });
  }

  it('fails when a server that ignores `page` repeats page 1 with totalPages but no totalElements', async () => {
    h = await harness({ envelope: 'data', maxPageSize: 100 });
    h.emulator.seed(names(250));
    const firstPage = h.emulator.snapshot().slice(0, 100);
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      action: {
        kind: 'status',
        status: 200,
        body: { data: firstPage, page: { size: 100, totalPages: 3, currentPage: 1 } },
      },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → the API answered page 2 with items already read (it may ignore the page parameter), so only 100 distinct items could be read; refusing to use a list that may be incomplete',
    );
  });

  it('fails, without looping, when a server that ignores `page` reports more than it returns', async () => {
    h = await harness({ envelope: 'data', maxPageSize: 100 });
    h.emulator.seed(names(450));
    const firstPage = h.emulator.snapshot().slice(0, 100);
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      after: 1,
      action: {
        kind: 'status',
        status: 200,
        body: {
          data: firstPage,
          page: { size: 100, totalElements: 450, totalPages: 5, currentPage: 1 },
        },
      },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → the API answered page 2 with items already read (it may ignore the page parameter), so only 100 distinct items of the 450 it reports could be read; refusing to use a list that may be incomplete',
    );
    expect(listRequests(h.emulator.requests)).toHaveLength(5);
  });

  it('fails as a whole when one page fails for good', async () => {
    // One page at a time, so that the fault lands on every try of page 3 and only there.
    const retry = { maxAttempts: 3, baseDelayMs: 1 };
    h = await harness({ maxPageSize: 100 }, { retry, pageConcurrency: 1 });
    h.emulator.seed(names(450));
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      after: 2,
      times: 3,
      action: { kind: 'status', status: 503 },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toEqual({
      method: 'GET',
      path: '/audience-service/v1/workspaces/ws-1/target-audiences',
      status: 503,
      apiMessage: 'Service unavailable',
      code: 'SERVICE_UNAVAILABLE',
      attempts: 3,
    });
    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → 503: Service unavailable (after 3 tries)',
    );
    // Nothing after the failed page: the list is abandoned, not returned in part.
    expect(listRequests(h.emulator.requests).map((r) => `${r.query.page} ${r.status}`)).toEqual([
      'undefined 200',
      '2 200',
      '3 503',
      '3 503',
      '3 503',
    ]);
  });
});

describe('listAudiences: items', () => {
  it('maps permissions from either shape and keeps each item exactly as received', async () => {
    h = await harness();
    const [mine, theirs] = h.emulator.seed([
      { name: 'Mine' },
      { name: 'Theirs', createdByUserId: '00000000-0000-4000-8000-000000000001' },
    ]);

    const list = await h.client.audiences('ws-1').listAudiences();

    expect(list.map((a) => ({ id: a.id, name: a.name, permissions: a.permissions }))).toEqual([
      { id: mine?.id, name: 'Mine', permissions: { canUpdate: true, canDelete: true } },
      { id: theirs?.id, name: 'Theirs', permissions: { canUpdate: false, canDelete: false } },
    ]);
    expect(list.map((a) => a.raw)).toEqual(h.emulator.snapshot());
    expect(list.map((a) => a.updatedAt)).toEqual(h.emulator.snapshot().map((a) => a.updatedAt));
  });

  it('reads newPermissions when permissions is absent', async () => {
    h = await harness();
    const [seeded] = h.emulator.seed([
      { name: 'Theirs', createdByUserId: '00000000-0000-4000-8000-000000000001' },
    ]);
    const { permissions: _dropped, ...withoutOld } = seeded as Record<string, unknown>;
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'status', status: 200, body: [withoutOld] },
    });

    const [audience] = await h.client.audiences('ws-1').listAudiences();

    expect(audience?.permissions).toEqual({ canUpdate: false, canDelete: false });
    expect(audience?.raw).toEqual(withoutOld);
  });

  it('fails on a list response in no known envelope instead of reading it as empty', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'GET',
      path: AUDIENCES_PATH,
      action: { kind: 'status', status: 200, body: { items: [] } },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → 200: the list response has no "data" array, no "_embedded.targetAudiences" array and is not an array',
    );
  });
});

function byPage(a: Record<string, string>, b: Record<string, string>): number {
  return Number(a.page ?? -1) - Number(b.page ?? -1);
}
