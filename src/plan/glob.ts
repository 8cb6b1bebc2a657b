/**
 * Name globs for the `ignore` input. An audience name is not a path, so these are not
 * path globs:
 *
 * - `*` matches any run of characters, `/` included; `?` matches exactly one character;
 * - `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) match one character of a class;
 * - `\` makes the next character literal;
 * - every other character is literal, `(`, `)`, `{`, `}`, `!`, `+`, `@` and `|` included;
 * - a glob matches the whole name, case-sensitively, like names are matched.
 *
 * picomatch was the first choice, but it is a path matcher and misreads names in ways that
 * matter here, where an ignore that silently fails to match lets prune delete: even in bash
 * mode `* (old)` does not match `Foo (old)` (parentheses become a regex group), `[!x]*` does
 * not match `ab`, and `*` refuses `.`/`..` segments such as `a/../b`.
 */

/** A predicate that says whether a name matches any of the globs (trimmed; blank ones dropped). */
export function nameMatcher(globs: readonly string[]): (name: string) => boolean {
  const patterns = globs
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '')
    .map(globToRegExp);
  return (name) => patterns.some((pattern) => pattern.test(name));
}

/** The anchored regular expression of one name glob. */
export function globToRegExp(glob: string): RegExp {
  const chars = Array.from(glob);
  let source = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (ch === '*') {
      source += '[\\s\\S]*';
      // Consecutive stars mean the same as one; collapsing them keeps the regex linear.
      while (chars[i + 1] === '*') i += 1;
    } else if (ch === '?') {
      source += '[\\s\\S]';
    } else if (ch === '\\' && i + 1 < chars.length) {
      i += 1;
      source += literal(chars[i] as string);
    } else if (ch === '[') {
      const parsed = parseClass(chars, i);
      if (parsed) {
        source += parsed.source;
        i = parsed.end;
      } else {
        // An unclosed bracket is an ordinary character, as in the shell.
        source += literal(ch);
      }
    } else {
      source += literal(ch);
    }
    i += 1;
  }
  return new RegExp(`^${source}$`, 'u');
}

/** Parses `[...]` starting at `start`; returns the regex class and the index of `]`. */
function parseClass(chars: string[], start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (chars[i] === '!' || chars[i] === '^') {
    negate = true;
    i += 1;
  }
  const members: string[] = [];
  let first = true;
  while (i < chars.length) {
    const ch = chars[i] as string;
    // A `]` right after the opening bracket is a member, as in the shell.
    if (ch === ']' && !first) {
      if (members.length === 0) {
        // Only reversed ranges: the class is empty, so it matches no character.
        return { source: negate ? '[\\s\\S]' : '(?!)', end: i };
      }
      return { source: `[${negate ? '^' : ''}${members.join('')}]`, end: i };
    }
    first = false;
    const from = ch === '\\' && i + 1 < chars.length ? (chars[++i] as string) : ch;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      const raw = chars[i + 2] as string;
      const to = raw === '\\' && i + 3 < chars.length ? (chars[i + 3] as string) : raw;
      i += raw === '\\' ? 4 : 3;
      // A reversed range would make the RegExp constructor throw; it matches nothing instead.
      if ((from.codePointAt(0) ?? 0) <= (to.codePointAt(0) ?? 0)) {
        members.push(`${codePoint(from)}-${codePoint(to)}`);
      }
      continue;
    }
    members.push(codePoint(from));
    i += 1;
  }
  return undefined;
}

function literal(ch: string): string {
  return /[A-Za-z0-9 ]/.test(ch) ? ch : codePoint(ch);
}

/** A character as a `\u{…}` escape: valid anywhere in a `u` regex, in or out of a class. */
function codePoint(ch: string): string {
  return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}
