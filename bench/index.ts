// The benchmarks: `npm run bench`. Each prints its own figures; none asserts a time.
// They measure the built bundles: run `npm run build` first if src/ changed. Set
// AUDIENCE_SYNC_BENCH_BASELINE to an older build's dist/ folder to measure it alongside.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { benchColdStart } from './coldstart.js';
import { benchTable } from './table.js';
import { benchVerifyBeforeWrite } from './verify.js';

const uptime = spawnSync('uptime', { encoding: 'utf8' }).stdout?.trim();
console.log(
  `machine: ${availableParallelism()} cores; load ${
    uptime ||
    loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')
  }`,
);
await benchTable();
console.log();
benchColdStart();
console.log();
await benchVerifyBeforeWrite();
console.log();
console.log(
  `load at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
