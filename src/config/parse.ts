/**
 * Parses one audience file into its YAML documents. Positions are resolved from the
 * YAML node tree only when a problem needs one; once a file's own checks are done the
 * tree can be released, and a later question (a duplicate name found across files)
 * parses the file again. Keeping ten thousand node trees alive would cost more in
 * garbage collection than the parse itself.
 */
import { type Document, isScalar, LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Problem, SourceLocation } from '../model.js';
import { type LocateTarget, locateOffset, type PathSegment } from '../schema/locate.js';

/** One non-empty YAML document of a file. */
export interface ParsedDocument {
  file: string;
  /** 0-based among the file's documents, empty ones included. */
  index: number;
  /** The document as plain data; `undefined` when the YAML could not be read. */
  value: unknown;
  /** True when the YAML itself is broken: the value is not what the author meant. */
  broken: boolean;
  /** True when the YAML layer already found an error in this document (syntax, duplicate key). */
  yamlError: boolean;
  /** Where the document's content starts. */
  start: SourceLocation;
  /** Resolves a path inside the document to a position in the file. */
  locate(path?: readonly PathSegment[], target?: LocateTarget): SourceLocation;
}

export interface ParsedFile {
  file: string;
  documents: ParsedDocument[];
  /** Syntax errors, duplicate keys, YAML warnings and "declares no audience". */
  problems: Problem[];
  /** Drops the node trees; `locate` still works, by parsing the text again. */
  release(): void;
}

const PARSE_OPTIONS = { prettyErrors: false } as const;

/** Plain-words advice for the YAML errors that people actually make. */
const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces',
  MISSING_CHAR: 'close the quote or bracket',
  BAD_INDENT: 'check the indentation and the closing bracket',
  BLOCK_AS_IMPLICIT_KEY: "quote a value that contains ': ', or check the indentation",
  MULTILINE_IMPLICIT_KEY: 'keep each key on one line, or quote the value',
  UNEXPECTED_TOKEN: 'remove the stray character, or quote the value',
  BAD_SCALAR_START: 'quote the value',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The key written at `offset`, for naming a duplicate key. */
function keyAt(text: string, offset: number): string {
  const match = /^\s*(["']?)([^:\n]*?)\1\s*:/.exec(text.slice(offset, offset + 200));
  return match?.[2] ?? text.slice(offset).split(/[:\n]/)[0] ?? '';
}

/** A document holding nothing at all (between two `---`, or a lone `---`). */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  if (contents === null) return true;
  return isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1];
}

/** The node trees of one file and its line counter, parsed again on demand once released. */
class FileTrees {
  private docs: Document.Parsed[] | undefined;
  private lineCounter: LineCounter | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
    docs?: Document.Parsed[],
    lineCounter?: LineCounter,
  ) {
    this.docs = docs;
    this.lineCounter = lineCounter;
  }

  release(): void {
    this.docs = undefined;
    this.lineCounter = undefined;
  }

  at(offset: number, lineCounter: LineCounter): SourceLocation {
    const { line, col } = lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }

  locate(index: number, path: readonly PathSegment[], target: LocateTarget): SourceLocation {
    if (!this.docs || !this.lineCounter) {
      this.lineCounter = new LineCounter();
      this.docs = parseAllDocuments(this.text, { ...PARSE_OPTIONS, lineCounter: this.lineCounter });
    }
    const doc = this.docs[index];
    return this.at(doc ? locateOffset(doc, path, target) : 0, this.lineCounter);
  }
}

/** What `ParsedDocument.locate` does, for a file whose node trees are not (or no longer) kept. */
export type Locator = (
  index: number,
  path?: readonly PathSegment[],
  target?: LocateTarget,
) => SourceLocation;

/**
 * A locator for the documents of `file` that parses `text` only on the first question:
 * for a file that was checked elsewhere (another thread) and has a problem only the
 * rules across files can see.
 */
export function locatorFor(file: string, text: string): Locator {
  const trees = new FileTrees(file, text);
  return (index, path = [], target = 'value') => trees.locate(index, path, target);
}

/**
 * Parses `text` (the content of `file`). Never throws: YAML problems come back as
 * located problems. Only the first syntax error of a document is reported, because the
 * ones after it are usually echoes of the same mistake; duplicate keys are all reported.
 */
export function parseAudienceFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const trees = new FileTrees(file, text, docs, lineCounter);
  const at = (offset: number): SourceLocation => trees.at(offset, lineCounter);
  const documents: ParsedDocument[] = [];

  docs.forEach((doc, index) => {
    const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const first = syntax[0];
    if (first) problems.push(syntaxProblem(first, at));
    // In a broken document the keys are the parser's guess; a "duplicate" there is an echo.
    for (const e of first ? [] : duplicates) {
      const key = keyAt(text, e.pos[0]);
      problems.push({
        ...at(e.pos[0]),
        severity: 'error',
        rule: 'duplicate-key',
        message: `duplicate key '${key}'; each key may appear only once in an audience, so remove one of them`,
      });
    }
    for (const w of doc.warnings) {
      problems.push({
        ...at(w.pos[0]),
        severity: 'warning',
        rule: 'yaml-warning',
        message: `${lowerFirst(w.message)}${w.code === 'TAG_RESOLVE_FAILED' ? '; remove the tag, it has no meaning here' : ''}`,
      });
    }
    if (isEmptyDocument(doc) && doc.errors.length === 0) return;
    const start = at(doc.contents?.range[0] ?? 0);
    let broken = syntax.length > 0;
    let value: unknown;
    // A broken document's value is a guess by the parser; validating it would report
    // the parser's guess, not the author's intent.
    if (!broken) {
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        // toJS refuses alias bombs and aliases it cannot resolve.
        broken = true;
        problems.push({
          ...start,
          severity: 'error',
          rule: 'yaml-syntax',
          message: `invalid YAML: ${lowerFirst((error as Error).message)}`,
        });
      }
    }
    documents.push({
      file,
      index,
      value,
      broken,
      yamlError: broken || duplicates.length > 0,
      start,
      locate: (path = [], target = 'value') => trees.locate(index, path, target),
    });
  });

  if (documents.length === 0 && problems.every((p) => p.severity !== 'error')) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'empty-file',
      message:
        'the file declares no audience; add at least one YAML document with a name, or delete the file',
    });
  }
  return { file, documents, problems, release: () => trees.release() };
}

function syntaxProblem(error: YAMLError, at: (offset: number) => SourceLocation): Problem {
  const hint = SYNTAX_HINTS[error.code];
  return {
    ...at(error.pos[0]),
    severity: 'error',
    rule: 'yaml-syntax',
    message: `invalid YAML: ${lowerFirst(error.message)}${hint ? `; ${hint}` : ''}`,
  };
}
