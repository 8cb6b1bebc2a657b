import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/model.js';
import { planJson, toJson } from '../../src/report/json.js';
import { CREATE, DELETE_ABSENT, makePlan, makeReport, UPDATE } from './fixtures.js';

const BODY: Profile = {
  name: 'Founders',
  residence: 'Berlin',
  minAge: 25,
  maxAge: 45,
  genderDistribution: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 },
  interests: [],
  needs: [],
  painPoints: [],
};

describe('planJson', () => {
  it('gives version 1 with the workspace, fingerprint, counts, guard and changes, without bodies', () => {
    const plan = makePlan({
      changes: [{ ...UPDATE, body: BODY, remoteUpdatedAt: '2025-01-01T00:00:00Z' }, DELETE_ABSENT],
      kept: [{ name: 'K', id: 'k', reason: 'owned by someone else' }],
      noops: 2,
    });
    expect(planJson(makeReport({ plan }))).toEqual({
      schemaVersion: 1,
      mode: 'plan',
      dryRun: true,
      workspace: { id: 'ws-1', name: 'Acme Marketing' },
      hasChanges: true,
      fingerprint: 'f1e2d3c4b5a69788',
      counts: {
        creates: 0,
        updates: 1,
        renames: 0,
        deletes: 1,
        blocked: 0,
        conflicts: 0,
        noops: 2,
      },
      guard: { maxDeletes: 10, deletes: 1, tripped: false },
      changes: [
        {
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
            { field: 'country', before: null, after: 'US' },
          ],
        },
        {
          kind: 'delete',
          name: 'Retired',
          id: 'id-absent',
          deleteReason: 'absent',
          fieldChanges: [],
          source: { file: 'audiences/retired.yml', line: 3, column: 1 },
        },
      ],
      blocked: [],
      conflicts: [],
      kept: [{ name: 'K', id: 'k', reason: 'owned by someone else' }],
      problems: [],
    });
  });

  it('survives a JSON round trip unchanged: no undefined anywhere', () => {
    const plan = makePlan({
      changes: [UPDATE, CREATE],
      blocked: [
        { kind: 'blocked', action: 'update', name: 'B', id: 'b', fieldChanges: [], reason: 'r' },
      ],
    });
    const json = planJson(
      makeReport({
        mode: 'apply',
        plan,
        apply: {
          ok: false,
          results: [{ change: CREATE, status: 'failed', error: 'limit reached', httpStatus: 403 }],
        },
        failure: { reason: 'apply-failed', message: '1 failed' },
      }),
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(JSON.stringify(json)).not.toContain('undefined');
  });

  it('adds the results after an apply', () => {
    const json = planJson(
      makeReport({
        mode: 'apply',
        dryRun: false,
        plan: makePlan({ changes: [CREATE, UPDATE] }),
        apply: {
          ok: false,
          results: [
            { change: CREATE, status: 'done', id: 'new-1' },
            { change: UPDATE, status: 'failed', error: 'not the owner', httpStatus: 403 },
          ],
        },
      }),
    ) as { results: unknown };
    expect(json.results).toEqual([
      { kind: 'create', name: 'Founders', id: 'new-1', status: 'done' },
      {
        kind: 'update',
        name: 'Developers',
        id: 'id-update',
        status: 'failed',
        error: 'not the owner',
        httpStatus: 403,
      },
    ]);
  });

  it('leaves results out without an apply', () => {
    expect(planJson(makeReport({ plan: makePlan() }))).not.toHaveProperty('results');
  });

  it('gives null plan fields when no plan was made', () => {
    const problem = {
      file: 'a.yml',
      line: 1,
      column: 2,
      severity: 'error' as const,
      rule: 'yaml',
      message: 'bad',
    };
    expect(
      planJson(
        makeReport({
          mode: 'validate',
          workspace: undefined,
          problems: [problem],
          failure: { reason: 'invalid', message: '1 error' },
        }),
      ),
    ).toEqual({
      schemaVersion: 1,
      mode: 'validate',
      dryRun: true,
      workspace: null,
      hasChanges: false,
      fingerprint: null,
      counts: null,
      guard: null,
      changes: [],
      blocked: [],
      conflicts: [],
      kept: [],
      problems: [problem],
      failure: { reason: 'invalid', message: '1 error' },
    });
  });
});

describe('toJson', () => {
  it('drops undefined properties and turns undefined items and non-finite numbers into null', () => {
    expect(toJson({ a: undefined, b: [undefined, 1, Number.NaN], c: { d: Infinity } })).toEqual({
      b: [null, 1, null],
      c: { d: null },
    });
  });
});
