/**
 * The one set of parsers behind the Action's inputs and the CLI's flags
 * (`src/settings.ts`), and the CLI's reading of its flags and variables through them.
 */
import { describe, expect, it } from 'vitest';
import { readSyncOptions } from '../../src/commands/sync.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_DELETES,
  LIMITS,
  parseBooleanSetting,
  parseByteSizeSetting,
  parseListEntries,
  parseListSetting,
  parseWholeNumberSetting,
  SettingError,
} from '../../src/settings.js';

describe('parseBooleanSetting', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' false ', false],
    ['False', false],
    ['FALSE', false],
    ['', undefined],
    ['  ', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseBooleanSetting(value, '--prune')).toBe(expected);
  });

  it.each(['1', '0', 'yes', 'on', 'tRuE', 'truee'])('refuses %j, naming the setting', (value) => {
    expect(() => parseBooleanSetting(value, '--prune')).toThrow(SettingError);
    expect(() => parseBooleanSetting(value, '--prune')).toThrow(
      `--prune must be \`true\` or \`false\`, got \`${value}\``,
    );
  });
});

describe('parseWholeNumberSetting', () => {
  it.each([
    ['0', 0],
    ['10', 10],
    [' 7 ', 7],
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseWholeNumberSetting(value, '--max-deletes', LIMITS.maxDeletes)).toBe(expected);
  });

  it.each(['0x10', '1e3', '+4', '4.0', '-1', 'ten', '9007199254740993'])('refuses %j', (value) => {
    expect(() => parseWholeNumberSetting(value, '--max-deletes', LIMITS.maxDeletes)).toThrow(
      `--max-deletes must be a whole number ≥ 0, got \`${value}\``,
    );
  });

  it('keeps concurrency within its limits', () => {
    expect(parseWholeNumberSetting('32', 'c', LIMITS.concurrency)).toBe(32);
    for (const value of ['0', '33', '1000']) {
      expect(() => parseWholeNumberSetting(value, 'c', LIMITS.concurrency)).toThrow(
        `c must be a whole number from 1 to 32, got \`${value}\``,
      );
    }
  });
});

describe('parseListSetting and parseListEntries', () => {
  it('drops blank lines and # comment lines, and trims', () => {
    expect(
      parseListSetting('  Legacy *\n\n# a comment\r\nPartner *  \n   # indented comment\n'),
    ).toEqual(['Legacy *', 'Partner *']);
    expect(parseListEntries(['Legacy *', '# not a glob', '  ', ' Partner * '])).toEqual([
      'Legacy *',
      'Partner *',
    ]);
    expect(parseListSetting(undefined)).toEqual([]);
  });
});

describe('parseByteSizeSetting', () => {
  it.each([
    ['1048576', 1048576],
    ['512KiB', 512 * 1024],
    ['2 MiB', 2 * 1024 * 1024],
    ['100b', 100],
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseByteSizeSetting(value, '--max-file-size')).toBe(expected);
  });

  it.each(['0', '1.5MiB', '1MB', '0x10', '1e6'])('refuses %j', (value) => {
    expect(() => parseByteSizeSetting(value, '--max-file-size')).toThrow(SettingError);
  });
});

describe("the CLI's sync options", () => {
  it('takes flags over variables over defaults', () => {
    expect(readSyncOptions({}, {})).toEqual({
      prune: false,
      ignore: [],
      maxDeletes: DEFAULT_MAX_DELETES,
      concurrency: DEFAULT_CONCURRENCY,
    });
    const env = {
      AUDIENCE_SYNC_PRUNE: 'true',
      AUDIENCE_SYNC_IGNORE: 'A *\n# comment\nB *',
      AUDIENCE_SYNC_MAX_DELETES: '3',
      AUDIENCE_SYNC_CONCURRENCY: '2',
    };
    expect(readSyncOptions({}, env)).toEqual({
      prune: true,
      ignore: ['A *', 'B *'],
      maxDeletes: 3,
      concurrency: 2,
    });
    expect(
      readSyncOptions({ prune: false, ignore: ['C *'], 'max-deletes': '0', concurrency: '8' }, env),
    ).toEqual({ prune: false, ignore: ['C *'], maxDeletes: 0, concurrency: 8 });
  });

  it('names the flag or the variable that is wrong', () => {
    expect(() => readSyncOptions({ concurrency: '1000' }, {})).toThrow(
      '--concurrency must be a whole number from 1 to 32, got `1000`',
    );
    expect(() => readSyncOptions({}, { AUDIENCE_SYNC_CONCURRENCY: '0x10' })).toThrow(
      'AUDIENCE_SYNC_CONCURRENCY must be a whole number from 1 to 32, got `0x10`',
    );
    expect(() => readSyncOptions({}, { AUDIENCE_SYNC_PRUNE: '1' })).toThrow(
      'AUDIENCE_SYNC_PRUNE must be `true` or `false`, got `1`',
    );
  });
});
