/**
 * The backup before an apply: the prior state of every audience the plan updates,
 * renames or deletes, as export-format files that restore it through the normal plan.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.js';
import { loadAudiences } from '../../src/config/index.js';
import { planAgainst } from '../../src/engine.js';
import { backupFolder, pickProfile, writeBackup } from '../../src/export/index.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { emulatorClient, listFiles, makeTempDir } from '../support/cli.js';

const KEEP = `name: Keep
residence: Berlin
minAge: 20
maxAge: 40
genderDistribution: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 }
interests: [AI]
needs: [time]
painPoints: [cost]
`;

let emulator: Emulator;
let client: NeuroflashApi;
let cwd: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.reset();
  client = emulatorClient(emulator);
  ({ dir: cwd, cleanup } = await makeTempDir());
  await writeFile(path.join(cwd, 'keep.yml'), KEEP);
});
afterEach(async () => {
  await client.close();
  await cleanup();
});

const PRUNE = { prune: true, ignore: [], maxDeletes: 10 };

async function planFolder(dir: string) {
  const load = await loadAudiences([dir], { cwd });
  expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return planAgainst(load.audiences, client.audiences('ws-1'), PRUNE);
}

describe('writeBackup', () => {
  it('restores a pruned audience from its backup file, by a normal plan and apply, with the same profile', async () => {
    emulator.seed([
      {
        name: 'Café people',
        residence: 'Lyon',
        country: 'FR',
        nativeLanguage: 'fr',
        minAge: 31,
        maxAge: 62,
        genderDistribution: { female: 0.61, male: 0.3, nonBinary: 0.05, preferNotToSay: 0.04 },
        interests: ['coffee', 'pastry'],
        needs: ['a quiet table'],
        painPoints: ['queues'],
        shared: false,
        additionalInformation: 'Loyal since 2019.\nLine two: "quoted"',
      },
    ]);
    const [before] = emulator.snapshot();
    const { plan, remote } = await planFolder('.');
    expect(plan.changes.map((c) => `${c.kind} ${c.name}`)).toEqual([
      'create Keep',
      'delete Café people',
    ]);

    // The default place: a dot-folder, which a plan of the repository root never reads.
    const dir = backupFolder(path.join(cwd, '.audience-sync/backups'));
    const written = await writeBackup(dir, plan, remote);
    expect(written).toEqual([path.join(dir, 'cafe-people.yml')]);
    expect(await readFile(written[0] ?? '', 'utf8')).toContain(`audience ${before?.id}`);
    expect((await applyPlan(plan, client.audiences('ws-1'), { concurrency: 2 })).ok).toBe(true);
    expect(emulator.snapshot().map((a) => a.name)).toEqual(['Keep']);

    // Restore: the file goes back into the audiences folder; plan and apply as usual.
    await copyFile(written[0] ?? '', path.join(cwd, 'cafe-people.yml'));
    const restore = await planFolder('.');
    expect(restore.plan.changes.map((c) => `${c.kind} ${c.name}`)).toEqual(['create Café people']);
    expect((await applyPlan(restore.plan, client.audiences('ws-1'), { concurrency: 1 })).ok).toBe(
      true,
    );
    const after = emulator.snapshot().find((a) => a.name === 'Café people');
    expect(pickProfile(after ?? {})).toEqual(pickProfile(before ?? {}));
  });

  it('backs up what is updated, renamed or deleted, and nothing that is created or left alone', async () => {
    emulator.seed([
      { name: 'Keep', maxAge: 70 },
      { name: 'Old' },
      { name: 'Stray' },
      { name: 'Untouched' },
    ]);
    await writeFile(
      path.join(cwd, 'new.yml'),
      `${KEEP.replace('Keep', 'New')}previousNames: [Old]\n`,
    );
    await writeFile(path.join(cwd, 'untouched.yml'), 'name: Untouched\n');
    const load = await loadAudiences(['.'], { cwd });
    const { plan, remote } = await planAgainst(
      load.audiences.filter((a) => a.name !== 'Untouched'),
      client.audiences('ws-1'),
      { ...PRUNE, ignore: ['Untouched'] },
    );
    expect(plan.changes.map((c) => c.kind).sort()).toEqual(['delete', 'rename', 'update']);
    const dir = backupFolder(
      path.join(cwd, '.audience-sync/backups'),
      new Date(Date.UTC(2026, 11, 3, 6, 45, 12, 345)),
    );
    expect(path.basename(dir)).toMatch(/^2026-12-03T06-45-12Z-[0-9a-f]{8}$/);
    // Two runs in the same second get two folders.
    expect(backupFolder('b', new Date(0))).not.toBe(backupFolder('b', new Date(0)));
    await writeBackup(dir, plan, remote);
    expect(await listFiles(dir)).toEqual(['keep.yml', 'old.yml', 'stray.yml']);
  });

  it('writes nothing and creates no folder when the plan changes no existing audience', async () => {
    const { plan, remote } = await planFolder('.');
    const dir = path.join(cwd, 'none');
    expect(await writeBackup(dir, plan, remote)).toEqual([]);
    expect(await listFiles(dir)).toEqual([]);
  });
});
