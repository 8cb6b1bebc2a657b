import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from '../../src/export/slug.js';

describe('slugify', () => {
  it.each([
    ['Marketing leaders', 'marketing-leaders'],
    ['Zürich Ärzte', 'zurich-arzte'],
    ['Café Owners', 'cafe-owners'],
    ['Straße & Gärten', 'strasse-garten'],
    ['Ølbryggeri Æble', 'olbryggeri-aeble'],
    ['EMEA / DACH leads', 'emea-dach-leads'],
    ['  --Spaced   out--  ', 'spaced-out'],
    ['🚀 Rocket founders', 'rocket-founders'],
    ['a: b', 'a-b'],
    ['123', '123'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('falls back to "audience" when nothing ASCII is left', () => {
    expect(slugify('東京 マーケティング')).toBe('audience');
    expect(slugify('🚀🚀')).toBe('audience');
    expect(slugify('   ')).toBe('audience');
  });

  it('never yields a Windows device name', () => {
    expect(slugify('CON')).toBe('con-audience');
    expect(slugify('Nul')).toBe('nul-audience');
    expect(slugify('com1')).toBe('com1-audience');
  });

  it('caps the length at 60 without a trailing dash', () => {
    const slug = slugify(`${'abcdefghi '.repeat(6)}tail`);
    expect(slug).toBe('abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi');
    expect(slugify(`${'x'.repeat(59)} yz`)).toBe('x'.repeat(59));
  });
});

describe('assignSlugs', () => {
  const items = [
    { id: 'id-3', name: 'cafe owners' },
    { id: 'id-1', name: 'Café Owners' },
    { id: 'id-2', name: 'Cafe-Owners' },
    { id: 'id-4', name: 'Marketing leaders' },
  ];

  it('suffixes colliding slugs in order of name (code points), then id', () => {
    expect(Object.fromEntries(assignSlugs(items))).toEqual({
      'id-2': 'cafe-owners',
      'id-1': 'cafe-owners-2',
      'id-3': 'cafe-owners-3',
      'id-4': 'marketing-leaders',
    });
  });

  it('gives the same slugs whatever the input order', () => {
    const reversed = Object.fromEntries(assignSlugs([...items].reverse()));
    expect(reversed).toEqual(Object.fromEntries(assignSlugs(items)));
  });

  it('breaks a tie between equal names by id', () => {
    const twins = [
      { id: 'b', name: 'Twin' },
      { id: 'a', name: 'Twin' },
    ];
    expect(Object.fromEntries(assignSlugs(twins))).toEqual({ a: 'twin', b: 'twin-2' });
  });

  it('does not reuse a suffixed slug that another name slugs to', () => {
    const tricky = [
      { id: '3', name: 'ab 2' },
      { id: '2', name: 'ab' },
      { id: '1', name: 'Ab' },
    ];
    // 'Ab' < 'ab' < 'ab 2': 'ab' takes 'ab-2', so 'ab 2', whose own slug that is, gets 'ab-2-2'.
    expect(Object.fromEntries(assignSlugs(tricky))).toEqual({
      '1': 'ab',
      '2': 'ab-2',
      '3': 'ab-2-2',
    });
  });
});
