/**
 * The data that flows through audience-sync, in the order it flows:
 * files → desired state → remote state → plan → apply results → report.
 *
 * Every layer speaks these types, so that each can be built and tested alone. Nothing
 * here does I/O.
 */

/** The four shares of a profile's gender distribution; they sum to 1. */
export interface GenderDistribution {
  female: number;
  male: number;
  nonBinary: number;
  preferNotToSay: number;
}

export const GENDER_KEYS = ['female', 'male', 'nonBinary', 'preferNotToSay'] as const;

/**
 * The profile of a target audience: the request body of a create or a PUT.
 * Field names and requiredness follow the API (docs/api.md).
 */
export interface Profile {
  name: string;
  residence: string;
  minAge: number;
  maxAge: number;
  genderDistribution: GenderDistribution;
  interests: string[];
  needs: string[];
  painPoints: string[];
  country?: string;
  nativeLanguage?: string;
  shared?: boolean;
  additionalInformation?: string;
}

/** Profile fields in the schema's (and the export's) canonical order. */
export const PROFILE_FIELDS = [
  'name',
  'residence',
  'country',
  'nativeLanguage',
  'minAge',
  'maxAge',
  'genderDistribution',
  'interests',
  'needs',
  'painPoints',
  'shared',
  'additionalInformation',
] as const satisfies readonly (keyof Profile)[];

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * The profile fields of an API resource, in the schema's order. Read-only fields and
 * fields unknown to the schema are dropped; an optional field that is `null` is dropped
 * too, so the file does not manage it and a plan leaves it as it is.
 */
export function pickProfile(raw: Record<string, unknown>): Partial<Record<ProfileField, unknown>> {
  const picked: Partial<Record<ProfileField, unknown>> = {};
  for (const field of PROFILE_FIELDS) {
    const value = raw[field];
    if (value !== undefined && value !== null) picked[field] = value;
  }
  return picked;
}

/**
 * The list fields whose order carries no meaning: they compare as sets (the API may
 * reorder them) and a report shows what was added and removed (docs/plan.md).
 */
export const SET_FIELDS: ReadonlySet<ProfileField> = new Set(['interests', 'needs', 'painPoints']);

/**
 * The tolerance of every numeric comparison: the gender sum of a file (docs/file-format.md)
 * and equal values in the plan (docs/plan.md). One constant, so that a file the rules
 * accept can never plan a change the diff cannot see, or the other way round.
 */
export const NUMBER_TOLERANCE = 1e-9;

/** The fields the API requires on a create or a PUT. */
export const REQUIRED_FIELDS = [
  'name',
  'residence',
  'minAge',
  'maxAge',
  'genderDistribution',
  'interests',
  'needs',
  'painPoints',
] as const satisfies readonly ProfileField[];

/** Keys of an audience file that steer the sync and are never sent to the API. */
export const MANAGEMENT_FIELDS = ['previousNames', 'state'] as const;

/** A position in a source file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One located problem found while loading audience files. */
export interface Problem extends SourceLocation {
  severity: 'error' | 'warning';
  /** A stable identifier of the rule, e.g. `schema`, `gender-sum`, `duplicate-name`. */
  rule: string;
  /** Plain words: what is wrong and what would be right. */
  message: string;
}

/** One audience as the files want it. */
export interface DesiredAudience {
  /** Trimmed. */
  name: string;
  state: 'present' | 'absent';
  /**
   * The profile fields the document declares, and only those: they are the managed
   * fields. Strings are as written (comparison trims); `name` is included.
   */
  fields: Partial<Profile>;
  /** Trimmed, without duplicates. */
  previousNames: string[];
  /** Where the document starts. */
  source: SourceLocation;
}

/** What the loader returns: every audience of every valid document, and every problem. */
export interface LoadResult {
  audiences: DesiredAudience[];
  problems: Problem[];
  /** The files read, relative to the working directory, sorted. */
  files: string[];
}

/** The caller's rights on a remote audience, from `permissions` or `newPermissions`. */
export interface RemotePermissions {
  canUpdate: boolean;
  canDelete: boolean;
}

/** One audience as the API returned it. */
export interface RemoteAudience {
  id: string;
  name: string;
  permissions: RemotePermissions;
  updatedAt?: string;
  /**
   * The resource exactly as the API returned it, unknown fields included: a PUT body
   * starts from these values so that nothing unmanaged is wiped.
   */
  raw: Record<string, unknown>;
}

export interface Workspace {
  id: string;
  name: string;
}

/** The options that shape a plan. */
export interface PlanOptions {
  /** Delete remote audiences that no file declares. */
  prune: boolean;
  /** Name globs that prune never touches. */
  ignore: string[];
  /** The delete guard: more deletes than this fails the run before any write. */
  maxDeletes: number;
}

/** One field that changes, with its value before and after. */
export interface FieldChange {
  field: ProfileField;
  /** `undefined` when the remote lacks the field. */
  before: unknown;
  after: unknown;
}

export type ChangeKind = 'rename' | 'update' | 'create' | 'delete';

/** One write the plan intends to make. */
export interface Change {
  kind: ChangeKind;
  /** The name the audience has after the change (for a delete: its current name). */
  name: string;
  /** The remote id; absent only on a create. */
  id?: string;
  /** For a rename: the remote's current name. */
  fromName?: string;
  /** The fields that differ. For a create, every declared field with `before` undefined. */
  fieldChanges: FieldChange[];
  /**
   * The body to send: the full profile for a create, or for a rename/update the remote's
   * profile merged with the managed fields. Absent on a delete.
   */
  body?: Profile;
  /** Why a delete happens. */
  deleteReason?: 'absent' | 'prune';
  /**
   * On a delete: the profile fields of the audience it removes, so the report can show
   * what is lost. For the reader only: not part of the fingerprint or the plan's lines.
   */
  removed?: Partial<Profile>;
  /** The remote's `updatedAt` when the plan was made (for verify-before-write). */
  remoteUpdatedAt?: string;
  /** The document that asks for this change; absent on a prune. */
  source?: SourceLocation;
}

/** A change that the remote permissions forbid: shown, never attempted. */
export interface BlockedChange {
  kind: 'blocked';
  /** What the change would have been. */
  action: ChangeKind;
  name: string;
  id: string;
  fromName?: string;
  fieldChanges: FieldChange[];
  /** On a blocked delete: the profile it would have removed (see `Change.removed`). */
  removed?: Partial<Profile>;
  reason: string;
  source?: SourceLocation;
}

/** A name that matches several remote audiences: left alone and reported. */
export interface Conflict {
  name: string;
  ids: string[];
  reason: string;
  source?: SourceLocation;
}

/** A remote audience that prune would delete but may not: it belongs to someone else. */
export interface KeptAudience {
  name: string;
  id: string;
  reason: string;
}

export interface PlanCounts {
  creates: number;
  updates: number;
  renames: number;
  deletes: number;
  blocked: number;
  conflicts: number;
  noops: number;
}

/** The plan: a value that can be rendered, hashed and guarded without any network. */
export interface Plan {
  schemaVersion: 1;
  /** Ordered: renames, updates, creates, deletes; by name within each kind. */
  changes: Change[];
  blocked: BlockedChange[];
  conflicts: Conflict[];
  kept: KeptAudience[];
  counts: PlanCounts;
  /** A hash of the plan's meaning: the same changes and values give the same hash. */
  fingerprint: string;
  /** The delete guard's verdict. */
  guard: DeleteGuard;
}

export interface DeleteGuard {
  maxDeletes: number;
  deletes: number;
  /** True when deletes exceed maxDeletes and no override lifted the guard. */
  tripped: boolean;
  /** Why the guard was lifted, if it was (e.g. a PR label). */
  liftedBy?: string;
}

export type ChangeStatus = 'done' | 'failed' | 'skipped' | 'conflict';

/** The outcome of one change of a plan. */
export interface ChangeResult {
  change: Change;
  status: ChangeStatus;
  /** The API's own message, or the reason for a skip or conflict. */
  error?: string;
  /** The HTTP status of the failure, when there was one. */
  httpStatus?: number;
  /** The resulting remote id (a create's new id). */
  id?: string;
}

export interface ApplyResult {
  results: ChangeResult[];
  /** True if every change is `done`. */
  ok: boolean;
  /** True when the run was cancelled during the apply: changes not started are `skipped`. */
  cancelled?: boolean;
}

/** Why a run failed, as the `failure-reason` output reports it. */
export type FailureReason =
  | 'invalid'
  | 'guard-tripped'
  | 'apply-failed'
  | 'blocked'
  | 'drift'
  | 'plan-changed'
  | 'auth'
  | 'api'
  | 'cancelled';
