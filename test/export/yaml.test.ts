import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  audienceToYaml,
  pickProfile,
  profileToYaml,
  readsAsSameStringIn11,
} from '../../src/export/yaml.js';
import type { RemoteAudience } from '../../src/model.js';

function remote(raw: Record<string, unknown>): RemoteAudience {
  return {
    id: 'a1b2',
    name: String(raw.name),
    permissions: { canUpdate: true, canDelete: true },
    raw,
  };
}

const PROFILE = {
  name: 'Marketing leaders',
  residence: 'Berlin',
  minAge: 25,
  maxAge: 45,
  genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
  interests: ['AI', 'content marketing'],
  needs: ['scale content production'],
  painPoints: ['manual workflows'],
};

describe('audienceToYaml', () => {
  it('writes the profile fields in schema order under the schema comment, and nothing else', () => {
    const raw = {
      // Deliberately out of order, with read-only, unknown and null fields mixed in.
      id: 'a1b2',
      workspaceId: 'ws-1',
      createdAt: '2025-01-14T16:20:59Z',
      permissions: { canView: true, canUpdate: true, canDelete: true, canDuplicate: true },
      _embedded: { image: { id: 'img' } },
      somethingNew: 42,
      shared: false,
      country: 'US',
      nativeLanguage: null,
      ...PROFILE,
    };
    expect(
      audienceToYaml(remote(raw), { schemaPath: '../src/schema/audience.schema.json' }),
    ).toBe(`# yaml-language-server: $schema=../src/schema/audience.schema.json

name: Marketing leaders
residence: Berlin
country: US
minAge: 25
maxAge: 45
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests:
  - AI
  - content marketing
needs:
  - scale content production
painPoints:
  - manual workflows
shared: false
`);
  });

  it('puts a note under the schema line', () => {
    const text = audienceToYaml(remote(PROFILE), {
      schemaPath: 'https://example.test/s.json',
      note: 'Owned by another user.\nSecond line.',
    });
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# yaml-language-server: $schema=https://example.test/s.json',
      '# Owned by another user.',
      '# Second line.',
      '',
    ]);
  });

  const hostile = [
    'yes',
    'Yes',
    'No',
    'n',
    'on',
    'OFF',
    'y',
    'TRUE',
    'null',
    'Null',
    'yes please',
    '~',
    '123',
    '0x1F',
    '1_000',
    '1:20',
    '2001-12-14',
    '.inf',
    '3.0',
    ' padded ',
    'a: b',
    '# hash',
    'trailing #',
    '*star',
    '&anchor',
    '!tag',
    '- dash',
    '? question',
    '[bracket]',
    '{brace}',
    '@at',
    '`tick`',
    '%percent',
    'She said "hi" & it\'s fine',
    "'single'",
    'EMEA / DACH',
    '🚀 Rocket founders',
    '東京 マーケティング',
    'Zürich Ärzte',
    'line one\nline two',
    'ends with newline\n',
    ' lead\n  indented\ttab  ',
    'back\\slash',
  ];

  it.each(hostile)('round-trips %j exactly, in YAML 1.2 and 1.1', (text) => {
    const raw = {
      ...PROFILE,
      name: text,
      residence: text,
      interests: [text, 'plain'],
      additionalInformation: text,
    };
    const yaml = audienceToYaml(remote(raw), { schemaPath: 's.json' });
    const expected = pickProfile(raw);
    expect(parse(yaml)).toEqual(expected);
    // Readers that still speak YAML 1.1 (`yes` is true there) must see the same strings.
    expect(parse(yaml, { version: '1.1' })).toEqual(expected);
  });

  it('judges a text without a parse only where the parse agrees', () => {
    // The shortcut for words of letters and digits must give the parse's verdict: every
    // short text of these characters, and words the shortcut takes or must leave alone.
    const alphabet = ['a', 'e', 'n', 'o', 'y', 'N', 'O', 'Y', 'é', '0', '1', '_', '.', ':', ' '];
    const texts = new Set<string>(hostile);
    for (const a of alphabet) {
      texts.add(a);
      for (const b of alphabet) {
        texts.add(a + b);
        for (const c of alphabet) texts.add(a + b + c);
      }
    }
    for (const word of [
      'yes',
      'No',
      'ON',
      'off',
      'True',
      'NULL',
      'Null',
      'nan',
      'inf',
      'Infinity',
    ]) {
      for (const text of [word, `${word} 1`, `${word}1`, `1 ${word}`, `${word}  x`])
        texts.add(text);
    }
    for (const text of [
      'Audience 0042',
      'topic 3',
      'y2k',
      'e5',
      'x²',
      'Ⅻ',
      '٣ abc',
      'abc ٣',
      'Zürich 8001',
    ]) {
      texts.add(text);
    }
    const byParse = (text: string): boolean => {
      try {
        return parse(text, { version: '1.1', logLevel: 'silent' }) === text;
      } catch {
        return false;
      }
    };
    const disagree = [...texts].filter((text) => readsAsSameStringIn11(text) !== byParse(text));
    expect(disagree).toEqual([]);
  });

  it('keeps numbers exactly as received', () => {
    const raw = {
      ...PROFILE,
      minAge: 0,
      maxAge: 120,
      genderDistribution: {
        female: 0.123456789012345,
        male: 0.2,
        nonBinary: 1e-7,
        preferNotToSay: 0.676543110987655,
      },
    };
    expect(parse(audienceToYaml(remote(raw), { schemaPath: 's.json' }))).toEqual(raw);
  });

  it('takes the name from the list item when the raw resource lacks it', () => {
    const { name: _omitted, ...raw } = PROFILE;
    const audience: RemoteAudience = { ...remote(raw), name: 'From the list' };
    expect(parse(audienceToYaml(audience, { schemaPath: 's.json' })).name).toBe('From the list');
  });
});

describe('profileToYaml', () => {
  it('writes a field note as a comment right above that field', () => {
    const text = profileToYaml(PROFILE, {
      schemaPath: 's.json',
      fieldNotes: { genderDistribution: 'normalised by audience-sync' },
    });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('genderDistribution:'));
    expect(lines[at - 1]).toBe('# normalised by audience-sync');
    expect(parse(text)).toEqual(PROFILE);
  });
});
