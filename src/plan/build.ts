/**
 * The planner: a pure function from (desired, remote, options) to a {@link Plan}.
 *
 * Each desired audience is planned on its own into outcomes (a change, a blocked change,
 * conflicts, or a no-op); prune then looks at the remote audiences no file declares. The
 * outcomes are sorted, counted and guarded here, and nothing is ever hidden: a tripped
 * guard only marks the plan.
 */
import {
  type BlockedChange,
  type Change,
  type Conflict,
  type DeleteGuard,
  type DesiredAudience,
  type FieldChange,
  type KeptAudience,
  type Plan,
  type PlanOptions,
  PROFILE_FIELDS,
  type Profile,
  type RemoteAudience,
} from '../model.js';
import { cleanValue, compareText, sameValue } from './compare.js';
import { fingerprintPlan } from './fingerprint.js';
import { nameMatcher } from './glob.js';

/** What the caller knows beyond the files and the remote list. */
export interface PlanContext {
  /** Lifts the delete guard, e.g. `label audience-sync/allow-deletes on #12`. */
  guardLiftedBy?: string;
}

/** The reason of a prune candidate that prune may not delete. */
export const KEPT_REASON = 'owned by someone else';

type Outcome =
  | { type: 'change'; change: Change }
  | { type: 'blocked'; blocked: BlockedChange }
  | { type: 'conflict'; conflict: Conflict }
  | { type: 'noop' };

type RemoteIndex = ReadonlyMap<string, readonly RemoteAudience[]>;

/** Which desired audiences would rename each remote id, to catch two claiming one. */
type RenameClaims = ReadonlyMap<string, readonly string[]>;

/** What every desired audience is planned against. */
interface Scope {
  index: RemoteIndex;
  /** The names the files declare (present or absent), as {@link nameKey}s. */
  names: ReadonlySet<string>;
}

/**
 * The form in which two names are the same audience: trimmed and in Unicode NFC, so that
 * `Café` typed with a combining accent (NFD, as some editors and file systems write it)
 * matches the precomposed `Café` the API holds. Case stays significant: the API holds
 * `Team` and `team` as two audiences.
 */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC');
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

function indexByName(remote: RemoteAudience[]): RemoteIndex {
  const index = new Map<string, RemoteAudience[]>();
  for (const audience of remote) {
    const key = nameKey(audience.name);
    index.set(key, [...(index.get(key) ?? []), audience]);
  }
  return index;
}

/** The remote audiences under `name`. */
function lookup(index: RemoteIndex, name: string): readonly RemoteAudience[] {
  return index.get(nameKey(name)) ?? [];
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

/**
 * The previous names of `d` that exist remotely, each with its audiences. A previous name
 * that some file declares as its `name` is skipped: that audience belongs to that file, so
 * renaming it too would write one audience twice (or rename one the file deletes). The
 * loader rejects such files; this keeps the planner safe on its own.
 */
function previousMatches(
  d: DesiredAudience,
  scope: Scope,
): { name: string; audiences: readonly RemoteAudience[] }[] {
  const names = [...new Set(d.previousNames.map((n) => n.trim()))].filter(
    (n) => n !== '' && !scope.names.has(nameKey(n)),
  );
  return names
    .map((name) => ({ name, audiences: lookup(scope.index, name) }))
    .filter((m) => m.audiences.length > 0);
}

/** The remote audience a desired one would be renamed from, if exactly one qualifies. */
function renameSource(d: DesiredAudience, scope: Scope): RemoteAudience | undefined {
  if (d.state !== 'present' || lookup(scope.index, d.name.trim()).length > 0) return undefined;
  const candidates = previousMatches(d, scope).flatMap((m) => m.audiences);
  return candidates.length === 1 ? candidates[0] : undefined;
}

function renameClaims(desired: DesiredAudience[], scope: Scope): RenameClaims {
  const claims = new Map<string, string[]>();
  for (const d of desired) {
    const source = renameSource(d, scope);
    if (source) claims.set(source.id, [...(claims.get(source.id) ?? []), d.name.trim()]);
  }
  return claims;
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
  if (source === undefined) return [create(d)];
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

/** The profile fields of a remote audience, for a report of what its delete removes. */
function removedProfile(r: RemoteAudience): Partial<Profile> {
  const profile: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = r.raw[field];
    if (value !== undefined && value !== null) profile[field] = structuredClone(value);
  }
  return profile as Partial<Profile>;
}

/** Deletes (or keeps) every remote audience that no file declares and no glob ignores. */
function planPrune(
  desired: DesiredAudience[],
  remote: RemoteAudience[],
  ignore: string[],
): { outcomes: Outcome[]; kept: KeptAudience[] } {
  // Previous names count as declared: an old name is never pruned, even when its rename
  // could not happen (a conflict), because it is evidently still wanted.
  const declared = new Set(desired.flatMap((d) => [d.name, ...d.previousNames].map(nameKey)));
  const ignored = nameMatcher(ignore);
  const candidates = remote.filter((r) => {
    const name = r.name.trim();
    return !declared.has(nameKey(name)) && !ignored(name) && !ignored(nameKey(name));
  });
  return {
    outcomes: candidates
      .filter((r) => r.permissions.canDelete)
      .map(
        (r): Outcome => ({
          type: 'change',
          change: {
            kind: 'delete',
            name: r.name,
            id: r.id,
            fieldChanges: [],
            deleteReason: 'prune',
            removed: removedProfile(r),
            ...updatedAt(r),
          },
        }),
      ),
    kept: candidates
      .filter((r) => !r.permissions.canDelete)
      .map((r) => ({ name: r.name, id: r.id, reason: KEPT_REASON })),
  };
}

/** An update (or, with `fromName`, a rename) of `r` to what `d` declares, if anything differs. */
function updateOrNoop(
  d: DesiredAudience,
  r: RemoteAudience,
  fromName: string | undefined,
): Outcome {
  // An update names the audience as neuroflash spells it: a lookalike spelling in the
  // file matched it, and the PUT keeps the remote spelling (see `updateBody`).
  const name = fromName === undefined ? r.name.trim() : d.name.trim();
  const renamed: FieldChange[] =
    fromName === undefined ? [] : [{ field: 'name', before: r.name, after: name }];
  const fieldChanges = [...renamed, ...managedDiffs(d, r)];
  if (fieldChanges.length === 0) return { type: 'noop' };
  const kind = fromName === undefined ? 'update' : 'rename';
  if (!r.permissions.canUpdate) {
    return {
      type: 'blocked',
      blocked: {
        kind: 'blocked',
        action: kind,
        name,
        id: r.id,
        ...(fromName === undefined ? {} : { fromName }),
        fieldChanges,
        reason: 'owned by another user; only the creator may update it',
        source: d.source,
      },
    };
  }
  return {
    type: 'change',
    change: {
      kind,
      name,
      id: r.id,
      ...(fromName === undefined ? {} : { fromName }),
      fieldChanges,
      body: updateBody(d, r, fromName === undefined ? r.name : name),
      ...updatedAt(r),
      source: d.source,
    },
  };
}

function create(d: DesiredAudience): Outcome {
  const body = createBody(d);
  const fieldChanges = PROFILE_FIELDS.filter((f) => body[f] !== undefined).map(
    (field): FieldChange => ({ field, before: undefined, after: cleanValue(body[field]) }),
  );
  return {
    type: 'change',
    change: { kind: 'create', name: body.name, fieldChanges, body, source: d.source },
  };
}

/** The declared fields (except `name`, which matching already settled) that differ. */
function managedDiffs(d: DesiredAudience, r: RemoteAudience): FieldChange[] {
  return PROFILE_FIELDS.filter((field) => field !== 'name' && d.fields[field] !== undefined)
    .filter((field) => !sameValue(field, r.raw[field], d.fields[field]))
    .map((field) => ({
      field,
      before: structuredClone(r.raw[field]),
      after: cleanValue(d.fields[field]),
    }));
}

/** The declared fields, trimmed: the complete profile of a create. */
function createBody(d: DesiredAudience): Profile {
  const body: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = d.fields[field];
    if (value !== undefined) body[field] = cleanValue(value);
  }
  body.name = d.name.trim();
  // The loader guarantees the required fields of a present audience.
  return body as unknown as Profile;
}

/**
 * The resource fields that the API documents as read-only: a PUT body leaves them out.
 * (It would do no harm to send them, the API ignores them, but they are not ours to send.)
 */
const READ_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'workspaceId',
  'createdAt',
  'updatedAt',
  'viewedAt',
  'createdByUserId',
  'ownerCustomerId',
  'permissions',
  'newPermissions',
]);

/**
 * The remote resource as the API returned it, read-only fields left out, overlaid with
 * the declared fields. PUT replaces the whole profile, so carrying the remote's values
 * is what keeps an undeclared field from being wiped, and that includes fields this
 * version does not know: the API adds fields without notice (`additionalInformation`
 * came that way), and the API's own example PUTs back the whole object it read.
 * `name` is the one to write: the remote's own spelling, unless the change renames (names
 * match trimmed and NFC-normalised, and a file cannot spell `Foo `, so a PUT must not
 * quietly trim it or rewrite its accents in another byte form).
 */
function updateBody(d: DesiredAudience, r: RemoteAudience, name: string): Profile {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(r.raw)) {
    // `__proto__` from JSON is an own key; assigning it would set the body's prototype.
    if (READ_ONLY_FIELDS.has(field) || field === '__proto__') continue;
    if (value !== undefined && value !== null) {
      body[field] = structuredClone(value);
    }
  }
  for (const field of PROFILE_FIELDS) {
    const declared = d.fields[field];
    if (declared !== undefined) body[field] = cleanValue(declared);
  }
  body.name = name;
  return body as unknown as Profile;
}

function duplicateConflict(
  name: string,
  audiences: readonly RemoteAudience[],
  d: DesiredAudience,
): Outcome {
  return {
    type: 'conflict',
    conflict: conflict(
      name,
      audiences,
      `${audiences.length} audiences in neuroflash are named '${name}'; the sync never picks one: delete or rename the extra ones in neuroflash`,
      d,
    ),
  };
}

function conflict(
  name: string,
  audiences: readonly RemoteAudience[],
  reason: string,
  d: DesiredAudience,
): Conflict {
  const ids = audiences.map((a) => a.id).sort(compareText);
  return { name, ids, reason, source: d.source };
}

function updatedAt(r: RemoteAudience): { remoteUpdatedAt?: string } {
  return r.updatedAt === undefined ? {} : { remoteUpdatedAt: r.updatedAt };
}
