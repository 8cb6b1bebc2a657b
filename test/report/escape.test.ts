import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownWithCode,
  escapeTerminal,
  escapeTitle,
  safeUrl,
  singleLine,
  truncateText,
} from '../../src/report/escape.js';

const Z = '\u200B';

describe('escapeMarkdown (inline text and table cells)', () => {
  it('escapes a pipe so a name cannot end a table cell', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });

  it('keeps a name with line breaks on one line, showing each break', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour\u2028five')).toBe('one↵two↵three↵four↵five');
  });

  it('turns HTML into entities, so <script> and </details> are text', () => {
    expect(escapeMarkdown('<script>alert(1)</script></details>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;/details&gt;',
    );
  });

  it('escapes the ampersand, so an entity such as &#64; cannot smuggle an @', () => {
    // The digits after # also get the zero-width space: harmless, and it shows as written.
    expect(escapeMarkdown('&#64;user &amp;')).toBe(`&amp;#${Z}64;user &amp;amp;`);
  });

  it('breaks user and team mentions with a zero-width space', () => {
    expect(escapeMarkdown('@org/team and @user')).toBe(`@${Z}org/team and @${Z}user`);
  });

  it('breaks issue references, cross-repository ones and GH- ones', () => {
    expect(escapeMarkdown('#1 acme/x#22 GH-3 gh-4')).toBe(`#${Z}1 acme/x#${Z}22 GH-${Z}3 gh-${Z}4`);
  });

  it('leaves a # that is not an issue reference alone', () => {
    expect(escapeMarkdown('C# and #hashtag')).toBe('C# and #hashtag');
  });

  it('escapes backticks, emphasis, strikethrough, math and backslashes', () => {
    expect(escapeMarkdown('`code` *b* _i_ ~s~ $x$ \\')).toBe(
      '\\`code\\` \\*b\\* \\_i\\_ \\~s\\~ \\$x\\$ \\\\',
    );
  });

  it('escapes brackets so no link or image can form', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) ![img](https://e.example/a.png)')).toBe(
      `\\[x\\](javascript:alert(1)) !\\[img\\](https:${Z}//e.example/a.png)`,
    );
  });

  it('breaks bare URLs so GitHub does not autolink them', () => {
    expect(escapeMarkdown('see www.evil.example or http://evil.example')).toBe(
      `see www${Z}.evil.example or http:${Z}//evil.example`,
    );
  });

  it('replaces control and bidi-override characters with U+FFFD and a tab with a space', () => {
    expect(escapeMarkdown('a\u0000b\u001bc\u202Ed\te')).toBe('a\uFFFDb\uFFFDc\uFFFDd e');
  });

  it('leaves ordinary text untouched', () => {
    expect(escapeMarkdown('Marketing leaders (EU), 25–45')).toBe('Marketing leaders (EU), 25–45');
  });
});

describe('escapeHtml (text inside <summary>)', () => {
  it('escapes tags, quotes and ampersands', () => {
    expect(escapeHtml(`</summary></details><img src="x" onerror='y'> & more`)).toBe(
      '&lt;/summary&gt;&lt;/details&gt;&lt;img src=&quot;x&quot; onerror=&#39;y&#39;&gt; &amp; more',
    );
  });

  it('turns markdown punctuation into entities, so no renderer can read it as syntax', () => {
    expect(escapeHtml('[x](javascript:y) *b* _i_ `c` |p| ~s~ $m$ \\')).toBe(
      '&#91;x&#93;(javascript:y) &#42;b&#42; &#95;i&#95; &#96;c&#96; &#124;p&#124; &#126;s&#126; &#36;m&#36; &#92;',
    );
  });

  it('breaks mentions and issue references, which GitHub links even inside HTML', () => {
    expect(escapeHtml('@org/team #12')).toBe(`@${Z}org/team #${Z}12`);
  });

  it('keeps the text on one line, so a blank line cannot end the HTML block', () => {
    expect(escapeHtml('a\n\nb')).toBe('a↵↵b');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Marketing leaders (EU): 25–45, Berlin')).toBe(
      'Marketing leaders (EU): 25–45, Berlin',
    );
  });
});

describe('codeSpan', () => {
  it('wraps plain text in single backticks', () => {
    expect(codeSpan('max-deletes: 12')).toBe('`max-deletes: 12`');
  });

  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
  });

  it('pads text that starts or ends with a backtick', () => {
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('codeBlock', () => {
  it('fences with three backticks and flattens line breaks', () => {
    expect(codeBlock(['- a\nb', '+ c'], 'diff')).toEqual(['```diff', '- a↵b', '+ c', '```']);
  });

  it('uses a longer fence when a line holds a run of three backticks', () => {
    expect(codeBlock(['- ```x'])).toEqual(['````', '- ```x', '````']);
  });
});

describe('escapeMarkdownWithCode', () => {
  it('renders backtick pairs as code spans and escapes the prose around them', () => {
    expect(escapeMarkdownWithCode('add the label `a|b` for @team')).toBe(
      `add the label \`a|b\` for @${Z}team`,
    );
  });

  it('shows an unpaired backtick as a literal one', () => {
    expect(escapeMarkdownWithCode('a `b')).toBe('a \\`b');
  });
});

describe('escapeTerminal', () => {
  it('shows ANSI escapes, line breaks and bidi overrides as visible escapes', () => {
    expect(escapeTerminal('a\u001b[2Jb\nc\td\u202Ee\u0085')).toBe(
      'a\\x1b[2Jb\\nc\\td\\u202ee\\x85',
    );
  });

  it('leaves printable text, emoji included, untouched', () => {
    expect(escapeTerminal('Café 🎯 → ok')).toBe('Café 🎯 → ok');
  });
});

describe('escapeTitle', () => {
  it('makes one line with collapsed spaces', () => {
    expect(escapeTitle('Audience drift in  "A\nB"\t ')).toBe('Audience drift in "A↵B"');
  });

  it('cuts to 256 characters with an ellipsis', () => {
    const title = escapeTitle('x'.repeat(300));
    expect(title).toBe(`${'x'.repeat(255)}…`);
  });
});

describe('truncateText', () => {
  it('never splits a surrogate pair', () => {
    // 'a' then three emoji of two code units each: a cut at 4 would split the second one.
    expect(truncateText('a😀😀😀', 4)).toBe('a😀…');
  });

  it('returns short text unchanged', () => {
    expect(truncateText('abc', 3)).toBe('abc');
  });
});

describe('singleLine', () => {
  it('is the identity on ordinary text', () => {
    expect(singleLine('plain text')).toBe('plain text');
  });
});

describe('safeUrl', () => {
  it('keeps a plain https URL', () => {
    expect(safeUrl('https://github.com/acme/x/actions/runs/1')).toBe(
      'https://github.com/acme/x/actions/runs/1',
    );
  });

  it('refuses javascript: and other schemes', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });

  it('percent-encodes what could end a markdown link', () => {
    expect(safeUrl('https://e.example/a b)c<d>')).toBe('https://e.example/a%20b%29c%3Cd%3E');
  });
});
