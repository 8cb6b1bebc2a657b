/**
 * `audience-sync export`: writes the workspace's audiences as files, the way into
 * audiences-as-code for a team that already has audiences in neuroflash.
 */
import type { CliIO } from '../cli.js';
import { exportWorkspace, OverwriteRefusedError } from '../export/index.js';
import { parseCommandArgs, reportError } from './args.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  type CommandDeps,
  ConnectionSettingsError,
  describeError,
  readConnectionSettings,
  withConnection,
} from './connection.js';

export const EXPORT_USAGE = `Usage: audience-sync export [--out DIR] [--force] [--json] [--schema REF]

Writes one YAML file per audience of the workspace into DIR (default: audiences),
so that planning the folder afterwards shows no changes.

Options:
  --out DIR         the folder to write into (default: audiences)
  --force           overwrite files that exist (without it, nothing is written if any does)
  --json            print the result as JSON
  --schema REF      the $schema of the files' yaml-language-server comment: a URL, or a
                    path to audience.schema.json (default: the published schema URL)
${CONNECTION_HELP}
`;

/** Runs `audience-sync export`; returns the exit code (0 written, 1 error). */
export async function exportCommand(
  args: string[],
  io: CliIO,
  deps: CommandDeps = {},
): Promise<number> {
  const parsed = parseCommandArgs('export', { args, options: EXPORT_OPTIONS }, EXPORT_USAGE, io);
  if (!parsed) return 1;
  const { values } = parsed;

  // `audiences/` and `audiences` are one folder; the summary should not print `audiences//`.
  const outDir = (values.out?.trim() || 'audiences').replace(/(.)[\\/]+$/, '$1');
  try {
    const settings = readConnectionSettings(values, io.env);
    const { workspace, result } = await withConnection(
      settings,
      async (connection) => ({
        workspace: connection.workspace,
        result: await exportWorkspace(connection.audiences, {
          outDir,
          force: values.force ?? false,
          cwd: io.cwd,
          ...(values.schema ? { schema: values.schema } : {}),
        }),
      }),
      deps.connect,
    );

    if (values.json) {
      io.stdout(`${JSON.stringify({ workspace, ...result }, null, 2)}\n`);
      return 0;
    }
    const readOnly = new Set(result.readOnly);
    for (const file of result.written) {
      io.stdout(
        `wrote ${file}${readOnly.has(file) ? ' (read-only: owned by another user)' : ''}\n`,
      );
    }
    for (const { file, reason } of result.skipped) {
      io.stderr(`warning: skipped ${file}: ${reason}\n`);
    }
    io.stdout(`${summary(workspace, outDir, result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof OverwriteRefusedError) {
      reportError(
        io,
        'export',
        `${error.message}\nUse --force to overwrite them, or --out to export into another folder.`,
      );
    } else if (error instanceof ConnectionSettingsError) {
      reportError(io, 'export', `${error.message}`);
    } else {
      reportError(io, 'export', `export failed: ${describeError(error)}`);
    }
    return 1;
  }
}

const EXPORT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  schema: { type: 'string' },
  ...CONNECTION_OPTIONS,
} as const;

function summary(
  workspace: { id: string; name: string },
  outDir: string,
  result: { written: string[]; skipped: unknown[]; readOnly: string[] },
): string {
  const n = result.written.length;
  const details = [
    result.readOnly.length > 0 && `${result.readOnly.length} read-only`,
    result.skipped.length > 0 && `${result.skipped.length} skipped`,
  ].filter(Boolean);
  const lines = [
    `Exported ${n} audience${n === 1 ? '' : 's'} of workspace ${JSON.stringify(workspace.name)} ` +
      `(${workspace.id}) to ${outDir}/${details.length > 0 ? ` (${details.join(', ')})` : ''}.`,
    `Next: review the files, then \`audience-sync plan ${outDir}\` should show no changes.`,
  ];
  if (result.skipped.length > 0) {
    lines.push(
      'Skipped audiences have no file: with prune on, a plan would delete them. Fix them first, ' +
        'or list their names under ignore.',
    );
  }
  return lines.join('\n');
}
