/**
 * `audience-sync validate [path...]`: loads the audience files, prints every problem as
 * `path:line:col: message` and a summary line. No network, no credentials.
 */
import type { CliIO } from '../cli.js';
import { formatProblem, formatSummary } from '../config/format.js';
import { loadAudiences } from '../config/load.js';
import { parseCommandArgs } from './args.js';

/** The folder that `validate` reads when no path is given. */
export const DEFAULT_AUDIENCE_PATH = 'audiences';

/** The help text of `validate`, also shown by `audience-sync help validate`. */
export const VALIDATE_USAGE = `Usage: audience-sync validate [path...] [--json]

Checks audience files against the schema and the rules, with no network. Each path is a
folder (its **/*.yml and **/*.yaml), a file, or a glob; the default is '${DEFAULT_AUDIENCE_PATH}'.
Prints every problem as path:line:col: message, then a summary.

Options:
  --json      print { problems, audiences, files } as JSON instead
  -h, --help  show this help

Exit codes: 0 when the files are valid (warnings allowed), 1 when any error is found.
`;

/** Runs `validate` and returns its exit code: 1 if any problem is an error. */
export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    'validate',
    { args, options: { json: { type: 'boolean' } }, allowPositionals: true },
    VALIDATE_USAGE,
    io,
  );
  if (!parsed) return 1;
  const paths = parsed.positionals.length > 0 ? parsed.positionals : [DEFAULT_AUDIENCE_PATH];
  const result = await loadAudiences(paths, { cwd: io.cwd });
  const failed = result.problems.some((p) => p.severity === 'error');

  if (parsed.values.json) {
    const report = {
      problems: result.problems,
      audiences: result.audiences.length,
      files: result.files.length,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    // loadAudiences sorts by file, line and column already.
    const lines = result.problems.map(formatProblem);
    lines.push(formatSummary(result));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}
