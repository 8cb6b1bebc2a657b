/**
 * The text of an audience file, built with the yaml library's Document API so that every
 * string round-trips exactly: a name such as `yes`, `123`, ` padded ` or `a: b` is quoted
 * where YAML would misread it, and never assembled by string concatenation.
 */
import { Document, isMap, isPair, isScalar, isSeq, parse } from 'yaml';
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

  quoteYaml11Lookalikes(doc.contents);
  // lineWidth 0: long values stay on one line instead of being folded. directives: false
  // says what an audience file never has (no `%` directive, no `---`), and spares the
  // library a walk of the whole tree to look for tags that would need one.
  return doc.toString({ lineWidth: 0, directives: false });
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
function quoteYaml11Lookalikes(node: unknown): void {
  // A walk of its own rather than the library's `visit`, which freezes a copy of the
  // path at every step: that cost more than the checks themselves. The tree is the one
  // `new Document` made of plain data: maps, sequences, pairs and scalars (an alias
  // points to a node visited where it was first written, as `visit` sees it too).
  if (isScalar(node)) {
    const { value } = node;
    if (typeof value === 'string' && !value.includes('\n') && !readsAsSameStringIn11(value)) {
      node.type = 'QUOTE_DOUBLE';
    }
  } else if (isPair(node)) {
    quoteYaml11Lookalikes(node.key);
    quoteYaml11Lookalikes(node.value);
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) quoteYaml11Lookalikes(item);
  }
}

/** Words YAML 1.1 reads as booleans or null; every other run of letters is a string. */
const YAML11_WORDS = new Set(
  ['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null'].flatMap((w) => [
    w,
    w.toUpperCase(),
    w.charAt(0).toUpperCase() + w.slice(1),
  ]),
);

/**
 * A word of letters, then words of letters or digits, one space apart: `Zürich Ärzte`,
 * `Audience 0042`, `topic 3`. No YAML 1.1 number, date, boolean or null has a space, and
 * the only ones that start with a letter are a boolean or null word ({@link YAML11_WORDS})
 * and a float such as `e5` (a digit after the letter), so such a text reads as itself
 * unless it is one of those words.
 */
const PLAIN_WORDS = /^\p{L}+(?: [\p{L}\p{N}]+)*$/u;

/** Exported for the test that holds the shortcut to the parse's verdict. */
export function readsAsSameStringIn11(text: string): boolean {
  // Most values are plain words; they need no parse to be judged (a parse per value was
  // a third of the time a backup of a hundred audiences took, before the first write).
  if (PLAIN_WORDS.test(text)) return !YAML11_WORDS.has(text);
  try {
    return parse(text, { version: '1.1', logLevel: 'silent' }) === text;
  } catch {
    return false;
  }
}
