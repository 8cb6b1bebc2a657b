import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/model.js';
import { sameValue } from '../../src/plan/index.js';

const gender = (female: number, male: number, nonBinary = 0.07, preferNotToSay = 0.03) => ({
  female,
  male,
  nonBinary,
  preferNotToSay,
});

describe('sameValue', () => {
  const cases: [string, ProfileField, unknown, unknown, boolean][] = [
    ['set fields ignore order', 'interests', ['a', 'b'], ['b', 'a'], true],
    ['set fields trim their items', 'needs', [' a', 'b '], ['a', 'b'], true],
    ['set fields ignore repeats', 'painPoints', ['a', 'a', 'b'], ['b', 'a'], true],
    ['set fields see an added item', 'interests', ['a'], ['a', 'b'], false],
    ['set fields see a changed item', 'interests', ['a', 'b'], ['a', 'c'], false],
    ['set fields are case-sensitive', 'interests', ['AI'], ['ai'], false],
    ['set fields see an empty list', 'interests', [], ['a'], false],
    ['set fields: the same list item for item', 'needs', ['a', ' b'], ['a', 'b'], true],
    ['set fields: one item repeated for another', 'needs', ['a', 'a', 'b'], ['a', 'b', 'b'], true],
    ['set fields: the same length, another item', 'needs', ['a', 'b', 'b'], ['a', 'b', 'c'], false],
    ['numbers within 1e-9', 'minAge', 25, 25 + 5e-10, true],
    ['numbers beyond 1e-9', 'minAge', 25, 25 + 1e-8, false],
    ['strings after trimming', 'residence', ' Berlin ', 'Berlin', true],
    ['strings are case-sensitive', 'country', 'US', 'us', false],
    ['inner spaces matter', 'residence', 'New  York', 'New York', false],
    [
      'gender shares within 1e-9',
      'genderDistribution',
      gender(0.1 + 0.2, 0.6),
      gender(0.3, 0.6),
      true,
    ],
    [
      'gender shares beyond 1e-9',
      'genderDistribution',
      gender(0.31, 0.59),
      gender(0.3, 0.6),
      false,
    ],
    [
      'gender ignores keys the schema does not define',
      'genderDistribution',
      { ...gender(0.3, 0.6), other: 0 },
      gender(0.3, 0.6),
      true,
    ],
    [
      'gender sees a missing share',
      'genderDistribution',
      { female: 0.3, male: 0.6 },
      gender(0.3, 0.6),
      false,
    ],
    ['booleans exactly', 'shared', true, true, true],
    ['booleans differ', 'shared', true, false, false],
    ['a boolean is not a truthy string', 'shared', true, 'true', false],
    ['missing on one side differs', 'country', undefined, 'US', false],
    ['null counts as missing', 'country', null, undefined, true],
    ['null differs from a value', 'country', null, 'US', false],
    ['a number is not its string', 'minAge', 25, '25', false],
  ];

  it.each(cases)('%s', (_label, field, a, b, expected) => {
    expect(sameValue(field, a, b)).toBe(expected);
    expect(sameValue(field, b, a)).toBe(expected);
  });
});
