/**
 * Which characters an audience file may not hold in a name or a value, and how a message
 * quotes text without quoting too much. Control characters can forge log lines or
 * terminal output, zero-width characters make two names look alike, and bidi controls
 * make text read differently from what it is (the "Trojan Source" trick): none of them
 * has a place in an audience, so each is an error at its position, never replaced.
 */

/** A character that is not allowed, and where it is. */
export interface UncleanChar {
  /** The index in UTF-16 code units. */
  index: number;
  /** 0-based, in characters (code points), for messages. */
  position: number;
  codePoint: number;
  kind: 'control' | 'zero-width' | 'bidi';
}

// C0 (tabs and line breaks included: a name or a list item is one line), DEL, C1, and the
// line and paragraph separators, which end a line in many viewers.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Zero-width and invisible formatting: soft hyphen, Mongolian vowel separator, zero-width
// space, non-joiner, joiner, word joiner, invisible operators, byte-order mark.
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
// Bidi: Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ANY = new RegExp(`${CONTROL.source}|${ZERO_WIDTH.source}|${BIDI.source}`, 'u');

const ANY_BUT_LINE_BREAKS = new RegExp(
  `(?![\\n\\t])(?:${CONTROL.source}|${ZERO_WIDTH.source}|${BIDI.source})`,
  'u',
);

/**
 * The first character of `text` that is not allowed, if any. With `multiline`, line feeds
 * and tabs are allowed (free text such as `additionalInformation` has paragraphs).
 */
export function findUncleanChar(text: string, multiline = false): UncleanChar | undefined {
  const match = (multiline ? ANY_BUT_LINE_BREAKS : ANY).exec(text);
  if (!match) return undefined;
  const char = match[0];
  const kind = CONTROL.test(char) ? 'control' : ZERO_WIDTH.test(char) ? 'zero-width' : 'bidi';
  return {
    index: match.index,
    position: [...text.slice(0, match.index)].length,
    codePoint: char.codePointAt(0) ?? 0,
    kind,
  };
}

/** `U+200B`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every character that `findUncleanChar` refuses, and the rest above ASCII printable, as `\u{…}`. */
function escapeForMessage(text: string): string {
  return text.replace(
    new RegExp(ANY.source, 'gu'),
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/**
 * A short excerpt of `text` for an error message: its first line, at most `max`
 * characters, with invisible and control characters written as escapes. Messages quote
 * text so that the reader finds the spot; they never need the whole of it, and a file
 * that is not what it seems (an environment dump, a key file) must not be echoed.
 */
export function excerpt(text: string, max = 40): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const chars = [...firstLine];
  const cut = chars.length > max || firstLine.length < text.length;
  const kept = chars.slice(0, max).join('');
  return `${escapeForMessage(kept)}${cut ? '…' : ''}`;
}
