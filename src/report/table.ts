/**
 * The table of the report: one row per change, with its result after an apply. A small
 * plan shows it first; a large one folds it last, so that it gives way before the diffs.
 */
import { note } from './blocks.js';
import { type Entry, resultWords, symbolOf, whoText } from './entries.js';
import { escapeMarkdown, truncateText } from './escape.js';
import type { Section } from './fit.js';
import { formatCount, plural } from './format.js';

/** The table of `all`, open for a small plan, folded for a large one. */
export function tableSection(
  all: Entry[],
  applied: boolean,
  small: boolean,
  hint: string,
): Section {
  const noun = applied ? 'result' : 'change';
  const header = applied
    ? '| | Audience | Change | Result |\n|---|---|---|---|\n'
    : '| | Audience | Change |\n|---|---|---|\n';
  const tableHead = small
    ? header
    : `<details><summary>All ${plural(all.length, noun)} as a table</summary>\n\n${header}`;
  return {
    kind: 'section',
    // After an apply the outcomes are the point; before it, the diffs are.
    priority: applied || small ? 2 : 9,
    head: tableHead,
    items: all.map((e) => tableRow(e, applied)),
    tail: small ? '\n' : '\n</details>\n\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, `table row`, ` ${hint}`),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'table row')}`,
  };
}

function tableRow(entry: Entry, withResult: boolean): string {
  const cells = [
    symbolOf(entry),
    escapeMarkdown(whoText(entry)),
    escapeMarkdown(truncateText(entry.words, 600)),
  ];
  if (withResult) cells.push(resultWords(entry));
  return `| ${cells.join(' | ')} |\n`;
}
