/**
 * A change as the lines of a `diff` code block, shaped like the audience files:
 *
 *     - maxAge: 50
 *     + maxAge: 55
 *       interests:
 *     -   - AI
 *     +   - growth
 *
 * GitHub colours `-` and `+` lines of a `diff` block, so a reviewer reads the values
 * without a click. Only what changed is shown: the shares of `genderDistribution` that
 * moved, the items a list gains and loses, the words a long text swaps. Lines are plain
 * text: the code block shows them literally, so values need no escaping here (and show
 * none); `codeBlock` keeps each to one line and the fence closed.
 */
import { isRecord } from '../guards.js';
import { type FieldChange, GENDER_KEYS, PROFILE_FIELDS, type Profile } from '../model.js';
import { sameShare } from '../plan/compare.js';
import { truncateText } from './escape.js';
import { listDelta } from './format.js';

/** A value longer than this, or one with a line break, is diffed word by word. */
const LONG_TEXT = 80;
/** Words of unchanged text kept on each side of a changed run of words. */
const CONTEXT_WORDS = 5;
/** Changed runs shown per long text before the rest is summed up. */
const MAX_HUNKS = 4;
/** A single shown value is cut at this many characters. */
const MAX_VALUE = 300;
/** Above this product of word counts the word diff only trims the common ends. */
const MAX_LCS_CELLS = 250_000;

/** A value as a reader writes it: a string bare, unless its edges or emptiness need quotes. */
export function plainValue(value: unknown): string {
  if (value === undefined || value === null) return '(not set)';
  if (typeof value === 'string') {
    const shown = value === '' || value.trim() !== value ? `"${value}"` : value;
    return truncateText(shown, MAX_VALUE);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).join(', ');
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k} ${plainValue(v)}`)
      .join(', ');
  }
  return String(value);
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The diff lines of one field change. */
export function fieldDiffLines(change: FieldChange): string[] {
  const { field, before, after } = change;
  if (field === 'genderDistribution' && isRecord(before) && isRecord(after)) {
    // The shares the planner counts as changed, and only those: a file declares no others.
    const moved = GENDER_KEYS.filter((k) => !sameShare(before[k], after[k]));
    return [`  ${field}:`, ...moved.flatMap((k) => sides(`  ${k}`, before[k], after[k]))];
  }
  const delta = listDelta(change);
  if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
    return [
      `  ${field}:`,
      ...delta.removed.map((item) => `-   - ${plainValue(item)}`),
      ...delta.added.map((item) => `+   - ${plainValue(item)}`),
    ];
  }
  if (typeof before === 'string' && typeof after === 'string' && isLongText(before, after)) {
    return [`  ${field}:`, ...wordDiffLines(before, after)];
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    return [
      ...(isSet(before) ? listLines('-', field, before) : []),
      ...(isSet(after) ? listLines('+', field, after) : []),
    ];
  }
  return sides(field, before, after);
}

/** `- field: before` and `+ field: after`, leaving out a side that is not set. */
function sides(label: string, before: unknown, after: unknown): string[] {
  const out: string[] = [];
  if (isSet(before)) out.push(`- ${label}: ${plainValue(before)}`);
  if (isSet(after)) out.push(`+ ${label}: ${plainValue(after)}`);
  return out;
}

function listLines(sign: '+' | '-', field: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [`${sign} ${field}: ${plainValue(value)}`];
  if (value.length === 0) return [`${sign} ${field}: []`];
  return [`${sign} ${field}:`, ...value.map((item) => `${sign}   - ${plainValue(item)}`)];
}

/** Every value of a profile as `sign`-prefixed lines in the files' field order. */
export function profileLines(sign: '+' | '-', profile: Partial<Profile>): string[] {
  const lines: string[] = [];
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    if (!isSet(value)) continue;
    if (field === 'genderDistribution' && isRecord(value)) {
      lines.push(`${sign} ${field}:`);
      for (const [k, v] of Object.entries(value)) lines.push(`${sign}   ${k}: ${plainValue(v)}`);
    } else if (Array.isArray(value)) {
      lines.push(...listLines(sign, field, value));
    } else {
      lines.push(`${sign} ${field}: ${plainValue(value)}`);
    }
  }
  return lines;
}

function isLongText(a: string, b: string): boolean {
  return a.length > LONG_TEXT || b.length > LONG_TEXT || /[\r\n]/.test(a + b);
}

/** A text's words and the whitespace between them, kept so the pieces join back exactly. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

type Op = { kind: 'same' | 'del' | 'add'; token: string };

/** The word-level edit script from `a` to `b`: a longest common subsequence, ends trimmed first. */
export function wordDiff(a: string, b: string): Op[] {
  const x = tokens(a);
  const y = tokens(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const head: Op[] = x.slice(0, start).map((token) => ({ kind: 'same', token }));
  const tail: Op[] = x.slice(endX).map((token) => ({ kind: 'same', token }));
  const midX = x.slice(start, endX);
  const midY = y.slice(start, endY);
  return [...head, ...middle(midX, midY), ...tail];
}

function middle(x: string[], y: string[]): Op[] {
  if (x.length * y.length > MAX_LCS_CELLS || x.length === 0 || y.length === 0) {
    return [
      ...x.map((token): Op => ({ kind: 'del', token })),
      ...y.map((token): Op => ({ kind: 'add', token })),
    ];
  }
  // lengths[i][j]: the LCS length of x[i..] and y[j..].
  const w = y.length + 1;
  const lengths = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lengths[i * w + j] =
        x[i] === y[j]
          ? (lengths[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * w + j] ?? 0, lengths[i * w + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      ops.push({ kind: 'same', token: x[i] ?? '' });
      i++;
      j++;
    } else if ((lengths[(i + 1) * w + j] ?? 0) >= (lengths[i * w + j + 1] ?? 0)) {
      ops.push({ kind: 'del', token: x[i++] ?? '' });
    } else {
      ops.push({ kind: 'add', token: y[j++] ?? '' });
    }
  }
  while (i < x.length) ops.push({ kind: 'del', token: x[i++] ?? '' });
  while (j < y.length) ops.push({ kind: 'add', token: y[j++] ?? '' });
  return ops;
}

/**
 * A long text's change as one `-`/`+` pair per changed run of words, each with a few
 * words of context and `…` where text is left out.
 */
export function wordDiffLines(before: string, after: string): string[] {
  const ops = wordDiff(before, after);
  // Runs of changed tokens, as [first, last] indexes into ops; whitespace-only
  // "same" gaps between two changes join them.
  const runs: [number, number][] = [];
  ops.forEach((op, k) => {
    if (op.kind === 'same') return;
    const last = runs[runs.length - 1];
    const gap = last ? ops.slice(last[1] + 1, k) : [];
    if (last && wordCount(gap) <= CONTEXT_WORDS) last[1] = k;
    else runs.push([k, k]);
  });
  const lines: string[] = [];
  for (const [first, last] of runs.slice(0, MAX_HUNKS)) {
    const from = backWords(ops, first, CONTEXT_WORDS);
    const to = forwardWords(ops, last, CONTEXT_WORDS);
    const side = (drop: Op['kind']) => {
      const text = ops
        .slice(from, to + 1)
        .filter((op) => op.kind !== drop)
        .map((op) => op.token)
        .join('')
        .trim();
      const pre = from > 0 ? '…' : '';
      const post = to < ops.length - 1 ? '…' : '';
      return truncateText(`${pre}${text}${post}`, MAX_VALUE);
    };
    lines.push(`-   ${side('add')}`, `+   ${side('del')}`);
  }
  if (runs.length > MAX_HUNKS) {
    lines.push(`    … and ${runs.length - MAX_HUNKS} more changed passages`);
  }
  return lines;
}

function wordCount(ops: Op[]): number {
  return ops.filter((op) => op.token.trim() !== '').length;
}

function backWords(ops: Op[], k: number, words: number): number {
  let i = k;
  let seen = 0;
  while (i > 0 && ops[i - 1]?.kind === 'same') {
    if ((ops[i - 1]?.token.trim() ?? '') !== '') {
      if (seen === words) break;
      seen++;
    }
    i--;
  }
  return i;
}

function forwardWords(ops: Op[], k: number, words: number): number {
  let i = k;
  let seen = 0;
  while (i < ops.length - 1 && ops[i + 1]?.kind === 'same') {
    if ((ops[i + 1]?.token.trim() ?? '') !== '') {
      if (seen === words) break;
      seen++;
    }
    i++;
  }
  return i;
}
