/**
 * The Action's inputs and the CLI's flags read the same strings the same way: each value
 * below goes through `getInputs` (the Action, its input source a map) and through the
 * CLI's flags and environment variables, and both must agree on the value, or both
 * refuse it with the same complaint.
 */
import { describe, expect, it } from 'vitest';
import { getInputs, InputError } from '../../src/action/inputs.js';
import { readBudget } from '../../src/commands/apply-safety.js';
import { readConnectionSettings } from '../../src/commands/connection.js';
import { fileLoadOptions } from '../../src/commands/files.js';
import { readSyncOptions } from '../../src/commands/sync.js';

type Setting = 'prune' | 'ignore' | 'max-deletes' | 'concurrency';
const FIELD = {
  prune: 'prune',
  ignore: 'ignore',
  'max-deletes': 'maxDeletes',
  concurrency: 'concurrency',
} as const;
const ENV = {
  prune: 'AUDIENCE_SYNC_PRUNE',
  ignore: 'AUDIENCE_SYNC_IGNORE',
  'max-deletes': 'AUDIENCE_SYNC_MAX_DELETES',
  concurrency: 'AUDIENCE_SYNC_CONCURRENCY',
} as const;

/** A value, or the complaint with the setting's name taken out. */
type Outcome = { value: unknown } | { refused: string };

function refusal(error: unknown, name: string): Outcome {
  if (!(error instanceof Error)) throw error;
  return { refused: error.message.replace(name, '<setting>') };
}

function viaAction(setting: Setting, text: string): Outcome {
  try {
    const inputs = getInputs({ getInput: (n) => (n === setting ? text : ''), setSecret: () => {} });
    return { value: inputs[FIELD[setting]] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return refusal(error, `input \`${setting}\``);
  }
}

/**
 * Through a flag: `--prune` is a switch with no value to parse, so its strings come only
 * from the environment; the Action's multi-line `ignore` is one `--ignore` per line.
 */
function viaCliFlag(setting: Exclude<Setting, 'prune'>, text: string): Outcome {
  const values = setting === 'ignore' ? { ignore: text.split('\n') } : { [setting]: text };
  try {
    return { value: readSyncOptions(values, {})[FIELD[setting]] };
  } catch (error) {
    return refusal(error, `--${setting}`);
  }
}

function viaCliEnv(setting: Setting, text: string): Outcome {
  try {
    return { value: readSyncOptions({}, { [ENV[setting]]: text })[FIELD[setting]] };
  } catch (error) {
    return refusal(error, ENV[setting]);
  }
}

const CASES: [Setting, string][] = [
  ['prune', 'true'],
  ['prune', 'True'],
  ['prune', 'FALSE'],
  ['prune', '1'],
  ['prune', 'yes'],
  ['prune', 'on'],
  ['max-deletes', '0'],
  ['max-deletes', '25'],
  ['max-deletes', '0x10'],
  ['max-deletes', '1e3'],
  ['max-deletes', '-1'],
  ['max-deletes', '2.5'],
  ['concurrency', '1'],
  ['concurrency', '32'],
  ['concurrency', '0'],
  ['concurrency', '33'],
  ['concurrency', '1000'],
  ['concurrency', '0x10'],
  ['concurrency', '1e1'],
  ['concurrency', '+4'],
  ['ignore', 'Legacy *'],
  ['ignore', 'Legacy *\n# kept by hand\n\nPartner *'],
  ['ignore', '# only a comment'],
];

describe('the same strings through the Action and the CLI', () => {
  it.each(CASES)('%s = %j', (setting, text) => {
    const action = viaAction(setting, text);
    expect(viaCliEnv(setting, text)).toEqual(action);
    if (setting !== 'prune') expect(viaCliFlag(setting, text)).toEqual(action);
  });

  it('agree on refusals too (the cases are not all accepted)', () => {
    const refused = CASES.filter(([s, t]) => 'refused' in viaAction(s, t));
    expect(refused.length).toBeGreaterThan(10);
  });

  it('agree on the defaults', () => {
    const action = getInputs({ getInput: () => '', setSecret: () => {} });
    const cli = readSyncOptions({}, {});
    expect(cli).toEqual({
      prune: action.prune,
      ignore: action.ignore,
      maxDeletes: action.maxDeletes,
      concurrency: action.concurrency,
    });
  });
});

/**
 * The settings read outside `readSyncOptions`: the time budget (`--timeout-minutes`, read
 * by `readBudget`) and the file size cap (`--max-file-size` and its variable, read by
 * `fileLoadOptions`).
 */
type Other = 'timeout-minutes' | 'max-file-size';
const OTHER_FIELD = {
  'timeout-minutes': 'timeoutMinutes',
  'max-file-size': 'maxFileBytes',
} as const;

function otherViaAction(setting: Other, text: string): Outcome {
  try {
    const inputs = getInputs({ getInput: (n) => (n === setting ? text : ''), setSecret: () => {} });
    return { value: inputs[OTHER_FIELD[setting]] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return refusal(error, `input \`${setting}\``);
  }
}

function otherViaCli(setting: Other, text: string, via: 'flag' | 'env'): Outcome {
  const name = via === 'flag' ? `--${setting}` : 'AUDIENCE_SYNC_MAX_FILE_SIZE';
  try {
    if (setting === 'timeout-minutes') {
      // A budget that starts at 0 ends at the minutes it was given.
      return { value: readBudget(text, 0).deadline / 60_000 };
    }
    const options =
      via === 'flag'
        ? fileLoadOptions(text, { cwd: process.cwd(), env: {} })
        : fileLoadOptions(undefined, { cwd: process.cwd(), env: { [name]: text } });
    return { value: options.maxFileBytes };
  } catch (error) {
    return refusal(error, name);
  }
}

const OTHER_CASES: [Other, string][] = [
  ['timeout-minutes', ''],
  ['timeout-minutes', '10'],
  ['timeout-minutes', ' 15 '],
  ['timeout-minutes', '0.5'],
  ['timeout-minutes', '360'],
  ['timeout-minutes', '361'],
  ['timeout-minutes', '0'],
  ['timeout-minutes', '0.0'],
  ['timeout-minutes', '-1'],
  ['timeout-minutes', '1e3'],
  ['timeout-minutes', '0x10'],
  ['timeout-minutes', '.5'],
  ['timeout-minutes', '+5'],
  ['timeout-minutes', 'Infinity'],
  ['timeout-minutes', 'ten'],
  ['max-file-size', ''],
  ['max-file-size', '1048576'],
  ['max-file-size', '512KiB'],
  ['max-file-size', '2mib'],
  ['max-file-size', '0'],
  ['max-file-size', '1e6'],
  ['max-file-size', '2MB'],
  ['max-file-size', '-1'],
];

describe('the time budget and the file size cap through the Action and the CLI', () => {
  it.each(OTHER_CASES)('%s = %j', (setting, text) => {
    const action = otherViaAction(setting, text);
    expect(otherViaCli(setting, text, 'flag')).toEqual(action);
    if (setting === 'max-file-size') expect(otherViaCli(setting, text, 'env')).toEqual(action);
  });

  it('agree on refusals too, and on fractions of a minute', () => {
    const refused = OTHER_CASES.filter(([s, t]) => 'refused' in otherViaAction(s, t));
    expect(refused.length).toBeGreaterThan(10);
    expect(otherViaAction('timeout-minutes', '0.5')).toEqual({ value: 0.5 });
    expect(otherViaAction('timeout-minutes', '')).toEqual({ value: 10 });
    expect(otherViaAction('max-file-size', '')).toEqual({ value: 1024 * 1024 });
  });
});

/** The credential URLs: the Action's `api-url` and the CLI's `--api-url`. */
function urlViaAction(text: string): Outcome {
  try {
    return {
      value: getInputs({ getInput: (n) => (n === 'api-url' ? text : ''), setSecret: () => {} })
        .apiUrl,
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return refusal(error, 'input `api-url`');
  }
}

function urlViaCli(text: string): Outcome {
  const env = { NEUROFLASH_CLIENT_ID: 'id', NEUROFLASH_CLIENT_SECRET: 'secret' };
  try {
    return { value: readConnectionSettings({ 'api-url': text }, env).apiUrl };
  } catch (error) {
    return refusal(error, '--api-url');
  }
}

describe('the credential URLs through the Action and the CLI', () => {
  it.each([
    'https://app.example.com/api/',
    'http://127.0.0.1:4010/api',
    'http://localhost:4010/api',
    'http://app.example.com/api',
    'http://10.0.0.5/api',
  ])('%s', (text) => {
    expect(urlViaCli(text)).toEqual(urlViaAction(text));
  });

  it('both refuse http:// to a host that is not loopback, before any request', () => {
    expect(urlViaAction('http://app.example.com/api')).toEqual({
      refused: expect.stringContaining('uses http:// to app.example.com, which is not loopback'),
    });
  });
});
