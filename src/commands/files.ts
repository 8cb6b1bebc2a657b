/**
 * How the commands that read audience files bound what they read: only files inside the
 * workspace (the repository the command runs in, else the working folder), and none
 * larger than `--max-file-size`. The loader enforces both (`src/config/load.ts`); the
 * Action passes `GITHUB_WORKSPACE` and its `max-file-size` input the same way
 * (docs/file-format.md).
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { fromFlagOrEnv, SYNC_ENV } from '../cli/env.js';
import { UsageError } from '../cli/errors.js';
import { resolvesInside } from '../config/discover.js';
import type { LoadOptions } from '../config/load.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_FILE_SIZE,
  parseByteSizeSetting,
} from '../settings.js';

/** `parseArgs` options of `--max-file-size`, to spread into a command's. */
export const FILE_OPTIONS = {
  'max-file-size': { type: 'string' },
} as const;

/** The default cap as the help shows it (`1MiB`). */

/**
 * The help line of `--max-file-size`, its description starting at `column` (the
 * command's own alignment), on the next line when the flag is wider than the column.
 */
export function maxFileSizeHelp(column: number): string {
  const flag = '  --max-file-size SIZE';
  const indent = ' '.repeat(column);
  const lines = [
    'the largest audience file read, in bytes or with KiB or MiB',
    `(default ${DEFAULT_MAX_FILE_SIZE}; env ${SYNC_ENV.maxFileSize})`,
  ];
  const first =
    column - flag.length >= 2
      ? `${flag}${' '.repeat(column - flag.length)}${lines[0]}`
      : `${flag}\n${indent}${lines[0]}`;
  return `${first}\n${indent}${lines[1]}\n`;
}

/**
 * The workspace of a CLI run: the nearest folder from `cwd` upwards that holds `.git`
 * (a folder, or the file of a worktree or submodule), or `cwd` itself outside any
 * repository. Audience files and path arguments must stay inside it.
 */
export function workspaceRoot(cwd: string): string {
  const start = path.resolve(cwd);
  for (let dir = start; ; ) {
    if (hasGit(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

function hasGit(dir: string): boolean {
  try {
    lstatSync(path.join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The loader's options for a command run in `cwd`: the workspace root, and the size cap
 * from `--max-file-size`, else `AUDIENCE_SYNC_MAX_FILE_SIZE`, else 1 MiB. Throws a
 * `SettingError` naming the flag or the variable for a size it cannot read.
 */
export function fileLoadOptions(
  flag: string | undefined,
  context: { cwd: string; env: NodeJS.ProcessEnv },
): LoadOptions {
  const { value, name } = fromFlagOrEnv(flag, '--max-file-size', context.env, SYNC_ENV.maxFileSize);
  return {
    cwd: context.cwd,
    root: workspaceRoot(context.cwd),
    maxFileBytes: parseByteSizeSetting(value, name) ?? DEFAULT_MAX_FILE_BYTES,
  };
}

/**
 * Refuses a place to write (`export --out`, `bootstrap --out`) that resolves outside the
 * workspace, as written or through a symbolic link: the CLI reads and writes audience
 * files only inside it, as the Action does.
 */
export function refuseOutsideWorkspace(flag: string, target: string, cwd: string): void {
  const root = workspaceRoot(cwd);
  if (resolvesInside(root, path.resolve(cwd, target))) return;
  throw new UsageError(
    `${flag} ${JSON.stringify(target)} is outside the workspace (${root}); give a path inside it`,
  );
}
