/**
 * Why an export into a folder stopped before writing anything (see `folder.ts`). Apart
 * from the folder logic, so that the CLI can recognise them without loading the YAML
 * parser that the folder's survey needs.
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
