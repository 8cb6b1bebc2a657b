/**
 * Issue 7's promise, end to end on the command line against the emulator: after an
 * export into a folder that already holds audience files, `plan` on the folder shows no
 * changes, and nothing but audience files was ever removed.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { type CapturedIO, captureIO, listFiles, makeTempDir } from '../support/cli.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../audiences');

/** An audience that was deleted in neuroflash: its file outlived it. */
const STALE = `name: Retired campaign
residence: Hamburg
minAge: 30
maxAge: 50
genderDistribution: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 }
interests: [events]
needs: [leads]
painPoints: [budget]
`;

/** A GitHub workflow: it has a top-level `name` too, and must never be taken for an audience. */
const WORKFLOW = `name: audiences
on: pull_request
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`;

let emulator: Emulator;
let cwd: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.reset();
  ({ dir: cwd, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

async function cli(...argv: string[]): Promise<{ code: number; io: CapturedIO }> {
  const io = captureIO(emulator, cwd);
  return { code: await runCli(argv, io), io };
}

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
  await writeFile(path.join(cwd, file), text);
}

/** Every file under `cwd` with its text, to prove that a refusal changed nothing. */
async function tree(): Promise<Record<string, string>> {
  const files = await listFiles(cwd);
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(path.join(cwd, f), 'utf8')])),
  );
}

/** The reviewer's setup: the samples applied, then copied by hand into `adopt`. */
async function adoptSamples(): Promise<void> {
  await cp(SAMPLES, path.join(cwd, 'adopt'), { recursive: true });
  const applied = await cli('apply', 'adopt', '--yes');
  expect(applied.code).toBe(0);
}

describe('export into a folder that holds audience files', () => {
  it('with --force leaves exactly the export: plan --prune shows no changes', async () => {
    await adoptSamples();
    await put('adopt/retired.yml', STALE);
    // Not read by plan (a dot-file), not an audience: it must survive untouched.
    await put('adopt/.yamllint.yml', 'extends: default\n');

    const exported = await cli('export', '--out', 'adopt', '--force');

    expect(exported.io.err()).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.io.out()).toBe(
      [
        'wrote adopt/e-commerce-founders.yml',
        'removed adopt/ecommerce-founders.yml',
        'wrote adopt/hr-managers-in-dach.yml',
        'overwrote adopt/marketing-leaders.yml',
        'removed adopt/people-teams-dach.yml',
        'removed adopt/retired.yml',
        'overwrote adopt/saas-product-marketers.yml',
        'wrote adopt/talent-acquisition-leads-in-dach.yml',
        'Exported 5 audiences of workspace "Acme Marketing" (ws-1) to adopt/ (2 overwritten, 3 other audience files removed).',
        'Next: review the files, then `audience-sync plan adopt` should show no changes.',
        '',
      ].join('\n'),
    );
    expect(await listFiles(path.join(cwd, 'adopt'))).toEqual([
      '.yamllint.yml',
      'e-commerce-founders.yml',
      'hr-managers-in-dach.yml',
      'marketing-leaders.yml',
      'saas-product-marketers.yml',
      'talent-acquisition-leads-in-dach.yml',
    ]);
    expect(await readFile(path.join(cwd, 'adopt/.yamllint.yml'), 'utf8')).toBe(
      'extends: default\n',
    );

    const plan = await cli('plan', 'adopt', '--prune');
    expect(plan.io.err()).toBe('');
    expect(plan.io.out()).toContain('No changes. 5 audiences are up to date.');
    expect(plan.code).toBe(0);
  });

  it('without --force refuses when other audience files are there, and writes nothing', async () => {
    await adoptSamples();
    await put('adopt/retired.yml', STALE);
    const before = await tree();

    const refused = await cli('export', '--out', 'adopt');

    expect(refused.code).toBe(1);
    expect(refused.io.out()).toBe('');
    expect(refused.io.err()).toBe(
      'audience-sync export: refusing to overwrite 2 existing files: ' +
        'adopt/marketing-leaders.yml, adopt/saas-product-marketers.yml; ' +
        'and to leave 3 other audience files beside the export, which would then not be exact: ' +
        'adopt/ecommerce-founders.yml, adopt/people-teams-dach.yml, adopt/retired.yml (nothing was written)\n' +
        'Use --force to replace them (the folder then holds exactly the export), or --out to export into an empty folder.\n',
    );
    expect(await tree()).toEqual(before);
  });

  it('refuses, even with --force, while plan would read a file that is not an audience', async () => {
    await adoptSamples();
    await put('adopt/owners.yml', 'owner: growth-team\n');
    await put('adopt/broken.yml', 'name: [unclosed\n');
    const before = await tree();

    const refused = await cli('export', '--out', 'adopt', '--force');

    expect(refused.code).toBe(1);
    expect(refused.io.out()).toBe('');
    expect(refused.io.err()).toBe(
      'audience-sync export: adopt holds 2 files that `plan adopt` would read but that are not audience files, ' +
        'so the export could not be exact (nothing was written or removed): ' +
        'adopt/broken.yml (it is not valid YAML), adopt/owners.yml (it has keys no audience has (owner))\n' +
        'Move them out of adopt, or export with --out into another folder.\n',
    );
    expect(await tree()).toEqual(before);
  });

  it('--out . never touches a workflow, and plan . then shows no changes', async () => {
    emulator.seed([{ name: 'Marketing leaders' }]);
    await put('.github/workflows/audiences.yml', WORKFLOW);
    await put('team.yml', `${STALE}---\nname: Marketing leaders\nresidence: Berlin\n`);

    const exported = await cli('export', '--out', '.', '--force');

    expect(exported.io.err()).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.io.out()).toMatch(/^wrote marketing-leaders\.yml\nremoved team\.yml\n/);
    expect(await listFiles(cwd)).toEqual([
      '.github/workflows/audiences.yml',
      'marketing-leaders.yml',
    ]);
    expect(await readFile(path.join(cwd, '.github/workflows/audiences.yml'), 'utf8')).toBe(
      WORKFLOW,
    );
    const plan = await cli('plan', '.', '--prune');
    expect(plan.code).toBe(0);
  });

  it('refuses to remove files from the root of a git repository', async () => {
    emulator.seed([{ name: 'Marketing leaders' }]);
    await put('.git/HEAD', 'ref: refs/heads/main\n');
    await put('team.yml', STALE);
    const before = await tree();

    const refused = await cli('export', '--out', '.', '--force');

    expect(refused.code).toBe(1);
    expect(refused.io.err()).toBe(
      'audience-sync export: refusing to remove 1 audience file from ., the root of a git repository, ' +
        'where audience-shaped files may be fixtures or examples (nothing was written or removed): team.yml\n' +
        'Export into a folder of its own (such as --out audiences), or remove those files yourself.\n',
    );
    expect(await tree()).toEqual(before);

    // With nothing to remove, a repository root is a folder like any other.
    await rm(path.join(cwd, 'team.yml'));
    await put('marketing-leaders.yml', 'name: Marketing leaders\nresidence: Paris\n');
    const replaced = await cli('export', '--out', '.', '--force');
    expect(replaced.io.out()).toMatch(/^overwrote marketing-leaders\.yml\n/);
    expect(replaced.code).toBe(0);
    expect(await listFiles(cwd)).toEqual(['.git/HEAD', 'marketing-leaders.yml']);
  });
});
