import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.js';
import type { CommandDeps } from '../../src/cli/io.js';
import { type CliIO, runCli } from '../../src/cli.js';
import { DEFAULT_AUDIENCE_MODEL_ID } from '../../src/commands/bootstrap.js';
import { loadAudiences } from '../../src/config/load.js';
import { PROFILE_FIELDS } from '../../src/model.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { buildPlan } from '../../src/plan/index.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import {
  captureIO,
  emulatorClient,
  FAST_RETRY,
  fastConnect,
  listFiles,
  makeTempDir,
} from '../support/cli.js';

/** `audience-sync bootstrap` through the dispatcher, where failures become exit codes. */
const runBootstrap = (args: string[], io: CliIO, deps: CommandDeps = {}) =>
  runCli(['bootstrap', ...args], io, deps);

/** Carriage return, then erase to the end of the line. */
const CLEAR_LINE = '\r\u001b[2K';
const IMPORT_PATH = '/api/audience-service/v1/workspaces/ws-1/target-audiences-url-imports';

const BASE_DRAFT = {
  name: 'Acme visitors',
  residence: 'Berlin',
  country: 'DE',
  nativeLanguage: 'de',
  minAge: 28,
  maxAge: 54,
  genderDistribution: { female: 0.46, male: 0.5, nonBinary: 0.02, preferNotToSay: 0.02 },
  interests: ['pricing', 'yes', 'content marketing'],
  needs: ['clear pricing'],
  painPoints: ['tight budgets'],
  additionalInformation: 'Drafted from 1 page(s) of acme.example.',
};

/** What the emulator's import answers next; each test scripts it. */
let draft: Record<string, unknown> = BASE_DRAFT;
let emulator: Emulator;
let api: NeuroflashApi;
let cwd: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator({
    importDraft: () => structuredClone(draft),
    audienceModelIds: [DEFAULT_AUDIENCE_MODEL_ID, 'model-2'],
  });
  api = emulatorClient(emulator);
});
afterAll(async () => {
  await api.close();
  await emulator.close();
});
beforeEach(async () => {
  draft = { ...BASE_DRAFT, somethingNew: 'not a profile field' };
  emulator.reset();
  emulator.clearFaults();
  emulator.clearLog();
  ({ dir: cwd, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const imports = () => emulator.requests.filter((r) => r.path === IMPORT_PATH);
const read = (file: string) => readFile(path.join(cwd, file), 'utf8');

describe('audience-sync bootstrap', () => {
  it('writes a valid file that, applied, creates exactly the drafted profile', async () => {
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/pricing'], io)).toBe(0);

    expect(io.out()).toBe(
      'wrote audiences/acme-visitors.yml: "Acme visitors"\n' +
        'Next: review it, then `audience-sync plan` shows it as a create.\n',
    );
    // The import was asked once with the documented model, and nothing was saved.
    expect(imports().map((r) => r.body)).toEqual([
      { audienceModelId: DEFAULT_AUDIENCE_MODEL_ID, urls: ['https://acme.example/pricing'] },
    ]);
    expect(emulator.snapshot()).toEqual([]);
    expect(await listFiles(cwd)).toEqual(['audiences/acme-visitors.yml']);

    const text = await read('audiences/acme-visitors.yml');
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/audience-sync/audience-sync/v1/src/schema/audience.schema.json',
      "# Drafted by neuroflash's URL import from https://acme.example/pricing.",
      '# Review every value before you commit: nothing here is saved in neuroflash yet.',
      '',
    ]);
    expect(text).not.toContain('somethingNew');

    const loaded = await loadAudiences(['audiences'], { cwd });
    expect(loaded.problems).toEqual([]);
    const plan = buildPlan(loaded.audiences, [], { prune: false, ignore: [], maxDeletes: 10 });
    expect(plan.counts.creates).toBe(1);
    const applied = await applyPlan(plan, api.audiences('ws-1'), { concurrency: 1 });
    expect(applied.ok).toBe(true);

    const [created] = emulator.snapshot();
    const profileOf = (r: Record<string, unknown> | undefined) =>
      Object.fromEntries(
        PROFILE_FIELDS.filter((f) => r?.[f] !== undefined).map((f) => [f, r?.[f]]),
      );
    expect(profileOf(created)).toEqual(BASE_DRAFT);
  });

  it('sends every --url and --model, and writes --name to --out', async () => {
    const io = captureIO(emulator, cwd);
    const code = await runBootstrap(
      [
        '--url',
        'https://acme.example/',
        '--url',
        'https://acme.example/about',
        '--model',
        'model-2',
        '--name',
        '  Acme fans ',
        '--out',
        'teams/emea/fans.yml',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(imports().map((r) => r.body)).toEqual([
      { audienceModelId: 'model-2', urls: ['https://acme.example/', 'https://acme.example/about'] },
    ]);
    expect(await listFiles(cwd)).toEqual(['teams/emea/fans.yml']);
    const loaded = await loadAudiences(['teams'], { cwd });
    expect(loaded.problems).toEqual([]);
    expect(loaded.audiences[0]?.fields.name).toBe('Acme fans');
    expect(await read('teams/emea/fans.yml')).toContain(
      "# Drafted by neuroflash's URL import from https://acme.example/, https://acme.example/about.\n",
    );
  });

  it('normalises shares that sum to 0.999 and says so in the file', async () => {
    draft = {
      ...BASE_DRAFT,
      genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.029 },
    };
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(0);

    const note =
      "audience-sync normalised these shares: the import's draft summed to 0.999 " +
      '(female 0.5, male 0.4, nonBinary 0.07, preferNotToSay 0.029), so they were scaled to sum to 1.';
    expect(await read('audiences/acme-visitors.yml')).toContain(
      `# ${note}\ngenderDistribution: { female: 0.5006, male: 0.4004, nonBinary: 0.07, preferNotToSay: 0.029 }\n`,
    );
    expect(io.err()).toContain(`note: ${note}\n`);
    expect((await loadAudiences(['audiences'], { cwd })).problems).toEqual([]);
  });

  it('leaves no file and exits 1 when the import fails past its retries', async () => {
    emulator.addFault({
      path: 'target-audiences-url-imports',
      action: { kind: 'status', status: 500, body: { error: 'The model is unavailable' } },
    });
    const io = captureIO(emulator, cwd);
    const code = await runBootstrap(
      ['--url', 'https://acme.example/', '--name', 'Acme visitors'],
      io,
      { connect: fastConnect },
    );

    expect(code).toBe(1);
    expect(imports()).toHaveLength(FAST_RETRY.maxAttempts);
    expect(io.err()).toContain(
      `audience-sync bootstrap: the URL import failed: POST /audience-service/v1/workspaces/ws-1/target-audiences-url-imports → 500: The model is unavailable`,
    );
    expect(io.out()).toBe('');
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('refuses an existing --out before the slow import, and overwrites it with --force', async () => {
    await mkdir(path.join(cwd, 'audiences'));
    await writeFile(path.join(cwd, 'audiences/acme-visitors.yml'), 'name: mine\n');

    const refused = captureIO(emulator, cwd);
    const args = ['--url', 'https://acme.example/', '--name', 'Acme visitors'];
    expect(await runBootstrap(args, refused)).toBe(1);
    expect(refused.err()).toBe(
      'audience-sync bootstrap: refusing to overwrite 1 existing file (nothing was written): audiences/acme-visitors.yml\n' +
        'Use --force to overwrite it, or --out to write elsewhere.\n',
    );
    expect(imports()).toEqual([]);
    expect(await read('audiences/acme-visitors.yml')).toBe('name: mine\n');

    const forced = captureIO(emulator, cwd);
    expect(await runBootstrap([...args, '--force'], forced)).toBe(0);
    expect(await read('audiences/acme-visitors.yml')).toContain('name: Acme visitors\n');
  });

  it('refuses to overwrite after the import when only the draft names the file', async () => {
    await mkdir(path.join(cwd, 'audiences'));
    await writeFile(path.join(cwd, 'audiences/acme-visitors.yml'), 'name: mine\n');
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    expect(imports()).toHaveLength(1);
    expect(io.err()).toContain('refusing to overwrite 1 existing file');
    expect(await listFiles(cwd)).toEqual(['audiences/acme-visitors.yml']);
    expect(await read('audiences/acme-visitors.yml')).toBe('name: mine\n');
  });

  it('refuses a --name the workspace already has, before the slow import', async () => {
    const [existing] = emulator.seed([{ name: 'Startup founders' }]);
    const io = captureIO(emulator, cwd);
    const args = ['--url', 'https://acme.example/', '--name', 'Startup founders'];
    expect(await runBootstrap(args, io)).toBe(1);
    expect(io.err()).toBe(
      `audience-sync bootstrap: the name "Startup founders" is taken: the workspace has an audience of that name (${existing?.id}). A file with it would not create a new audience. Choose another --name (nothing was imported).\n`,
    );
    expect(imports()).toEqual([]);
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('refuses a drafted name that a file in the folder declares, and writes nothing', async () => {
    await mkdir(path.join(cwd, 'audiences'));
    const other = 'name: Old visitors\npreviousNames: [Acme visitors]\nstate: absent\n';
    await writeFile(path.join(cwd, 'audiences/other.yml'), other);
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    expect(imports()).toHaveLength(1);
    expect(io.err()).toContain(
      '\naudience-sync bootstrap: the name "Acme visitors" is taken: audiences/other.yml:1 declares it. A file with it would not create a new audience, so no file was written. Run again with --name and a new name.\n',
    );
    expect(await listFiles(cwd)).toEqual(['audiences/other.yml']);
  });

  it('fails, naming them, when the draft lacks required fields', async () => {
    const { needs: _n, residence: _r, ...partial } = BASE_DRAFT;
    draft = partial;
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    expect(io.err()).toContain(
      'audience-sync bootstrap: the imported draft cannot be used: the draft lacks the required fields residence, needs; ' +
        'audience-sync does not invent values',
    );
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('fails when the shares are far from 1', async () => {
    draft = {
      ...BASE_DRAFT,
      genderDistribution: { female: 0.5, male: 0.2, nonBinary: 0.02, preferNotToSay: 0.02 },
    };
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    expect(io.err()).toContain(
      "the draft's gender shares sum to 0.74, too far from 1 to be rounding",
    );
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('fails with located problems when the draft would not validate', async () => {
    draft = { ...BASE_DRAFT, name: 'Ac', minAge: 60, maxAge: 30 };
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    const err = io.err();
    expect(err).toContain(
      'audience-sync bootstrap: the drafted audience would not pass validation, so no file was written:\n',
    );
    // Located in the text that would have been written: the name on line 5 after the
    // three comment lines and a blank one, minAge after residence, country and language.
    expect(err).toMatch(/\n {2}audiences\/ac\.yml:5:7: [^\n]*name[^\n]*\n/);
    expect(err).toMatch(/\n {2}audiences\/ac\.yml:9:\d+: [^\n]*minAge[^\n]*\n/);
    expect(io.err()).toContain('Fix it with --name, or draft from other pages.\n');
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('draws a spinner on a terminal and writes one plain line otherwise', async () => {
    const tty = captureIO(emulator, cwd, { isTTY: true });
    expect(await runBootstrap(['--url', 'https://acme.example/', '--out', 'a.yml'], tty)).toBe(0);
    const err = tty.err();
    expect(
      err.startsWith(
        '\r\u001b[2K⠋ importing a draft from https://acme.example/… 0s (this takes 10–30 s)',
      ),
    ).toBe(true);
    expect(err).toMatch(/imported a draft in [\d.]+s\n$/);
    expect(err.slice(0, err.lastIndexOf('imported a draft')).endsWith(CLEAR_LINE)).toBe(true);

    // Another name: the first draft's is declared in a.yml now, next to b.yml.
    const plain = captureIO(emulator, cwd, { isTTY: false });
    const again = ['--url', 'https://acme.example/', '--out', 'b.yml', '--name', 'Second draft'];
    expect(await runBootstrap(again, plain)).toBe(0);
    expect(plain.err()).toMatch(
      /^importing a draft from https:\/\/acme\.example\/… \(this takes 10–30 s\)\nimported a draft in [\d.]+s\n$/,
    );
  });

  it('clears the spinner and says so when the import fails on a terminal', async () => {
    emulator.addFault({
      path: 'target-audiences-url-imports',
      action: {
        kind: 'status',
        status: 400,
        body: { errors: [{ field: 'urls', message: 'unreachable', type: 'validation' }] },
      },
    });
    const io = captureIO(emulator, cwd, { isTTY: true });
    expect(await runBootstrap(['--url', 'https://acme.example/'], io)).toBe(1);
    expect(io.err()).toContain(
      `${CLEAR_LINE}audience-sync bootstrap: the URL import failed: POST /audience-service/v1/workspaces/ws-1/target-audiences-url-imports → 400: urls: unreachable\n`,
    );
    expect(await listFiles(cwd)).toEqual([]);
  });

  it.each([
    [[], 'audience-sync bootstrap: give at least one --url to draft the audience from'],
    [
      ['--url', 'acme.example'],
      'audience-sync bootstrap: --url must be an http(s) URL such as https://brand.example; got "acme.example"',
    ],
    [
      ['--url', 'https://acme.example/', '--name', '  '],
      'audience-sync bootstrap: --name is empty',
    ],
  ])('rejects %j without touching the network', async (args, message) => {
    const io = captureIO(emulator, cwd);
    expect(await runBootstrap(args, io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(emulator.requests).toEqual([]);
  });
});
