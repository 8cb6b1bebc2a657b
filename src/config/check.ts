/**
 * The part of loading that looks at one file at a time: parse it and apply every rule
 * that needs only the document itself. Files that the quick reader takes are checked in
 * `quick-check.ts`; this module adds the full parser, for every other file. Its result
 * is plain data (no node trees, no functions), so that it can be computed in a worker
 * thread and posted back unchanged.
 */
import { parseAudienceFile } from './parse.js';
import {
  type AudienceSource,
  type DocumentCheck,
  type FileCheck,
  quickCheck,
} from './quick-check.js';
import { checkDocument } from './rules.js';

export type { AudienceSource, DocumentCheck, FileCheck } from './quick-check.js';

/** Parses one file with the full parser and applies the rules that look at one document at a time. */
export function fullCheck(source: AudienceSource): FileCheck {
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
export function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return fn();
  } finally {
    process.env = env;
  }
}
