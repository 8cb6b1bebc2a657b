/**
 * `command: export`: the workspace's audiences written as files into `path`, and the job
 * summary that lists them.
 */
import * as core from '@actions/core';
import { Inputs } from '../constants.js';
import type { RunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import { codeSpan, escapeMarkdown, plural } from '../report/index.js';
import { openConnection } from './connection.js';
import { type ActionInputs, InputError } from './inputs.js';
import type { RunDependencies, RunState } from './state.js';

/** Exports the workspace into the one folder `path` names. */
export async function exportFiles(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  deps: RunDependencies,
): Promise<void> {
  const [outDir, ...rest] = inputs.paths;
  if (!outDir || rest.length > 0 || /[*?[\]{}]/.test(outDir)) {
    throw new InputError(
      Inputs.Path,
      `input \`${Inputs.Path}\` must be one folder for \`${Inputs.Command}: export\`, got \`${inputs.paths.join(', ')}\``,
    );
  }
  if (!inputs.credentials) {
    throw new InputError(
      Inputs.ClientId,
      `\`${Inputs.Command}: export\` reads the workspace: set \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\``,
    );
  }
  const { exportWorkspace, schemaUrlForAction } = await import('../export/index.js');
  const connection = await openConnection(state, inputs, inputs.credentials, deps);
  try {
    const result = await core.group('Export', () =>
      // The Action's export lands in a pull request, where git shows and can undo every
      // change, so it makes the folder exactly the export, as the CLI does with --force:
      // a stale file left behind would recreate its audience when the PR is merged.
      exportWorkspace(connection.audiences, {
        outDir,
        force: true,
        cwd: context.workspaceDir,
        schema: schemaUrlForAction(deps.env),
      }),
    );
    state.exported = { ...result, outDir };
    const overwritten = new Set(result.overwritten);
    for (const file of result.written) {
      infoUntrusted(`${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}`);
    }
    for (const file of result.removed) infoUntrusted(`removed ${file}`);
    for (const s of result.skipped) core.warning(`skipped ${s.file}: ${s.reason}`);
  } finally {
    await connection.api.close();
  }
}

/**
 * The job summary of an export: the files written, or why the export failed; undefined
 * for a run that is not an export (or never got to one).
 */
export function exportSummary(state: RunState): string | undefined {
  if (state.inputs?.command !== 'export' || state.inputError) return undefined;
  if (!state.exported) {
    if (!state.failure) return undefined;
    // The view model is about files and plans, which an export has neither of.
    const { reason, message } = state.failure;
    const where = state.workspace ? ` of ${escapeMarkdown(state.workspace.name)}` : '';
    const why = reason ? ` (failure-reason ${codeSpan(reason)})` : '';
    return `**Export${where} failed**${why}: ${escapeMarkdown(message)}\n`;
  }
  const { written, overwritten, removed, skipped, outDir } = state.exported;
  const where = state.workspace ? escapeMarkdown(state.workspace.name) : 'the workspace';
  const replaced = new Set(overwritten);
  const removals =
    removed.length > 0 ? `, ${plural(removed.length, 'other audience file')} removed` : '';
  const lines = [
    `**Export of ${where}:** ${plural(written.length, 'file')} written to ${codeSpan(outDir)}${removals}.`,
    '',
    ...written.map((f) => `- ${codeSpan(f)}${replaced.has(f) ? ' (overwritten)' : ''}`),
    ...removed.map((f) => `- ${codeSpan(f)} (removed)`),
  ];
  if (skipped.length > 0) {
    lines.push('', `**${plural(skipped.length, 'audience')} skipped:**`, '');
    for (const s of skipped) lines.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
