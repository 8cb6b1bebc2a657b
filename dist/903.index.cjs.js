"use strict";
exports.id = 903;
exports.ids = [903];
exports.modules = {

/***/ 6903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(8943);
;// CONCATENATED MODULE: ./src/github/retry-rules.ts
/**
 * GitHub's retry rules, plugged into the shared loop of `src/retry.ts`. GitHub answers a
 * burst of writes (several matrix jobs commenting at once) with a secondary rate limit:
 * a 403 or 429 that says how long to wait. Those, and 5xx on calls that are safe to
 * repeat, are retried; a 403 that is a real permission error is not.
 */

/**
 * GitHub's defaults: 3 retries after the first try, a deterministic backoff from 1 s (one
 * sequential caller, no herd to spread), at most 90 s of waiting per call.
 */
const GITHUB_RETRY_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxTotalWaitMs: 90_000,
    jitter: false,
};
/** A secondary rate limit without `retry-after` waits this long: GitHub asks for a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);
/**
 * The rule for one failed GitHub call: `undefined` when it must not be retried, else the
 * wait GitHub asks for, if any. A POST is only retried on a rate limit, which means GitHub
 * did nothing; after a 5xx it may have created the comment, and a retry would post a second.
 */
function githubRetryRule(error, method, nowMs) {
    const failure = (typeof error === 'object' && error !== null ? error : {});
    const status = failure.status;
    const headers = failure.response?.headers ?? {};
    const header = (name) => {
        const v = headers[name];
        return v === undefined ? undefined : String(v);
    };
    if (status === 403 || status === 429) {
        const askedMs = (0,retry/* parseRetryAfter */.mu)(header('retry-after'), nowMs);
        if (askedMs !== undefined)
            return { askedMs };
        const reset = header('x-ratelimit-reset');
        if (header('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
            return { askedMs: Math.max(0, Number(reset) * 1000 - nowMs) + 1000 };
        }
        if (status === 429 || /secondary rate limit/i.test(failure.message ?? '')) {
            return { askedMs: SECONDARY_LIMIT_WAIT_MS };
        }
        return undefined;
    }
    if (status !== undefined && RETRYABLE_5XX.has(status) && method.toUpperCase() !== 'POST') {
        return {};
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The GitHub seam over `@actions/github`'s Octokit. Imported dynamically by `src/action/run.ts`,
 * only on the paths that talk to GitHub, so a validate-only run never loads Octokit.
 */




const pull = (pr) => ({
    number: pr.number,
    state: pr.state,
    merged: Boolean(pr.merged_at),
    mergeCommitSha: pr.merge_commit_sha ?? undefined,
    headSha: pr.head?.sha,
    labels: pr.labels.map((l) => l.name).filter((n) => typeof n === 'string'),
});
const issue = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: i.labels
        .map((l) => (typeof l === 'string' ? l : l.name))
        .filter((n) => typeof n === 'string'),
    url: i.html_url,
    createdAt: i.created_at,
});
/** Builds the GitHub seam for one repository. Calls retry on rate limits (see `./retry-rules.ts`). */
function createGitHubApi(options) {
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl });
    const { sleep, now, log, ...limits } = options.retry ?? {};
    const policy = (0,retry/* resolveRetryPolicy */.NO)(limits, GITHUB_RETRY_POLICY);
    octokit.hook.wrap('request', (request, params) => {
        const method = String(params.method);
        return (0,retry/* withRetries */.LH)(async () => request(params), (error, nowMs) => githubRetryRule(error, method, nowMs), {
            policy,
            ...(sleep ? { sleep } : {}),
            ...(now ? { now } : {}),
            onRetry: ({ attempt, maxAttempts, delayMs, error }) => log?.(`GitHub ${method} ${String(params.url)} → ${error.status}; retry ${attempt - 1}/${maxAttempts - 1} in ${(0,retry/* formatSeconds */.Xo)(delayMs)}`),
        });
    });
    const repo = options.repo;
    const comment = (c) => ({
        id: c.id,
        body: c.body ?? '',
        url: c.html_url,
        createdAt: c.created_at,
        author: { login: c.user?.login ?? '', bot: c.user?.type === 'Bot' },
    });
    return {
        listComments: (issueNumber) => call(`list the comments of #${issueNumber}`, async () => {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            return all.map(comment);
        }),
        createComment: (issueNumber, body) => call(`comment on #${issueNumber}`, async () => {
            const res = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issueNumber,
                body,
            });
            return comment(res.data);
        }),
        updateComment: (commentId, body) => call(`edit comment ${commentId}`, async () => {
            const res = await octokit.rest.issues.updateComment({
                ...repo,
                comment_id: commentId,
                body,
            });
            return comment(res.data);
        }),
        deleteComment: (commentId) => call(`delete comment ${commentId}`, async () => {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
        }),
        viewerLogin: async () => {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch (error) {
                // An Actions or App token has no user: GitHub answers 403 (or 401/404).
                const status = error.status;
                if (status === 401 || status === 403 || status === 404)
                    return undefined;
                throw new api/* GitHubError */.y(`could not read the token's user: ${String(error)}`, undefined, {
                    cause: error,
                });
            }
        },
        pullsForCommit: (sha) => call(`find the pull requests of ${sha}`, async () => {
            const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                ...repo,
                commit_sha: sha,
            });
            return res.data.map(pull);
        }),
        getPull: (number) => call(`read pull request #${number}`, async () => {
            const res = await octokit.rest.pulls.get({ ...repo, pull_number: number });
            return pull(res.data);
        }),
        listIssues: ({ label, state }) => call(`list the ${state} issues labelled ${label}`, async () => {
            const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...repo,
                labels: label,
                state,
                sort: 'created',
                direction: 'desc',
                per_page: 100,
            });
            return all.filter((i) => !i.pull_request).map(issue);
        }),
        createIssue: ({ title, body, labels }) => call('open an issue', async () => {
            const res = await octokit.rest.issues.create({ ...repo, title, body, labels });
            return issue(res.data);
        }),
        updateIssue: (number, patch) => call(`edit issue #${number}`, async () => {
            const res = await octokit.rest.issues.update({
                ...repo,
                issue_number: number,
                ...patch,
                ...(patch.state === 'closed' ? { state_reason: 'completed' } : {}),
            });
            return issue(res.data);
        }),
    };
}
/** Turns Octokit's errors into a {@link GitHubError} that says what was being done. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        const status = typeof error === 'object' && error !== null && 'status' in error
            ? Number(error.status)
            : undefined;
        const why = error instanceof Error ? error.message : String(error);
        throw new api/* GitHubError */.y(`could not ${what}: ${status ? `${status} ` : ''}${why}`, Number.isFinite(status) ? status : undefined, { cause: error });
    }
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   NO: () => (/* binding */ resolveRetryPolicy),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yA: () => (/* binding */ decideWait)
/* harmony export */ });
/* unused harmony exports realSleep, TEST_RETRY_SCALE_ENV, testRetryScale, backoffDelayMs */
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


/***/ })

};
;