/**
 * The sync at scale: 1,000 audience files against 1,000 remote audiences, 100 of which
 * differ (70 updates, 10 renames, 10 creates, 10 prune deletes), with 20 ms of emulator
 * latency on every request. Runs the real CLI `apply` in-process against the emulator
 * and prints two comparisons: the HTTP requests against the minimum possible, and the
 * wall time against its lower bound (the critical path at that latency and concurrency).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { startEmulator } from '../test/emulator/index.js';
import type { SeedAudience } from '../test/emulator/types.js';

const AUDIENCES = 1_000;
const LATENCY_MS = 20;
const CONCURRENCY = 4;
/** The client's page size (the API's maximum) and its parallel page reads. */
const PAGE_SIZE = 200;
const PAGE_CONCURRENCY = 4;
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

/** Seeds the remote and writes the files so that exactly MIX differs. */
async function arrange(dir: string): Promise<{ seeds: SeedAudience[]; files: number }> {
  const seeds: SeedAudience[] = [];
  const files: string[] = [];
  const unchanged = AUDIENCES - MIX.updates - MIX.renames - MIX.creates;
  let i = 0;
  for (let n = 0; n < unchanged; n++, i++) {
    const p = profile(`Audience ${String(i).padStart(4, '0')}`, i);
    seeds.push(p);
    files.push(yamlOf(p));
  }
  for (let n = 0; n < MIX.updates; n++, i++) {
    const p = profile(`Audience ${String(i).padStart(4, '0')}`, i);
    seeds.push({ ...p, maxAge: (p.maxAge ?? 40) + 1 });
    files.push(yamlOf(p));
  }
  for (let n = 0; n < MIX.renames; n++, i++) {
    const p = profile(`Audience ${String(i).padStart(4, '0')}`, i);
    seeds.push({ ...p, name: `Old audience ${i}` });
    files.push(yamlOf(p, `previousNames: ["Old audience ${i}"]\n`));
  }
  for (let n = 0; n < MIX.creates; n++, i++) {
    files.push(yamlOf(profile(`Audience ${String(i).padStart(4, '0')}`, i)));
  }
  for (let n = 0; n < MIX.deletes; n++, i++) {
    seeds.push(profile(`Retired audience ${i}`, i));
  }
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((text, f) => writeFile(path.join(dir, `a${f}.yml`), text)));
  return { seeds, files: files.length };
}

export async function benchSync(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'audience-sync-bench-'));
  const emulator = await startEmulator({ latencyMs: LATENCY_MS });
  try {
    const { seeds, files } = await arrange(path.join(root, 'audiences'));
    emulator.seed(seeds);
    const env = {
      NEUROFLASH_CLIENT_ID: emulator.clientId,
      NEUROFLASH_CLIENT_SECRET: emulator.clientSecret,
      NEUROFLASH_API_URL: emulator.apiUrl,
      NEUROFLASH_TOKEN_URL: emulator.tokenUrl,
    };
    let out = '';
    const io = {
      stdout: (t: string) => {
        out += t;
      },
      stderr: () => {},
      env,
      cwd: root,
      isTTY: false,
    };
    const args = [
      'apply',
      'audiences',
      '--prune',
      '--yes',
      '--json',
      '--concurrency',
      String(CONCURRENCY),
      '--max-deletes',
      String(MIX.deletes),
    ];

    emulator.clearLog();
    const started = performance.now();
    const code = await runCli(args, io);
    const wall = performance.now() - started;
    if (code !== 0) throw new Error(`bench: apply exited ${code}\n${out.slice(0, 2000)}`);
    const result = JSON.parse(out) as { results: { status: string }[] };
    const changes = result.results.length;
    if (changes !== 100 || result.results.some((r) => r.status !== 'done')) {
      throw new Error(`bench: expected 100 changes done, got ${changes}`);
    }

    const requests = emulator.requests.length;
    const pages = Math.ceil(seeds.length / PAGE_SIZE);
    const minimum = 1 /* token */ + 1 /* workspace list */ + pages + changes;
    // The critical path in round trips: token, workspace list, the first page, the other
    // pages in parallel, then the writes in rounds of `concurrency`.
    const listRounds = 1 + Math.ceil((pages - 1) / PAGE_CONCURRENCY);
    const writeRounds = Math.ceil(changes / CONCURRENCY);
    const bound = (2 + listRounds + writeRounds) * LATENCY_MS;
    const first = emulator.requests[0];
    const last = emulator.requests.at(-1);
    const network = first && last ? last.endedAt - first.startedAt : 0;

    // A second plan must be empty: the apply converged.
    const replan = await runCli(['plan', 'audiences', '--prune'], { ...io, stdout: () => {} });

    console.log(
      `sync: ${files} files vs ${seeds.length} remote audiences, ${changes} changes ` +
        `(${MIX.updates} updates, ${MIX.renames} renames, ${MIX.creates} creates, ${MIX.deletes} deletes), ` +
        `${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}`,
    );
    console.log(
      `  requests:  ${requests} (minimum ${minimum}: 1 token + 1 workspace lookup + ${pages} list pages + ${changes} writes)`,
    );
    console.log(
      `  wall time: ${wall.toFixed(0)} ms end to end, ${network.toFixed(0)} ms from first to last request; ` +
        `lower bound ${bound} ms (${2 + listRounds + writeRounds} round trips) → ` +
        `${(wall / bound).toFixed(2)}× end to end, ${(network / bound).toFixed(2)}× on the wire`,
    );
    console.log(`  re-plan after apply: exit ${replan} (0 = no changes)`);
  } finally {
    await emulator.close();
    await rm(root, { recursive: true, force: true });
  }
}
