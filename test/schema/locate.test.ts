import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locateOffset, type PathSegment, parseInstancePath } from '../../src/schema/locate.js';

const SOURCE = [
  'name: Alpha one', // 1
  'genderDistribution:', // 2
  '  female: 0.5', // 3
  '  male: 0.5', // 4
  'interests: [AI, content]', // 5
  'needs:', // 6
  '  - speed', // 7
  '  - { a: 1 }', // 8
  'painPoints:', // 9
  'base: &base { female: 1 }', // 10
  'copy: *base', // 11
  "'a/b': quoted", // 12
  '',
].join('\n');

function at(path: PathSegment[], target: 'key' | 'value' = 'value'): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(SOURCE, { lineCounter });
  const { line, col } = lineCounter.linePos(locateOffset(doc, path, target));
  return `${line}:${col}`;
}

describe('parseInstancePath', () => {
  it('splits a JSON Pointer and unescapes ~1 and ~0', () => {
    expect(parseInstancePath('')).toEqual([]);
    expect(parseInstancePath('/interests/2')).toEqual(['interests', '2']);
    expect(parseInstancePath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });
});

describe('locateOffset', () => {
  it('finds the document, a value, and a nested value in a block mapping', () => {
    expect(at([])).toBe('1:1');
    expect(at(['name'])).toBe('1:7');
    expect(at(['genderDistribution'])).toBe('3:3');
    expect(at(['genderDistribution', 'male'])).toBe('4:9');
  });

  it('finds a key instead of its value when asked', () => {
    expect(at(['genderDistribution'], 'key')).toBe('2:1');
    expect(at(['genderDistribution', 'male'], 'key')).toBe('4:3');
  });

  it('finds items of flow and block sequences by index', () => {
    expect(at(['interests', 1])).toBe('5:17');
    expect(at(['needs', 0])).toBe('7:5');
    expect(at(['needs', 1, 'a'])).toBe('8:10');
  });

  it('points at the key when nothing is written after it', () => {
    expect(at(['painPoints'])).toBe('9:1');
  });

  it('falls back to the deepest node that exists', () => {
    expect(at(['genderDistribution', 'nonBinary'])).toBe('3:3');
    expect(at(['interests', 9])).toBe('5:12');
    expect(at(['name', 'deeper'])).toBe('1:7');
  });

  it('follows an alias into its anchor', () => {
    expect(at(['copy'])).toBe('11:7');
    expect(at(['copy', 'female'])).toBe('10:23');
  });

  it('matches keys written with quotes and slashes', () => {
    expect(at(['a/b'], 'key')).toBe('12:1');
  });
});
