/**
 * The paging algorithm against scripted pages: shapes the emulator does not produce
 * (next links without totals, a list that changes mid-read) are reached through the
 * `fetchPage` seam, while the algorithm itself runs for real.
 */
import { describe, expect, it } from 'vitest';
import { resolveNextLink } from '../../src/neuroflash/context.js';
import type { ListPage, PageRequest } from '../../src/neuroflash/pagination.js';
import { parseListPage, readAllPages } from '../../src/neuroflash/pagination.js';

type Item = { id: string };
const items = (from: number, to: number): Item[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: `a${from + i}` }));

function reader(script: (request: PageRequest, call: number) => ListPage<Item>) {
  const requests: PageRequest[] = [];
  const logs: string[] = [];
  const read = () =>
    readAllPages<Item>({
      fetchPage: async (request) => {
        requests.push(request);
        return script(request, requests.length);
      },
      idOf: (item) => item.id,
      concurrency: 2,
      log: { debug: (msg) => logs.push(msg) },
      describe: 'GET /list',
      fail: (message) => new Error(message),
    });
  return { read, requests, logs };
}

describe('parseListPage', () => {
  it('reads the data envelope', () => {
    expect(
      parseListPage(
        { data: [1], page: { size: 20, totalElements: 42, totalPages: 3, currentPage: 1 } },
        'x',
      ),
    ).toEqual({
      items: [1],
      number: 1,
      size: 20,
      totalElements: 42,
      totalPages: 3,
      defaultBase: 1,
      envelope: 'data',
    });
  });

  it('reads the HAL envelope, its 0-based number and its next link', () => {
    const body = {
      _embedded: { targetAudiences: [1, 2] },
      page: { size: 2, totalElements: 5, totalPages: 3, number: 0 },
      _links: { next: { href: '/next' } },
    };
    expect(parseListPage(body, 'targetAudiences')).toEqual({
      items: [1, 2],
      number: 0,
      size: 2,
      totalElements: 5,
      totalPages: 3,
      next: '/next',
      defaultBase: 0,
      envelope: 'hal',
    });
  });

  it('reads a bare array, a HAL page without _embedded when empty, and Spring content', () => {
    expect(parseListPage([1, 2], 'x')).toEqual({
      items: [1, 2],
      defaultBase: 1,
      envelope: 'array',
    });
    expect(
      parseListPage({ page: { size: 20, totalElements: 0, totalPages: 0, number: 0 } }, 'x'),
    ).toEqual({
      items: [],
      size: 20,
      totalElements: 0,
      totalPages: 0,
      number: 0,
      defaultBase: 0,
      envelope: 'hal',
    });
    expect(parseListPage({ content: [3], number: 0, totalPages: 1 }, 'x')).toEqual({
      items: [3],
      number: 0,
      totalPages: 1,
      defaultBase: 0,
      envelope: 'content',
    });
  });

  it('refuses shapes it cannot read rather than calling them empty', () => {
    expect(() => parseListPage({ items: [] }, 'targetAudiences')).toThrow(
      'the list response has no "data" array, no "_embedded.targetAudiences" array and is not an array',
    );
    expect(() => parseListPage({ page: { totalElements: 3 } }, 'x')).toThrow();
    expect(() => parseListPage('nope', 'x')).toThrow(
      'the list response is not a JSON object or array',
    );
  });
});

describe('readAllPages', () => {
  it('follows next links when no total is given', async () => {
    const { read, requests } = reader((request) => {
      if (request.href === undefined) return { items: items(1, 2), defaultBase: 0, next: '?p=2' };
      if (request.href === '?p=2') return { items: items(3, 4), defaultBase: 0, next: '?p=3' };
      return { items: items(5, 5), defaultBase: 0 };
    });

    expect((await read()).map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(requests).toEqual([{}, { href: '?p=2' }, { href: '?p=3' }]);
  });

  it('fails at a next link that points back to a page already followed', async () => {
    const { read, requests } = reader((request, call) => {
      if (request.href === undefined) return { items: items(1, 2), defaultBase: 0, next: '?p=2' };
      return { items: items(2 * call - 1, 2 * call), defaultBase: 0, next: '?p=2' };
    });

    await expect(read()).rejects.toThrow(
      'the next link ?p=2 leads back to a page already read, so only 4 distinct items could be read; refusing to use a list that may be incomplete',
    );
    expect(requests).toEqual([{}, { href: '?p=2' }]);
  });

  it('fails at a next link whose page holds only items already read', async () => {
    const { read } = reader((request) => {
      if (request.href === undefined) return { items: items(1, 2), defaultBase: 0, next: '?p=2' };
      return { items: items(1, 2), defaultBase: 0, next: '?p=3' };
    });
    await expect(read()).rejects.toThrow(
      'the API answered the next link ?p=2 with items already read (it may ignore the page parameter), so only 2 distinct items could be read; refusing to use a list that may be incomplete',
    );
  });

  it('reads again when a page without totals overlaps the one before (the list moved)', async () => {
    // The first read sees page 2 shifted by one item (an insertion); the second is clean.
    const script = [items(1, 2), items(2, 3), [], items(1, 2), items(3, 3)];
    const { read, requests, logs } = reader((_request, call) => ({
      items: script[call - 1] ?? [],
      defaultBase: 1,
    }));

    expect((await read()).map((i) => i.id)).toEqual(['a1', 'a2', 'a3']);
    expect(requests).toEqual([{}, { page: 2 }, { page: 3 }, {}, { page: 2 }]);
    expect(logs).toEqual([
      'GET /list: a page repeated items of another (the list moved); reading the list again',
    ]);
  });

  it('counts pages up without totals until a short page', async () => {
    const { read, requests } = reader((request) => {
      const page = request.page ?? 1;
      return { items: page < 3 ? items(page * 10 - 9, page * 10) : items(21, 25), defaultBase: 1 };
    });

    expect(await read()).toHaveLength(25);
    expect(requests).toEqual([{}, { page: 2 }, { page: 3 }]);
  });

  it('reads a list again when its total moves while it is read', async () => {
    const { read, requests, logs } = reader((request, call) => {
      const total = call === 2 ? 5 : 4; // page 2 of the first read sees an insertion
      const page = request.page ?? 1;
      return {
        items: items(page * 2 - 1, Math.min(page * 2, total)),
        number: page,
        size: 2,
        totalElements: total,
        totalPages: Math.ceil(total / 2),
        defaultBase: 1,
      };
    });

    expect((await read()).map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(requests).toEqual([{}, { page: 2 }, {}, { page: 2 }]);
    expect(logs).toEqual([
      'GET /list: the list changed while it was read (4 items, then 5); reading the list again',
    ]);
  });

  it('fails when the list keeps changing', async () => {
    const { read, requests } = reader((request, call) => ({
      items: items(1, 2),
      number: request.page ?? 1,
      size: 2,
      totalElements: 4 + call,
      totalPages: 2,
      defaultBase: 1,
    }));

    await expect(read()).rejects.toThrow(
      'the list changed while it was read (9 items, then 10), in 3 reads in a row; refusing to use a list that may be incomplete',
    );
    expect(requests).toHaveLength(6);
  });

  it('fails when a page fails, and starts no page after the failure', async () => {
    const { read, requests } = reader((request) => {
      if (request.page === 3) throw new Error('page 3 is gone');
      return {
        items: items(1, 1),
        number: request.page ?? 1,
        size: 1,
        totalElements: 9,
        totalPages: 9,
        defaultBase: 1,
      };
    });

    await expect(read()).rejects.toThrow('page 3 is gone');
    expect(requests.map((r) => r.page)).toEqual([undefined, 2, 3, 4]);
  });
});

describe('readAllPages limits', () => {
  it('refuses a total beyond maxPages instead of queueing it', async () => {
    const requests: PageRequest[] = [];
    const read = readAllPages<Item>({
      fetchPage: async (request) => {
        requests.push(request);
        return { items: items(1, 1), size: 1, totalPages: 1e9, defaultBase: 1 };
      },
      idOf: (item) => item.id,
      concurrency: 2,
      log: { debug: () => {} },
      describe: 'GET /list',
      fail: (message) => new Error(message),
      maxPages: 100,
    });
    await expect(read).rejects.toThrow(
      'the API reports 1000000000 pages, more than the 100 read at most',
    );
    expect(requests).toEqual([{}]);
  });
});

describe('resolveNextLink', () => {
  const base = 'https://app.example/api';
  const current =
    'https://app.example/api/audience-service/v1/workspaces/w/target-audiences?size=200';

  it('resolves absolute, query-relative and root-relative links under the base', () => {
    expect(resolveNextLink(base, `${base}/audience-service/x?page=1`, current).href).toBe(
      'https://app.example/api/audience-service/x?page=1',
    );
    expect(resolveNextLink(base, '?page=2&size=200', current).href).toBe(
      'https://app.example/api/audience-service/v1/workspaces/w/target-audiences?page=2&size=200',
    );
    expect(resolveNextLink(base, '/api/audience-service/x?page=3', current).href).toBe(
      'https://app.example/api/audience-service/x?page=3',
    );
    expect(resolveNextLink(base, '/audience-service/x?page=4', current).href).toBe(
      'https://app.example/api/audience-service/x?page=4',
    );
  });

  it('refuses a link to another origin: the token must not go there', () => {
    expect(() => resolveNextLink(base, 'https://evil.example/api/x?page=2', current)).toThrow(
      'the next link https://evil.example/api/x is outside the API base',
    );
    expect(() => resolveNextLink(base, '//evil.example/api/x', current)).toThrow(
      'outside the API base',
    );
  });
});
