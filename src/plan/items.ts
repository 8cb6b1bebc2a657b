/**
 * A plan as a set of items, each an audience, a field, a before value and an after value,
 * so that a plan made later can be checked against the one a reviewer approved item by
 * item (see docs/plan.md, "The reviewed plan and re-runs").
 *
 * A fresh plan whose every item was in the reviewed plan asks for nothing new: what is
 * missing was done in between (an earlier, partial apply, or a hand edit in neuroflash).
 * An item the reviewed plan lacks, or a `before` that moved, is a change of plan.
 * Nothing here does I/O.
 */
import { canonicalJson } from './compare.js';
import type {
  CanonicalChange,
  CanonicalConflict,
  CanonicalFieldChange,
  CanonicalPlan,
} from './fingerprint.js';
import { changeLine, conflictLine } from './lines.js';

/** The plan's order of kinds, by the first character of their lines. */
const LINE_ORDER = '>~+-!?';

/** One item of a change: its comparable key and the field change it stands for. */
interface Item {
  key: string;
  field?: CanonicalFieldChange;
}

/**
 * The items of one change. A rename is an update whose items include `name`, so a rename
 * done by hand leaves the rest of it as a plain update of the same audience. An existing
 * audience is known by its id, a create by its name. A delete has one item.
 */
function changeItems(c: CanonicalChange): Item[] {
  const op = c.kind.replace('rename', 'update');
  const target = c.id === undefined ? { name: c.name } : { id: c.id };
  const fields: CanonicalFieldChange[] =
    c.kind.endsWith('rename') && !c.fieldChanges.some((fc) => fc.field === 'name')
      ? [{ field: 'name', before: c.fromName, after: c.name }, ...c.fieldChanges]
      : c.fieldChanges;
  if (fields.length === 0) return [{ key: canonicalJson({ op, ...target }) }];
  return fields.map((field) => ({ key: canonicalJson({ op, ...target, ...field }), field }));
}

function conflictItem(c: CanonicalConflict): string {
  return canonicalJson({ op: 'conflict', name: c.name, ids: c.ids });
}

/** Every item of a plan, as comparable keys. */
export function planItems(plan: CanonicalPlan): Set<string> {
  return new Set([
    ...[...plan.changes, ...plan.blocked].flatMap((c) => changeItems(c).map((i) => i.key)),
    ...plan.conflicts.map(conflictItem),
  ]);
}

/** How a fresh plan stands against a reviewed one, item by item. */
export interface ItemComparison {
  /** True when every item of the fresh plan is in the reviewed plan. */
  within: boolean;
  /**
   * The reviewed changes (or the part of them) that the fresh plan no longer holds: done
   * since the review, as plan lines (a partly done change lists only its done fields).
   */
  done: string[];
}

/** Compares the items of a fresh plan with those of the reviewed one. */
export function compareItems(reviewed: CanonicalPlan, fresh: CanonicalPlan): ItemComparison {
  const now = planItems(fresh);
  const before = planItems(reviewed);
  const within = [...now].every((item) => before.has(item));
  const done: string[] = [];
  for (const change of [...reviewed.changes, ...reviewed.blocked]) {
    const items = changeItems(change);
    const gone = items.filter((item) => !now.has(item.key));
    if (gone.length === 0) continue;
    if (gone.length === items.length) {
      done.push(changeLine(change));
      continue;
    }
    const fieldChanges = gone.flatMap((item) => (item.field ? [item.field] : []));
    // A rename whose new name is still to come: what is done are field updates.
    const renamePending =
      change.fromName !== undefined && !gone.some((i) => i.field?.field === 'name');
    const partial: CanonicalChange = renamePending
      ? {
          ...change,
          kind: change.kind.replace('rename', 'update'),
          name: change.fromName ?? change.name,
          fromName: undefined,
          fieldChanges,
        }
      : { ...change, fieldChanges };
    done.push(changeLine(partial));
  }
  for (const c of reviewed.conflicts) if (!now.has(conflictItem(c))) done.push(conflictLine(c));
  // The canonical form is sorted for hashing; a reader expects the plan's order of kinds.
  const rank = (line: string) => LINE_ORDER.indexOf(line.charAt(0));
  return { within, done: done.sort((a, b) => rank(a) - rank(b)) };
}
