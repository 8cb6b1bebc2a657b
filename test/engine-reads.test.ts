/**
 * The reads that overlap validation (`startReads`): the real client against the emulator.
 * They read and never write; discarded, they stop before the list and close the client.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Connection, type ConnectionSettings, connect, startReads } from '../src/engine.js';
import type { RemoteAudience } from '../src/model.js';
import type { AudienceApi, NeuroflashApi } from '../src/neuroflash/api.js';
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

/** Resolves after `n` turns of the event loop. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

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

  describe('quiet', () => {
    const seedMany = (n: number) =>
      emulator.seed(Array.from({ length: n }, (_, i) => ({ name: `Audience ${i}` })));

    it('resolves at once while the token and the workspace are read', async () => {
      await emulator.close();
      emulator = await startEmulator({ latencyMs: 100 });
      settings = { ...settings, apiUrl: emulator.apiUrl, tokenUrl: emulator.tokenUrl };
      const reads = startReads(settings);
      await reads.quiet();
      expect(emulator.requests.every((e) => e.endedAt === Number.POSITIVE_INFINITY)).toBe(true);
      expect(listRequests()).toEqual([]);
      await reads.discard();
    });

    it('with the first page on its way, waits until it is in and the other pages are asked for', async () => {
      await emulator.close();
      emulator = await startEmulator({ latencyMs: 60, maxPageSize: 100 });
      settings = { ...settings, apiUrl: emulator.apiUrl, tokenUrl: emulator.tokenUrl };
      seedMany(250);
      const reads = startReads(settings);
      await reads.connected;
      let listed = false;
      void reads.ready.then(() => {
        listed = true;
      });
      await reads.quiet();
      // The first page is answered, and the list is not complete: the others are on their way.
      const [first] = listRequests();
      expect(first?.query.page).toBeUndefined();
      expect(first?.endedAt).toBeLessThan(Number.POSITIVE_INFINITY);
      expect(listed).toBe(false);
      const { connection, remote } = await reads.ready;
      await connection.api.close();
      expect(remote).toHaveLength(250);
      expect(listRequests()).toHaveLength(3);
    });

    it('waits for the first page two turns more, so that the next requests go out first', async () => {
      let pageIn: () => void = () => {};
      let finish: (list: RemoteAudience[]) => void = () => {};
      const reads = startReads(settings, async (s) => ({
        api: { close: async () => {} } as unknown as NeuroflashApi,
        workspace: { id: 'ws-1', name: 'Acme' },
        audiences: {
          listAudiences: () =>
            new Promise<RemoteAudience[]>((resolve) => {
              pageIn = () => s.onListPage?.({ path: '/list', envelope: 'array', items: 1 });
              finish = resolve;
            }),
        } as AudienceApi,
      }));
      await reads.connected;
      let quiet = false;
      void reads.quiet().then(() => {
        quiet = true;
      });
      await turns(5);
      expect(quiet).toBe(false);
      pageIn();
      await turns(1);
      expect(quiet).toBe(false);
      await turns(2);
      expect(quiet).toBe(true);
      finish([]);
      await expect(reads.ready).resolves.toMatchObject({ remote: [] });
    });

    it('resolves, and never hangs, when the list fails', async () => {
      emulator.addFault({
        method: 'GET',
        path: '/target-audiences',
        action: { kind: 'status', status: 500 },
      });
      const reads = startReads({ ...settings, retry: FAST_RETRY });
      await reads.connected;
      await expect(reads.ready).rejects.toThrow();
      await expect(reads.quiet()).resolves.toBeUndefined();
    });
  });
});
