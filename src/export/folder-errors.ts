/**
 * Why an export into a folder (or any all-or-nothing write) stopped before writing
 * anything (see `folder.ts`, `write.ts`). Apart from the logic, so that the CLI can
 * recognise them without loading the YAML parser that the folder's survey needs, or the
 * writer's own modules.
 */

/**
 * Files in the folder that `plan` would read but that are not recognisably audience
 * files. The export cannot be exact while they are there, and it never deletes what it
 * cannot recognise, so it stops; nothing was written or removed.
 */
export class ForeignFilesError extends Error {
  override name = 'ForeignFilesError';
  constructor(
    readonly outDir: string,
    readonly files: { file: string; reason: string }[],
  ) {
    const count = files.length === 1 ? '1 file' : `${files.length} files`;
    const list = files.map((f) => `${f.file} (${f.reason})`).join(', ');
    super(
      `${outDir} holds ${count} that \`plan ${outDir}\` would read but that ${files.length === 1 ? 'is not an audience file' : 'are not audience files'}, ` +
        `so the export could not be exact (nothing was written or removed): ${list}`,
    );
  }
}

/** Removing files was needed but is not safe here; nothing was written or removed. */
export class RemovalRefusedError extends Error {
  override name = 'RemovalRefusedError';
  constructor(
    readonly why: 'repository-root' | 'nothing-exported',
    readonly outDir: string,
    /** The audience files that would have been removed. */
    readonly files: string[],
  ) {
    const count = files.length === 1 ? '1 audience file' : `${files.length} audience files`;
    const list = files.join(', ');
    super(
      why === 'repository-root'
        ? `refusing to remove ${count} from ${outDir}, the root of a git repository, where audience-shaped files may be fixtures or examples (nothing was written or removed): ${list}`
        : `the workspace has no audience to export, and refusing to empty ${outDir} of its ${count} (nothing was written or removed): ${list}`,
    );
  }
}

/**
 * Some target files exist, or the folder holds other audience files, and replacing them
 * was not allowed; nothing was written.
 */
export class OverwriteRefusedError extends Error {
  override name = 'OverwriteRefusedError';
  constructor(
    /** The existing files, as the caller named them. */
    readonly files: string[],
    /** Other audience files beside them that a forced export would remove. */
    readonly others: string[] = [],
  ) {
    const count = (n: number, what: string) => (n === 1 ? `1 ${what}` : `${n} ${what}s`);
    const parts = [
      files.length > 0 && `overwrite ${count(files.length, 'existing file')}: ${files.join(', ')}`,
      others.length > 0 &&
        `leave ${count(others.length, 'other audience file')} beside the export, which would then not be exact: ${others.join(', ')}`,
    ].filter(Boolean);
    super(
      others.length === 0
        ? `refusing to overwrite ${count(files.length, 'existing file')} (nothing was written): ${files.join(', ')}`
        : `refusing to ${parts.join('; and to ')} (nothing was written)`,
    );
  }
}
