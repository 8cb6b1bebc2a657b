/**
 * A large plan, folded: one collapsible group per kind of change, and identical updates
 * on many audiences told once.
 */
import type { FieldChange } from '../model.js';
import { canonicalFieldValue, canonicalJson } from '../plan/compare.js';
import { note } from './blocks.js';
import { plainValue } from './diff.js';
import { diffBlock, diffItem, diffLines } from './diff-blocks.js';
import {
  BLOCKED_SYMBOL,
  type Entry,
  KIND_SYMBOL,
  resultWords,
  symbolOf,
  whoText,
} from './entries.js';
import { escapeMarkdown, truncateText } from './escape.js';
import type { Section } from './fit.js';
import { changedFieldNames, detailFieldChanges, formatCount, plural } from './format.js';

/** A group of identical changes names this many audiences, then counts the rest. */
const MAX_CLUSTER_NAMES = 12;

/** A group of updates or renames starts open when it folds into this many items or fewer. */
const OPEN_GROUP_ITEMS = 10;

/** A value fits the one-line form of a shared change (`maxAge 45 → 50`) up to this length. */
const MAX_INLINE_VALUE = 40;

const GROUP_WORDS: Record<Entry['risk'], [string, string]> = {
  blocked: ['blocked change', 'blocked changes'],
  delete: ['audience to delete', 'audiences to delete'],
  update: ['audience to update', 'audiences to update'],
  rename: ['audience to rename', 'audiences to rename'],
  create: ['audience to create', 'audiences to create'],
};

/**
 * A large plan, one collapsible group per kind of change, riskiest first. Blocked
 * changes and deletes start open; the rest start folded.
 */
export function groupSections(all: Entry[], applied: boolean): Section[] {
  const order: Entry['risk'][] = ['blocked', 'delete', 'update', 'rename', 'create'];
  return order.flatMap((risk, i) => {
    const members = all.filter((e) => e.risk === risk);
    if (members.length === 0) return [];
    const [one, many] = GROUP_WORDS[risk];
    const symbol = risk === 'blocked' ? BLOCKED_SYMBOL : KIND_SYMBOL[risk];
    const listed = risk === 'delete' || risk === 'create';
    const items = listed ? members.map((e) => briefItem(e, applied)) : editItems(members, applied);
    // What can go wrong starts open; so do edits that fold into a few distinct changes.
    const open =
      risk === 'blocked' || risk === 'delete' || (!listed && items.length <= OPEN_GROUP_ITEMS);
    const distinct =
      !listed && items.length < members.length
        ? ` · ${plural(items.length, 'distinct change')}`
        : '';
    const section: Section = {
      kind: 'section',
      priority: 2 + i,
      head: `<details${open ? ' open' : ''}><summary>${symbol} ${plural(members.length, one, many)}${distinct}</summary>\n\n`,
      items,
      // The blank line ends a list before the closing tag.
      tail: '\n</details>\n\n',
      hiddenNote: (hidden, shown) => note(hidden, shown, 'item'),
      describeCut: (hidden) => `${plural(hidden, 'item')} of the ${many}`,
    };
    return [section];
  });
}

/** One list entry for a delete or a create in a large plan: its name and key values. */
function briefItem(entry: Entry, applied: boolean): string {
  const outcome = applied ? ` · ${resultWords(entry)}` : '';
  return `- **${escapeMarkdown(entry.name)}** · ${escapeMarkdown(truncateText(entry.short, 300))}${outcome}\n`;
}

/** Updates (or renames) with the same field changes, told once. */
function clusters(members: Entry[]): Entry[][] {
  const byKey = new Map<string, Entry[]>();
  for (const e of members) {
    // A rename's new name always differs, and applied entries differ by outcome.
    const key =
      e.risk === 'update'
        ? canonicalJson([
            e.result?.status ?? '',
            ...e.fieldChanges.map((fc) => [
              fc.field,
              canonicalFieldValue(fc.field, fc.before),
              canonicalFieldValue(fc.field, fc.after),
            ]),
          ])
        : `\u0000${byKey.size}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.values()];
}

/** `maxAge 45 → 50; shared false → true`, or undefined when a value is too long for a line. */
function inlineChange(fieldChanges: readonly FieldChange[]): string | undefined {
  const parts: string[] = [];
  for (const fc of fieldChanges) {
    const sides = [fc.before, fc.after].map((v) =>
      v === undefined || v === null || typeof v === 'object' ? undefined : plainValue(v),
    );
    const [before, after] = sides;
    if (before === undefined || after === undefined) return undefined;
    if (before.length > MAX_INLINE_VALUE || after.length > MAX_INLINE_VALUE) return undefined;
    parts.push(`${fc.field} ${before} → ${after}`);
  }
  return parts.join('; ');
}

/**
 * The items of a group of updates or renames: changes shared by several audiences first
 * (the largest first), then single changes that need a diff block, then single changes
 * that fit one line, as one list at the end.
 */
function editItems(members: Entry[], applied: boolean): string[] {
  const all = clusters(members);
  const shared = all.filter((c) => c.length > 1).sort((a, b) => b.length - a.length);
  const singles = all.filter((c) => c.length === 1).map((c) => c[0] as Entry);
  const oneLine = (e: Entry) =>
    e.risk !== 'blocked' ? inlineChange(detailFieldChanges(e.fieldChanges, e.action)) : undefined;
  return [
    ...shared.map((c) => clusterItem(c, applied)),
    ...singles
      .filter((e) => oneLine(e) === undefined)
      .map((e) => {
        const outcome = applied ? `\n\n${resultWords(e)}` : '';
        return diffItem(e).replace(/\n\n$/, `${outcome}\n\n`);
      }),
    ...singles.flatMap((e) => {
      const line = oneLine(e);
      if (line === undefined) return [];
      const outcome = applied ? ` · ${resultWords(e)}` : '';
      const what = line === '' ? '' : ` · ${escapeMarkdown(line)}`;
      return [`- ${symbolOf(e)} **${escapeMarkdown(whoText(e))}**${what}${outcome}\n`];
    }),
  ];
}

/** Audiences that share one change: `✏️ **300 audiences:** maxAge 45 → 50`, then their names. */
function clusterItem(cluster: Entry[], applied: boolean): string {
  const first = cluster[0] as Entry;
  const inline = inlineChange(first.fieldChanges);
  const names = cluster.slice(0, MAX_CLUSTER_NAMES).map((e) => escapeMarkdown(e.name));
  if (cluster.length > MAX_CLUSTER_NAMES) {
    names.push(`and ${formatCount(cluster.length - MAX_CLUSTER_NAMES)} more`);
  }
  const what = inline ?? changedFieldNames(first.fieldChanges, first.action).join(', ');
  const outcome = applied ? ` · ${resultWords(first)}` : '';
  // The trailing backslash is a hard line break: the names go on a line of their own.
  const head = `${symbolOf(first)} **${plural(cluster.length, 'audience')}:** ${escapeMarkdown(what)}${outcome}\\\n${names.join(', ')}\n\n`;
  return inline ? head : head + diffBlock(diffLines(first));
}
