import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = 'scripts/emulator.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  // A failed test must not leave a server behind: signal each group this file started.
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, 'SIGKILL');
    }
  }
});

/** Starts a command in its own process group, so the whole tree can be signalled. */
function launch(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** Collects stdout until it holds `count` complete lines, or the process ends. */
async function readLines(child: ChildProcess, count: number): Promise<string[]> {
  let text = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const lines = text.split('\n');
      if (lines.length > count) resolve(lines.slice(0, count));
    });
    child.once('exit', (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
  });
}

function fields(lines: string[]): Record<string, string> {
  return Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), line.slice(at + 2)];
    }),
  );
}

/**
 * Polls until no live process of the group is left; false if one still runs after 20 s.
 * A zombie counts as ended: in a container nobody may reap an orphan.
 */
async function groupEnded(pgid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    if (liveGroupMembers(pgid) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function liveGroupMembers(pgid: number): number {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return 1;
    } catch {
      return 0;
    }
  }
  let live = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // After the command name in parentheses: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') live += 1;
  }
  return live;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('npm run emulator', () => {
  it('prints exactly the four lines, and serves the sample workspace with them', async () => {
    const child = launch('npm', ['run', '--silent', 'emulator'], { PORT: '0' });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const lines = await readLines(child, 4);
    const printed = fields(lines);
    expect(Object.keys(printed)).toEqual(['api-url', 'token-url', 'client-id', 'client-secret']);
    expect(printed['api-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(printed['token-url']).toBe(printed['api-url']?.replace(/\/api$/, '/oauth/v2/token'));

    const tokenResponse = await fetch(String(printed['token-url']), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: String(printed['client-id']),
        client_secret: String(printed['client-secret']),
        scope: 'openid',
      }),
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const listResponse = await fetch(
      `${printed['api-url']}/audience-service/v1/workspaces/ws-1/target-audiences`,
      { headers: { authorization: `Bearer ${access_token}` } },
    );
    const list = (await listResponse.json()) as {
      data: { name: string; permissions: { canUpdate: boolean } }[];
    };
    expect(list.data).toHaveLength(6);
    expect(list.data.filter((a) => !a.permissions.canUpdate).map((a) => a.name)).toEqual([
      'Agency partners',
    ]);

    expect(liveGroupMembers(child.pid as number)).toBeGreaterThan(1);
    process.kill(-(child.pid as number), 'SIGTERM');
    await once(child, 'exit');
    expect(stdout).toBe(`${lines.join('\n')}\n`);
    // npm exits before the server process below it has finished closing, so wait for the
    // whole group to be gone rather than probing the port (which another test may reuse).
    expect(await groupEnded(child.pid as number)).toBe(true);
  });

  it('listens on $PORT and exits with 0 on SIGTERM', async () => {
    const port = await freePort();
    const child = launch(process.execPath, ['--import', 'tsx', SCRIPT], { PORT: String(port) });
    const lines = await readLines(child, 4);
    expect(lines[0]).toBe(`api-url: http://127.0.0.1:${port}/api`);
    child.kill('SIGTERM');
    const [code, signal] = await once(child, 'exit');
    expect([code, signal]).toEqual([0, null]);
  });

  it('refuses a malformed PORT with exit code 1 and a message', async () => {
    const child = launch(process.execPath, ['--import', 'tsx', SCRIPT], { PORT: 'eighty' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toBe('emulator: PORT must be an integer from 0 to 65535, got "eighty"\n');
  });
});
