import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAudiences } from '../../src/config/index.js';
import type { Problem } from '../../src/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INVALID = 'test/fixtures/invalid';
const VALID = 'test/fixtures/valid';

async function problemsOf(...files: string[]): Promise<Problem[]> {
  const result = await loadAudiences(
    files.map((f) => `${INVALID}/${f}`),
    { cwd: root },
  );
  return result.problems;
}

/** One error, at the given place, whose message has all the given words. */
function expectOneError(
  problems: Problem[],
  file: string,
  line: number,
  column: number,
  rule: string,
  words: string[],
): void {
  expect(problems).toHaveLength(1);
  const [p] = problems;
  expect(p).toMatchObject({ file: `${INVALID}/${file}`, line, column, severity: 'error', rule });
  for (const word of words) expect(p?.message).toContain(word);
}

describe('invalid fixtures: one located error each', () => {
  it('a gender sum of 0.9 points at genderDistribution', async () => {
    expectOneError(
      await problemsOf('gender-sum-low.yml'),
      'gender-sum-low.yml',
      6,
      1,
      'gender-sum',
      ['genderDistribution sums to 0.9', 'must sum to 1'],
    );
  });

  it('a gender sum of 1.1 in a block mapping points at its key', async () => {
    expectOneError(
      await problemsOf('gender-sum-high.yml'),
      'gender-sum-high.yml',
      6,
      1,
      'gender-sum',
      ['sums to 1.1', 'must sum to 1'],
    );
  });

  it('a missing gender key points at the mapping that lacks it', async () => {
    expectOneError(
      await problemsOf('gender-missing-key.yml'),
      'gender-missing-key.yml',
      7,
      3,
      'missing-key',
      ["genderDistribution lacks 'nonBinary'", 'female, male, nonBinary and preferNotToSay'],
    );
  });

  it('an unknown key points at the key and suggests the near one, without a second "missing" error', async () => {
    expectOneError(await problemsOf('unknown-key.yml'), 'unknown-key.yml', 7, 1, 'unknown-key', [
      "unknown key 'intrests'",
      "did you mean 'interests'?",
    ]);
  });

  it('a wrong type points at the value and says what it must be', async () => {
    expectOneError(await problemsOf('wrong-type.yml'), 'wrong-type.yml', 4, 9, 'invalid-value', [
      "minAge is the text 'twenty-five'",
      'whole number from 0 to 120',
    ]);
  });

  it('minAge above maxAge points at minAge', async () => {
    expectOneError(
      await problemsOf('min-age-above-max.yml'),
      'min-age-above-max.yml',
      4,
      9,
      'age-order',
      ['minAge 50 is greater than maxAge 30', 'at most maxAge'],
    );
  });

  it('an age out of range points at the value', async () => {
    expectOneError(
      await problemsOf('age-out-of-range.yml'),
      'age-out-of-range.yml',
      5,
      9,
      'invalid-value',
      ['maxAge is 130', 'from 0 to 120'],
    );
  });

  it('an empty name points at the value', async () => {
    expectOneError(await problemsOf('empty-name.yml'), 'empty-name.yml', 2, 7, 'invalid-value', [
      'name is empty',
      '3 to 100 characters',
    ]);
  });

  it('the same name in two files is an error on the later one that names the first', async () => {
    const problems = await problemsOf('duplicate-name-a.yml', 'duplicate-name-b.yml');
    expectOneError(problems, 'duplicate-name-b.yml', 2, 7, 'duplicate-name', [
      "'Freelance designers' is already used",
      `${INVALID}/duplicate-name-a.yml:2`,
      'unique',
    ]);
  });

  it('either file of the duplicate pair alone is valid', async () => {
    expect(await problemsOf('duplicate-name-a.yml')).toEqual([]);
    expect(await problemsOf('duplicate-name-b.yml')).toEqual([]);
  });

  it("a name reused as another audience's previous name points at the list item", async () => {
    expectOneError(
      await problemsOf('previous-name-reused.yml'),
      'previous-name-reused.yml',
      19,
      33,
      'previous-name-in-use',
      ["previous name 'Wedding planners'", `${INVALID}/previous-name-reused.yml:2`],
    );
  });

  it('broken YAML syntax is one located error', async () => {
    expectOneError(await problemsOf('syntax-error.yml'), 'syntax-error.yml', 3, 12, 'yaml-syntax', [
      'invalid YAML',
      "quote a value that contains ': '",
    ]);
  });

  it('a duplicate key points at the second occurrence', async () => {
    expectOneError(
      await problemsOf('duplicate-key.yml'),
      'duplicate-key.yml',
      10,
      1,
      'duplicate-key',
      ["duplicate key 'residence'", 'only once'],
    );
  });

  it('an empty file declares no audience', async () => {
    expectOneError(await problemsOf('empty.yml'), 'empty.yml', 1, 1, 'empty-file', [
      'declares no audience',
    ]);
  });

  it('a document that is a list is an error at its start', async () => {
    expectOneError(
      await problemsOf('not-a-mapping.yml'),
      'not-a-mapping.yml',
      2,
      1,
      'not-a-mapping',
      ['is a list', 'must be a mapping'],
    );
  });

  it('a multi-document file with one bad document: one error, and the good documents load', async () => {
    const result = await loadAudiences([`${INVALID}/multi-document-one-bad.yml`], { cwd: root });
    expectOneError(result.problems, 'multi-document-one-bad.yml', 19, 9, 'invalid-value', [
      "shared is the text 'maybe'",
      'true or false',
    ]);
    expect(result.audiences.map((a) => [a.name, a.source.line])).toEqual([
      ['Piano teachers', 2],
      ['Music festival organisers', 21],
    ]);
  });

  it('no message uses validator jargon', async () => {
    const { problems } = await loadAudiences([INVALID], { cwd: root });
    expect(problems.length).toBeGreaterThan(10);
    for (const p of problems) {
      expect(p.message).not.toMatch(
        /must NOT|must have required|additional properties|instancePath|must match/,
      );
      expect(p.message.charAt(0)).toBe(p.message.charAt(0).toLowerCase());
    }
  });
});

describe('valid fixtures', () => {
  it('produce no problems and every audience', async () => {
    const result = await loadAudiences([VALID], { cwd: root });
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([
      `${VALID}/absent-name-only.yml`,
      `${VALID}/full-profile.yml`,
      `${VALID}/required-only.yml`,
      `${VALID}/two-documents.yml`,
    ]);
    expect(result.audiences.map((a) => [a.name, a.state, a.source.file, a.source.line])).toEqual([
      ['Black Friday 2023 shoppers', 'absent', `${VALID}/absent-name-only.yml`, 2],
      ['Dental practice owners', 'present', `${VALID}/full-profile.yml`, 2],
      ['Yoga studio owners', 'present', `${VALID}/required-only.yml`, 2],
      ['Craft brewery marketers', 'present', `${VALID}/two-documents.yml`, 3],
      ['Coffee roastery owners', 'present', `${VALID}/two-documents.yml`, 15],
    ]);
  });

  it('an absent audience with only a name is valid and carries only the name', async () => {
    const result = await loadAudiences([`${VALID}/absent-name-only.yml`], { cwd: root });
    expect(result.audiences).toEqual([
      {
        name: 'Black Friday 2023 shoppers',
        state: 'absent',
        fields: { name: 'Black Friday 2023 shoppers' },
        previousNames: [],
        source: { file: `${VALID}/absent-name-only.yml`, line: 2, column: 1 },
      },
    ]);
  });

  it('a full profile keeps every declared field; previous names are trimmed and de-duplicated', async () => {
    const result = await loadAudiences([`${VALID}/full-profile.yml`], { cwd: root });
    expect(result.audiences).toEqual([
      {
        name: 'Dental practice owners',
        state: 'present',
        fields: {
          name: 'Dental practice owners',
          residence: 'Cologne',
          country: 'DE',
          nativeLanguage: 'de',
          minAge: 35,
          maxAge: 64,
          genderDistribution: { female: 0.46, male: 0.5, nonBinary: 0.02, preferNotToSay: 0.02 },
          interests: ['practice management', 'patient experience', 'dental technology'],
          needs: ['patient newsletters', 'recall reminders that people read'],
          painPoints: ['staff shortage', 'little time for marketing'],
          shared: true,
          additionalInformation:
            'Owners of one or two practices, often running the marketing themselves.',
        },
        previousNames: ['Dentists', 'Dental clinic owners'],
        source: { file: `${VALID}/full-profile.yml`, line: 2, column: 1 },
      },
    ]);
  });

  it('only the declared fields are managed: optional ones left out stay out', async () => {
    const result = await loadAudiences([`${VALID}/required-only.yml`], { cwd: root });
    expect(Object.keys(result.audiences[0]?.fields ?? {})).toEqual([
      'name',
      'residence',
      'minAge',
      'maxAge',
      'genderDistribution',
      'interests',
      'needs',
      'painPoints',
    ]);
  });
});
