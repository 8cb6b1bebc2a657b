/**
 * Checking many files on more than one core. Parsing YAML is most of the time a load
 * takes, and each file's checks depend on nothing but the file, so large inputs are cut
 * into contiguous runs of files: this thread checks the first run while worker threads check the others. The
 * result is the same as checking them in order here, which the tests compare.
 *
 * The worker is a separate bundle (`dist/load-worker/`). Each entry point says where it
 * is with `useLoadWorker`; code that never says so (the tests of the source, the
 * library) checks on one thread. A worker that cannot start, fails or answers something
 * unexpected costs time, never correctness: its files are checked here instead, and the
 * entry point's warning says so.
 */
import { availableParallelism } from 'node:os';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { type AudienceSource, type FileCheck, quickCheck } from './quick-check.js';
import { nextTurn, nowMs } from './turns.js';

/** How `checkSources` may spread its work. */
export interface ParallelOptions {
  /** The worker bundle; without it (and without `useLoadWorker`) all work stays here. */
  workerUrl?: URL;
  /** Below this many characters of YAML in all, a thread costs more than it saves. */
  minChars?: number;
  /** Threads in all, this one included. */
  threads?: number;
}

/** What `checkSources` found, and how many workers actually delivered. */
export interface SourcesCheck {
  checks: FileCheck[];
  workers: number;
}

/**
 * Most files take the quick reader (`quick.ts`), which reads 4 MiB of plain audiences in
 * well under a quarter of a second on one core. At that size a worker (its start, and
 * posting ten thousand values back) measured slower than one thread, on a busy machine
 * twice as slow: only larger inputs gain from a second core.
 */
export const PARALLEL_MIN_CHARS = 8 * 1024 * 1024;
const MAX_THREADS = 4;

/** Where an entry point's worker bundle is, and where to say how the work went. */
export interface LoadWorkerSetup {
  url: URL;
  /** Told how many threads checked how many files, when more than one did. */
  debug?: (message: string) => void;
  /** Told when a worker failed and its files were checked on this thread instead. */
  warning?: (message: string) => void;
}

let setup: LoadWorkerSetup | undefined;

/** Called once by an entry point with the location of its worker bundle. */
export function useLoadWorker(next: LoadWorkerSetup | undefined): void {
  setup = next;
}

/** `checkFiles` on all sources, spread over worker threads when that pays. */
export async function checkSources(
  sources: readonly AudienceSource[],
  options: ParallelOptions = {},
): Promise<SourcesCheck> {
  const workerUrl = options.workerUrl ?? setup?.url;
  const threads = Math.min(options.threads ?? availableParallelism(), MAX_THREADS, sources.length);
  const chars = sources.reduce((sum, s) => sum + s.text.length, 0);
  if (!workerUrl || threads < 2 || chars < (options.minChars ?? PARALLEL_MIN_CHARS)) {
    return done({ checks: await checkInSlices(sources), workers: 0 });
  }

  // Loaded here, not at start-up: most runs have far less YAML than this.
  const [{ Worker }, { checkFiles }] = await Promise.all([
    import('node:worker_threads'),
    import('./check.js'),
  ]);
  const [own = [], ...others] = splitEvenly(sources, threads);
  // Started before this thread's own share, so that they parse while it does.
  const delegated = others.map((chunk) => checkInWorker(Worker, workerUrl, chunk));
  const checks = checkFiles(own);
  let workers = 0;
  for (const [i, pending] of delegated.entries()) {
    const chunk = others[i] ?? [];
    const answer = await pending;
    if ('checks' in answer) {
      workers += 1;
      checks.push(...answer.checks);
    } else {
      // A fault of the installation, not of the audience files: the result stays whole.
      setup?.warning?.(
        `a load worker failed (${answer.failure}); its ${chunk.length} files were checked on the main thread instead`,
      );
      checks.push(...checkFiles(chunk));
    }
  }
  return done({ checks, workers });
}

/**
 * How long the checks run before responses to the early reads get their turn. Measured
 * by the clock, not by the amount of YAML: the first files are checked by code not yet
 * optimised, several times slower than the rest.
 */
const SLICE_MS = 2;

/**
 * `checkFiles` on this thread, a slice at a time, yielding to the event loop between
 * slices: reads started alongside the load (`startReads` in the engine) then go on while
 * the files are checked, instead of waiting for the whole load. A file that the quick
 * reader cannot take is checked by the full parser in its slice, loaded the first time
 * one needs it (see quick-check.ts).
 */
async function checkInSlices(sources: readonly AudienceSource[]): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  let full: typeof import('./check.js') | undefined;
  let next = 0;
  /** Checks files from `next` until the slice's time is up; false when the parser is needed first. */
  const slice = (started: number): boolean => {
    do {
      const source = sources[next] as AudienceSource;
      const check = quickCheck(source) ?? full?.fullCheck(source);
      if (!check) return false;
      checks.push(check);
      next += 1;
    } while (next < sources.length && nowMs() - started < SLICE_MS);
    return true;
  };
  while (next < sources.length) {
    if (next > 0) await nextTurn();
    const started = nowMs();
    const sliced = full ? full.withPlainEnv(() => slice(started)) : slice(started);
    if (!sliced) full = await import('./check.js');
  }
  return checks;
}

function done(result: SourcesCheck): SourcesCheck {
  const threads = result.workers + 1;
  setup?.debug?.(
    `checked ${result.checks.length} audience files on ${threads} ${threads === 1 ? 'thread' : 'threads'}`,
  );
  return result;
}

/** Cuts `sources` into `parts` contiguous runs of about equal size in characters. */
export function splitEvenly(sources: readonly AudienceSource[], parts: number): AudienceSource[][] {
  const total = sources.reduce((sum, s) => sum + s.text.length, 0);
  const chunks: AudienceSource[][] = [[]];
  let done = 0;
  for (const source of sources) {
    const current = chunks[chunks.length - 1] as AudienceSource[];
    // Close the run once it holds its share, keeping the last run for what is left.
    if (current.length > 0 && chunks.length < parts && done >= (total * chunks.length) / parts) {
      chunks.push([source]);
    } else {
      current.push(source);
    }
    done += source.text.length;
  }
  return chunks;
}

type WorkerAnswer = { checks: FileCheck[] } | { failure: string };

/** The worker's checks of `chunk`, or why there are none. Never rejects. */
function checkInWorker(
  Worker: typeof WorkerThread,
  url: URL,
  chunk: readonly AudienceSource[],
): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    let worker: WorkerThread;
    try {
      // Its own stdout and stderr, unread: nothing a worker prints may reach the log,
      // where a line could be taken for a workflow command.
      worker = new Worker(url, { workerData: { sources: chunk }, stdout: true, stderr: true });
    } catch (error) {
      resolve({ failure: `it did not start: ${(error as Error).message}` });
      return;
    }
    worker.once('message', (message: unknown) => {
      resolve(fits(message, chunk) ? { checks: message } : { failure: 'its answer did not fit' });
    });
    worker.once('error', (error) => resolve({ failure: error.message }));
    // Without effect when the promise is settled already.
    worker.once('exit', (code) => resolve({ failure: `it exited with code ${code}` }));
  });
}

/** True when `message` is one check per file of `chunk`, in order. */
function fits(message: unknown, chunk: readonly AudienceSource[]): message is FileCheck[] {
  return (
    Array.isArray(message) &&
    message.length === chunk.length &&
    message.every(
      (check: Partial<FileCheck> | null, i) =>
        typeof check === 'object' &&
        check !== null &&
        check.file === chunk[i]?.file &&
        Array.isArray(check.problems) &&
        Array.isArray(check.documents),
    )
  );
}
