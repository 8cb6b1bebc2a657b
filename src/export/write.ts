/**
 * All-or-nothing file writes. Export and bootstrap both promise never to clobber a file
 * the user has (unless forced) and never to leave half a result behind, so every target
 * is checked before anything is written, and each file appears only by a rename of a
 * fully written temporary file.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Some target files exist and overwriting was not allowed; nothing was written. */
export class OverwriteRefusedError extends Error {
  override name = 'OverwriteRefusedError';
  constructor(
    /** The existing files, as the caller named them. */
    readonly files: string[],
  ) {
    const count = files.length === 1 ? '1 existing file' : `${files.length} existing files`;
    super(`refusing to overwrite ${count} (nothing was written): ${files.join(', ')}`);
  }
}

/** One file to write: `file` as the user sees it (relative to `cwd`), and its text. */
export interface FileToWrite {
  file: string;
  text: string;
}

/** The files among `files` (relative to `cwd`) that exist, symlinks included. */
export async function existingFiles(files: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    try {
      await lstat(path.resolve(cwd, file));
      found.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}

/**
 * Writes every file or none: refuses with {@link OverwriteRefusedError} when any target
 * exists and `force` is false; otherwise writes all texts to temporary files beside their
 * targets first and renames them into place only once all were written.
 */
export async function writeAllOrNothing(
  files: readonly FileToWrite[],
  options: { cwd: string; force: boolean },
): Promise<void> {
  if (!options.force) {
    const existing = await existingFiles(
      files.map((f) => f.file),
      options.cwd,
    );
    if (existing.length > 0) throw new OverwriteRefusedError(existing);
  }

  const staged: { temp: string; target: string }[] = [];
  try {
    for (const { file, text } of files) {
      const target = path.resolve(options.cwd, file);
      await mkdir(path.dirname(target), { recursive: true });
      // A dot-file with a random part: never matched by the audience globs, never shared.
      const temp = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      staged.push({ temp, target });
      await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const [index, { temp, target }] of staged.entries()) {
    try {
      await rename(temp, target);
    } catch (error) {
      await Promise.all(staged.slice(index).map((s) => rm(s.temp, { force: true })));
      throw error;
    }
  }
}
