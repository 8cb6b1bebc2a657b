/**
 * The Action's run, phase by phase. Every failure, thrown or decided, reaches the one
 * catch in {@link run}; the report and the outputs are written in its `finally`, so a
 * failed run still says why.
 */
import * as core from '@actions/core';
import { listenForCancel } from '../cancel.js';
import { useLoadWorker } from '../config/parallel.js';
import { type RunContext, readRunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import type { LoadResult } from '../model.js';
import {
  type ActionInputs,
  checkInputsForEvent,
  getInputs,
  inputWarningsForEvent,
} from './inputs.js';
import { writeOutputs } from './outputs.js';
import { publish } from './publish.js';
import { redactStandardStreams } from './redact-streams.js';
import {
  messageOf,
  newRunState,
  type RunDependencies,
  type RunState,
  recordFailure,
} from './state.js';
import { endValidated, refuseCancelled, validate } from './validate.js';

const defaultDependencies: RunDependencies = {
  env: process.env,
  signals: process,
  now: Date.now,
  // The engine, the planner and the applier are loaded by the runs that use them only
  // (not by a validate-only run): start-up time is part of every step's time.
  connect: async (settings) => (await import('../engine.js')).connect(settings),
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
 * kind it was. A SIGINT or SIGTERM starts no new write and ends the run as `cancelled`,
 * report and outputs written (see `src/cancel.ts`); `timeout-minutes` bounds every call
 * to neuroflash.
 */
export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  // First: every secret registered later is masked in whatever is written after it.
  redactStandardStreams();
  const deps: RunDependencies = { ...defaultDependencies, ...overrides };
  const state = newRunState(deps.now());
  if (deps.loadWorker) {
    useLoadWorker({
      url: deps.loadWorker,
      debug: (message) => core.debug(message),
      warning: (message) => core.warning(message),
    });
  }
  // Listened for all along, so that a cancel never ends the process before the report.
  state.cancel = listenForCancel((message) => core.warning(message), deps.signals);
  try {
    const { inputs, context } = await readInputs(state, deps);
    if (inputs.command === 'export') {
      const { exportFiles } = await import('./export.js');
      await exportFiles(state, inputs, context, deps);
      refuseCancelled(state);
      return;
    }
    // The reads (token, workspace, list) overlap the validation; if a file is invalid
    // they are discarded unseen, and nothing is ever written (docs/plan.md).
    // What talks to neuroflash, plans and applies is loaded by a run with credentials only.
    const reads = inputs.credentials
      ? (await import('./connection.js')).startRemoteReads(state, inputs, inputs.credentials, deps)
      : undefined;
    let load: LoadResult;
    try {
      await reads?.begun;
      load = await validate(state, inputs, context);
      refuseCancelled(state);
    } catch (error) {
      await reads?.discard();
      throw error;
    }
    if (!reads) {
      endValidated(state);
      return;
    }
    // From here the run plans: a failure now is one of planning, not of validation, and
    // the report says so (and what was read) instead of "validated, no problems".
    state.mode = 'plan';
    const [{ awaitRemote }, { planAndApply }] = await Promise.all([
      import('./connection.js'),
      import('./sync.js'),
    ]);
    const { connection, remote } = await awaitRemote(state, reads);
    try {
      await planAndApply(state, inputs, load, connection, remote, deps);
    } finally {
      await connection.api.close();
    }
  } catch (error) {
    recordFailure(state, error);
    core.setFailed(messageOf(error));
  } finally {
    await publish(state, deps);
    writeOutputs(state);
    state.cancel.dispose();
  }
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
