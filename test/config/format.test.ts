import { describe, expect, it } from 'vitest';
import { formatProblem, formatSummary, sortProblems } from '../../src/config/index.js';
import type { DesiredAudience, LoadResult, Problem } from '../../src/model.js';

function problem(severity: Problem['severity'], file = 'a.yml', line = 3, column = 7): Problem {
  return { file, line, column, severity, rule: 'x', message: 'something is off; fix it' };
}

function result(problems: Problem[], audiences: number, files: number): LoadResult {
  const audience: DesiredAudience = {
    name: 'Alpha one',
    state: 'present',
    fields: { name: 'Alpha one' },
    previousNames: [],
    source: { file: 'a.yml', line: 1, column: 1 },
  };
  return {
    problems,
    audiences: Array.from({ length: audiences }, () => audience),
    files: Array.from({ length: files }, (_, i) => `f${i}.yml`),
  };
}

describe('formatProblem', () => {
  it('prints an error as file:line:col: message', () => {
    expect(formatProblem(problem('error'))).toBe('a.yml:3:7: something is off; fix it');
  });

  it('says "warning:" after the location of a warning', () => {
    expect(formatProblem(problem('warning'))).toBe('a.yml:3:7: warning: something is off; fix it');
  });
});

describe('formatSummary', () => {
  it('counts errors and warnings and files when anything is wrong', () => {
    const problems = [problem('error'), problem('error'), problem('warning')];
    expect(formatSummary(result(problems, 3, 14))).toBe('2 errors, 1 warning in 14 files');
  });

  it('uses the singular for one', () => {
    expect(formatSummary(result([problem('error')], 0, 1))).toBe('1 error in 1 file');
  });

  it('confirms valid files with the count of audiences', () => {
    expect(formatSummary(result([], 5, 3))).toBe('✓ 5 audiences in 3 files are valid');
    expect(formatSummary(result([], 1, 1))).toBe('✓ 1 audience in 1 file is valid');
  });

  it('groups thousands, as the plan and the reports do', () => {
    expect(formatSummary(result([], 10_000, 1_000))).toBe(
      '✓ 10,000 audiences in 1,000 files are valid',
    );
  });

  it('mentions warnings on valid files', () => {
    const problems = [problem('warning'), problem('warning')];
    expect(formatSummary(result(problems, 2, 1))).toBe(
      '✓ 2 audiences in 1 file are valid, with 2 warnings',
    );
  });
});

describe('sortProblems', () => {
  it('orders by file, then line, then column, keeping the order of equal positions', () => {
    const first = { ...problem('error', 'b.yml', 2, 1), message: 'first' };
    const second = { ...problem('error', 'b.yml', 2, 1), message: 'second' };
    const sorted = sortProblems([
      problem('error', 'b.yml', 10, 1),
      second,
      problem('error', 'a.yml', 9, 9),
      problem('error', 'b.yml', 2, 30),
      first,
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column}:${p.message}`)).toEqual([
      'a.yml:9:9:something is off; fix it',
      'b.yml:2:1:second',
      'b.yml:2:1:first',
      'b.yml:2:30:something is off; fix it',
      'b.yml:10:1:something is off; fix it',
    ]);
  });
});
