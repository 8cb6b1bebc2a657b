/**
 * The top of every markdown report: a heading that carries the verdict and names the
 * product, the workspace and the path, then one status line with the counts (no zeros)
 * and what merging does, or, after an apply, what happened and whether the step failed.
 * A matrix of workspaces writes one summary each; the heading keeps them apart.
 */
import type { ApplyResult } from '../model.js';
import { codeSpan, escapeMarkdown, truncateText } from './escape.js';
import { formatCount, hasChanges, nonZeroCounts, plural, problemCounts } from './format.js';
import type { RunReport } from './types.js';

/** How the report's verdict reads: a symbol that shows in light and dark themes, and words. */
export interface Verdict {
  symbol: string;
  title: string;
}

const FAILURE_VERDICTS: Record<string, Verdict> = {
  invalid: { symbol: '❌', title: 'Invalid audience files' },
  'guard-tripped': { symbol: '🛑', title: 'Delete guard tripped' },
  'apply-failed': { symbol: '❌', title: 'Apply failed' },
  blocked: { symbol: '⛔', title: 'Blocked' },
  drift: { symbol: '⚠️', title: 'Drift: the workspace differs from the files' },
  'plan-changed': { symbol: '❌', title: 'Plan changed since it was reviewed' },
  auth: { symbol: '❌', title: 'neuroflash refused the credentials' },
  api: { symbol: '❌', title: 'The neuroflash API failed' },
  cancelled: { symbol: '❌', title: 'Cancelled' },
};

const MAX_PATHS = 3;

/** The verdict of a run, most decisive first: apply outcome, invalid files, failure, plan. */
export function verdict(report: RunReport): Verdict {
  const { plan, apply, failure } = report;
  if (report.mode === 'apply' && apply) {
    if (!failure) return { symbol: '✅', title: 'Applied' };
    if (failure.reason === 'blocked') {
      return { symbol: '⛔', title: 'Applied, except blocked changes' };
    }
    return { symbol: '❌', title: 'Apply failed' };
  }
  if (report.problems.some((p) => p.severity === 'error'))
    return FAILURE_VERDICTS.invalid as Verdict;
  if (plan?.guard.tripped) return FAILURE_VERDICTS['guard-tripped'] as Verdict;
  if (failure) {
    const known = failure.reason ? FAILURE_VERDICTS[failure.reason] : undefined;
    return known ?? { symbol: '❌', title: 'The run failed' };
  }
  if (plan) {
    if (plan.blocked.length > 0 || plan.conflicts.length > 0) {
      return FAILURE_VERDICTS.blocked as Verdict;
    }
    if (!hasChanges(plan)) return { symbol: '✅', title: 'No changes' };
    return report.dryRun
      ? { symbol: '✅', title: 'Ready to apply on merge' }
      : { symbol: '✅', title: 'Applied' };
  }
  return { symbol: '✅', title: 'Files valid' };
}

/** The workspace's name, or as the inputs name it, escaped; undefined when unknown. */
export function workspaceText(report: RunReport): string | undefined {
  const name = report.workspace?.name ?? report.workspaceInput;
  return name === undefined || name.trim() === ''
    ? undefined
    : escapeMarkdown(truncateText(name, 200));
}

/** `### ✅ Ready to apply on merge · audience-sync · Acme Marketing · `audiences``. */
export function headingLine(report: RunReport, override?: Verdict): string {
  const v = override ?? verdict(report);
  const parts = [`${v.symbol} ${v.title}`, 'audience-sync'];
  const where = workspaceText(report);
  if (where) parts.push(where);
  const paths = report.paths.slice(0, MAX_PATHS).map((p) => codeSpan(truncateText(p, 100)));
  if (report.paths.length > MAX_PATHS)
    paths.push(`+${formatCount(report.paths.length - MAX_PATHS)}`);
  if (paths.length > 0) parts.push(paths.join(' '));
  return `### ${parts.join(' · ')}`;
}

/** `3 applied, 1 failed, 1 not started`: failures always named, zeros left out. */
export function outcomeCounts(apply: ApplyResult, total: number): string {
  const count = (status: string) => apply.results.filter((r) => r.status === status).length;
  const parts: string[] = [`${formatCount(count('done'))} applied`];
  if (count('failed') > 0) parts.push(`${formatCount(count('failed'))} failed`);
  const conflicts = count('conflict');
  if (conflicts > 0) {
    parts.push(
      `${formatCount(conflicts)} skipped as ${conflicts === 1 ? 'a conflict' : 'conflicts'}`,
    );
  }
  const notStarted = count('skipped') + Math.max(0, total - apply.results.length);
  if (notStarted > 0) parts.push(`${formatCount(notStarted)} not started`);
  return parts.join(', ');
}

/** Whether the step failed, in words, for the past-tense reports of an apply. */
function stepWords(report: RunReport): string {
  const reason = report.failure?.reason;
  if (!report.failure) return 'The step passed.';
  return reason ? `The step failed (failure-reason ${codeSpan(reason)}).` : 'The step failed.';
}

/** The one line under the heading: counts without zeros and what they mean. */
export function statusLine(report: RunReport): string {
  const { plan, apply } = report;
  const where = workspaceText(report);
  const to = where ? ` to ${where}` : '';
  if (report.mode === 'apply' && apply && plan) {
    const total = plan.changes.length;
    const done = apply.results.filter((r) => r.status === 'done').length;
    const what =
      done === total
        ? `Applied ${plural(total, 'change')}${to}`
        : `Applied ${formatCount(done)} of ${plural(total, 'change')}${to}`;
    const blocked =
      plan.blocked.length > 0
        ? ` ${plural(plan.blocked.length, 'blocked change')} never attempted.`
        : '';
    return `**${what}:** ${outcomeCounts(apply, total)}.${blocked} ${stepWords(report)}`;
  }
  if (report.problems.some((p) => p.severity === 'error')) {
    const read = `${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')})`;
    return `**${problemCounts(report.problems)}** in ${read}. Nothing was sent to neuroflash.`;
  }
  if (!plan) {
    const read = `${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')})`;
    if (report.failure) return `The run stopped before it could plan. Read ${read}.`;
    return `**Validated ${read}:** ${problemCounts(report.problems)}. No plan was made.`;
  }
  const counts = `**${nonZeroCounts(plan)}.**`;
  const n = plan.changes.length;
  if (!hasChanges(plan)) {
    return `${counts} The workspace already matches the files${report.dryRun ? '; merging changes nothing' : ''}.`;
  }
  if (!report.dryRun) {
    return `${counts} Nothing was applied. ${stepWords(report)}`;
  }
  if (plan.guard.tripped) {
    return `${counts} Merging applies nothing until the delete guard is lifted.`;
  }
  const blocked = plan.blocked.length + plan.conflicts.length;
  if (blocked > 0) {
    const rest =
      n > 0
        ? `Merging applies the other ${plural(n, 'change')}${to}; `
        : 'Merging applies nothing; ';
    return `${counts} ${rest}blocked changes and conflicts are never attempted, and the check fails until the files change.`;
  }
  return `${counts} Merging applies ${plural(n, 'change')}${to}.`;
}
