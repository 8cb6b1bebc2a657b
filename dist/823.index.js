export const id = 823;
export const ids = [823];
export const modules = {

/***/ 2823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(8943);
;// CONCATENATED MODULE: ./src/github/retry.ts
/**
 * Retries of GitHub calls. GitHub answers a burst of writes (several matrix jobs
 * commenting at once) with a secondary rate limit: a 403 or 429 that says how long to
 * wait. Those, and 5xx on calls that are safe to repeat, are retried with bounded
 * waits; a 403 that is a real permission error is not.
 */
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);
/**
 * How long to wait before retrying a call that failed with `error`, or `undefined` when
 * it must not be retried. A POST is only retried on a rate limit, which means GitHub did
 * nothing; after a 5xx it may have created the comment, and a retry would post a second.
 */
function retryDelay(error, method, retry, now, policy = {}) {
    const failure = (typeof error === 'object' && error !== null ? error : {});
    const status = failure.status;
    const headers = failure.response?.headers ?? {};
    const header = (name) => {
        const v = headers[name];
        return v === undefined ? undefined : String(v);
    };
    if (status === 403 || status === 429) {
        const retryAfter = header('retry-after');
        if (retryAfter !== undefined)
            return parseRetryAfter(retryAfter, now);
        const reset = header('x-ratelimit-reset');
        if (header('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
            return Math.max(0, Number(reset) * 1000 - now) + 1000;
        }
        if (status === 429 || /secondary rate limit/i.test(failure.message ?? '')) {
            return policy.secondaryLimitWaitMs ?? 60_000;
        }
        return undefined;
    }
    if (status !== undefined && RETRYABLE_5XX.has(status) && method.toUpperCase() !== 'POST') {
        return (policy.baseDelayMs ?? 1000) * 2 ** retry;
    }
    return undefined;
}
/** `Retry-After` is seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}
/**
 * Runs `call`, retrying as {@link retryDelay} says, within the policy's limits. A wait
 * that would overrun the total budget is not started: the error is thrown at once.
 */
async function withRetries(call, describe, policy = {}) {
    const maxRetries = policy.maxRetries ?? 3;
    const budget = policy.maxTotalWaitMs ?? 90_000;
    const sleep = policy.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = policy.now ?? Date.now;
    let waited = 0;
    for (let retry = 0;; retry++) {
        try {
            return await call();
        }
        catch (error) {
            const delay = retryDelay(error, describe.method, retry, now(), policy);
            if (delay === undefined || retry >= maxRetries || waited + delay > budget)
                throw error;
            const status = error.status;
            policy.log?.(`GitHub ${describe.method} ${describe.url} → ${status}; retry ${retry + 1}/${maxRetries} in ${(delay / 1000).toFixed(1)}s`);
            waited += delay;
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The GitHub seam over `@actions/github`'s Octokit. Imported dynamically by `main.ts`,
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
/** Builds the GitHub seam for one repository. Calls retry on rate limits (see `./retry.ts`). */
function createGitHubApi(options) {
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl });
    octokit.hook.wrap('request', (request, params) => withRetries(async () => request(params), { method: String(params.method), url: String(params.url) }, options.retry));
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


/***/ })

};
