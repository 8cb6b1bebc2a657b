/**
 * The outcomes of planning one audience, and the changes they carry: an update's or a
 * rename's diff and PUT body, a create's body, what a delete removes, and the conflicts.
 */
import {
  type BlockedChange,
  type Change,
  type Conflict,
  type DesiredAudience,
  type FieldChange,
  PROFILE_FIELDS,
  type Profile,
  pickProfile,
  type RemoteAudience,
} from '../model.js';
import { cleanValue, compareText, sameValue } from './compare.js';

/** What planning one audience comes to; the planner sorts and counts them. */
export type Outcome =
  | { type: 'change'; change: Change }
  | { type: 'blocked'; blocked: BlockedChange }
  | { type: 'conflict'; conflict: Conflict }
  | { type: 'noop' };

/** The profile fields of a remote audience, for a report of what its delete removes. */
export function removedProfile(r: RemoteAudience): Partial<Profile> {
  // A copy: the report must not share objects with the remote list.
  return structuredClone(pickProfile(r.raw)) as Partial<Profile>;
}

/** An update (or, with `fromName`, a rename) of `r` to what `d` declares, if anything differs. */
export function updateOrNoop(
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

/** The create of `d`: its declared fields, trimmed, as the body and as field changes. */
export function planCreate(d: DesiredAudience): Outcome {
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
  // One pass, no intermediate lists: the planner runs this for every audience declared.
  const diffs: FieldChange[] = [];
  for (const field of PROFILE_FIELDS) {
    const declared = d.fields[field];
    if (field === 'name' || declared === undefined) continue;
    const remote = r.raw[field];
    if (sameValue(field, remote, declared)) continue;
    diffs.push({ field, before: structuredClone(remote), after: cleanValue(declared) });
  }
  return diffs;
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

/** A name that several remote audiences hold: the sync never picks one. */
export function duplicateConflict(
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

/** A conflict on `name`, with the ids of the audiences involved in a stable order. */
export function conflict(
  name: string,
  audiences: readonly RemoteAudience[],
  reason: string,
  d: DesiredAudience,
): Conflict {
  const ids = audiences.map((a) => a.id).sort(compareText);
  return { name, ids, reason, source: d.source };
}

/** The remote audience's `updatedAt`, when it has one, for the change to carry. */
export function updatedAt(r: RemoteAudience): { remoteUpdatedAt?: string } {
  return r.updatedAt === undefined ? {} : { remoteUpdatedAt: r.updatedAt };
}
