/**
 * Fitting a document into a size limit by dropping whole items, never characters: a
 * document is a list of fixed blocks and sections of atomic items (a table row, a
 * `<details>` block, a list entry). When the whole does not fit, the sections with the
 * least important items give theirs up first, each says in place how many it hides,
 * and one note says what was cut overall. Because only whole items go, no table row,
 * HTML tag or `<details>` block can be left open.
 */

/** A run of atomic items with the text around them. */
export interface Section {
  kind: 'section';
  /** Lower keeps its items longer. Ties keep document order. */
  priority: number;
  /** Before the first shown item (a table header); left out when no item is shown. */
  head: string;
  items: string[];
  /** After the last shown item (the blank line that ends a table). */
  tail: string;
  /** The in-place note when `hidden` of the items are cut and `shown` remain. */
  hiddenNote: (hidden: number, shown: number) => string;
  /** The words for the overall note, e.g. `1,812 of 2,000 changes`. */
  describeCut: (hidden: number, total: number) => string;
}

/** Where the overall note goes when something was cut. */
export interface NoteSlot {
  kind: 'note';
  /** The overall note from the descriptions of every cut section. */
  render: (cuts: string[]) => string;
}

export type Part = string | Section | NoteSlot;

export interface FitOptions {
  /** The output's size must stay strictly below this. */
  limit: number;
  /** How size is counted: UTF-16 code units for comments, UTF-8 bytes for the summary. */
  measure: (text: string) => number;
}

/** Thrown when even the fixed parts of a document exceed the limit. */
export class ReportTooLargeError extends Error {
  override name = 'ReportTooLargeError';
}

/**
 * Joins the parts, dropping the fewest items needed to stay below `limit`. Fixed
 * strings are always kept.
 */
export function fitToLimit(parts: readonly Part[], options: FitOptions): string {
  const sections = parts.filter((p): p is Section => typeof p !== 'string' && p.kind === 'section');
  const full = sections.map((s) => s.items.length);
  const whole = join(parts, sections, full);
  if (options.measure(whole) < options.limit) return whole;

  const shown = allot(parts, sections, options);
  let out = join(parts, sections, shown);
  // The allotment measures exactly, so this loop is only a safety net should a measure
  // not add up: it gives up one more item at a time, least important first.
  while (options.measure(out) >= options.limit) {
    const victim = byPriority(sections)
      .reverse()
      .find((i) => (shown[i] ?? 0) > 0);
    if (victim === undefined) {
      throw new ReportTooLargeError(
        `The report's fixed parts alone take ${options.measure(out)} of a limit of ${options.limit}.`,
      );
    }
    shown[victim] = (shown[victim] ?? 0) - 1;
    out = join(parts, sections, shown);
  }
  return out;
}

/**
 * How many items each section keeps: a prefix, filled in priority order, each item
 * taken only if the whole document, notes included, still fits. Sizes add up, so the
 * size of a candidate is computed from parts without joining the document.
 */
function allot(parts: readonly Part[], sections: Section[], options: FitOptions): number[] {
  const { measure, limit } = options;
  let fixed = 0;
  const notes: NoteSlot[] = [];
  for (const part of parts) {
    if (typeof part === 'string') fixed += measure(part);
    else if (part.kind === 'note') notes.push(part);
  }
  const frames = sections.map((s) => measure(s.head) + measure(s.tail));
  const itemSizes = sections.map((s) => s.items.map(measure));

  const shown = sections.map(() => 0);
  const itemsSize = sections.map(() => 0);
  const sizeOf = (): number => {
    let size = fixed;
    const cuts: string[] = [];
    sections.forEach((s, i) => {
      const count = shown[i] ?? 0;
      const hidden = s.items.length - count;
      if (count > 0) size += (frames[i] ?? 0) + (itemsSize[i] ?? 0);
      if (hidden > 0) {
        size += measure(s.hiddenNote(hidden, count));
        cuts.push(s.describeCut(hidden, s.items.length));
      }
    });
    if (cuts.length > 0) for (const slot of notes) size += measure(slot.render(cuts));
    return size;
  };

  if (sizeOf() >= limit) {
    throw new ReportTooLargeError(
      `The report's fixed parts and notes alone take ${sizeOf()} of a limit of ${limit}.`,
    );
  }
  for (const i of byPriority(sections)) {
    const sizes = itemSizes[i] ?? [];
    while ((shown[i] ?? 0) < sizes.length) {
      const k = shown[i] ?? 0;
      shown[i] = k + 1;
      itemsSize[i] = (itemsSize[i] ?? 0) + (sizes[k] ?? 0);
      if (sizeOf() < limit) continue;
      shown[i] = k;
      itemsSize[i] = (itemsSize[i] ?? 0) - (sizes[k] ?? 0);
      break;
    }
  }
  return shown;
}

/** Section indexes, most important first. */
function byPriority(sections: Section[]): number[] {
  return sections
    .map((s, i) => ({ priority: s.priority, i }))
    .sort((a, b) => a.priority - b.priority || a.i - b.i)
    .map(({ i }) => i);
}

function join(parts: readonly Part[], sections: Section[], shown: number[]): string {
  const cuts: string[] = [];
  sections.forEach((s, i) => {
    const hidden = s.items.length - (shown[i] ?? 0);
    if (hidden > 0) cuts.push(s.describeCut(hidden, s.items.length));
  });
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
    } else if (part.kind === 'note') {
      if (cuts.length > 0) out += part.render(cuts);
    } else {
      const count = shown[sections.indexOf(part)] ?? 0;
      const hidden = part.items.length - count;
      if (count > 0) out += part.head + part.items.slice(0, count).join('') + part.tail;
      if (hidden > 0) out += part.hiddenNote(hidden, count);
    }
  }
  return out;
}

/** Size as UTF-16 code units: never less than the characters GitHub counts. */
export function codeUnits(text: string): number {
  return text.length;
}

/** Size as UTF-8 bytes, the unit of the job summary's limit. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
