/**
 * The runner protocol module: what it writes to the log, to `GITHUB_OUTPUT` and to the
 * job summary, exactly, over real files in a scratch folder. The e2e suite
 * (`test/action/`) runs the built Action against the same protocol.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createRunner,
  escapeData,
  escapeProperty,
  parseBoolean,
  RunnerFileError,
  RunnerOutputError,
} from '../../src/github/runner.js';
import { parseOutputs } from '../action/harness.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-runner-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A runner over `env`, keeping what it logs (one entry per write) and the exit codes it set. */
function harness(env: NodeJS.ProcessEnv = {}, delimiter?: () => string) {
  const log: string[] = [];
  const exitCodes: number[] = [];
  const runner = createRunner({
    env,
    write: (text) => log.push(text),
    setExitCode: (code) => exitCodes.push(code),
    delimiter,
  });
  return { runner, log, exitCodes };
}

describe('escaping', () => {
  test('a message escapes %, CR and LF, and % first so a literal %0A stays literal', () => {
    expect(escapeData('50% done\r\nnext %0A')).toBe('50%25 done%0D%0Anext %250A');
  });

  test('a property also escapes : and ,', () => {
    expect(escapeProperty('C:\\a,b\n%')).toBe('C%3A\\a%2Cb%0A%25');
  });

  test('annotations escape their message as data and their properties as properties', () => {
    const { runner, log } = harness();
    runner.error('bad: 100%\r\n::add-mask::x', {
      title: 'audience-sync rule, with: colon',
      file: 'audiences/a:b,c.yml',
      startLine: 3,
      endLine: 4,
      startColumn: 1,
      endColumn: 9,
    });
    expect(log).toEqual([
      `::error title=audience-sync rule%2C with%3A colon,file=audiences/a%3Ab%2Cc.yml,line=3,endLine=4,col=1,endColumn=9::bad: 100%25%0D%0A::add-mask::x${EOL}`,
    ]);
  });

  test('warning and notice leave out unset properties, and take none at all', () => {
    const { runner, log } = harness();
    runner.warning('w', { file: 'x.yml', startLine: 2 });
    runner.notice('n: a, b');
    expect(log).toEqual([`::warning file=x.yml,line=2::w${EOL}`, `::notice::n: a, b${EOL}`]);
  });

  test('debug, add-mask and group names are escaped as data', () => {
    const { runner, log } = harness();
    runner.debug('a\nb');
    runner.setSecret('p%ss\nword');
    expect(log).toEqual([`::debug::a%0Ab${EOL}`, `::add-mask::p%25ss%0Aword${EOL}`]);
  });

  test('info writes its text as it is: untrusted text is log.ts business', () => {
    const { runner, log } = harness();
    runner.info('50%\nnext');
    expect(log).toEqual([`50%\nnext${EOL}`]);
  });
});

describe('group', () => {
  test('wraps what fn logs and returns its value', async () => {
    const { runner, log } = harness();
    const value = await runner.group('Plan, 100%', async () => {
      runner.info('inside');
      return 42;
    });
    expect(value).toBe(42);
    expect(log).toEqual([`::group::Plan, 100%25${EOL}`, `inside${EOL}`, `::endgroup::${EOL}`]);
  });

  test('ends the group when fn throws, and passes the error on', async () => {
    const { runner, log } = harness();
    const boom = new Error('boom');
    await expect(
      runner.group('Apply', async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(log).toEqual([`::group::Apply${EOL}`, `::endgroup::${EOL}`]);
  });
});

describe('inputs', () => {
  test('reads INPUT_<NAME> with spaces as _ and upper case, trimmed; empty when unset', () => {
    const { runner } = harness({ 'INPUT_MAX-DELETES': '  7 \n', INPUT_MY_INPUT: 'x' });
    expect(runner.getInput('max-deletes')).toBe('7');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
  });

  test('booleans are the six spellings of the YAML 1.2 core schema, nothing else', () => {
    const spellings = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];
    expect(spellings.map(parseBoolean)).toEqual([true, true, true, false, false, false]);
    expect(['yes', 'tRUE', '1', ''].map(parseBoolean)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('setOutput', () => {
  test('multi-line values round-trip through the heredoc form', async () => {
    const file = join(dir, 'output');
    await writeFile(file, '');
    const { runner, log } = harness({ GITHUB_OUTPUT: file });
    const values = {
      plan: '{"a":1}\nsecond line\n\nfourth, after a blank',
      empty: '',
      tricky: 'x=y<<z\n::error::not a command here',
    };
    for (const [name, value] of Object.entries(values)) runner.setOutput(name, value);
    expect(parseOutputs(await readFile(file, 'utf8'))).toEqual(values);
    expect(log).toEqual([]);
  });

  test('each output gets its own random delimiter, one not in its value', async () => {
    const file = join(dir, 'output');
    const { runner } = harness({ GITHUB_OUTPUT: file });
    runner.setOutput('a', 'one');
    runner.setOutput('b', 'two');
    const lines = (await readFile(file, 'utf8')).split(EOL);
    const d1 = lines[0]?.replace(/^a<</, '');
    const d2 = lines[3]?.replace(/^b<</, '');
    expect(lines).toEqual([`a<<${d1}`, 'one', d1, `b<<${d2}`, 'two', d2, '']);
    expect(d1).toMatch(/^ghadelimiter_[0-9a-f]{32}$/);
    expect(d2).toMatch(/^ghadelimiter_[0-9a-f]{32}$/);
    expect(d1).not.toBe(d2);
  });

  test('refuses a value that contains the delimiter, and writes nothing', async () => {
    const file = join(dir, 'output');
    await writeFile(file, 'before\n');
    const { runner } = harness({ GITHUB_OUTPUT: file }, () => 'EOF');
    expect(() => runner.setOutput('plan', 'a\nEOF\nhas-changes<<X')).toThrow(RunnerOutputError);
    expect(await readFile(file, 'utf8')).toBe('before\n');
  });

  test('refuses a name the runner would read back as another one', async () => {
    const file = join(dir, 'output');
    const { runner } = harness({ GITHUB_OUTPUT: file }, () => 'EOF');
    for (const name of ['', 'a\nb', 'a=b', 'a<<b', 'xEOF']) {
      expect(() => runner.setOutput(name, 'v'), name).toThrow(RunnerOutputError);
    }
    expect(existsSync(file)).toBe(false);
  });

  test('creates the file GITHUB_OUTPUT names when it does not exist yet', async () => {
    const file = join(dir, 'not-yet');
    const { runner } = harness({ GITHUB_OUTPUT: file });
    runner.setOutput('deletes', '3');
    expect(parseOutputs(await readFile(file, 'utf8'))).toEqual({ deletes: '3' });
  });

  test('without GITHUB_OUTPUT, writes nothing and says so once', () => {
    const { runner, log } = harness({ GITHUB_OUTPUT: '' });
    runner.setOutput('a', '1');
    runner.setOutput('b', '2');
    expect(log).toEqual([
      `$GITHUB_OUTPUT is not set (not a GitHub Actions runner?): not written.${EOL}`,
    ]);
  });

  test('a file that cannot be written is a RunnerFileError naming the variable and path', () => {
    const file = join(dir, 'no-such-dir', 'output');
    const { runner } = harness({ GITHUB_OUTPUT: file });
    let caught: unknown;
    try {
      runner.setOutput('a', '1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RunnerFileError);
    expect(caught).toMatchObject({ variable: 'GITHUB_OUTPUT', path: file });
    expect((caught as Error).message).toMatch(
      new RegExp(`^could not append to \\$GITHUB_OUTPUT \\(${escapeRegExp(file)}\\): ENOENT`),
    );
  });
});

describe('job summary', () => {
  test('appends markdown as it is after what the file holds', async () => {
    const file = join(dir, 'summary.md');
    await writeFile(file, 'earlier step\n');
    const { runner } = harness({ GITHUB_STEP_SUMMARY: file });
    runner.appendSummary('# audience-sync\n\n');
    runner.appendSummary('- 100% | done');
    expect(await readFile(file, 'utf8')).toBe('earlier step\n# audience-sync\n\n- 100% | done');
  });

  test('creates a missing file; without the variable, says so once, apart from outputs', async () => {
    const file = join(dir, 'summary.md');
    const { runner } = harness({ GITHUB_STEP_SUMMARY: file });
    runner.appendSummary('x');
    expect(await readFile(file, 'utf8')).toBe('x');

    const unset = harness({});
    unset.runner.appendSummary('a');
    unset.runner.appendSummary('b');
    unset.runner.setOutput('c', '1');
    expect(unset.log).toEqual([
      `$GITHUB_STEP_SUMMARY is not set (not a GitHub Actions runner?): not written.${EOL}`,
      `$GITHUB_OUTPUT is not set (not a GitHub Actions runner?): not written.${EOL}`,
    ]);
  });
});

describe('setFailed', () => {
  test('sets exit code 1 and writes the message as an error annotation', () => {
    const { runner, log, exitCodes } = harness();
    runner.setFailed('2 errors\nin files');
    expect(exitCodes).toEqual([1]);
    expect(log).toEqual([`::error::2 errors%0Ain files${EOL}`]);
  });

  test('methods work unbound, as the seams pass them on', () => {
    const { runner, log } = harness();
    const { info, warning } = runner;
    info('i');
    warning('w');
    expect(log).toEqual([`i${EOL}`, `::warning::w${EOL}`]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
