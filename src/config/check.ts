/**
 * The part of loading that looks at one file at a time: parse it and apply every rule
 * that needs only the document itself. Its result is plain data (no node trees, no
 * functions), so that it can be computed in a worker thread and posted back unchanged.
 */
import type { Problem, SourceLocation } from '../model.js';
import { type ParsedDocument, parseAudienceFile } from './parse.js';
import { quickParse } from './quick.js';
import { checkDocument } from './rules.js';

/** One audience file's content. */
export interface AudienceSource {
  file: string;
  text: string;
}

/** One non-empty document of a checked file. */
export interface DocumentCheck {
  /** 0-based among the file's documents, empty ones included. */
  index: number;
  /** The document as plain data; `undefined` when the YAML could not be read. */
  value: unknown;
  /** Where the document's content starts. */
  start: SourceLocation;
  /** True when the file's own checks already found an error in this document. */
  invalid: boolean;
}

/** What the checks of one file found: its problems and its documents. */
export interface FileCheck {
  file: string;
  problems: Problem[];
  documents: DocumentCheck[];
}

/** Thrown by a quickly read document's `locate`: a problem needs the full parser. */
const NEEDS_POSITION = Symbol('needs a position');

function needsPosition(): never {
  throw NEEDS_POSITION;
}

/**
 * The checks of a file that the quick reader can read and that has no problem at all;
 * `undefined` otherwise. Any problem (even a warning) asks for a position, and then the
 * whole file goes through the full parser, so that every problem and position comes from
 * there.
 */
function quickCheck(source: AudienceSource): FileCheck | undefined {
  const quick = quickParse(source.text);
  if (!quick) return undefined;
  const documents: DocumentCheck[] = [];
  try {
    for (const doc of quick) {
      const start = { file: source.file, line: doc.line, column: 1 };
      const parsed: ParsedDocument = {
        file: source.file,
        index: doc.index,
        value: doc.value,
        broken: false,
        yamlError: false,
        start,
        locate: needsPosition,
      };
      if (checkDocument(parsed).length > 0) return undefined;
      documents.push({ index: doc.index, value: doc.value, start, invalid: false });
    }
  } catch (error) {
    if (error === NEEDS_POSITION) return undefined;
    throw error;
  }
  return { file: source.file, problems: [], documents };
}

/** Parses one file with the full parser and applies the rules that look at one document at a time. */
function fullCheck(source: AudienceSource): FileCheck {
  const parsed = parseAudienceFile(source.file, source.text);
  const problems = [...parsed.problems];
  const documents = parsed.documents.map((doc): DocumentCheck => {
    const found = checkDocument(doc);
    problems.push(...found);
    return {
      index: doc.index,
      value: doc.value,
      start: doc.start,
      invalid: doc.yamlError || found.some((p) => p.severity === 'error'),
    };
  });
  // Ten thousand node trees kept alive cost more in garbage collection than the parse.
  parsed.release();
  return { file: source.file, problems, documents };
}

/**
 * Parses one file and applies the rules that look at one document at a time. `full`
 * skips the quick reader (the tests compare both ways).
 */
export function checkFile(source: AudienceSource, full = false): FileCheck {
  return (full ? undefined : quickCheck(source)) ?? withPlainEnv(() => fullCheck(source));
}

/** `checkFile` for each source, in order. */
export function checkFiles(sources: readonly AudienceSource[]): FileCheck[] {
  const quick = sources.map(quickCheck);
  if (quick.every((check) => check !== undefined)) return quick as FileCheck[];
  return withPlainEnv(() =>
    quick.map((check, i) => check ?? fullCheck(sources[i] as AudienceSource)),
  );
}

/**
 * Runs `fn` with `process.env` swapped for a plain copy. The yaml library reads
 * `process.env.LOG_TOKENS` once per token, and every read of the real `process.env` is a
 * call into the runtime: about a quarter of all parse time. `fn` is synchronous, so no
 * other code can run (or write the environment) while the copy is in place.
 */
function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return fn();
  } finally {
    process.env = env;
  }
}
