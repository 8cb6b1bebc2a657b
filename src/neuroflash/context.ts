/**
 * What every API call shares (the transport, the token, the base URL, the timeouts) and
 * the two ways of calling: one request, or a whole paginated list.
 */
import { ApiError } from './api.js';
import type { CallSpec, HttpMethod, Logger, RawResponse, TokenProvider } from './call.js';
import type { Transport } from './http.js';
import type { ListEnvelope, ListPage, PageRequest } from './pagination.js';
import { parseListPage, readAllPages } from './pagination.js';

/** The largest page size the API documents; the server may clamp it. */
export const LIST_PAGE_SIZE = 200;

export interface ApiContext {
  transport: Transport;
  tokens: TokenProvider;
  /** The API base without a trailing slash, e.g. `https://app.neuroflash.com/api`. */
  baseUrl: string;
  requestTimeoutMs: number;
  importTimeoutMs: number;
  pageConcurrency: number;
  log: Logger;
  /** Observes each list page read: its path and the envelope it came in. */
  onListPage?: (event: ListPageEvent) => void;
}

/** One list page as read: where, in which envelope, with how many items. */
export interface ListPageEvent {
  /** Below the API base, without the query. */
  path: string;
  envelope: ListEnvelope | undefined;
  items: number;
}

/** One API call below the base, with the bearer token and the default timeout. */
export interface ApiCall<T>
  extends Pick<CallSpec<T>, 'accept' | 'parse' | 'unsafe' | 'acceptAfterMaybeDone'> {
  method: HttpMethod;
  /** Below the base, without the query. */
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  timeoutMs?: number;
}

/** Sends one API call; see `Transport.call` for the retry rules. */
export function apiCall<T>(ctx: ApiContext, call: ApiCall<T>): Promise<T> {
  const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
  const spec: CallSpec<T> = {
    method: call.method,
    url: `${ctx.baseUrl}${call.path}${query}`,
    path: call.path,
    timeoutMs: call.timeoutMs ?? ctx.requestTimeoutMs,
    accept: call.accept,
    parse: call.parse,
    auth: ctx.tokens,
  };
  if (call.json !== undefined) {
    spec.headers = { 'content-type': 'application/json' };
    spec.body = JSON.stringify(call.json);
  }
  if (call.unsafe) spec.unsafe = call.unsafe;
  if (call.acceptAfterMaybeDone) spec.acceptAfterMaybeDone = call.acceptAfterMaybeDone;
  return ctx.transport.call(spec);
}

/**
 * Where a `_links.next.href` leads, as an absolute URL under the API base. A link to
 * another origin is refused: following it would hand the bearer token to a stranger.
 */
export function resolveNextLink(baseUrl: string, href: string, requestUrl: string): URL {
  const base = new URL(`${baseUrl}/`);
  const resolved = new URL(href, requestUrl);
  if (resolved.origin === base.origin && resolved.pathname.startsWith(base.pathname)) {
    return resolved;
  }
  // A root-relative link may be written relative to the API base rather than the host
  // (`/audience-service/…` for `…/api/audience-service/…`).
  if (href.startsWith('/') && !href.startsWith('//')) return new URL(`${baseUrl}${href}`);
  throw new Error(`the next link ${resolved.origin}${resolved.pathname} is outside the API base`);
}

/**
 * The complete list at `path`: the first page with the largest size, then every other
 * page (see `readAllPages`). `toItem` validates each item; a bad item fails the list.
 */
export function listAll<T>(
  ctx: ApiContext,
  path: string,
  itemsKey: string,
  toItem: (item: unknown) => T,
  idOf: (item: T) => string | undefined,
): Promise<T[]> {
  const describe = `GET ${path}`;
  const firstUrl = `${ctx.baseUrl}${path}?size=${LIST_PAGE_SIZE}`;
  let lastUrl = firstUrl;
  const parse = (response: RawResponse): ListPage<T> => {
    const page = parseListPage(response.json, itemsKey);
    ctx.onListPage?.({ path, envelope: page.envelope, items: page.items.length });
    return { ...page, items: page.items.map(toItem) };
  };
  const fetchPage = (request: PageRequest): Promise<ListPage<T>> => {
    let url = firstUrl;
    if (request.href !== undefined) {
      try {
        url = resolveNextLink(ctx.baseUrl, request.href, lastUrl).href;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return Promise.reject(
          new ApiError(`${describe} → ${reason}; not following it`, {
            method: 'GET',
            path,
            attempts: 1,
          }),
        );
      }
    } else if (request.page !== undefined) {
      url = `${firstUrl}&page=${request.page}`;
    }
    // Relative next links resolve against the page they came from; unbounded reads are
    // sequential, so the last URL asked for is that page.
    lastUrl = url;
    return ctx.transport.call({
      method: 'GET',
      url,
      path,
      timeoutMs: ctx.requestTimeoutMs,
      accept: [200],
      parse,
      auth: ctx.tokens,
    });
  };
  return readAllPages({
    fetchPage,
    idOf,
    concurrency: ctx.pageConcurrency,
    log: ctx.log,
    describe,
    fail: (message) =>
      new ApiError(`${describe} → ${message}`, { method: 'GET', path, attempts: 1 }),
  });
}
