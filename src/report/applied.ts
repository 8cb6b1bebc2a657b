/**
 * The comment a merged pull request's plan comment becomes after the apply on push.
 */
import { jobSummaryHint } from './blocks.js';
import { COMMENT_LIMIT, type MarkdownOptions, renderDocument } from './document.js';
import { codeSpan, truncateText } from './escape.js';
import { codeUnits } from './fit.js';
import { shortSha } from './format.js';
import type { RunReport } from './types.js';
import type { Verdict } from './verdict.js';

/** Options of the comment that replaces a merged pull request's plan comment. */
export interface AppliedCommentOptions extends MarkdownOptions {
  /** The merge commit that was applied; default: the report's `commitSha`. */
  mergeSha?: string;
}

/** The applied comment's verdict when the merge had nothing to write. */
const nothingApplied: Verdict = { symbol: '✅', title: 'Merged: nothing to apply' };

/**
 * The comment a merged pull request's plan comment becomes after the apply on push: the
 * outcome of each change (applied, failed, blocked, not started), the merge commit, and
 * whether the step failed. `report` is the apply run's view; keep the plan comment's
 * marker as `marker` so that a re-run of the apply still finds what was reviewed.
 */
export function renderAppliedComment(
  report: RunReport,
  options: AppliedCommentOptions = {},
): string {
  const sha = options.mergeSha ?? report.commitSha;
  const applied = !report.apply && !report.failure && report.plan ? nothingApplied : undefined;
  return renderDocument(report, {
    marker: options.marker,
    limit: options.maxLength ?? COMMENT_LIMIT,
    measure: codeUnits,
    hint: options.summaryHint ?? jobSummaryHint(report),
    verdict: applied,
    afterStatus: sha
      ? `Merged as commit ${codeSpan(shortSha(truncateText(sha, 100)))}; this comment was updated after the apply.\n\n`
      : 'This comment was updated after the apply.\n\n',
  });
}
