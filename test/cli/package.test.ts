/**
 * The package as a stranger installs it: `npm pack`, then the tarball installed into an
 * empty folder with `--omit=dev`, then `audience-sync --version` and `validate` from
 * there. Both bundles are self-contained, so the install needs no other package and no
 * registry; npm's cache is a temporary folder, never the user's.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceYaml, CLI_NODE, makeTempDir, requireFreshCliBundle } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const exec = promisify(execFile);

let dir: string;
let cleanup: () => Promise<void>;
let installed: string;
/** PATH with the Node under test first, so the bin's `#!/usr/bin/env node` finds it. */
let env: NodeJS.ProcessEnv;

const npm = (args: string[], cwd: string) =>
  exec('npm', [...args, '--cache', path.join(dir, 'npm-cache'), '--no-audit', '--no-fund'], {
    cwd,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

async function run(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await exec(path.join(installed, '.bin', 'audience-sync'), args, {
      cwd,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  requireFreshCliBundle();
  ({ dir, cleanup } = await makeTempDir());
  // The build is checked fresh above; packing must not rebuild it (prepack would).
  const { stdout } = await npm(['pack', '--ignore-scripts', '--pack-destination', dir, ROOT], dir);
  const tarball = path.join(dir, stdout.trim().split('\n').pop() ?? '');
  const project = path.join(dir, 'project');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), '{ "name": "stranger", "private": true }\n');
  await npm(['install', '--omit=dev', tarball], project);
  installed = path.join(project, 'node_modules');
  env = { ...process.env, PATH: `${path.dirname(CLI_NODE)}${path.delimiter}${process.env.PATH}` };
}, 120_000);
afterAll(() => cleanup?.());

describe('the packed CLI, installed without dev dependencies', () => {
  it('installs only itself: the bundles carry their libraries', async () => {
    expect(await readdir(installed)).toEqual(expect.arrayContaining(['@audience-sync', '.bin']));
    expect((await readdir(installed)).filter((e) => !e.startsWith('.'))).toEqual([
      '@audience-sync',
    ]);
    const files = await readdir(path.join(installed, '@audience-sync/cli'), { recursive: true });
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'bin/audience-sync.js']));
    // Neither sources nor tests nor the Action's bundle are published.
    expect(files.filter((f) => /^(src|test)\b|^dist\/index\.js$/.test(f))).toEqual([]);
  });

  it('audience-sync --version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    const result = await run(['--version'], dir);
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('audience-sync validate checks files, and fails on a bad one', async () => {
    const project = path.join(dir, 'files');
    await mkdir(path.join(project, 'audiences'), { recursive: true });
    await writeFile(path.join(project, 'audiences/a.yml'), audienceYaml('Marketing leads'));
    expect(await run(['validate'], project)).toEqual({
      code: 0,
      stdout: '✓ 1 audience in 1 file is valid\n',
      stderr: '',
    });
    await writeFile(path.join(project, 'audiences/b.yml'), 'name: x\n');
    const bad = await run(['validate'], project);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^audiences\/b\.yml:\d+:\d+: /);
    expect(bad.stdout).toMatch(/; nothing was written\.\n$/);
    await rm(path.join(project, 'audiences/b.yml'));
  });
});
