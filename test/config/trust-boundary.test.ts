/**
 * The loader as the edge of the trust boundary: the files come from a pull request. Only
 * regular files inside the workspace root are opened, each once, each within the size
 * cap, and only valid, clean UTF-8 text gets through. `openSync` is observed (not
 * replaced) to prove which paths were never opened.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAudiences } from '../../src/config/index.js';
import { firstInvalidUtf8 } from '../../src/config/read.js';
import type { Problem } from '../../src/model.js';

const opened: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    opened.push(String(file));
    return (real.openSync as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof real.openSync;
  return { ...real, default: { ...real, openSync }, openSync };
});

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function audience(name: string): string {
  return [
    `name: ${JSON.stringify(name)}`,
    'residence: Berlin',
    'minAge: 25',
    'maxAge: 45',
    'genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }',
    'interests: [AI]',
    'needs: [speed]',
    'painPoints: [cost]',
    '',
  ].join('\n');
}

const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);

let base: string;
let repo: string;
let outside: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'audience-sync-trust-'));
  repo = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  await mkdir(path.join(repo, 'audiences'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.yml'), 'CLIENT_SECRET=hunter2-outside\n');
  await writeFile(path.join(repo, 'audiences', 'good.yml'), audience('Good one'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => {
  opened.length = 0;
});

/** A fresh folder `audiences/<name>` holding `files` (text, or a function that makes the entry). */
async function folder(
  name: string,
  files: Record<string, string | ((at: string) => Promise<void> | void)>,
): Promise<string> {
  const dir = path.join(repo, name);
  await mkdir(dir, { recursive: true });
  for (const [file, make] of Object.entries(files)) {
    const at = path.join(dir, file);
    if (typeof make === 'string') await writeFile(at, make);
    else await make(at);
  }
  return name;
}

const load = (paths: string[], options: { maxFileBytes?: number; root?: string } = {}) =>
  loadAudiences(paths, { cwd: repo, root: options.root ?? repo, ...options });

describe('only regular files inside the workspace are read', () => {
  it('a symbolic link to a file outside is an error at the link, and its target is never opened', async () => {
    const dir = await folder('link-out', {
      'a.yml': audience('Alpha one'),
      'env.yml': (at) => symlink(path.join(outside, 'secret.yml'), at),
    });
    const result = await load([dir]);
    expect(brief(result.problems)).toEqual(['link-out/env.yml:1:1 outside-workspace']);
    expect(result.audiences.map((a) => a.name)).toEqual(['Alpha one']);
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(opened.some((p) => p.includes('outside'))).toBe(false);
  });

  it('a symbolic link to /proc/self/environ is refused without being opened or quoted', async () => {
    const dir = await folder('environ', { 'env.yml': (at) => symlink('/proc/self/environ', at) });
    process.env.TRUST_TEST_CANARY = 'canary-4f1d9e';
    const result = await load([dir]);
    expect(brief(result.problems)).toEqual(['environ/env.yml:1:1 outside-workspace']);
    expect(JSON.stringify(result)).not.toContain('canary-4f1d9e');
    expect(opened.filter((p) => p.startsWith('/proc'))).toEqual([]);
  });

  it('a FIFO is an error at its path and is never opened (opening it would block)', async () => {
    const dir = await folder('fifo', {
      'a.yml': audience('Alpha one'),
      'pipe.yml': (at) => {
        expect(spawnSync('mkfifo', [at]).status).toBe(0);
      },
    });
    const result = await load([dir, `${dir}/pipe.yml`]);
    expect(result.problems.map((p) => [p.file, p.rule, p.message])).toEqual([
      [
        'fifo/pipe.yml',
        'not-a-file',
        'this is a FIFO, not a regular file; only regular files are read as audience files',
      ],
    ]);
    expect(opened.filter((p) => p.endsWith('pipe.yml'))).toEqual([]);
  });

  it('a symbolic link to /dev/zero fails at once, with nothing opened', async () => {
    const dir = await folder('zero', { 'zero.yml': (at) => symlink('/dev/zero', at) });
    const result = await load([dir], { root: '/' });
    expect(result.problems.map((p) => [p.file, p.rule])).toEqual([['zero/zero.yml', 'not-a-file']]);
    expect(result.problems[0]?.message).toContain('a device');
    expect(opened.filter((p) => p.includes('zero'))).toEqual([]);
  });

  it('a file whose size lies (a /proc file says 0) is still read only up to the cap', async () => {
    // /proc/self/environ reports a size of 0 but holds the whole environment.
    process.env.TRUST_TEST_PADDING = 'x'.repeat(4096);
    const result = await loadAudiences(['/proc/self/environ'], {
      cwd: repo,
      root: '/',
      maxFileBytes: 1024,
    });
    expect(result.problems.map((p) => p.rule)).toEqual(['file-too-large']);
    expect(result.problems[0]?.message).toContain('more than over the limit of 1 KiB');
    expect(JSON.stringify(result)).not.toContain('TRUST_TEST_PADDING');
  });

  it('a symbolic link loop ends with an error at the link', async () => {
    const dir = await folder('loop', {
      'a.yml': (at) => symlink('b.yml', at),
      'b.yml': (at) => symlink('a.yml', at),
      self: (at) => symlink('.', at),
      'c.yml': audience('Charlie three'),
    });
    const result = await load([dir]);
    expect(brief(result.problems)).toEqual([
      'loop/a.yml:1:1 symlink-loop',
      'loop/b.yml:1:1 symlink-loop',
    ]);
    // `self` leads back into the folder: it is walked once, and c.yml is read once.
    expect(result.audiences.map((a) => a.name)).toEqual(['Charlie three']);
    expect(opened.filter((p) => p.endsWith('c.yml'))).toHaveLength(1);
  });

  it('a file reached twice (directly and through a link inside) is read once', async () => {
    const dir = await folder('twice', {
      'a.yml': audience('Alpha one'),
      'same.yml': (at) => symlink('a.yml', at),
    });
    const result = await load([dir, `${dir}/a.yml`]);
    expect(result.problems).toEqual([]);
    expect(result.audiences.map((a) => a.name)).toEqual(['Alpha one']);
    expect(opened.filter((p) => p.endsWith(`${dir}/a.yml`))).toHaveLength(1);
  });

  it('a link to a folder outside is an error at the link, and the folder is not listed', async () => {
    const dir = await folder('dirlink', {
      'a.yml': audience('Alpha one'),
      ext: (at) => symlink(outside, at),
    });
    const result = await load([dir]);
    expect(brief(result.problems)).toEqual(['dirlink/ext:1:1 outside-workspace']);
    expect(result.files).toEqual(['dirlink/a.yml']);
    // Named as a path itself, the link is an input error too.
    const named = await load([`${dir}/ext`, `${dir}/ext/*.yml`]);
    expect(named.problems.map((p) => [p.file, p.rule, p.message])).toEqual([
      [
        'dirlink/ext',
        'outside-workspace',
        "'dirlink/ext' leads outside the workspace through a symbolic link; give a path inside it",
      ],
      [
        'dirlink/ext/*.yml',
        'outside-workspace',
        "'dirlink/ext/*.yml' leads outside the workspace through a symbolic link; give a path inside it",
      ],
    ]);
    expect(opened.some((p) => p.includes('outside'))).toBe(false);
  });

  it('a `../` glob, a `../` folder and an absolute path outside are input errors', async () => {
    const result = await load(['../outside/*.yml', '../outside', path.join(outside, 'secret.yml')]);
    expect(result.problems.map((p) => [p.file, p.rule])).toEqual([
      ['../outside', 'outside-workspace'],
      ['../outside/*.yml', 'outside-workspace'],
      [path.join(outside, 'secret.yml'), 'outside-workspace'],
    ]);
    expect(result.problems[0]?.message).toBe(
      `'../outside' is outside the workspace (${repo}); give a path inside it`,
    );
    expect(result.files).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('an absolute path inside the workspace is fine', async () => {
    const result = await load([path.join(repo, 'audiences', 'good.yml')]);
    expect(result.problems).toEqual([]);
    expect(result.audiences.map((a) => a.name)).toEqual(['Good one']);
  });
});

describe('sizes are bounded', () => {
  it('a 50 MB (sparse) file is rejected from its size, without being opened', async () => {
    const dir = await folder('big', { 'big.yml': '' });
    await truncate(path.join(repo, dir, 'big.yml'), 50 * 1024 * 1024);
    const result = await load([dir]);
    expect(result.problems.map((p) => [p.file, p.rule, p.message])).toEqual([
      [
        'big/big.yml',
        'file-too-large',
        'the file is 52428800 bytes, over the limit of 1 MiB; split it into smaller files, or raise the limit (Action input `max-file-size`, CLI flag `--max-file-size`)',
      ],
    ]);
    expect(opened.filter((p) => p.endsWith('big.yml'))).toEqual([]);
  });

  it('the cap is an option: a small cap refuses a normal file, a large one accepts the big one', async () => {
    const small = await load(['audiences/good.yml'], { maxFileBytes: 100 });
    expect(small.problems.map((p) => p.rule)).toEqual(['file-too-large']);
    const exact = await load(['audiences/good.yml'], {
      maxFileBytes: fs.statSync(path.join(repo, 'audiences/good.yml')).size,
    });
    expect(exact.problems).toEqual([]);
  });

  it('/dev/zero through the loader in a child process: an error, with memory bounded', () => {
    const script = `
      import { symlinkSync, mkdtempSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import path from 'node:path';
      import { loadAudiences } from './src/config/index.ts';
      const dir = mkdtempSync(path.join(tmpdir(), 'zero-'));
      symlinkSync('/dev/zero', path.join(dir, 'z.yml'));
      const result = await loadAudiences(['z.yml'], { cwd: dir, root: '/' });
      console.log(JSON.stringify({ rules: result.problems.map((p) => p.rule), rss: process.resourceUsage().maxRSS }));
    `;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--max-old-space-size=64', '--input-type=module', '-e', script],
      { cwd: ROOT_DIR, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    const out = JSON.parse(child.stdout) as { rules: string[]; rss: number };
    expect(out.rules).toEqual(['not-a-file']);
    // maxRSS is in KiB: a read of /dev/zero would have grown far beyond 200 MiB.
    expect(out.rss).toBeLessThan(200 * 1024);
  });
});

describe('text is clean', () => {
  const cases: [string, string, string][] = [
    ['NUL', 'Bad\u0000name', 'a control character (U+0000) at character 4'],
    [
      'a zero-width space',
      'Zero\u200bwidth',
      'an invisible zero-width character (U+200B) at character 5',
    ],
    ['a bidi override', 'Bidi \u202eevil', 'a bidirectional-text control (U+202E) at character 6'],
    ['a C1 control (NEL)', 'Next\u0085line', 'a control character (U+0085) at character 5'],
    ['ESC', 'Clear \u001b[2J', 'a control character (U+001B) at character 7'],
  ];
  for (const [what, name, words] of cases) {
    it(`${what} in a name is a located error, and the audience is not loaded`, async () => {
      const dir = await folder(`clean-${what.replace(/\W+/g, '-')}`, { 'a.yml': audience(name) });
      const result = await load([dir]);
      expect(result.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([
        [
          1,
          7,
          'unclean-text',
          `name holds ${words}; remove it: such characters hide or reorder text, and are never sent`,
        ],
      ]);
      expect(result.audiences).toEqual([]);
    });
  }

  it('a bidi control in a list item and in a key are located errors too', async () => {
    const text = audience('Alpha one')
      .replace('interests: [AI]', 'interests: [AI, "x\u2066y"]')
      .replace('needs: [speed]', 'needs: [speed]\n"needs\u200d": [x]');
    const dir = await folder('clean-items', { 'a.yml': text });
    const result = await load([dir]);
    expect(
      result.problems
        .filter((p) => p.rule === 'unclean-text')
        .map((p) => [p.line, p.column, p.message]),
    ).toEqual([
      [
        6,
        17,
        'item 2 of interests holds a bidirectional-text control (U+2066) at character 2; remove it: such characters hide or reorder text, and are never sent',
      ],
      [
        8,
        1,
        "the key 'needs\\u{200d}' holds an invisible zero-width character (U+200D) at character 6; remove it: such characters hide or reorder text, and are never sent",
      ],
    ]);
  });

  it('additionalInformation may have paragraphs, but no other control character', async () => {
    const ok = `${audience('Alpha one')}additionalInformation: "one\\n\\ttwo"\n`;
    const bad = `${audience('Bravo two')}additionalInformation: "one\\rtwo"\n`;
    const dir = await folder('clean-info', { 'ok.yml': ok, 'bad.yml': bad });
    const result = await load([dir]);
    expect(brief(result.problems)).toEqual(['clean-info/bad.yml:9:24 unclean-text']);
  });

  it('invalid UTF-8 is an error at the byte, never replaced', async () => {
    const bytes = Buffer.concat([
      Buffer.from(audience('Alpha one').replace('Berlin', 'Ber')),
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const dir = await folder('utf8', { 'latin1.yml': (at) => fs.writeFileSync(at, bytes) });
    const result = await load([dir]);
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.rule, p.message])).toEqual([
      [
        'utf8/latin1.yml',
        9,
        6,
        'invalid-utf8',
        'byte 0xe9 is not valid UTF-8; save the file as UTF-8',
      ],
    ]);
    expect(result.audiences).toEqual([]);
  });

  it('finds the first invalid byte: overlongs, surrogates, truncated sequences', () => {
    const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
    expect(at(0x61, 0xc3, 0xa9)).toBe(3);
    expect(at(0x61, 0xc0, 0xaf)).toBe(1);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0x61, 0x62, 0xe2, 0x82)).toBe(2);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
    expect(at(0xf0, 0x9f, 0x98, 0x80)).toBe(4);
  });
});

describe('errors quote little', () => {
  it('a document that is one long text is quoted by a short excerpt of its first line', async () => {
    const secretish = `KEY=${'s'.repeat(200)}\nINPUT_CLIENT-SECRET=hunter2\n`;
    const dir = await folder('scalar', { 'env.yml': secretish });
    const result = await load([dir]);
    const [problem] = result.problems;
    expect(problem?.rule).toBe('not-a-mapping');
    expect(problem?.message).toBe(
      `this document is the text 'KEY=${'s'.repeat(36)}…'; an audience must be a mapping of keys such as name:, residence: and minAge:`,
    );
    expect(problem?.message).not.toContain('hunter2');
  });

  it('an unknown key as long as a file is quoted by a short excerpt', async () => {
    const key = `KEY_${'k'.repeat(5000)}`;
    // An explicit key (`? …`): YAML caps implicit keys at 1024 characters.
    const dir = await folder('long-key', { 'a.yml': `${audience('Alpha one')}? ${key}\n: 1\n` });
    const result = await load([dir]);
    expect(result.problems.map((p) => p.rule)).toEqual(['unknown-key']);
    expect(result.problems[0]?.message.length).toBeLessThan(300);
    expect(result.problems[0]?.message).toContain(`unknown key 'KEY_${'k'.repeat(56)}…'`);
  });
});
