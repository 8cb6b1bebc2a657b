/**
 * The Action's inputs and the CLI's flags read the same strings the same way: each value
 * below goes through `getInputs` (the Action, its input source a map) and through the
 * CLI's flags and environment variables, and both must agree on the value, or both
 * refuse it with the same complaint.
 */
import { describe, expect, it } from 'vitest';
import { getInputs, InputError } from '../../src/action/inputs.js';
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
