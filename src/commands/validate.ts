/**
 * `audience-sync validate [path...]`: loads the audience files, prints every problem as
 * `path:line:col: message` and a summary line. No network, no credentials.
 */
import { problemLines } from '../cli/problems.js';
import type { Terminal } from '../cli/terminal.js';
import { loadAudiences } from '../config/load.js';
import { hasErrors } from '../engine.js';
import { DEFAULT_AUDIENCE_PATH } from '../settings.js';
import { parseCommandArgs } from './args.js';
import { FILE_OPTIONS, fileLoadOptions, maxFileSizeHelp } from './files.js';

/** The help text of `validate`, also shown by `audience-sync help validate`. */
export const VALIDATE_USAGE = `Usage: audience-sync validate [path...] [--json] [--max-file-size SIZE]

Checks audience files against the schema and the rules, with no network. Each path is a
folder (its **/*.yml and **/*.yaml), a file, or a glob; the default is '${DEFAULT_AUDIENCE_PATH}'.
Prints every problem as path:line:col: message, then a summary. Only files inside the
workspace (the git repository, or the current folder outside one) are read.

Options:
${maxFileSizeHelp(24)}  --json                print { problems, audiences, files } as JSON instead
  -h, --help            show this help

Exit codes: 0 the files are valid (warnings allowed), 1 any error was found.
`;

/** Runs `validate` and returns its exit code: 1 if any problem is an error. */
export async function runValidate(args: string[], term: Terminal): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    options: { json: { type: 'boolean' }, ...FILE_OPTIONS },
    allowPositionals: true,
  });
  const paths = parsed.positionals.length > 0 ? parsed.positionals : [DEFAULT_AUDIENCE_PATH];
  const result = await loadAudiences(paths, fileLoadOptions(parsed.values['max-file-size'], term));

  if (parsed.values.json) {
    const report = {
      problems: result.problems,
      audiences: result.audiences.length,
      files: result.files.length,
    };
    term.json(report);
  } else {
    // loadAudiences sorts by file, line and column already.
    term.out(problemLines(result));
  }
  return hasErrors(result) ? 1 : 0;
}
