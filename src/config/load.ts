/**
 * The loader: files → desired audiences and every located problem. It never throws for
 * bad input; callers refuse to write when any problem is an error.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '../guards.js';
import {
  type DesiredAudience,
  type LoadResult,
  PROFILE_FIELDS,
  type Problem,
  type Profile,
} from '../model.js';
import { DEFAULT_MAX_FILE_BYTES } from '../settings.js';
import { discoverFiles } from './discover.js';
import { sortProblems } from './format.js';
import { checkSources, type ParallelOptions } from './parallel.js';
import type { Locator, ParsedDocument } from './parse.js';
import {
  type AudienceSource,
  type DocumentCheck,
  type FileCheck,
  NEEDS_POSITION,
  needsPosition,
} from './quick-check.js';
import { readAudienceFile } from './read.js';
import { checkNames, type NamedDocument, namesOf } from './rules.js';
import { nextTurn, nowMs } from './turns.js';

export { findAudienceFiles } from './discover.js';
export type { AudienceSource } from './quick-check.js';

/** A file's checked document, with the means to locate a path in it. */
type CheckedDocument = DocumentCheck & Pick<ParsedDocument, 'locate'>;

function toDesired(doc: CheckedDocument): DesiredAudience {
  const value = doc.value as Record<string, unknown>;
  const state = value.state === 'absent' ? 'absent' : 'present';
  const name = String(value.name).trim();
  // An absent audience is matched by name alone; its other fields are ignored (and
  // the loader warned about them).
  const fields: Partial<Profile> = { name };
  if (state === 'present') {
    for (const field of PROFILE_FIELDS) {
      if (field !== 'name' && field in value) {
        (fields as Record<string, unknown>)[field] = value[field];
      }
    }
  }
  const previousNames: string[] = [];
  if (Array.isArray(value.previousNames)) {
    for (const p of value.previousNames) {
      const trimmed = String(p).trim();
      if (!previousNames.includes(trimmed)) previousNames.push(trimmed);
    }
  }
  return { name, state, fields, previousNames, source: doc.start };
}

/**
 * Joins the checks of single files (from this thread or from workers) and applies the
 * rules across files. A document that needs a position for such a problem is located by
 * parsing its file's text again (`locatorFor` from `parse.ts`), which only files with
 * such a problem pay for.
 */
export function combineChecks(
  sources: readonly AudienceSource[],
  checks: readonly FileCheck[],
  locatorFor: (file: string, text: string) => Locator,
): LoadResult {
  const problems: Problem[] = [];
  const documents: CheckedDocument[] = [];
  const invalid = new Set<CheckedDocument>();

  checks.forEach((check, i) => {
    const source = sources[i];
    if (source?.file !== check.file)
      throw new Error(`internal: checks out of order at ${check.file}`);
    problems.push(...check.problems);
    const locate = locatorFor(source.file, source.text);
    for (const checked of check.documents) {
      const doc: CheckedDocument = {
        ...checked,
        locate: (path, target) => locate(checked.index, path, target),
      };
      documents.push(doc);
      if (checked.invalid) invalid.add(doc);
    }
  });

  const named = documents
    .map((d) => namesOf(d))
    .filter((n): n is NamedDocument<CheckedDocument> => n !== undefined);
  for (const { doc, problem } of checkNames(named)) {
    problems.push(problem);
    if (problem.severity === 'error') invalid.add(doc);
  }

  const audiences = documents
    .filter((d) => !invalid.has(d) && isRecord(d.value))
    .map((d) => toDesired(d));
  const files = [...new Set(sources.map((s) => s.file))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return { audiences, problems: sortProblems(problems), files };
}

/** Where `loadAudiences` looks, and how much it reads. */
export interface LoadOptions {
  /** Paths are resolved against this folder. */
  cwd: string;
  /**
   * The workspace root (default `cwd`): a path or symbolic link that leads outside it is
   * an error, and nothing outside it is opened. The Action passes `GITHUB_WORKSPACE`, the
   * CLI the repository root.
   */
  root?: string;
  /** The largest audience file read, in bytes (default 1 MiB); a larger one is an error. */
  maxFileBytes?: number;
  parallel?: ParallelOptions;
}

function entryProblem(file: string, rule: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', rule, message };
}

/** How long the reads run before they let the event loop turn. */
const READ_SLICE_MS = 2;

/**
 * Reads, parses and validates every document; never throws for bad input, returns
 * problems instead. Only regular files inside the root are read (see `./read.ts`).
 */
export async function loadAudiences(paths: string[], options: LoadOptions): Promise<LoadResult> {
  const root = path.resolve(options.cwd, options.root ?? options.cwd);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // One turn of the event loop first: a request started just before (the early reads,
  // docs/plan.md) reaches the wire before the synchronous walk of the folders.
  await nextTurn();
  const { files, unmatched, outside } = await discoverFiles(paths, options.cwd, { root });
  const readProblems: Problem[] = [
    ...unmatched.map(({ entry, reason }) => entryProblem(entry, 'no-files', reason)),
    ...outside.map(({ entry, reason }) => entryProblem(entry, 'outside-workspace', reason)),
  ];

  let realRoot = root;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    // A root that does not exist holds no files; every read below fails on its own.
  }
  // Synchronous reads, on purpose: the parse that follows is synchronous CPU work anyway,
  // and for ten thousand small files a synchronous read measured about 8x faster than
  // fs.promises.readFile (one syscall round trip instead of several thread-pool hops).
  const seen = new Set<string>();
  const realFolders = new Map<string, string>();
  const sources: AudienceSource[] = [];
  const read: string[] = [];
  // The reads are handed back to the event loop every few milliseconds, so that the
  // remote reads started before the load (docs/plan.md) get their requests on the wire
  // instead of waiting for the last file.
  let slice = nowMs();
  for (const file of files) {
    if (nowMs() - slice > READ_SLICE_MS) {
      await nextTurn();
      slice = nowMs();
    }
    const outcome = readAudienceFile(file, options.cwd, { realRoot, maxBytes, seen, realFolders });
    if (outcome.kind === 'duplicate') continue;
    read.push(file);
    if (outcome.kind === 'problem') readProblems.push(outcome.problem);
    else sources.push({ file, text: outcome.text });
  }

  const { checks } = await checkSources(sources, options.parallel);
  const result = await combineLocated(sources, checks);
  return {
    audiences: result.audiences,
    problems: sortProblems([...readProblems, ...result.problems]),
    files: read,
  };
}

/**
 * `combineChecks`, first without a YAML parser: only when a rule across files finds a
 * problem (which needs a position) is the parser loaded, and the files combined again.
 */
async function combineLocated(
  sources: readonly AudienceSource[],
  checks: readonly FileCheck[],
): Promise<LoadResult> {
  try {
    return combineChecks(sources, checks, () => needsPosition);
  } catch (error) {
    if (error !== NEEDS_POSITION) throw error;
  }
  const { locatorFor } = await import('./parse.js');
  return combineChecks(sources, checks, locatorFor);
}
