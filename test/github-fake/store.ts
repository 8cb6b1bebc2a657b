/**
 * The fake GitHub's state (issues, pull requests, comments, labels) and the JSON views
 * GitHub's REST API renders of it. No HTTP here: `index.ts` routes requests to it.
 */

/** A request the API refuses, with the status and body GitHub would send. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

const DOCS = 'https://docs.github.com/rest';

/** GitHub's answer to an unknown route, repository, issue or comment. */
export const notFound = (): HttpError =>
  new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

/** GitHub's 422 shape: one entry per invalid field. */
export const invalid = (resource: string, field: string, code: string, message?: string) =>
  new HttpError(422, {
    message: 'Validation Failed',
    errors: [{ resource, field, code, ...(message ? { message } : {}) }],
    documentation_url: DOCS,
    status: '422',
  });

/** GitHub refuses comment and issue bodies longer than this many characters. */
export const MAX_BODY_CHARS = 65_536;

export interface PullState {
  headSha: string;
  baseRef: string;
  merged: boolean;
  mergeCommitSha: string | null;
  mergedAt: string | null;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  /** Canonical label names, in the order they were set. */
  labels: string[];
  login: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Present when the issue is a pull request: they share one number space. */
  pull?: PullState;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

/** The login GitHub shows for writes made with an Actions `GITHUB_TOKEN`. */
export const BOT_LOGIN = 'github-actions[bot]';

// A fixed epoch keeps the fake deterministic; each tick is one second later, so
// timestamps stay strictly increasing at GitHub's one-second resolution.
const EPOCH = Date.UTC(2025, 0, 1);

export class Store {
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  /** Keyed by lower-cased name: GitHub label names are unique regardless of case. */
  private readonly labels = new Map<string, { id: number; name: string }>();
  private readonly userIds = new Map<string, number>([[BOT_LOGIN, 41898282]]);
  private lastId = 1000;
  private ticks = 0;

  /** The repository's API URL, e.g. `http://127.0.0.1:PORT/repos/acme/audiences`. */
  readonly apiRepo: string;
  private readonly htmlRepo: string;
  private readonly fullName: string;

  constructor(origin: string, owner: string, repo: string) {
    this.fullName = `${owner}/${repo}`;
    this.apiRepo = `${origin}/repos/${this.fullName}`;
    this.htmlRepo = `https://github.com/${this.fullName}`;
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  now(): string {
    this.ticks += 1;
    return new Date(EPOCH + this.ticks * 1000).toISOString().replace('.000Z', 'Z');
  }

  nextNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  issue(number: number): IssueRecord {
    const found = this.issues.get(number);
    if (!found) throw notFound();
    return found;
  }

  comment(id: number): CommentRecord {
    const found = this.comments.get(id);
    if (!found) throw notFound();
    return found;
  }

  /** Resolves names to existing labels, creating the missing ones as GitHub does. */
  labelNames(names: string[]): string[] {
    const out: string[] = [];
    for (const raw of names) {
      const key = raw.trim().toLowerCase();
      let label = this.labels.get(key);
      if (!label) {
        label = { id: this.nextId(), name: raw.trim() };
        this.labels.set(key, label);
      }
      if (!out.includes(label.name)) out.push(label.name);
    }
    return out;
  }

  addComment(issueNumber: number, body: string, login: string): CommentRecord {
    const issue = this.issue(issueNumber);
    const at = this.now();
    const comment = { id: this.nextId(), issueNumber, body, login, createdAt: at, updatedAt: at };
    this.comments.set(comment.id, comment);
    issue.updatedAt = at;
    return comment;
  }

  commentsOf(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === issueNumber);
  }

  private user(login: string) {
    let id = this.userIds.get(login);
    if (id === undefined) {
      id = 5_000_000 + this.userIds.size;
      this.userIds.set(login, id);
    }
    return { login, id, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  private labelJson(name: string) {
    const label = this.labels.get(name.toLowerCase());
    return {
      id: label?.id,
      name,
      url: `${this.apiRepo}/labels/${encodeURIComponent(name)}`,
      color: 'ededed',
      default: false,
      description: null,
    };
  }

  htmlUrl(issue: IssueRecord): string {
    return `${this.htmlRepo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  }

  commentJson(c: CommentRecord) {
    const issue = this.issue(c.issueNumber);
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.apiRepo}/issues/comments/${c.id}`,
      html_url: `${this.htmlUrl(issue)}#issuecomment-${c.id}`,
      issue_url: `${this.apiRepo}/issues/${issue.number}`,
      body: c.body,
      user: this.user(c.login),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  }

  issueJson(i: IssueRecord) {
    return {
      id: i.id,
      node_id: `I_${i.id}`,
      url: `${this.apiRepo}/issues/${i.number}`,
      html_url: this.htmlUrl(i),
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      labels: i.labels.map((name) => this.labelJson(name)),
      user: this.user(i.login),
      comments: this.commentsOf(i.number).length,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      // GitHub marks the pull requests that issue endpoints return with this key.
      ...(i.pull
        ? {
            pull_request: {
              url: `${this.apiRepo}/pulls/${i.number}`,
              html_url: this.htmlUrl(i),
              merged_at: i.pull.mergedAt,
            },
          }
        : {}),
    };
  }

  /** `detailed` adds the fields only the single-PR endpoint returns, such as `merged`. */
  pullJson(i: IssueRecord, detailed: boolean) {
    const pull = i.pull;
    if (!pull) throw notFound();
    const repo = { full_name: this.fullName, url: this.apiRepo };
    return {
      id: i.id,
      node_id: `PR_${i.id}`,
      url: `${this.apiRepo}/pulls/${i.number}`,
      html_url: this.htmlUrl(i),
      number: i.number,
      state: i.state,
      title: i.title,
      body: i.body,
      user: this.user(i.login),
      labels: i.labels.map((name) => this.labelJson(name)),
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      head: { ref: `pr-${i.number}`, sha: pull.headSha, repo },
      base: { ref: pull.baseRef, repo },
      ...(detailed ? { merged: pull.merged, draft: false } : {}),
    };
  }
}
