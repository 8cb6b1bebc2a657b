/**
 * Where a run's backup goes (see `backup.ts`): apart from the writer, so that the CLI
 * can name the folder in its help and choose it without loading the YAML library.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export { DEFAULT_BACKUP_ROOT } from '../settings.js';

/**
 * A fresh folder for one run's backup: `<root>/<UTC timestamp>-<random>`, e.g.
 * `.audience-sync/backups/2026-12-03T06-45-12Z-3f9a1c2e`. The timestamp sorts the runs by
 * time and has no `:`, so it is a valid name on every file system; the random part keeps
 * two runs in the same second apart (parallel jobs sharing a temporary folder), since a
 * backup never overwrites a file.
 */
export function backupFolder(root: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  return path.join(root, `${stamp}-${randomBytes(4).toString('hex')}`);
}
