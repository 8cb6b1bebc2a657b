/**
 * A fast reader for the plain shape that nearly every audience file has: top-level
 * `key: value` lines, one level of indented mapping or `- item` list under a key, one-line
 * `[a, b]` and `{ k: v }` collections, quoted and plain scalars, `#` comments and `---`
 * between documents. It returns the same values that the `yaml` library would, or nothing
 * at all: on anything outside that shape (tabs, anchors, tags, multi-line scalars, escapes,
 * words that YAML may read as something other than a string …) it gives up, and the file
 * goes through the full parser. It reports no problems and computes no positions: a file
 * with any problem is checked again by the full parser, so every message and position
 * comes from the one place that has always produced them (see `check.ts`).
 *
 * Why: the full parser builds a node tree per document, with ranges, comments and source
 * tokens, only to turn it into plain data; for ten thousand valid documents that tree was
 * most of the time and most of the garbage of a load.
 */

/** One document read by `quickParse`. */
export interface QuickDocument {
  /** 0-based among the file's documents. */
  index: number;
  /** The document's mapping, as the full parser's `toJS` would give it. */
  value: Record<string, unknown>;
  /** 1-based line of the document's first key (its content starts at column 1). */
  line: number;
}

/** Thrown inside the reader to give up; never escapes `quickParse`. */
const GIVE_UP = Symbol('give up');

/**
 * Characters that make a file go through the full parser: tabs, a carriage return that
 * does not end a line, a byte order mark, other line separators and control characters,
 * each of which YAML treats in ways this reader does not copy.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNUSUAL = /\r(?!\n)|[\t\uFEFF\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: +|$)/;
/** Numbers whose value is the same through `Number` as through the core schema's resolvers. */
const NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
/** Words some YAML schema reads as null, a boolean or a special float: left to the full parser. */
const SPECIAL_WORD = /^(?:null|true|false|yes|no|on|off|y|n|nan|inf)$/i;
/** A plain scalar may not start with these (a number may start with `-`). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`0-9+.~]/;

function giveUp(): never {
  throw GIVE_UP;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The value of a plain (unquoted) scalar, already trimmed and without its comment. */
function plain(text: string, flow: boolean): unknown {
  if (text === '') giveUp();
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (INDICATOR.test(text) || SPECIAL_WORD.test(text)) giveUp();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // [ ] { } anywhere, ':' before a space or at the end (or anywhere in a flow
    // collection), and ' #' (a comment the caller did not strip) are the full parser's.
    if (c === 91 || c === 93 || c === 123 || c === 125) giveUp();
    if (c === 58 && (flow || i === text.length - 1 || text.charCodeAt(i + 1) === 32)) giveUp();
    if (c === 35 && (flow || text.charCodeAt(i - 1) === 32)) giveUp();
    // , and quotes inside a flow collection's plain scalar: rare, and easy to misread.
    if (flow && (c === 44 || c === 34 || c === 39)) giveUp();
  }
  return text;
}

/** A quoted scalar starting at `text[0]`; returns its value and the index after it. */
function quoted(text: string, from: number): [string, number] {
  const quote = text[from];
  if (quote === '"') {
    const end = text.indexOf('"', from + 1);
    if (end < 0) giveUp();
    const body = text.slice(from + 1, end);
    if (body.includes('\\')) giveUp();
    return [body, end + 1];
  }
  let out = '';
  let i = from + 1;
  for (;;) {
    const end = text.indexOf("'", i);
    if (end < 0) giveUp();
    out += text.slice(i, end);
    if (text[end + 1] === "'") {
      out += "'";
      i = end + 2;
    } else {
      return [out, end + 1];
    }
  }
}

/** True when only spaces, then nothing or a comment, follow `from`. */
function restIsEmpty(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || (text[i] === '#' && i > from);
}

/** A scalar that fills the rest of a line (after `key: ` or `- `). */
function lineScalar(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const [value, end] = quoted(text, 0);
    if (!restIsEmpty(text, end)) giveUp();
    return value;
  }
  const comment = text.indexOf(' #');
  return plain(trimSpaces(comment < 0 ? text : text.slice(0, comment)), false);
}

/** The items of a one-line flow collection's inside, split at top-level commas. */
function flowItems(inside: string): string[] {
  if (trimSpaces(inside) === '') return [];
  const items: string[] = [];
  let i = 0;
  while (i <= inside.length) {
    while (inside.charCodeAt(i) === 32) i++;
    let end: number;
    if (inside[i] === '"' || inside[i] === "'") {
      [, end] = quoted(inside, i);
      while (inside.charCodeAt(end) === 32) end++;
      if (end < inside.length && inside[end] !== ',') giveUp();
    } else {
      end = inside.indexOf(',', i);
      if (end < 0) end = inside.length;
    }
    items.push(inside.slice(i, end));
    i = end + 1;
  }
  return items;
}

function flowScalar(item: string): unknown {
  const text = trimSpaces(item);
  if (text[0] === '"' || text[0] === "'") return quoted(text, 0)[0];
  return plain(text, true);
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  // The full parser reports a duplicate key; `__proto__`, and keys such as `true` or
  // `null` that YAML reads as something other than a string, are left to it as well.
  if (key === '__proto__' || SPECIAL_WORD.test(key) || Object.hasOwn(map, key)) giveUp();
  map[key] = value;
}

/** A value after `key: ` on a top-level line: a scalar or a one-line flow collection. */
function lineValue(text: string): unknown {
  const first = text[0];
  if (first !== '[' && first !== '{') return lineScalar(text);
  const body = trimSpaces(text);
  const close = first === '[' ? ']' : '}';
  if (body[body.length - 1] !== close || body.includes('#')) giveUp();
  const inside = body.slice(1, -1);
  if (/[[\]{}]/.test(inside)) giveUp();
  const items = flowItems(inside);
  if (first === '[') return items.map(flowScalar);
  const map: Record<string, unknown> = {};
  for (const item of items) {
    const text = trimSpaces(item);
    const entry = KEY.exec(text);
    // `{a:1}` is a key "a:1" without a value in YAML, `{a:}` a null: only `key: value` is read here.
    if (!entry || entry[0].length === text.length) giveUp();
    setKey(map, entry[1] as string, flowScalar(text.slice(entry[0].length)));
  }
  return map;
}

/** The block under a `key:` line: a list of scalars or a mapping of scalars. */
type Block =
  | { kind: 'list'; indent: number; items: unknown[] }
  | { kind: 'map'; indent: number; map: Record<string, unknown> };

function read(text: string): QuickDocument[] {
  const docs: QuickDocument[] = [];
  let current: QuickDocument | undefined;
  /** A key whose value is the block on the following lines. */
  let pending: string | undefined;
  let block: Block | undefined;
  let markers = 0;

  const closeKey = (): void => {
    if (pending === undefined) return;
    // `key:` with nothing under it is null: a problem for the schema, so for the full parser.
    if (!block || !current) giveUp();
    setKey(current.value, pending, block.kind === 'list' ? block.items : block.map);
    pending = undefined;
    block = undefined;
  };

  let lineNo = 0;
  let pos = 0;
  while (pos < text.length) {
    let next = text.indexOf('\n', pos);
    if (next < 0) next = text.length;
    // A Windows line end is a line end; positions are counted in lines, so it costs nothing.
    const line = text.slice(pos, text.charCodeAt(next - 1) === 13 ? next - 1 : next);
    pos = next + 1;
    lineNo++;

    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue; // blank
    const first = line[indent];
    if (first === '#') {
      // An indented comment may sit where a multi-line scalar goes on: left to the full parser.
      if (indent > 0) giveUp();
      continue;
    }
    if (indent === 0 && line.startsWith('---')) {
      if (trimSpaces(line) !== '---') giveUp();
      closeKey();
      if (current) {
        docs.push(current);
        current = undefined;
      } else if (docs.length > 0 || markers > 0) {
        giveUp(); // an empty document
      }
      markers++;
      continue;
    }
    if (first === '-' && line[indent + 1] === ' ') {
      if (pending === undefined) giveUp();
      if (!block) block = { kind: 'list', indent, items: [] };
      if (block.kind !== 'list' || block.indent !== indent) giveUp();
      block.items.push(lineScalar(line.slice(indent + 2)));
      continue;
    }
    const entry = KEY.exec(indent === 0 ? line : line.slice(indent));
    if (!entry) giveUp();
    const key = entry[1] as string;
    const rest = (indent === 0 ? line : line.slice(indent)).slice(entry[0].length);
    const hasValue = rest !== '' && rest[0] !== '#';
    if (indent > 0) {
      if (pending === undefined || !hasValue) giveUp();
      if (!block) block = { kind: 'map', indent, map: {} };
      if (block.kind !== 'map' || block.indent !== indent) giveUp();
      setKey(block.map, key, lineScalar(rest));
      continue;
    }
    closeKey();
    if (!current) current = { index: docs.length, value: {}, line: lineNo };
    if (hasValue) setKey(current.value, key, lineValue(rest));
    else pending = key;
  }
  closeKey();
  if (current) docs.push(current);
  else if (markers > 0) giveUp(); // a trailing `---` opens an empty document
  return docs;
}

/**
 * The documents of `text` when the whole file has the plain shape described above and at
 * least one document; `undefined` when the full parser must read it.
 */
export function quickParse(text: string): QuickDocument[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    const docs = read(text);
    return docs.length > 0 ? docs : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
