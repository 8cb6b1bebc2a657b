/**
 * The cost of `verify-before-write`: the same apply of 100 changes (90 updates, 10
 * deletes) against the emulator at 20 ms latency per request, with the re-read off and
 * on. Each mode starts from the same seeded workspace, plans against it, and times only
 * the apply. Prints the apply's HTTP requests and wall time; asserts nothing about time,
 * but refuses to report an apply that did not do every change.
 */
import { applyPlan } from '../src/apply/index.js';
import { connect, planAgainst } from '../src/engine.js';
import type { DesiredAudience, Profile } from '../src/model.js';
import { startEmulator } from '../test/emulator/index.js';
import type { Emulator, SeedAudience } from '../test/emulator/types.js';

const UPDATES = 90;
const DELETES = 10;
const LATENCY_MS = 20;
const CONCURRENCY = 4;
const RUNS = 3;

function profile(i: number): Profile {
  return {
    name: `Audience ${String(i).padStart(3, '0')}`,
    residence: 'Berlin',
    country: 'DE',
    minAge: 25,
    maxAge: 40 + (i % 20),
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', `topic ${i % 7}`],
    needs: ['reach'],
    painPoints: ['time'],
  };
}

/** The remote one year behind: each update's maxAge is one lower; the deletes are marked absent. */
function arrange(emulator: Emulator): DesiredAudience[] {
  emulator.reset();
  const seeds: SeedAudience[] = [];
  const desired: DesiredAudience[] = [];
  const source = { file: 'bench.yml', line: 1, column: 1 };
  for (let i = 0; i < UPDATES + DELETES; i++) {
    const p = profile(i);
    seeds.push({ ...p, maxAge: p.maxAge - 1 });
    desired.push(
      i < UPDATES
        ? { name: p.name, state: 'present', fields: p, previousNames: [], source }
        : { name: p.name, state: 'absent', fields: { name: p.name }, previousNames: [], source },
    );
  }
  emulator.seed(seeds);
  return desired;
}

interface Measure {
  requests: number;
  reads: number;
  wallMs: number;
}

async function applyOnce(emulator: Emulator, verifyBeforeWrite: boolean): Promise<Measure> {
  const desired = arrange(emulator);
  const connection = await connect({
    apiUrl: emulator.apiUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  });
  try {
    const options = { prune: false, ignore: [], maxDeletes: DELETES };
    const { plan } = await planAgainst(desired, connection.audiences, options);
    if (plan.changes.length !== UPDATES + DELETES) {
      throw new Error(`bench plan has ${plan.changes.length} changes, not ${UPDATES + DELETES}`);
    }
    emulator.clearLog();
    const started = performance.now();
    const result = await applyPlan(plan, connection.audiences, {
      concurrency: CONCURRENCY,
      verifyBeforeWrite,
    });
    const wallMs = performance.now() - started;
    if (!result.ok) {
      const bad = result.results.find((r) => r.status !== 'done');
      throw new Error(`bench apply did not do every change: ${bad?.status} ${bad?.error}`);
    }
    const api = emulator.requests.filter((r) => r.path.includes('/audience-service/'));
    return {
      requests: api.length,
      reads: api.filter((r) => r.method === 'GET').length,
      wallMs,
    };
  } finally {
    await connection.api.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs the apply with the re-read off and on, and prints requests and wall time of each. */
export async function benchVerifyBeforeWrite(): Promise<void> {
  const emulator = await startEmulator({ latencyMs: LATENCY_MS });
  try {
    console.log(
      `verify-before-write: apply ${UPDATES} updates and ${DELETES} deletes at ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY} (median of ${RUNS})`,
    );
    console.log(
      `  ${'mode'.padEnd(10)}${'requests'.padStart(10)}${'re-reads'.padStart(10)}${'wall'.padStart(10)}`,
    );
    const rows: { label: string; m: Measure }[] = [];
    for (const [label, verify] of [
      ['off', false],
      ['on', true],
    ] as const) {
      const runs: Measure[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await applyOnce(emulator, verify));
      const m = {
        requests: median(runs.map((r) => r.requests)),
        reads: median(runs.map((r) => r.reads)),
        wallMs: median(runs.map((r) => r.wallMs)),
      };
      rows.push({ label, m });
      console.log(
        `  ${label.padEnd(10)}${String(m.requests).padStart(10)}${String(m.reads).padStart(10)}${`${Math.round(m.wallMs)} ms`.padStart(10)}`,
      );
    }
    const [off, on] = rows.map((r) => r.m);
    if (off && on) {
      console.log(
        `  cost: +${on.requests - off.requests} requests, ×${(on.wallMs / off.wallMs).toFixed(2)} wall time`,
      );
    }
  } finally {
    await emulator.close();
  }
}
