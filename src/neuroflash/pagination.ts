/**
 * Reading a whole paginated list, whatever envelope the API uses. The rule above all: the
 * result is the complete list or a thrown error, because a plan made from a partial list
 * would delete (or create again) audiences that exist.
 */
import { isRecord } from '../guards.js';
import { runPool } from '../pool.js';
import type { Logger } from './call.js';
import { ResponseShapeError } from './call.js';

/** One page of a list, whatever its envelope. */
export interface ListPage<T = unknown> {
  items: T[];
  /** The page's number as the server reports it (`currentPage`, or `number`). */
  number?: number;
  /** The first page's number when the server does not say: 0 for HAL, 1 otherwise. */
  defaultBase: 0 | 1;
  /** The real page size, as the server reports it (after any clamping). */
  size?: number;
  totalPages?: number;
  totalElements?: number;
  /** `_links.next.href`, as sent (absolute or relative). */
  next?: string;
  /** The envelope the page was read from (`doctor` reports it); set by `parseListPage`. */
  envelope?: ListEnvelope;
}

/** What to fetch: the first page (nothing), a page number, or a next link. */
export interface PageRequest {
  page?: number;
  href?: string;
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Reads one page in any of the list envelopes: `{data, page}` (1-based `currentPage`),
 * HAL `{_embedded: {<itemsKey>}, page, _links}` (0-based `number`), Spring's
 * `{content, number}`, or a bare array. A body in none of these is an error, never an
 * empty list.
 */
export function parseListPage(body: unknown, itemsKey: string): ListPage {
  if (Array.isArray(body)) return { items: body, defaultBase: 1, envelope: 'array' };
  if (!isRecord(body))
    throw new ResponseShapeError('the list response is not a JSON object or array');

  const meta = isRecord(body.page) ? body.page : body;
  const page: Omit<ListPage, 'items' | 'defaultBase'> = {};
  const number = count(meta.currentPage) ?? count(meta.number);
  if (number !== undefined) page.number = number;
  const size = count(meta.size);
  if (size !== undefined && size > 0) page.size = size;
  const totalPages = count(meta.totalPages);
  if (totalPages !== undefined) page.totalPages = totalPages;
  const totalElements = count(meta.totalElements);
  if (totalElements !== undefined) page.totalElements = totalElements;
  const links = isRecord(body._links) ? body._links : undefined;
  const next = links && isRecord(links.next) ? links.next.href : undefined;
  if (typeof next === 'string' && next !== '') page.next = next;

  if (Array.isArray(body.data))
    return { ...page, items: body.data, defaultBase: 1, envelope: 'data' };
  if (Array.isArray(body.content)) {
    return { ...page, items: body.content, defaultBase: 0, envelope: 'content' };
  }
  if (isRecord(body._embedded)) {
    const embedded = body._embedded;
    const named = embedded[itemsKey];
    if (Array.isArray(named)) return { ...page, items: named, defaultBase: 0, envelope: 'hal' };
    // Tolerate a renamed collection, but only when there is no doubt which one it is.
    const arrays = Object.values(embedded).filter(Array.isArray);
    if (arrays.length === 1 && arrays[0]) {
      return { ...page, items: arrays[0], defaultBase: 0, envelope: 'hal' };
    }
  }
  // HAL leaves `_embedded` out of an empty page; only a stated total of 0 proves it empty.
  if (page.totalElements === 0 && body._embedded === undefined) {
    return { ...page, items: [], defaultBase: 0, envelope: 'hal' };
  }
  throw new ResponseShapeError(
    `the list response has no "data" array, no "_embedded.${itemsKey}" array and is not an array`,
  );
}

/** The shapes a list response comes in; `doctor` reports which one the API answered. */
export type ListEnvelope = 'data' | 'hal' | 'content' | 'array';

export interface ReadAllOptions<T> {
  /** Fetches one page; the first call gets `{}` and should ask for the largest page size. */
  fetchPage(request: PageRequest): Promise<ListPage<T>>;
  /** An item's identity, for de-duplication. */
  idOf(item: T): string | undefined;
  /** Parallel page reads once the total is known. */
  concurrency: number;
  log: Logger;
  /** Names the list in logs and errors, e.g. `GET /audience-service/v1/…/target-audiences`. */
  describe: string;
  /** Builds the error thrown when no complete list can be had. */
  fail(message: string): Error;
  /** Whole-list reads before giving up on a list that keeps changing. Default 3. */
  maxRounds?: number;
  /** A backstop against a server that never ends. Default 10,000. */
  maxPages?: number;
}

type Round<T> = { complete: true; items: T[] } | { complete: false; reason: string };

/** Items by id, in first-seen order. */
class Collector<T> {
  readonly items: T[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly idOf: (item: T) => string | undefined) {}

  /** Adds a page's items; returns how many were new and how many were read before. */
  add(items: T[]): { fresh: number; repeated: number } {
    let fresh = 0;
    let repeated = 0;
    for (const item of items) {
      const id = this.idOf(item);
      if (id !== undefined) {
        if (this.ids.has(id)) {
          repeated += 1;
          continue;
        }
        this.ids.add(id);
      }
      this.items.push(item);
      fresh += 1;
    }
    return { fresh, repeated };
  }
}

/**
 * Reads every page of a list and returns its items, each id once. When the list changes
 * while it is read (its total moves), it is read again, up to `maxRounds` times.
 */
export async function readAllPages<T>(options: ReadAllOptions<T>): Promise<T[]> {
  const maxRounds = options.maxRounds ?? 3;
  for (let round = 1; ; round += 1) {
    const result = await readOnce(options);
    if (result.complete) return result.items;
    if (round >= maxRounds) {
      throw options.fail(
        `${result.reason}, in ${maxRounds} reads in a row; refusing to use a list that may be incomplete`,
      );
    }
    options.log.debug(`${options.describe}: ${result.reason}; reading the list again`);
  }
}

async function readOnce<T>(options: ReadAllOptions<T>): Promise<Round<T>> {
  const collector = new Collector(options.idOf);
  const first = await options.fetchPage({});
  collector.add(first.items);
  const pageSize = first.size ?? first.items.length;
  const totalPages =
    first.totalPages ??
    (first.totalElements !== undefined && pageSize > 0
      ? Math.ceil(first.totalElements / pageSize)
      : undefined);

  if (totalPages !== undefined) {
    const maxPages = options.maxPages ?? 10_000;
    if (totalPages > maxPages) {
      throw options.fail(
        `the API reports ${totalPages} pages, more than the ${maxPages} read at most`,
      );
    }
    return readKnownPages(options, collector, first, totalPages);
  }
  return readUntilEnd(options, collector, first, pageSize);
}

/** The total is known: read the remaining pages in parallel, then check the count. */
async function readKnownPages<T>(
  options: ReadAllOptions<T>,
  collector: Collector<T>,
  first: ListPage<T>,
  totalPages: number,
): Promise<Round<T>> {
  const base = first.number ?? first.defaultBase;
  const numbers: number[] = [];
  for (let n = base + 1; n < base + totalPages; n += 1) numbers.push(n);
  const pages = await runPool(numbers, options.concurrency, (page) => options.fetchPage({ page }));

  const repeated: number[] = [];
  let overlapped = false;
  let movedTotal: number | undefined;
  pages.forEach((page, index) => {
    if (
      first.totalElements !== undefined &&
      page.totalElements !== undefined &&
      page.totalElements !== first.totalElements
    ) {
      movedTotal ??= page.totalElements;
    }
    const added = collector.add(page.items);
    if (page.items.length > 0 && added.fresh === 0) repeated.push(numbers[index] ?? -1);
    else if (added.repeated > 0) overlapped = true;
  });

  if (movedTotal !== undefined) {
    return {
      complete: false,
      reason: `the list changed while it was read (${first.totalElements} items, then ${movedTotal})`,
    };
  }
  if (repeated.length > 0) {
    // Reading again would repeat the same pages: fail now, whether or not a total says
    // how many items are missing.
    const expected = first.totalElements;
    const got =
      expected === undefined
        ? `${collector.items.length} distinct items`
        : `${collector.items.length} distinct items of the ${expected} it reports`;
    throw options.fail(repeatedPageMessage(`page ${repeated[0]}`, got));
  }
  const expected = first.totalElements;
  if (expected !== undefined && collector.items.length < expected) {
    return {
      complete: false,
      reason: `only ${collector.items.length} distinct items of the ${expected} it reports were read`,
    };
  }
  if (overlapped) {
    return { complete: false, reason: 'a page repeated items of another (the list moved)' };
  }
  return { complete: true, items: collector.items };
}

/**
 * The error for a page that held only items already read: the API ignores the page
 * parameter (or loops), so no number of reads would give the whole list.
 */
function repeatedPageMessage(which: string, got: string): string {
  return `the API answered ${which} with items already read (it may ignore the page parameter), so only ${got} could be read; refusing to use a list that may be incomplete`;
}

/**
 * No total: follow next links, or count pages up, until a page is short or empty. A page
 * of items already read, or a next link already followed, means the API does not page
 * as it claims: that is an error, never the end of the list, because the list that was
 * read so far may be only its first page.
 */
async function readUntilEnd<T>(
  options: ReadAllOptions<T>,
  collector: Collector<T>,
  first: ListPage<T>,
  pageSize: number,
): Promise<Round<T>> {
  const maxPages = options.maxPages ?? 10_000;
  const followed = new Set<string>();
  let overlapped = false;
  let previous = first;
  let number = first.number ?? first.defaultBase;
  for (let read = 1; previous.items.length > 0; read += 1) {
    let request: PageRequest;
    if (previous.next !== undefined) {
      if (followed.has(previous.next)) {
        throw options.fail(
          `the next link ${previous.next} leads back to a page already read, so only ${collector.items.length} distinct items could be read; refusing to use a list that may be incomplete`,
        );
      }
      followed.add(previous.next);
      request = { href: previous.next };
    } else {
      if (previous.items.length < pageSize) break;
      number += 1;
      request = { page: number };
    }
    if (read >= maxPages) throw options.fail(`the list did not end within ${maxPages} pages`);
    const page = await options.fetchPage(request);
    if (page.items.length === 0) break;
    const added = collector.add(page.items);
    if (added.fresh === 0) {
      const which =
        request.href === undefined ? `page ${request.page}` : `the next link ${request.href}`;
      throw options.fail(repeatedPageMessage(which, `${collector.items.length} distinct items`));
    }
    if (added.repeated > 0) overlapped = true;
    previous = page;
  }
  if (overlapped) {
    return { complete: false, reason: 'a page repeated items of another (the list moved)' };
  }
  return { complete: true, items: collector.items };
}
