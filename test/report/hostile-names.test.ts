/**
 * Names from files and from the workspace reach every place a report shows a name: not
 * only update, create, delete and conflict rows, but also a rename's old name and the
 * list of audiences kept. Each of those must be escaped like the rest.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model.js';
import { renderConsole } from '../../src/report/console.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { makePlan, makeReport, RENAME } from './fixtures.js';

/** A name that would ping, link, inject HTML, split a table row and break a line. */
const HOSTILE = 'Old | <img src=x onerror=alert(1)> @org/team Fixes #12 [x](javascript:y)\nnext';
/** A name that would drive the terminal. */
const TERMINAL = 'Evil\x1b[2J\x1b]0;pwned\x07';

function report(oldName: string, keptName: string) {
  const rename: Change = {
    ...RENAME,
    fromName: oldName,
    fieldChanges: [{ field: 'name', before: oldName, after: RENAME.name }],
  };
  return makeReport({
    plan: makePlan({
      changes: [rename],
      kept: [{ name: keptName, id: 'k1', reason: 'not managed here' }],
    }),
  });
}

/** The Markdown outside fenced code blocks: what GitHub reads as markup. */
function prose(md: string): string {
  return md.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/**
 * The hostile parts of {@link HOSTILE} that reach the Markdown where GitHub would act on
 * them. Fenced code blocks are left out: their text is shown as it is, never read as
 * markup, mentions or references.
 */
function injections(md: string): string[] {
  const text = prose(md);
  const found: string[] = [];
  if (/<img/i.test(text)) found.push('an <img> tag');
  if (/@org\b/.test(text)) found.push('a team mention');
  if (/(?<![&\\])#\d/.test(text)) found.push('an issue reference');
  if (/(?<!\\)\]\(javascript/.test(text)) found.push('a javascript: link');
  if (/\nnext/.test(text)) found.push('a line break from a name');
  return found;
}

describe('hostile names in a rename and in the kept list', () => {
  it('a rename’s old name is escaped in the PR comment', () => {
    const md = renderMarkdown(report(HOSTILE, 'Plain kept'));
    // Shown in the prose (the rename's headline), not only inside a diff block.
    expect(prose(md)).toContain('onerror=alert(1)');
    expect(injections(md)).toEqual([]);
  });

  it('a kept audience’s name is escaped in the PR comment', () => {
    const md = renderMarkdown(report('Plain old', HOSTILE));
    expect(prose(md)).toMatch(/^- .*onerror=alert\(1\)/m);
    expect(injections(md)).toEqual([]);
  });

  it('neither reaches the terminal as a control sequence', () => {
    for (const r of [report(TERMINAL, 'Plain kept'), report('Plain old', TERMINAL)]) {
      const out = renderConsole(r, { color: false });
      expect(out).toContain('Evil\\x1b[2J');
      expect(out).not.toContain('\x1b');
      expect(out).not.toContain('\x07');
    }
  });
});
