import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadAudiences } from '../../src/config/load.js';
import {
  exportWorkspace,
  ForeignFilesError,
  OverwriteRefusedError,
  writeAllOrNothing,
} from '../../src/export/index.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { buildPlan } from '../../src/plan/index.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { emulatorClient, listFiles, makeTempDir } from '../support/cli.js';
import { EXPECTED_FILES, OTHER_USER, SEEDS } from './seeds.js';

const URL_SCHEMA = 'https://example.test/audience.schema.json';

let emulator: Emulator;
let api: NeuroflashApi;
let cwd: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator();
  api = emulatorClient(emulator);
});
afterAll(async () => {
  await api.close();
  await emulator.close();
});
beforeEach(async () => {
  emulator.reset();
  ({ dir: cwd, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

const audiences = () => api.audiences(emulator.workspaces[0]?.id ?? 'ws-1');
const options = (force = false) => ({ outDir: 'audiences', force, cwd, schema: URL_SCHEMA });
const read = (file: string) => readFile(path.join(cwd, file), 'utf8');

describe('exportWorkspace against the emulator', () => {
  it('writes 25 hostile audiences so that validation passes and the plan is empty', async () => {
    const seeded = emulator.seed(SEEDS);
    const result = await exportWorkspace(audiences(), options());

    const expected = EXPECTED_FILES.map((f) => `audiences/${f}`).sort();
    expect(result.written).toEqual(expected);
    expect(result.skipped).toEqual([]);
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([...EXPECTED_FILES].sort());

    const loaded = await loadAudiences(['audiences'], { cwd });
    expect(loaded.problems).toEqual([]);
    expect(loaded.audiences.map((a) => a.name).sort()).toEqual(
      SEEDS.map((s) => s.name.trim()).sort(),
    );

    // Prune on: an audience the export missed would show up as a delete.
    const remote = await audiences().listAudiences();
    const plan = buildPlan(loaded.audiences, remote, { prune: true, ignore: [], maxDeletes: 0 });
    expect(plan.counts).toEqual({
      creates: 0,
      updates: 0,
      renames: 0,
      deletes: 0,
      blocked: 0,
      conflicts: 0,
      noops: 25,
    });
    expect(plan.changes).toEqual([]);
    expect(plan.kept).toEqual([]);

    // Each file holds exactly its audience's profile, values as stored.
    const byName = new Map(loaded.audiences.map((a) => [a.name, a]));
    for (const resource of seeded) {
      const declared = byName.get(String(resource.name).trim());
      const { name: _n, ...fields } = declared?.fields ?? {};
      const { name: _r, ...stored } = Object.fromEntries(
        Object.entries(resource).filter(([k]) =>
          [
            'name',
            'residence',
            'country',
            'nativeLanguage',
            'minAge',
            'maxAge',
            'genderDistribution',
            'interests',
            'needs',
            'painPoints',
            'shared',
            'additionalInformation',
          ].includes(k),
        ),
      );
      expect(fields).toEqual(stored);
    }
  });

  it('quotes what YAML would misread, keeps lists in order and numbers exact', async () => {
    emulator.seed(SEEDS);
    await exportWorkspace(audiences(), options());

    expect(await read('audiences/null.yml')).toBe(`# yaml-language-server: $schema=${URL_SCHEMA}

name: "null"
residence: Berlin
country: "NO"
nativeLanguage: "no"
minAge: 25
maxAge: 45
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests:
  - marketing
needs:
  - more reach
painPoints:
  - too little time
`);
    const ecommerce = await read('audiences/e-commerce-founders.yml');
    expect(ecommerce).toContain(
      'genderDistribution: { female: 0.123456789, male: 0.2, nonBinary: 0.3, preferNotToSay: 0.376543211 }',
    );
    expect(await read('audiences/b2b-saas-buyers.yml')).toContain(
      'interests:\n  - z last\n  - a first\n  - m middle\n',
    );
    expect(await read('audiences/padded.yml')).toContain('name: " padded "\n');
    expect(await read('audiences/agency-owners.yml')).toContain('additionalInformation: "true"\n');
  });

  it('marks audiences the account may not update with a comment', async () => {
    emulator.seed(SEEDS);
    const result = await exportWorkspace(audiences(), options());

    expect(result.readOnly).toEqual(['audiences/zurich-arzte.yml']);
    const text = await read('audiences/zurich-arzte.yml');
    expect(text.split('\n').slice(0, 3)).toEqual([
      `# yaml-language-server: $schema=${URL_SCHEMA}`,
      '# Owned by another user: audience-sync can read it but not change or delete it (updates will be blocked).',
      '',
    ]);
    for (const file of result.written.filter((f) => f !== 'audiences/zurich-arzte.yml')) {
      expect(await read(file)).not.toContain('Owned by another user');
    }
  });

  it('refuses to overwrite without force and writes nothing at all', async () => {
    emulator.seed(SEEDS);
    const first = await exportWorkspace(audiences(), options());
    const before = await Promise.all(
      first.written.map(async (f) => ({
        file: f,
        text: await read(f),
        mtime: (await stat(path.join(cwd, f))).mtimeMs,
      })),
    );

    const refused = await exportWorkspace(audiences(), options()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverwriteRefusedError);
    expect((refused as OverwriteRefusedError).files).toEqual(first.written);

    const after = await Promise.all(
      first.written.map(async (f) => ({
        file: f,
        text: await read(f),
        mtime: (await stat(path.join(cwd, f))).mtimeMs,
      })),
    );
    expect(after).toEqual(before);
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([...EXPECTED_FILES].sort());
  });

  it('writes none of the files when only one of them exists', async () => {
    await writeFile(path.join(cwd, 'hand-written.yml'), 'keep me\n');
    // A name that slugs to the existing file makes it one of the targets.
    emulator.seed([{ name: 'Marketing leaders' }, { name: 'Hand written' }]);
    const refused = await exportWorkspace(audiences(), { ...options(), outDir: '.' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(OverwriteRefusedError);
    expect((refused as OverwriteRefusedError).files).toEqual(['hand-written.yml']);
    expect(await listFiles(cwd)).toEqual(['hand-written.yml']);
    expect(await read('hand-written.yml')).toBe('keep me\n');
  });

  it('rewrites every file with force', async () => {
    const [first] = emulator.seed(SEEDS);
    await exportWorkspace(audiences(), options());
    await writeFile(path.join(cwd, 'audiences/marketing-leaders.yml'), 'garbage: [\n');
    emulator.editByHand(String(first?.id), { residence: 'Hamburg' });

    const result = await exportWorkspace(audiences(), options(true));

    expect(result.written).toHaveLength(25);
    expect(await read('audiences/yes.yml')).toContain('residence: Hamburg\n');
    const loaded = await loadAudiences(['audiences'], { cwd });
    expect(loaded.problems).toEqual([]);
    expect(loaded.audiences).toHaveLength(25);
    // No temporary files are left behind.
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([...EXPECTED_FILES].sort());
  });

  it('skips audiences that share a name, and ones that would not validate', async () => {
    const [twinA, twinB, broken] = emulator.seed([
      { name: 'Twin' },
      { name: 'Twin ' },
      { name: 'Broken ages', minAge: 60, maxAge: 20 },
      { name: 'Fine audience' },
      { name: 'Someone else', createdByUserId: OTHER_USER },
    ]);
    const result = await exportWorkspace(audiences(), options());

    expect(result.written).toEqual(['audiences/fine-audience.yml', 'audiences/someone-else.yml']);
    expect(result.readOnly).toEqual(['audiences/someone-else.yml']);
    expect(result.skipped.map((s) => s.file)).toEqual([
      'audiences/broken-ages.yml',
      'audiences/twin-2.yml',
      'audiences/twin.yml',
    ]);
    const ids = [String(twinA?.id), String(twinB?.id)].sort();
    const twinReason = `2 audiences in neuroflash are named "Twin" (ids ${ids.join(', ')})`;
    expect(result.skipped[1]?.reason).toContain(twinReason);
    expect(result.skipped[2]?.reason).toContain(twinReason);
    expect(result.skipped[0]?.reason).toMatch(
      /^its profile in neuroflash would not pass validation \(line \d+: .*minAge/,
    );
    expect(broken?.id).toBeDefined();
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([
      'fine-audience.yml',
      'someone-else.yml',
    ]);
  });

  it('writes nothing and reports nothing for an empty workspace', async () => {
    const result = await exportWorkspace(audiences(), options());
    expect(result).toEqual({
      written: [],
      overwritten: [],
      removed: [],
      skipped: [],
      readOnly: [],
    });
  });
});

describe('exportWorkspace into a folder that holds files', () => {
  it('with force removes audience files in subfolders too, and nothing that plan does not read', async () => {
    emulator.seed([{ name: 'Marketing leaders' }]);
    await mkdir(path.join(cwd, 'audiences/team/.drafts'), { recursive: true });
    await writeFile(path.join(cwd, 'audiences/team/old.yaml'), 'name: Old team\n');
    await writeFile(path.join(cwd, 'audiences/team/.drafts/next.yml'), 'name: Next\n');
    await writeFile(path.join(cwd, 'audiences/README.md'), 'name: not yaml by extension\n');

    const result = await exportWorkspace(audiences(), options(true));

    expect(result.written).toEqual(['audiences/marketing-leaders.yml']);
    expect(result.overwritten).toEqual([]);
    expect(result.removed).toEqual(['audiences/team/old.yaml']);
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([
      'README.md',
      'marketing-leaders.yml',
      'team/.drafts/next.yml',
    ]);
  });

  it('treats a symbolic link that plan would read as not removable', async () => {
    emulator.seed([{ name: 'Marketing leaders' }]);
    await mkdir(path.join(cwd, 'audiences'));
    await writeFile(path.join(cwd, 'elsewhere.yml'), 'name: Elsewhere\n');
    await symlink(path.join(cwd, 'elsewhere.yml'), path.join(cwd, 'audiences/linked.yml'));

    const refused = await exportWorkspace(audiences(), options(true)).catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(ForeignFilesError);
    expect((refused as ForeignFilesError).files).toEqual([
      { file: 'audiences/linked.yml', reason: 'it is not a regular file' },
    ]);
    expect(await listFiles(path.join(cwd, 'audiences'))).toEqual([]);
    expect(await read('elsewhere.yml')).toBe('name: Elsewhere\n');
  });
});

describe('writeAllOrNothing', () => {
  it('leaves nothing behind when a file cannot be written after others were', async () => {
    // The second name is valid, its temporary file's (longer by a prefix and a random
    // part) is too long for the file system: the first file's temporary is written by
    // then, and must go too.
    const long = `${'x'.repeat(240)}.yml`;
    const failed = await writeAllOrNothing(
      [
        { file: 'out/a.yml', text: 'a\n' },
        { file: `out/${long}`, text: 'b\n' },
      ],
      { cwd, force: false },
    ).catch((e: unknown) => e);

    expect((failed as NodeJS.ErrnoException).code).toBe('ENAMETOOLONG');
    expect(await listFiles(path.join(cwd, 'out'))).toEqual([]);
  });

  it('keeps a file to remove that is now one of the written files (one file on a case-insensitive disk)', async () => {
    await writeFile(path.join(cwd, 'a.yml'), 'old\n');
    await writeFile(path.join(cwd, 'b.yml'), 'stale\n');

    await writeAllOrNothing([{ file: 'a.yml', text: 'new\n' }], {
      cwd,
      force: true,
      remove: ['a.yml', 'b.yml'],
    });

    expect(await listFiles(cwd)).toEqual(['a.yml']);
    expect(await read('a.yml')).toBe('new\n');
  });
});
