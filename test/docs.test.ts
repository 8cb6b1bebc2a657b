/**
 * The repository is self-contained: no file names a document outside it, and every
 * `docs/…` file that a comment or document points to exists. A reader of the repository
 * must be able to follow every pointer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `dist/` is built from `src/`, which is checked; the tests that run it refuse a stale one.
const SKIPPED = new Set(['node_modules', '.git', 'dist']);

/** Every text file of the repository, by path relative to the root. */
function repositoryFiles(dir = ROOT): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...repositoryFiles(path));
    else if (entry.isFile()) files.push(relative(ROOT, path));
  }
  return files;
}

function text(file: string): string | undefined {
  const bytes = readFileSync(join(ROOT, file));
  return bytes.includes(0) ? undefined : bytes.toString('utf8');
}

// Built from parts, so that this file does not name them itself.
const OUTSIDE = [
  ['SPEC', '.md'],
  ['STYLE', '.md'],
  ['neuroflash-api', '.md'],
  ['SPEC', ' §'],
  ['STYLE', ' §'],
  ['../', 'shared/'],
  ['/work/', 'shared'],
].map(([a, b]) => `${a}${b}`);

describe('the repository names nothing outside itself', () => {
  const files = repositoryFiles();
  // Read once for both checks; binary files (a NUL byte) are left out.
  const texts = files.flatMap((file) => {
    const content = text(file);
    return content === undefined ? [] : [{ file, content }];
  });

  it('has files to check', () => {
    expect(files).toContain('src/retry.ts');
    expect(files).toContain('docs/README.md');
  });

  it('no file names a document outside the repository', () => {
    const found: string[] = [];
    for (const { file, content } of texts) {
      for (const name of OUTSIDE) if (content.includes(name)) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('every docs/ file a source, test or document points to exists', () => {
    const existing = new Set(files.filter((f) => f.startsWith('docs/')));
    const missing: string[] = [];
    for (const { file, content } of texts) {
      // Pages and pictures, in docs/ or a folder below it (the README's picture).
      for (const match of content.matchAll(/\bdocs\/[\w./-]+\.(?:md|png|svg)\b/g)) {
        if (!existing.has(match[0])) missing.push(`${file}: ${match[0]}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
