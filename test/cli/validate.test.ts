import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, runCli } from '../../src/cli.js';
import { loadAudiences } from '../../src/config/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], cwd = root): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    // No credentials and no URLs: validate must not need any.
    env: {},
    cwd,
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const I = 'test/fixtures/invalid';

describe('audience-sync validate', () => {
  it('lists every defect of test/fixtures/invalid in one run, sorted, with a count, and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['validate', I]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `${I}/age-out-of-range.yml:5:9: maxAge is 130; it must be a whole number from 0 to 120`,
        `${I}/duplicate-key.yml:10:1: duplicate key 'residence'; each key may appear only once in an audience, so remove one of them`,
        `${I}/duplicate-name-b.yml:2:7: the name 'Freelance designers' is already used by the audience at ${I}/duplicate-name-a.yml:2; names must be unique across all files`,
        `${I}/empty-name.yml:2:7: name is empty; it must be a text of 3 to 100 characters`,
        `${I}/empty.yml:1:1: the file declares no audience; add at least one YAML document with a name, or delete the file`,
        `${I}/gender-missing-key.yml:7:3: genderDistribution lacks 'nonBinary'; it needs all of female, male, nonBinary and preferNotToSay`,
        `${I}/gender-sum-high.yml:6:1: genderDistribution sums to 1.1; the four shares must sum to 1`,
        `${I}/gender-sum-low.yml:6:1: genderDistribution sums to 0.9; the four shares must sum to 1`,
        `${I}/min-age-above-max.yml:4:9: minAge 50 is greater than maxAge 30; minAge must be at most maxAge`,
        `${I}/multi-document-one-bad.yml:19:9: shared is the text 'maybe'; it must be true or false`,
        `${I}/not-a-mapping.yml:2:1: this document is a list; an audience must be a mapping of keys such as name:, residence: and minAge:`,
        `${I}/previous-name-reused.yml:19:33: previous name 'Wedding planners' is the name of the audience at ${I}/previous-name-reused.yml:2; a name cannot be both an audience's name and another's previous name, so remove it here or rename that audience`,
        `${I}/syntax-error.yml:3:12: invalid YAML: nested mappings are not allowed in compact mappings; quote a value that contains ': ', or check the indentation`,
        `${I}/unknown-key.yml:7:1: unknown key 'intrests'; did you mean 'interests'?`,
        `${I}/wrong-type.yml:4:9: minAge is the text 'twenty-five'; it must be a whole number from 0 to 120`,
        '15 errors in 16 files; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('confirms valid files and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['validate', 'test/fixtures/valid']);
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: '✓ 5 audiences in 4 files are valid\n',
      stderr: '',
    });
  });

  it('reads audiences/ when no path is given', async () => {
    const { code, stdout } = await cli(['validate']);
    const expected = await loadAudiences(['audiences'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe(
      `✓ ${expected.audiences.length} audiences in ${expected.files.length} files are valid\n`,
    );
  });

  it('takes several paths, files and globs at once', async () => {
    const { code, stdout } = await cli([
      'validate',
      'test/fixtures/valid/full-profile.yml',
      'test/fixtures/valid/two-*.yml',
    ]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '✓ 3 audiences in 2 files are valid\n' });
  });

  it('fails on a path that matches nothing, rather than validating zero files', async () => {
    const { code, stdout } = await cli(['validate', 'no/such/folder']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      "no/such/folder:1:1: 'no/such/folder' does not exist; give a folder, a .yml or .yaml file, or a glob\n1 error in 0 files; nothing was written.\n",
    );
  });

  it('--json prints the problems and the counts', async () => {
    const { code, stdout } = await cli(['validate', `${I}/gender-sum-low.yml`, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      problems: [
        {
          file: `${I}/gender-sum-low.yml`,
          line: 6,
          column: 1,
          severity: 'error',
          rule: 'gender-sum',
          message: 'genderDistribution sums to 0.9; the four shares must sum to 1',
        },
      ],
      audiences: 0,
      files: 1,
    });
  });

  it('--json on valid files exits 0 with no problems', async () => {
    const { code, stdout } = await cli(['validate', '--json', 'test/fixtures/valid']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ problems: [], audiences: 5, files: 4 });
  });

  describe('with warnings only', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'audience-sync-cli-'));
      await writeFile(
        path.join(dir, 'old.yml'),
        'name: Old campaign\nstate: absent\nresidence: Berlin\n---\nname: old  Campaign\nstate: absent\n',
      );
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('prints the warnings but exits 0', async () => {
      const { code, stdout } = await cli(['validate', 'old.yml'], dir);
      expect(code).toBe(0);
      expect(stdout).toBe(
        [
          'old.yml:2:8: warning: state is absent, so residence is ignored; an absent audience needs only name, and is deleted if it exists',
          "old.yml:5:7: warning: the name 'old  Campaign' differs from 'Old campaign' at old.yml:1 only in case or whitespace; the API treats them as two audiences, so use one spelling if they are meant to be one",
          '✓ 2 audiences in 1 file are valid, with 2 warnings',
          '',
        ].join('\n'),
      );
    });
  });

  it('--help prints the usage of validate and exits 0', async () => {
    const { code, stdout } = await cli(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: audience-sync validate \[path\.\.\.\] \[--json\]/);
    expect(stdout).toContain("the default is 'audiences'");
  });

  it('an unknown option exits 1 and says which', async () => {
    const { code, stdout, stderr } = await cli(['validate', '--jsn']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^audience-sync validate: unknown option --jsn; did you mean --json\?\n/,
    );
    expect(stderr).toContain('Usage: audience-sync validate');
  });
});

describe('audience-sync (the dispatcher)', () => {
  it('--help lists the commands and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: audience-sync <command> \[options\]/);
    expect(stdout).toMatch(/^ {2}validate +check audience files/m);
  });

  it("help <command> prints that command's usage", async () => {
    const { code, stdout } = await cli(['help', 'validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: audience-sync validate/);
  });

  it('no command prints the usage on stderr and exits 1', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: audience-sync <command>/);
  });

  it('an unknown command exits 1, names it and suggests the nearest one', async () => {
    const { code, stdout, stderr } = await cli(['valdate']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^audience-sync: unknown command "valdate"; did you mean validate\?\nRun 'audience-sync --help'/,
    );
  });

  it('does not mistake an inherited property for a command', async () => {
    const { code, stderr } = await cli(['toString']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^audience-sync: unknown command "toString"/);
  });
});
