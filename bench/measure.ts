/**
 * How the benchmark runs the CLI: as a new process, timed from spawn to exit, with its
 * peak resident memory as the OS counts it (getrusage's maxrss, written by a preloaded
 * hook as the process exits). The child is spawned asynchronously, so that an emulator
 * in this process keeps answering it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One run of a CLI bundle. */
export interface CliRun {
  ms: number;
  /** Spawn and exit, in epoch ms (the clock of the emulator's request log). */
  startedAt: number;
  endedAt: number;
  /** Peak resident set size, in MiB. */
  peakMiB: number;
  code: number;
  stdout: string;
}

/** The scratch folder of the peak-memory hook, made by the first measured run. */
let scratch: { dir: string; hook: string } | undefined;
let runs = 0;

function scratchFolder(): { dir: string; hook: string } {
  if (scratch) return scratch;
  const dir = mkdtempSync(path.join(tmpdir(), 'audience-sync-measure-'));
  const hook = path.join(dir, 'peak.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  scratch = { dir, hook };
  return scratch;
}

/** Removes the hook's scratch folder, if a run made it. */
export function measureDone(): void {
  if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
  scratch = undefined;
}

/** Runs `node <cli> ...args` in `cwd` and measures it. */
export function runCli(
  cli: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const { dir, hook } = scratchFolder();
  const peakFile = path.join(dir, `peak-${runs++}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const startedAt = Date.now();
    const child = spawn(process.execPath, ['--require', hook, cli, ...args], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH,
        // Nothing of this process's options (tsx's loader); BENCH_NODE_OPTIONS to experiment.
        NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
        ...options.env,
        BENCH_PEAK_FILE: peakFile,
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const peakKiB = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : Number.NaN;
      resolve({
        ms,
        startedAt,
        endedAt: Date.now(),
        peakMiB: peakKiB / 1024,
        code: code ?? -1,
        stdout,
      });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The CLI bundles to compare: this checkout's, and a baseline's when one is named. */
export interface Bundles {
  now: string;
  /** `AUDIENCE_SYNC_BENCH_BASELINE`: a `dist` folder of an older build, measured alongside. */
  baseline?: string;
}

export function bundles(): Bundles {
  const now = path.resolve('dist/cli/index.js');
  if (!existsSync(now)) throw new Error('dist/ is missing: run `npm run build` first');
  const base = process.env.AUDIENCE_SYNC_BENCH_BASELINE;
  if (!base) return { now };
  const baseline = path.resolve(base, 'cli/index.js');
  if (!existsSync(baseline)) throw new Error(`no CLI bundle at ${baseline}`);
  return { now, baseline };
}

/** A row of the table: the figure now, the baseline's, and the goal. */
export function row(
  label: string,
  now: string,
  baseline: string | undefined,
  ratio: string,
  goal: string,
): string {
  return `  ${label.padEnd(48)}${(baseline ?? '–').padStart(11)}${now.padStart(11)}${ratio.padStart(9)}   ${goal}`;
}

export function tableHeader(): string {
  return row('measure', 'now', 'baseline', 'now/base', 'goal');
}
