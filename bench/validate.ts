/**
 * How long `loadAudiences` takes on 10,000 generated audience documents, laid out two
 * ways: 1,000 files of 10 documents, and 10,000 files of one. Three figures each: the
 * loader on one thread, the loader with the built worker bundle (what the Action and the
 * CLI do with this much YAML), and `audience-sync validate` end to end as a new process.
 * Prints figures; asserts nothing about time (the goal is under 1 s), but refuses to time
 * a run that did not load every audience cleanly, since a fast failure is not a result.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAudiences } from '../src/config/load.js';
import { checkSources } from '../src/config/parallel.js';
import { writeAudienceFiles } from '../test/support/generate.js';

const DOCUMENTS = 10_000;
const RUNS = 5;
const WORKER = new URL('../dist/load-worker/index.js', import.meta.url);
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/** Wall and CPU time of one load; CPU time shows what the loader costs on a busy machine. */
async function timeLoad(dir: string, workerUrl?: URL): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const parallel = workerUrl ? { workerUrl } : { threads: 1 };
  const result = await loadAudiences([dir], { cwd: process.cwd(), root: dir, parallel });
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

/** The best wall time of `RUNS` loads, after one that warms the file cache and the JIT. */
async function bestLoad(dir: string, workerUrl?: URL): Promise<number> {
  await timeLoad(dir, workerUrl);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) best = Math.min(best, (await timeLoad(dir, workerUrl)).wall);
  return best;
}

/** The best of three runs of the CLI bundle's `validate`, a new process each time. */
function bestCli(dir: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const out = execFileSync(process.execPath, [CLI, 'validate', dir], { encoding: 'utf8' });
    best = Math.min(best, performance.now() - started);
    if (!out.includes(`${DOCUMENTS.toLocaleString('en-US')} audiences`)) {
      throw new Error(`the CLI did not validate every audience: ${out}`);
    }
  }
  return best;
}

/** How many threads the worker path really used, so a silent fallback cannot pass. */
async function threadsUsed(dir: string): Promise<number> {
  const sources = readdirSync(dir).map((file) => ({
    file,
    text: readFileSync(path.join(dir, file), 'utf8'),
  }));
  return (await checkSources(sources, { workerUrl: WORKER })).workers + 1;
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
    for (const layout of layouts) {
      await writeAudienceFiles(layout.dir, layout.files, layout.perFile);
    }

    if (!existsSync(CLI) || !existsSync(WORKER)) {
      throw new Error('dist/ is missing: run `npm run build` first');
    }
    console.log(
      `validate: load and validate ${DOCUMENTS.toLocaleString('en-US')} audience documents (goal: under 1 s); best of ${RUNS}, in-process, then the CLI as a new process (best of 3)`,
    );
    console.log(
      `  ${'layout'.padEnd(28)}${'1 thread'.padStart(11)}${'parallel'.padStart(11)}${'threads'.padStart(9)}${'CLI'.padStart(10)}`,
    );
    for (const layout of layouts) {
      const one = await bestLoad(layout.dir);
      const parallel = await bestLoad(layout.dir, WORKER);
      const threads = await threadsUsed(layout.dir);
      const cli = bestCli(layout.dir);
      console.log(
        `  ${layout.label.padEnd(28)}${ms(one).padStart(11)}${ms(parallel).padStart(11)}${String(threads).padStart(9)}${ms(cli).padStart(10)}`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
