/**
 * `audience-sync plan` and `apply` end to end: the real CLI, the real client and the
 * emulator over HTTP on 127.0.0.1. Each test writes its own audience files.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, RequestLogEntry, SeedAudience } from '../emulator/types.js';
import { type CapturedIO, captureIO, fastConnect, makeTempDir } from '../support/cli.js';

const OTHER_USER = '0b7e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

/** A complete, valid profile; the YAML below writes the same values. */
function profile(name: string, overrides: Partial<SeedAudience> = {}): SeedAudience {
  return {
    name,
    residence: 'Berlin',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', 'content marketing'],
    needs: ['scale content production'],
    painPoints: ['manual workflows'],
    ...overrides,
  };
}

function yamlOf(name: string, extra = ''): string {
  return `name: ${JSON.stringify(name)}
residence: Berlin
minAge: 25
maxAge: 45
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests: [AI, content marketing]
needs: [scale content production]
painPoints: [manual workflows]
${extra}`;
}

const isWrite = (e: RequestLogEntry) => e.path.includes('/audience-service/') && e.method !== 'GET';

let emulator: Emulator;
let dir: string;
let cleanup: () => Promise<void>;
let io: CapturedIO;

beforeEach(async () => {
  emulator = await startEmulator();
  ({ dir, cleanup } = await makeTempDir());
  io = captureIO(emulator, dir);
});

afterEach(async () => {
  await emulator.close();
  await cleanup();
});

/** Writes one audience file per entry under `<dir>/audiences`. */
async function writeAudiences(files: Record<string, string>): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path.join(dir, 'audiences'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await writeFile(path.join(dir, 'audiences', file), text);
  }
}

function freshIO(): CapturedIO {
  io = captureIO(emulator, dir);
  return io;
}

describe('audience-sync plan', () => {
  it('exits 2 with the readable plan when there are changes, and writes nothing', async () => {
    emulator.seed([profile('Drifted', { maxAge: 50 }), profile('Extra')]);
    await writeAudiences({ 'a.yml': yamlOf('Drifted'), 'b.yml': yamlOf('New one') });

    const code = await runCli(['plan', '--prune'], io);

    expect(io.err()).toBe('');
    expect(code).toBe(2);
    expect(io.out()).toContain('~ update  Drifted\n    maxAge: 50 → 45\n');
    expect(io.out()).toContain('+ create  New one\n');
    expect(io.out()).toContain('- delete  Extra  (pruned)\n');
    expect(io.out()).toContain('Plan: 1 to create, 1 to update, 0 to rename, 1 to delete');
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('exits 0 and says so when the workspace equals the files', async () => {
    emulator.seed([profile('Same')]);
    await writeAudiences({ 'a.yml': yamlOf('Same') });

    const code = await runCli(['plan'], io);

    expect(code).toBe(0);
    expect(io.out()).toContain('No changes. 1 audience is up to date.');
  });

  it('prints the plan as JSON with --json', async () => {
    await writeAudiences({ 'a.yml': yamlOf('Fresh') });

    const code = await runCli(['plan', '--json'], io);

    expect(code).toBe(2);
    const json = JSON.parse(io.out());
    expect(json.schemaVersion).toBe(1);
    expect(json.counts.creates).toBe(1);
    expect(json.changes.map((c: { kind: string; name: string }) => [c.kind, c.name])).toEqual([
      ['create', 'Fresh'],
    ]);
    expect(json.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses invalid files before any write, with located problems', async () => {
    await writeAudiences({ 'a.yml': yamlOf('Broken', 'intrests: [typo]\n') });

    const code = await runCli(['plan'], io);

    expect(code).toBe(1);
    expect(io.out()).toBe(
      "audiences/a.yml:9:1: unknown key 'intrests'; did you mean 'interests'?\n1 error in 1 file; nothing was written.\n",
    );
    // Reads may have started alongside the validation; they are discarded unseen.
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('writes nothing when a file is invalid, although the reads started before validation ended', async () => {
    // Every kind of write would follow from these files: updates, creates and prune deletes.
    emulator.seed([
      ...Array.from({ length: 30 }, (_, i) => profile(`Drifted ${i}`, { maxAge: 60 })),
      profile('Extra'),
    ]);
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`a${String(i).padStart(2, '0')}.yml`] = yamlOf(`Drifted ${i}`);
    files['b.yml'] = yamlOf('New one');
    files['z.yml'] = yamlOf('Broken', 'minAge: many\n');
    await writeAudiences(files);

    const code = await runCli(['apply', '--prune', '--max-deletes', '5'], io);

    expect(code).toBe(1);
    expect(io.out()).toContain('audiences/z.yml:');
    const token = emulator.requests.filter((e) => !e.path.includes('/audience-service/'));
    // The reads did start (the token, at least) …
    expect(token.length).toBeGreaterThan(0);
    // … and nothing was written.
    expect(emulator.requests.filter(isWrite)).toEqual([]);
    expect(emulator.requests.every((e) => e.method === 'GET' || token.includes(e))).toBe(true);
  });

  it('answers --help with its usage and exits 0; an unknown option is a usage error', async () => {
    expect(await runCli(['plan', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: audience-sync plan [path...] [options]');
    expect(await runCli(['apply', '--frobnicate'], freshIO())).toBe(1);
    expect(io.err()).toMatch(/^audience-sync apply: unknown option --frobnicate\n/);
    expect(io.err()).toContain('Usage: audience-sync apply');
    expect(emulator.requests).toEqual([]);
  });

  it('fails clearly without credentials, naming both variables', async () => {
    await writeAudiences({ 'a.yml': yamlOf('Fresh') });
    const bare = captureIO(emulator, dir, { env: {} });

    const code = await runCli(['plan'], bare);

    expect(code).toBe(1);
    expect(bare.err()).toContain('NEUROFLASH_CLIENT_ID');
    expect(bare.err()).toContain('NEUROFLASH_CLIENT_SECRET');
    expect(emulator.requests).toEqual([]);
  });
});

describe('audience-sync plan, refused by the token endpoint', () => {
  it('says "authentication failed" once, and which credentials to check', async () => {
    await writeAudiences({ 'a.yml': yamlOf('Fresh') });
    const env = { ...captureIO(emulator, dir).env, NEUROFLASH_CLIENT_SECRET: 'wrong-secret-value' };
    const wrong = captureIO(emulator, dir, { env });

    expect(await runCli(['plan'], wrong)).toBe(1);

    expect(wrong.err()).toBe(
      `audience-sync plan: authentication failed: POST ${emulator.tokenUrl} → 401: invalid_client: client authentication failed. Check the client id and the client secret\nCheck NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET.\n`,
    );
    expect(wrong.err() + wrong.out()).not.toContain('wrong-secret-value');
  });

  it('points at the token URL when it is not a token endpoint', async () => {
    await writeAudiences({ 'a.yml': yamlOf('Fresh') });
    const badUrl = `${emulator.tokenUrl}-nowhere`;
    const env = { ...captureIO(emulator, dir).env, NEUROFLASH_TOKEN_URL: badUrl };
    const wrong = captureIO(emulator, dir, { env });

    expect(await runCli(['plan'], wrong)).toBe(1);

    const [first, check] = wrong.err().split('\n');
    expect(first).toMatch(
      new RegExp(`^audience-sync plan: authentication failed: POST ${badUrl} → 404`),
    );
    expect(check).toBe('Check the token endpoint: --token-url or NEUROFLASH_TOKEN_URL.');
  });
});

describe('audience-sync apply', () => {
  it('converges, and the next plan is empty (idempotence); a rename keeps the id', async () => {
    const [renamed] = emulator.seed([
      profile('Old name', { maxAge: 60 }),
      profile('Drifted', { interests: ['content marketing', 'AI', 'SEO'] }),
      profile('Unwanted'),
    ]);
    await writeAudiences({
      'a.yml': yamlOf('New name', 'previousNames: [Old name]\n'),
      'b.yml': yamlOf('Drifted'),
      'c.yml': yamlOf('Created'),
    });

    const code = await runCli(['apply', '--yes', '--prune'], io);
    expect(io.err()).toContain('[4/4]');
    expect(code).toBe(0);
    expect(io.out()).toContain('Applied: 4 done.');

    const byName = new Map(emulator.snapshot().map((a) => [a.name, a]));
    expect([...byName.keys()].sort()).toEqual(['Created', 'Drifted', 'New name']);
    expect(byName.get('New name')?.id).toBe(renamed?.id);
    expect(byName.get('New name')?.maxAge).toBe(45);
    expect(byName.get('Drifted')?.interests).toEqual(['AI', 'content marketing']);

    emulator.clearLog();
    const again = await runCli(['plan', '--prune'], freshIO());
    expect(again).toBe(0);
    expect(io.out()).toContain('No changes. 3 audiences are up to date.');
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('shows one rewritten progress line on a terminal, and clears it before the report', async () => {
    emulator.seed([profile('One', { maxAge: 50 }), profile('Two', { maxAge: 50 })]);
    await writeAudiences({ 'a.yml': yamlOf('One'), 'b.yml': yamlOf('Two') });
    const tty = captureIO(emulator, dir, { isTTY: true });

    expect(await runCli(['apply', '--yes', '--concurrency', '1'], tty)).toBe(0);

    // The backup line comes first, before any write (see apply-pipeline.test.ts).
    const progress = tty.err().replace(/^Backed up 2 audiences before writing: .*\n/, '');
    expect(progress).toBe('\r\x1b[2KApplying: 1/2\r\x1b[2KApplying: 2/2\r\x1b[2K');
  });

  it('keeps an omitted optional field: the PUT carries the remote value', async () => {
    emulator.seed([profile('Keeps country', { country: 'DE', maxAge: 50 })]);
    await writeAudiences({ 'a.yml': yamlOf('Keeps country') });

    expect(await runCli(['apply', '--yes'], io)).toBe(0);

    const put = emulator.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ country: 'DE', maxAge: 45 });
    expect(emulator.snapshot()[0]).toMatchObject({ country: 'DE', maxAge: 45 });
  });

  it('tries every change when some fail (a 403 and a 400), reports both with the API messages, and exits 1', async () => {
    // Room for one more audience: the second create hits the plan limit (403).
    await emulator.close();
    emulator = await startEmulator({ audienceLimit: 3 });
    io = captureIO(emulator, dir);
    const [, rejected] = emulator.seed([
      profile('Fine', { maxAge: 50 }),
      profile('Rejected', { maxAge: 50 }),
    ]);
    emulator.addFault({
      method: 'PUT',
      path: `/target-audiences/${String(rejected?.id)}`,
      action: {
        kind: 'status',
        status: 400,
        body: {
          errors: [{ field: 'residence', message: 'is not a known city', type: 'validation' }],
        },
      },
    });
    await writeAudiences({
      'a.yml': yamlOf('Fine'),
      'b.yml': yamlOf('Rejected'),
      'c.yml': yamlOf('Created first'),
      'd.yml': yamlOf('Created second'),
    });

    const code = await runCli(['apply', '--yes', '--concurrency', '1'], io);

    expect(code).toBe(1);
    const out = io.out();
    expect(out).toContain('✓ update  Fine');
    expect(out).toContain('✓ create  Created first');
    expect(out).toContain('residence: is not a known city');
    expect(out).toContain('Target audience limit reached for this workspace');
    expect(out).toContain('Applied: 2 done, 2 failed.');
    // Every change was tried: two PUTs and two POSTs reached the API.
    const writes = emulator.requests.filter(isWrite).map((r) => `${r.method} ${r.status}`);
    expect(writes.sort()).toEqual(['POST 201', 'POST 403', 'PUT 200', 'PUT 400']);
    const names = emulator.snapshot().map((a) => a.name);
    expect(names.sort()).toEqual(['Created first', 'Fine', 'Rejected']);
  });

  it('bounds the writes in flight by --concurrency (from the emulator log)', async () => {
    emulator.setLatency(40);
    emulator.seed(Array.from({ length: 12 }, (_, i) => profile(`Audience ${i}`, { maxAge: 50 })));
    await writeAudiences(
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`${i}.yml`, yamlOf(`Audience ${i}`)]),
      ),
    );

    const code = await runCli(['apply', '--yes', '--concurrency', '3'], io);

    expect(code).toBe(0);
    expect(emulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(12);
    expect(emulator.maxConcurrency((e) => e.method === 'PUT')).toBe(3);
  });

  it('trips the delete guard before any write, shows the whole plan and how to allow it', async () => {
    emulator.seed([
      profile('Gone 1'),
      profile('Gone 2'),
      profile('Gone 3'),
      profile('Stale', { maxAge: 50 }),
    ]);
    await writeAudiences({ 'a.yml': yamlOf('Stale') });

    const code = await runCli(['apply', '--yes', '--prune', '--max-deletes', '2'], io);

    expect(code).toBe(1);
    expect(io.out()).toContain('- delete  Gone 3  (pruned)');
    expect(io.out()).toContain('~ update  Stale');
    expect(io.out()).toContain('--max-deletes 3');
    expect(emulator.requests.filter(isWrite)).toEqual([]);
    expect(emulator.snapshot()).toHaveLength(4);
  });

  it('never attempts a blocked change, and exits 1 naming it', async () => {
    emulator.seed([profile('Theirs', { maxAge: 50, createdByUserId: OTHER_USER })]);
    await writeAudiences({ 'a.yml': yamlOf('Theirs') });

    const code = await runCli(['apply', '--yes'], io);

    expect(code).toBe(1);
    expect(io.out()).toMatch(/! blocked update {2}Theirs/);
    expect(emulator.requests.filter(isWrite)).toEqual([]);
  });

  it('survives a create whose response is lost: exactly one audience, exit 0', async () => {
    emulator.addFault({
      method: 'POST',
      path: '/target-audiences',
      times: 1,
      action: { kind: 'commit-then-drop' },
    });
    await writeAudiences({ 'a.yml': yamlOf('Only once') });

    const code = await runCli(['apply', '--yes'], io, { connect: fastConnect });

    expect(code).toBe(0);
    expect(emulator.snapshot().map((a) => a.name)).toEqual(['Only once']);
  });
});
