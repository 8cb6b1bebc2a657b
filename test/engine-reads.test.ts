/**
 * The reads that overlap validation (`startReads`): the real client against the emulator.
 * They read and never write; discarded, they stop before the list and close the client.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Connection, type ConnectionSettings, connect, startReads } from '../src/engine.js';
import { startEmulator } from './emulator/index.js';
import type { Emulator } from './emulator/types.js';
import { FAST_RETRY } from './support/cli.js';

let emulator: Emulator;
let settings: ConnectionSettings;

beforeEach(async () => {
  emulator = await startEmulator();
  settings = {
    apiUrl: emulator.apiUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  };
});

afterEach(() => emulator.close());

const listRequests = () =>
  emulator.requests.filter((e) => e.path.endsWith('/target-audiences') && e.method === 'GET');

describe('startReads', () => {
  it('reads the workspace and its complete list, and only reads', async () => {
    emulator.seed([{ name: 'One' }, { name: 'Two' }]);
    const reads = startReads(settings);
    const { connection, remote } = await reads.ready;
    await connection.api.close();
    expect(connection.workspace.id).toBe('ws-1');
    expect(remote.map((r) => r.name).sort()).toEqual(['One', 'Two']);
    expect(listRequests().length).toBeGreaterThan(0);
    expect(
      emulator.requests.filter((e) => e.path.includes('/audience-service/') && e.method !== 'GET'),
    ).toEqual([]);
  });

  it('discarded before the workspace is known, it never reads the list and closes the client', async () => {
    emulator.seed([{ name: 'One' }]);
    let opened: Connection | undefined;
    const reads = startReads(settings, async (s) => {
      opened = await connect(s);
      return opened;
    });
    await reads.discard();
    await expect(reads.ready).rejects.toThrow('discarded');
    expect(listRequests()).toEqual([]);
    // A closed client refuses every further call.
    await expect(opened?.audiences.listAudiences()).rejects.toThrow('closed');
  });

  it('a failed read is reported by ready, and discarding after it never rejects', async () => {
    const reads = startReads({ ...settings, clientSecret: 'wrong', retry: FAST_RETRY });
    await expect(reads.ready).rejects.toThrow();
    await expect(reads.discard()).resolves.toBeUndefined();
  });
});
