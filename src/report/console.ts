/**
 * The command line's report: one line per change, Terraform-like, then the counts.
 */
import type { BlockedChange, Change, ChangeResult, Plan, Problem } from '../model.js';
import { applyCounts, changeKey } from './entries.js';
import { escapeTerminal } from './escape.js';
import {
  describeFieldChange,
  detailFieldChanges,
  formatProblemText,
  hasChanges,
  noChangesSentence,
  plural,
  problemCounts,
  shortSha,
  summaryCounts,
} from './format.js';
import type { RunReport } from './types.js';

export interface ConsoleOptions {
  /** ANSI colours; only when the output is a terminal that wants them. */
  color: boolean;
  /** How a validation problem reads; default `file:line:col: severity: message`. */
  formatProblem?: (problem: Problem) => string;
}

type Paint = (code: string, text: string) => string;

const GREEN = '32';
const YELLOW = '33';
const RED = '31';
const CYAN = '36';
const MAGENTA = '35';
const DIM = '2';
const BOLD = '1';

const KIND_STYLE: Record<Change['kind'], { mark: string; colour: string }> = {
  create: { mark: '+', colour: GREEN },
  update: { mark: '~', colour: YELLOW },
  rename: { mark: '>', colour: CYAN },
  delete: { mark: '-', colour: RED },
};

/**
 * The report as terminal text, ending with a newline. Every name and value is escaped
 * so that no control sequence from a file or the remote reaches the terminal.
 */
export function renderConsole(report: RunReport, options: ConsoleOptions): string {
  const paint: Paint = options.color
    ? (code, text) => `\x1b[${code}m${text}\x1b[0m`
    : (_code, text) => text;
  const blocks: string[][] = [];
  blocks.push(header(report, paint));

  const format = options.formatProblem ?? formatProblemText;
  if (report.problems.length > 0) {
    blocks.push(
      report.problems.map((p) =>
        paint(p.severity === 'error' ? RED : YELLOW, escapeTerminal(format(p))),
      ),
    );
  }

  const plan = report.plan;
  if (plan) {
    const lines = planLines(plan, paint);
    if (lines.length > 0) blocks.push(lines);
    blocks.push([hasChanges(plan) ? `Plan: ${summaryCounts(plan)}.` : noChangesSentence(plan)]);
    const guard = guardLines(report, plan, paint);
    if (guard.length > 0) blocks.push(guard);
  } else if (report.mode === 'validate' || report.problems.length > 0) {
    blocks.push([
      `Validated ${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')}): ${problemCounts(report.problems)}.`,
    ]);
  }

  const context = contextLines(report, paint);
  if (context.length > 0) blocks.push(context);

  if (report.apply) {
    const lines = resultLines(report, paint);
    if (lines.length > 0) blocks.push(lines);
    blocks.push([`Applied: ${applyCounts(report.apply)}.`]);
  }

  if (report.failure) {
    blocks.push([
      paint(
        RED,
        `Error${report.failure.reason ? ` (${report.failure.reason})` : ''}: ${escapeTerminal(report.failure.message)}`,
      ),
    ]);
  }
  return `${blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function header(report: RunReport, paint: Paint): string[] {
  const lines: string[] = [];
  if (report.workspace) {
    lines.push(
      `Workspace: ${escapeTerminal(report.workspace.name)} (${escapeTerminal(report.workspace.id)})`,
    );
  }
  if (report.mode !== 'validate') {
    const from = report.paths.length > 0 ? ` from ${escapeTerminal(report.paths.join(', '))}` : '';
    lines.push(
      `Read ${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')})${from}.`,
    );
  }
  for (const notice of report.notices ?? [])
    lines.push(paint(BOLD, `Note: ${escapeTerminal(notice)}`));
  return lines;
}

function name(text: string): string {
  return escapeTerminal(text);
}

function who(change: Pick<Change, 'kind' | 'name' | 'fromName'>): string {
  return change.kind === 'rename' && change.fromName !== undefined
    ? `${name(change.fromName)} → ${name(change.name)}`
    : name(change.name);
}

function planLines(plan: Plan, paint: Paint): string[] {
  const lines: string[] = [];
  for (const change of plan.changes) {
    const style = KIND_STYLE[change.kind];
    const reason =
      change.kind === 'delete'
        ? change.deleteReason === 'absent'
          ? '  (state: absent)'
          : '  (pruned)'
        : '';
    lines.push(`${paint(style.colour, `${style.mark} ${change.kind}`)}  ${who(change)}${reason}`);
    if (change.kind === 'update' || change.kind === 'rename') {
      for (const fc of detailFieldChanges(change.fieldChanges, change.kind)) {
        lines.push(`    ${fc.field}: ${escapeTerminal(describeFieldChange(fc))}`);
      }
    }
  }
  for (const b of plan.blocked) lines.push(blockedLine(b, paint));
  for (const c of plan.conflicts) {
    lines.push(
      `${paint(MAGENTA, '! conflict')}  ${name(c.name)}: ${escapeTerminal(c.reason)} (ids ${escapeTerminal(c.ids.join(', '))})`,
    );
  }
  for (const k of plan.kept) {
    lines.push(`${paint(DIM, '· kept')}  ${name(k.name)}: ${escapeTerminal(k.reason)}`);
  }
  return lines;
}

function blockedLine(b: BlockedChange, paint: Paint): string {
  const target = who({ kind: b.action, name: b.name, fromName: b.fromName });
  return `${paint(MAGENTA, `! blocked ${b.action}`)}  ${target}: ${escapeTerminal(b.reason)}`;
}

function guardLines(report: RunReport, plan: Plan, paint: Paint): string[] {
  const { deletes, maxDeletes, tripped, liftedBy } = plan.guard;
  if (tripped) {
    const stop = report.dryRun
      ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
      : 'The run stopped before its first write: nothing was written.';
    const lines = [
      paint(
        RED,
        `Delete guard: this plan deletes ${plural(deletes, 'audience')}, more than max-deletes (${maxDeletes}). ${stop}`,
      ),
    ];
    const allow = report.guardAllow ?? [];
    if (allow.length > 0) lines.push(`To allow it: ${allow.map(escapeTerminal).join(', or ')}.`);
    return lines;
  }
  if (liftedBy && deletes > maxDeletes) {
    return [
      `Delete guard lifted by ${escapeTerminal(liftedBy)}: ${plural(deletes, 'delete')}, more than max-deletes (${maxDeletes}).`,
    ];
  }
  return [];
}

/** Stale, plan change, the allow-deletes label: the Action's context, told plainly. */
function contextLines(report: RunReport, paint: Paint): string[] {
  const lines: string[] = [];
  if (report.stale) {
    lines.push(
      paint(
        YELLOW,
        `Stale: commit ${escapeTerminal(shortSha(report.stale.latestSha))} was pushed while this plan ran.`,
      ),
    );
  }
  const change = report.planChange;
  if (change) {
    const then = change.action === 'fail' ? 'nothing was written' : 'going on with the new plan';
    const what = change.reviewedFailure
      ? `No plan was reviewed: the pull request's last run failed before it could plan (${escapeTerminal(change.reviewedFailure)}); the plan made now is ${escapeTerminal(change.freshFingerprint)}`
      : `The plan changed since it was reviewed (${escapeTerminal(change.reviewedFingerprint)} → ${escapeTerminal(change.freshFingerprint)})`;
    lines.push(paint(change.action === 'fail' ? RED : YELLOW, `${what}: ${then}.`));
    for (const line of change.removed) lines.push(paint(RED, `  - ${escapeTerminal(line)}`));
    for (const line of change.added) lines.push(paint(GREEN, `  + ${escapeTerminal(line)}`));
  }
  const label = report.allowDeletesLabel;
  if (label?.present) {
    lines.push(
      `The label ${escapeTerminal(label.name)} is on this pull request: the delete guard is lifted for its merge.`,
    );
  }
  return lines;
}

const STATUS_MARK: Record<ChangeResult['status'], { mark: string; colour: string }> = {
  done: { mark: '✓', colour: GREEN },
  failed: { mark: '✗', colour: RED },
  skipped: { mark: '↷ skipped', colour: YELLOW },
  conflict: { mark: '⚠ conflict', colour: YELLOW },
};

function resultLines(report: RunReport, paint: Paint): string[] {
  const results = report.apply?.results ?? [];
  const lines = results.map((r) => {
    const style = STATUS_MARK[r.status];
    const why = r.error ? `: ${escapeTerminal(r.error)}` : '';
    const status = r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : '';
    return `${paint(style.colour, `${style.mark} ${r.change.kind}`)}  ${who(r.change)}${why}${status}`;
  });
  // A change the applier never reached is named too, so no planned write goes unmentioned.
  const seen = new Set(results.map((r) => changeKey(r.change)));
  for (const change of report.plan?.changes ?? []) {
    if (!seen.has(changeKey(change))) {
      lines.push(`${paint(DIM, `· not attempted ${change.kind}`)}  ${who(change)}`);
    }
  }
  return lines;
}
