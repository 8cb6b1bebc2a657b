/**
 * The report layer: one view model (`RunReport`), several sinks. Pure: no I/O, no
 * `@actions/*`, no network.
 */
export { type ConsoleOptions, renderConsole } from './console.js';
export { type DriftIssueOptions, renderDriftIssue } from './drift.js';
export {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
  escapeTitle,
  safeUrl,
} from './escape.js';
export { ReportTooLargeError } from './fit.js';
export {
  describeFieldChange,
  formatCount,
  formatProblemText,
  formatValue,
  hasChanges,
  plural,
  summaryCounts,
} from './format.js';
export { type Json, planJson } from './json.js';
export {
  type AppliedCommentOptions,
  COMMENT_LIMIT,
  type MarkdownOptions,
  renderAppliedComment,
  renderMarkdown,
  renderSummary,
  SUMMARY_LIMIT,
} from './markdown.js';
export type { PlanChange, RunReport } from './types.js';
export { headingLine, statusLine } from './verdict.js';
