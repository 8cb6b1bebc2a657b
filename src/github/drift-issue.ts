/**
 * The drift issue: one GitHub issue per (workspace, path), opened when a drift check finds
 * drift, kept up to date while the drift lasts, and closed when the workspace matches the
 * files again. It is found by its label and by the key in its hidden marker, so a
 * person's issue with the same label is never touched.
 */
import { redact } from '../redact.js';
import type { GitHubComments, GitHubIssue, GitHubIssues } from './api.js';
import { parseDriftMarker } from './marker.js';
import { sameButRunLinks } from './run-link.js';

export interface DriftIssueRequest {
  /** The marker key of the (resolved workspace, path) pair. */
  key: string;
  /** The label every drift issue carries. */
  label: string;
  /** What the check found: absent when the workspace matches the files. */
  drift?: {
    title: string;
    /** Starts with the drift marker of `key`, carrying `fingerprint`. */
    body: string;
    /** The drift plan's fingerprint: when it changes, the drift changed. */
    fingerprint: string;
  };
  /** The link to this run, for the comments. */
  runUrl?: string;
}

export type DriftIssueAction =
  /** Drift, and no issue of this key existed, open or closed. */
  | 'created'
  /** Drift, and the open issue's description changed. */
  | 'updated'
  /** Drift, and the open issue already says exactly this. */
  | 'unchanged'
  /** Drift is back: the most recent closed issue of this key was reopened. */
  | 'reopened'
  /** No drift: the open issue was closed with a comment. */
  | 'closed';

export interface DriftIssueOutcome {
  /** Absent when there was neither drift nor an open issue: nothing to do. */
  action?: DriftIssueAction;
  issue?: GitHubIssue;
  /** Open copies left by racing checks, closed as duplicates. */
  closedDuplicates: number;
}

/**
 * Brings the drift issue of `request.key` in line with the check's result.
 *
 * - Drift and an open issue: the description is edited when it differs (edits notify
 *   nobody), and a short comment is added only when the drift itself changed (its
 *   fingerprint), so watchers hear about news, not about every check.
 * - Drift and no open issue: the most recent closed one is reopened, so one workspace's
 *   drift history stays in one thread; only a key never seen before opens a new issue.
 * - No drift: the open issue gets a comment with the run's link and is closed.
 */
export async function syncDriftIssue(
  api: GitHubIssues & Pick<GitHubComments, 'createComment'>,
  request: DriftIssueRequest,
): Promise<DriftIssueOutcome> {
  const { key, label } = request;
  // Published through the API, where the runner's masking never applies.
  const drift = request.drift && {
    ...request.drift,
    title: redact(request.drift.title),
    body: redact(request.drift.body),
  };
  const mine = (issues: GitHubIssue[]) =>
    issues.filter((i) => parseDriftMarker(i.body)?.key === key);
  const [open, ...copies] = mine(await api.listIssues({ label, state: 'open' })).sort(
    (a, b) => a.number - b.number,
  );
  const when = asOf(request.runUrl);

  if (!drift) {
    if (!open) return { closedDuplicates: 0 };
    for (const issue of [open, ...copies]) {
      await api.createComment(issue.number, `The workspace matches the files again as of ${when}.`);
      await api.updateIssue(issue.number, { state: 'closed' });
    }
    return { action: 'closed', issue: open, closedDuplicates: copies.length };
  }

  if (open) {
    for (const copy of copies) {
      await api.createComment(
        copy.number,
        `Closed as a duplicate of #${open.number}, which tracks this drift (two drift checks ran at once).`,
      );
      await api.updateIssue(copy.number, { state: 'closed' });
    }
    if (sameButRunLinks(open.body, drift.body) && open.title === drift.title) {
      return { action: 'unchanged', issue: open, closedDuplicates: copies.length };
    }
    const issue = await api.updateIssue(open.number, { title: drift.title, body: drift.body });
    if (parseDriftMarker(open.body)?.fingerprint !== drift.fingerprint) {
      await api.createComment(
        open.number,
        `The drift changed as of ${when}; the description shows it now.`,
      );
    }
    return { action: 'updated', issue, closedDuplicates: copies.length };
  }

  const [latest] = mine(await api.listIssues({ label, state: 'closed' })).sort(
    (a, b) => b.number - a.number,
  );
  if (latest) {
    const issue = await api.updateIssue(latest.number, {
      state: 'open',
      title: drift.title,
      body: drift.body,
    });
    await api.createComment(
      latest.number,
      `The drift is back as of ${when}; the description shows it now.`,
    );
    return { action: 'reopened', issue, closedDuplicates: 0 };
  }
  const issue = await api.createIssue({ title: drift.title, body: drift.body, labels: [label] });
  return { action: 'created', issue, closedDuplicates: 0 };
}

/** The run's link as GitHub autolinks it, or words when the run has no URL. */
function asOf(runUrl: string | undefined): string {
  return runUrl && /^https?:\/\/[^\s<>()[\]]+$/.test(runUrl) ? runUrl : 'the latest drift check';
}
