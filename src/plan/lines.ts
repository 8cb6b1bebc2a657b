/**
 * The plan as stable one-line statements, so that a later run can say exactly what differs
 * between the plan a reviewer approved and a fresh one, not just that the fingerprints do.
 *
 * A line carries what the fingerprint hashes, in the same canonical values, so two plans
 * with one fingerprint have the same lines and any difference in fingerprint shows up as
 * a differing line. Prefixes: `>` rename, `~` update, `+` create, `-` delete, `!` blocked,
 * `?` conflict. Remote ids are shown in brackets, so two audiences of one name stay apart.
 */
import { type Plan, PROFILE_FIELDS } from '../model.js';
import { canonicalJson, compareText } from './compare.js';
import {
  type CanonicalChange,
  type CanonicalFieldChange,
  canonicalBlocked,
  canonicalChange,
} from './fingerprint.js';

/**
 * The plan's meaning as stable, human-readable lines, one per change, blocked change and
 * conflict, in plan order; e.g. `~ Marketing leaders [3f2a…]: maxAge 45 → 50`.
 */
export function planLines(plan: Pick<Plan, 'changes' | 'blocked' | 'conflicts'>): string[] {
  return [
    ...plan.changes.map((change) => changeLine(canonicalChange(change))),
    ...plan.blocked.map((blocked) => changeLine(canonicalBlocked(blocked))),
    ...plan.conflicts.map(conflictLine),
  ];
}

/** The line of a conflict, as {@link planLines} writes it. */
export function conflictLine(c: { name: string; ids: readonly string[] }): string {
  return `? ${c.name.trim()}: conflict between ${[...c.ids].sort(compareText).join(', ')}`;
}

/**
 * What differs between two sets of plan lines, as multisets: the lines only in the
 * reviewed set (`removed`) and those only in the fresh one (`added`), each in its own order.
 */
export function diffPlanLines(
  reviewed: string[],
  fresh: string[],
): { removed: string[]; added: string[] } {
  return { removed: without(reviewed, fresh), added: without(fresh, reviewed) };
}

/** The items of `from` left after taking away one occurrence per item of `other`. */
function without(from: string[], other: string[]): string[] {
  const available = new Map<string, number>();
  for (const line of other) available.set(line, (available.get(line) ?? 0) + 1);
  return from.filter((line) => {
    const left = available.get(line) ?? 0;
    if (left === 0) return true;
    available.set(line, left - 1);
    return false;
  });
}

/** The line of a change (or blocked change) in canonical form, as {@link planLines} writes it. */
export function changeLine(c: CanonicalChange): string {
  const target = c.id === undefined ? '' : ` [${c.id}]`;
  const subject = c.fromName === undefined ? c.name : `${c.fromName} → ${c.name}`;
  // A rename's head already shows the name change.
  const fields = inProfileOrder(c.fieldChanges).filter(
    (fc) => !(c.fromName !== undefined && fc.field === 'name'),
  );
  switch (c.kind) {
    case 'create':
      return withFields(`+ ${subject}`, fields.filter((fc) => fc.field !== 'name').map(assignment));
    case 'update':
      return withFields(`~ ${subject}${target}`, fields.map(transition));
    case 'rename':
      return withFields(`> ${subject}${target}`, fields.map(transition));
    case 'delete':
      return `- ${subject}${target} (${c.deleteReason === 'prune' ? 'prune' : 'state: absent'})`;
    default:
      return withFields(
        `! ${subject}${target} ${c.kind.replace('-', ' ')}`,
        fields.map(transition),
      );
  }
}

function withFields(head: string, parts: string[]): string {
  return parts.length === 0 ? head : `${head}: ${parts.join('; ')}`;
}

function assignment(fc: CanonicalFieldChange): string {
  return `${fc.field} ${show(fc.after)}`;
}

function transition(fc: CanonicalFieldChange): string {
  return `${fc.field} ${show(fc.before)} → ${show(fc.after)}`;
}

function show(value: unknown): string {
  return value === undefined ? '(unset)' : canonicalJson(value);
}

function inProfileOrder(changes: CanonicalFieldChange[]): CanonicalFieldChange[] {
  const rank = (field: string) => {
    const i = (PROFILE_FIELDS as readonly string[]).indexOf(field);
    return i === -1 ? PROFILE_FIELDS.length : i;
  };
  return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}
