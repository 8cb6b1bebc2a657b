/**
 * The backup taken before an apply writes: the prior state of every remote audience the
 * plan updates, renames or deletes, as audience files in the export format. Putting a
 * file back into the audiences folder and planning restores that audience through the
 * normal plan (see docs/plan.md, "Backups").
 */
import path from 'node:path';
import type { Plan, RemoteAudience } from '../model.js';
import { compareText } from '../plan/compare.js';
import { DEFAULT_SCHEMA_URL } from './schema-ref.js';
import { assignSlugs } from './slug.js';
import { writeAllOrNothing } from './write.js';
import { audienceToYaml } from './yaml.js';

export { backupFolder, DEFAULT_BACKUP_ROOT } from './backup-folder.js';

/**
 * Writes the prior state of each remote audience that `plan` updates, renames or deletes
 * into `dir` (created when missing), one file per audience, and returns the paths written
 * (`dir` joined with each file name), sorted. Writes nothing, and does not create `dir`,
 * when the plan changes no existing audience. All files are written or none; an existing
 * file is never overwritten.
 *
 * Each file is the audience as the export writes it (the profile fields neuroflash
 * returned), with a comment naming its id, its `updatedAt` and the change it preceded.
 * Unlike the export it also keeps an audience whose profile would not pass validation:
 * a backup that leaves one out loses it.
 */
export async function writeBackup(
  dir: string,
  plan: Plan,
  remote: RemoteAudience[],
): Promise<string[]> {
  const kinds = new Map<string, string>();
  for (const change of plan.changes) {
    if (change.kind !== 'create' && change.id !== undefined) kinds.set(change.id, change.kind);
  }
  const affected = remote.filter((r) => kinds.has(r.id));
  if (affected.length === 0) return [];
  const slugs = assignSlugs(affected);
  const files = affected
    .map((audience) => ({
      file: `${slugs.get(audience.id)}.yml`,
      text: audienceToYaml(audience, {
        schemaPath: DEFAULT_SCHEMA_URL,
        note: backupNote(audience, kinds.get(audience.id) ?? 'change'),
      }),
    }))
    .sort((a, b) => compareText(a.file, b.file));
  await writeAllOrNothing(files, { cwd: dir, force: false });
  return files.map((f) => path.join(dir, f.file));
}

function backupNote(audience: RemoteAudience, kind: string): string {
  const at = audience.updatedAt ? `, last updated ${audience.updatedAt}` : '';
  return [
    `Backup: neuroflash audience ${audience.id}${at}, as it was before audience-sync's ${kind}.`,
    'To restore it, put this file in the audiences folder (a deleted audience is created',
    'anew, with a new id) and open a pull request.',
  ].join('\n');
}
