import { describe, expect, it } from 'vitest';
import {
  describeFieldChange,
  formatCount,
  formatProblemText,
  formatValue,
  hasChanges,
  listDelta,
  noChangesSentence,
  problemCounts,
  shortSha,
  summaryCounts,
} from '../../src/report/format.js';
import { CREATE, DELETE_PRUNE, makePlan, smallPlan, UPDATE } from './fixtures.js';

describe('formatValue', () => {
  it('quotes strings, so edges stay visible, with no JSON escapes inside', () => {
    expect(formatValue('residence', ' Berlin ')).toBe('" Berlin "');
    expect(formatValue('interests', ['B2B SaaS & "growth"'])).toBe('["B2B SaaS & "growth""]');
    // The line break stays a character: each sink shows it its own way (↵, \n).
    expect(formatValue('residence', 'a\nb')).toBe('"a\nb"');
  });

  it('shows numbers and booleans as they are', () => {
    expect(formatValue('minAge', 25)).toBe('25');
    expect(formatValue('shared', false)).toBe('false');
  });

  it('shows a missing value as (not set)', () => {
    expect(formatValue('country', undefined)).toBe('(not set)');
    expect(formatValue('country', null)).toBe('(not set)');
  });

  it('shows a list with each item quoted', () => {
    expect(formatValue('interests', ['AI', 'content, marketing'])).toBe(
      '["AI", "content, marketing"]',
    );
  });

  it('shows gender shares in the canonical order, with any extra key after', () => {
    expect(
      formatValue('genderDistribution', {
        preferNotToSay: 0.03,
        nonBinary: 0.07,
        male: 0.4,
        female: 0.5,
        other: 0,
      }),
    ).toBe('female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay 0.03 · other 0');
  });
});

describe('describeFieldChange', () => {
  it('shows a scalar change as old → new', () => {
    expect(describeFieldChange({ field: 'residence', before: 'Berlin', after: 'Munich' })).toBe(
      '"Berlin" → "Munich"',
    );
  });

  it('shows a list change as the items added and removed, compared trimmed', () => {
    expect(
      describeFieldChange({
        field: 'interests',
        before: ['AI', ' Rust'],
        after: ['Rust ', 'SEO', 'growth'],
      }),
    ).toBe('added "SEO", "growth"; removed "AI"');
  });

  it('shows only the side that has items', () => {
    expect(describeFieldChange({ field: 'needs', before: ['a'], after: ['a', 'b'] })).toBe(
      'added "b"',
    );
  });

  it('falls back to whole values when the remote lacks the list', () => {
    expect(describeFieldChange({ field: 'painPoints', before: undefined, after: ['x'] })).toBe(
      '(not set) → ["x"]',
    );
  });

  it('shows gender distributions on both sides', () => {
    expect(
      describeFieldChange({
        field: 'genderDistribution',
        before: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 },
        after: { female: 0.6, male: 0.4, nonBinary: 0, preferNotToSay: 0 },
      }),
    ).toBe(
      'female 0.5 · male 0.5 · nonBinary 0 · preferNotToSay 0 → female 0.6 · male 0.4 · nonBinary 0 · preferNotToSay 0',
    );
  });
});

describe('listDelta', () => {
  it('is undefined for a field that is not a list field', () => {
    expect(listDelta({ field: 'residence', before: 'a', after: 'b' })).toBeUndefined();
  });
});

describe('summaryCounts', () => {
  it('names the four writes always, blocked and conflicts when there are some', () => {
    expect(summaryCounts(smallPlan())).toBe(
      '1 to create, 1 to update, 1 to rename, 2 to delete, 1 blocked, 1 conflict; 12 unchanged',
    );
    expect(summaryCounts(makePlan({ changes: [CREATE], noops: 3 }))).toBe(
      '1 to create, 0 to update, 0 to rename, 0 to delete; 3 unchanged',
    );
  });

  it('separates thousands', () => {
    const plan = makePlan({ noops: 12_345 });
    expect(summaryCounts(plan)).toBe(
      '0 to create, 0 to update, 0 to rename, 0 to delete; 12,345 unchanged',
    );
  });
});

describe('hasChanges', () => {
  it('is false for an empty plan, even with kept audiences', () => {
    expect(
      hasChanges(makePlan({ kept: [{ name: 'x', id: '1', reason: 'owned by someone else' }] })),
    ).toBe(false);
  });

  it('is true for any change', () => {
    expect(hasChanges(makePlan({ changes: [UPDATE] }))).toBe(true);
    expect(hasChanges(makePlan({ changes: [DELETE_PRUNE] }))).toBe(true);
  });

  it('is true for a blocked change or a conflict alone', () => {
    expect(
      hasChanges(
        makePlan({
          blocked: [
            {
              kind: 'blocked',
              action: 'delete',
              name: 'x',
              id: '1',
              fieldChanges: [],
              reason: 'r',
            },
          ],
        }),
      ),
    ).toBe(true);
    expect(hasChanges(makePlan({ conflicts: [{ name: 'x', ids: ['1', '2'], reason: 'r' }] }))).toBe(
      true,
    );
  });
});

describe('small wordings', () => {
  it('says how many audiences are up to date, in singular and plural', () => {
    expect(noChangesSentence(makePlan({ noops: 1 }))).toBe('No changes. 1 audience is up to date.');
    expect(noChangesSentence(makePlan({ noops: 12 }))).toBe(
      'No changes. 12 audiences are up to date.',
    );
  });

  it('counts errors and warnings', () => {
    const problem = { file: 'a.yml', line: 1, column: 1, rule: 'r', message: 'm' };
    expect(problemCounts([])).toBe('no problems');
    expect(
      problemCounts([
        { ...problem, severity: 'error' },
        { ...problem, severity: 'error' },
        { ...problem, severity: 'warning' },
      ]),
    ).toBe('2 errors, 1 warning');
  });

  it('formats a problem the way compilers do', () => {
    expect(
      formatProblemText({
        file: 'audiences/a.yml',
        line: 3,
        column: 5,
        severity: 'error',
        rule: 'schema',
        message: 'unknown key "intrests"',
      }),
    ).toBe('audiences/a.yml:3:5: error: unknown key "intrests"');
  });

  it('separates thousands independent of locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1812)).toBe('1,812');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('abbreviates a full sha and leaves anything else alone', () => {
    expect(shortSha('0123456789abcdef0123456789abcdef01234567')).toBe('0123456');
    expect(shortSha('main')).toBe('main');
  });
});
