/** The stale-build guard of the tests that run `dist/`. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs';
import { assertFreshDist } from './dist.js';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** A repository with one source file and a bundle built from it. */
async function builtRepository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'audience-sync-dist-guard-'));
  await mkdir(join(dir, 'src'), { recursive: true });
  await mkdir(join(dir, 'dist'), { recursive: true });
  await writeFile(join(dir, 'src/index.ts'), 'export const a = 1;\n');
  await writeFile(join(dir, 'package-lock.json'), '{}\n');
  await writeFile(join(dir, 'dist/index.js'), 'export const a = 1;\n');
  await writeFile(join(dir, SOURCE_HASH_FILE), `${sourceHash(dir)}\n`);
  return dir;
}

describe('assertFreshDist', () => {
  it('accepts a build of the sources as they are', async () => {
    root = await builtRepository();
    expect(() => assertFreshDist('dist/index.js', root)).not.toThrow();
  });

  it('refuses a build older than an edit of src/, naming the fix', async () => {
    root = await builtRepository();
    await writeFile(join(root, 'src/index.ts'), 'export const a = 2;\n');
    expect(() => assertFreshDist('dist/index.js', root)).toThrow(
      'dist/ was built from older sources than src/ holds now: run `npm run build` first',
    );
  });

  it('refuses a build without its fingerprint, and a missing bundle', async () => {
    root = await builtRepository();
    expect(() => assertFreshDist('dist/cli/index.js', root)).toThrow(
      'dist/cli/index.js is missing: run `npm run build` first',
    );
    await rm(join(root, SOURCE_HASH_FILE));
    await writeFile(join(root, 'src/new.ts'), '\n');
    expect(() => assertFreshDist('dist/index.js', root)).toThrow(
      `${SOURCE_HASH_FILE} is missing, so dist/ may be stale`,
    );
  });
});
