/**
 * The `diff` blocks of the report, which GitHub colours: one per audience in a small plan,
 * and in a large one for the changes that do not fit one line.
 */
import { note } from './blocks.js';
import { fieldDiffLines, plainValue, profileLines } from './diff.js';
import { changeWords, type Entry, profileOf, symbolOf, whoText } from './entries.js';
import { codeBlock, escapeHtml, escapeMarkdown, truncateText } from './escape.js';
import type { Section } from './fit.js';
import { formatCount, plural } from './format.js';

/** A diff block shows at most this many lines. */
const MAX_BLOCK_LINES = 60;

/** A small plan's diffs, one item per change; after an apply they fold under one summary. */
export function diffSection(all: Entry[], applied: boolean): Section {
  return {
    kind: 'section',
    priority: 3,
    // After an apply the outcomes lead; what each change did stays a click away.
    head: applied ? '<details><summary>What each change did</summary>\n\n' : '',
    items: all.map(diffItem),
    tail: applied ? '</details>\n\n' : '',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'diff'),
    describeCut: (hidden) => `the diffs of ${plural(hidden, 'change')}`,
  };
}

/** The lines of an entry's diff block. */
export function diffLines(entry: Entry): string[] {
  if (entry.action === 'delete') {
    if (!entry.removed) return [`- name: ${plainValue(entry.name)}`];
    const { residence, country, minAge, maxAge, interests, additionalInformation } = entry.removed;
    const key = { residence, country, minAge, maxAge, interests, additionalInformation };
    return profileLines('-', { name: entry.name, ...key });
  }
  if (entry.action === 'create') return profileLines('+', profileOf(entry.fieldChanges));
  return entry.fieldChanges.flatMap(fieldDiffLines);
}

/** The lines as a `diff` code block, cut after {@link MAX_BLOCK_LINES}. */
export function diffBlock(lines: string[]): string {
  const shown = lines.slice(0, MAX_BLOCK_LINES);
  if (lines.length > MAX_BLOCK_LINES) {
    shown.push(`  … and ${formatCount(lines.length - MAX_BLOCK_LINES)} more lines`);
  }
  return `${codeBlock(shown, 'diff').join('\n')}\n\n`;
}

/** `✏️ **Developers** · update: maxAge` and its diff block; a create folds its values. */
export function diffItem(entry: Entry): string {
  const block = diffBlock(diffLines(entry));
  if (entry.risk === 'create') {
    const fields = plural(entry.fieldChanges.length, 'field');
    const summary = `${symbolOf(entry)} ${escapeHtml(whoText(entry))} · ${escapeHtml(truncateText(entry.words, 300))} (${fields})`;
    return `<details><summary>${summary}</summary>\n\n${block}</details>\n\n`;
  }
  const words =
    entry.risk === 'blocked'
      ? `blocked ${entry.action}: ${entry.reason ?? ''}`
      : entry.change
        ? changeWords(entry.change)
        : entry.action;
  return `${symbolOf(entry)} **${escapeMarkdown(whoText(entry))}** · ${escapeMarkdown(truncateText(words, 600))}\n\n${block}`;
}
