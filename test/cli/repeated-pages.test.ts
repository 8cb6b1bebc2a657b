/**
 * `audience-sync plan` against an API that ignores the page parameter and answers every
 * list request with its first page: with or without totals, in every envelope, the plan
 * fails with a clear error instead of showing a create for an audience that exists.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator, SeedAudience } from '../emulator/types.js';
import { AUDIENCES_PATH, profile } from '../neuroflash/helpers.js';
import { captureIO, makeTempDir } from '../support/cli.js';

const yamlOf = (p: SeedAudience) => `${JSON.stringify(p)}\n`;

let emulator: Emulator | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await emulator?.close();
  await cleanup?.();
});

type Shape = 'array' | 'data' | 'data with totals' | 'hal' | 'hal with totals';

function firstPageBody(shape: Shape, items: unknown[]): unknown {
  const totals = { size: items.length, totalElements: items.length * 2, totalPages: 2 };
  switch (shape) {
    case 'array':
      return items;
    case 'data':
      return { data: items };
    case 'data with totals':
      return { data: items, page: { ...totals, currentPage: 1 } };
    case 'hal':
      return { _embedded: { targetAudiences: items } };
    case 'hal with totals':
      return { _embedded: { targetAudiences: items }, page: { ...totals, number: 0 } };
  }
}

describe('plan against a list that repeats its first page', () => {
  const shapes: Shape[] = ['array', 'data', 'data with totals', 'hal', 'hal with totals'];
  for (const shape of shapes) {
    it(`fails with a clear error (${shape})`, async () => {
      emulator = await startEmulator();
      const temp = await makeTempDir();
      cleanup = temp.cleanup;
      // Four audiences exist; the broken API only ever shows the first two.
      emulator.seed(['One a', 'Two b', 'Three c', 'Four d'].map(profile));
      const firstTwo = emulator.snapshot().slice(0, 2);
      emulator.addFault({
        method: 'GET',
        path: AUDIENCES_PATH,
        action: { kind: 'status', status: 200, body: firstPageBody(shape, firstTwo) },
      });
      await mkdir(path.join(temp.dir, 'audiences'));
      await writeFile(path.join(temp.dir, 'audiences', 'a.yml'), yamlOf(profile('Four d')));
      const io = captureIO(emulator, temp.dir);

      const code = await runCli(['plan'], io);

      expect(code).toBe(1);
      expect(io.err()).toContain('with items already read (it may ignore the page parameter)');
      expect(io.err()).toContain('refusing to use a list that may be incomplete');
      // No plan was shown: above all no create for "Four d", which exists.
      expect(io.out()).not.toContain('Four d');
      expect(
        emulator.requests.filter((r) => r.method !== 'GET' && !r.path.includes('oauth')),
      ).toEqual([]);
    });
  }
});
