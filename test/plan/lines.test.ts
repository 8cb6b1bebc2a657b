import { describe, expect, it } from 'vitest';
import { buildPlan, diffPlanLines, planLines } from '../../src/plan/index.js';
import { absent, desired, options, remote, shuffled } from './factories.js';

const files = [
  desired(
    'Created',
    { interests: ['SEO', 'AI'] },
    { omit: ['country', 'nativeLanguage', 'shared'] },
  ),
  desired('Marketing leaders', { maxAge: 50, residence: 'Munich' }),
  desired('Renamed', { minAge: 30 }, { previousNames: ['Old name'] }),
  desired('Theirs', { maxAge: 60 }),
  desired('Twice'),
  absent('Gone'),
];
const world = [
  remote('Marketing leaders', {}, { id: 'u1' }),
  remote('Old name', {}, { id: 'r1' }),
  remote('Theirs', {}, { id: 't1', canUpdate: false }),
  remote('Twice', {}, { id: 'w2' }),
  remote('Twice', {}, { id: 'w1' }),
  remote('Gone', {}, { id: 'g1' }),
  remote('Stray', {}, { id: 's1' }),
];

describe('planLines', () => {
  it('writes one stable line per change, blocked change and conflict', () => {
    const plan = buildPlan(files, world, options({ prune: true }));
    expect(planLines(plan)).toEqual([
      '> Old name → Renamed [r1]: minAge 25 → 30',
      '~ Marketing leaders [u1]: residence "Berlin" → "Munich"; maxAge 45 → 50',
      '+ Created: residence "Berlin"; minAge 25; maxAge 45; genderDistribution {"female":0.5,"male":0.4,"nonBinary":0.07,"preferNotToSay":0.03}; interests ["AI","SEO"]; needs ["scale content production"]; painPoints ["manual workflows"]',
      '- Gone [g1] (state: absent)',
      '- Stray [s1] (prune)',
      '! Theirs [t1] blocked update: maxAge 45 → 60',
      '? Twice: conflict between w1, w2',
    ]);
  });

  it('writes a rename with no other change, a blocked delete and an unset value', () => {
    const plan = buildPlan(
      [
        desired('New', {}, { previousNames: ['Old'] }),
        absent('Locked'),
        desired('Info', { additionalInformation: 'B2B' }),
      ],
      [
        remote('Old', {}, { id: 'o1' }),
        remote('Locked', {}, { id: 'l1', canDelete: false }),
        remote('Info', {}, { id: 'i1' }),
      ],
      options(),
    );
    expect(planLines(plan)).toEqual([
      '> Old → New [o1]',
      '~ Info [i1]: additionalInformation (unset) → "B2B"',
      '! Locked [l1] blocked delete',
    ]);
  });

  it('gives the same lines for the plan read back from JSON', () => {
    const plan = buildPlan(files, world, options({ prune: true }));
    expect(planLines(JSON.parse(JSON.stringify(plan)))).toEqual(planLines(plan));
  });

  it('gives the same lines whatever the order of the inputs', () => {
    const reference = planLines(buildPlan(files, world, options({ prune: true })));
    for (const seed of [1, 2, 3]) {
      const plan = buildPlan(
        shuffled(files, seed),
        shuffled(world, seed + 3),
        options({ prune: true }),
      );
      expect(planLines(plan)).toEqual(reference);
    }
  });

  it('shows what differs between a reviewed plan and a fresh one', () => {
    const reviewed = planLines(buildPlan(files, world, options({ prune: true })));
    const edited = world.map((r) =>
      r.id === 'u1' ? remote('Marketing leaders', { maxAge: 47 }, { id: 'u1' }) : r,
    );
    const fresh = planLines(
      buildPlan(
        files,
        [...edited, remote('New stray', {}, { id: 'n1' })],
        options({ prune: true }),
      ),
    );
    expect(diffPlanLines(reviewed, fresh)).toEqual({
      removed: ['~ Marketing leaders [u1]: residence "Berlin" → "Munich"; maxAge 45 → 50'],
      added: [
        '~ Marketing leaders [u1]: residence "Berlin" → "Munich"; maxAge 47 → 50',
        '- New stray [n1] (prune)',
      ],
    });
  });
});

describe('diffPlanLines', () => {
  it('is empty for equal line sets in any order', () => {
    expect(diffPlanLines(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({ removed: [], added: [] });
  });

  it('counts repeated lines', () => {
    expect(diffPlanLines(['a', 'a', 'b'], ['a', 'b', 'b'])).toEqual({
      removed: ['a'],
      added: ['b'],
    });
  });

  it('keeps each side in its own order', () => {
    expect(diffPlanLines(['x', 'shared', 'w'], ['z', 'shared', 'y'])).toEqual({
      removed: ['x', 'w'],
      added: ['z', 'y'],
    });
  });
});
