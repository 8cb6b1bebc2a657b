/**
 * The plan's meaning in canonical form, and its hash.
 *
 * Only what a reviewer approves goes in: each write's kind, target, names and field values,
 * plus what is blocked and what conflicts. Source locations, no-op counts, timestamps, the
 * PUT body, reasons' wording and the guard (a label may lift it between the PR and the
 * merge) stay out, so the same plan hashes alike on the PR and after the merge.
 */
import { createHash } from 'node:crypto';
import type { BlockedChange, Change, Conflict, FieldChange, Plan } from '../model.js';
import { canonicalFieldValue, canonicalJson, compareText } from './compare.js';

/** One field change in canonical form; a missing value has no key. */
export interface CanonicalFieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** The canonical form of a change or a blocked change. */
export interface CanonicalChange {
  kind: string;
  id?: string;
  name: string;
  fromName?: string;
  deleteReason?: string;
  fieldChanges: CanonicalFieldChange[];
}

/** The canonical form of a conflict. */
export interface CanonicalConflict {
  name: string;
  ids: string[];
}

/** Everything the fingerprint hashes. */
export interface CanonicalPlan {
  changes: CanonicalChange[];
  blocked: CanonicalChange[];
  conflicts: CanonicalConflict[];
}

/**
 * The plan's meaning with every incidental difference removed: names and strings trimmed,
 * string sets sorted, numbers rounded to 1e-9, field changes by field, and each list in
 * a fixed order that does not depend on the order of the inputs.
 */
export function canonicalPlan(
  plan: Pick<Plan, 'changes' | 'blocked' | 'conflicts'>,
): CanonicalPlan {
  return {
    changes: sortByJson(plan.changes.map(canonicalChange)),
    blocked: sortByJson(plan.blocked.map(canonicalBlocked)),
    conflicts: sortByJson(plan.conflicts.map(canonicalConflict)),
  };
}

/**
 * The plan's fingerprint: the first 16 hex digits of the SHA-256 of its canonical JSON.
 * The same changes and values give the same fingerprint whatever the order of the files,
 * of the remote list, or of the items of a list field.
 */
export function fingerprintPlan(plan: Omit<Plan, 'fingerprint'>): string {
  return createHash('sha256').update(canonicalPlanJson(plan)).digest('hex').slice(0, 16);
}

/**
 * `canonicalJson(canonicalPlan(plan))`, with each entry put in canonical JSON once: the
 * text that sorts an entry is the text the plan's JSON holds for it. The keys and lists
 * come in the order `canonicalJson` gives them (`blocked`, `changes`, `conflicts`).
 */
function canonicalPlanJson(plan: Pick<Plan, 'changes' | 'blocked' | 'conflicts'>): string {
  const list = (entries: unknown[]) =>
    `[${entries
      .map((entry) => canonicalJson(entry))
      .sort(compareText)
      .join(',')}]`;
  return `{"blocked":${list(plan.blocked.map(canonicalBlocked))},"changes":${list(plan.changes.map(canonicalChange))},"conflicts":${list(plan.conflicts.map(canonicalConflict))}}`;
}

/** A change in canonical form. */
export function canonicalChange(change: Change): CanonicalChange {
  return {
    kind: change.kind,
    ...optional('id', change.id),
    name: change.name.trim(),
    ...optional('fromName', change.fromName?.trim()),
    ...optional('deleteReason', change.deleteReason),
    fieldChanges: canonicalFieldChanges(change.fieldChanges),
  };
}

/** A blocked change in canonical form: its kind says what it would have been. */
export function canonicalBlocked(blocked: BlockedChange): CanonicalChange {
  return {
    kind: `blocked-${blocked.action}`,
    id: blocked.id,
    name: blocked.name.trim(),
    ...optional('fromName', blocked.fromName?.trim()),
    fieldChanges: canonicalFieldChanges(blocked.fieldChanges),
  };
}

function canonicalConflict(conflict: Conflict): CanonicalConflict {
  return { name: conflict.name.trim(), ids: [...conflict.ids].sort(compareText) };
}

function canonicalFieldChanges(changes: FieldChange[]): CanonicalFieldChange[] {
  return changes
    .map((fc) => ({
      field: fc.field,
      ...optional('before', canonicalFieldValue(fc.field, fc.before)),
      ...optional('after', canonicalFieldValue(fc.field, fc.after)),
    }))
    .sort((a, b) => compareText(a.field, b.field));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function sortByJson<T>(items: T[]): T[] {
  return items
    .map((item) => ({ item, key: canonicalJson(item) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ item }) => item);
}
