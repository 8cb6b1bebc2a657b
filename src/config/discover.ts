/**
 * Finds the audience files that a list of paths names. Each entry is a folder, a file or
 * a glob. An entry that matches nothing is reported, never silently dropped: with prune
 * on, "no files" would read as "delete every audience".
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What discovery found, and which entries found nothing. */
export interface Discovery {
  /** Relative to cwd, posix separators, sorted, without duplicates. */
  files: string[];
  /** Each entry that matched no file, with the reason in plain words. */
  unmatched: { entry: string; reason: string }[];
}

const AUDIENCE_EXTENSIONS = /\.ya?ml$/i;

function toPosixRelative(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

async function statOrUndefined(target: string) {
  try {
    return await stat(target);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `paths` against `cwd`. A folder gives its `**\/*.yml` and `**\/*.yaml`; a file
 * gives itself, whatever its extension (it was named on purpose); anything else is a
 * glob, of whose matches only `.yml`/`.yaml` files count.
 */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<Discovery> {
  const found = new Set<string>();
  const unmatched: Discovery['unmatched'] = [];
  for (const entry of paths) {
    const absolute = path.resolve(cwd, entry);
    const info = isDynamicPattern(entry) ? undefined : await statOrUndefined(absolute);
    let matches: string[];
    let reason: string;
    if (info?.isDirectory()) {
      matches = await glob(['**/*.yml', '**/*.yaml'], {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
      });
      reason = `the folder '${entry}' contains no .yml or .yaml file; add audience files or give another path`;
    } else if (info?.isFile()) {
      matches = [absolute];
      reason = '';
    } else if (info) {
      // A pipe or a device would block the read or never end; only files are audiences.
      matches = [];
      reason = `'${entry}' is not a regular file; give a folder, a .yml or .yaml file, or a glob`;
    } else if (isDynamicPattern(entry)) {
      const all = await glob([entry.split(path.sep).join('/')], {
        cwd,
        absolute: true,
        onlyFiles: true,
        // A glob names files; tinyglobby would otherwise also expand a matched folder.
        expandDirectories: false,
      });
      matches = all.filter((f) => AUDIENCE_EXTENSIONS.test(f));
      reason = `the pattern '${entry}' matches no .yml or .yaml file; check the path or the glob`;
    } else {
      matches = [];
      reason = `'${entry}' does not exist; give a folder, a .yml or .yaml file, or a glob`;
    }
    if (matches.length === 0) unmatched.push({ entry, reason });
    for (const match of matches) found.add(toPosixRelative(cwd, match));
  }
  // Code-unit order, not locale order: the same on every machine.
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, unmatched };
}

/** Finds files: a folder → its **\/*.yml and **\/*.yaml; a file → itself; else a glob (tinyglobby). Sorted, relative to cwd, posix separators. */
export async function findAudienceFiles(paths: string[], cwd: string): Promise<string[]> {
  return (await discoverFiles(paths, cwd)).files;
}
