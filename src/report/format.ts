/**
 * Plain-text wording shared by every sink: values, field changes, counts. Nothing here
 * escapes; each sink escapes for its own medium.
 */

import { isRecord } from '../guards.js';
import {
  type ChangeKind,
  type FieldChange,
  GENDER_KEYS,
  type Plan,
  type Problem,
  type ProfileField,
  SET_FIELDS,
} from '../model.js';

/** How a missing value reads: the remote lacks the field, or the file leaves it out. */
export const NOT_SET = '(not set)';

/**
 * One value of a profile field as plain text: strings in plain quotes (so edges and
 * spaces stay visible; each sink shows line breaks its own way), lists as `["a", "b"]`,
 * the gender distribution as `female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay
 * 0.03`, a missing value as `(not set)`.
 */
export function formatValue(field: ProfileField | string, value: unknown): string {
  if (value === undefined || value === null) return NOT_SET;
  if (field === 'genderDistribution' && isRecord(value)) return formatGender(value);
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatValue('', item)).join(', ')}]`;
  return JSON.stringify(value) ?? String(value);
}

function formatGender(value: Record<string, unknown>): string {
  const known = GENDER_KEYS.map((key) => `${key} ${formatShare(value[key])}`);
  // A key the API added later is still shown, after the four known ones.
  const extra = Object.keys(value)
    .filter((key) => !(GENDER_KEYS as readonly string[]).includes(key))
    .map((key) => `${key} ${formatShare(value[key])}`);
  return [...known, ...extra].join(' · ');
}

function formatShare(share: unknown): string {
  return typeof share === 'number' ? String(share) : formatValue('', share);
}

/** The items a list field gains and loses, compared as trimmed strings like the planner. */
export interface ListDelta {
  added: string[];
  removed: string[];
}

/**
 * The set difference of a list field's change, or undefined when the field is not a list
 * field or either side is not a list (then the whole values are shown).
 */
export function listDelta(change: FieldChange): ListDelta | undefined {
  if (!SET_FIELDS.has(change.field)) return undefined;
  const before = asStringList(change.before);
  const after = asStringList(change.after);
  if (before === undefined || after === undefined) return undefined;
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    added: unique(after.filter((item) => !beforeSet.has(item))),
    removed: unique(before.filter((item) => !afterSet.has(item))),
  };
}

function asStringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
  return value.map((item: string) => item.trim());
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * One field change as plain text without the field name: `"Berlin" → "Munich"`, or for a
 * list field `added "SEO", "growth"; removed "AI"`.
 */
export function describeFieldChange(change: FieldChange): string {
  const delta = listDelta(change);
  if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
    const parts: string[] = [];
    if (delta.added.length > 0) parts.push(`added ${quoteList(delta.added)}`);
    if (delta.removed.length > 0) parts.push(`removed ${quoteList(delta.removed)}`);
    return parts.join('; ');
  }
  return `${formatValue(change.field, change.before)} → ${formatValue(change.field, change.after)}`;
}

/** `"a", "b"`: list items quoted so that commas inside an item stay unambiguous. */
export function quoteList(items: readonly string[]): string {
  return items.map(quoted).join(', ');
}

/**
 * A string in plain double quotes, its content as written: a reader sees `"B2B & "growth""`
 * rather than JSON's `\"` escapes. Each sink makes line breaks and control characters
 * visible in its own way.
 */
export function quoted(text: string): string {
  return `"${text}"`;
}

/** `1,812`: thousands separated, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 audience`, `2 audiences`, `1,812 changes`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/**
 * The plan's counts as one phrase:
 * `2 to create, 1 to update, 0 to rename, 3 to delete, 1 blocked, 1 conflict; 12 unchanged`.
 * The four kinds of write always show; blocked and conflicts only when there are some.
 */
export function summaryCounts(plan: Plan): string {
  const c = plan.counts;
  const parts = [
    `${formatCount(c.creates)} to create`,
    `${formatCount(c.updates)} to update`,
    `${formatCount(c.renames)} to rename`,
    `${formatCount(c.deletes)} to delete`,
  ];
  if (c.blocked > 0) parts.push(`${formatCount(c.blocked)} blocked`);
  if (c.conflicts > 0) parts.push(plural(c.conflicts, 'conflict'));
  return `${parts.join(', ')}; ${formatCount(c.noops)} unchanged`;
}

/**
 * Whether the workspace differs from the files: any create, update, rename, delete,
 * blocked change or conflict. Conflicts count because the workspace is not what the files
 * say even though no write can fix it; kept audiences do not, since prune was asked to
 * leave what the account does not own.
 */
export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0 || plan.blocked.length > 0 || plan.conflicts.length > 0;
}

/** `No changes. 12 audiences are up to date.` */
export function noChangesSentence(plan: Plan): string {
  const n = plan.counts.noops;
  return `No changes. ${plural(n, 'audience')} ${n === 1 ? 'is' : 'are'} up to date.`;
}

/** `2 errors, 1 warning`, or `no problems`. */
export function problemCounts(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}

/** `audiences/a.yml:3:5: error: message`, the format compilers and editors understand. */
export function formatProblemText(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** The first 7 characters of a commit sha, the way GitHub abbreviates it. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/** The field names a change touches, in the order the plan lists them. */
export function changedFieldNames(
  fieldChanges: readonly FieldChange[],
  kind: ChangeKind,
): string[] {
  // A rename's new name is already the headline; listing `name` again adds nothing.
  return fieldChanges
    .map((fc) => fc.field)
    .filter((field) => !(kind === 'rename' && field === 'name'));
}

/** The field changes worth listing under a change (a rename's `name` is its headline). */
export function detailFieldChanges(
  fieldChanges: readonly FieldChange[],
  kind: ChangeKind,
): FieldChange[] {
  return fieldChanges.filter((fc) => !(kind === 'rename' && fc.field === 'name'));
}

// Made on first use: building a collator costs several milliseconds, which every run
// would pay at start-up, the validate-only run of a fork's pull request included.
let natural: Intl.Collator | undefined;

/**
 * Names in the order a reader expects: digit runs compare as numbers, so "Old list 2"
 * comes before "Old list 10". Ties fall back to code units, so the order is total.
 */
export function naturalCompare(a: string, b: string): number {
  natural ??= new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The plan's counts without zeros, riskiest first: `2 to delete · 1 to update · 12
 * unchanged`. Blocked changes and conflicts are counted; kept audiences are not changes.
 */
export function nonZeroCounts(plan: Plan): string {
  const c = plan.counts;
  const parts: string[] = [];
  if (c.blocked > 0) parts.push(`${formatCount(c.blocked)} blocked`);
  if (c.conflicts > 0) parts.push(plural(c.conflicts, 'conflict'));
  if (c.deletes > 0) parts.push(`${formatCount(c.deletes)} to delete`);
  if (c.updates > 0) parts.push(`${formatCount(c.updates)} to update`);
  if (c.renames > 0) parts.push(`${formatCount(c.renames)} to rename`);
  if (c.creates > 0) parts.push(`${formatCount(c.creates)} to create`);
  if (c.noops > 0) parts.push(`${formatCount(c.noops)} unchanged`);
  return parts.length > 0 ? parts.join(' · ') : 'no audiences';
}
