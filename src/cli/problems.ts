/**
 * How `validate`, `plan` and `apply` print the problems of the audience files: the same
 * lines in all three, so that a problem reads the same whichever command found it.
 */
import { formatProblem, formatSummary } from '../config/format.js';
import type { LoadResult } from '../model.js';

/** Said after the summary whenever a file has an error: no command wrote anything. */
export const NOTHING_WRITTEN = 'nothing was written';

/**
 * Every problem as `path:line:col: message`, then the summary line; with an error, the
 * summary says that nothing was written.
 */
export function problemLines(result: LoadResult): string {
  const failed = result.problems.some((p) => p.severity === 'error');
  const lines = result.problems.map(formatProblem);
  const summary = formatSummary(result);
  lines.push(failed ? `${summary}; ${NOTHING_WRITTEN}.` : summary);
  return `${lines.join('\n')}\n`;
}
