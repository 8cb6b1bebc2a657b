/**
 * The rules that JSON Schema cannot express (docs/file-format.md): the gender sum, the age order,
 * trimmed names, and everything that compares one audience with another.
 */

import { isRecord } from '../guards.js';
import { GENDER_KEYS, NUMBER_TOLERANCE, PROFILE_FIELDS, type Problem } from '../model.js';
import { describePath, explainSchemaErrors, joinWords } from '../schema/messages.js';
import { validateAudienceSchema } from '../schema/validator.js';
import { codePointLabel, excerpt, findUncleanChar } from './clean-text.js';
import type { ParsedDocument } from './parse.js';

/** What the rules across documents need of a document: its value and its positions. */
export type LocatedValue = Pick<ParsedDocument, 'value' | 'locate'>;

const NAME_MIN = 3;
const NAME_MAX = 100;

/** A problem of `severity` at `path` in `doc` (the key itself with target `key`). */
function located(
  severity: Problem['severity'],
  doc: LocatedValue,
  rule: string,
  message: string,
  path: (string | number)[] = [],
  target: 'key' | 'value' = 'value',
): Problem {
  return { ...doc.locate(path, target), severity, rule, message };
}

const error = located.bind(null, 'error');
const warning = located.bind(null, 'warning');

/** Prints a sum without float noise: 0.9 rather than 0.8999999999999999. */
function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

function isShare(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= 1;
}

function isAge(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120;
}

/**
 * Checks one document on its own: its shape against the schema, then the rules beyond
 * it. A rule only judges values that passed the schema, so one slip gives one problem.
 */
export function checkDocument(doc: ParsedDocument): Problem[] {
  if (doc.broken) return [];
  const value = doc.value;
  if (!isRecord(value)) {
    const what = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'empty'
        : typeof value === 'string'
          ? `the text '${excerpt(value)}'`
          : `the value ${excerpt(String(value))}`;
    return [
      error(
        doc,
        'not-a-mapping',
        `this document is ${what}; an audience must be a mapping of keys such as name:, residence: and minAge:`,
      ),
    ];
  }
  const problems: Problem[] = explainSchemaErrors(validateAudienceSchema(value)).map((issue) =>
    error(doc, issue.rule, issue.message, issue.path, issue.target),
  );
  problems.push(...checkText(doc, value, []));

  const gender = value.genderDistribution;
  if (isRecord(gender) && GENDER_KEYS.every((k) => isShare(gender[k]))) {
    const sum = GENDER_KEYS.reduce((total, k) => total + (gender[k] as number), 0);
    if (Math.abs(sum - 1) > NUMBER_TOLERANCE) {
      problems.push(
        error(
          doc,
          'gender-sum',
          `genderDistribution sums to ${formatNumber(sum)}; the four shares must sum to 1`,
          ['genderDistribution'],
          'key',
        ),
      );
    }
  }

  const { minAge, maxAge } = value;
  if (isAge(minAge) && isAge(maxAge) && minAge > maxAge) {
    problems.push(
      error(
        doc,
        'age-order',
        `minAge ${minAge} is greater than maxAge ${maxAge}; minAge must be at most maxAge`,
        ['minAge'],
      ),
    );
  }

  const name = value.name;
  if (typeof name === 'string' && name.length >= NAME_MIN && name.length <= NAME_MAX) {
    const trimmed = name.trim();
    // The schema sees the raw text; the API and the matching see it trimmed.
    if (trimmed.length > 0 && trimmed.length < NAME_MIN) {
      problems.push(
        error(
          doc,
          'name-length',
          `name '${trimmed}' has ${trimmed.length} characters without the surrounding spaces; it must have ${NAME_MIN} to ${NAME_MAX}`,
          ['name'],
        ),
      );
    }
  }

  if (value.state === 'absent') {
    const ignored = PROFILE_FIELDS.filter((f) => f !== 'name' && f in value);
    if (ignored.length > 0) {
      problems.push(
        warning(
          doc,
          'absent-ignored',
          `state is absent, so ${joinWords(ignored)} ${ignored.length === 1 ? 'is' : 'are'} ignored; an absent audience needs only name, and is deleted if it exists`,
          ['state'],
        ),
      );
    }
  }
  return problems;
}

/** Free-text fields, whose values may hold line breaks and tabs. */
const MULTILINE_FIELDS = new Set(['additionalInformation']);

const KIND_WORDS = {
  control: 'a control character',
  'zero-width': 'an invisible zero-width character',
  bidi: 'a bidirectional-text control',
} as const;

/** One problem for the first character of `text` that is not allowed. */
function uncleanProblem(
  doc: LocatedValue,
  text: string,
  path: (string | number)[],
  target: 'key' | 'value',
): Problem | undefined {
  const found = findUncleanChar(text, target === 'value' && MULTILINE_FIELDS.has(path.join('.')));
  if (!found) return undefined;
  const what = target === 'key' ? `the key '${excerpt(text)}'` : describePath(path);
  return error(
    doc,
    'unclean-text',
    `${what} holds ${KIND_WORDS[found.kind]} (${codePointLabel(found.codePoint)}) at character ${found.position + 1}; remove it: such characters hide or reorder text, and are never sent`,
    path,
    target,
  );
}

/**
 * Every key and text value of `value`, checked for characters that have no place in an
 * audience: control, zero-width and bidi characters. One problem per key or value.
 */
function checkText(doc: LocatedValue, value: unknown, path: (string | number)[]): Problem[] {
  if (typeof value === 'string') {
    const problem = uncleanProblem(doc, value, path, 'value');
    return problem ? [problem] : [];
  }
  const problems: Problem[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      problems.push(...checkText(doc, item, [...path, i]));
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = uncleanProblem(doc, key, [...path, key], 'key');
      if (keyProblem) problems.push(keyProblem);
      problems.push(...checkText(doc, child, [...path, key]));
    }
  }
  return problems;
}

/** An audience's name and previous names, for the rules across documents. */
export interface NamedDocument<D extends LocatedValue = LocatedValue> {
  doc: D;
  /** Trimmed. */
  name: string;
  /** Trimmed, with the index of each in the document's list. */
  previousNames: { name: string; index: number }[];
}

/** The names of a document, if it has a usable one. */
export function namesOf<D extends LocatedValue>(doc: D): NamedDocument<D> | undefined {
  const value = doc.value;
  if (!isRecord(value) || typeof value.name !== 'string') return undefined;
  const name = value.name.trim();
  if (name === '') return undefined;
  const previousNames: { name: string; index: number }[] = [];
  if (Array.isArray(value.previousNames)) {
    value.previousNames.forEach((p: unknown, index) => {
      if (typeof p === 'string' && p.trim() !== '') previousNames.push({ name: p.trim(), index });
    });
  }
  return { doc, name, previousNames };
}

/** Names that the API would treat as two audiences but a reader as one. */
function looseKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

function where(entry: NamedDocument): string {
  const at = entry.doc.locate(['name']);
  return `${at.file}:${at.line}`;
}

/** A problem together with the document it makes invalid. */
export interface DocumentProblem<D extends LocatedValue = LocatedValue> {
  doc: D;
  problem: Problem;
}

/**
 * The rules across documents, in file order, so that "the later one" is well defined:
 * unique names, previous names that are nobody's current name and nobody else's previous
 * name, and a warning for names that differ only in case or whitespace.
 */
export function checkNames<D extends LocatedValue>(
  entries: readonly NamedDocument<D>[],
): DocumentProblem<D>[] {
  const out: DocumentProblem<D>[] = [];
  const byName = new Map<string, NamedDocument<D>>();
  const byLooseKey = new Map<string, NamedDocument<D>>();

  for (const entry of entries) {
    const first = byName.get(entry.name);
    if (first) {
      out.push({
        doc: entry.doc,
        problem: error(
          entry.doc,
          'duplicate-name',
          `the name '${entry.name}' is already used by the audience at ${where(first)}; names must be unique across all files`,
          ['name'],
        ),
      });
      continue;
    }
    byName.set(entry.name, entry);
    const key = looseKey(entry.name);
    const similar = byLooseKey.get(key);
    if (similar) {
      out.push({
        doc: entry.doc,
        problem: warning(
          entry.doc,
          'similar-name',
          `the name '${entry.name}' differs from '${similar.name}' at ${where(similar)} only in case or whitespace; the API treats them as two audiences, so use one spelling if they are meant to be one`,
          ['name'],
        ),
      });
    } else {
      byLooseKey.set(key, entry);
    }
  }

  // Previous names are checked against every current name, including later ones.
  const claims = new Map<string, NamedDocument<D>>();
  for (const entry of entries) {
    const own = new Set<string>();
    for (const previous of entry.previousNames) {
      if (own.has(previous.name)) continue;
      own.add(previous.name);
      const path = ['previousNames', previous.index];
      const holder = byName.get(previous.name);
      let message: string | undefined;
      let rule = '';
      if (previous.name === entry.name) {
        rule = 'previous-name-self';
        message = `previous name '${previous.name}' is this audience's own name; list only names it had before`;
      } else if (holder) {
        rule = 'previous-name-in-use';
        message = `previous name '${previous.name}' is the name of the audience at ${where(holder)}; a name cannot be both an audience's name and another's previous name, so remove it here or rename that audience`;
      } else {
        const claimant = claims.get(previous.name);
        if (claimant && claimant !== entry) {
          rule = 'duplicate-previous-name';
          message = `previous name '${previous.name}' is already claimed by the audience at ${where(claimant)}; only one audience can take over an old name`;
        } else {
          claims.set(previous.name, entry);
        }
      }
      if (message) out.push({ doc: entry.doc, problem: error(entry.doc, rule, message, path) });
    }
  }
  return out;
}
