/**
 * Turns ajv's errors into plain words: what is wrong and what would be right. The
 * expectations ("a whole number from 0 to 120") are derived from the schema itself, so a
 * change to the schema changes the messages with it. No ajv wording reaches the user.
 */
import type { ErrorObject } from 'ajv';
import { excerpt } from '../config/clean-text.js';
import { type LocateTarget, type PathSegment, parseInstancePath } from './path.js';
import { audienceSchema, type JsonSchema } from './validator.js';

/** A schema violation, located by path and explained, not yet mapped to a line. */
export interface SchemaIssue {
  path: PathSegment[];
  target: LocateTarget;
  rule: 'unknown-key' | 'missing-key' | 'invalid-value';
  message: string;
}

/** Joins words as "a, b and c" (or "a, b or c"). */
export function joinWords(words: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** A readable name for a path: `genderDistribution.female`, `item 2 of interests`. */
export function describePath(path: readonly PathSegment[]): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      label = `item ${segment + 1} of ${label || 'the document'}`;
    } else {
      label = label ? `${label}.${segment}` : segment;
    }
  }
  return label || 'the document';
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `'${short.replaceAll('\n', ' ')}'`;
}

/** How a value reads in a message: "empty", "the text 'abc'", "130", "a list". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') {
    if (value === '') return 'empty';
    if (value.trim() === '') return 'blank';
    return `the text ${quote(value)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function plural(noun: string): string {
  // Only the nouns that describeExpected produces need a plural.
  return noun.replace(/^an? /, '').replace(/\b(text|number|name)\b/, '$1s');
}

/** What a schema node accepts, in words: "a whole number from 0 to 120". */
export function describeExpected(s: JsonSchema): string {
  if (s.enum) return joinWords(s.enum.map(String), 'or');
  switch (s.type) {
    case 'integer':
      return `a whole number${range(s)}`;
    case 'number':
      return `a number${range(s)}`;
    case 'boolean':
      return 'true or false';
    case 'string': {
      const nonEmpty = Boolean(s.minLength || s.pattern);
      if (s.maxLength === undefined) return nonEmpty ? 'a non-empty text' : 'a text';
      if ((s.minLength ?? 0) > 1) return `a text of ${s.minLength} to ${s.maxLength} characters`;
      return `a ${nonEmpty ? 'non-empty ' : ''}text of at most ${s.maxLength} characters`;
    }
    case 'array': {
      const most = s.maxItems === undefined ? '' : `at most ${s.maxItems} `;
      return s.items ? `a list of ${most}${plural(describeExpected(s.items))}` : 'a list';
    }
    case 'object': {
      const keys = Object.keys(s.properties ?? {});
      return keys.length ? `a mapping with the keys ${joinWords(keys)}` : 'a mapping';
    }
    default:
      return 'a valid value';
  }
}

function range(s: JsonSchema): string {
  if (s.minimum !== undefined && s.maximum !== undefined) {
    return ` from ${s.minimum} to ${s.maximum}`;
  }
  if (s.minimum !== undefined) return ` of at least ${s.minimum}`;
  if (s.maximum !== undefined) return ` of at most ${s.maximum}`;
  return '';
}

/** A hint for the commonest type slips: quoted numbers, unquoted names that YAML read as numbers. */
function typeHint(value: unknown, expected: JsonSchema): string {
  if (
    (expected.type === 'integer' || expected.type === 'number') &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  ) {
    return ' (write it without quotes)';
  }
  if (expected.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return ` (put it in quotes: '${String(value)}')`;
  }
  if (expected.type === 'boolean' && typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'false') return ` (write ${word} without quotes)`;
    // YAML 1.1 read these as booleans; YAML 1.2, which this loader follows, reads text.
    if (['yes', 'y', 'on'].includes(word)) return ` (write true instead of ${value})`;
    if (['no', 'n', 'off'].includes(word)) return ` (write false instead of ${value})`;
  }
  return '';
}

/** An example line for a key, from the schema's `examples`: `residence: Berlin`. */
function exampleFor(key: string, s: JsonSchema | undefined): string {
  const example = s?.examples?.[0];
  if (example === undefined) return '';
  return `, e.g. ${key}: ${inlineYaml(example)}`;
}

function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${inlineYaml(v)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return String(value);
}

/** Optimal string alignment distance: an edit, insertion, deletion or swap costs 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known key nearest to an unknown one, if it is close enough to be a typo. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of known) {
    const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  // A short unknown key is "close" to almost anything; demand that most of it survives.
  return bestDistance <= 2 && bestDistance < unknown.length ? best : undefined;
}

/** Ajv's path segments are all strings; list indexes become numbers, keys stay strings. */
function typedPath(segments: readonly string[]): PathSegment[] {
  const path: PathSegment[] = [];
  let s: JsonSchema | undefined = audienceSchema;
  for (const segment of segments) {
    const isIndex: boolean = s?.type === 'array';
    path.push(isIndex ? Number(segment) : segment);
    s = isIndex ? s?.items : s?.properties?.[segment];
  }
  return path;
}

/** The schema node at a path of the document value (through properties and items). */
function schemaAt(path: readonly PathSegment[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = audienceSchema;
  for (const segment of path) {
    if (!s) return undefined;
    s = s.type === 'array' ? s.items : s.properties?.[String(segment)];
  }
  return s;
}

function unknownKeyMessage(path: PathSegment[], key: string, parent: JsonSchema): string {
  const known = Object.keys(parent.properties ?? {});
  const where = path.length ? ` in ${describePath(path)}` : '';
  const suggestion = suggestKey(key, known);
  // A key can be as long as a file: quote a short excerpt of it.
  const shown = excerpt(key, 60);
  if (suggestion) return `unknown key '${shown}'${where}; did you mean '${suggestion}'?`;
  return `unknown key '${shown}'${where}; the known keys are ${joinWords(known)}`;
}

function missingKeyMessage(path: PathSegment[], key: string, parent: JsonSchema): string {
  if (path.length === 0) {
    if (key === 'name')
      return `missing key 'name'; every audience needs a name${exampleFor(key, parent.properties?.[key])}`;
    return `missing key '${key}'; an audience needs it unless its state is absent${exampleFor(key, parent.properties?.[key])}`;
  }
  const required = parent.required ?? [];
  return `${describePath(path)} lacks '${key}'; it needs all of ${joinWords(required)}`;
}

/**
 * Explains ajv's errors for one document. Several keywords failing on one value (an
 * empty name breaks both `minLength` and `pattern`) give one message, since the message
 * describes the value and what it should be, not the keyword.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: SchemaIssue): void => {
    const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  // A misspelt key also leaves the right one missing; the typo is the one problem to
  // report, since fixing it fixes both.
  const typoFor = new Set<string>();
  const missing: { issue: SchemaIssue; slot: string }[] = [];
  for (const error of errors) {
    const path = typedPath(parseInstancePath(error.instancePath));
    // `parentSchema` of a `required` error is the if/else branch, which has no
    // `properties`: look the node up by path instead.
    const parent = schemaAt(path) ?? (error.parentSchema as JsonSchema | undefined) ?? {};
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const suggestion = suggestKey(key, Object.keys(parent.properties ?? {}));
        if (suggestion) typoFor.add(slotOf(path, suggestion));
        add({
          path: [...path, key],
          target: 'key',
          rule: 'unknown-key',
          message: unknownKeyMessage(path, key, parent),
        });
        break;
      }
      case 'required': {
        const key = String((error.params as { missingProperty: string }).missingProperty);
        missing.push({
          slot: slotOf(path, key),
          issue: {
            path,
            target: 'value',
            rule: 'missing-key',
            message: missingKeyMessage(path, key, parent),
          },
        });
        break;
      }
      default: {
        // Every other keyword judges the value itself (type, range, length, enum...).
        const isItem = typeof path[path.length - 1] === 'number';
        // A text of the wrong length reads better with its length than with its content.
        const actual =
          (error.keyword === 'maxLength' || error.keyword === 'minLength') &&
          typeof error.data === 'string' &&
          error.data.trim() !== ''
            ? `has ${error.data.length} characters`
            : error.keyword === 'maxItems' && Array.isArray(error.data)
              ? `has ${error.data.length} items`
              : `is ${describeValue(error.data)}`;
        const message =
          `${describePath(path)} ${actual}; ` +
          `${isItem ? 'each item' : 'it'} must be ${describeExpected(parent)}` +
          typeHint(error.data, parent);
        add({ path, target: 'value', rule: 'invalid-value', message });
      }
    }
  }
  for (const { issue, slot } of missing) if (!typoFor.has(slot)) add(issue);
  return issues;
}

function slotOf(path: readonly PathSegment[], key: string): string {
  return [...path, key].join('\u0000');
}
