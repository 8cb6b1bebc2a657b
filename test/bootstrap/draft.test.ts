import { describe, expect, it } from 'vitest';
import { DraftError, draftToProfile, normaliseShares, sumShares } from '../../src/export/draft.js';
import type { GenderDistribution } from '../../src/model.js';

const DRAFT = {
  name: 'Acme visitors',
  residence: 'Berlin',
  country: 'DE',
  minAge: 25,
  maxAge: 45,
  genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
  interests: ['marketing'],
  needs: ['clear pricing'],
  painPoints: ['tight budgets'],
};

/** A small deterministic generator, so the property check below is reproducible. */
function* randomShares(count: number): Generator<GenderDistribution> {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    const raw = [next(), next(), next() * 0.1, next() * 0.1];
    const total = raw.reduce((a, b) => a + b, 0);
    // Off from 1 by up to ±4%, like a rounding model would be.
    const off = 1 + (next() - 0.5) * 0.08;
    const [female = 0, male = 0, nonBinary = 0, preferNotToSay = 0] = raw.map(
      (r) => Math.round((r / total) * off * 1000) / 1000,
    );
    yield { female, male, nonBinary, preferNotToSay };
  }
}

describe('normaliseShares', () => {
  it('scales a draft that sums to 0.999 to four-decimal shares that sum to exactly 1', () => {
    const shares = normaliseShares({
      female: 0.5,
      male: 0.4,
      nonBinary: 0.07,
      preferNotToSay: 0.029,
    });
    expect(shares).toEqual({
      female: 0.5006,
      male: 0.4004,
      nonBinary: 0.07,
      preferNotToSay: 0.029,
    });
    expect(sumShares(shares)).toBe(1);
  });

  it('always sums to exactly 1 in key order, with shares in 0..1 and within 0.0003 of the scaled value', () => {
    const wrong: unknown[] = [];
    for (const draft of randomShares(1000)) {
      const total = sumShares(draft);
      const shares = normaliseShares(draft);
      const ok =
        sumShares(shares) === 1 &&
        (['female', 'male', 'nonBinary', 'preferNotToSay'] as const).every(
          (key) =>
            shares[key] >= 0 &&
            shares[key] <= 1 &&
            Math.abs(shares[key] - draft[key] / total) <= 3e-4 + 1e-12,
        );
      if (!ok) wrong.push({ draft, shares });
    }
    expect(wrong).toEqual([]);
  });

  it('never leaves the last share negative when the others round up', () => {
    const shares = normaliseShares({
      female: 0.33335,
      male: 0.33335,
      nonBinary: 0.33335,
      preferNotToSay: 0,
    });
    expect(shares.preferNotToSay).toBeGreaterThanOrEqual(0);
    expect(sumShares(shares)).toBe(1);
  });
});

describe('draftToProfile', () => {
  it('keeps the profile fields in schema order and drops what the schema does not know', () => {
    const { profile, fieldNotes } = draftToProfile({ ...DRAFT, audienceModelId: 'x', id: null });
    expect(Object.keys(profile)).toEqual([
      'name',
      'residence',
      'country',
      'minAge',
      'maxAge',
      'genderDistribution',
      'interests',
      'needs',
      'painPoints',
    ]);
    expect(profile).toEqual(DRAFT);
    expect(fieldNotes).toEqual({});
  });

  it('replaces the name when one is given, trimmed', () => {
    expect(draftToProfile(DRAFT, { name: '  Brand fans ' }).profile.name).toBe('Brand fans');
  });

  it('normalises shares off by rounding and notes it on the field', () => {
    const { profile, fieldNotes } = draftToProfile({
      ...DRAFT,
      genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.029 },
    });
    expect(profile.genderDistribution).toEqual({
      female: 0.5006,
      male: 0.4004,
      nonBinary: 0.07,
      preferNotToSay: 0.029,
    });
    expect(fieldNotes.genderDistribution).toBe(
      "audience-sync normalised these shares: the import's draft summed to 0.999 " +
        '(female 0.5, male 0.4, nonBinary 0.07, preferNotToSay 0.029), so they were scaled to sum to 1.',
    );
  });

  it('leaves shares within 1e-9 of 1 as the draft has them', () => {
    const shares = { female: 0.1, male: 0.2, nonBinary: 0.3, preferNotToSay: 0.4 };
    const { profile, fieldNotes } = draftToProfile({ ...DRAFT, genderDistribution: shares });
    expect(profile.genderDistribution).toEqual(shares);
    expect(fieldNotes).toEqual({});
  });

  it('refuses shares too far from 1, naming the sum', () => {
    const draft = {
      ...DRAFT,
      genderDistribution: { female: 0.5, male: 0.3, nonBinary: 0.07, preferNotToSay: 0.03 },
    };
    expect(() => draftToProfile(draft)).toThrow(
      "the draft's gender shares sum to 0.9, too far from 1 to be rounding (more than 0.05 off); set genderDistribution by hand",
    );
  });

  it('refuses shares with a missing or impossible key', () => {
    const draft = { ...DRAFT, genderDistribution: { female: 0.6, male: 0.4, nonBinary: -0.1 } };
    expect(() => draftToProfile(draft)).toThrow(
      "the draft's genderDistribution lacks a share between 0 and 1 for nonBinary, preferNotToSay",
    );
    expect(() => draftToProfile({ ...DRAFT, genderDistribution: [0.5, 0.5] })).toThrow(
      "the draft's genderDistribution is not a mapping of the four shares",
    );
  });

  it('invents nothing: names every missing required field at once', () => {
    const { residence: _r, needs: _n, name: _name, ...draft } = DRAFT;
    const error = (() => {
      try {
        draftToProfile({ ...draft, painPoints: null });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DraftError);
    expect((error as DraftError).problems).toEqual([
      'the draft lacks the required fields name, residence, needs, painPoints (give the name with --name); ' +
        'audience-sync does not invent values, so write them by hand or import from other pages',
    ]);
  });
});
