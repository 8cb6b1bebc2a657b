/**
 * The tests that run a bundle of `dist/` check first that it was built from the sources
 * as they are now: otherwise an edit of `src/` would be tested against the old build
 * without a word. The build writes the fingerprint of its sources; this compares it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIX = 'run `npm run build` first (`npm test` does)';

let checked: string | undefined;

/**
 * Throws, naming the command that fixes it, when `bundle` (a path below the repository
 * root, e.g. `dist/index.js`) is missing or `dist/` was built from other sources.
 */
export function assertFreshDist(bundle: string, root = ROOT): void {
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: ${FIX}.`);
  if (checked === root) return;
  const stamp = join(root, SOURCE_HASH_FILE);
  if (!existsSync(stamp)) {
    throw new Error(`${SOURCE_HASH_FILE} is missing, so dist/ may be stale: ${FIX}.`);
  }
  if (readFileSync(stamp, 'utf8').trim() !== sourceHash(root)) {
    throw new Error(`dist/ was built from older sources than src/ holds now: ${FIX}.`);
  }
  checked = root;
}
