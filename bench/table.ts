/**
 * The figures of the performance goals, each measured the same way: the built CLI as a
 * new process (what a user or a workflow step runs), the median of several runs, peak
 * memory from the OS. With `AUDIENCE_SYNC_BENCH_BASELINE=<dist folder of an older build>`
 * the same runs go to that build too, alternately, so that both see the same machine load;
 * `BENCH_SYNC_RUNS=7` takes the sync row's median of more runs, for comparing two builds.
 * Refuses to report a run that did not do the whole job: a fast failure is not a result.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFromSources } from '../src/config/sources.js';
import { startEmulator } from '../test/emulator/index.js';
import type { Emulator, RequestLogEntry, SeedAudience } from '../test/emulator/types.js';
import { generateAudienceFiles, writeAudienceFiles } from '../test/support/generate.js';
import {
  type Bundles,
  bundles,
  type CliRun,
  measureDone,
  median,
  row,
  runCli,
  tableHeader,
} from './measure.js';

const VALIDATE_RUNS = 5;
const SMALL_RUNS = 7;
const PLAN_RUNS = 3;
const SYNC_RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);

function ms(n: number): string {
  return `${Math.round(n).toLocaleString('en-US')} ms`;
}

function mib(n: number): string {
  return `${n.toFixed(0)} MiB`;
}

function ratio(now: number, base: number | undefined): string {
  return base === undefined ? '' : `${(now / base).toFixed(2)}×`;
}

/** Prints one row: `now` and the baseline's figure in `format`, their ratio, the goal. */
function printRow(
  label: string,
  now: number,
  base: number | undefined,
  format: (n: number) => string,
  goal = '',
  withRatio = true,
): void {
  const baseText = base === undefined ? undefined : format(base);
  console.log(row(label, format(now), baseText, withRatio ? ratio(now, base) : '', goal));
}

/** Runs `measure` for each bundle, alternately, `runs` times; medians per bundle. */
async function alternate(
  b: Bundles,
  runs: number,
  measure: (cli: string) => Promise<Measured>,
): Promise<{ now: Median; baseline?: Median }> {
  const now: Measured[] = [];
  const base: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    now.push(await measure(b.now));
    if (b.baseline) base.push(await measure(b.baseline));
  }
  return { now: medians(now), ...(b.baseline ? { baseline: medians(base) } : {}) };
}

/** A run, with figures of its own (ms) beside the wall time and the memory. */
type Measured = CliRun & { extra?: Partial<Record<Extra, number>> };
type Extra = 'wire' | 'toFirst' | 'listToWrite' | 'afterLast';

interface Median {
  ms: number;
  peakMiB: number;
  extra: Record<Extra, number>;
}

function medians(runs: Measured[]): Median {
  const extra = (key: Extra) => median(runs.map((r) => r.extra?.[key] ?? Number.NaN));
  return {
    ms: median(runs.map((r) => r.ms)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
    extra: {
      wire: extra('wire'),
      toFirst: extra('toFirst'),
      listToWrite: extra('listToWrite'),
      afterLast: extra('afterLast'),
    },
  };
}

function expectOk(run: CliRun, what: string, code = 0): CliRun {
  if (run.code !== code)
    throw new Error(`bench: ${what} exited ${run.code}\n${run.stdout.slice(0, 1000)}`);
  return run;
}

/** The four `validate` rows. */
async function validateRows(b: Bundles, root: string): Promise<void> {
  const layouts = [
    { label: 'validate 10,000 docs, 1,000 files × 10', files: 1_000, per: 10, goal: '< 1 s' },
    { label: 'validate 10,000 docs, 10,000 files × 1', files: 10_000, per: 1, goal: '< 1 s' },
    { label: 'validate 10,000 docs, 100 files × 100', files: 100, per: 100, goal: '< 1 s' },
    { label: 'validate 1,000 single-document files', files: 1_000, per: 1, goal: '< 0.25 s' },
  ];
  for (const layout of layouts) {
    const dir = path.join(root, `validate-${layout.files}x${layout.per}`);
    await writeAudienceFiles(dir, layout.files, layout.per);
    const count = (layout.files * layout.per).toLocaleString('en-US');
    const runs = layout.per === 1 && layout.files === 1_000 ? SMALL_RUNS : VALIDATE_RUNS;
    const m = await alternate(b, runs, async (cli) => {
      const run = expectOk(await runCli(cli, ['validate', dir], { cwd: root }), 'validate');
      if (!run.stdout.includes(`${count} audiences`)) {
        throw new Error(`bench: validate did not accept every audience: ${run.stdout.slice(-300)}`);
      }
      return run;
    });
    printRow(layout.label, m.now.ms, m.baseline?.ms, ms, layout.goal);
  }
}

function connectionEnv(emulator: Emulator): NodeJS.ProcessEnv {
  return {
    NEUROFLASH_CLIENT_ID: emulator.clientId,
    NEUROFLASH_CLIENT_SECRET: emulator.clientSecret,
    NEUROFLASH_API_URL: emulator.apiUrl,
    NEUROFLASH_TOKEN_URL: emulator.tokenUrl,
  };
}

/** Peak memory of `plan` of 10,000 audiences (100 files × 100) against 10,000 remote ones. */
async function planMemoryRow(b: Bundles, root: string): Promise<void> {
  const files = generateAudienceFiles(100, 100);
  const dir = path.join(root, 'plan');
  await mkdir(dir, { recursive: true });
  const sources = [...files].map(([file, text]) => ({ file, text }));
  await Promise.all(sources.map((s) => writeFile(path.join(dir, s.file), s.text)));
  // The remote holds the same audiences, 1 in 10 a year older: a plan of 1,000 updates.
  const seeds = loadFromSources(sources).audiences.map((a, i): SeedAudience => {
    const fields = a.fields as SeedAudience;
    return i % 10 === 0 ? { ...fields, maxAge: (fields.maxAge ?? 60) - 1 } : fields;
  });
  const emulator = await startEmulator();
  try {
    emulator.seed(seeds);
    const env = connectionEnv(emulator);
    const m = await alternate(b, PLAN_RUNS, async (cli) =>
      expectOk(await runCli(cli, ['plan', dir, '--json'], { cwd: root, env }), 'plan', 2),
    );
    const label = 'peak RSS, plan 10,000 (100 files × 100) vs 10,000 remote';
    printRow(label, m.now.peakMiB, m.baseline?.peakMiB, mib, '< 150 MiB');
    printRow('  (wall time of that plan)', m.now.ms, m.baseline?.ms, ms);
  } finally {
    await emulator.close();
  }
}

const SYNC = {
  audiences: 1_000,
  latencyMs: 20,
  concurrency: 4,
  pageSize: 200,
  pageConcurrency: 4,
};
const MIX = { updates: 70, renames: 10, creates: 10, deletes: 10 };

function profile(name: string, i: number): SeedAudience {
  return {
    name,
    residence: ['Berlin', 'Vienna', 'Zurich'][i % 3] ?? 'Berlin',
    minAge: 20 + (i % 10),
    maxAge: 40 + (i % 20),
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', `topic ${i % 17}`],
    needs: ['reach'],
    painPoints: ['time'],
    country: 'DE',
  };
}

function yamlOf(p: SeedAudience, extra = ''): string {
  const g = p.genderDistribution;
  return `name: ${JSON.stringify(p.name)}
residence: ${p.residence}
country: ${p.country}
minAge: ${p.minAge}
maxAge: ${p.maxAge}
genderDistribution: { female: ${g?.female}, male: ${g?.male}, nonBinary: ${g?.nonBinary}, preferNotToSay: ${g?.preferNotToSay} }
interests: ${JSON.stringify(p.interests)}
needs: ${JSON.stringify(p.needs)}
painPoints: ${JSON.stringify(p.painPoints)}
${extra}`;
}

/** 1,000 files against 1,000 remote audiences, of which exactly MIX differs. */
async function arrangeSync(dir: string): Promise<SeedAudience[]> {
  const seeds: SeedAudience[] = [];
  const files: string[] = [];
  const unchanged = SYNC.audiences - MIX.updates - MIX.renames - MIX.creates;
  let i = 0;
  const next = () => profile(`Audience ${String(i).padStart(4, '0')}`, i);
  for (let n = 0; n < unchanged; n++, i++) {
    seeds.push(next());
    files.push(yamlOf(next()));
  }
  for (let n = 0; n < MIX.updates; n++, i++) {
    const p = next();
    seeds.push({ ...p, maxAge: (p.maxAge ?? 40) + 1 });
    files.push(yamlOf(p));
  }
  for (let n = 0; n < MIX.renames; n++, i++) {
    seeds.push({ ...next(), name: `Old audience ${i}` });
    files.push(yamlOf(next(), `previousNames: ["Old audience ${i}"]\n`));
  }
  for (let n = 0; n < MIX.creates; n++, i++) files.push(yamlOf(next()));
  for (let n = 0; n < MIX.deletes; n++, i++) seeds.push(profile(`Retired audience ${i}`, i));
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((text, f) => writeFile(path.join(dir, `a${f}.yml`), text)));
  return seeds;
}

const isToken = (r: RequestLogEntry): boolean => r.path.includes('/oauth/');
const isListPage = (r: RequestLogEntry): boolean =>
  r.method === 'GET' && r.path.endsWith('/target-audiences');

/**
 * `apply` of 100 changes at 20 ms latency, end to end (spawn to exit), against its lower
 * bound: the critical path in round trips (token, workspace list, the first list page, the
 * other pages in parallel, then the writes in rounds of `concurrency`).
 */
async function syncRow(b: Bundles, root: string): Promise<void> {
  const dir = path.join(root, 'sync');
  const seeds = await arrangeSync(dir);
  const changes = MIX.updates + MIX.renames + MIX.creates + MIX.deletes;
  const pages = Math.ceil(seeds.length / SYNC.pageSize);
  const listRounds = 1 + Math.ceil((pages - 1) / SYNC.pageConcurrency);
  const rounds = 2 + listRounds + Math.ceil(changes / SYNC.concurrency);
  const bound = rounds * SYNC.latencyMs;
  const emulator = await startEmulator({ latencyMs: SYNC.latencyMs });
  let requests = 0;
  try {
    const env = connectionEnv(emulator);
    const args = [
      'apply',
      dir,
      '--yes',
      '--prune',
      '--json',
      '--concurrency',
      String(SYNC.concurrency),
      '--max-deletes',
      String(MIX.deletes),
    ];
    const m = await alternate(b, SYNC_RUNS, async (cli) => {
      emulator.reset();
      emulator.seed(seeds);
      emulator.clearLog();
      const run = expectOk(await runCli(cli, args, { cwd: root, env }), 'apply');
      const result = JSON.parse(run.stdout) as { results: { status: string }[] };
      if (result.results.length !== changes || result.results.some((r) => r.status !== 'done')) {
        throw new Error(`bench: expected ${changes} changes done, got ${result.results.length}`);
      }
      requests = emulator.requests.length;
      const first = emulator.requests[0];
      const last = emulator.requests.at(-1);
      // The reads end with the last list page; the plan and the backup stand between
      // it and the first write.
      const lastList = Math.max(...emulator.requests.filter(isListPage).map((r) => r.endedAt));
      const firstWrite = emulator.requests.find((r) => r.method !== 'GET' && !isToken(r));
      if (!first || !last || !firstWrite) throw new Error('bench: the apply sent no write');
      const extra = {
        wire: last.endedAt - first.startedAt,
        toFirst: first.startedAt - run.startedAt,
        listToWrite: firstWrite.startedAt - lastList,
        afterLast: run.endedAt - last.endedAt,
      };
      return { ...run, extra };
    });
    const x = (v: number) => `${(v / bound).toFixed(2)}×`;
    const label = `sync 1,000, ${changes} changes, 20 ms latency (bound ${bound} ms)`;
    printRow(label, m.now.ms, m.baseline?.ms, x, '≤ 1.3× the bound');
    printRow('  (its wall time, spawn to exit)', m.now.ms, m.baseline?.ms, ms, '', false);
    const minimum = `${requests} requests, minimum ${2 + pages + changes}`;
    const e = (key: Extra) => [m.now.extra[key], m.baseline?.extra[key]] as const;
    printRow('  (first to last request, × bound)', ...e('wire'), x, minimum, false);
    printRow('  (spawn to first request)', ...e('toFirst'), ms, '', false);
    printRow('  (last list page to first write)', ...e('listToWrite'), ms, '', false);
    printRow('  (last response to exit)', ...e('afterLast'), ms, '', false);
  } finally {
    await emulator.close();
  }
}

/** Only the sync row: `npm run bench -- sync`, for comparing two builds on the apply. */
export async function benchSync(): Promise<void> {
  const b = bundles();
  const root = await mkdtemp(path.join(tmpdir(), 'audience-sync-bench-'));
  try {
    console.log(`the sync row alone: the median of ${SYNC_RUNS} runs`);
    if (b.baseline) console.log(`  baseline: ${b.baseline}, run alternately with this build`);
    console.log(tableHeader());
    await syncRow(b, root);
  } finally {
    measureDone();
    await rm(root, { recursive: true, force: true });
  }
}

/** Prints the table of the performance goals. */
export async function benchTable(): Promise<void> {
  const b = bundles();
  const root = await mkdtemp(path.join(tmpdir(), 'audience-sync-bench-'));
  try {
    console.log(
      `performance goals: the CLI bundle as a new process; medians of ${VALIDATE_RUNS} (validate), ${SMALL_RUNS} (1,000 files), ${PLAN_RUNS} (plan), ${SYNC_RUNS} (sync) runs; peak RSS from getrusage`,
    );
    if (b.baseline) console.log(`  baseline: ${b.baseline}, run alternately with this build`);
    console.log(tableHeader());
    await validateRows(b, root);
    await planMemoryRow(b, root);
    await syncRow(b, root);
  } finally {
    measureDone();
    await rm(root, { recursive: true, force: true });
  }
}
