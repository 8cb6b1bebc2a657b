/**
 * What is left of a reviewed plan is not a change of plan: the reviewed plan, as the PR
 * comment records it, is compared with a fresh plan item by item (an audience, a field,
 * a before and an after value). Plans come from the real planner and the record makes
 * the round trip through the comment's hidden lines.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { formatCommentHead, formatMarker, parseLinesMarker } from '../../src/github/marker.js';
import { compareWithReview } from '../../src/github/review.js';
import type { Plan, RemoteAudience } from '../../src/model.js';
import { buildPlan, planLines } from '../../src/plan/index.js';
import { desired, options, remote } from '../plan/factories.js';

const files = [
  desired('Leaders', { maxAge: 50, minAge: 30 }),
  desired('Founders'),
  desired('New', {}, { previousNames: ['Old'] }),
];
const start = (): RemoteAudience[] => [
  remote('Leaders', {}, { id: 'l1' }),
  remote('Old', { maxAge: 40 }, { id: 'o1' }),
  remote('Gone', {}, { id: 'g1' }),
];
const plan = (remoteNow: RemoteAudience[]) => buildPlan(files, remoteNow, options({ prune: true }));

/** The reviewed plan as the apply after the merge reads it back from the comment. */
function recorded(reviewed: Plan) {
  const head = formatCommentHead({ key: 'k', fingerprint: reviewed.fingerprint }, reviewed);
  return { fingerprint: reviewed.fingerprint, lines: parseLinesMarker(`${head}\n**Plan**`) };
}

function edit(list: RemoteAudience[], id: string, fields: Record<string, unknown>) {
  return list.map((r) => (r.id === id ? { ...r, ...fields, raw: { ...r.raw, ...fields } } : r));
}

const reviewed = plan(start());

describe('compareWithReview', () => {
  test('the comment records the plan item by item', () => {
    const lines = recorded(reviewed).lines;
    expect(lines.kind === 'lines' && lines.plan?.changes.length).toBe(4);
  });

  test('an empty plan (a re-run after a converged apply) proceeds and says all was done', () => {
    const converged = plan([
      remote('Leaders', { maxAge: 50, minAge: 30 }, { id: 'l1' }),
      remote('Founders', {}, { id: 'f1' }),
      remote('New', {}, { id: 'o1' }),
    ]);
    expect(converged.changes).toEqual([]);
    const result = compareWithReview(recorded(reviewed), converged, 'fail');
    expect(result.change).toBeUndefined();
    expect([...result.done].sort()).toEqual(planLines(reviewed).sort());
  });

  test('the rest of a partial apply proceeds; the done changes are listed', () => {
    // The rename and the delete landed; the update and the create did not.
    const rest = plan([remote('Leaders', {}, { id: 'l1' }), remote('New', {}, { id: 'o1' })]);
    expect(rest.changes.map((c) => c.kind)).toEqual(['update', 'create']);
    const result = compareWithReview(recorded(reviewed), rest, 'fail');
    expect(result.change).toBeUndefined();
    expect(result.done).toEqual(['> Old → New [o1]: maxAge 40 → 45', '- Gone [g1] (prune)']);
  });

  test('a plan missing one field someone already set by hand proceeds, naming that field', () => {
    const result = compareWithReview(
      recorded(reviewed),
      plan(edit(start(), 'l1', { maxAge: 50 })),
      'fail',
    );
    expect(result.change).toBeUndefined();
    expect(result.done).toEqual(['~ Leaders [l1]: maxAge 45 → 50']);
  });

  test('a rename done by hand leaves its field update, which proceeds', () => {
    const result = compareWithReview(
      recorded(reviewed),
      plan(edit(start(), 'o1', { name: 'New' })),
      'fail',
    );
    expect(result.change).toBeUndefined();
    expect(result.done).toEqual(['> Old → New [o1]']);
  });

  test('a before value that moved is a changed plan', () => {
    const result = compareWithReview(
      recorded(reviewed),
      plan(edit(start(), 'l1', { maxAge: 47 })),
      'fail',
    );
    expect(result.change?.added).toEqual(['~ Leaders [l1]: minAge 25 → 30; maxAge 47 → 50']);
    expect(result.change?.removed).toEqual(['~ Leaders [l1]: minAge 25 → 30; maxAge 45 → 50']);
    expect(result.done).toEqual([]);
  });

  test('any other change is a changed plan', () => {
    const more = [...start(), remote('Stray', {}, { id: 's1' })];
    const result = compareWithReview(recorded(reviewed), plan(more), 'warn');
    expect(result.change).toMatchObject({ action: 'warn', added: ['- Stray [s1] (prune)'] });
  });

  test('a comment with lines only (an older version) compares line by line', () => {
    const linesOnly = {
      fingerprint: reviewed.fingerprint,
      lines: { kind: 'lines' as const, lines: planLines(reviewed) },
    };
    const rest = plan([remote('Leaders', {}, { id: 'l1' }), remote('New', {}, { id: 'o1' })]);
    expect(compareWithReview(linesOnly, rest, 'fail')).toEqual({
      done: ['> Old → New [o1]: maxAge 40 → 45', '- Gone [g1] (prune)'],
    });
    expect(
      compareWithReview(linesOnly, plan(edit(start(), 'l1', { maxAge: 50 })), 'fail').change,
    ).toBeDefined();
  });

  test('a comment too large to record its lines passes only an empty plan', () => {
    const tooLarge = { fingerprint: 'other', lines: { kind: 'too-large' as const } };
    const empty = buildPlan([], [], options());
    expect(compareWithReview(tooLarge, empty, 'fail').change).toBeUndefined();
    expect(compareWithReview(tooLarge, reviewed, 'fail').change?.reviewedLines).toBe('too-large');
  });
});

describe('the recorded plan', () => {
  /** `n` creates with names that barely compress, so the record grows with `n`. */
  const noisy = (n: number) =>
    buildPlan(
      Array.from({ length: n }, (_, i) =>
        desired(createHash('sha256').update(String(i)).digest('hex')),
      ),
      [],
      options(),
    );
  const read = (p: Plan) => parseLinesMarker(formatCommentHead({ key: 'k' }, p));

  test('keeps the items while they fit, then the lines alone, then only their count', () => {
    const small = read(noisy(100));
    expect(small.kind === 'lines' && small.plan?.changes).toHaveLength(100);
    const medium = read(noisy(150));
    expect(medium).toEqual({ kind: 'lines', lines: planLines(noisy(150)) });
    expect(read(noisy(400))).toEqual({ kind: 'too-large', count: 400 });
  });

  test('a recorded plan of the wrong shape is read as lines only', () => {
    const encode = (value: unknown) =>
      `${formatMarker({ key: 'k' })}\n<!-- audience-sync:lines data=${gzipSync(JSON.stringify(value)).toString('base64')} -->`;
    const plan = {
      changes: [{ kind: 'update', name: 1, fieldChanges: [] }],
      blocked: [],
      conflicts: [],
    };
    expect(parseLinesMarker(encode({ lines: ['~ A'], plan }))).toEqual({
      kind: 'lines',
      lines: ['~ A'],
    });
    const good = {
      changes: [{ kind: 'update', name: 'A', fieldChanges: [] }],
      blocked: [],
      conflicts: [],
    };
    expect(parseLinesMarker(encode({ lines: ['~ A'], plan: good }))).toEqual({
      kind: 'lines',
      lines: ['~ A'],
      plan: good,
    });
  });
});
