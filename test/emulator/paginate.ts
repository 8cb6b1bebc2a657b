/**
 * The three list envelopes the docs leave open, with their page numbering: `data` and
 * `array` count pages from 1, `hal` from 0 and links the next page absolutely.
 */
import { apiError, type Reply } from './reply.js';
import type { ListEnvelope } from './types.js';

export interface PageRequest {
  /** 0-based, whatever the envelope's numbering. */
  index: number;
  /** Already clamped to the maximum. */
  size: number;
}

const DIGITS = /^\d+$/;

/**
 * Reads `page` and `size`. Malformed values get a 400 rather than a silent default, so a
 * client that numbers pages the wrong way finds out here and not in production.
 */
export function parsePaging(
  query: URLSearchParams,
  envelope: ListEnvelope,
  defaultSize: number,
  maxSize: number,
): PageRequest | Reply {
  const base = envelope === 'hal' ? 0 : 1;
  const pageText = query.get('page');
  const sizeText = query.get('size');
  let page = base;
  if (pageText !== null) {
    if (!DIGITS.test(pageText) || Number(pageText) < base) {
      return apiError(400, `page must be an integer >= ${base}`, 'BAD_REQUEST');
    }
    page = Number(pageText);
  }
  let size = defaultSize;
  if (sizeText !== null) {
    if (!DIGITS.test(sizeText) || Number(sizeText) < 1) {
      return apiError(400, 'size must be an integer >= 1', 'BAD_REQUEST');
    }
    size = Number(sizeText);
  }
  return { index: page - base, size: Math.min(size, maxSize) };
}

/** Where a HAL page lives: the absolute URL of the list, and the query to keep. */
export interface PageLocation {
  url: string;
  query: URLSearchParams;
}

/** The items of the requested page. */
export function pageOf<T>(items: readonly T[], request: PageRequest): T[] {
  const start = request.index * request.size;
  return items.slice(start, start + request.size);
}

/**
 * Wraps one page in the envelope; `embeddedKey` names the HAL collection. A page past the
 * end is simply empty, with the true totals.
 */
export function renderPage(
  pageItems: readonly unknown[],
  totalElements: number,
  request: PageRequest,
  envelope: ListEnvelope,
  embeddedKey: string,
  location: PageLocation,
): unknown {
  const { index, size } = request;
  const totalPages = Math.ceil(totalElements / size);
  if (envelope === 'array') return pageItems;
  if (envelope === 'data') {
    return { data: pageItems, page: { size, totalElements, totalPages, currentPage: index + 1 } };
  }
  const links: Record<string, { href: string }> = {
    self: { href: pageHref(location, index, size) },
  };
  if (index + 1 < totalPages) links.next = { href: pageHref(location, index + 1, size) };
  return {
    _embedded: { [embeddedKey]: pageItems },
    page: { size, totalElements, totalPages, number: index },
    _links: links,
  };
}

function pageHref(location: PageLocation, index: number, size: number): string {
  const url = new URL(location.url);
  for (const [key, value] of location.query) url.searchParams.set(key, value);
  url.searchParams.set('page', String(index));
  url.searchParams.set('size', String(size));
  return url.href;
}
