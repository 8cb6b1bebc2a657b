/**
 * Escaping for every place a report puts text that it did not write itself: audience
 * names and values come from users (the files) and from the remote (the API), so they
 * must not break a table, inject markup, @-mention anyone or reach a terminal as
 * control sequences.
 */

/** U+200B: breaks GitHub's mention, issue-reference and autolink recognisers without showing. */
const ZWSP = '\u200B';

/** Shown in place of a line break, so a value stays on one line and the break stays visible. */
const LINE_BREAK = '↵';

/**
 * Control characters, line and paragraph separators, and the bidi overrides that can make
 * text read differently from what it is ("Trojan source"). Tab is handled on its own.
 */
const UNSAFE_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\r\n|[\n\r\u2028\u2029]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes text single-line and free of control characters: line breaks become `↵`, a tab
 * a space, and any other control or bidi-override character U+FFFD, so nothing hides.
 */
export function singleLine(text: string): string {
  return text
    .replace(UNSAFE_CHARS, (ch) => {
      if (ch === '\r\n' || ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
        return LINE_BREAK;
      }
      return '\uFFFD';
    })
    .replace(/\t/g, ' ');
}

/**
 * The characters that start GitHub's automatic links and notifications: `@user`,
 * `@org/team`, `#12`, `owner/repo#12`, `GH-12`, `https://…`, `www.…`. A zero-width space
 * after the trigger keeps the text readable while nothing pings or links.
 */
const AUTOLINK_TRIGGERS = '@|#(?=\\d)|\\bGH-(?=\\d)|:\\/\\/|\\bwww\\.';

const MARKDOWN_SPECIAL = new RegExp(`[\\\\\`*_~[\\]|$&<>]|${AUTOLINK_TRIGGERS}`, 'gi');

/**
 * Escapes text for inline markdown and GFM table cells: the text renders literally, cannot
 * end a table cell or row, open a code span, emphasis, link, image, math or HTML tag,
 * decode an entity, or notify anyone.
 */
export function escapeMarkdown(text: string): string {
  return singleLine(text).replace(MARKDOWN_SPECIAL, (m) => {
    switch (m) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      default:
        return m.length === 1 && m !== '@' && m !== '#' ? `\\${m}` : breakTrigger(m);
    }
  });
}

const HTML_SPECIAL = new RegExp(`[&<>"'\\\\\`*_~[\\]|$]|${AUTOLINK_TRIGGERS}`, 'gi');

/**
 * Escapes text for the inside of an HTML element such as `<summary>`. GitHub does not
 * parse markdown there, but it still turns `@user` and `#12` in text nodes into links.
 * Markdown punctuation becomes numeric entities too: they read the same as HTML and,
 * should a renderer parse the line as markdown after all, still form no syntax.
 */
export function escapeHtml(text: string): string {
  return singleLine(text).replace(HTML_SPECIAL, (m) => {
    switch (m) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return m.length === 1 && m !== '@' && m !== '#' ? `&#${m.charCodeAt(0)};` : breakTrigger(m);
    }
  });
}

function breakTrigger(trigger: string): string {
  if (trigger === '://') return `:${ZWSP}//`;
  if (trigger.toLowerCase() === 'www.') return `${trigger.slice(0, 3)}${ZWSP}.`;
  return `${trigger}${ZWSP}`;
}

/**
 * A markdown code span holding `text` literally. The fence is one backtick longer than
 * any run inside, and padded when the text starts or ends with a backtick or a space,
 * which CommonMark would otherwise eat. Not for table cells (a `|` would split the cell).
 */
export function codeSpan(text: string): string {
  const content = singleLine(text);
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block of the given lines, each made single-line. The fence is longer
 * than any backtick run inside, so no line can close it early.
 */
export function codeBlock(lines: readonly string[], info = ''): string[] {
  const body = lines.map(singleLine);
  const run = Math.max(0, ...body.map(longestBacktickRun));
  const fence = '`'.repeat(Math.max(3, run + 1));
  return [`${fence}${info}`, ...body, fence];
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Text that mixes prose and `code`, written by our own code but possibly carrying a
 * user's value (a label name, an API message): the prose is escaped, each backtick pair
 * becomes a safe code span, and an unpaired backtick is shown as one.
 */
export function escapeMarkdownWithCode(text: string): string {
  const parts = singleLine(text).split('`');
  // An even number of parts means an unpaired backtick: its tail is prose.
  const pairedEnd = parts.length % 2 === 0 ? parts.length - 1 : parts.length;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1 && i < pairedEnd) out += part === '' ? '' : codeSpan(part);
    else out += (i % 2 === 1 ? '\\`' : '') + escapeMarkdown(part);
  }
  return out;
}

/**
 * Escapes text for a terminal: control characters (an ANSI escape included) are shown as
 * `\n`, `\x1b`, `\u202e`, so a name cannot recolour, move the cursor or rewrite lines.
 */
export function escapeTerminal(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (ch) => {
      if (ch === '\n') return '\\n';
      if (ch === '\r') return '\\r';
      if (ch === '\t') return '\\t';
      const code = ch.charCodeAt(0);
      return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    },
  );
}

/** GitHub's limit for an issue title. */
const MAX_TITLE = 256;

/**
 * Makes text safe for an issue title: one line, no control characters, runs of spaces
 * collapsed, and at most 256 characters (cut with `…`, never inside a surrogate pair).
 */
export function escapeTitle(text: string): string {
  const flat = singleLine(text).replace(/\s+/g, ' ').trim();
  return truncateText(flat, MAX_TITLE);
}

/**
 * Cuts text to at most `max` UTF-16 code units, ending with `…` when cut, and never
 * between the two halves of a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * The URL, made safe to use as a markdown link target, or undefined when it is not a
 * plain http(s) URL. Characters that could end the link or the line are percent-encoded.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s/]/i.test(url)) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are encoded away
  return url.replace(/[\u0000-\u0020\u007F-\u009F()<>"'`|\\[\]{}^]/g, (ch) =>
    Array.from(
      new TextEncoder().encode(ch),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}
