import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DesiredAudience, RemoteAudience } from '../../src/model.js';
import { buildPlan, canonicalJson, canonicalPlan, fingerprintPlan } from '../../src/plan/index.js';
import { absent, desired, options, remote, shuffled } from './factories.js';

const files: DesiredAudience[] = [
  desired('Created', { interests: ['AI', 'SEO', 'content'] }),
  desired('Updated', { maxAge: 50, needs: ['speed', 'scale'] }),
  desired('Renamed', { minAge: 30 }, { previousNames: ['Old name'] }),
  desired('Theirs', { maxAge: 60 }),
  desired('Twice'),
  absent('Gone'),
];
const world: RemoteAudience[] = [
  remote('Updated', {}, { id: 'u1' }),
  remote('Old name', {}, { id: 'r1' }),
  remote('Theirs', {}, { id: 't1', canUpdate: false }),
  remote('Twice', {}, { id: 'w1' }),
  remote('Twice', {}, { id: 'w2' }),
  remote('Gone', {}, { id: 'g1' }),
  remote('Stray', {}, { id: 's1' }),
];
const opts = options({ prune: true });
const reference = buildPlan(files, world, opts).fingerprint;

/** The same audiences, with every list field written in another order. */
function reordered(d: DesiredAudience): DesiredAudience {
  const fields = { ...d.fields };
  for (const key of ['interests', 'needs', 'painPoints'] as const) {
    const list = fields[key];
    if (list) fields[key] = [...list].reverse();
  }
  return { ...d, fields };
}

describe('fingerprint', () => {
  it('is 16 hex digits and covers every kind of entry in this plan', () => {
    const plan = buildPlan(files, world, opts);
    expect(reference).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.counts).toMatchObject({
      creates: 1,
      updates: 1,
      renames: 1,
      deletes: 2,
      blocked: 1,
      conflicts: 1,
    });
  });

  it('is the SHA-256 of the canonical plan as JSON, and the same in every version', () => {
    const plan = buildPlan(files, world, opts);
    const json = canonicalJson(canonicalPlan(plan));
    expect(plan.fingerprint).toBe(createHash('sha256').update(json).digest('hex').slice(0, 16));
    // A plan reviewed with one release is checked by the next (docs/plan.md): the same
    // plan must keep its fingerprint when the code that computes it changes.
    expect(reference).toBe('65a3785cd02ca539');
  });

  it('does not depend on the order of files, remote audiences or list items', () => {
    for (const seed of [1, 2, 3, 4]) {
      const plan = buildPlan(shuffled(files, seed).map(reordered), shuffled(world, seed + 7), opts);
      expect(plan.fingerprint).toBe(reference);
    }
  });

  it('does not depend on surrounding spaces or float noise in values', () => {
    const noisy = files.map((d) =>
      d.name === 'Updated'
        ? { ...d, fields: { ...d.fields, residence: ' Berlin ', maxAge: 50 + 1e-12 } }
        : d,
    );
    expect(buildPlan(noisy, world, opts).fingerprint).toBe(reference);
  });

  it('ignores sources, timestamps, no-op counts, the guard and the PUT body', () => {
    const moved = files.map((d) => ({
      ...d,
      source: { file: 'elsewhere.yml', line: 9, column: 3 },
    }));
    const retimed = world.map((r) => ({ ...r, updatedAt: '2030-01-01T00:00:00Z' }));
    const extraNoop = [...moved, desired('In sync')];
    const plan = buildPlan(
      extraNoop,
      [...retimed, remote('In sync')],
      options({ prune: true, maxDeletes: 0 }),
    );
    expect(plan.guard.tripped).toBe(true);
    expect(plan.fingerprint).toBe(reference);

    const { fingerprint: _, ...unsigned } = plan;
    const rebodied = {
      ...unsigned,
      changes: unsigned.changes.map((c) =>
        c.body ? { ...c, body: { ...c.body, additionalInformation: 'carried over' } } : c,
      ),
    };
    expect(fingerprintPlan(rebodied)).toBe(reference);
  });

  it('survives a JSON round-trip of the plan, as the plan output makes one', () => {
    const plan = buildPlan(files, world, opts);
    const { fingerprint: _, ...parsed } = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(fingerprintPlan(parsed)).toBe(reference);
  });

  it('changes when a value changes', () => {
    const changed = files.map((d) =>
      d.name === 'Updated' ? desired('Updated', { maxAge: 51, needs: ['speed', 'scale'] }) : d,
    );
    expect(buildPlan(changed, world, opts).fingerprint).not.toBe(reference);
  });

  it('changes when a remote before-value changes', () => {
    const changed = world.map((r) =>
      r.id === 'u1' ? remote('Updated', { minAge: 26 }, { id: 'u1' }) : r,
    );
    expect(buildPlan(files, changed, opts).fingerprint).not.toBe(reference);
  });

  it('changes when only the before value of a changing field changes', () => {
    // maxAge changes either way (to 50); only what it changes from differs, so the same
    // fields change to the same values and nothing but the before value can tell.
    const changed = world.map((r) =>
      r.id === 'u1' ? remote('Updated', { maxAge: 47 }, { id: 'u1' }) : r,
    );
    const before = buildPlan(files, world, opts);
    const after = buildPlan(files, changed, opts);
    const fields = (plan: typeof before) =>
      plan.changes.find((c) => c.id === 'u1')?.fieldChanges.map((fc) => [fc.field, fc.after]);
    expect(fields(after)).toEqual(fields(before));
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it('changes when a target id changes', () => {
    const changed = world.map((r) => (r.id === 's1' ? remote('Stray', {}, { id: 's2' }) : r));
    expect(buildPlan(files, changed, opts).fingerprint).not.toBe(reference);
  });

  it('changes when a blocked change or a conflict changes', () => {
    const blocked = files.map((d) => (d.name === 'Theirs' ? desired('Theirs', { maxAge: 61 }) : d));
    expect(buildPlan(blocked, world, opts).fingerprint).not.toBe(reference);
    const conflict = [...world, remote('Twice', {}, { id: 'w3' })];
    expect(buildPlan(files, conflict, opts).fingerprint).not.toBe(reference);
  });

  it('tells a delete by state: absent from a delete by prune', () => {
    const byAbsent = buildPlan([absent('Gone')], [remote('Gone', {}, { id: 'g1' })], options());
    const byPrune = buildPlan([], [remote('Gone', {}, { id: 'g1' })], options({ prune: true }));
    expect(byAbsent.changes.map((c) => c.id)).toEqual(byPrune.changes.map((c) => c.id));
    expect(byAbsent.fingerprint).not.toBe(byPrune.fingerprint);
  });
});
