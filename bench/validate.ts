/**
 * How long `loadAudiences` takes on 10,000 generated audience documents, laid out two
 * ways: 1,000 files of 10 documents, and 10,000 files of one. Prints figures; asserts
 * nothing about time (the goal is under 1 s), but refuses to time a run that did not
 * load every audience cleanly, since a fast failure is not a result.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAudiences } from '../src/config/load.js';

const DOCUMENTS = 10_000;
const RUNS = 5;

const CITIES = ['Berlin', 'Hamburg', 'Munich', 'Vienna', 'Zurich', 'London', 'Amsterdam'];
const INTERESTS = ['AI', 'content marketing', 'SEO', 'e-commerce', 'HR tech', 'sustainability'];

/** A small deterministic generator, so every run times the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function document(i: number, next: () => number): string {
  // Whole percentages keep the sum within the loader's 1e-9 tolerance of 1.
  const nonBinary = 1 + Math.floor(next() * 5);
  const preferNotToSay = 1 + Math.floor(next() * 3);
  const female = 30 + Math.floor(next() * 40);
  const male = 100 - female - nonBinary - preferNotToSay;
  const minAge = 18 + Math.floor(next() * 20);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)] ?? list[0];
  return [
    `name: Generated audience ${String(i).padStart(5, '0')}`,
    `residence: ${pick(CITIES)}`,
    'country: DE',
    'nativeLanguage: de',
    `minAge: ${minAge}`,
    `maxAge: ${minAge + 10 + Math.floor(next() * 30)}`,
    `genderDistribution: { female: ${female / 100}, male: ${male / 100}, nonBinary: ${nonBinary / 100}, preferNotToSay: ${preferNotToSay / 100} }`,
    'interests:',
    `  - ${pick(INTERESTS)}`,
    `  - ${pick(INTERESTS)} trends`,
    `needs: [more reach, less manual work]`,
    `painPoints: [tight budgets]`,
    'shared: true',
    '',
  ].join('\n');
}

async function writeLayout(dir: string, files: number, perFile: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const next = random(42);
  const header = '# yaml-language-server: $schema=../src/schema/audience.schema.json\n';
  for (let f = 0; f < files; f++) {
    const docs: string[] = [];
    for (let d = 0; d < perFile; d++) docs.push(document(f * perFile + d, next));
    await writeFile(
      path.join(dir, `audience-${String(f).padStart(5, '0')}.yml`),
      header + docs.join('---\n'),
    );
  }
}

/** Wall and CPU time of one load; CPU time shows what the loader costs on a busy machine. */
async function timeLoad(dir: string): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await loadAudiences([dir], { cwd: process.cwd() });
  const wall = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const problem = result.problems[0];
  if (problem || result.audiences.length !== DOCUMENTS) {
    throw new Error(
      `bench data did not load cleanly: ${result.audiences.length} audiences, ${result.problems.length} problems${problem ? `, first: ${problem.message}` : ''}`,
    );
  }
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1000 };
}

function ms(n: number): string {
  return `${Math.round(n).toLocaleString('en-US')} ms`;
}

/** Generates the documents, times the loader cold and warm, prints a table, cleans up. */
export async function benchValidate(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'audience-sync-bench-'));
  try {
    const layouts = [
      {
        label: '1,000 files × 10 documents',
        dir: path.join(root, 'multi'),
        files: 1_000,
        perFile: 10,
      },
      {
        label: '10,000 files × 1 document',
        dir: path.join(root, 'single'),
        files: 10_000,
        perFile: 1,
      },
    ];
    for (const layout of layouts) await writeLayout(layout.dir, layout.files, layout.perFile);

    console.log(
      `validate: load and validate ${DOCUMENTS.toLocaleString('en-US')} audience documents (goal: under 1 s)`,
    );
    console.log(
      `  ${'layout'.padEnd(28)}${'cold'.padStart(10)}${`best of ${RUNS}`.padStart(14)}${'cpu of best'.padStart(14)}`,
    );
    for (const layout of layouts) {
      // The first run of each layout pays for the file reads and the JIT on that shape.
      const cold = await timeLoad(layout.dir);
      let best = { wall: Number.POSITIVE_INFINITY, cpu: 0 };
      for (let run = 0; run < RUNS; run++) {
        const timing = await timeLoad(layout.dir);
        if (timing.wall < best.wall) best = timing;
      }
      console.log(
        `  ${layout.label.padEnd(28)}${ms(cold.wall).padStart(10)}${ms(best.wall).padStart(14)}${ms(best.cpu).padStart(14)}`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
