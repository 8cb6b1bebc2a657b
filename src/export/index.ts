/**
 * Export: one YAML file per remote audience, so that a team with an existing workspace
 * can start managing it as code. The output is exact: planning the exported folder
 * against the same workspace shows no changes.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadFromSources } from '../config/sources.js';
import type { RemoteAudience } from '../model.js';
import type { AudienceApi } from '../neuroflash/api.js';
import { compareText } from '../plan/compare.js';
import { isRepositoryRoot, planFolderChanges, surveyFolder } from './folder.js';
import { resolveSchemaRef } from './schema-ref.js';
import { assignSlugs } from './slug.js';
import { existingFiles, type FileToWrite, writeAllOrNothing } from './write.js';
import { audienceToYaml } from './yaml.js';

export { backupFolder, DEFAULT_BACKUP_ROOT, writeBackup } from './backup.js';
export {
  classifyText,
  type FileKind,
  type FolderChanges,
  ForeignFilesError,
  isRepositoryRoot,
  planFolderChanges,
  RemovalRefusedError,
  type SurveyedFile,
  surveyFolder,
} from './folder.js';
export {
  DEFAULT_SCHEMA_URL,
  resolveSchemaRef,
  SCHEMA_REPO_PATH,
  schemaUrlFor,
  schemaUrlForAction,
} from './schema-ref.js';
export { assignSlugs, slugify } from './slug.js';
export {
  existingFiles,
  type FileToWrite,
  OverwriteRefusedError,
  writeAllOrNothing,
} from './write.js';
export { type AudienceYamlOptions, audienceToYaml, pickProfile, profileToYaml } from './yaml.js';

export interface ExportOptions {
  /** The folder to write into, relative to `cwd` (created when missing). */
  outDir: string;
  /**
   * Replace what the folder holds: overwrite existing targets and remove the other
   * audience files, so that the folder is exactly the export. Without it, any existing
   * target or other audience file stops the export.
   */
  force: boolean;
  cwd: string;
  /**
   * The `$schema` reference in each file's `yaml-language-server` comment: a URL, or a
   * path relative to `cwd`. Default: this project's schema when `cwd` holds it, else the
   * published URL (see {@link resolveSchemaRef}).
   */
  schema?: string;
}

export interface ExportResult {
  /** The files written, relative to `cwd` with `/` separators, sorted. */
  written: string[];
  /** The written files that existed before (a subset of `written`). */
  overwritten: string[];
  /** Audience files that the export did not rewrite, removed so the folder is exact. */
  removed: string[];
  /** Audiences that got no file, with the file they would have had and why. */
  skipped: { file: string; reason: string }[];
  /** The written files of audiences the account may not update (a subset of `written`). */
  readOnly: string[];
}

/** One rendered audience file. */
export interface ExportFile extends FileToWrite {
  id: string;
  name: string;
  readOnly: boolean;
}

/** What an export would write: pure, so it can be shown or tested without touching disk. */
export interface RenderedExport {
  files: ExportFile[];
  skipped: { file: string; reason: string }[];
}

/**
 * Writes one YAML file per remote audience, so that the folder then holds exactly the
 * export. Without `force`, throws `OverwriteRefusedError` when a target or any other
 * audience file exists; with it, overwrites the targets and removes the other audience
 * files. Throws `ForeignFilesError` or `RemovalRefusedError` (see
 * {@link planFolderChanges}) when that cannot be done safely. Whenever it throws, nothing
 * was written or removed.
 */
export async function exportWorkspace(
  audiences: AudienceApi,
  options: ExportOptions,
): Promise<ExportResult> {
  await refuseNonFolder(options.outDir, options.cwd);
  const remote = await audiences.listAudiences();
  const schemaPath = await resolveSchemaRef(options.schema, options.cwd, options.outDir);
  const rendered = renderExport(remote, { outDir: options.outDir, schemaPath });
  const targets = rendered.files.map((f) => f.file);
  const changes = planFolderChanges(targets, await surveyFolder(options.outDir, options.cwd), {
    outDir: options.outDir,
    cwd: options.cwd,
    force: options.force,
    existingTargets: await existingFiles(targets, options.cwd),
    repositoryRoot: await isRepositoryRoot(options.outDir, options.cwd),
  });
  await writeAllOrNothing(rendered.files, {
    cwd: options.cwd,
    force: options.force,
    remove: changes.remove,
  });
  return {
    written: targets,
    overwritten: changes.overwrite,
    removed: changes.remove,
    skipped: rendered.skipped,
    readOnly: rendered.files.filter((f) => f.readOnly).map((f) => f.file),
  };
}

/** The export writes one file per audience into a folder: a file in its place is an error. */
async function refuseNonFolder(outDir: string, cwd: string): Promise<void> {
  const found = await stat(path.resolve(cwd, outDir)).catch(() => undefined);
  if (found && !found.isDirectory()) {
    throw new Error(
      `${outDir} is a file, not a folder: export writes one file per audience into a folder, so give a folder (or a path that does not exist yet)`,
    );
  }
}

/**
 * Pure: the files an export of `remote` consists of. File names come from slugs of the
 * names, made distinct deterministically. An audience is skipped, with the reason, when
 * its name is shared with another remote audience (a file could match either, and the
 * plan would refuse to pick one) or when its profile would not pass validation (one bad
 * file would block every plan of the folder).
 */
export function renderExport(
  remote: readonly RemoteAudience[],
  options: { outDir: string; schemaPath: string },
): RenderedExport {
  const dir = toPosix(options.outDir);
  const slugs = assignSlugs(remote);
  const fileOf = (a: RemoteAudience) => path.posix.join(dir, `${slugs.get(a.id)}.yml`);
  const ordered = [...remote].sort((a, b) => compareText(fileOf(a), fileOf(b)));

  const sameName = new Map<string, RemoteAudience[]>();
  for (const audience of ordered) {
    const key = audience.name.trim();
    sameName.set(key, [...(sameName.get(key) ?? []), audience]);
  }

  const files: ExportFile[] = [];
  const skipped: RenderedExport['skipped'] = [];
  for (const audience of ordered) {
    const file = fileOf(audience);
    const twins = sameName.get(audience.name.trim()) ?? [];
    if (twins.length > 1) {
      skipped.push({ file, reason: duplicateReason(audience, twins) });
      continue;
    }
    const readOnly = !audience.permissions.canUpdate;
    const note = permissionNote(audience);
    const text = audienceToYaml(audience, {
      schemaPath: options.schemaPath,
      ...(note ? { note } : {}),
    });
    files.push({ file, text, id: audience.id, name: audience.name, readOnly });
  }

  const problems = loadFromSources(files).problems.filter((p) => p.severity === 'error');
  if (problems.length === 0) return { files, skipped };
  const invalid = new Set(problems.map((p) => p.file));
  for (const file of invalid) {
    const messages = problems
      .filter((p) => p.file === file)
      .map((p) => `line ${p.line}: ${p.message}`);
    skipped.push({
      file,
      reason: `its profile in neuroflash would not pass validation (${messages.join('; ')}); fix it in neuroflash and export again`,
    });
  }
  skipped.sort((a, b) => compareText(a.file, b.file));
  return { files: files.filter((f) => !invalid.has(f.file)), skipped };
}

function duplicateReason(audience: RemoteAudience, twins: RemoteAudience[]): string {
  const ids = twins
    .map((t) => t.id)
    .sort(compareText)
    .join(', ');
  return (
    `${twins.length} audiences in neuroflash are named ${JSON.stringify(audience.name.trim())} ` +
    `(ids ${ids}); a file matches audiences by name, so rename all but one in neuroflash ` +
    'and export again'
  );
}

/** The comment that warns a reviewer before they edit something the sync may not change. */
function permissionNote(audience: RemoteAudience): string | undefined {
  const { canUpdate, canDelete } = audience.permissions;
  if (!canUpdate && !canDelete) {
    return 'Owned by another user: audience-sync can read it but not change or delete it (updates will be blocked).';
  }
  if (!canUpdate) {
    return 'Owned by another user: audience-sync can read it but not change it (updates will be blocked).';
  }
  if (!canDelete) {
    return 'audience-sync may update this audience but not delete it (a delete will be blocked).';
  }
  return undefined;
}

function toPosix(dir: string): string {
  const posix = path.posix.normalize(dir.split(path.sep).join('/'));
  return posix.length > 1 ? posix.replace(/\/+$/, '') : posix;
}
