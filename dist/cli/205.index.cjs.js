"use strict";
exports.id = 205;
exports.ids = [205];
exports.modules = {

/***/ 4205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PAGE_CONCURRENCY: () => (/* binding */ DEFAULT_PAGE_CONCURRENCY),
  DEFAULT_TIMEOUTS: () => (/* binding */ DEFAULT_TIMEOUTS),
  DEFAULT_USER_AGENT: () => (/* binding */ DEFAULT_USER_AGENT),
  createNeuroflashClient: () => (/* binding */ createNeuroflashClient)
});

;// CONCATENATED MODULE: ./src/retry.ts
/**
 * The retry rules of the project. GitHub and neuroflash differ only in which failures
 * deserve another try and what their defaults are; those rules live in
 * `src/github/retry-rules.ts` and `src/neuroflash/retry-rules.ts` and plug in here. What
 * is shared: the policy's shape, how `Retry-After` is read, how long to wait, and when to
 * give up (see docs/action.md, "Retries").
 *
 * The GitHub client runs its calls through {@link withRetries}. The neuroflash transport
 * (`src/neuroflash/http.ts`) keeps a loop of its own around {@link decideWait}, because it
 * also renews a token on 401, checks whether a lost create landed, and stops at the run's
 * deadline or cancel.
 */
/** The real clock's wait. */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The test-only environment variable that shrinks the default backoff (a factor in
 * [0, 1], e.g. `0.01`). It never changes a wait the server asks for, nor a value a caller
 * set explicitly. Documented in docs/action.md as test-only; no user should set it.
 */
const TEST_RETRY_SCALE_ENV = 'AUDIENCE_SYNC_TEST_RETRY_SCALE';
/** The factor of {@link TEST_RETRY_SCALE_ENV}; 1 when unset or unreadable. */
function testRetryScale(env = process.env) {
    const raw = env[TEST_RETRY_SCALE_ENV];
    if (raw === undefined || raw.trim() === '')
        return 1;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 1;
}
/**
 * Resolves partial retry options against `defaults`, rejecting values that would make a
 * client loop forever or never try at all. The default delays are scaled by
 * {@link testRetryScale}; explicit options are taken as given.
 */
function resolveRetryPolicy(options, defaults, env = process.env) {
    const scale = testRetryScale(env);
    const policy = {
        ...defaults,
        baseDelayMs: defaults.baseDelayMs * scale,
        maxDelayMs: defaults.maxDelayMs * scale,
    };
    const numeric = ['maxAttempts', 'baseDelayMs', 'maxDelayMs', 'maxTotalWaitMs'];
    for (const key of numeric) {
        const value = options?.[key];
        if (value === undefined)
            continue;
        const min = key === 'maxAttempts' ? 1 : 0;
        if (!Number.isFinite(value) || value < min) {
            throw new TypeError(`retry.${key} must be a number >= ${min}, got ${String(value)}`);
        }
        policy[key] = key === 'maxAttempts' ? Math.floor(value) : value;
    }
    if (options?.jitter !== undefined)
        policy.jitter = options.jitter;
    return policy;
}
/**
 * The backoff before retry number `retryIndex` (0 for the first retry) under the ceiling
 * `min(maxDelay, base * 2^retryIndex)`: full jitter when the policy asks for it, so that
 * parallel callers do not hit a recovering server in lockstep.
 */
function backoffDelayMs(retryIndex, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
    return policy.jitter === false ? ceiling : random() * ceiling;
}
/**
 * What a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date (a past date
 * is no wait). `undefined` when absent or unreadable, so that the caller falls back to its
 * own backoff.
 */
function parseRetryAfter(value, nowMs = Date.now()) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined)
        return undefined;
    const text = String(raw).trim();
    if (text === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    // Every HTTP date form names a day or month and carries a time; this keeps Date.parse
    // from reading e.g. `-5` as a year.
    if (!/[a-z]/i.test(text) || !text.includes(':'))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * How long to wait before the next try. A wait the server asks for (`askedMs`, from
 * `Retry-After` or a documented rate-limit rule) is waited exactly: waiting less would
 * earn another refusal, and waiting more only slows a run the server is ready for. When
 * it is more than is left of the budget the call stops at once instead of sleeping in
 * vain. Without one, the policy's backoff applies, cut to what is left of the budget.
 */
function decideWait(policy, retryIndex, waitedMs, askedMs, random = Math.random) {
    const remaining = policy.maxTotalWaitMs - waitedMs;
    if (askedMs !== undefined) {
        if (askedMs > remaining) {
            return {
                stop: `the server asks to wait ${formatSeconds(askedMs)}, more than the ${formatSeconds(remaining)} left of the retry budget (retry.maxTotalWaitMs)`,
            };
        }
        return { waitMs: askedMs };
    }
    if (remaining <= 0) {
        return { stop: `the retry budget of ${formatSeconds(policy.maxTotalWaitMs)} is used up` };
    }
    return { waitMs: Math.min(backoffDelayMs(retryIndex, policy, random), remaining) };
}
/**
 * Runs `call` until it succeeds, `rule` says a failure is final (`undefined`), the tries
 * run out or the wait budget would be overrun; then the last error is thrown as it was.
 */
async function withRetries(call, rule, options) {
    const { policy } = options;
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? Date.now;
    let waitedMs = 0;
    for (let tries = 1;; tries += 1) {
        try {
            return await call();
        }
        catch (error) {
            const verdict = rule(error, now());
            if (verdict === undefined || tries >= policy.maxAttempts)
                throw error;
            const decision = decideWait(policy, tries - 1, waitedMs, verdict.askedMs, options.random);
            if ('stop' in decision)
                throw error;
            options.onRetry?.({
                attempt: tries + 1,
                maxAttempts: policy.maxAttempts,
                delayMs: decision.waitMs,
                error,
            });
            waitedMs += decision.waitMs;
            await sleep(decision.waitMs);
        }
    }
}
/** `1.0s`, `0.0s`: a wait as retry logs and messages show it. */
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}

;// CONCATENATED MODULE: ./src/neuroflash/call.ts
/** Thrown by a parser when a success response is not what the API promises. */
class ResponseShapeError extends Error {
    name = 'ResponseShapeError';
}

// EXTERNAL MODULE: ./src/neuroflash/api.ts
var api = __webpack_require__(4935);
// EXTERNAL MODULE: ./src/guards.ts
var guards = __webpack_require__(9609);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/neuroflash/pagination.ts
/**
 * Reading a whole paginated list, whatever envelope the API uses. The rule above all: the
 * result is the complete list or a thrown error, because a plan made from a partial list
 * would delete (or create again) audiences that exist.
 */



function count(value) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
/**
 * Reads one page in any of the list envelopes: `{data, page}` (1-based `currentPage`),
 * HAL `{_embedded: {<itemsKey>}, page, _links}` (0-based `number`), Spring's
 * `{content, number}`, or a bare array. A body in none of these is an error, never an
 * empty list.
 */
function parseListPage(body, itemsKey) {
    if (Array.isArray(body))
        return { items: body, defaultBase: 1, envelope: 'array' };
    if (!(0,guards/* isRecord */.u)(body))
        throw new ResponseShapeError('the list response is not a JSON object or array');
    const meta = (0,guards/* isRecord */.u)(body.page) ? body.page : body;
    const page = {};
    const number = count(meta.currentPage) ?? count(meta.number);
    if (number !== undefined)
        page.number = number;
    const size = count(meta.size);
    if (size !== undefined && size > 0)
        page.size = size;
    const totalPages = count(meta.totalPages);
    if (totalPages !== undefined)
        page.totalPages = totalPages;
    const totalElements = count(meta.totalElements);
    if (totalElements !== undefined)
        page.totalElements = totalElements;
    const links = (0,guards/* isRecord */.u)(body._links) ? body._links : undefined;
    const next = links && (0,guards/* isRecord */.u)(links.next) ? links.next.href : undefined;
    if (typeof next === 'string' && next !== '')
        page.next = next;
    if (Array.isArray(body.data))
        return { ...page, items: body.data, defaultBase: 1, envelope: 'data' };
    if (Array.isArray(body.content)) {
        return { ...page, items: body.content, defaultBase: 0, envelope: 'content' };
    }
    if ((0,guards/* isRecord */.u)(body._embedded)) {
        const embedded = body._embedded;
        const named = embedded[itemsKey];
        if (Array.isArray(named))
            return { ...page, items: named, defaultBase: 0, envelope: 'hal' };
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
    throw new ResponseShapeError(`the list response has no "data" array, no "_embedded.${itemsKey}" array and is not an array`);
}
/** Items by id, in first-seen order. */
class Collector {
    idOf;
    items = [];
    ids = new Set();
    constructor(idOf) {
        this.idOf = idOf;
    }
    /** Adds a page's items; returns how many were new and how many were read before. */
    add(items) {
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
async function readAllPages(options) {
    const maxRounds = options.maxRounds ?? 3;
    for (let round = 1;; round += 1) {
        const result = await readOnce(options);
        if (result.complete)
            return result.items;
        if (round >= maxRounds) {
            throw options.fail(`${result.reason}, in ${maxRounds} reads in a row; refusing to use a list that may be incomplete`);
        }
        options.log.debug(`${options.describe}: ${result.reason}; reading the list again`);
    }
}
async function readOnce(options) {
    const collector = new Collector(options.idOf);
    const first = await options.fetchPage({});
    collector.add(first.items);
    const pageSize = first.size ?? first.items.length;
    const totalPages = first.totalPages ??
        (first.totalElements !== undefined && pageSize > 0
            ? Math.ceil(first.totalElements / pageSize)
            : undefined);
    if (totalPages !== undefined) {
        const maxPages = options.maxPages ?? 10_000;
        if (totalPages > maxPages) {
            throw options.fail(`the API reports ${totalPages} pages, more than the ${maxPages} read at most`);
        }
        return readKnownPages(options, collector, first, totalPages);
    }
    return readUntilEnd(options, collector, first, pageSize);
}
/** The total is known: read the remaining pages in parallel, then check the count. */
async function readKnownPages(options, collector, first, totalPages) {
    const base = first.number ?? first.defaultBase;
    const numbers = [];
    for (let n = base + 1; n < base + totalPages; n += 1)
        numbers.push(n);
    const pages = await (0,pool/* runPool */.k)(numbers, options.concurrency, (page) => options.fetchPage({ page }));
    const repeated = [];
    let overlapped = false;
    let movedTotal;
    pages.forEach((page, index) => {
        if (first.totalElements !== undefined &&
            page.totalElements !== undefined &&
            page.totalElements !== first.totalElements) {
            movedTotal ??= page.totalElements;
        }
        const added = collector.add(page.items);
        if (page.items.length > 0 && added.fresh === 0)
            repeated.push(numbers[index] ?? -1);
        else if (added.repeated > 0)
            overlapped = true;
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
        const got = expected === undefined
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
function repeatedPageMessage(which, got) {
    return `the API answered ${which} with items already read (it may ignore the page parameter), so only ${got} could be read; refusing to use a list that may be incomplete`;
}
/**
 * No total: follow next links, or count pages up, until a page is short or empty. A page
 * of items already read, or a next link already followed, means the API does not page
 * as it claims: that is an error, never the end of the list, because the list that was
 * read so far may be only its first page.
 */
async function readUntilEnd(options, collector, first, pageSize) {
    const maxPages = options.maxPages ?? 10_000;
    const followed = new Set();
    let overlapped = false;
    let previous = first;
    let number = first.number ?? first.defaultBase;
    for (let read = 1; previous.items.length > 0; read += 1) {
        let request;
        if (previous.next !== undefined) {
            if (followed.has(previous.next)) {
                throw options.fail(`the next link ${previous.next} leads back to a page already read, so only ${collector.items.length} distinct items could be read; refusing to use a list that may be incomplete`);
            }
            followed.add(previous.next);
            request = { href: previous.next };
        }
        else {
            if (previous.items.length < pageSize)
                break;
            number += 1;
            request = { page: number };
        }
        if (read >= maxPages)
            throw options.fail(`the list did not end within ${maxPages} pages`);
        const page = await options.fetchPage(request);
        if (page.items.length === 0)
            break;
        const added = collector.add(page.items);
        if (added.fresh === 0) {
            const which = request.href === undefined ? `page ${request.page}` : `the next link ${request.href}`;
            throw options.fail(repeatedPageMessage(which, `${collector.items.length} distinct items`));
        }
        if (added.repeated > 0)
            overlapped = true;
        previous = page;
    }
    if (overlapped) {
        return { complete: false, reason: 'a page repeated items of another (the list moved)' };
    }
    return { complete: true, items: collector.items };
}

;// CONCATENATED MODULE: ./src/neuroflash/context.ts
/**
 * What every API call shares (the transport, the token, the base URL, the timeouts) and
 * the two ways of calling: one request, or a whole paginated list.
 */


/** The largest page size the API documents; the server may clamp it. */
const LIST_PAGE_SIZE = 200;
/** Sends one API call; see `Transport.call` for the retry rules. */
function apiCall(ctx, call) {
    const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
    const spec = {
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
    if (call.unsafe)
        spec.unsafe = call.unsafe;
    if (call.acceptAfterMaybeDone)
        spec.acceptAfterMaybeDone = call.acceptAfterMaybeDone;
    return ctx.transport.call(spec);
}
/**
 * Where a `_links.next.href` leads, as an absolute URL under the API base. A link to
 * another origin is refused: following it would hand the bearer token to a stranger.
 */
function resolveNextLink(baseUrl, href, requestUrl) {
    const base = new URL(`${baseUrl}/`);
    const resolved = new URL(href, requestUrl);
    if (resolved.origin === base.origin && resolved.pathname.startsWith(base.pathname)) {
        return resolved;
    }
    // A root-relative link may be written relative to the API base rather than the host
    // (`/audience-service/…` for `…/api/audience-service/…`).
    if (href.startsWith('/') && !href.startsWith('//'))
        return new URL(`${baseUrl}${href}`);
    throw new Error(`the next link ${resolved.origin}${resolved.pathname} is outside the API base`);
}
/**
 * The complete list at `path`: the first page with the largest size, then every other
 * page (see `readAllPages`). `toItem` validates each item; a bad item fails the list.
 */
function listAll(ctx, path, itemsKey, toItem, idOf) {
    const describe = `GET ${path}`;
    const firstUrl = `${ctx.baseUrl}${path}?size=${LIST_PAGE_SIZE}`;
    let lastUrl = firstUrl;
    const parse = (response) => {
        const page = parseListPage(response.json, itemsKey);
        ctx.onListPage?.({ path, envelope: page.envelope, items: page.items.length });
        return { ...page, items: page.items.map(toItem) };
    };
    const fetchPage = (request) => {
        let url = firstUrl;
        if (request.href !== undefined) {
            try {
                url = resolveNextLink(ctx.baseUrl, request.href, lastUrl).href;
            }
            catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                return Promise.reject(new api/* ApiError */.hD(`${describe} → ${reason}; not following it`, {
                    method: 'GET',
                    path,
                    attempts: 1,
                }));
            }
        }
        else if (request.page !== undefined) {
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
        fail: (message) => new api/* ApiError */.hD(`${describe} → ${message}`, { method: 'GET', path, attempts: 1 }),
    });
}

;// CONCATENATED MODULE: ./src/neuroflash/mapping.ts
/**
 * From API resources to the shared model. Permissive about what it does not need (unknown
 * fields stay in `raw`), strict about what it does: an audience without an id or a name
 * cannot be matched, so it is an error rather than something to skip.
 */


/** An id as a string; the API documents strings, but a number is tolerated. */
function idOf(item) {
    if (!(0,guards/* isRecord */.u)(item))
        return undefined;
    const { id } = item;
    if (typeof id === 'string' && id !== '')
        return id;
    if (typeof id === 'number' && Number.isFinite(id))
        return String(id);
    return undefined;
}
function flag(source, key) {
    // A missing flag means "not stated", and the API is the judge: assume allowed, so a
    // refusal surfaces as the API's own 403 instead of a silent skip.
    return typeof source[key] === 'boolean' ? source[key] : true;
}
/**
 * The caller's rights, from `permissions` (`canUpdate`/`canDelete`) or the newer
 * `newPermissions` (`updateAllowed`/`deletionAllowed`), whichever is present.
 */
function permissionsOf(item) {
    if ((0,guards/* isRecord */.u)(item.permissions)) {
        return {
            canUpdate: flag(item.permissions, 'canUpdate'),
            canDelete: flag(item.permissions, 'canDelete'),
        };
    }
    if ((0,guards/* isRecord */.u)(item.newPermissions)) {
        return {
            canUpdate: flag(item.newPermissions, 'updateAllowed'),
            canDelete: flag(item.newPermissions, 'deletionAllowed'),
        };
    }
    return { canUpdate: true, canDelete: true };
}
/** A target audience resource as a `RemoteAudience`; `raw` is the object as received. */
function toRemoteAudience(item) {
    if (!(0,guards/* isRecord */.u)(item))
        throw new ResponseShapeError('a target audience is not a JSON object');
    const id = idOf(item);
    if (id === undefined)
        throw new ResponseShapeError('a target audience has no "id"');
    if (typeof item.name !== 'string') {
        throw new ResponseShapeError(`target audience ${id} has no "name"`);
    }
    const audience = {
        id,
        name: item.name,
        permissions: permissionsOf(item),
        raw: item,
    };
    if (typeof item.updatedAt === 'string')
        audience.updatedAt = item.updatedAt;
    return audience;
}
/** A workspace item as a `Workspace`. */
function toWorkspace(item) {
    const id = idOf(item);
    if (id === undefined || !(0,guards/* isRecord */.u)(item)) {
        throw new ResponseShapeError('a workspace has no "id"');
    }
    return { id, name: typeof item.name === 'string' ? item.name : '' };
}

;// CONCATENATED MODULE: ./src/neuroflash/audiences.ts



function parseAudience(response) {
    return toRemoteAudience(response.json);
}
function createdAtMs(audience) {
    const value = audience.raw.createdAt;
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
/** `AudienceApi` over HTTP. */
class WorkspaceAudiences {
    ctx;
    workspaceId;
    basePath;
    constructor(ctx, workspaceId) {
        this.ctx = ctx;
        this.workspaceId = workspaceId;
        this.basePath = `/audience-service/v1/workspaces/${encodeURIComponent(workspaceId)}`;
    }
    listAudiences() {
        return listAll(this.ctx, `${this.basePath}/target-audiences`, 'targetAudiences', toRemoteAudience, (audience) => audience.id);
    }
    getAudience(id) {
        return apiCall(this.ctx, {
            method: 'GET',
            path: this.itemPath(id),
            accept: [200],
            parse: parseAudience,
        });
    }
    createAudience(body) {
        return apiCall(this.ctx, {
            method: 'POST',
            path: `${this.basePath}/target-audiences`,
            json: body,
            accept: [200, 201],
            parse: parseAudience,
            unsafe: { recover: () => this.findCreated(body.name) },
        });
    }
    async updateAudience(id, body) {
        const updated = await apiCall(this.ctx, {
            method: 'PUT',
            path: this.itemPath(id),
            json: body,
            accept: [200, 201, 204],
            // The API documents the full resource in the answer; tolerate an empty one.
            parse: (response) => (response.json === undefined ? undefined : parseAudience(response)),
        });
        return updated ?? this.getAudience(id);
    }
    async deleteAudience(id) {
        await apiCall(this.ctx, {
            method: 'DELETE',
            path: this.itemPath(id),
            accept: [200, 202, 204],
            // A retry after a lost answer finds the audience already gone: that is success.
            acceptAfterMaybeDone: [404, 410],
            parse: () => undefined,
        });
    }
    importFromUrls(urls, audienceModelId) {
        return apiCall(this.ctx, {
            method: 'POST',
            path: `${this.basePath}/target-audiences-url-imports`,
            json: { audienceModelId, urls },
            accept: [200, 201],
            timeoutMs: this.ctx.importTimeoutMs,
            parse: (response) => {
                const { json } = response;
                if (typeof json !== 'object' || json === null || Array.isArray(json)) {
                    throw new ResponseShapeError('the URL import did not answer with a JSON object');
                }
                // Kept whole, unknown fields included: the caller picks what it writes.
                return json;
            },
        });
    }
    itemPath(id) {
        return `${this.basePath}/target-audiences/${encodeURIComponent(id)}`;
    }
    /**
     * After a create whose answer was lost: the audience that the lost request made, if
     * it made one. Matched by name (the API cannot filter, so on the client side); with
     * several, the newest.
     */
    async findCreated(name) {
        const audiences = await this.listAudiences();
        let matches = audiences.filter((a) => a.name === name);
        if (matches.length === 0)
            matches = audiences.filter((a) => a.name.trim() === name.trim());
        // createdAt has whole seconds; on a tie the later one in the list (usually the later
        // created) wins.
        const newest = matches.reduce((best, a) => (best === undefined || createdAtMs(a) >= createdAtMs(best) ? a : best), undefined);
        const note = newest
            ? `create of "${name}": the lost request did create it (id ${newest.id}); not creating it again`
            : `create of "${name}": no audience of that name exists, so the create is retried`;
        (this.ctx.log.info ?? this.ctx.log.debug).call(this.ctx.log, note);
        return newest;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/redact.ts
/**
 * The one redactor of the process. Every secret (the client secret, each access token,
 * the GitHub token) is registered here as soon as it is known, and every channel that
 * writes text a person or a later step can read (console, annotations, job summary, PR
 * comment, drift issue, outputs, thrown messages) passes it through `redact` first.
 *
 * A server may echo a secret in another form than the one sent, so each secret is known
 * in every form a server is likely to echo it in: raw, percent-encoded (as
 * `encodeURIComponent` and as strict RFC 3986, either case of hex), form-encoded (as
 * `URLSearchParams` writes it: `+` for a space, `%7E` for `~`), JSON-escaped, HTML-escaped
 * and, for the client credentials, base64 of `client_id:client_secret` (HTTP Basic).
 *
 * Redaction must run before any truncation: a cut that falls inside a secret would leave
 * a prefix that no longer matches (see `redactAndTruncate`).
 */
/** What a secret is replaced with. */
const MASK = '***';
/** The shortest start of a secret that is masked at the end of a text cut short elsewhere. */
const MIN_PREFIX = 8;
/** Percent-encodes every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`). */
function strictPercent(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function lowerHex(encoded) {
    return encoded.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
}
function jsonEscaped(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** JSON as some servers write it: every non-ASCII character as `\uXXXX`, and `/` as `\/`. */
function jsonAsciiEscaped(value) {
    return jsonEscaped(value)
        .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\//g, '\\/');
}
function htmlEscaped(value, apostrophe) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, apostrophe);
}
function base64Forms(value) {
    const standard = Buffer.from(value, 'utf8').toString('base64');
    const url = Buffer.from(value, 'utf8').toString('base64url');
    return [standard, standard.replace(/=+$/, ''), url];
}
/**
 * A form as a workflow command carries it: `@actions/core` escapes `%`, CR and LF in a
 * command's message, and also `:` and `,` in its properties (an annotation's `file=`).
 * The runner undoes this, so a redactor that sees the command line must know these too.
 */
function commandEscaped(form) {
    const data = form.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return [data, data.replace(/:/g, '%3A').replace(/,/g, '%2C')];
}
/** Every form of `secret` that a server might echo, and each as a workflow command escapes it. */
function secretForms(secret) {
    const form = new URLSearchParams({ x: secret }).toString().slice(2);
    const percent = [encodeURIComponent(secret), strictPercent(secret), form];
    const forms = [
        secret,
        ...percent,
        ...percent.map(lowerHex),
        jsonEscaped(secret),
        jsonAsciiEscaped(secret),
        htmlEscaped(secret, '&#39;'),
        htmlEscaped(secret, '&#x27;'),
        ...base64Forms(secret),
    ];
    return [...new Set([...forms, ...forms.flatMap(commandEscaped)])];
}
/** A set of secrets and the means to take them out of text. */
class Redactor {
    forms = new Set();
    ordered = [];
    /** Registers a secret in every form a server might echo it in. Empty values are ignored. */
    add(secret) {
        if (secret === '')
            return;
        this.addForms(secretForms(secret));
    }
    /**
     * Registers the client credentials: the secret itself, and `id:secret` as HTTP Basic
     * sends it (base64), in case a server echoes the Authorization header.
     */
    addCredentials(clientId, clientSecret) {
        if (clientSecret === '')
            return;
        // base64 has no character that a workflow command escapes.
        this.addForms([...secretForms(clientSecret), ...base64Forms(`${clientId}:${clientSecret}`)]);
    }
    addForms(forms) {
        const before = this.forms.size;
        for (const form of forms)
            if (form !== '')
                this.forms.add(form);
        // Longest first, so that a secret containing another is replaced whole.
        if (this.forms.size > before)
            this.ordered = [...this.forms].sort((a, b) => b.length - a.length);
    }
    /** The text with every occurrence of every registered form replaced by `***`. */
    redact(text) {
        let out = text;
        for (const form of this.ordered) {
            if (out.includes(form))
                out = out.split(form).join(MASK);
        }
        return out;
    }
    /**
     * `redact`, for text that someone else may have cut short (a server's echo): a text
     * that ends with the start of a secret loses that start too, from 8 characters on;
     * shorter starts are too likely to be plain words.
     */
    redactCut(text) {
        const out = this.redact(text);
        for (const form of this.ordered) {
            for (let k = Math.min(form.length - 1, out.length); k >= MIN_PREFIX; k -= 1) {
                if (out.endsWith(form.slice(0, k)))
                    return `${out.slice(0, out.length - k)}${MASK}`;
            }
        }
        return out;
    }
    /** True when no secret is registered. */
    get empty() {
        return this.forms.size === 0;
    }
}
/** The process's redactor: every channel uses this one. */
const secrets = new Redactor();
/** Registers a secret with the process's redactor. */
function registerSecret(value) {
    secrets.add(value);
}
/** Registers the client credentials (see `Redactor.addCredentials`). */
function registerCredentials(clientId, clientSecret) {
    secrets.addCredentials(clientId, clientSecret);
}
/** `text` with every registered secret masked. */
function redact(text) {
    return secrets.redact(text);
}
/**
 * A copy of `value` with every string in it redacted: plain objects and arrays are
 * copied, anything else is kept as it is. For a view model that several renderers escape
 * each in their own way (markdown, HTML, terminal): redacted before, every one is clean.
 */
function redactDeep(value, redactor = secrets) {
    if (redactor.empty)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return redactor.redact(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, walk(child)]));
        }
        return v;
    };
    return walk(value);
}
/**
 * Redacts, then cuts to at most `max` characters (ending with `…` when cut). In this
 * order: a cut first could fall inside a secret and leave its prefix behind.
 */
function redactAndTruncate(text, max, redactor = secrets) {
    const clean = redactor.redact(text);
    if (clean.length <= max)
        return clean;
    let end = Math.max(0, max - 1);
    const last = clean.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${clean.slice(0, end)}…`;
}

;// CONCATENATED MODULE: ./src/neuroflash/error-body.ts
/**
 * Reads the human message out of an error response. neuroflash uses two shapes
 * (`{error, code}` and `{errors: [{field, message}]}`), the token endpoint speaks OAuth
 * (`{error, error_description}`), and proxies in between send plain text or HTML.
 */


/** Long messages and proxy error pages are cut to this many characters, after redaction. */
const MAX_TEXT = 300;
function nonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function fieldErrors(errors) {
    const parts = errors
        .map((entry) => {
        if (typeof entry === 'string')
            return entry.trim();
        if (!(0,guards/* isRecord */.u)(entry))
            return '';
        const message = nonEmptyString(entry.message) ?? nonEmptyString(entry.defaultMessage) ?? 'invalid';
        const field = nonEmptyString(entry.field);
        return field ? `${field}: ${message}` : message;
    })
        .filter((part) => part !== '');
    return parts.length > 0 ? parts.join('; ') : undefined;
}
/**
 * The message and code of an error body: `json` is the parsed body when it was JSON,
 * `text` the raw text otherwise. The message is redacted before it is cut (a cut inside
 * a secret would leave its start behind) and before its spaces are collapsed (a secret
 * with two spaces in a row would no longer match).
 */
function readErrorBody(json, text, redactor = secrets) {
    // A server may cut its own echo short, inside a secret: `redactCut` masks that start.
    const info = readRawErrorBody(json, redactor.redactCut(text));
    if (info.message === undefined)
        return info;
    const flat = redactor.redactCut(info.message).replace(/\s+/g, ' ').trim();
    return { ...info, message: redactAndTruncate(flat, MAX_TEXT + 1, redactor) };
}
function readRawErrorBody(json, text) {
    if ((0,guards/* isRecord */.u)(json)) {
        const code = nonEmptyString(json.code);
        const info = code ? { code } : {};
        if (Array.isArray(json.errors)) {
            const message = fieldErrors(json.errors);
            if (message)
                return { ...info, message };
        }
        const error = nonEmptyString(json.error);
        const description = nonEmptyString(json.error_description);
        if (error && description)
            return { ...info, message: `${error}: ${description}` };
        const message = description ??
            nonEmptyString(json.message) ??
            ((0,guards/* isRecord */.u)(json.error) ? nonEmptyString(json.error.message) : undefined) ??
            error ??
            nonEmptyString(json.detail) ??
            nonEmptyString(json.title);
        return message ? { ...info, message } : info;
    }
    const plain = text.trim();
    return plain === '' ? {} : { message: plain };
}

;// CONCATENATED MODULE: ./src/neuroflash/retry-rules.ts
/**
 * neuroflash's defaults: 5 tries, a jittered backoff from 0.5 s up to 30 s (parallel page
 * reads and writes share one API), at most 2 minutes of waiting per call.
 */
const NEUROFLASH_RETRY_POLICY = {
    maxAttempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    maxTotalWaitMs: 120_000,
    jitter: true,
};
/**
 * Statuses worth another try: 408 and 429 (the server did nothing and says so) and every
 * 5xx. 401 is handled apart (a new token, once); other 4xx will not change on a retry.
 */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * Whether the server may have carried out a request that failed with this status. A 5xx
 * may come from a proxy that forwarded the request before failing, so it counts as
 * unknown; 408 and 429 mean the request was refused before any work.
 */
function statusOutcomeUnknown(status) {
    return status >= 500;
}
/** Network error codes that a retry can cure. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'TIMEOUT',
]);
/**
 * Failures that happen before the request leaves this machine: the server cannot have
 * acted on it, so even a create may be retried blindly.
 */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN']);
/** The code of a network error (Node's `code`, undici's, or an AggregateError's first). */
function networkErrorCode(error) {
    const seen = new Set();
    let current = error;
    while (typeof current === 'object' && current !== null && !seen.has(current)) {
        seen.add(current);
        const { code, errors, cause } = current;
        if (typeof code === 'string' && code !== '')
            return code;
        if (Array.isArray(errors) && errors.length > 0)
            current = errors[0];
        else
            current = cause;
    }
    return error instanceof Error ? error.name : 'UNKNOWN';
}
/** Whether a network failure with this code deserves another try. */
function isRetryableNetworkCode(code) {
    return RETRYABLE_CODES.has(code);
}
/** Whether a network failure with this code proves the request was never sent. */
function networkCodeProvesNotSent(code) {
    return NOT_SENT_CODES.has(code);
}

;// CONCATENATED MODULE: ./src/neuroflash/outcome.ts
/**
 * What one try of a call came to, and what that means: the exchange (a response, or no
 * response), whether a failure may be retried, and the error a failed call ends with.
 */




/** The body as JSON, or `undefined` when it is empty or not JSON. */
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Whether and how a failed try may be retried. */
function judgeFailure(outcome, nowMs) {
    if (outcome.kind === 'network') {
        const notSent = networkCodeProvesNotSent(outcome.code);
        return { retryable: isRetryableNetworkCode(outcome.code), maybeDone: !notSent };
    }
    const status = outcome.status;
    if (!isRetryableStatus(status))
        return { retryable: false, maybeDone: false };
    const maybeDone = statusOutcomeUnknown(status);
    const retryAfterMs = parseRetryAfter(outcome.headers['retry-after'], nowMs);
    // A create whose outcome is unknown may still be retried: `recover` runs first.
    return retryAfterMs === undefined
        ? { retryable: true, maybeDone }
        : { retryable: true, maybeDone, retryAfterMs };
}
/** The final error of a call, with the API's own message when there is one. */
function failureError(redactor, spec, outcome, tries, extra = '') {
    const ErrorClass = spec.errorClass ?? api/* ApiError */.hD;
    const where = `${spec.method} ${spec.path}`;
    const prefix = spec.messagePrefix ?? '';
    if (outcome.kind === 'network') {
        const times = tries > 1 ? ` after ${tries} tries` : '';
        const hint = spec.hint?.(undefined);
        const message = `${prefix}${where} → ${outcome.label}${times}${extra}${hint ? `. ${hint}` : ''}`;
        return new ErrorClass(redactor.redact(message), { method: spec.method, path: spec.path, attempts: tries }, { cause: outcome.error });
    }
    // Redacted by the transport's own redactor, before the body is cut (see error-body.ts).
    const info = readErrorBody(outcome.json, outcome.text, redactor);
    const apiMessage = info.message;
    const times = tries > 1 ? ` (after ${tries} tries)` : '';
    const hint = spec.hint?.(outcome.status);
    const message = `${prefix}${where} → ${outcome.status}${apiMessage ? `: ${apiMessage}` : ''}${times}${extra}${hint ? `. ${hint}` : ''}`;
    return new ErrorClass(redactor.redact(message), {
        method: spec.method,
        path: spec.path,
        status: outcome.status,
        ...(apiMessage === undefined ? {} : { apiMessage }),
        ...(info.code === undefined ? {} : { code: info.code }),
        attempts: tries,
    });
}

;// CONCATENATED MODULE: ./src/neuroflash/stop.ts
/**
 * Stopping a call from outside: the request's own timeout, the run's time budget and the
 * run's cancel, and the error a stopped call ends with.
 */


/** Our own timeout, distinct from every undici error, so it is classified without guessing. */
class RequestTimeoutError extends Error {
    timeoutMs;
    name = 'RequestTimeoutError';
    code = 'TIMEOUT';
    constructor(timeoutMs) {
        super(`no response within ${formatSeconds(timeoutMs)}`);
        this.timeoutMs = timeoutMs;
    }
}
/** Why a call was stopped from outside: the run's budget ran out, or the run was cancelled. */
class StopSignal extends Error {
    why;
    name = 'StopSignal';
    constructor(why) {
        super(why === 'budget' ? 'the time budget ran out' : 'the run was cancelled');
        this.why = why;
    }
}
/**
 * The error of a call stopped from outside. A write cut in flight may have landed: the
 * message says so, and a re-run re-plans against what is there.
 */
function stoppedError(context, spec, tries, why, extra = '', inFlight = false) {
    const budget = context.budgetLabel ? ` of ${context.budgetLabel}` : '';
    const reason = why === 'budget' ? `the time budget${budget} ran out` : 'the run was cancelled';
    const state = tries === 0
        ? 'not sent'
        : inFlight && spec.method !== 'GET'
            ? 'cut in flight, so it may or may not have taken effect (a re-run re-plans against what is there)'
            : 'stopped';
    const message = `${spec.method} ${spec.path} → ${state}: ${reason}${extra}`;
    const ErrorClass = why === 'budget' ? api/* TimeBudgetError */.dK : api/* CancelledError */.cc;
    return new ErrorClass(context.redactor.redact(message), {
        method: spec.method,
        path: spec.path,
        attempts: tries,
    });
}
/** An injected wait, ended early by the signal (the real timer takes the signal itself). */
function raceSignal(wait, signal) {
    if (!signal)
        return wait;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        wait.then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}

// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(6424);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(7405);
var agent_default = /*#__PURE__*/__webpack_require__.n(agent);
;// CONCATENATED MODULE: ./src/neuroflash/undici-parts.ts


const Agent = (agent_default());
/** undici's `request(url, options)` on the given dispatcher. */
function request(url, options) {
    const { dispatcher, ...rest } = options;
    const parsed = new URL(url);
    return api_request_default().call(dispatcher, {
        ...rest,
        origin: parsed.origin,
        path: `${parsed.pathname}${parsed.search}`,
    });
}

;// CONCATENATED MODULE: ./src/neuroflash/http.ts
/**
 * The one place where requests go over the wire and where retries happen. Every call of
 * the client, the token request included, goes through `Transport.call`, so the retry
 * rules, the secret redaction and the request counts cannot differ between calls.
 */








/**
 * Sends requests through one undici `Agent` (one keep-alive pool per origin) and applies
 * the retry rules of `retry-rules.ts` under the shared policy of `src/retry.ts`.
 */
class Transport {
    options;
    stats = { requests: 0, tokenRequests: 0, retries: 0 };
    closing;
    constructor(options) {
        this.options = options;
    }
    /** Closes the connection pools; later calls fail at once. Safe to call twice. */
    close() {
        this.closing ??= this.options.agent.close().then(() => undefined);
        return this.closing;
    }
    /** Runs one call to completion: its result, or a thrown `ApiError` (or subclass). */
    async call(spec) {
        const { policy } = this.options;
        const now = this.options.now ?? Date.now;
        let tries = 0;
        let waitedMs = 0;
        let backoffs = 0;
        let renewedToken = false;
        let maybeDone = false;
        for (;;) {
            if (this.closing) {
                throw new Error(`${spec.method} ${spec.path}: the neuroflash client is closed`);
            }
            this.checkStop(spec, tries);
            const token = spec.auth ? await spec.auth.get() : undefined;
            this.checkStop(spec, tries);
            tries += 1;
            const outcome = await this.exchange(spec, token, tries);
            if (outcome.kind === 'response') {
                const accepted = spec.accept.includes(outcome.status) ||
                    (maybeDone && spec.acceptAfterMaybeDone?.includes(outcome.status) === true);
                if (accepted)
                    return this.parse(spec, outcome, tries);
                if (outcome.status === 401 && spec.auth && token !== undefined && !renewedToken) {
                    // An expired or revoked token: one new token and one more try, never more.
                    renewedToken = true;
                    spec.auth.invalidate(token);
                    this.noteRetry(spec, tries + 1, policy.maxAttempts + 1, 0, '401', outcome.status, undefined, 'with a new token');
                    continue;
                }
            }
            const verdict = judgeFailure(outcome, now());
            if (verdict.maybeDone)
                maybeDone = true;
            if (!verdict.retryable)
                throw failureError(this.options.redactor, spec, outcome, tries);
            // The renewed-token try is a bonus: it does not eat into the configured tries.
            const maxTries = policy.maxAttempts + (renewedToken ? 1 : 0);
            if (tries >= maxTries)
                return this.giveUp(spec, outcome, tries, verdict.maybeDone, '');
            const wait = decideWait(policy, backoffs, waitedMs, verdict.retryAfterMs, this.options.random);
            if ('stop' in wait) {
                return this.giveUp(spec, outcome, tries, verdict.maybeDone, `; ${wait.stop}`);
            }
            const delayMs = wait.waitMs;
            backoffs += 1;
            const status = outcome.kind === 'response' ? outcome.status : undefined;
            const reason = outcome.kind === 'response' ? String(outcome.status) : outcome.label;
            const { deadline } = this.options;
            if (deadline !== undefined && now() + delayMs >= deadline) {
                // Waiting would end past the budget: stop now, with the last failure to show.
                const last = failureError(this.options.redactor, spec, outcome, tries).message;
                throw stoppedError(this.options, spec, tries, 'budget', `; the last try failed: ${last}`);
            }
            this.noteRetry(spec, tries + 1, maxTries, delayMs, reason, status, verdict.retryAfterMs);
            await this.wait(spec, tries, delayMs);
            waitedMs += delayMs;
            if (verdict.maybeDone && spec.unsafe) {
                const found = await this.recover(spec, outcome, tries);
                if (found !== undefined)
                    return found;
            }
        }
    }
    /** Throws when the run was cancelled or its budget ran out: no new try may start. */
    checkStop(spec, tries) {
        const { signal, deadline } = this.options;
        const now = this.options.now ?? Date.now;
        if (signal?.aborted)
            throw stoppedError(this.options, spec, tries, 'cancel');
        if (deadline !== undefined && now() >= deadline) {
            throw stoppedError(this.options, spec, tries, 'budget');
        }
    }
    /** The retry wait; cancelling the run ends it. */
    async wait(spec, tries, ms) {
        const signal = this.options.signal;
        try {
            const injected = this.options.sleep;
            if (injected === undefined)
                await (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {});
            else
                await raceSignal(injected(ms), signal);
        }
        catch (error) {
            if (signal?.aborted)
                throw stoppedError(this.options, spec, tries, 'cancel');
            throw error;
        }
    }
    async exchange(spec, token, tries) {
        const headers = {
            accept: 'application/json',
            'user-agent': this.options.userAgent,
            ...spec.headers,
        };
        if (token !== undefined)
            headers.authorization = `Bearer ${token}`;
        this.stats.requests += 1;
        if (spec.isTokenRequest)
            this.stats.tokenRequests += 1;
        const controller = new AbortController();
        // The request's own timeout, or the run's budget if that ends first.
        const { deadline, signal } = this.options;
        const left = deadline === undefined
            ? Number.POSITIVE_INFINITY
            : deadline - (this.options.now ?? Date.now)();
        const timer = setTimeout(() => controller.abort(left < spec.timeoutMs
            ? new StopSignal('budget')
            : new RequestTimeoutError(spec.timeoutMs)), Math.max(0, Math.min(spec.timeoutMs, left)));
        const cancel = () => controller.abort(new StopSignal('cancel'));
        signal?.addEventListener('abort', cancel, { once: true });
        try {
            const response = await request(spec.url, {
                method: spec.method,
                headers,
                body: spec.body,
                dispatcher: this.options.agent,
                signal: controller.signal,
            });
            // The body is read under the same deadline: a stalled body is as bad as no answer.
            const text = await response.body.text();
            return {
                kind: 'response',
                status: response.statusCode,
                headers: response.headers,
                text,
                json: parseJson(text),
            };
        }
        catch (error) {
            if (error instanceof StopSignal) {
                throw stoppedError(this.options, spec, tries, error.why, '', true);
            }
            if (error instanceof RequestTimeoutError) {
                return {
                    kind: 'network',
                    error,
                    code: error.code,
                    label: `no response (timeout after ${formatSeconds(error.timeoutMs)})`,
                };
            }
            const code = networkErrorCode(error);
            return { kind: 'network', error, code, label: `no response (${code})` };
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', cancel);
        }
    }
    parse(spec, response, tries) {
        try {
            return spec.parse(response);
        }
        catch (error) {
            if (!(error instanceof ResponseShapeError))
                throw error;
            const ErrorClass = spec.errorClass ?? api/* ApiError */.hD;
            const message = `${spec.messagePrefix ?? ''}${spec.method} ${spec.path} → ${response.status}: ${error.message}`;
            throw new ErrorClass(this.options.redactor.redact(message), { method: spec.method, path: spec.path, status: response.status, attempts: tries }, { cause: error });
        }
    }
    /**
     * The call failed for good. A create whose last try may have landed is looked up one
     * last time: an audience that exists must not be reported as a failed create.
     */
    async giveUp(spec, outcome, tries, maybeDone, extra) {
        if (maybeDone && spec.unsafe) {
            const found = await this.recover(spec, outcome, tries);
            if (found !== undefined)
                return found;
        }
        throw failureError(this.options.redactor, spec, outcome, tries, extra);
    }
    async recover(spec, outcome, tries) {
        if (!spec.unsafe)
            return undefined;
        try {
            return await spec.unsafe.recover();
        }
        catch (error) {
            // Without the lookup a retry could create a duplicate: stop here instead.
            const reason = error instanceof Error ? error.message : String(error);
            const failure = failureError(this.options.redactor, spec, outcome, tries, `; could not check whether it took effect, so it was not retried: ${this.options.redactor.redact(reason)}`);
            throw new (spec.errorClass ?? api/* ApiError */.hD)(failure.message, failure.details, { cause: error });
        }
    }
    noteRetry(spec, attempt, maxAttempts, delayMs, reason, status, retryAfterMs, how) {
        this.stats.retries += 1;
        const wait = how ?? `in ${formatSeconds(delayMs)}`;
        const asked = retryAfterMs === undefined ? '' : ` (Retry-After ${formatSeconds(retryAfterMs)})`;
        this.options.log.debug(this.options.redactor.redact(`retry ${attempt}/${maxAttempts} ${wait}: ${spec.method} ${spec.path} → ${reason}${asked}`));
        this.options.onRetry?.({
            method: spec.method,
            path: spec.path,
            attempt,
            maxAttempts,
            delayMs,
            reason,
            ...(status === undefined ? {} : { status }),
            ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
    }
}

// EXTERNAL MODULE: ./src/neuroflash/loopback.ts
var loopback = __webpack_require__(5146);
;// CONCATENATED MODULE: ./src/neuroflash/redact.ts
/**
 * The client's redactor is the process's one redactor (`src/redact.ts`): a secret the
 * client learns (an access token) is then masked in every channel, not only in the
 * client's own messages.
 */


;// CONCATENATED MODULE: ./src/neuroflash/token.ts
/**
 * OAuth2 client credentials: one cached token, shared by every concurrent caller, renewed
 * shortly before it expires or when the API refuses it.
 */


/** Assumed lifetime when the token endpoint omits `expires_in`; a 401 renews it anyway. */
const DEFAULT_LIFETIME_S = 300;
/**
 * How long a token with this `expires_in` (seconds) is reused, in ms: its lifetime minus
 * a margin of 60 s, or of 10% for short lifetimes, so that no request leaves with a token
 * that expires on the way.
 */
function tokenReuseMs(expiresInS) {
    const marginS = Math.min(60, expiresInS * 0.1);
    return Math.max(0, (expiresInS - marginS) * 1000);
}
function parseGrant(response) {
    const body = response.json;
    if (typeof body !== 'object' || body === null) {
        throw new ResponseShapeError('the token endpoint did not answer with JSON');
    }
    const { access_token: accessToken, expires_in: expiresIn } = body;
    if (typeof accessToken !== 'string' || accessToken === '') {
        throw new ResponseShapeError('the token endpoint answered without an access_token');
    }
    const seconds = typeof expiresIn === 'string' ? Number(expiresIn) : expiresIn;
    return {
        accessToken,
        expiresInS: typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
            ? seconds
            : DEFAULT_LIFETIME_S,
    };
}
/** The token URL as messages show it: no query, no user info. */
function displayUrl(url) {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
}
/** A `TokenProvider` for the client-credentials grant. */
class ClientCredentials {
    options;
    cached;
    pending;
    now;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    /** The cached token, or a new one; concurrent callers share one token request. */
    get() {
        if (this.cached && this.now() < this.cached.reuseUntil)
            return Promise.resolve(this.cached.token);
        this.pending ??= this.fetch().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    invalidate(token) {
        // Several calls may fail with the same old token; only the first one drops it, so
        // that they all share the one renewal instead of each asking for a token.
        if (this.cached?.token === token)
            this.cached = undefined;
    }
    async fetch() {
        const { transport, tokenUrl, clientId, clientSecret, redactor, onSecret } = this.options;
        const form = new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: clientId,
            client_secret: clientSecret,
            scope: 'openid',
        });
        const startedAt = this.now();
        const grant = await transport.call({
            method: 'POST',
            url: tokenUrl,
            path: displayUrl(tokenUrl),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            timeoutMs: this.options.timeoutMs,
            accept: [200, 201],
            parse: parseGrant,
            isTokenRequest: true,
            errorClass: api/* AuthError */.lR,
            messagePrefix: 'authentication failed: ',
            hint: (status) => (0,api/* credentialsRefused */.$C)(status) ? 'Check the client id and the client secret' : undefined,
        });
        redactor.add(grant.accessToken);
        onSecret?.(grant.accessToken);
        // The lifetime counts from the request, not the answer: the token aged on the way.
        this.cached = {
            token: grant.accessToken,
            reuseUntil: startedAt + tokenReuseMs(grant.expiresInS),
        };
        return grant.accessToken;
    }
}

// EXTERNAL MODULE: ./src/neuroflash/workspaces.ts
var workspaces = __webpack_require__(9385);
;// CONCATENATED MODULE: ./src/neuroflash/client.ts
/**
 * The neuroflash client: the only code that speaks HTTP to neuroflash. It returns
 * complete lists or throws, retries what is safe to retry, and never creates twice.
 * Free of `@actions/core`: the Action and the CLI both use
 * it, and masking reaches the Action through `onSecret`.
 */











const DEFAULT_TIMEOUTS = { requestMs: 30_000, importMs: 120_000, connectMs: 10_000 };
const DEFAULT_PAGE_CONCURRENCY = 4;
const DEFAULT_USER_AGENT = 'audience-sync';
const WORKSPACES_PATH = '/workspace-service/v1/workspaces';
function checkUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new TypeError(`${name} is not a valid URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new TypeError(`${name} must be an http(s) URL`);
    }
    if (url.protocol === 'http:' && !(0,loopback/* isLoopback */.U)(url.hostname)) {
        // The client secret and the bearer token would cross the network in clear text.
        throw new TypeError(`${name} ${url.origin} uses http:// to a host that is not loopback; credentials are sent only over https:// (http:// is allowed for localhost, 127.0.0.0/8 and [::1])`);
    }
    return value.replace(/\/+$/, '');
}
function positive(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value <= 0) {
        throw new TypeError(`${name} must be a positive number, got ${String(value)}`);
    }
    return value;
}
/**
 * Creates the client. Nothing goes over the wire until the first call; the token is
 * fetched on demand and shared.
 */
function createNeuroflashClient(options) {
    const baseUrl = checkUrl('apiUrl', options.apiUrl);
    const tokenUrl = checkUrl('tokenUrl', options.tokenUrl);
    if (options.clientId.trim() === '')
        throw new TypeError('clientId is empty');
    if (options.clientSecret === '')
        throw new TypeError('clientSecret is empty');
    const policy = resolveRetryPolicy(options.retry, NEUROFLASH_RETRY_POLICY);
    const timeouts = {
        requestMs: positive('timeouts.requestMs', options.timeouts?.requestMs, DEFAULT_TIMEOUTS.requestMs),
        importMs: positive('timeouts.importMs', options.timeouts?.importMs, DEFAULT_TIMEOUTS.importMs),
        connectMs: positive('timeouts.connectMs', options.timeouts?.connectMs, DEFAULT_TIMEOUTS.connectMs),
    };
    const pageConcurrency = Math.floor(positive('pageConcurrency', options.pageConcurrency, DEFAULT_PAGE_CONCURRENCY));
    const redactor = secrets;
    redactor.addCredentials(options.clientId, options.clientSecret);
    options.onSecret?.(options.clientSecret);
    const sink = options.log;
    const log = {
        debug: (msg) => sink?.debug(redactor.redact(msg)),
        info: (msg) => (sink?.info ?? sink?.debug)?.call(sink, redactor.redact(msg)),
        warning: (msg) => (sink?.warning ?? sink?.debug)?.call(sink, redactor.redact(msg)),
    };
    // One Agent: one keep-alive pool per origin (the API and the token host), closed together.
    const agent = new Agent({ connect: { timeout: timeouts.connectMs } });
    const transport = new Transport({
        agent,
        policy,
        redactor,
        log,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
        ...(options.budgetLabel ? { budgetLabel: options.budgetLabel } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const tokens = new ClientCredentials({
        transport,
        tokenUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        timeoutMs: timeouts.requestMs,
        redactor,
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    });
    const ctx = {
        transport,
        tokens,
        baseUrl,
        requestTimeoutMs: timeouts.requestMs,
        importTimeoutMs: timeouts.importMs,
        pageConcurrency,
        log,
        ...(options.onListPage ? { onListPage: options.onListPage } : {}),
    };
    const listWorkspaces = () => listAll(ctx, WORKSPACES_PATH, 'workspaces', toWorkspace, (w) => idOf(w));
    return {
        listWorkspaces,
        async resolveWorkspace(idOrName) {
            return (0,workspaces/* chooseWorkspace */.F)(await listWorkspaces(), idOrName);
        },
        audiences(workspaceId) {
            return new WorkspaceAudiences(ctx, workspaceId);
        },
        stats: transport.stats,
        close: () => transport.close(),
    };
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
/**
 * The one concurrency pool of the project: the applier runs its changes through it and
 * the client its page reads.
 */
/**
 * Runs `task` on every item with at most `limit` tasks in flight. Items start in their
 * order, each as soon as a worker is free, so n items take about ceil(n / limit) rounds.
 * Results come back in item order. After the first rejection no new task starts, the
 * running ones finish, and then that first error is thrown: nothing is left running in
 * the background once this settles. Callers that must see every outcome (the applier)
 * turn failures into values instead of rejecting.
 */
async function runPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            // Taking the index before the await is what keeps two workers off one item.
            const index = next;
            next += 1;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ })

};
;