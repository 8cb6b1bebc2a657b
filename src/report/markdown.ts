/**
 * The PR comment and the job summary: one markdown document, sized to its sink.
 *
 * Read top to bottom it answers, in order: may this merge (the heading's verdict), what
 * does it do (the status line), what could go wrong (banners, then blocked changes and
 * deletes before updates, renames and creates) and what exactly changes (a `diff` block
 * per audience, which GitHub colours). A large plan folds: one collapsible group per
 * kind, identical changes on many audiences told once, and the full table collapsed last,
 * so that when the size limit bites it is the table that gives way, not the diffs.
 */
import { jobSummaryHint } from './blocks.js';
import { COMMENT_LIMIT, type MarkdownOptions, renderDocument, SUMMARY_LIMIT } from './document.js';
import { codeSpan } from './escape.js';
import { codeUnits, utf8Bytes } from './fit.js';
import type { RunReport } from './types.js';
import { headingLine, statusLine } from './verdict.js';

// The sections live in modules of their own; this one still offers what it always did.
export { type AppliedCommentOptions, renderAppliedComment } from './applied.js';
export { COMMENT_LIMIT, type MarkdownOptions, SUMMARY_LIMIT } from './document.js';

/**
 * The PR comment: marker, verdict heading, status line, banners, the changes (a diff per
 * audience, or groups for a large plan), conflicts, kept audiences, validation problems
 * and the footer. Shortened, whole items at a time, to stay under `maxLength`; if even
 * the banners do not fit, only the marker, the heading, a pointer to the rest and the
 * footer remain. Needs nothing from GitHub: the CLI renders the same body.
 *
 * @throws ReportTooLargeError when not even those fit (a `maxLength` of a few hundred).
 */
export function renderMarkdown(report: RunReport, options: MarkdownOptions = {}): string {
  return renderDocument(report, {
    marker: options.marker,
    limit: options.maxLength ?? COMMENT_LIMIT,
    measure: codeUnits,
    hint: options.summaryHint ?? jobSummaryHint(report),
  });
}

/**
 * The job summary: the comment's content without the marker, within 1,000,000 UTF-8
 * bytes (GitHub allows 1 MiB per step).
 */
export function renderSummary(
  report: RunReport,
  options: { maxBytes?: number; summaryHint?: string } = {},
): string {
  return renderDocument(report, {
    limit: options.maxBytes ?? SUMMARY_LIMIT,
    measure: utf8Bytes,
    hint:
      options.summaryHint ??
      `This step's ${codeSpan('plan')} output, or ${codeSpan('audience-sync plan')} run locally, gives the complete plan.`,
  });
}

/**
 * The first line, kept for callers that log it: the heading's verdict and the status.
 * Plain markdown, one line.
 */
export function summaryLine(report: RunReport): string {
  return `${headingLine(report).replace(/^### /, '')}: ${statusLine(report)}`;
}
