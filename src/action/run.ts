/**
 * The Action's run, phase by phase. Every failure, thrown or decided, reaches the one
 * catch in {@link run}; the report and the outputs are written in its `finally`, so a
 * failed run still says why.
 */
import * as core from '@actions/core';
import { useLoadWorker } from '../config/parallel.js';
import { type Connection, connect } from '../engine.js';
import { type RunContext, readRunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import type { LoadResult } from '../model.js';
import { openConnection } from './connection.js';
import { exportFiles } from './export.js';
import { refuseGuardTripped } from './guard.js';
import {
  type ActionInputs,
  checkInputsForEvent,
  getInputs,
  inputWarningsForEvent,
} from './inputs.js';
import { writeOutputs } from './outputs.js';
import { publish } from './publish.js';
import { compareWithReviewed, refusePlanChange } from './review.js';
import {
  messageOf,
  newRunState,
  type RunDependencies,
  type RunState,
  recordFailure,
} from './state.js';
import { apply, endValidated, judgeDryRun, plan, validate } from './sync.js';

const defaultDependencies: RunDependencies = {
  env: process.env,
  connect,
  openGitHub: async (options) => {
    const { createGitHubApi } = await import('../github/octokit.js');
    return createGitHubApi({ ...options, retry: { log: (message) => core.info(message) } });
  },
};

/**
 * Runs the Action:
 *
 * 1. inputs: read every input, and check them against the event;
 * 2. validate the audience files (without credentials, as on a fork's pull request, the
 *    run ends here);
 * 3. read the workspace;
 * 4. plan, through the delete guard;
 * 5. on an apply after a merge, compare with the plan reviewed on the pull request;
 * 6. apply, or in a dry run judge the plan;
 * 7. publish: the PR comment, the drift issue and the job summary;
 * 8. set the outputs.
 *
 * `command: export` replaces 2–6 with the export. Never throws: a failure sets the
 * step's status through `core.setFailed`, and the output `failure-reason` says which
 * kind it was.
 */
export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = { ...defaultDependencies, ...overrides };
  const state = newRunState();
  if (deps.loadWorker) {
    useLoadWorker({
      url: deps.loadWorker,
      debug: (message) => core.debug(message),
      warning: (message) => core.warning(message),
    });
  }
  try {
    const { inputs, context } = await readInputs(state, deps);
    if (inputs.command === 'export') {
      await exportFiles(state, inputs, context, deps);
      return;
    }
    const load = await validate(state, inputs, context);
    if (!inputs.credentials) {
      endValidated(state);
      return;
    }
    // From here the run plans: a failure now is one of planning, not of validation, and
    // the report says so (and what was read) instead of "validated, no problems".
    state.mode = 'plan';
    const connection = await openConnection(state, inputs, inputs.credentials, deps);
    try {
      await planAndApply(state, inputs, load, connection, deps);
    } finally {
      await connection.api.close();
    }
  } catch (error) {
    recordFailure(state, error);
    core.setFailed(messageOf(error));
  } finally {
    await publish(state, deps);
    writeOutputs(state);
  }
}

/** Phases 4 to 6, on an open connection. */
async function planAndApply(
  state: RunState,
  inputs: ActionInputs,
  load: LoadResult,
  connection: Connection,
  deps: RunDependencies,
): Promise<void> {
  const planned = await plan(state, inputs, load, connection, deps);
  if (!inputs.dryRun && state.context?.eventName === 'push') {
    await core.group('Compare with the reviewed plan', () =>
      compareWithReviewed(state, planned, deps),
    );
  }
  refusePlanChange(state);
  refuseGuardTripped(state, planned);
  if (inputs.dryRun) judgeDryRun(inputs, planned);
  else await apply(state, inputs, planned, connection);
}

/** Phase 1: the inputs, logged, and the event they run on. */
async function readInputs(
  state: RunState,
  deps: RunDependencies,
): Promise<{ inputs: ActionInputs; context: RunContext }> {
  const inputs = await core.group('Inputs', async () => {
    const inputs = getInputs();
    logInputs(inputs);
    return inputs;
  });
  state.inputs = inputs;
  const context = readRunContext(deps.env);
  state.context = context;
  if (context.payloadProblem) core.warning(context.payloadProblem);
  checkInputsForEvent(inputs, context.eventName, context.onPullRequest);
  for (const warning of inputWarningsForEvent(inputs, context.eventName)) core.warning(warning);
  return { inputs, context };
}

function logInputs(inputs: ActionInputs): void {
  const lines = [
    `command: ${inputs.command}`,
    `workspace: ${inputs.workspace || '(the only one)'}`,
    `path: ${inputs.paths.join(', ')}`,
    `credentials: ${inputs.credentials ? 'given' : 'none (validate only)'}`,
    `dry-run: ${inputs.dryRun}`,
    `prune: ${inputs.prune}${inputs.ignore.length > 0 ? ` (ignore: ${inputs.ignore.join(', ')})` : ''}`,
    `max-deletes: ${inputs.maxDeletes}`,
    `concurrency: ${inputs.concurrency}`,
    `verify-before-write: ${inputs.verifyBeforeWrite}`,
    `on-plan-change: ${inputs.onPlanChange}`,
  ];
  infoUntrusted(lines.join('\n'));
}
