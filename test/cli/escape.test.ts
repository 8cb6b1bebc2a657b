/**
 * Remote text never reaches the terminal raw: workspace names and ids, API error
 * messages, export's skip reasons and bootstrap's "taken" error all carry a screen clear
 * (`ESC[2J`) and a clipboard write (OSC 52) here, and every byte the CLI prints is
 * checked for control, C1 and bidi characters. Real round trips to the emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeJson, terminalSafeStyled } from '../../src/cli/terminal.js';
import { runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import {
  audienceYaml,
  type CapturedIO,
  captureIO,
  fastConnect,
  makeTempDir,
} from '../support/cli.js';

const CLEAR = '\u001b[2J';
const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const BIDI = '\u202e';
const NEL = '\u0085';
const HOSTILE = `${CLEAR}${CLIPBOARD}${BIDI}${NEL}`;

/** Any character a terminal would act on, other than a line break. */
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectInert(io: CapturedIO): void {
  const printed = io.out() + io.err();
  expect(printed).not.toMatch(RAW_CONTROL);
  // The hostile text is still there for a person to read, escaped.
  expect(printed).toContain('\\x1b[2J');
  expect(printed).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
}

let emulator: Emulator | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await emulator?.close();
  await cleanup?.();
  emulator = undefined;
});

async function setup(options: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator(options);
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  return { emulator, dir: temp.dir };
}

describe('the CLI prints remote text inert', () => {
  it('in the "which workspace" list: names and ids', async () => {
    const { emulator, dir } = await setup({
      workspaces: [
        { id: 'ws-1', name: `Evil ${CLEAR}` },
        { id: `ws-2${CLIPBOARD}`, name: `Other ${BIDI}` },
      ],
    });
    const io = captureIO(emulator, dir);
    expect(await runCli(['export'], io, { connect: fastConnect })).toBe(1);
    expect(io.err()).toContain('The account can reach 2 workspaces');
    expectInert(io);
  });

  it('in an API error message', async () => {
    const { emulator, dir } = await setup();
    emulator.addFault({
      method: 'GET',
      path: 'target-audiences',
      action: { kind: 'status', status: 400, body: { message: `broken ${HOSTILE}` } },
    });
    const io = captureIO(emulator, dir);
    expect(await runCli(['export'], io, { connect: fastConnect })).toBe(1);
    expect(io.err()).toContain('→ 400: broken');
    expectInert(io);
  });

  it("in export's skip reasons", async () => {
    const { emulator, dir } = await setup();
    emulator.seed([
      { name: 'Twin', id: `id-a${CLEAR}` },
      { name: 'Twin', id: `id-b${CLIPBOARD}` },
      { name: 'Fine' },
    ]);
    const io = captureIO(emulator, dir);
    expect(await runCli(['export'], io, { connect: fastConnect })).toBe(0);
    expect(io.err()).toContain('warning: skipped');
    expectInert(io);
  });

  it('in bootstrap\'s "taken" error', async () => {
    const { emulator, dir } = await setup();
    emulator.seed([{ name: `Taken ${HOSTILE}`, id: `id${CLEAR}${CLIPBOARD}` }]);
    const io = captureIO(emulator, dir);
    const args = ['bootstrap', '--url', 'https://brand.example/', '--name', `Taken ${HOSTILE}`];
    expect(await runCli(args, io, { connect: fastConnect })).toBe(1);
    expect(io.err()).toContain('is taken');
    expectInert(io);
  });

  it('in the plan, in JSON too (which stays valid JSON)', async () => {
    const { emulator, dir } = await setup({
      workspaces: [{ id: `ws${CLIPBOARD}`, name: `W ${CLEAR}${NEL}` }],
    });
    const io = captureIO(emulator, dir);
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(`${dir}/audiences`);
    await writeFile(`${dir}/audiences/a.yml`, audienceYaml('Alpha'));
    const code = await runCli(['plan', '--json'], io, { connect: fastConnect });
    expect(io.err()).toBe('');
    expect(code).toBe(2);
    expect(io.out() + io.err()).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(io.out()).workspace).toEqual({
      id: `ws${CLIPBOARD}`,
      name: `W ${CLEAR}${NEL}`,
    });
  });
});

describe('terminalSafe', () => {
  it('escapes control, C1 and bidi characters and keeps line breaks', () => {
    expect(terminalSafe(`a${CLEAR}\nb${NEL}${BIDI}\u2066`)).toBe('a\\x1b[2J\nb\\x85\\u202e\\u2066');
  });

  it('keeps only colour sequences in styled text', () => {
    expect(terminalSafeStyled(`\u001b[32m+ create\u001b[0m  ${CLEAR}`)).toBe(
      '\u001b[32m+ create\u001b[0m  \\x1b[2J',
    );
  });

  it('writes JSON that parses back to the same value', () => {
    const value = { name: HOSTILE };
    const text = terminalSafeJson(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(text)).toEqual(value);
  });
});
