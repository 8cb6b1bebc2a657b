/**
 * The planner: a pure function from (desired, remote, options) to a {@link Plan}.
 *
 * Each desired audience is planned on its own into outcomes (a change, a blocked change,
 * conflicts, or a no-op); prune then looks at the remote audiences no file declares. The
 * outcomes are sorted, counted and guarded here, and nothing is ever hidden: a tripped
 * guard only marks the plan.
 */
import type {
  Change,
  DeleteGuard,
  DesiredAudience,
  Plan,
  PlanOptions,
  RemoteAudience,
} from '../model.js';
import {
  conflict,
  duplicateConflict,
  type Outcome,
  planCreate,
  removedProfile,
  updatedAt,
  updateOrNoop,
} from './changes.js';
import { compareText } from './compare.js';
import { fingerprintPlan } from './fingerprint.js';
import {
  indexByName,
  lookup,
  nameKey,
  previousMatches,
  type RemoteIndex,
  type RenameClaims,
  renameClaims,
  type Scope,
} from './names.js';
import { planPrune } from './prune.js';

export { KEPT_REASON } from './prune.js';

/** What the caller knows beyond the files and the remote list. */
export interface PlanContext {
  /** Lifts the delete guard, e.g. `label audience-sync/allow-deletes on #12`. */
  guardLiftedBy?: string;
}

const KIND_ORDER = { rename: 0, update: 1, create: 2, delete: 3 } as const;

/**
 * Plans the writes that make the remote audiences equal to the desired ones (docs/plan.md).
 *
 * - Names match after trimming and NFC normalisation, case-sensitively; a name held by
 *   several remote audiences is a conflict and left alone, and so is a name that several
 *   files spell alike.
 * - Only declared fields are compared; an update's body is the remote profile overlaid
 *   with them, so an omitted optional field keeps its remote value.
 * - A remote audience found under one of `previousNames` is renamed (never deleted and
 *   recreated), unless the new name exists too or the old names are ambiguous.
 * - Writes the remote `permissions` forbid are `blocked`; prune candidates the account
 *   may not delete are `kept`.
 * - The delete guard trips when deletes exceed `maxDeletes` and nothing lifted it; the
 *   plan is complete either way.
 *
 * No-ops count the desired audiences that need nothing (in sync, or absent and already
 * gone). Remote audiences no file declares are not counted: without prune, or when an
 * `ignore` glob matches, they are simply not managed.
 */
export function buildPlan(
  desired: DesiredAudience[],
  remote: RemoteAudience[],
  options: PlanOptions,
  context: PlanContext = {},
): Plan {
  const index = indexByName(remote);
  const scope: Scope = { index, names: new Set(desired.map((d) => nameKey(d.name))) };
  const { planned, lookalikes } = splitLookalikes(desired);
  const claims = renameClaims(planned, scope);
  const outcomes = [
    ...planned.flatMap((d) =>
      d.state === 'absent' ? planAbsent(d, index) : planPresent(d, scope, claims),
    ),
    ...lookalikes,
  ];
  const pruned = options.prune
    ? planPrune(desired, remote, options.ignore)
    : { outcomes: [], kept: [] };
  const all = [...outcomes, ...pruned.outcomes];

  const changes = all
    .flatMap((o) => (o.type === 'change' ? [o.change] : []))
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        compareText(a.name, b.name) ||
        compareText(a.id ?? '', b.id ?? ''),
    );
  const blocked = all
    .flatMap((o) => (o.type === 'blocked' ? [o.blocked] : []))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const conflicts = all
    .flatMap((o) => (o.type === 'conflict' ? [o.conflict] : []))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.ids.join(), b.ids.join()));
  const kept = [...pruned.kept].sort(
    (a, b) => compareText(a.name, b.name) || compareText(a.id, b.id),
  );

  const count = (kind: Change['kind']) => changes.filter((c) => c.kind === kind).length;
  const deletes = count('delete');
  const unsigned: Omit<Plan, 'fingerprint'> = {
    schemaVersion: 1,
    changes,
    blocked,
    conflicts,
    kept,
    counts: {
      creates: count('create'),
      updates: count('update'),
      renames: count('rename'),
      deletes,
      blocked: blocked.length,
      conflicts: conflicts.length,
      noops: all.filter((o) => o.type === 'noop').length,
    },
    guard: deleteGuard(deletes, options.maxDeletes, context.guardLiftedBy),
  };
  return { ...unsigned, fingerprint: fingerprintPlan(unsigned) };
}

/**
 * The guard's verdict. `liftedBy` is recorded only when it mattered (deletes above the
 * maximum), so a report never claims a guard was lifted that was never in the way.
 */
function deleteGuard(
  deletes: number,
  maxDeletes: number,
  liftedBy: string | undefined,
): DeleteGuard {
  const over = deletes > maxDeletes;
  const lifted = over && liftedBy !== undefined && liftedBy !== '';
  return {
    maxDeletes,
    deletes,
    tripped: over && !lifted,
    ...(lifted ? { liftedBy } : {}),
  };
}

/**
 * Files that spell one name in two byte forms (NFC and NFD) would both match one remote
 * audience and write it twice. The loader only warns about such names, so the planner
 * plans the first and reports each later one as a conflict.
 */
function splitLookalikes(desired: DesiredAudience[]): {
  planned: DesiredAudience[];
  lookalikes: Outcome[];
} {
  const first = new Map<string, DesiredAudience>();
  const planned: DesiredAudience[] = [];
  const lookalikes: Outcome[] = [];
  for (const d of desired) {
    const key = nameKey(d.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, d);
      planned.push(d);
      continue;
    }
    const at = `${earlier.source.file}:${earlier.source.line}`;
    lookalikes.push({
      type: 'conflict',
      conflict: conflict(
        d.name.trim(),
        [],
        `'${d.name.trim()}' is the name of the audience at ${at} in another Unicode spelling; both would write one audience: use one spelling`,
        d,
      ),
    });
  }
  return { planned, lookalikes };
}

function planPresent(d: DesiredAudience, scope: Scope, claims: RenameClaims): Outcome[] {
  const name = d.name.trim();
  const own = lookup(scope.index, name);
  const previous = previousMatches(d, scope);

  if (own.length > 0) {
    // The new name exists, so the old ones cannot be renamed onto it; each is reported
    // and left for the user to resolve, never pruned and never merged.
    const stale = previous.map(
      (m): Outcome => ({
        type: 'conflict',
        conflict: conflict(
          m.name,
          m.audiences,
          `both '${name}' and its previous name '${m.name}' exist; delete '${m.name}' with state: absent, or drop it from previousNames`,
          d,
        ),
      }),
    );
    const [only, ...extra] = own;
    if (only === undefined || extra.length > 0) return [duplicateConflict(name, own, d), ...stale];
    return [updateOrNoop(d, only, undefined), ...stale];
  }

  const candidates = previous.flatMap((m) => m.audiences);
  const [source, ...others] = candidates;
  if (source === undefined) return [planCreate(d)];
  if (others.length > 0) {
    const found = candidates.map((r) => `'${r.name}' (${r.id})`).join(', ');
    return [
      {
        type: 'conflict',
        conflict: conflict(
          name,
          candidates,
          `the previous names of '${name}' match ${candidates.length} audiences in neuroflash: ${found}; the sync never picks one: delete or rename the extra ones in neuroflash, or shorten previousNames`,
          d,
        ),
      },
    ];
  }
  const claimants = claims.get(source.id) ?? [];
  if (claimants.length > 1) {
    return [
      {
        type: 'conflict',
        conflict: conflict(
          name,
          [source],
          `'${source.name}' is a previous name of several audiences (${claimants.map((c) => `'${c}'`).join(', ')}); keep it in the previousNames of one only`,
          d,
        ),
      },
    ];
  }
  return [updateOrNoop(d, source, source.name)];
}

function planAbsent(d: DesiredAudience, index: RemoteIndex): Outcome[] {
  const name = d.name.trim();
  const own = lookup(index, name);
  const [only, ...extra] = own;
  if (only === undefined) return [{ type: 'noop' }];
  if (extra.length > 0) return [duplicateConflict(name, own, d)];
  if (!only.permissions.canDelete) {
    return [
      {
        type: 'blocked',
        blocked: {
          kind: 'blocked',
          action: 'delete',
          name: only.name,
          id: only.id,
          fieldChanges: [],
          removed: removedProfile(only),
          reason: 'owned by another user; only the creator may delete it',
          source: d.source,
        },
      },
    ];
  }
  return [
    {
      type: 'change',
      change: {
        kind: 'delete',
        name: only.name,
        id: only.id,
        fieldChanges: [],
        deleteReason: 'absent',
        removed: removedProfile(only),
        ...updatedAt(only),
        source: d.source,
      },
    },
  ];
}
