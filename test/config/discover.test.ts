import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAudienceFiles, loadAudiences } from '../../src/config/index.js';

const VALID = ['name: Alpha one', 'state: absent', ''].join('\n');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'audience-sync-discover-'));
  const files: Record<string, string> = {
    'audiences/b.yml': VALID.replace('Alpha one', 'Bravo two'),
    'audiences/a.yaml': VALID,
    'audiences/team/c.yml': VALID.replace('Alpha one', 'Charlie three'),
    'audiences/README.md': '# not an audience\n',
    'audiences/notes.txt': 'name: not read\n',
    'other/d.yml': VALID.replace('Alpha one', 'Delta four'),
    'other/e.txt': VALID.replace('Alpha one', 'Echo five'),
    'empty-folder/.keep': '',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findAudienceFiles', () => {
  it('a folder gives its .yml and .yaml files at any depth, sorted, relative, posix', async () => {
    expect(await findAudienceFiles(['audiences'], dir)).toEqual([
      'audiences/a.yaml',
      'audiences/b.yml',
      'audiences/team/c.yml',
    ]);
  });

  it('a file gives itself, whatever its extension', async () => {
    expect(await findAudienceFiles(['other/e.txt'], dir)).toEqual(['other/e.txt']);
  });

  it('a glob gives only its .yml and .yaml matches', async () => {
    expect(await findAudienceFiles(['*/*'], dir)).toEqual([
      'audiences/a.yaml',
      'audiences/b.yml',
      'other/d.yml',
    ]);
  });

  it('overlapping entries give each file once', async () => {
    expect(await findAudienceFiles(['audiences', 'audiences/b.yml', '**/*.yml'], dir)).toEqual([
      'audiences/a.yaml',
      'audiences/b.yml',
      'audiences/team/c.yml',
      'other/d.yml',
    ]);
  });

  it('an absolute folder is given relative to cwd', async () => {
    expect(await findAudienceFiles([path.join(dir, 'other')], path.join(dir, 'audiences'))).toEqual(
      ['../other/d.yml'],
    );
  });
});

describe('loadAudiences: entries that match nothing are errors', () => {
  it('names the entry, at line 1, column 1, and still loads the rest', async () => {
    const result = await loadAudiences(
      ['audiences', 'missing', 'empty-folder', 'nothing/*.yml', 'audiences/*.md'],
      { cwd: dir },
    );
    expect(result.problems).toEqual([
      {
        file: 'audiences/*.md',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-files',
        message:
          "the pattern 'audiences/*.md' matches no .yml or .yaml file; check the path or the glob",
      },
      {
        file: 'empty-folder',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-files',
        message:
          "the folder 'empty-folder' contains no .yml or .yaml file; add audience files or give another path",
      },
      {
        file: 'missing',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-files',
        message: "'missing' does not exist; give a folder, a .yml or .yaml file, or a glob",
      },
      {
        file: 'nothing/*.yml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-files',
        message:
          "the pattern 'nothing/*.yml' matches no .yml or .yaml file; check the path or the glob",
      },
    ]);
    expect(result.audiences.map((a) => a.name)).toEqual([
      'Alpha one',
      'Bravo two',
      'Charlie three',
    ]);
    expect(result.files).toEqual(['audiences/a.yaml', 'audiences/b.yml', 'audiences/team/c.yml']);
  });

  it('no paths at all is not "zero audiences" silently: each given entry must match', async () => {
    const result = await loadAudiences(['gone'], { cwd: dir });
    expect(result.files).toEqual([]);
    expect(result.problems.map((p) => p.rule)).toEqual(['no-files']);
  });
});
