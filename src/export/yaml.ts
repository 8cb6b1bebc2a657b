/**
 * The text of an audience file, built with the yaml library's Document API so that every
 * string round-trips exactly: a name such as `yes`, `123`, ` padded ` or `a: b` is quoted
 * where YAML would misread it, and never assembled by string concatenation.
 */
import { Document, isMap, isPair, isScalar, parse, type Scalar, visit } from 'yaml';
import type { Profile, ProfileField, RemoteAudience } from '../model.js';
import { PROFILE_FIELDS, pickProfile } from '../model.js';

/** How an audience file is rendered. */
export interface AudienceYamlOptions {
  /** The `$schema` reference of the `yaml-language-server` comment: a URL or a relative path. */
  schemaPath: string;
  /** Comment lines under the schema line, e.g. why the audience is read-only. */
  note?: string;
  /** A comment above a field's key, e.g. how its value was adjusted. */
  fieldNotes?: Partial<Record<ProfileField, string>>;
}

export { pickProfile };

/** Pure: the YAML text of one audience file for a remote audience. */
export function audienceToYaml(
  remote: RemoteAudience,
  options: { schemaPath: string; note?: string },
): string {
  const fields = pickProfile(remote.raw);
  // The list item's `name` is what the API reported; the raw value is the same unless a
  // client mapped it, and the raw one is the exact text to keep.
  if (fields.name === undefined) fields.name = remote.name;
  return profileToYaml(fields, options);
}

/** Pure: the YAML text of one audience file for a set of profile fields (in schema order). */
export function profileToYaml(
  fields: Partial<Profile> | Partial<Record<ProfileField, unknown>>,
  options: AudienceYamlOptions,
): string {
  const ordered: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = (fields as Record<string, unknown>)[field];
    if (value !== undefined) ordered[field] = value;
  }

  const doc = new Document(ordered);
  const header = [`yaml-language-server: $schema=${options.schemaPath}`];
  if (options.note) header.push(...options.note.split('\n'));
  doc.commentBefore = commentText(header);

  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const field = pair.key.value as ProfileField;
      // One line keeps the four shares, and so their sum, readable at a glance.
      if (field === 'genderDistribution' && isMap(pair.value)) pair.value.flow = true;
      const fieldNote = options.fieldNotes?.[field];
      if (fieldNote) pair.key.commentBefore = commentText(fieldNote.split('\n'));
    }
  }

  quoteYaml11Lookalikes(doc);
  // lineWidth 0: long values stay on one line instead of being folded.
  return doc.toString({ lineWidth: 0 });
}

/** The yaml library prefixes each comment line with `#`; a leading space reads better. */
function commentText(lines: string[]): string {
  return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}

/**
 * YAML 1.2 (which the loader and editors use) reads `yes`, `on` or `1_000` as strings,
 * but YAML 1.1 tools read them as booleans and numbers. Quoting such single-line strings
 * keeps the file unambiguous to every reader, at no cost to the 1.2 round trip.
 */
function quoteYaml11Lookalikes(doc: Document): void {
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string' || node.value.includes('\n')) return;
      if (!readsAsSameStringIn11(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/** Words YAML 1.1 reads as booleans or null; every other run of letters is a string. */
const YAML11_WORDS = new Set(
  ['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null'].flatMap((w) => [
    w,
    w.toUpperCase(),
    w.charAt(0).toUpperCase() + w.slice(1),
  ]),
);

function readsAsSameStringIn11(text: string): boolean {
  // Most values are plain words; they need no parse to be judged.
  if (/^\p{L}+(?: \p{L}+)*$/u.test(text)) return !YAML11_WORDS.has(text);
  try {
    return parse(text, { version: '1.1', logLevel: 'silent' }) === text;
  } catch {
    return false;
  }
}
