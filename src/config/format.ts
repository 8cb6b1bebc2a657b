/**
 * Problems as plain log lines (`file:line:col: message`) and the validation summary line,
 * shared by the CLI's `validate` and the Action's log. The other renderings of a problem
 * are `formatProblemText` of `src/report/format.ts` (console reports), the problem list of
 * `src/report/blocks.ts` (PR comment and summary) and the annotations of
 * `src/github/annotations.ts`; all show the same file, line, column and message.
 */
import type { LoadResult, Problem } from '../model.js';
import { plural } from '../report/format.js';

/** `file:line:col: message`; a warning says so after the location. */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}: ${prefix}${p.message}`;
}

/** Orders problems by file, line and column; equal positions keep their order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column;
  });
}

/**
 * The last line of a validation: `2 errors, 1 warning in 14 files` when something is
 * wrong, else `✓ 5 audiences in 3 files are valid` (with the warnings, if any).
 */
export function formatSummary(result: LoadResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const files = plural(result.files.length, 'file');
  if (errors > 0) {
    const parts = [plural(errors, 'error')];
    if (warnings > 0) parts.push(plural(warnings, 'warning'));
    return `${parts.join(', ')} in ${files}`;
  }
  const n = result.audiences.length;
  const valid = `✓ ${plural(n, 'audience')} in ${files} ${n === 1 ? 'is' : 'are'} valid`;
  return warnings > 0 ? `${valid}, with ${plural(warnings, 'warning')}` : valid;
}

/** True when any problem is an error: then nothing may be written. */
export function hasErrors(load: LoadResult): boolean {
  return load.problems.some((p) => p.severity === 'error');
}
