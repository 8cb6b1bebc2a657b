/**
 * Hand-built plans and reports for the report tests: literal values, so these tests do
 * not depend on the planner.
 */
import type { Change, Plan, PlanCounts } from '../../src/model.js';
import type { RunReport } from '../../src/report/types.js';

export const WORKSPACE = { id: 'ws-1', name: 'Acme Marketing' };

export const RENAME: Change = {
  kind: 'rename',
  name: 'Marketing leaders',
  fromName: 'Marketing managers',
  id: 'id-rename',
  fieldChanges: [
    { field: 'name', before: 'Marketing managers', after: 'Marketing leaders' },
    { field: 'residence', before: 'Berlin', after: 'Munich' },
  ],
};

export const UPDATE: Change = {
  kind: 'update',
  name: 'Developers',
  id: 'id-update',
  fieldChanges: [
    { field: 'maxAge', before: 40, after: 45 },
    { field: 'interests', before: ['AI', 'Rust'], after: ['Rust', 'SEO', 'growth'] },
    {
      field: 'genderDistribution',
      before: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
      after: { female: 0.45, male: 0.45, nonBinary: 0.07, preferNotToSay: 0.03 },
    },
    { field: 'country', before: undefined, after: 'US' },
  ],
};

export const CREATE: Change = {
  kind: 'create',
  name: 'Founders',
  fieldChanges: [{ field: 'name', before: undefined, after: 'Founders' }],
  source: { file: 'audiences/founders.yml', line: 1, column: 1 },
};

export const DELETE_PRUNE: Change = {
  kind: 'delete',
  name: 'Old campaign',
  id: 'id-prune',
  deleteReason: 'prune',
  fieldChanges: [],
};

export const DELETE_ABSENT: Change = {
  kind: 'delete',
  name: 'Retired',
  id: 'id-absent',
  deleteReason: 'absent',
  fieldChanges: [],
  source: { file: 'audiences/retired.yml', line: 3, column: 1 },
};

const ZERO: PlanCounts = {
  creates: 0,
  updates: 0,
  renames: 0,
  deletes: 0,
  blocked: 0,
  conflicts: 0,
  noops: 0,
};

/** A plan whose counts follow its lists. */
export function makePlan(parts: Partial<Plan> & { noops?: number } = {}): Plan {
  const changes = parts.changes ?? [];
  const blocked = parts.blocked ?? [];
  const conflicts = parts.conflicts ?? [];
  const count = (kind: Change['kind']) => changes.filter((c) => c.kind === kind).length;
  const deletes = count('delete');
  return {
    schemaVersion: 1,
    changes,
    blocked,
    conflicts,
    kept: parts.kept ?? [],
    counts: {
      ...ZERO,
      creates: count('create'),
      updates: count('update'),
      renames: count('rename'),
      deletes,
      blocked: blocked.length,
      conflicts: conflicts.length,
      noops: parts.noops ?? 0,
    },
    fingerprint: parts.fingerprint ?? 'f1e2d3c4b5a69788',
    guard: parts.guard ?? { maxDeletes: 10, deletes, tripped: false },
  };
}

/** The small plan most tests render: one change of each kind, blocked, conflict, kept. */
export function smallPlan(): Plan {
  return makePlan({
    changes: [RENAME, UPDATE, CREATE, DELETE_PRUNE, DELETE_ABSENT],
    blocked: [
      {
        kind: 'blocked',
        action: 'update',
        name: 'Partners',
        id: 'id-blocked',
        fieldChanges: [{ field: 'residence', before: 'Paris', after: 'Lyon' }],
        reason: 'owned by someone else (canUpdate is false)',
      },
    ],
    conflicts: [{ name: 'Twins', ids: ['id-a', 'id-b'], reason: '2 audiences have this name' }],
    kept: [{ name: 'Sales team', id: 'id-kept', reason: 'owned by someone else' }],
    noops: 12,
  });
}

export function makeReport(parts: Partial<RunReport> = {}): RunReport {
  return {
    mode: 'plan',
    dryRun: true,
    workspace: WORKSPACE,
    paths: ['audiences'],
    files: ['audiences/a.yml', 'audiences/b.yml'],
    audienceCount: 17,
    problems: [],
    commitSha: '0123456789abcdef0123456789abcdef01234567',
    runUrl: 'https://github.com/acme/audiences/actions/runs/42',
    ...parts,
  };
}
