/**
 * The fingerprint of what the bundles in `dist/` are built from: every file under `src/`
 * and the locked dependencies. The build writes it next to the bundles; the tests that
 * run `dist/` compare it with the sources they see and refuse a stale build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the build writes the fingerprint, relative to the repository root. */
export const SOURCE_HASH_FILE = 'dist/source-hash.txt';

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * The sha256 of the sources' paths and contents, in a fixed order.
 * @param {string} root the repository root
 * @returns {string}
 */
export function sourceHash(root) {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(root, 'src')), join(root, 'package-lock.json')]
    .map((file) => relative(root, file).split('\\').join('/'))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
