/**
 * The step's outputs (see `action.yml`), set on success and failure alike, so that later
 * steps can read what happened and why.
 */
import * as core from '@actions/core';
import { type OutputName, Outputs } from '../constants.js';
import { redact } from '../redact.js';
import { hasChanges } from '../report/format.js';
import { planJson } from '../report/json.js';
import { messageOf, type RunState, report } from './state.js';

/**
 * Sets every output. One that cannot be written fails the step: later steps read the
 * outputs, so a step whose outputs are lost must not pass. Never throws, so that `run`
 * cannot end the process on an unhandled rejection.
 */
export function writeOutputs(state: RunState): void {
  try {
    // Outputs go to a file that later steps read: the runner's masking never sees them.
    for (const [name, value] of Object.entries(outputValues(state))) {
      core.setOutput(name, redact(value));
    }
  } catch (error) {
    core.setFailed(`Could not write the outputs: ${messageOf(error)}`);
  }
}

/** Each output's value, as the runner will hand it to later steps. */
export function outputValues(state: RunState): Record<OutputName, string> {
  const counts = state.plan?.counts;
  return {
    [Outputs.HasChanges]: state.plan ? String(hasChanges(state.plan)) : 'false',
    [Outputs.Creates]: String(counts?.creates ?? 0),
    [Outputs.Updates]: String(counts?.updates ?? 0),
    [Outputs.Deletes]: String(counts?.deletes ?? 0),
    [Outputs.Renames]: String(counts?.renames ?? 0),
    [Outputs.Blocked]: String(counts?.blocked ?? 0),
    [Outputs.Plan]: state.plan ? JSON.stringify(planJson(report(state))) : '',
    [Outputs.PlanFingerprint]: state.plan?.fingerprint ?? '',
    [Outputs.FailureReason]: state.failure?.reason ?? '',
    [Outputs.CommentUrl]: state.commentUrl ?? '',
    [Outputs.BackupPath]: state.backupPath ?? '',
  };
}
