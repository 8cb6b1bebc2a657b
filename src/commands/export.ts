/**
 * `audience-sync export`: writes the workspace's audiences as files, the way into
 * audiences-as-code for a team that already has audiences in neuroflash.
 */
import type { CommandDeps } from '../cli/io.js';
import type { Terminal } from '../cli/terminal.js';
import { type ExportResult, exportWorkspace } from '../export/index.js';
import { compareText } from '../plan/compare.js';
import { plural } from '../report/format.js';
import { DEFAULT_AUDIENCE_PATH } from '../settings.js';
import { parseCommandArgs } from './args.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  readConnectionSettings,
  withConnection,
} from './connection.js';
import { refuseOutsideWorkspace } from './files.js';

export const EXPORT_USAGE = `Usage: audience-sync export [--out DIR] [--force] [--json] [--schema REF]

Writes one YAML file per audience of the workspace into DIR (default: audiences),
so that planning the folder afterwards shows no changes. DIR must be inside the
workspace (the git repository, or the current folder outside one).

Options:
  --out DIR         the folder to write into (default: audiences)
  --force           make DIR exactly the export: overwrite files that exist and remove
                    the other audience files (without it, nothing is written if DIR
                    holds any audience file). Other files are never removed
  --json            print the result as JSON
  --schema REF      the $schema of the files' yaml-language-server comment: a URL, or a
                    path to audience.schema.json (default: the published schema URL)
  -h, --help        show this help

${CONNECTION_HELP}

Exit codes: 0 the files were written, 1 an error (nothing was written).
`;

/** Runs `audience-sync export`; returns the exit code (0 written, 1 error). */
export async function exportCommand(
  args: string[],
  term: Terminal,
  deps: CommandDeps = {},
): Promise<number> {
  const { values } = parseCommandArgs({ args, options: EXPORT_OPTIONS });

  // `audiences/` and `audiences` are one folder; the summary should not print `audiences//`.
  const outDir = (values.out?.trim() || DEFAULT_AUDIENCE_PATH).replace(/(.)[\\/]+$/, '$1');
  refuseOutsideWorkspace('--out', outDir, term.cwd);
  const settings = readConnectionSettings(values, term.env);
  const { workspace, result } = await withConnection(
    'export',
    settings,
    async (connection) => ({
      workspace: connection.workspace,
      result: await exportWorkspace(connection.audiences, {
        outDir,
        force: values.force ?? false,
        cwd: term.cwd,
        ...(values.schema ? { schema: values.schema } : {}),
      }),
    }),
    deps.connect,
  );

  if (values.json) {
    term.json({ workspace, ...result });
    return 0;
  }
  for (const line of fileLines(result)) term.out(`${line}\n`);
  for (const { file, reason } of result.skipped) {
    term.err(`warning: skipped ${file}: ${reason}\n`);
  }
  term.out(`${summary(workspace, outDir, result)}\n`);
  return 0;
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
  return lines.sort((a, b) => compareText(a.file, b.file)).map((l) => l.text);
}

function summary(
  workspace: { id: string; name: string },
  outDir: string,
  result: ExportResult,
): string {
  const n = result.written.length;
  const details = [
    result.overwritten.length > 0 && `${result.overwritten.length} overwritten`,
    result.removed.length > 0 && `${plural(result.removed.length, 'other audience file')} removed`,
    result.readOnly.length > 0 && `${result.readOnly.length} read-only`,
    result.skipped.length > 0 && `${result.skipped.length} skipped`,
  ].filter(Boolean);
  const lines = [
    `Exported ${plural(n, 'audience')} of workspace ${JSON.stringify(workspace.name)} ` +
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
