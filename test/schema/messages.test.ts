import { describe, expect, it } from 'vitest';
import {
  describeExpected,
  describePath,
  describeValue,
  editDistance,
  explainSchemaErrors,
  joinWords,
  suggestKey,
} from '../../src/schema/messages.js';
import { audienceSchema, validateAudienceSchema } from '../../src/schema/validator.js';

const KNOWN = Object.keys(audienceSchema.properties ?? {});

describe('suggestKey', () => {
  it('suggests the known key within two edits', () => {
    expect(suggestKey('intrests', KNOWN)).toBe('interests');
    expect(suggestKey('painpoint', KNOWN)).toBe('painPoints');
    expect(suggestKey('MinAge', KNOWN)).toBe('minAge');
    expect(suggestKey('neesd', KNOWN)).toBe('needs');
  });

  it('suggests nothing for a key that is not close', () => {
    expect(suggestKey('budget', KNOWN)).toBeUndefined();
    expect(suggestKey('ab', KNOWN)).toBeUndefined();
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('naem', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('words', () => {
  it('joins lists like a person would', () => {
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('names paths and values plainly', () => {
    expect(describePath([])).toBe('the document');
    expect(describePath(['genderDistribution', 'female'])).toBe('genderDistribution.female');
    expect(describePath(['interests', 2])).toBe('item 3 of interests');
    expect(describeValue('')).toBe('empty');
    expect(describeValue('   ')).toBe('blank');
    expect(describeValue(null)).toBe('empty');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('a mapping');
    expect(describeValue('x'.repeat(80))).toBe(`the text '${'x'.repeat(57)}...'`);
  });

  it('derives what a value must be from the schema', () => {
    const p = audienceSchema.properties ?? {};
    expect(p.minAge && describeExpected(p.minAge)).toBe('a whole number from 0 to 120');
    expect(p.name && describeExpected(p.name)).toBe('a text of 3 to 100 characters');
    expect(p.interests && describeExpected(p.interests)).toBe(
      'a list of at most 50 non-empty texts of at most 200 characters',
    );
    expect(p.state && describeExpected(p.state)).toBe('present or absent');
    expect(p.shared && describeExpected(p.shared)).toBe('true or false');
    expect(p.genderDistribution && describeExpected(p.genderDistribution)).toBe(
      'a mapping with the keys female, male, nonBinary and preferNotToSay',
    );
  });
});

describe('explainSchemaErrors', () => {
  it('gives one message per value even when several keywords fail on it', () => {
    const issues = explainSchemaErrors(validateAudienceSchema({ name: '', state: 'absent' }));
    expect(issues).toEqual([
      {
        path: ['name'],
        target: 'value',
        rule: 'invalid-value',
        message: 'name is empty; it must be a text of 3 to 100 characters',
      },
    ]);
  });

  it('turns list indexes into numbers and an unknown key into a key target', () => {
    const issues = explainSchemaErrors(
      validateAudienceSchema({ name: 'Alpha one', state: 'absent', needs: ['ok', 7], stat: 1 }),
    );
    expect(issues.map((i) => [i.path, i.target, i.rule])).toEqual([
      [['stat'], 'key', 'unknown-key'],
      [['needs', 1], 'value', 'invalid-value'],
    ]);
  });

  it('keeps a missing key when the unknown key is not a typo of it', () => {
    const issues = explainSchemaErrors(
      validateAudienceSchema({
        name: 'Alpha one',
        residence: 'Berlin',
        minAge: 1,
        maxAge: 2,
        genderDistribution: { female: 1, male: 0, nonBinary: 0, preferNotToSay: 0 },
        needs: [],
        painPoints: [],
        hobbies: [],
      }),
    );
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'unknown-key',
        "unknown key 'hobbies'; the known keys are name, residence, country, nativeLanguage, minAge, maxAge, genderDistribution, interests, needs, painPoints, shared, additionalInformation, previousNames and state",
      ],
      [
        'missing-key',
        "missing key 'interests'; an audience needs it unless its state is absent, e.g. interests: [AI, content marketing]",
      ],
    ]);
  });
});
