/**
 * The time budget against a hung API: 5 creates whose writes never get an answer (the
 * emulator holds each for 10 minutes), with the run's deadline a few seconds away. Prints
 * how long the whole run (token, listing, plan, apply) took and how many writes were
 * sent; without a budget the same run waited for 5 tries of 30 s per write.
 */
import { applyPlan } from '../src/apply/index.js';
import { connect, planAgainst } from '../src/engine.js';
import type { DesiredAudience } from '../src/model.js';
import { startEmulator } from '../test/emulator/index.js';

const BUDGETS_MS = [2_000, 5_000];
const CREATES = 5;

function desired(): DesiredAudience[] {
  const source = { file: 'bench.yml', line: 1, column: 1 };
  return Array.from({ length: CREATES }, (_, i) => ({
    name: `Hung ${i}`,
    state: 'present' as const,
    fields: {
      name: `Hung ${i}`,
      residence: 'Berlin',
      minAge: 25,
      maxAge: 45,
      genderDistribution: { female: 0.5, male: 0.5, nonBinary: 0, preferNotToSay: 0 },
      interests: ['AI'],
      needs: ['reach'],
      painPoints: ['time'],
    },
    previousNames: [],
    source,
  }));
}

/** Runs the sync against a hung API within each budget and prints the figures. */
export async function benchBudget(): Promise<void> {
  const emulator = await startEmulator();
  try {
    console.log(`time budget: ${CREATES} creates against an API that never answers a write`);
    console.log(
      `  ${'budget'.padEnd(10)}${'run took'.padStart(10)}${'writes'.padStart(8)}${'failed'.padStart(8)}`,
    );
    for (const budgetMs of BUDGETS_MS) {
      emulator.reset();
      emulator.clearFaults();
      emulator.clearLog();
      emulator.addFault({
        method: 'POST',
        path: /target-audiences$/,
        action: { kind: 'latency', ms: 600_000 },
      });
      const started = performance.now();
      const connection = await connect({
        apiUrl: emulator.apiUrl,
        tokenUrl: emulator.tokenUrl,
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
        deadline: Date.now() + budgetMs,
      });
      try {
        const options = { prune: false, ignore: [], maxDeletes: 10 };
        const { plan } = await planAgainst(desired(), connection.audiences, options);
        const result = await applyPlan(plan, connection.audiences, { concurrency: 4 });
        const tookMs = performance.now() - started;
        const writes = emulator.requests.filter(
          (r) => r.method === 'POST' && r.path.endsWith('/target-audiences'),
        ).length;
        const failed = result.results.filter((r) => r.status === 'failed').length;
        console.log(
          `  ${`${budgetMs / 1000} s`.padEnd(10)}${`${(tookMs / 1000).toFixed(2)} s`.padStart(10)}${String(writes).padStart(8)}${String(failed).padStart(8)}`,
        );
      } finally {
        await connection.api.close();
      }
    }
  } finally {
    await emulator.close();
  }
}
