/**
 * `npm run build`: the three bundles of `dist/` (the Action, the CLI, the file-check
 * worker), built by ncc in parallel processes, then the fingerprint of their sources
 * (`dist/source-hash.txt`) that the tests compare before they run a bundle. Plain
 * JavaScript, so that the build needs nothing but node and ncc.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NCC = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
// ncc empties its output folder of scripts, sub-folders included: the bundles that live
// below `dist/` are built apart and moved in once every build is done.
const STAGING = join(ROOT, 'node_modules/.cache/audience-sync-build');

/** Entry, folder below `dist/` ('' for `dist/` itself) and extra flags of each bundle. */
const BUNDLES = [
  ['src/index.cjs', '', ['--license', 'licenses.txt', '--minify']],
  ['src/cli-entry.cjs', 'cli', ['--minify']],
  ['src/config/worker.ts', 'load-worker', ['--minify']],
];

/** @param {string} entry @param {string} out @param {string[]} flags @returns {Promise<void>} */
function bundle(entry, out, flags) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NCC, 'build', entry, '-o', out, ...flags, '--quiet'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited with ${code}`)),
    );
  });
}

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
rmSync(STAGING, { recursive: true, force: true });
await Promise.all(
  BUNDLES.map(([entry, sub, flags]) =>
    bundle(entry, sub === '' ? join(ROOT, 'dist') : join(STAGING, sub), flags),
  ),
);
mkdirSync(join(ROOT, 'dist'), { recursive: true });
for (const [, sub] of BUNDLES)
  if (sub !== '') renameSync(join(STAGING, sub), join(ROOT, 'dist', sub));
// The Action's and the CLI's bundles are CommonJS (see src/index.cjs, src/cli-entry.cjs):
// ncc names each index.cjs, action.yml and bin/ run index.js, and a package.json beside
// each makes its .js files CommonJS (the worker's folder carries its own, "module").
for (const folder of ['dist', 'dist/cli']) {
  renameSync(join(ROOT, folder, 'index.cjs'), join(ROOT, folder, 'index.js'));
  writeFileSync(join(ROOT, folder, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
}
rmSync(STAGING, { recursive: true, force: true });
writeFileSync(join(ROOT, SOURCE_HASH_FILE), `${sourceHash(ROOT)}\n`);
