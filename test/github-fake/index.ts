/**
 * A fake of the GitHub REST API endpoints the Action uses (PR comments, pull requests,
 * the drift issue), served over real HTTP on 127.0.0.1 so that Octokit, pointed at it
 * through `GITHUB_API_URL` or `baseUrl`, runs unmodified. It records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BOT_LOGIN,
  HttpError,
  type IssueRecord,
  invalid,
  MAX_BODY_CHARS,
  notFound,
  Store,
} from './store.js';

export interface FakeGitHubOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default `ghs_faketoken123`. */
  token?: string;
  /** Default `acme`. */
  owner?: string;
  /** Default `audiences`. */
  repo?: string;
  /**
   * The user the token belongs to, as `GET /user` answers for a personal access token.
   * Default: none, and `GET /user` answers 403 as it does for an Actions `GITHUB_TOKEN`.
   * Comments created through the API are written as this user (else as the Actions bot).
   */
  viewer?: string;
}

export interface RequestRecord {
  method: string;
  /** Without the query. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text if it was not JSON, or undefined when empty. */
  body: unknown;
  status: number;
  /** ms timestamp of arrival. */
  at: number;
}

export interface FaultRule {
  /** Any method when absent. */
  method?: string;
  /** A substring of, or a RegExp tested on, the path without the query. Any path when absent. */
  path?: string | RegExp;
  /** How many matching requests get the fault; unlimited when absent. */
  times?: number;
  status: number;
  headers?: Record<string, string>;
  /** Default `{ message: <the status text> }`. */
  body?: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: number;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  /** Default `main`. */
  baseRef?: string;
  labels?: string[];
  /** Default `closed` when merged, else `open`. */
  state?: 'open' | 'closed';
  merged?: boolean;
  mergeCommitSha?: string;
  /** Default `PR #<number>`. */
  title?: string;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT`: the value for `GITHUB_API_URL`. */
  readonly url: string;
  readonly token: string;
  /** Every request, in arrival order, faulted and refused ones included. */
  readonly requests: RequestRecord[];
  clearLog(): void;
  /** Writes: every non-GET request attempted, whatever its status. */
  writes(): { method: string; path: string; body: unknown }[];
  addPullRequest(pr: FakePullRequest): void;
  /** Simulates a push while a run plans. */
  setPullRequestHead(number: number, headSha: string): void;
  setLabels(number: number, labels: string[]): void;
  /** Comments on an issue or PR, in creation order. */
  comments(issueNumber: number): FakeComment[];
  /** Adds a comment as if another run or person wrote it; returns its id. Default login `github-actions[bot]`. */
  addComment(issueNumber: number, body: string, login?: string): number;
  /** The issues that are not pull requests, in creation order. */
  issues(): FakeIssue[];
  addFault(rule: FaultRule): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Query = Record<string, string>;
type Handler = (id: string, query: Query, body: Record<string, unknown>, path: string) => Reply;

/**
 * Starts the fake on 127.0.0.1. Every call needs `Authorization: token <token>` or
 * `Bearer <token>`, and a path under `/repos/{owner}/{repo}`.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghs_faketoken123';
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'audiences';
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new Store(origin, owner, repo);
  const requests: RequestRecord[] = [];
  const faults: (FaultRule & { left: number })[] = [];

  /** One page of `items`, with a Link header built from the request's own query, as GitHub does. */
  const paginate = (items: unknown[], query: Query, path: string): Reply => {
    const asked = Number.parseInt(query.per_page ?? '', 10);
    const perPage = asked >= 1 ? Math.min(asked, 100) : 30;
    const page = Math.max(1, Number.parseInt(query.page ?? '', 10) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) =>
      `<${origin}${path}?${new URLSearchParams({ ...query, page: String(p) })}>; rel="${rel}"`;
    const rels = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    const body = items.slice((page - 1) * perPage, page * perPage);
    return { status: 200, body, headers: rels.length ? { link: rels.join(', ') } : {} };
  };

  const text = (body: Record<string, unknown>, field: string, resource: string): string => {
    const value = body[field];
    if (typeof value !== 'string' || value === '') throw invalid(resource, field, 'missing_field');
    if ([...value].length > MAX_BODY_CHARS) {
      const message = `${field[0]?.toUpperCase()}${field.slice(1)} is too long (maximum is ${MAX_BODY_CHARS} characters)`;
      throw invalid(resource, field, 'custom', message);
    }
    return value;
  };

  const labelsOf = (value: unknown): string[] => {
    const names = Array.isArray(value)
      ? value.map((l) => (typeof l === 'object' && l !== null ? (l as { name?: unknown }).name : l))
      : undefined;
    if (!names?.every((n): n is string => typeof n === 'string' && n.trim() !== '')) {
      throw invalid('Label', 'labels', 'invalid');
    }
    return store.labelNames(names);
  };

  const listIssues: Handler = (_id, query, _body, path) => {
    const state = query.state ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) throw invalid('Issue', 'state', 'invalid');
    const wanted = (query.labels ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const sortKey = query.sort === 'updated' ? 'updatedAt' : 'createdAt';
    const sign = query.direction === 'asc' ? 1 : -1;
    const found = [...store.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => sign * (a[sortKey].localeCompare(b[sortKey]) || a.id - b.id));
    return paginate(
      found.map((i) => store.issueJson(i)),
      query,
      path,
    );
  };

  const issueUrl = (issue: IssueRecord) => `${store.apiRepo}/issues/${issue.number}`;

  const createIssue: Handler = (_id, _query, body) => {
    const title = text(body, 'title', 'Issue');
    const description = body.body == null ? null : text(body, 'body', 'Issue');
    const labels = body.labels == null ? [] : labelsOf(body.labels);
    const at = store.now();
    const issue: IssueRecord = {
      id: store.nextId(),
      number: store.nextNumber(),
      title,
      body: description,
      state: 'open',
      stateReason: null,
      labels,
      login: BOT_LOGIN,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    store.issues.set(issue.number, issue);
    return { status: 201, body: store.issueJson(issue), headers: { location: issueUrl(issue) } };
  };

  const updateIssue: Handler = (n, _query, body) => {
    const issue = store.issue(Number(n));
    // Validate everything before changing anything: a refused PATCH changes nothing.
    const title = 'title' in body ? text(body, 'title', 'Issue') : issue.title;
    const description =
      body.body == null ? ('body' in body ? null : issue.body) : text(body, 'body', 'Issue');
    const state = body.state ?? issue.state;
    if (state !== 'open' && state !== 'closed') throw invalid('Issue', 'state', 'invalid');
    const reason = body.state_reason ?? null;
    if (reason !== null && !['completed', 'not_planned', 'reopened'].includes(String(reason))) {
      throw invalid('Issue', 'state_reason', 'invalid');
    }
    const labels = 'labels' in body ? labelsOf(body.labels) : issue.labels;
    if (state !== issue.state) {
      issue.closedAt = state === 'closed' ? store.now() : null;
      issue.stateReason = state === 'closed' ? String(reason ?? 'completed') : 'reopened';
    } else if (reason !== null && state === 'closed') {
      issue.stateReason = String(reason);
    }
    Object.assign(issue, { title, body: description, state, labels, updatedAt: store.now() });
    return { status: 200, body: store.issueJson(issue) };
  };

  const routes: [method: string, pattern: RegExp, handler: Handler][] = [
    ['GET', /^\/issues$/, listIssues],
    ['POST', /^\/issues$/, createIssue],
    ['GET', /^\/issues\/(\d+)$/, (n) => ({ status: 200, body: store.issueJson(store.issue(+n)) })],
    ['PATCH', /^\/issues\/(\d+)$/, updateIssue],
    [
      'GET',
      /^\/issues\/(\d+)\/labels$/,
      (n, query, _b, path) => paginate(store.issueJson(store.issue(+n)).labels, query, path),
    ],
    [
      'GET',
      /^\/issues\/(\d+)\/comments$/,
      (n, query, _b, path) => {
        store.issue(+n);
        const all = store.commentsOf(+n).map((c) => store.commentJson(c));
        return paginate(all, query, path);
      },
    ],
    [
      'POST',
      /^\/issues\/(\d+)\/comments$/,
      (n, _q, body) => {
        const comment = store.addComment(
          +n,
          text(body, 'body', 'IssueComment'),
          options.viewer ?? BOT_LOGIN,
        );
        const json = store.commentJson(comment);
        return { status: 201, body: json, headers: { location: json.url } };
      },
    ],
    [
      'GET',
      /^\/issues\/comments\/(\d+)$/,
      (id) => ({ status: 200, body: store.commentJson(store.comment(+id)) }),
    ],
    [
      'PATCH',
      /^\/issues\/comments\/(\d+)$/,
      (id, _q, body) => {
        const comment = store.comment(+id);
        comment.body = text(body, 'body', 'IssueComment');
        comment.updatedAt = store.now();
        return { status: 200, body: store.commentJson(comment) };
      },
    ],
    [
      'DELETE',
      /^\/issues\/comments\/(\d+)$/,
      (id) => {
        store.comment(+id);
        store.comments.delete(+id);
        return { status: 204 };
      },
    ],
    [
      'GET',
      /^\/pulls\/(\d+)$/,
      (n) => ({ status: 200, body: store.pullJson(store.issue(+n), true) }),
    ],
    [
      'GET',
      /^\/commits\/([^/]+)\/pulls$/,
      (sha, query, _b, path) => {
        const pulls = [...store.issues.values()].filter(
          (i) => i.pull && (i.pull.headSha === sha || i.pull.mergeCommitSha === sha),
        );
        return paginate(
          pulls.map((i) => store.pullJson(i, false)),
          query,
          path,
        );
      },
    ],
  ];

  /** Auth, then faults, then the route: the order GitHub itself refuses things in. */
  const respond = (method: string, path: string, query: Query, body: unknown): Reply => {
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
    );
    if (fault) {
      fault.left -= 1;
      const faultBody = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error' };
      return {
        status: fault.status,
        body: faultBody,
        ...(fault.headers ? { headers: fault.headers } : {}),
      };
    }
    if (method === 'GET' && path === '/user') {
      if (!options.viewer) {
        throw new HttpError(403, { message: 'Resource not accessible by integration' });
      }
      return { status: 200, body: { login: options.viewer, type: 'User' } };
    }
    const scoped = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (!scoped || scoped[1]?.toLowerCase() !== owner.toLowerCase()) throw notFound();
    if (scoped[2]?.toLowerCase() !== repo.toLowerCase()) throw notFound();
    const rest = scoped[3] ?? '';
    for (const [m, pattern, handler] of routes) {
      const match = pattern.exec(rest);
      if (m !== method || !match) continue;
      if (typeof body === 'string') throw new HttpError(400, { message: 'Problems parsing JSON' });
      const fields = typeof body === 'object' && body !== null ? body : {};
      return handler(match[1] ?? '', query, fields as Record<string, unknown>, path);
    }
    throw notFound();
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        body = raw;
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const entry: RequestRecord = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        status: 0,
        at: Date.now(),
      };
      requests.push(entry);
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      let reply: Reply;
      try {
        if (auth?.[1] !== token) {
          throw new HttpError(401, {
            message: 'Bad credentials',
            documentation_url: 'https://docs.github.com/rest',
            status: '401',
          });
        }
        reply = respond(method, entry.path, entry.query, body);
      } catch (error) {
        reply =
          error instanceof HttpError
            ? { status: error.status, body: error.body }
            : { status: 500, body: { message: String(error) } };
      }
      entry.status = reply.status;
      const payload = reply.status === 204 ? '' : JSON.stringify(reply.body ?? null);
      res.writeHead(reply.status, {
        ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...reply.headers,
      });
      res.end(payload);
    });
  });

  const mustExist = (number: number): IssueRecord => {
    const issue = store.issues.get(number);
    if (!issue) throw new Error(`fake GitHub: no issue or pull request #${number}`);
    return issue;
  };

  return {
    url: origin,
    token,
    requests,
    clearLog: () => {
      requests.length = 0;
    },
    writes: () =>
      requests
        .filter((r) => r.method !== 'GET')
        .map(({ method, path, body }) => ({ method, path, body })),
    addPullRequest(pr) {
      if (store.issues.has(pr.number)) throw new Error(`fake GitHub: #${pr.number} exists`);
      const merged = pr.merged ?? false;
      const state = pr.state ?? (merged ? 'closed' : 'open');
      if (merged && state === 'open') throw new Error('fake GitHub: a merged PR is closed');
      const at = store.now();
      store.issues.set(pr.number, {
        id: store.nextId(),
        number: pr.number,
        title: pr.title ?? `PR #${pr.number}`,
        body: null,
        state,
        stateReason: null,
        labels: store.labelNames(pr.labels ?? []),
        login: 'octocat',
        createdAt: at,
        updatedAt: at,
        closedAt: state === 'closed' ? at : null,
        pull: {
          headSha: pr.headSha,
          baseRef: pr.baseRef ?? 'main',
          merged,
          mergeCommitSha: pr.mergeCommitSha ?? null,
          mergedAt: merged ? at : null,
        },
      });
    },
    setPullRequestHead(number, headSha) {
      const pull = mustExist(number).pull;
      if (!pull) throw new Error(`fake GitHub: #${number} is not a pull request`);
      pull.headSha = headSha;
    },
    setLabels(number, labels) {
      mustExist(number).labels = store.labelNames(labels);
    },
    comments: (issueNumber) =>
      store.commentsOf(issueNumber).map((c) => {
        const { id, body, user, created_at, updated_at, html_url } = store.commentJson(c);
        return { id, body, user: { login: user.login }, created_at, updated_at, html_url };
      }),
    addComment(issueNumber, body, login = BOT_LOGIN) {
      mustExist(issueNumber);
      return store.addComment(issueNumber, body, login).id;
    },
    issues: () =>
      [...store.issues.values()]
        .filter((i) => !i.pull)
        .map((i) => ({
          number: i.number,
          title: i.title,
          body: i.body ?? '',
          state: i.state,
          labels: [...i.labels],
          comments: store.commentsOf(i.number).length,
        })),
    addFault(rule) {
      faults.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets close by themselves; a request still in flight when a
        // test ends would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
