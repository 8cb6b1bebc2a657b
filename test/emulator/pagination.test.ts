import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audiencesPath, call, getToken } from './helpers.js';
import { startEmulator } from './index.js';
import type { Emulator, ListEnvelope } from './types.js';

const TOTAL = 450;
const NAMES = Array.from({ length: TOTAL }, (_, i) => `Audience ${String(i + 1).padStart(3, '0')}`);
const PATH = audiencesPath();

interface Setup {
  emulator: Emulator;
  token: string;
}

async function setup(envelope: ListEnvelope): Promise<Setup> {
  const emulator = await startEmulator({ envelope, maxPageSize: 100 });
  emulator.seed(NAMES.map((name) => ({ name })));
  return { emulator, token: await getToken(emulator) };
}

const names = (items: unknown): string[] => (items as { name: string }[]).map((item) => item.name);

/** Any of the three envelopes; each test reads the parts its envelope has. */
interface ListBody {
  data: unknown[];
  page: Record<string, number>;
  _embedded: { targetAudiences: unknown[] };
  _links: { self: { href: string }; next?: { href: string } };
}

async function get(s: Setup, query: string): Promise<{ status: number; body: ListBody }> {
  const result = await call(s.emulator, 'GET', `${PATH}${query}`, { token: s.token });
  return { status: result.status, body: result.body as ListBody };
}

describe('data envelope (1-based pages)', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup('data');
  });
  afterAll(() => s.emulator.close());

  it('pages 450 items in five pages of 100, in creation order', async () => {
    const seen: string[] = [];
    const pages = [];
    for (let page = 1; page <= 5; page += 1) {
      const { body } = await get(s, `?page=${page}&size=100`);
      pages.push(body.page);
      seen.push(...names(body.data));
    }
    expect(pages).toEqual(
      [1, 2, 3, 4, 5].map((currentPage) => ({
        size: 100,
        totalElements: TOTAL,
        totalPages: 5,
        currentPage,
      })),
    );
    expect(seen).toEqual(NAMES);
  });

  it('defaults to page 1 of size 20', async () => {
    const { body } = await get(s, '');
    expect(body.page).toEqual({ size: 20, totalElements: TOTAL, totalPages: 23, currentPage: 1 });
    expect(names(body.data)).toEqual(NAMES.slice(0, 20));
  });

  it('clamps the size to maxPageSize and says so in page.size', async () => {
    const { body } = await get(s, '?size=500&page=2');
    expect(body.page).toEqual({ size: 100, totalElements: TOTAL, totalPages: 5, currentPage: 2 });
    expect(names(body.data)).toEqual(NAMES.slice(100, 200));
  });

  it('returns an empty page past the end', async () => {
    const { body } = await get(s, '?page=6&size=100');
    expect(body).toEqual({
      data: [],
      page: { size: 100, totalElements: TOTAL, totalPages: 5, currentPage: 6 },
    });
  });

  it('refuses page 0 and malformed numbers', async () => {
    const results = await Promise.all(
      ['?page=0', '?page=x', '?size=0', '?size=-5'].map((q) => get(s, q)),
    );
    expect(results).toEqual([
      { status: 400, body: { error: 'page must be an integer >= 1', code: 'BAD_REQUEST' } },
      { status: 400, body: { error: 'page must be an integer >= 1', code: 'BAD_REQUEST' } },
      { status: 400, body: { error: 'size must be an integer >= 1', code: 'BAD_REQUEST' } },
      { status: 400, body: { error: 'size must be an integer >= 1', code: 'BAD_REQUEST' } },
    ]);
  });

  it('sorts by name in either spelling, and ignores unknown sort keys', async () => {
    const spring = await get(s, '?sort=name,desc&size=3');
    const split = await get(s, '?sort=name&order=desc&size=3');
    const unknown = await get(s, '?sort=colour&order=desc&size=3');
    expect(names(spring.body.data)).toEqual(['Audience 450', 'Audience 449', 'Audience 448']);
    expect(names(split.body.data)).toEqual(['Audience 450', 'Audience 449', 'Audience 448']);
    expect(names(unknown.body.data)).toEqual(NAMES.slice(0, 3));
  });
});

describe('hal envelope (0-based pages, next links)', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup('hal');
  });
  afterAll(() => s.emulator.close());

  it('follows absolute next links through five pages; the last has none', async () => {
    const seen: string[] = [];
    const pages = [];
    const links = [];
    let url: string | undefined = `${s.emulator.apiUrl}${PATH}?size=100`;
    while (url) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${s.token}` } });
      const body = (await response.json()) as ListBody;
      pages.push(body.page);
      links.push(body._links);
      seen.push(...names(body._embedded.targetAudiences));
      url = body._links.next?.href;
    }
    expect(seen).toEqual(NAMES);
    expect(pages).toEqual(
      [0, 1, 2, 3, 4].map((number) => ({ size: 100, totalElements: TOTAL, totalPages: 5, number })),
    );
    const href = (page: number) => `${s.emulator.apiUrl}${PATH}?size=100&page=${page}`;
    expect(links).toEqual([
      { self: { href: href(0) }, next: { href: href(1) } },
      { self: { href: href(1) }, next: { href: href(2) } },
      { self: { href: href(2) }, next: { href: href(3) } },
      { self: { href: href(3) }, next: { href: href(4) } },
      { self: { href: href(4) } },
    ]);
  });

  it('defaults to page 0 of size 20, and its next link keeps size and sort', async () => {
    const first = await get(s, '');
    expect(first.body.page).toEqual({ size: 20, totalElements: TOTAL, totalPages: 23, number: 0 });
    expect(names(first.body._embedded.targetAudiences)).toEqual(NAMES.slice(0, 20));
    expect(first.body._links.next?.href).toBe(`${s.emulator.apiUrl}${PATH}?page=1&size=20`);
    const sorted = await get(s, '?sort=name,desc');
    expect(sorted.body._links.next?.href).toBe(
      `${s.emulator.apiUrl}${PATH}?sort=name%2Cdesc&page=1&size=20`,
    );
  });

  it('clamps the size, with page.size and the next link reporting the clamped size', async () => {
    const { body } = await get(s, '?size=1000');
    expect(body.page).toEqual({ size: 100, totalElements: TOTAL, totalPages: 5, number: 0 });
    expect(body._embedded.targetAudiences).toHaveLength(100);
    expect(body._links.next?.href).toBe(`${s.emulator.apiUrl}${PATH}?size=100&page=1`);
  });

  it('returns an empty page without next past the end; page 0 is valid, -1 is not', async () => {
    const past = await get(s, '?page=5&size=100');
    expect(past.body._embedded).toEqual({ targetAudiences: [] });
    expect(past.body.page).toEqual({ size: 100, totalElements: TOTAL, totalPages: 5, number: 5 });
    expect(past.body._links.next).toBeUndefined();
    expect((await get(s, '?page=0')).status).toBe(200);
    expect(await get(s, '?page=-1')).toEqual({
      status: 400,
      body: { error: 'page must be an integer >= 0', code: 'BAD_REQUEST' },
    });
  });
});

describe('array envelope (bare pages, 1-based)', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup('array');
  });
  afterAll(() => s.emulator.close());

  it('pages 450 items as bare arrays: 100, 100, 100, 100, 50, then empty', async () => {
    const pages: string[][] = [];
    for (let page = 1; page <= 6; page += 1) {
      const { body } = await get(s, `?page=${page}&size=100`);
      pages.push(names(body));
    }
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 100, 50, 0]);
    expect(pages.flat()).toEqual(NAMES);
  });

  it('defaults to the first 20, and clamps the size', async () => {
    expect(names((await get(s, '')).body)).toEqual(NAMES.slice(0, 20));
    expect(names((await get(s, '?size=101&page=5')).body)).toEqual(NAMES.slice(400));
  });
});

describe('page size options', () => {
  it('defaultPageSize sets the size of an unsized request', async () => {
    const emulator = await startEmulator({ defaultPageSize: 7 });
    try {
      emulator.seed(NAMES.slice(0, 10).map((name) => ({ name })));
      const { body } = await get({ emulator, token: await getToken(emulator) }, '');
      expect(body.page).toEqual({ size: 7, totalElements: 10, totalPages: 2, currentPage: 1 });
    } finally {
      await emulator.close();
    }
  });
});
