/**
 * The CLI's workspace: the git repository it runs in (or the working folder outside one).
 * validate, plan and apply read no audience file outside it, by argument or through a
 * symbolic link, and read none larger than `--max-file-size`.
 */
import { lstat, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, runCli } from '../../src/cli.js';
import { workspaceRoot } from '../../src/commands/files.js';

let tmp: string;
/** `<tmp>/repo`, a git repository (its `.git` a folder). */
let repo: string;
/** `<tmp>/outside.yml`, a valid audience file outside the repository. */
let outside: string;

const audience = (name: string) =>
  [
    `name: ${name}`,
    'residence: Berlin',
    'minAge: 20',
    'maxAge: 40',
    'genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }',
    'interests: [cycling]',
    'needs: [spare parts]',
    'painPoints: [flat tyres]',
    '',
  ].join('\n');

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'audience-sync-workspace-'));
  repo = path.join(tmp, 'repo');
  outside = path.join(tmp, 'outside.yml');
  await writeFile(outside, audience('Outside marker'));
  await mkdir(path.join(repo, '.git'), { recursive: true });
  await mkdir(path.join(repo, 'audiences'), { recursive: true });
  await writeFile(path.join(repo, 'audiences', 'inside.yml'), audience('Inside audience'));
  await mkdir(path.join(repo, 'team', 'audiences'), { recursive: true });
  await writeFile(path.join(repo, 'team', 'audiences', 'team.yml'), audience('Team audience'));
  await mkdir(path.join(repo, 'linked'), { recursive: true });
  await symlink(outside, path.join(repo, 'linked', 'out.yml'));
  await writeFile(path.join(repo, 'linked', 'fine.yml'), audience('Fine audience'));
  await mkdir(path.join(repo, 'big'), { recursive: true });
  await writeFile(
    path.join(repo, 'big', 'large.yml'),
    `${audience('Large audience')}additionalInformation: ${'x'.repeat(1500)}\n`,
  );
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    cwd,
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** `validate --json`: the problems and the files read. */
async function validateJson(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const { code, stdout } = await cli(['validate', '--json', ...args], cwd, env);
  return {
    code,
    report: JSON.parse(stdout) as {
      problems: { file: string; line: number; rule: string; message: string }[];
      files: number;
      audiences: number;
    },
  };
}

describe('the workspace root', () => {
  it('is the nearest folder upwards holding .git, a folder or a worktree file', async () => {
    expect(workspaceRoot(path.join(repo, 'team', 'audiences'))).toBe(repo);
    expect(workspaceRoot(repo)).toBe(repo);
    const worktree = path.join(tmp, 'worktree');
    await mkdir(path.join(worktree, 'deep'), { recursive: true });
    await writeFile(path.join(worktree, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    expect(workspaceRoot(path.join(worktree, 'deep'))).toBe(worktree);
  });

  it('is the working folder outside any repository', async () => {
    const plain = path.join(tmp, 'plain', 'sub');
    await mkdir(plain, { recursive: true });
    expect(workspaceRoot(plain)).toBe(plain);
  });
});

describe('validate, plan and apply stay inside the workspace', () => {
  it('refuses a ../ argument that leaves the repository, and reads nothing', async () => {
    const { code, report } = await validateJson(['../outside.yml'], repo);
    expect(code).toBe(1);
    expect(report.files).toBe(0);
    expect(report.audiences).toBe(0);
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: '../outside.yml',
        rule: 'outside-workspace',
        message: `'../outside.yml' is outside the workspace (${repo}); give a path inside it`,
      }),
    ]);
  });

  it('refuses an absolute path outside the repository, with a clear line', async () => {
    const { code, stdout, stderr } = await cli(['validate', outside], repo);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${outside}:1:1: '${outside}' is outside the workspace (${repo})`);
    expect(stdout).not.toContain('Outside marker');
  });

  it('refuses it from a subfolder too: the root is the repository, not the working folder', async () => {
    const { code, report } = await validateJson(['../../outside.yml'], path.join(repo, 'team'));
    expect(code).toBe(1);
    expect(report.files).toBe(0);
    expect(report.problems[0]?.rule).toBe('outside-workspace');
  });

  it('outside any repository, the working folder is the workspace', async () => {
    const plain = path.join(tmp, 'plain-folder');
    await mkdir(plain, { recursive: true });
    const { code, report } = await validateJson(['../outside.yml'], plain);
    expect(code).toBe(1);
    expect(report.files).toBe(0);
    expect(report.problems[0]?.rule).toBe('outside-workspace');
  });

  it('reads a path in a subfolder from that subfolder, and from it up into the repository', async () => {
    const team = path.join(repo, 'team');
    expect(await cli(['validate', 'audiences'], team)).toEqual({
      code: 0,
      stdout: '✓ 1 audience in 1 file is valid\n',
      stderr: '',
    });
    const up = await validateJson(['../audiences'], team);
    expect(up).toEqual({ code: 0, report: { problems: [], audiences: 1, files: 1 } });
  });

  it('a symbolic link out of the repository in the folder is an error at the link', async () => {
    const { code, stdout } = await cli(['validate', 'linked'], repo);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^linked\/out\.yml:1:1: .*outside the workspace/m);
    expect(stdout).not.toContain('Outside marker');
  });

  it('plan reports the link the same way, before it needs credentials', async () => {
    const { code, stdout, stderr } = await cli(['plan', 'linked'], repo);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^linked\/out\.yml:1:1: .*outside the workspace/m);
  });

  it('apply refuses a path outside before it needs credentials', async () => {
    const { code, stdout } = await cli(['apply', '--yes', '../outside.yml'], repo);
    expect(code).toBe(1);
    expect(stdout).toContain("'../outside.yml' is outside the workspace");
  });
});

describe('--max-file-size', () => {
  it('a file over the cap is a located error; the default cap reads it', async () => {
    expect((await cli(['validate', 'big'], repo)).code).toBe(0);
    const { code, stdout } = await cli(['validate', 'big', '--max-file-size', '1KiB'], repo);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^big\/large\.yml:1:1: .*1 KiB/m);
  });

  it('AUDIENCE_SYNC_MAX_FILE_SIZE sets it, and the flag wins over it', async () => {
    const env = { AUDIENCE_SYNC_MAX_FILE_SIZE: '1KiB' };
    expect((await cli(['validate', 'big'], repo, env)).code).toBe(1);
    expect((await cli(['validate', 'big', '--max-file-size', '1MiB'], repo, env)).code).toBe(0);
  });

  it('plan honours it as validate does', async () => {
    const { code, stdout } = await cli(['plan', 'big', '--max-file-size', '1024'], repo);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^big\/large\.yml:1:1: .*1 KiB/m);
  });

  it('a size it cannot read is refused, naming the flag or the variable', async () => {
    const bad = await cli(['validate', 'big', '--max-file-size', '2MB'], repo);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'audience-sync validate: --max-file-size must be a size in bytes such as 1048576, 512KiB or 2MiB, got `2MB`',
    );
    const env = await cli(['plan', 'big'], repo, { AUDIENCE_SYNC_MAX_FILE_SIZE: '0' });
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('AUDIENCE_SYNC_MAX_FILE_SIZE must be a size in bytes');
  });
});

describe('export and bootstrap write only inside the workspace', () => {
  it('export refuses an --out outside the repository, before it connects, and creates nothing', async () => {
    const { code, stderr } = await cli(['export', '--out', '../exported'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `audience-sync export: --out "../exported" is outside the workspace (${repo}); give a path inside it`,
    );
    await expect(lstat(path.join(tmp, 'exported'))).rejects.toThrow(/ENOENT/);
  });

  it('export refuses an --out that leaves through a symbolic link', async () => {
    await symlink(tmp, path.join(repo, 'up'));
    const { code, stderr } = await cli(['export', '--out', 'up/exported'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('--out "up/exported" is outside the workspace');
  });

  it('bootstrap refuses an --out outside the repository, before it connects', async () => {
    const args = ['bootstrap', '--url', 'https://brand.example/', '--out', outside];
    const { code, stderr } = await cli(args, path.join(repo, 'team'));
    expect(code).toBe(1);
    expect(stderr).toContain(`--out "${outside}" is outside the workspace (${repo})`);
  });
});

describe('help', () => {
  it('plan --help lists --timeout-minutes and --max-file-size; validate --help lists --max-file-size', async () => {
    const plan = await cli(['plan', '--help'], repo);
    expect(plan.stdout).toContain('--timeout-minutes N');
    expect(plan.stdout).toContain('--max-file-size SIZE');
    expect(plan.stdout).not.toContain('--backup');
    expect((await cli(['validate', '--help'], repo)).stdout).toContain('--max-file-size SIZE');
    expect((await cli(['apply', '--help'], repo)).stdout).toContain('--max-file-size SIZE');
    expect((await cli(['bootstrap', '--help'], repo)).stdout).toContain('--max-file-size SIZE');
  });

  it('plan refuses --backup: it writes nothing to back up', async () => {
    const { code, stderr } = await cli(['plan', '--backup', 'x'], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('--backup is for apply');
  });
});
