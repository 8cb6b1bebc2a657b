/**
 * What `apply` adds around the write on a terminal or in CI: the overall time budget
 * (`--timeout-minutes`), the backup of what it is about to change (`--backup`), and
 * the report of an apply cancelled by SIGINT or SIGTERM (`src/cancel.ts` listens), saying
 * what was done and what was not (see docs/cli.md).
 */
import path from 'node:path';
import type { ApplyResult, Plan, RemoteAudience } from '../model.js';
import {
  DEFAULT_BACKUP_ROOT,
  DEFAULT_TIMEOUT_MINUTES,
  LIMITS,
  parseMinutesSetting,
} from '../settings.js';

/**
 * The exit code of a cancelled apply: 1, an error, like every run that did not finish its
 * plan (docs/cli.md, "Exit codes"); the message says it was cancelled.
 */
export const EXIT_CANCELLED = 1;

/** `parseArgs` options of the flags this module reads, to spread into apply's. */
export const APPLY_SAFETY_OPTIONS = {
  backup: { type: 'string' },
  'timeout-minutes': { type: 'string' },
} as const;

/** The help line of `--timeout-minutes`, which plan honours too (its reads have the budget). */
export const TIMEOUT_HELP = `  --timeout-minutes N   end the run, report written, after N minutes at most, even if the
                        API hangs (default ${DEFAULT_TIMEOUT_MINUTES}, at most ${LIMITS.timeoutMinutes.max}; fractions allowed)
`;

/** The help lines of apply's flags of this module. */
export const APPLY_SAFETY_HELP = `  --backup DIR          where to write the prior state of each audience the apply changes
                        or deletes, as audience files (default ${DEFAULT_BACKUP_ROOT}/<UTC time>-<random>/)
${TIMEOUT_HELP}`;

/**
 * The run's deadline from `--timeout-minutes`, read by the parser the Action's
 * `timeout-minutes` input uses (`src/settings.ts`), with the label messages name it by.
 * Throws a `SettingError` for a bad value.
 */
export function readBudget(
  value: string | undefined,
  now: number = Date.now(),
): { deadline: number; budgetLabel: string } {
  const minutes = parseMinutesSetting(value, '--timeout-minutes') ?? DEFAULT_TIMEOUT_MINUTES;
  return { deadline: now + minutes * 60_000, budgetLabel: `${minutes} min (--timeout-minutes)` };
}

/**
 * Writes the backup before the first write: into `--backup DIR`, or a fresh folder under
 * `.audience-sync/backups/` in the working directory (a dot-folder, so a plan of the
 * repository root never reads it as audience files). Returns the folder and the files.
 */
export async function takeBackup(
  flag: string | undefined,
  cwd: string,
  plan: Plan,
  remote: RemoteAudience[],
): Promise<{ dir: string; files: string[] }> {
  const { backupFolder, writeBackup } = await preloadBackup();
  const dir = flag?.trim()
    ? path.resolve(cwd, flag.trim())
    : backupFolder(path.resolve(cwd, DEFAULT_BACKUP_ROOT));
  return { dir, files: await writeBackup(dir, plan, remote) };
}

let backupWriter: Promise<typeof import('../export/backup.js')> | undefined;

/**
 * Starts loading the backup's writer (and with it the YAML library), once: `apply` calls
 * it when the files are valid, at a quiet moment of the reads (`EarlyReads.quiet`), so
 * that the load overlaps the wait for the workspace's list instead of delaying a read
 * or the first write.
 */
export function preloadBackup(): Promise<typeof import('../export/backup.js')> {
  // Inside a promise: a chunk that cannot load rejects it instead of throwing here.
  backupWriter ??= Promise.resolve().then(() => import('../export/backup.js'));
  return backupWriter;
}

/** What a cancelled apply did and did not do, in a few lines for the terminal. */
export function cancelSummary(apply: ApplyResult, signal: string): string {
  const count = (status: string) => apply.results.filter((r) => r.status === status);
  const done = count('done');
  const notStarted = count('skipped');
  const failed = count('failed');
  const list = (rs: typeof done) =>
    rs.map(
      (r) => `  ${r.change.kind} ${JSON.stringify(r.change.name)}${r.error ? `: ${r.error}` : ''}`,
    );
  return [
    `Cancelled (${signal}): ${done.length} of ${apply.results.length} changes done, ${notStarted.length} not started${failed.length > 0 ? `, ${failed.length} failed or cut in flight` : ''}.`,
    ...(done.length > 0 ? ['Done:', ...list(done)] : []),
    ...(failed.length > 0 ? ['Failed or cut in flight:', ...list(failed)] : []),
    ...(notStarted.length > 0 ? ['Not started:', ...list(notStarted)] : []),
    'Re-run apply to do the rest: it plans again from what neuroflash holds now, so nothing is done twice.',
    '',
  ].join('\n');
}
