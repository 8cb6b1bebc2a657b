/**
 * What an export does to the folder it writes into. An exact export must leave the folder
 * holding only its own files, so audience files it does not rewrite have to go; but a
 * folder may be a repository root or hold someone's other YAML, so only files that are
 * recognisably audience files are ever removed, and anything else that `plan` would read
 * stops the export instead of being deleted.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverFiles } from '../config/discover.js';
import { parseAudienceFile } from '../config/parse.js';
import { isRecord } from '../guards.js';
import { compareText } from '../plan/compare.js';
import { audienceSchema } from '../schema/validator.js';
import { ForeignFilesError, RemovalRefusedError } from './folder-errors.js';
import { OverwriteRefusedError } from './write.js';

export { ForeignFilesError, RemovalRefusedError } from './folder-errors.js';

/**
 * - `audience`: every document is a mapping of schema keys with a `name`: safe to replace;
 * - `unreadable`: broken YAML, so what it is cannot be told;
 * - `blank`: no document at all (only comments, or empty);
 * - `foreign`: readable YAML that is not an audience (a workflow, a config file);
 * - `special`: not a regular file (a symbolic link), never touched.
 */
export type FileKind = 'audience' | 'unreadable' | 'blank' | 'foreign' | 'special';

/** One YAML file that `plan` on the folder would read, and what it is. */
export interface SurveyedFile {
  /** Relative to `cwd`, `/` separators. */
  file: string;
  kind: FileKind;
  /** The audience names it declares (for `audience` files), trimmed. */
  names: string[];
  /** Why it is not an audience file, in plain words (empty for `audience`). */
  reason: string;
}

const SCHEMA_KEYS = new Set(Object.keys(audienceSchema.properties ?? {}));

/**
 * Classifies one file's text. Strict on purpose: a GitHub workflow also has a top-level
 * `name`, so a `name` alone proves nothing; every key of every document must be one of
 * the audience schema's.
 */
export function classifyText(text: string): Pick<SurveyedFile, 'kind' | 'names' | 'reason'> {
  // The loader's own parser: the same idea of an empty document, and its guard against
  // alias bombs.
  const parsed = parseAudienceFile('', text);
  if (parsed.documents.some((d) => d.yamlError)) {
    return { kind: 'unreadable', names: [], reason: 'it is not valid YAML' };
  }
  const values = parsed.documents.map((d) => d.value);
  if (values.length === 0) {
    return { kind: 'blank', names: [], reason: 'it holds no YAML document' };
  }
  const names: string[] = [];
  for (const value of values) {
    if (!isRecord(value)) {
      return { kind: 'foreign', names: [], reason: 'a document is not a mapping' };
    }
    const unknown = Object.keys(value).filter((k) => !SCHEMA_KEYS.has(k));
    if (unknown.length > 0) {
      return {
        kind: 'foreign',
        names: [],
        reason: `it has keys no audience has (${unknown.slice(0, 3).join(', ')})`,
      };
    }
    if (typeof value.name !== 'string' || value.name.trim() === '') {
      return { kind: 'foreign', names: [], reason: 'a document has no name' };
    }
    names.push(value.name.trim());
  }
  return { kind: 'audience', names, reason: '' };
}

/**
 * Every file that `plan <outDir>` would read (the loader's own discovery, so dot-folders
 * such as `.github` are never even looked at), classified. An absent folder has none.
 */
export async function surveyFolder(outDir: string, cwd: string): Promise<SurveyedFile[]> {
  const discovery = await discoverFiles([outDir], cwd);
  const surveyed: SurveyedFile[] = [];
  for (const file of discovery.files) {
    const absolute = path.resolve(cwd, file);
    const info = await lstat(absolute);
    if (!info.isFile()) {
      surveyed.push({ file, kind: 'special', names: [], reason: 'it is not a regular file' });
      continue;
    }
    surveyed.push({ file, ...classifyText(await readFile(absolute, 'utf8')) });
  }
  return surveyed;
}

/** Whether `dir` (relative to `cwd`) is the top of a git repository. */
export async function isRepositoryRoot(dir: string, cwd: string): Promise<boolean> {
  try {
    await lstat(path.join(path.resolve(cwd, dir), '.git'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** What the export does to the folder: each path relative to `cwd`, sorted. */
export interface FolderChanges {
  /** Target files that exist and get new contents. */
  overwrite: string[];
  /** Audience files the export does not rewrite. */
  remove: string[];
}

/**
 * Pure: decides, from the export's `targets` and the folder's survey, which files are
 * overwritten and which removed, or throws why the export must not run:
 * - `OverwriteRefusedError` without `force` when any target or other audience file exists
 *   (the first would be clobbered, the second would make the result inexact);
 * - `ForeignFilesError` when a file `plan` reads is not an audience file (at a target
 *   path, a broken or blank file is overwritten with `force`: it is where the export
 *   writes and holds nothing anyone could read);
 * - `RemovalRefusedError` when files would be removed from a repository root, or the
 *   export writes nothing at all yet would empty the folder (a wrong workspace, say).
 */
export function planFolderChanges(
  targets: readonly string[],
  survey: readonly SurveyedFile[],
  options: {
    outDir: string;
    cwd: string;
    force: boolean;
    /** Each target that exists (from an lstat: a survey misses dot-files and other extensions). */
    existingTargets: readonly string[];
    repositoryRoot: boolean;
  },
): FolderChanges {
  const key = (file: string) => path.resolve(options.cwd, file);
  const targetKeys = new Set(targets.map(key));
  const surveyed = new Map(survey.map((s) => [key(s.file), s]));
  const others = survey.filter((s) => !targetKeys.has(key(s.file)));
  const otherAudiences = others.filter((s) => s.kind === 'audience').map((s) => s.file);

  if (!options.force && (options.existingTargets.length > 0 || otherAudiences.length > 0)) {
    throw new OverwriteRefusedError([...options.existingTargets], otherAudiences);
  }

  const foreign = [
    ...options.existingTargets
      .map((file) => surveyed.get(key(file)))
      .filter(
        (s): s is SurveyedFile => s !== undefined && (s.kind === 'foreign' || s.kind === 'special'),
      ),
    ...others.filter((s) => s.kind !== 'audience'),
  ]
    .map((s) => ({ file: s.file, reason: s.reason }))
    .sort((a, b) => compareText(a.file, b.file));
  if (foreign.length > 0) throw new ForeignFilesError(options.outDir, foreign);

  const remove = [...otherAudiences].sort(compareText);
  if (remove.length > 0 && options.repositoryRoot) {
    throw new RemovalRefusedError('repository-root', options.outDir, remove);
  }
  if (remove.length > 0 && targets.length === 0) {
    throw new RemovalRefusedError('nothing-exported', options.outDir, remove);
  }
  return { overwrite: [...options.existingTargets].sort(compareText), remove };
}
