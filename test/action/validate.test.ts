/**
 * End to end, validation and inputs: what the built Action does before it may talk to
 * neuroflash, and that it loads the network code only when it does.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, type TestContext, test } from 'vitest';
import {
  annotations,
  audience,
  DIST,
  emulatorWrites,
  HEAD_SHA,
  runAction,
  testWorld,
  type World,
  yamlFile,
} from './harness.js';

async function world(context: TestContext): Promise<World> {
  const w = await testWorld(context);
  w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
  return w;
}

// Two defects at known positions: a misspelt key (line 3) and shares summing to 0.9 (line 8).
const INVALID = `name: Marketing leaders
residence: Berlin
intrests: [AI]
minAge: 25
maxAge: 45
needs: [scale]
painPoints: [manual work]
genderDistribution: { female: 0.5, male: 0.3, nonBinary: 0.07, preferNotToSay: 0.03 }
interests: [AI]
`;

describe.concurrent('validation and inputs', () => {
  test('an invalid file gives located annotations, a full list, and no write', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'pull_request',
      files: {
        'audiences/bad.yml': INVALID,
        'audiences/good.yml': yamlFile(audience('HR managers in DACH')),
      },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    const errors = annotations(result.stdout, 'error');
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error title=audience-sync [a-z-]+,file=audiences\/bad\.yml,line=3,col=1::.*intrests/,
      ),
      expect.stringMatching(
        /^::error title=audience-sync [a-z-]+,file=audiences\/bad\.yml,line=8,col=\d+::.*0\.9/,
      ),
      expect.stringContaining('2 errors in the audience files'),
    ]);
    // Reads may start alongside the validation; they are discarded unseen.
    expect(emulatorWrites(w.emulator)).toEqual([]);
    // The comment and the summary list every problem.
    const body = w.github.comments(7)[0]?.body ?? '';
    for (const text of [result.summary, body]) {
      expect(text).toContain('📄 [`audiences/bad.yml`](');
      expect(text).toMatch(
        /\[line 3, column 1\]\(https:\/\/github\.example\/acme\/audiences\/blob\/[0-9a-f]{40}\/audiences\/bad\.yml#L3\)/,
      );
      expect(text).toMatch(/\[line 8, column \d+\]\([^)]*\/audiences\/bad\.yml#L8\)/);
    }
    expect(result.outputs.plan).toBe('');
    expect(result.outputs['has-changes']).toBe('false');
  });

  test('an apply with an invalid file writes nothing, although the reads started before validation ended', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // Every kind of write would follow from these files: an update, a create, a prune delete.
    w.emulator.seed([
      { ...audience('HR managers in DACH'), maxAge: 60 },
      { ...audience('Retired audience') },
    ]);
    const before = w.emulator.snapshot();
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'dry-run': 'false', prune: 'true' },
      files: {
        'audiences/a.yml': yamlFile(audience('HR managers in DACH')),
        'audiences/b.yml': yamlFile(audience('Marketing leaders')),
        'audiences/z.yml': INVALID,
      },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    // The reads did start: a token was issued …
    expect(w.issuedTokens.length).toBeGreaterThan(0);
    // … and nothing was written.
    expect(emulatorWrites(w.emulator)).toEqual([]);
    expect(w.emulator.requests.every((r) => r.method === 'GET' || r.path.includes('/oauth/'))).toBe(
      true,
    );
    expect(w.emulator.snapshot()).toEqual(before);
  });

  test('a fork PR without secrets validates only, says so, and succeeds', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'pull_request',
      credentials: false,
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['failure-reason']).toBe('');
    expect(annotations(result.stdout, 'notice')).toEqual([
      expect.stringContaining('No neuroflash credentials'),
    ]);
    expect(w.emulator.requests).toEqual([]);
    expect(w.issuedTokens).toEqual([]);
    expect(result.summary).toContain('No neuroflash credentials');
  });

  test('one credential without the other is an input error', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'push',
      credentials: false,
      inputs: { 'client-id': 'audience-sync-test' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    expect(annotations(result.stdout, 'error')).toEqual([
      '::error::inputs `client-id` and `client-secret` go together: `client-id` is set but `client-secret` is empty. Set both, or neither to validate the files only',
    ]);
    expect(w.emulator.requests).toEqual([]);
  });

  test('a wrong input value names the input and the value', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'push',
      inputs: { 'max-deletes': 'ten' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    expect(annotations(result.stdout, 'error')).toEqual([
      '::error::input `max-deletes` must be a whole number ≥ 0, got `ten`',
    ]);
    expect(result.summary).toBe(
      "### ❌ Did not start · audience-sync\n\n**audience-sync did not start:** input \\`max-deletes\\` must be a whole number ≥ 0, got \\`ten\\`\n\nNothing was read from neuroflash or written to it. Fix the workflow's `with:` inputs and run again.\n",
    );
    expect(w.emulator.requests).toEqual([]);
    expect(w.github.requests).toEqual([]);
  });

  test('bad credentials fail with `auth`; an unknown workspace with `api`', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };
    const auth = await runAction(w, {
      event: 'push',
      inputs: { 'client-secret': 'not-the-secret' },
      files,
    });
    expect(auth.code).toBe(1);
    expect(auth.outputs['failure-reason']).toBe('auth');
    const api = await runAction(w, {
      event: 'push',
      inputs: { workspace: 'No such space' },
      files,
    });
    expect(api.code).toBe(1);
    expect(api.outputs['failure-reason']).toBe('api');
    expect(api.summary).toContain('Acme Marketing');
    expect(emulatorWrites(w.emulator)).toEqual([]);
  });

  test('a validate-only run loads neither Octokit nor the neuroflash client', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // The network code lives in chunks that the main bundle imports on demand: Octokit,
    // the neuroflash client, and undici (its error codes), which `@actions/core` used to
    // load on every run.
    const chunks = await chunksOf(DIST);
    const main = await readFile(join(DIST, 'index.js'), 'utf8');
    const network = ['octokit-core.js', 'grant_type', 'UND_ERR_'];
    for (const marker of network) {
      expect(main).not.toContain(marker);
      expect(chunks.some((c) => c.text.includes(marker))).toBe(true);
    }
    // So the bundle with every chunk but those validates a fork's PR, even with files
    // that need the full YAML parser (JSON-style documents).
    const offline = chunks.filter((c) => !network.some((m) => c.text.includes(m)));
    const result = await runAction(w, {
      event: 'pull_request',
      credentials: false,
      inputs: { comment: 'false' },
      distDir: await bundleCopy(context, offline),
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.summary).toContain('Validated 1 file (1 audience)');
  });

  test('valid plain files validate with the main bundle alone: no YAML parser, planner or glob library', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // The full YAML parser, the glob library, the planner, the applier and the renderers
    // of plans are chunks too: a fork's pull request with plain, valid files loads none.
    const chunks = await chunksOf(DIST);
    const main = await readFile(join(DIST, 'index.js'), 'utf8');
    for (const marker of [
      'flow-error-end',
      'POSIX_REGEX_SOURCE',
      'Compare with the reviewed plan',
    ]) {
      expect(main).not.toContain(marker);
      expect(chunks.some((c) => c.text.includes(marker))).toBe(true);
    }
    const plain = [
      'name: Marketing leaders',
      'residence: Berlin',
      'country: DE',
      'minAge: 25',
      'maxAge: 45',
      'genderDistribution:',
      '  female: 0.5',
      '  male: 0.4',
      '  nonBinary: 0.07',
      '  preferNotToSay: 0.03',
      'interests: [AI, content marketing]',
      'needs:',
      '  - scale content production',
      'painPoints:',
      '  - manual workflows',
      '',
    ].join('\n');
    const result = await runAction(w, {
      event: 'pull_request',
      credentials: false,
      inputs: { comment: 'false' },
      distDir: await bundleCopy(context, []),
      files: { 'audiences/a.yml': plain, 'audiences/b.yml': plain.replace('Marketing', 'Sales') },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.summary).toContain('Validated 2 files (2 audiences)');
    // The same bundle, given a file with a problem, needs the parser for its position: the
    // chunk is missing here, so the run fails loudly instead of passing the file.
    const broken = await runAction(w, {
      event: 'pull_request',
      credentials: false,
      inputs: { comment: 'false' },
      distDir: await bundleCopy(context, []),
      files: { 'audiences/a.yml': plain.replace('maxAge: 45', 'maxAge: 12') },
    });
    // Invalid either way; the missing chunk in the failure shows the parser was needed.
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/::error::Cannot find module .*\.index\.cjs\.js/);
  });
});

interface Chunk {
  file: string;
  text: string;
}

/** The lazily loaded chunks of a bundle folder, with their text. */
async function chunksOf(dir: string): Promise<Chunk[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+\.index\.cjs\.js$/.test(f));
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
  );
}

/** A copy of the Action's bundle with only `chunks` of its chunks, removed after the test. */
async function bundleCopy(context: TestContext, chunks: readonly Chunk[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'audience-sync-dist-'));
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const file of ['index.js', 'package.json', ...chunks.map((c) => c.file)]) {
    await copyFile(join(DIST, file), join(dir, file));
  }
  return dir;
}
