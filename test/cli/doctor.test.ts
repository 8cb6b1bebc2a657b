/**
 * `audience-sync doctor` against the emulator: each of its list envelopes, a wrong
 * secret, a URL that is not a token endpoint, and a base URL without its `/api`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { NeuroflashApi } from '../../src/neuroflash/api.js';
import { createNeuroflashClient } from '../../src/neuroflash/client.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, ListEnvelope } from '../emulator/types.js';
import { captureIO, emulatorEnv, makeTempDir } from '../support/cli.js';

let emulator: Emulator | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await emulator?.close();
  await cleanup?.();
  emulator = undefined;
});

async function doctor(
  options: Parameters<typeof startEmulator>[0],
  env: (e: Emulator) => NodeJS.ProcessEnv = emulatorEnv,
  seed = true,
  createClient?: typeof createNeuroflashClient,
) {
  emulator = await startEmulator(options);
  if (seed) emulator.seed([{ name: 'One' }, { name: 'Two' }]);
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const io = captureIO(emulator, temp.dir, { env: env(emulator) });
  const code = await runCli(['doctor'], io, createClient ? { createClient } : {});
  const lines = io.out().split('\n');
  return { code, io, lines, emulator };
}

/** The mark and title of each checklist line, e.g. `✓ Token endpoint`. */
function marks(lines: string[]): string[] {
  return lines.filter((l) => /^[✓✗·] /.test(l)).map((l) => l.replace(/ {2,}.*/, '').trimEnd());
}

const ALL_PASS = [
  '✓ Token endpoint',
  '✓ Credentials',
  '✓ Workspace',
  '✓ Audience list',
  '✓ Permission flags',
];

describe('audience-sync doctor', () => {
  it.each<[ListEnvelope, string]>([
    ['data', 'the `data` envelope ({data, page})'],
    ['hal', 'the HAL envelope (_embedded, page, _links)'],
    ['array', 'a bare array'],
  ])('passes every step and names the %s envelope', async (envelope, named) => {
    const { code, io, lines, emulator } = await doctor({ envelope });
    expect(io.err()).toBe('');
    expect(marks(lines)).toEqual(ALL_PASS);
    expect(code).toBe(0);
    const list = lines.find((l) => l.startsWith('✓ Audience list')) ?? '';
    // A bare array has no totals: the client reads one page more to see the end.
    expect(list).toContain(
      `GET /audience-service/v1/workspaces/ws-1/target-audiences answered with ${named}: 2 audiences in ${envelope === 'array' ? '2 pages' : '1 page'}`,
    );
    expect(io.out()).toContain(`the workspace list came in ${named}`);
    expect(io.out()).toContain(`${emulator.tokenUrl} issued a token`);
    expect(io.out()).toContain('chosen: Acme Marketing (ws-1), the only one');
    expect(io.out()).toContain('all 2 carry permissions and newPermissions');
    // Reads only.
    expect(
      emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('token')),
    ).toEqual([]);
  });

  it('with a wrong secret: the token endpoint answers, the credentials fail, the rest is not checked', async () => {
    const { code, io, lines } = await doctor({}, (e) => ({
      ...emulatorEnv(e),
      NEUROFLASH_CLIENT_SECRET: 'wrong-secret-value',
    }));
    expect(code).toBe(1);
    expect(marks(lines)).toEqual([
      '✓ Token endpoint',
      '✗ Credentials',
      '· Workspace',
      '· Audience list',
      '· Permission flags',
    ]);
    expect(io.out()).toContain('answers as a token endpoint (HTTP 401)');
    expect(io.out()).toContain('Check NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET.');
    expect(io.out() + io.err()).not.toContain('wrong-secret-value');
  });

  it('with a token URL that is not a token endpoint: that step fails and says what to check', async () => {
    const { code, io, lines } = await doctor({}, (e) => ({
      ...emulatorEnv(e),
      NEUROFLASH_TOKEN_URL: `${e.origin}/not-a-token-endpoint`,
    }));
    expect(code).toBe(1);
    expect(marks(lines)).toEqual([
      '✗ Token endpoint',
      '· Credentials',
      '· Workspace',
      '· Audience list',
      '· Permission flags',
    ]);
    expect(io.out()).toContain('Check the token endpoint: --token-url or NEUROFLASH_TOKEN_URL.');
  });

  it('with an API base without /api: the workspace step names the URL and suggests /api', async () => {
    const { code, io, lines, emulator } = await doctor({}, (e) => ({
      ...emulatorEnv(e),
      NEUROFLASH_API_URL: e.origin,
    }));
    expect(code).toBe(1);
    expect(marks(lines).slice(0, 3)).toEqual(['✓ Token endpoint', '✓ Credentials', '✗ Workspace']);
    expect(io.out()).toContain(`Not found: ${emulator.origin}/workspace-service/v1/workspaces.`);
    expect(io.out()).toContain(`Did you mean --api-url ${emulator.origin}/api?`);
  });

  it('with several workspaces and none chosen: lists them, and fails that step', async () => {
    const { code, io, lines } = await doctor({
      workspaces: [
        { id: 'ws-1', name: 'Acme Marketing' },
        { id: 'ws-2', name: 'Acme Sales' },
      ],
    });
    expect(code).toBe(1);
    expect(marks(lines).slice(0, 3)).toEqual(['✓ Token endpoint', '✓ Credentials', '✗ Workspace']);
    expect(io.out()).toContain('Acme Sales (id ws-2)');
    expect(io.out()).toContain('Choose one with --workspace or NEUROFLASH_WORKSPACE.');
  });

  it('with audiences that carry no permission flags: that step fails and says what it means', async () => {
    // The emulator always sends the flags; the real client, with them taken off each
    // audience it reads, stands for an API that does not.
    const withoutFlags: typeof createNeuroflashClient = (options) => {
      const real: NeuroflashApi = createNeuroflashClient(options);
      return {
        ...real,
        listWorkspaces: () => real.listWorkspaces(),
        resolveWorkspace: (w) => real.resolveWorkspace(w),
        close: () => real.close(),
        audiences: (id) => {
          const api = real.audiences(id);
          return Object.assign(Object.create(api), {
            listAudiences: async () =>
              (await api.listAudiences()).map((a) => {
                const { permissions: _p, newPermissions: _n, ...raw } = a.raw;
                return { ...a, raw };
              }),
          });
        },
      };
    };
    const { code, io, lines } = await doctor({}, emulatorEnv, true, withoutFlags);
    expect(marks(lines)).toEqual([...ALL_PASS.slice(0, 4), '✗ Permission flags']);
    expect(io.out()).toContain('2 of 2 audiences carry neither permissions nor newPermissions');
    expect(code).toBe(1);
  });

  it('with an empty workspace: the permission flags are not checked, and that is no failure', async () => {
    const { code, lines } = await doctor({}, emulatorEnv, false);
    expect(marks(lines)).toEqual([...ALL_PASS.slice(0, 4), '· Permission flags']);
    expect(code).toBe(0);
  });
});
