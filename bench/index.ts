// The benchmarks: `npm run bench`, or some of them by name: `npm run bench -- table`.
// Each prints its own figures; none asserts a time. They measure the built bundles: run
// `npm run build` first if src/ changed. Set AUDIENCE_SYNC_BENCH_BASELINE to an older
// build's dist/ folder to measure it alongside (see table.ts).
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { benchBudget } from './budget.js';
import { benchColdStart } from './coldstart.js';
import { benchSync, benchTable } from './table.js';
import { benchVerifyBeforeWrite } from './verify.js';

const benches: Record<string, () => void | Promise<void>> = {
  table: benchTable,
  sync: benchSync,
  coldstart: benchColdStart,
  verify: benchVerifyBeforeWrite,
  budget: benchBudget,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`bench: unknown ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
// Other work on the machine moves every figure: the load goes with them.
const uptime = spawnSync('uptime', { encoding: 'utf8' }).stdout?.trim();
console.log(`machine: ${availableParallelism()} cores; ${uptime || `load ${load()}`}`);
const names = asked.length > 0 ? asked : Object.keys(benches);
for (const name of names) {
  console.log();
  await benches[name]?.();
}
console.log();
console.log(`load at the end: ${load()}`);
