/**
 * The CLI's manners: `--version`, "did you mean", exit codes in every help page, one
 * wording for invalid files, blocked changes named in `apply`, a 404 that names its URL,
 * and `plan --format markdown` as the exact comment body. Real round trips to the emulator.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { loadAudiences } from '../../src/config/load.js';
import { connect, planAgainst } from '../../src/engine.js';
import { renderMarkdown } from '../../src/report/index.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, RequestLogEntry } from '../emulator/types.js';
import {
  audienceYaml,
  type CapturedIO,
  captureIO,
  emulatorEnv,
  makeTempDir,
} from '../support/cli.js';

const OTHER_USER = '0b7e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const isWrite = (e: RequestLogEntry) => e.path.includes('/audience-service/') && e.method !== 'GET';

let emulator: Emulator;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  emulator = await startEmulator();
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await emulator.close();
  await cleanup();
});

async function writeAudiences(files: Record<string, string>): Promise<void> {
  await mkdir(path.join(dir, 'audiences'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await writeFile(path.join(dir, 'audiences', file), text);
  }
}

async function cli(
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<CapturedIO & { code: number }> {
  const io = captureIO(emulator, dir, env ? { env } : {});
  const code = await runCli(args, io);
  return Object.assign(io, { code });
}

describe('--version', () => {
  it("prints package.json's version and exits 0", async () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.out()).toBe(`${pkg.version}\n`);
  });
});

describe('did you mean', () => {
  it.each([
    [['plan', '--prnue'], 'audience-sync plan: unknown option --prnue; did you mean --prune?'],
    [
      ['apply', '--max-delete', '3'],
      'audience-sync apply: unknown option --max-delete; did you mean --max-deletes?',
    ],
    [['export', '--froce'], 'audience-sync export: unknown option --froce; did you mean --force?'],
    [['aply'], 'audience-sync: unknown command "aply"; did you mean apply?'],
    [['doctr'], 'audience-sync: unknown command "doctr"; did you mean doctor?'],
    [
      ['--verison'],
      'audience-sync: unknown option --verison before a command; did you mean --version?',
    ],
  ])('%j → the nearest name, in our own words', async (args, first) => {
    const run = await cli(args);
    expect(run.code).toBe(1);
    expect(run.err().split('\n')[0]).toBe(first);
    // Not parseArgs' text, and no unbalanced quote.
    expect(run.err()).not.toMatch(/Unknown option '|positional arguments/);
    expect(emulator.requests).toEqual([]);
  });

  it('suggests nothing for a word far from every name', async () => {
    const run = await cli(['plan', '--zzzzzzzz']);
    expect(run.err().split('\n')[0]).toBe('audience-sync plan: unknown option --zzzzzzzz');
  });

  it('words the other argument mistakes too', async () => {
    expect((await cli(['export', '--out'])).err()).toMatch(
      /^audience-sync export: option --out needs a value\n/,
    );
    expect((await cli(['export', '--force=yes'])).err()).toMatch(
      /^audience-sync export: option --force takes no value\n/,
    );
    expect((await cli(['export', 'stray'])).err()).toMatch(
      /^audience-sync export: unexpected argument "stray": this command takes options only\n/,
    );
  });
});

describe('help', () => {
  it.each(['validate', 'plan', 'apply', 'export', 'bootstrap', 'doctor'])(
    "%s's help lists its exit codes",
    async (command) => {
      const run = await cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.out()).toMatch(/\nExit codes: 0 [^\n]+, 1 /);
    },
  );

  it('the overview lists them too, and --version', async () => {
    const run = await cli(['--help']);
    expect(run.out()).toContain('Exit codes: 0 success, 2 plan found changes, 1 an error.');
    expect(run.out()).toContain('--version');
  });
});

describe('invalid files', () => {
  it('validate, plan and apply word the problems alike, say nothing was written, and write nothing', async () => {
    await writeAudiences({ 'a.yml': `${audienceYaml('Broken')}intrests: [typo]\n` });
    const expected =
      "audiences/a.yml:9:1: unknown key 'intrests'; did you mean 'interests'?\n" +
      '1 error in 1 file; nothing was written.\n';
    for (const command of ['validate', 'plan', 'apply']) {
      const run = await cli([command]);
      expect(run.code).toBe(1);
      expect(run.out()).toBe(expected);
      expect(run.err()).toBe('');
    }
    // plan and apply may start their reads while the files are checked; never a write.
    expect(
      emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/oauth/')),
    ).toEqual([]);
  });
});

describe('apply with blocked changes', () => {
  it('applies what it may, then names each blocked change with its reason, and exits 1', async () => {
    emulator.seed([
      { name: 'Theirs', maxAge: 50, createdByUserId: OTHER_USER },
      { name: 'Mine', maxAge: 50 },
    ]);
    await writeAudiences({ 'a.yml': audienceYaml('Theirs'), 'b.yml': audienceYaml('Mine') });

    const run = await cli(['apply', '--yes']);

    expect(run.code).toBe(1);
    expect(run.out()).toContain('Applied: 1 done.');
    // After the progress line of the one change that was applied.
    expect(run.err()).toMatch(
      /\naudience-sync apply: 1 change could not be applied:\n {2}blocked update "Theirs": [^\n]+\nBlocked changes need the owner/,
    );
    expect(emulator.requests.filter(isWrite).map((r) => r.method)).toEqual(['PUT']);
  });

  it('with only blocked changes, writes nothing and still names them', async () => {
    emulator.seed([{ name: 'Theirs', maxAge: 50, createdByUserId: OTHER_USER }]);
    await writeAudiences({ 'a.yml': audienceYaml('Theirs') });
    const run = await cli(['apply', '--yes']);
    expect(run.code).toBe(1);
    expect(run.err()).toContain('blocked update "Theirs": ');
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });
});

describe('a wrong --api-url', () => {
  it('names the URL that gave 404 and suggests the base with /api', async () => {
    await writeAudiences({ 'a.yml': audienceYaml('Fresh') });
    const run = await cli(['plan', '--api-url', emulator.origin]);
    expect(run.code).toBe(1);
    const [first, hint] = run.err().split('\n');
    expect(first).toMatch(/^audience-sync plan: GET \/workspace-service\/v1\/workspaces → 404/);
    expect(hint).toBe(
      `Not found: ${emulator.origin}/workspace-service/v1/workspaces. Did you mean --api-url ${emulator.origin}/api? Check the API base URL (--api-url or NEUROFLASH_API_URL).`,
    );
  });
});

describe('plan --format markdown', () => {
  it("prints the pull request comment's body, as renderMarkdown makes it", async () => {
    emulator.seed([{ name: 'Drifted', maxAge: 50 }]);
    await writeAudiences({ 'a.yml': audienceYaml('Drifted'), 'b.yml': audienceYaml('New one') });

    const run = await cli(['plan', '--format', 'markdown']);

    expect(run.code).toBe(2);
    const load = await loadAudiences(['audiences'], { cwd: dir });
    const connection = await connect({ ...settingsOf(emulator) });
    const { plan } = await planAgainst(load.audiences, connection.audiences, {
      prune: false,
      ignore: [],
      maxDeletes: 10,
    });
    await connection.api.close();
    const expected = renderMarkdown({
      mode: 'plan',
      dryRun: true,
      workspace: connection.workspace,
      paths: ['audiences'],
      files: load.files,
      audienceCount: load.audiences.length,
      problems: load.problems,
      plan,
    });
    expect(run.out()).toBe(expected);
    expect(run.out()).toContain('Drifted');
  });

  it('refuses an unknown format, and --format on apply', async () => {
    expect((await cli(['plan', '--format', 'html'])).err()).toMatch(
      /^audience-sync plan: --format must be text, json or markdown, got "html"\n/,
    );
    expect((await cli(['apply', '--format', 'markdown'])).err()).toMatch(
      /^audience-sync apply: --format is for plan; apply takes --json\n/,
    );
  });
});

function settingsOf(e: Emulator) {
  const env = emulatorEnv(e);
  return {
    apiUrl: String(env.NEUROFLASH_API_URL),
    tokenUrl: String(env.NEUROFLASH_TOKEN_URL),
    clientId: String(env.NEUROFLASH_CLIENT_ID),
    clientSecret: String(env.NEUROFLASH_CLIENT_SECRET),
  };
}
