import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../src/plan/index.js';

describe('ignore globs', () => {
  const cases: [string, string, boolean][] = [
    ['Legacy *', 'Legacy Team/EU', true],
    ['*', 'a/b/c', true],
    ['*/EU', 'Team/DE/EU', true],
    ['Legacy *', 'Legacy', false],
    ['Legacy*', 'Legacy', true],
    ['Legacy *', 'Old Legacy Team', false],
    ['legacy *', 'Legacy Team', false],
    ['Team ?', 'Team A', true],
    ['Team ?', 'Team /', true],
    ['Team ?', 'Team AB', false],
    ['Q[12] *', 'Q1 plan', true],
    ['Q[12] *', 'Q3 plan', false],
    ['Q[!12] *', 'Q3 plan', true],
    ['Q[^12] *', 'Q1 plan', false],
    ['Q[1-3]', 'Q2', true],
    ['Q[1-3]', 'Q4', false],
    ['* (old)', 'Campaign (old)', true],
    ['* (old)', 'Campaign old', false],
    ['{a,b}', '{a,b}', true],
    ['{a,b}', 'a', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['!Test', '!Test', true],
    ['a.b', 'axb', false],
    ['a|b', 'a', false],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['[unclosed', '[unclosed', true],
    ['Team', 'Team', true],
    ['Team', 'Team 2', false],
    ['*', '', true],
    ['$^', '$^', true],
    ['Ünïcødé *', 'Ünïcødé 🎉/x', true],
    ['?', '🎉', true],
  ];

  it.each(cases)('%j matches %j: %s', (glob, name, expected) => {
    expect(nameMatcher([glob])(name)).toBe(expected);
  });

  it('matches if any glob matches, and ignores blank lines and surrounding spaces', () => {
    const ignored = nameMatcher(['', '  Legacy *  ', 'Temp']);
    expect(['Legacy X', 'Temp', 'Other', ''].map(ignored)).toEqual([true, true, false, false]);
  });

  it('matches nothing with no globs', () => {
    expect(nameMatcher([])('anything')).toBe(false);
  });
});
