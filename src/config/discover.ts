/**
 * Finds the audience files that a list of paths names. Each entry is a folder, a file or
 * a glob. An entry that matches nothing is reported, never silently dropped: with prune
 * on, "no files" would read as "delete every audience".
 *
 * The files come from a pull request, so discovery never leaves the workspace root: an
 * entry that resolves outside it is refused, and a walk never follows a symbolic link to
 * a folder outside it. Symbolic links, FIFOs and devices named like audience files are
 * still listed, so that the reader (`./read.ts`) reports each one at its path instead of
 * it vanishing in silence.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type picomatchType from 'picomatch';

/** What discovery found, and which entries found nothing. */
export interface Discovery {
  /** Relative to cwd, posix separators, sorted, without duplicates. */
  files: string[];
  /** Each entry that matched no file, with the reason in plain words. */
  unmatched: { entry: string; reason: string }[];
  /**
   * Entries and symbolic links that lead outside the workspace root: an input error,
   * located at the entry or at the link's path (relative to cwd).
   */
  outside: { entry: string; reason: string }[];
}

/** Where discovery may look. */
export interface DiscoverOptions {
  /** The workspace root; nothing outside it is listed. Without it, nothing is refused. */
  root?: string;
}

const AUDIENCE_EXTENSIONS = /\.ya?ml$/i;

function toPosixRelative(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

/**
 * `toPosixRelative` from one `cwd`, for many normalised absolute paths (as `path.join`
 * and `path.resolve` give them). A path below `cwd`, as nearly every file is, is the rest
 * of its text after `cwd`: `path.relative` on each of ten thousand files showed in the
 * profile of a load.
 */
function relativeTo(cwd: string): (absolute: string) => string {
  const base = path.resolve(cwd);
  const prefix = base.endsWith(path.sep) ? base : `${base}${path.sep}`;
  return (absolute) => {
    if (!absolute.startsWith(prefix)) return toPosixRelative(base, absolute);
    const rest = absolute.slice(prefix.length);
    return path.sep === '/' ? rest : rest.split(path.sep).join('/');
  };
}

/** True when `target` is `root` or below it (both absolute and normalised). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * True when `target` is inside `root` both as written and once symbolic links are
 * resolved (through its nearest existing ancestor, for a path that does not exist yet).
 */
export function resolvesInside(root: string, target: string): boolean {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, target);
  if (!isInside(absoluteRoot, absolute)) return false;
  const realRoot = realOrUndefined(absoluteRoot) ?? absoluteRoot;
  let existing = absolute;
  let real = realOrUndefined(existing);
  while (real === undefined && existing !== path.dirname(existing)) {
    existing = path.dirname(existing);
    real = realOrUndefined(existing);
  }
  return real === undefined || isInside(realRoot, real);
}

function realOrUndefined(target: string): string | undefined {
  try {
    return realpathSync.native(target);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(target: string) {
  try {
    return lstatSync(target);
  } catch {
    return undefined;
  }
}

/** The walk of one folder: what it found, and the links it refused. */
interface Walk {
  /** Absolute paths (as reached, not resolved) of every non-folder entry. */
  found: string[];
  outside: { at: string; reason: string }[];
}

/**
 * Lists every entry below `dir` that is not a folder. Dot entries are skipped unless
 * `dot`. A symbolic link to a folder is followed only when the folder is inside the root
 * and not yet walked, so that a cycle ends and nothing outside is ever listed.
 */
function walk(dir: string, realRoot: string | undefined, dot: boolean): Walk {
  const out: Walk = { found: [], outside: [] };
  const visited = new Set<string>();
  const start = realOrUndefined(dir);
  if (start) visited.add(start);
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!dot && entry.name.startsWith('.')) continue;
      // `current` is absolute and normalised, and a name holds no separator.
      const full = current.endsWith(path.sep)
        ? `${current}${entry.name}`
        : `${current}${path.sep}${entry.name}`;
      if (entry.isDirectory()) {
        pending.push(full);
      } else if (entry.isSymbolicLink() && !AUDIENCE_EXTENSIONS.test(entry.name)) {
        // A link to a folder: stat looks at the target's type without opening it. A
        // dangling link or a loop that is not named like an audience file is not ours.
        if (!isFolder(full)) continue;
        const real = realOrUndefined(full);
        if (real === undefined) continue;
        if (realRoot !== undefined && !isInside(realRoot, real)) {
          out.outside.push({
            at: full,
            reason: 'is a symbolic link to a folder outside the workspace; it is not followed',
          });
        } else if (!visited.has(real)) {
          visited.add(real);
          pending.push(full);
        }
      } else {
        out.found.push(full);
      }
    }
  }
  return out;
}

/**
 * Characters without which picomatch finds no glob in a path. An entry with none of them
 * is a plain path, and the glob library is not even loaded (most runs name a folder).
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

let picomatchModule: Promise<typeof picomatchType> | undefined;

/** The glob library, loaded on first use. */
function loadPicomatch(): Promise<typeof picomatchType> {
  picomatchModule ??= import('picomatch').then((m) => m.default);
  return picomatchModule;
}

/** Whether a glob spells out a dot segment itself (`.github/*.yml`), so dot folders count. */
function globWantsDot(pattern: string): boolean {
  return /(^|\/)\.[^./]/.test(pattern);
}

/**
 * Resolves `paths` against `cwd`. A folder gives its `**\/*.yml` and `**\/*.yaml`; a file
 * gives itself, whatever its extension (it was named on purpose); anything else is a
 * glob, of whose matches only `.yml`/`.yaml` files count. With `options.root`, an entry
 * that resolves outside the root (by its path or through a symbolic link) is listed in
 * `outside` instead.
 */
export async function discoverFiles(
  paths: readonly string[],
  cwd: string,
  options: DiscoverOptions = {},
): Promise<Discovery> {
  const root = options.root === undefined ? undefined : path.resolve(options.root);
  const realRoot = root === undefined ? undefined : (realOrUndefined(root) ?? root);
  const found = new Set<string>();
  const relative = relativeTo(cwd);
  const unmatched: Discovery['unmatched'] = [];
  const outside: Discovery['outside'] = [];
  const leaves = (absolute: string, real: string | undefined): string | undefined => {
    if (root === undefined || realRoot === undefined) return undefined;
    if (!isInside(root, absolute))
      return `'%s' is outside the workspace (${root}); give a path inside it`;
    if (real !== undefined && !isInside(realRoot, real))
      return `'%s' leads outside the workspace through a symbolic link; give a path inside it`;
    return undefined;
  };

  for (const entry of paths) {
    const picomatch = GLOB_CHARS.test(entry) ? await loadPicomatch() : undefined;
    const dynamic = picomatch?.scan(entry).isGlob === true;
    const posixEntry = entry.split(path.sep).join('/');
    const base = picomatch && dynamic ? picomatch.scan(posixEntry).base : entry;
    const absolute = path.resolve(cwd, base);
    const refusal = leaves(absolute, realOrUndefined(absolute));
    if (refusal) {
      outside.push({ entry, reason: refusal.replace('%s', entry) });
      continue;
    }
    const info = dynamic ? undefined : lstatOrUndefined(absolute);
    let matches: string[];
    let reason: string;
    /** The folder's files, with what the walk refused reported against this entry. */
    const walkEntry = (dot: boolean): string[] => {
      const walked = walk(absolute, realRoot, dot);
      for (const o of walked.outside) {
        outside.push({ entry: toPosixRelative(cwd, o.at), reason: `'${entry}' ${o.reason}` });
      }
      return walked.found;
    };
    if (picomatch && dynamic) {
      const dot = globWantsDot(posixEntry);
      const isMatch = picomatch(posixEntry, { dot });
      matches = walkEntry(dot).filter((f) => {
        const shown = path.isAbsolute(posixEntry) ? f.split(path.sep).join('/') : relative(f);
        return AUDIENCE_EXTENSIONS.test(f) && isMatch(shown);
      });
      reason = `the pattern '${entry}' matches no .yml or .yaml file; check the path or the glob`;
    } else if (info?.isDirectory() || (info?.isSymbolicLink() && isFolder(absolute))) {
      matches = walkEntry(false).filter((f) => AUDIENCE_EXTENSIONS.test(f));
      reason = `the folder '${entry}' contains no .yml or .yaml file; add audience files or give another path`;
    } else if (info) {
      // A file, a link to one, or something that is no file at all: the reader judges it
      // at its path, so that a FIFO or a device is an error there and is never opened.
      matches = [absolute];
      reason = '';
    } else {
      matches = [];
      reason = `'${entry}' does not exist; give a folder, a .yml or .yaml file, or a glob`;
    }
    if (matches.length === 0) unmatched.push({ entry, reason });
    for (const match of matches) found.add(relative(match));
  }
  // Code-unit order, not locale order: the same on every machine.
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, unmatched, outside };
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** Finds files: a folder → its **\/*.yml and **\/*.yaml; a file → itself; else a glob. Sorted, relative to cwd, posix separators. */
export async function findAudienceFiles(
  paths: string[],
  cwd: string,
  options: DiscoverOptions = {},
): Promise<string[]> {
  return (await discoverFiles(paths, cwd, options)).files;
}
