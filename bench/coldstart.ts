/**
 * The Action's cold start: `node dist/index.js` validating the sample audiences without
 * credentials (a fork's pull request), next to bare Node (`node -e ''`) on the same
 * machine, run alternately so that both see the same load. The goal is a first-class
 * Action's start: within about 25 ms of bare Node. Also the bundle's size: the entry
 * file, which every run loads, and the chunks that only the runs that need them load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './measure.js';

const RUNS = 21;
const GOAL_MS = 25;

function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${result.status}`);
  return elapsed;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

export function benchColdStart(): void {
  const root = path.resolve('.');
  const entry = path.join(root, 'dist/index.js');
  const scratch = mkdtempSync(path.join(tmpdir(), 'audience-sync-cold-'));
  try {
    const env = {
      PATH: process.env.PATH,
      INPUT_PATH: 'audiences',
      GITHUB_WORKSPACE: root,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: path.join(scratch, 'output'),
      GITHUB_STEP_SUMMARY: path.join(scratch, 'summary'),
    };
    // The runner creates both files before the step starts.
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const action: number[] = [];
    const bare: number[] = [];
    timeRun([entry], env); // warm the file cache once; not counted
    for (let i = 0; i < RUNS; i++) {
      action.push(timeRun([entry], env));
      bare.push(timeRun(['-e', ''], env));
    }
    const a = median(action);
    const b = median(bare);
    const dist = path.join(root, 'dist');
    const chunks = readdirSync(dist)
      .filter((f) => /^\d+\.index\.cjs\.js$/.test(f))
      .map((f) => statSync(path.join(dist, f)).size);
    console.log(`cold start: validate-only run of dist/index.js on audiences/ (median of ${RUNS})`);
    const above = a - b;
    console.log(`  node -e ''           ${b.toFixed(1)} ms`);
    console.log(`  node dist/index.js   ${a.toFixed(1)} ms`);
    console.log(
      `  difference           ${above.toFixed(1)} ms above bare Node (goal: within ${GOAL_MS} ms: ${above <= GOAL_MS ? 'met' : 'not met'})`,
    );
    console.log(
      `  bundle: dist/index.js ${kb(statSync(entry).size)} loaded on every run; ${chunks.length} chunks, ${kb(
        chunks.reduce((s, n) => s + n, 0),
      )}, each loaded only by a run that needs it (the full YAML parser, globs, the planner, the network clients)`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
