/**
 * Phase 2 of the run: loading and validating the audience files, and the end of a run
 * without credentials. Kept apart from planning and applying (`sync.ts`, loaded only by a
 * run that plans), so that a validate-only run loads no more than it needs.
 */
import * as core from '@actions/core';
import {
  formatProblem,
  formatSummary,
  hasErrors,
  loadAudiences,
  sortProblems,
} from '../config/index.js';
import { annotateProblems } from '../github/annotations.js';
import type { RunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import type { ApplyResult, LoadResult } from '../model.js';
import { plural } from '../report/format.js';
import type { ActionInputs } from './inputs.js';
import { unappliedLine } from './progress.js';
import { RunFailure, type RunState } from './state.js';

/**
 * Loads and validates the audience files, annotating each problem on its file. Any error
 * fails the run as `invalid` before anything is written to neuroflash (reads started
 * alongside are discarded by the caller).
 */
export async function validate(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
): Promise<LoadResult> {
  const load = await core.group('Load and validate', async () => {
    // The workspace is the trust boundary: nothing outside it is opened.
    const load = await loadAudiences(inputs.paths, {
      cwd: context.workspaceDir,
      root: context.workspaceDir,
      maxFileBytes: inputs.maxFileBytes,
    });
    const problems = sortProblems(load.problems);
    if (problems.length > 0) infoUntrusted(problems.map(formatProblem).join('\n'));
    infoUntrusted(formatSummary(load));
    annotateProblems(problems);
    return { ...load, problems };
  });
  state.load = load;
  if (hasErrors(load)) {
    const errors = load.problems.filter((p) => p.severity === 'error').length;
    throw new RunFailure(
      'invalid',
      `${plural(errors, 'error')} in the audience files: nothing was written to neuroflash. Each is annotated on its file and listed in the job summary.`,
    );
  }
  return load;
}

/** Without credentials (a fork's pull request gets no secrets), the run ends validated. */
export function endValidated(state: RunState): void {
  const notice =
    'No neuroflash credentials (`client-id` and `client-secret` are empty, as on a pull request from a fork, which gets no secrets): the files were validated, nothing was planned or written.';
  core.notice(notice);
  state.notices.push(notice);
}

/**
 * After a SIGINT or SIGTERM, the run fails as `cancelled`, saying what the apply did (if
 * it started) and what it did not.
 */
export function refuseCancelled(state: RunState): void {
  const signal = state.cancel?.received;
  if (signal === undefined) return;
  const undone = state.apply?.results.filter((r) => r.status !== 'done') ?? [];
  throw new RunFailure(
    'cancelled',
    cancelledSummary(signal, state.apply),
    undone.map(unappliedLine),
  );
}

/** The banner of a cancelled run: what was done, cut in flight, and not started. */
function cancelledSummary(signal: string, result: ApplyResult | undefined): string {
  if (!result) return `Cancelled (${signal}) before the apply: nothing was written.`;
  const count = (status: string) => result.results.filter((r) => r.status === status).length;
  const failed = count('failed');
  const cut = failed > 0 ? `, ${failed} failed or cut in flight` : '';
  return `Cancelled (${signal}): ${count('done')} of ${plural(result.results.length, 'change')} done${cut}, ${count('skipped')} not started. A re-run plans again from what neuroflash holds, so nothing is done twice.`;
}
