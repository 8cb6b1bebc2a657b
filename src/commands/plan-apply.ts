/**
 * What `plan` and `apply` do once the files are valid and the workspace's list is read:
 * plan, show the plan; for `apply`, ask, back up, write, and show the results.
 *
 * Apart from `sync.ts` so that a run sends its first request without loading any of it:
 * the planner, the applier and the report are loaded while the list is read, at a
 * moment when no read waits on them (`EarlyReads.quiet` in the engine).
 */
import { applyPlan } from '../apply/index.js';
import type { Cancellation } from '../cancel.js';
import { SYNC_ENV } from '../cli/env.js';
import { UserError } from '../cli/errors.js';
import { NOTHING_WRITTEN } from '../cli/problems.js';
import type { Terminal } from '../cli/terminal.js';
import type { RemoteState } from '../engine.js';
import type {
  ChangeResult,
  DesiredAudience,
  Plan,
  PlanOptions,
  RemoteAudience,
  Workspace,
} from '../model.js';
import type { AudienceApi } from '../neuroflash/api.js';
import { buildPlan } from '../plan/index.js';
import {
  hasChanges,
  planJson,
  plural,
  type RunReport,
  renderConsole,
  renderMarkdown,
} from '../report/index.js';
import { cancelSummary, EXIT_CANCELLED, takeBackup } from './apply-safety.js';

/** What a run of `plan` or `apply` decided before the remote was read (see `sync.ts`). */
export interface PlanApplyRun {
  command: 'plan' | 'apply';
  values: { yes?: boolean; backup?: string; 'verify-before-write'?: boolean };
  options: PlanOptions & { concurrency: number };
  format: 'text' | 'json' | 'markdown';
  term: Terminal;
}

/** Prints `report` in the run's format: the terminal's text, JSON, or the PR comment's markdown. */
export function renderReport(run: Pick<PlanApplyRun, 'format' | 'term'>, report: RunReport): void {
  const { format, term } = run;
  if (format === 'json') term.json(planJson(report));
  else if (format === 'markdown') term.out(renderMarkdown(report));
  else term.styled(renderConsole(report, { color: term.color }));
}

/** Plans the valid files against the list read, then shows, asks and writes (see above). */
export async function planAndApply(
  run: PlanApplyRun,
  base: RunReport,
  desired: DesiredAudience[],
  state: RemoteState,
  cancel: Cancellation | undefined,
): Promise<number> {
  const { connection, remote } = state;
  const plan = buildPlan(desired, remote, run.options);
  return await planThenApply(
    run,
    { ...base, workspace: connection.workspace, plan },
    { audiences: connection.audiences, remote, cancel },
  );
}

/**
 * From a plan to the exit code: show it; for `apply`, ask, write, and show the results.
 * Blocked changes and conflicts fail the run after what could be done was done.
 */
async function planThenApply(
  run: PlanApplyRun,
  report: RunReport & { plan: Plan; workspace: Workspace },
  remote: { audiences: AudienceApi; remote: RemoteAudience[]; cancel?: Cancellation },
): Promise<number> {
  const { audiences, cancel } = remote;
  const { command, values, options, format, term } = run;
  const render = (shown: RunReport) => renderReport(run, shown);
  const { plan, workspace } = report;
  if (plan.guard.tripped) {
    // The report says why and how to allow it; only the exit code is left to give.
    render({ ...report, guardAllow: guardAllowHints(plan) });
    return 1;
  }
  if (command === 'plan') {
    render(report);
    refuseUnappliable(plan, 'plan');
    return hasChanges(plan) ? 2 : 0;
  }
  if (plan.changes.length === 0) {
    render(report);
    refuseUnappliable(plan, 'apply');
    return 0;
  }

  // The plan first, then the question: nothing is written before the answer. With
  // --json, stdout must stay one JSON document, so the person reads the plan on stderr.
  if (format === 'text') render(report);
  else if (term.ask && !values.yes) term.err(renderConsole(report, { color: false }));
  await confirm(term, plan, workspace, Boolean(values.yes));

  // After the answer, before the first write: a refused apply leaves no backup behind.
  const backup = await takeBackup(values.backup, term.cwd, plan, remote.remote);
  if (backup.files.length > 0) {
    term.err(
      `Backed up ${plural(backup.files.length, 'audience')} before writing: ${backup.dir}\n`,
    );
  }
  const progress = progressReporter(term, format === 'json');
  const apply = await applyPlan(plan, audiences, {
    concurrency: options.concurrency,
    verifyBeforeWrite: Boolean(values['verify-before-write']),
    onProgress: progress.update,
    ...(cancel ? { signal: cancel.stop } : {}),
  });
  progress.finish();
  render({ ...report, apply });
  if (cancel?.received) {
    term.err(cancelSummary(apply, cancel.received));
    return EXIT_CANCELLED;
  }
  refuseUnappliable(plan, 'apply');
  return apply.ok ? 0 : 1;
}

/**
 * Asks before the first write. `--yes` answers for the user; without a terminal to ask
 * on, the apply is refused, because a script that forgot `--yes` must not write.
 */
async function confirm(
  term: Terminal,
  plan: Plan,
  workspace: Workspace,
  yes: boolean,
): Promise<void> {
  if (yes) return;
  const changes = plural(plan.changes.length, 'change');
  if (!term.ask) {
    throw new UserError(
      `refusing to apply ${changes} without confirmation: stdin is not a terminal, so no one can answer; ${NOTHING_WRITTEN}.`,
      { hint: 'Review the plan above, then re-run with --yes to apply it.' },
    );
  }
  const answer = await term.ask(
    `Apply ${changes} to workspace ${workspace.name} (${workspace.id})? [y/N] `,
  );
  if (!/^(y|yes)$/i.test(answer.trim())) {
    throw new UserError(`apply cancelled; ${NOTHING_WRITTEN}.`);
  }
}

/**
 * A plan with blocked changes or name conflicts cannot be applied as it stands: each is
 * named with its reason, and the run fails after what could be done was done.
 */
function refuseUnappliable(plan: Plan, command: 'plan' | 'apply'): void {
  if (plan.blocked.length === 0 && plan.conflicts.length === 0) return;
  const lines = [
    ...plan.blocked.map((b) => `  blocked ${b.action} ${JSON.stringify(b.name)}: ${b.reason}`),
    ...plan.conflicts.map(
      (c) => `  conflict ${JSON.stringify(c.name)}: ${c.reason} (ids ${c.ids.join(', ')})`,
    ),
  ];
  const count = plural(lines.length, 'change');
  const what =
    command === 'plan'
      ? `${count} cannot be applied as the plan stands:`
      : `${count} could not be applied:`;
  throw new UserError(`${what}\n${lines.join('\n')}`, {
    hint: 'Blocked changes need the owner of the audience (or a rights change in neuroflash); a conflict needs the duplicate names resolved in neuroflash.',
  });
}

/** The exact ways to let a plan with this many deletes through. */
function guardAllowHints(plan: Plan): string[] {
  return [
    `re-run with \`--max-deletes ${plan.guard.deletes}\` (or set \`${SYNC_ENV.maxDeletes}=${plan.guard.deletes}\`) after reviewing the deletes`,
  ];
}

/**
 * Progress during an apply: one rewritten line on a terminal, a plain line per finished
 * change otherwise (CI logs). Silent with --json, whose stdout must stay parseable.
 */
function progressReporter(term: Terminal, json: boolean) {
  let drawn = false;
  return {
    update: (done: number, total: number, result: ChangeResult): void => {
      if (json) return;
      if (term.isTTY) {
        term.status(`Applying: ${done}/${total}`);
        drawn = true;
      } else {
        term.err(
          `[${done}/${total}] ${result.change.kind} ${JSON.stringify(result.change.name)}: ${result.status}\n`,
        );
      }
    },
    finish: (): void => {
      if (drawn) term.status('');
    },
  };
}
