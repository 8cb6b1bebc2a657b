/**
 * `apply` shows the plan, then asks; nothing is written before a yes. In process with an
 * injected question (yes, no, no terminal, --yes), and end to end: the built bundle on a
 * real pseudo-terminal (util-linux `script`), answered by typing y or n.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, RequestLogEntry } from '../emulator/types.js';
import {
  audienceYaml,
  CLI_BUNDLE as CLI,
  CLI_NODE,
  captureIO,
  emulatorEnv,
  makeTempDir,
  requireFreshCliBundle,
} from '../support/cli.js';

const isWrite = (e: RequestLogEntry) => e.path.includes('/audience-service/') && e.method !== 'GET';
const QUESTION = 'Apply 2 changes to workspace Acme Marketing (ws-1)? [y/N] ';

let emulator: Emulator;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  emulator = await startEmulator();
  ({ dir, cleanup } = await makeTempDir());
  // Two changes: an update and a create.
  emulator.seed([{ name: 'Drifted', maxAge: 50 }]);
  await mkdir(path.join(dir, 'audiences'));
  await writeFile(path.join(dir, 'audiences/a.yml'), audienceYaml('Drifted'));
  await writeFile(path.join(dir, 'audiences/b.yml'), audienceYaml('Created'));
});
afterEach(async () => {
  await emulator.close();
  await cleanup();
});

describe('apply asks before it writes (in process)', () => {
  function askingIO(answer: string) {
    const env = { ...emulatorEnv(emulator), NO_COLOR: '1' };
    const io = captureIO(emulator, dir, { isTTY: true, env });
    const asked: {
      question: string;
      printedBefore: string;
      errBefore: string;
      writesBefore: number;
    }[] = [];
    return Object.assign(io, {
      asked,
      ask: async (question: string) => {
        asked.push({
          question,
          printedBefore: io.out(),
          errBefore: io.err(),
          writesBefore: emulator.requests.filter(isWrite).length,
        });
        return answer;
      },
    });
  }

  it('y: the plan is printed, the question asked before any write, then the changes applied', async () => {
    const io = askingIO('y');
    expect(await runCli(['apply'], io)).toBe(0);
    expect(io.asked).toHaveLength(1);
    const [asked] = io.asked;
    expect(asked?.question).toBe(QUESTION);
    expect(asked?.printedBefore).toContain('~ update  Drifted');
    expect(asked?.printedBefore).toContain('+ create  Created');
    expect(asked?.writesBefore).toBe(0);
    expect(
      emulator.requests
        .filter(isWrite)
        .map((r) => r.method)
        .sort(),
    ).toEqual(['POST', 'PUT']);
  });

  it.each(['n', '', 'no', 'maybe'])('%j: nothing is written, and it says so', async (answer) => {
    const io = askingIO(answer);
    expect(await runCli(['apply'], io)).toBe(1);
    expect(io.err()).toBe('audience-sync apply: apply cancelled; nothing was written.\n');
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('without a terminal and without --yes: refuses, writes nothing, says how to go on', async () => {
    const io = captureIO(emulator, dir);
    expect(await runCli(['apply'], io)).toBe(1);
    expect(io.out()).toContain('Plan: 1 to create, 1 to update');
    expect(io.err()).toBe(
      'audience-sync apply: refusing to apply 2 changes without confirmation: stdin is not a terminal, so no one can answer; nothing was written.\n' +
        'Review the plan above, then re-run with --yes to apply it.\n',
    );
    expect(emulator.requests.filter(isWrite)).toEqual([]);
    expect(emulator.snapshot().map((a) => a.name)).toEqual(['Drifted']);
  });

  it('with --json, shows the plan on stderr before asking, and keeps stdout one JSON document', async () => {
    const io = askingIO('y');
    expect(await runCli(['apply', '--json'], io)).toBe(0);
    expect(io.asked[0]?.printedBefore).toBe('');
    expect(io.asked[0]?.errBefore).toContain('+ create  Created');
    expect(JSON.parse(io.out()).counts).toMatchObject({ creates: 1, updates: 1 });
  });

  it('--yes applies without asking, even where a question could be asked', async () => {
    const io = askingIO('n');
    expect(await runCli(['apply', '--yes'], io)).toBe(0);
    expect(io.asked).toEqual([]);
    expect(emulator.requests.filter(isWrite)).toHaveLength(2);
  });

  it('asks nothing when there is nothing to change', async () => {
    expect(await runCli(['apply', '--yes'], captureIO(emulator, dir))).toBe(0);
    const io = askingIO('n');
    expect(await runCli(['apply'], io)).toBe(0);
    expect(io.out()).toContain('No changes.');
    expect(io.asked).toEqual([]);
  });
});

/**
 * Runs the bundle under `script`, which gives it a pseudo-terminal for stdin and stdout,
 * and types `input` once the question is on the screen, as a person would.
 */
function onPty(args: string[], input: string): Promise<{ code: number; output: string }> {
  const command = [CLI_NODE, CLI, ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, ...emulatorEnv(emulator), NO_COLOR: '1' },
    });
    let output = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!typed && output.includes('[y/N]')) {
        typed = true;
        child.stdin.end(input);
      }
    });
    // A question that never comes must not leave the process behind: the pty's end
    // hangs up the CLI too.
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Plain `node dist/cli/index.js` with stdin from a pipe: no terminal. */
function piped(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      CLI_NODE,
      [CLI, ...args],
      { cwd: dir, env: { ...process.env, ...emulatorEnv(emulator) } },
      (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        });
      },
    );
    child.stdin?.end('y\n');
  });
}

describe('apply asks before it writes (the bundle, on a pseudo-terminal)', () => {
  beforeEach(requireFreshCliBundle);

  it('typing y applies', async () => {
    const { code, output } = await onPty(['apply'], 'y\n');
    expect(output).toContain(QUESTION);
    expect(output.indexOf('+ create  Created')).toBeLessThan(output.indexOf(QUESTION));
    expect(code).toBe(0);
    expect(emulator.requests.filter(isWrite)).toHaveLength(2);
  });

  it('typing n writes nothing', async () => {
    const { code, output } = await onPty(['apply'], 'n\n');
    expect(output).toContain(QUESTION);
    expect(output).toContain('apply cancelled; nothing was written.');
    expect(code).toBe(1);
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('Ctrl-C at the question is a no: nothing is written', async () => {
    const { code, output } = await onPty(['apply'], '\u0003');
    expect(output).toContain(QUESTION);
    expect(output).toContain('apply cancelled; nothing was written.');
    expect(code).toBe(1);
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('with stdin from a pipe, refuses even when it reads y, and writes nothing', async () => {
    const { code, stdout, stderr } = await piped(['apply']);
    expect(stdout).toContain('Plan: 1 to create, 1 to update');
    expect(stderr).toContain('refusing to apply 2 changes without confirmation');
    expect(code).toBe(1);
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('--yes applies with stdin from a pipe', async () => {
    const { code } = await piped(['apply', '--yes']);
    expect(code).toBe(0);
    expect(emulator.requests.filter(isWrite)).toHaveLength(2);
  });
});
