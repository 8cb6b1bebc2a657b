/**
 * The parallel loader: the same result as one thread, whatever the split, and a failed
 * worker costs time, never correctness. Uses the built worker bundle
 * (`dist/load-worker/`), which `npm test` builds first.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudienceSource } from '../../src/config/check.js';
import { loadAudiences } from '../../src/config/load.js';
import { checkSources, splitEvenly, useLoadWorker } from '../../src/config/parallel.js';
import { loadFromSources } from '../../src/config/sources.js';
import { assertFreshDist } from '../support/dist.js';
import { generateAudienceFiles, generatedName } from '../support/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = pathToFileURL(path.join(ROOT, 'dist/load-worker/index.js'));
const FIXTURES = path.join(ROOT, 'test/fixtures');

let scratch: string;
beforeAll(async () => {
  assertFreshDist('dist/load-worker/index.js');
  scratch = await mkdtemp(path.join(tmpdir(), 'audience-sync-parallel-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Every fixture, valid and invalid, as sources in path order. */
async function fixtureSources(): Promise<AudienceSource[]> {
  const sources: AudienceSource[] = [];
  for (const kind of ['invalid', 'valid']) {
    for (const name of (await readdir(path.join(FIXTURES, kind))).sort()) {
      const file = `test/fixtures/${kind}/${name}`;
      sources.push({ file, text: await readFile(path.join(ROOT, file), 'utf8') });
    }
  }
  return sources;
}

/** A worker script of our own, for the ways a worker can go wrong. */
async function badWorker(name: string, code: string): Promise<URL> {
  const file = path.join(scratch, name);
  await writeFile(file, code);
  return pathToFileURL(file);
}

describe('splitEvenly', () => {
  const source = (file: string, size: number) => ({ file, text: 'x'.repeat(size) });

  it('keeps every source once, in order, in contiguous runs of about equal size', () => {
    const sources = Array.from({ length: 10 }, (_, i) => source(`f${i}`, 100));
    const chunks = splitEvenly(sources, 3);
    expect(chunks.flat()).toEqual(sources);
    expect(chunks.map((c) => c.length)).toEqual([4, 3, 3]);
  });

  it('balances by size, not by count, and never makes an empty run', () => {
    const sources = [
      source('big', 900),
      ...Array.from({ length: 9 }, (_, i) => source(`s${i}`, 100)),
    ];
    const chunks = splitEvenly(sources, 2);
    expect(chunks.map((c) => c.map((s) => s.file))).toEqual([
      ['big'],
      ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'],
    ]);
    expect(splitEvenly([source('only', 5)], 4)).toEqual([[source('only', 5)]]);
  });
});

describe('checkSources on worker threads', () => {
  it('gives exactly what one thread gives: problems, positions, names across files', async () => {
    const sources = await fixtureSources();
    // A name defined in the last run and reused in the first: only the join can see it.
    sources.unshift({ file: 'a-first.yml', text: `name: ${generatedName(1)}\n` });
    sources.push({
      file: 'z-last.yml',
      text: `name: ${generatedName(1)}\n---\nname: Renamed one\npreviousNames: [${generatedName(1)}]\n`,
    });
    const alone = loadFromSources(sources);
    const spread = await checkSources(sources, { workerUrl: WORKER, minChars: 0, threads: 3 });
    expect(spread.workers).toBe(2);
    const one = await checkSources(sources, { threads: 1 });
    expect(spread.checks).toEqual(one.checks);

    // And through the loader, files on disk, joined and sorted as always.
    const dir = path.join(scratch, 'mixed');
    for (const s of sources) {
      const target = path.join(dir, s.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, s.text);
    }
    const parallel = await loadAudiences(['.'], {
      cwd: dir,
      parallel: { workerUrl: WORKER, minChars: 0, threads: 3 },
    });
    const sequential = await loadAudiences(['.'], { cwd: dir, parallel: { threads: 1 } });
    expect(parallel).toEqual(sequential);
    expect(parallel.problems.map((p) => p.rule)).toEqual(
      expect.arrayContaining([
        'duplicate-name',
        'previous-name-in-use',
        'unknown-key',
        'gender-sum',
      ]),
    );
    expect(parallel.problems).toHaveLength(alone.problems.length);
  });

  it('keeps values exactly, numbers and unicode included', async () => {
    const files = generateAudienceFiles(40, 5);
    const sources = [...files].map(([file, text]) => ({ file, text }));
    sources.push({
      file: 'zz-unicode.yml',
      text: 'name: "Café owners 🍰"\nresidence: Zürich\nminAge: 0x1A\nmaxAge: 4.5e1\ngenderDistribution: { female: 0.25, male: 0.25, nonBinary: 0.25, preferNotToSay: 0.25 }\n',
    });
    const spread = await checkSources(sources, { workerUrl: WORKER, minChars: 0, threads: 2 });
    expect(spread.workers).toBe(1);
    expect(spread.checks).toEqual((await checkSources(sources, { threads: 1 })).checks);
  });

  it('stays on one thread below the size where a worker pays, or without a worker', async () => {
    const sources = await fixtureSources();
    expect((await checkSources(sources, { workerUrl: WORKER, threads: 2 })).workers).toBe(0);
    expect((await checkSources(sources, { minChars: 0, threads: 2 })).workers).toBe(0);
    expect(
      (await checkSources(sources, { workerUrl: WORKER, minChars: 0, threads: 1 })).workers,
    ).toBe(0);
  });

  it.each([
    [
      'one that does not exist',
      async () => pathToFileURL(path.join(scratch, 'missing.js')),
      'Cannot find module',
    ],
    [
      'one that throws',
      () => badWorker('throws.mjs', "throw new Error('broken worker');\n"),
      'broken worker',
    ],
    [
      'one that exits without answering',
      () => badWorker('silent.mjs', 'process.exit(3);\n'),
      'exited with code 3',
    ],
    [
      'one that answers nonsense',
      () =>
        badWorker(
          'nonsense.mjs',
          "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage([{ file: 'nope' }]);\n",
        ),
      'its answer did not fit',
    ],
  ])('checks the files here when the worker is %s, and says so', async (_label, make, reason) => {
    const url = await make();
    const sources = await fixtureSources();
    const warnings: string[] = [];
    useLoadWorker({ url, warning: (message) => warnings.push(message) });
    try {
      const spread = await checkSources(sources, { minChars: 0, threads: 2 });
      expect(spread.workers).toBe(0);
      expect(spread.checks).toEqual((await checkSources(sources, { threads: 1 })).checks);
    } finally {
      useLoadWorker(undefined);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(reason);
    expect(warnings[0]).toMatch(/checked on the main thread instead$/);
  });
});
