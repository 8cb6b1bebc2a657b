/**
 * Runs the built Action (`dist/index.js`) the way the runner does: a child process with
 * `INPUT_*` variables (defaults from `action.yml`, names uppercased with dashes kept),
 * an event payload file, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, against the
 * neuroflash emulator and the fake GitHub API, both in this process on loopback.
 *
 * `AUDIENCE_SYNC_E2E_NODE` picks the node binary (e.g. Node 24); default: this one.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'vitest';
import { parse } from 'yaml';
import { TEST_RETRY_SCALE_ENV } from '../../src/retry.js';
import { startEmulator } from '../emulator/index.js';
import type {
  Emulator,
  EmulatorOptions,
  RequestLogEntry,
  SeedAudience,
} from '../emulator/types.js';
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from '../github-fake/index.js';
import { assertFreshDist } from '../support/dist.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const NODE = process.env.AUDIENCE_SYNC_E2E_NODE || process.execPath;
export const REPOSITORY = 'acme/audiences';
export const SERVER_URL = 'https://github.example';
const GITHUB_TOKEN_EXPRESSION = ['$', '{{ github.token }}'].join('');

/** The emulator, the fake GitHub, and a token-endpoint proxy that records every token issued. */
export interface World {
  emulator: Emulator;
  github: FakeGitHub;
  /** Points at the proxy in front of the emulator's token endpoint. */
  tokenUrl: string;
  /** Every access token the emulator issued, as the proxy saw them. */
  readonly issuedTokens: string[];
  close(): Promise<void>;
}

/** `startWorld` for one test: closed when the test finishes, whatever its outcome. */
export async function testWorld(
  context: TestContext,
  options?: Parameters<typeof startWorld>[0],
): Promise<World> {
  const w = await startWorld(options);
  context.onTestFinished(() => w.close());
  return w;
}

export async function startWorld(
  options: { emulator?: EmulatorOptions; github?: FakeGitHubOptions } = {},
): Promise<World> {
  const emulator = await startEmulator(options.emulator);
  const github = await startFakeGitHub(options.github);
  const issuedTokens: string[] = [];
  const proxy = await startTokenProxy(emulator.tokenUrl, issuedTokens);
  return {
    emulator,
    github,
    tokenUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/oauth/v2/token`,
    issuedTokens,
    async close() {
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
      await Promise.all([emulator.close(), github.close()]);
    },
  };
}

/** Forwards token requests to the emulator and keeps each `access_token` it hands out. */
async function startTokenProxy(target: string, tokens: string[]): Promise<Server> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(target, {
      method: req.method,
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const text = await upstream.text();
    try {
      const token = (JSON.parse(text) as { access_token?: unknown }).access_token;
      if (typeof token === 'string') tokens.push(token);
    } catch {
      // Not JSON: an error page; nothing to record.
    }
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

export type EventName =
  | 'merge_group'
  | 'pull_request'
  | 'pull_request_target'
  | 'push'
  | 'schedule'
  | 'workflow_dispatch'
  | 'pull_request_review'
  | 'pull_request_review_comment'
  | 'issue_comment';

export interface RunOptions {
  event: EventName;
  /** The event payload; default a plausible one for the event (PR #7 for pull requests). */
  payload?: Record<string, unknown>;
  /** Inputs over `action.yml`'s defaults, by input name. */
  inputs?: Record<string, string>;
  /** Give `client-id`/`client-secret` (the emulator's first client); default true. */
  credentials?: boolean;
  /** Files of the checkout, by relative path. */
  files?: Record<string, string>;
  /** Symbolic links in the checkout: relative path → target (as `ln -s` takes it). */
  symlinks?: Record<string, string>;
  /** Another directory holding `index.js` (e.g. a copy without chunks). */
  distDir?: string;
  /** `GITHUB_SHA`; default a fixed sha. */
  sha?: string;
  /** `GITHUB_API_URL`; default the fake GitHub (a test may put an interceptor in front). */
  githubApiUrl?: string;
  /** `GITHUB_RUN_ID`; default `4242`. */
  runId?: string;
  /** Called with the outputs before the run's folders are removed (to read `backup-path`). */
  onOutputs?: (outputs: Record<string, string>) => Promise<void>;
  /** Sends `signal` to the run once a line of its stdout matches `line`, as a cancel would. */
  signalWhen?: { line: RegExp; signal: NodeJS.Signals };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The checkout's files after the run, by relative path. */
  files: Record<string, string>;
}

export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const MERGE_SHA = 'f0e1d2c3b4a5968778695a4b3c2d1e0f98765432';

/** A `pull_request` payload for PR `number` at `headSha`, with `labels`. */
export function prPayload(number = 7, headSha = HEAD_SHA, labels: string[] = []) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: headSha, ref: 'feature', repo: { full_name: REPOSITORY } },
      base: { ref: 'main', repo: { full_name: REPOSITORY } },
      labels: labels.map((name) => ({ name })),
    },
    repository: { full_name: REPOSITORY, name: 'audiences', owner: { login: 'acme' } },
  };
}

function defaultPayload(event: EventName): Record<string, unknown> {
  if (
    event === 'pull_request' ||
    event === 'pull_request_target' ||
    event === 'pull_request_review' ||
    event === 'pull_request_review_comment'
  ) {
    return prPayload();
  }
  if (event === 'push') return { ref: 'refs/heads/main', after: MERGE_SHA };
  if (event === 'merge_group') {
    return {
      action: 'checks_requested',
      merge_group: { head_sha: MERGE_SHA, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
    };
  }
  if (event === 'schedule') return { schedule: '17 3 * * *' };
  return { inputs: {} };
}

let actionDefaults: Record<string, string> | undefined;

/** `action.yml`'s inputs with their defaults, as the runner resolves them. */
export async function actionInputDefaults(): Promise<Record<string, string>> {
  if (!actionDefaults) {
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    actionDefaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]),
    );
  }
  return actionDefaults;
}

/** Runs `dist/index.js` once, as a step would, and collects what it left behind. */
export async function runAction(world: World, options: RunOptions): Promise<RunResult> {
  // `npm test` rebuilds `dist/` first (`pretest`); run on its own, a stale build is refused.
  assertFreshDist('dist/index.js');
  const dir = await mkdtemp(join(tmpdir(), 'audience-sync-e2e-'));
  try {
    return await runIn(dir, world, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runIn(dir: string, world: World, options: RunOptions): Promise<RunResult> {
  const workspaceDir = join(dir, 'repo');
  await mkdir(workspaceDir);
  await mkdir(join(dir, 'runner-temp'));
  for (const [file, text] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(workspaceDir, file)), { recursive: true });
    await writeFile(join(workspaceDir, file), text);
  }
  for (const [file, target] of Object.entries(options.symlinks ?? {})) {
    await mkdir(dirname(join(workspaceDir, file)), { recursive: true });
    await symlink(target, join(workspaceDir, file));
  }
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.payload ?? defaultPayload(options.event)));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');

  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(await actionInputDefaults())) {
    // The one expression among the defaults: the runner substitutes the job's token.
    inputs[name] = value === GITHUB_TOKEN_EXPRESSION ? world.github.token : value;
  }
  inputs['api-url'] = world.emulator.apiUrl;
  inputs['token-url'] = world.tokenUrl;
  if (options.credentials !== false) {
    inputs['client-id'] = world.emulator.clientId;
    inputs['client-secret'] = world.emulator.clientSecret;
  }
  Object.assign(inputs, options.inputs);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_API_URL: options.githubApiUrl ?? world.github.url,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_SHA: options.sha ?? MERGE_SHA,
    GITHUB_WORKSPACE: workspaceDir,
    // Each job has a temporary folder of its own, where the backup goes.
    RUNNER_TEMP: join(dir, 'runner-temp'),
    // Test-only (docs/action.md): the default backoff of both APIs shrunk a hundredfold,
    // so a run that rides out 5xx answers does not sleep whole seconds.
    [TEST_RETRY_SCALE_ENV]: '0.01',
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const entry = join(options.distDir ?? DIST, 'index.js');
  const { code, stdout, stderr } = await spawnNode(entry, env, workspaceDir, options.signalWhen);
  const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
  await options.onOutputs?.(outputs);
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: await readFile(summaryPath, 'utf8'),
    files: await readTree(workspaceDir),
  };
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = await readFile(path, 'utf8');
  }
  return files;
}

/** Runs `entry` with the chosen node binary as the runner runs a step: `env` only, stdout and stderr kept. */
export function spawnNode(
  entry: string,
  env: Record<string, string>,
  cwd: string,
  signalWhen?: RunOptions['signalWhen'],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // A hung run must not hang the suite; this bounds it, it does not measure it.
    const child = spawn(NODE, [entry], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (signalWhen && !signalled && stdout.split('\n').some((l) => signalWhen.line.test(l))) {
        signalled = true;
        child.kill(signalWhen.signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

/** Reads `GITHUB_OUTPUT` as the runner does: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Requests that change state in the emulator: anything but GET, token requests aside. */
export function emulatorWrites(emulator: Emulator): RequestLogEntry[] {
  return emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/oauth/'));
}

/** The `::error file=…,line=…,col=…::message` lines of a run's stdout. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}

/** An audience document: a seed's fields plus the files' management keys. */
export type AudienceDoc = SeedAudience & { state?: 'present' | 'absent'; previousNames?: string[] };

/** A valid audience profile, overridable field by field (for files and seeds alike). */
export function audience(name: string, fields: Partial<AudienceDoc> = {}): AudienceDoc {
  return {
    name,
    residence: 'Berlin',
    country: 'DE',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', 'content marketing'],
    needs: ['scale content production'],
    painPoints: ['manual workflows'],
    ...fields,
  };
}

/** Audience documents as one YAML file (JSON is YAML), separated by `---`. */
export function yamlFile(...docs: object[]): string {
  return docs.map((d) => `${JSON.stringify(d)}\n`).join('---\n');
}

/** A fresh, unguessable value for secrets that tests then search for. */
export function randomSecret(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('hex')}`;
}

/** The run's text that the runner shows or keeps: stdout without `::add-mask::` lines (the runner consumes those), stderr, outputs, summary. */
export function visibleText(result: RunResult): string {
  const stdout = result.stdout
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, JSON.stringify(result.outputs), result.summary].join('\n');
}
