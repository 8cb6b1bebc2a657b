/**
 * `audience-sync export`: writes the workspace's audiences as files, the way into
 * audiences-as-code for a team that already has audiences in neuroflash.
 */
import type { CliIO } from '../cli.js';
import {
  type ExportResult,
  exportWorkspace,
  ForeignFilesError,
  OverwriteRefusedError,
  RemovalRefusedError,
} from '../export/index.js';
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
import { DEFAULT_AUDIENCE_PATH } from './validate.js';

export const EXPORT_USAGE = `Usage: audience-sync export [--out DIR] [--force] [--json] [--schema REF]

Writes one YAML file per audience of the workspace into DIR (default: audiences),
so that planning the folder afterwards shows no changes.

Options:
  --out DIR         the folder to write into (default: audiences)
  --force           make DIR exactly the export: overwrite files that exist and remove
                    the other audience files (without it, nothing is written if DIR
                    holds any audience file). Other files are never removed
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
  const outDir = (values.out?.trim() || DEFAULT_AUDIENCE_PATH).replace(/(.)[\\/]+$/, '$1');
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
    for (const line of fileLines(result)) io.stdout(`${line}\n`);
    for (const { file, reason } of result.skipped) {
      io.stderr(`warning: skipped ${file}: ${reason}\n`);
    }
    io.stdout(`${summary(workspace, outDir, result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof OverwriteRefusedError) {
      const hint =
        error.others.length === 0
          ? 'Use --force to overwrite them, or --out to export into another folder.'
          : 'Use --force to replace them (the folder then holds exactly the export), or --out to export into an empty folder.';
      reportError(io, 'export', `${error.message}\n${hint}`);
    } else if (error instanceof ForeignFilesError) {
      reportError(
        io,
        'export',
        `${error.message}\nMove them out of ${outDir}, or export with --out into another folder.`,
      );
    } else if (error instanceof RemovalRefusedError) {
      const hint =
        error.why === 'repository-root'
          ? 'Export into a folder of its own (such as --out audiences), or remove those files yourself.'
          : 'Check the workspace; if it really has no audiences, remove those files yourself.';
      reportError(io, 'export', `${error.message}\n${hint}`);
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

/**
 * One line per file the export touched, in path order, so a reviewer sees every
 * removal beside the file that replaced it.
 */
function fileLines(result: ExportResult): string[] {
  const readOnly = new Set(result.readOnly);
  const overwritten = new Set(result.overwritten);
  const lines = [
    ...result.written.map((file) => ({
      file,
      text: `${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}${readOnly.has(file) ? ' (read-only: owned by another user)' : ''}`,
    })),
    ...result.removed.map((file) => ({ file, text: `removed ${file}` })),
  ];
  return lines.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((l) => l.text);
}

function summary(
  workspace: { id: string; name: string },
  outDir: string,
  result: ExportResult,
): string {
  const n = result.written.length;
  const details = [
    result.overwritten.length > 0 && `${result.overwritten.length} overwritten`,
    result.removed.length > 0 &&
      `${result.removed.length} other audience file${result.removed.length === 1 ? '' : 's'} removed`,
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
