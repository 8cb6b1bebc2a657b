/**
 * The guard phase alone: which pull request label lifts the delete guard. The label
 * acknowledges the deletes of the merge commit's apply, so it counts for the dry run that
 * previews that apply and never for an apply on the unmerged pull request itself.
 */
import { describe, expect, test } from 'vitest';
import { pullRequestLabel } from '../../src/action/guard.js';
import { getInputs } from '../../src/action/inputs.js';
import { newRunState } from '../../src/action/state.js';
import type { RunContext } from '../../src/github/context.js';

const LABEL = 'audience-sync/allow-deletes';

function stateFor(dryRun: boolean, labels: string[]) {
  const state = newRunState();
  const values: Record<string, string> = { 'dry-run': String(dryRun) };
  state.inputs = getInputs({ getInput: (name) => values[name] ?? '', setSecret: () => {} });
  const context: RunContext = {
    eventName: 'pull_request',
    pullRequest: { number: 7, labels },
    onPullRequest: true,
    workspaceDir: '.',
  };
  state.context = context;
  return state;
}

describe('pullRequestLabel', () => {
  test('the label lifts the guard for the dry run that previews the merge', () => {
    expect(pullRequestLabel(stateFor(true, ['other', LABEL]))).toBe(`the label \`${LABEL}\` on #7`);
  });

  test('never for an apply on the pull request itself', () => {
    expect(pullRequestLabel(stateFor(false, [LABEL]))).toBeUndefined();
  });

  test('not without the label', () => {
    expect(pullRequestLabel(stateFor(true, ['other']))).toBeUndefined();
  });
});
