/**
 * The part of checking a file that needs no full YAML parser: the quick reader and the
 * rules of one document. A file that it reads without any problem is done here; any other
 * file goes to the full parser (`check.ts`), which is loaded only then, so that a run
 * whose files are all plain and valid never loads it. Results are plain data (no node
 * trees, no functions), so that they can be computed in a worker thread and posted back.
 */
import type { Problem, SourceLocation } from '../model.js';
import type { ParsedDocument } from './parse.js';
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

/**
 * Thrown by `needsPosition`, the `locate` of a document read without the full parser: a
 * problem was found, and its position needs the full parser.
 */
export const NEEDS_POSITION = Symbol('needs a position');

export function needsPosition(): never {
  throw NEEDS_POSITION;
}

/**
 * The checks of a file that the quick reader can read and that has no problem at all;
 * `undefined` otherwise. Any problem (even a warning) asks for a position, and then the
 * whole file goes through the full parser, so that every problem and position comes from
 * there.
 */
export function quickCheck(source: AudienceSource): FileCheck | undefined {
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
