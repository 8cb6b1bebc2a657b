import { describe, expect, it } from 'vitest';
import { fieldDiffLines, plainValue, profileLines, wordDiffLines } from '../../src/report/diff.js';

describe('plainValue', () => {
  it('shows a string as written, quoting it only when its edges or emptiness would hide', () => {
    expect(plainValue('B2B SaaS & "growth"')).toBe('B2B SaaS & "growth"');
    expect(plainValue(' Berlin')).toBe('" Berlin"');
    expect(plainValue('')).toBe('""');
    expect(plainValue(undefined)).toBe('(not set)');
  });
});

describe('fieldDiffLines', () => {
  it('shows a scalar as a removed and an added line, leaving out a side that is not set', () => {
    expect(fieldDiffLines({ field: 'maxAge', before: 50, after: 55 })).toEqual([
      '- maxAge: 50',
      '+ maxAge: 55',
    ]);
    expect(fieldDiffLines({ field: 'country', before: undefined, after: 'US' })).toEqual([
      '+ country: US',
    ]);
  });

  it('shows only the shares of genderDistribution that moved, as the planner counts them', () => {
    expect(
      fieldDiffLines({
        field: 'genderDistribution',
        before: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
        // nonBinary moves within the planner's tolerance, and `other` is no share a file
        // can declare: neither is a change, so neither shows.
        after: {
          female: 0.5,
          male: 0.38,
          nonBinary: 0.0700000000001,
          preferNotToSay: 0.03,
          other: 0.02,
        },
      }),
    ).toEqual(['  genderDistribution:', '-   male: 0.4', '+   male: 0.38']);
  });

  it('shows the items a list loses and gains, not the items it keeps', () => {
    expect(fieldDiffLines({ field: 'needs', before: ['a', 'b'], after: ['b', 'c'] })).toEqual([
      '  needs:',
      '-   - a',
      '+   - c',
    ]);
  });
});

describe('wordDiffLines', () => {
  const words = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');

  it('shows each changed passage with five words of context either side', () => {
    const before = `${words(20)} old ${words(20, 20)}`;
    const after = `${words(20)} new ${words(20, 20)}`;
    expect(wordDiffLines(before, after)).toEqual([
      '-   …w15 w16 w17 w18 w19 old w20 w21 w22 w23 w24…',
      '+   …w15 w16 w17 w18 w19 new w20 w21 w22 w23 w24…',
    ]);
  });

  it('joins passages that are close, and sums up past four', () => {
    const base = words(200).split(' ');
    const changed = base.map((w, i) => (i % 20 === 10 ? `${w}x` : w));
    const lines = wordDiffLines(base.join(' '), changed.join(' '));
    expect(lines).toHaveLength(4 * 2 + 1);
    expect(lines.at(-1)).toBe('    … and 6 more changed passages');
    const near = wordDiffLines('a b c d e', 'a X c Y e');
    expect(near).toEqual(['-   a b c d e', '+   a X c Y e']);
  });
});

describe('profileLines', () => {
  it('lists a profile in the files’ field order, lists as items', () => {
    expect(profileLines('-', { interests: ['x'], name: 'A', minAge: 20 })).toEqual([
      '- name: A',
      '- minAge: 20',
      '- interests:',
      '-   - x',
    ]);
  });
});
