import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../src/neuroflash/api.js';
import { chooseWorkspace } from '../../src/neuroflash/workspaces.js';
import type { Harness } from './helpers.js';
import { harness, rejection } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const SEVERAL = [
  { id: 'ws-1', name: 'Acme Marketing' },
  { id: 'ws-2', name: 'Acme Sales' },
  { id: 'ws-3', name: 'Globex' },
];

describe('resolveWorkspace against the emulator', () => {
  it('picks the only workspace when none is named', async () => {
    h = await harness();
    await expect(h.client.resolveWorkspace()).resolves.toEqual({
      id: 'ws-1',
      name: 'Acme Marketing',
    });
    await expect(h.client.resolveWorkspace('')).resolves.toEqual({
      id: 'ws-1',
      name: 'Acme Marketing',
    });
  });

  it('picks by id and by name among several', async () => {
    h = await harness({ workspaces: SEVERAL });
    await expect(h.client.resolveWorkspace('ws-2')).resolves.toEqual(SEVERAL[1]);
    await expect(h.client.resolveWorkspace('Globex')).resolves.toEqual(SEVERAL[2]);
    await expect(h.client.resolveWorkspace('  acme sales ')).resolves.toEqual(SEVERAL[1]);
  });

  it('lists each name and id when several exist and none is chosen', async () => {
    h = await harness({ workspaces: SEVERAL });

    const error = await rejection(h.client.resolveWorkspace());

    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).message).toBe(
      'The account can reach 3 workspaces; choose one by id or name:\n' +
        '  - Acme Marketing (id ws-1)\n' +
        '  - Acme Sales (id ws-2)\n' +
        '  - Globex (id ws-3)',
    );
    expect((error as WorkspaceError).workspaces).toEqual(SEVERAL);
  });

  it('lists each name and id when none matches', async () => {
    h = await harness({ workspaces: SEVERAL });

    const error = await rejection(h.client.resolveWorkspace('Initech'));

    expect((error as WorkspaceError).message).toBe(
      'No workspace has the id or name "Initech". It can reach:\n' +
        '  - Acme Marketing (id ws-1)\n' +
        '  - Acme Sales (id ws-2)\n' +
        '  - Globex (id ws-3)',
    );
  });

  const many = Array.from({ length: 5 }, (_, i) => ({ id: `ws-${i + 1}`, name: `Team ${i + 1}` }));
  for (const workspaceEnvelope of ['data', 'hal', 'array'] as const) {
    it(`reads every page of the workspace list in the ${workspaceEnvelope} envelope`, async () => {
      h = await harness({ workspaces: many, workspaceEnvelope, maxPageSize: 2 });
      await expect(h.client.listWorkspaces()).resolves.toEqual(many);
      await expect(h.client.resolveWorkspace('Team 5')).resolves.toEqual({
        id: 'ws-5',
        name: 'Team 5',
      });
    });
  }
});

describe('chooseWorkspace', () => {
  it('prefers an exact name over a case-insensitive one', () => {
    const list = [
      { id: 'a', name: 'Sales' },
      { id: 'b', name: 'sales' },
    ];
    expect(chooseWorkspace(list, 'sales')).toEqual({ id: 'b', name: 'sales' });
  });

  it('refuses a case-insensitive name that matches several, listing them', () => {
    const list = [
      { id: 'a', name: 'Sales' },
      { id: 'b', name: 'sales' },
      { id: 'c', name: 'Other' },
    ];
    let error: unknown;
    try {
      chooseWorkspace(list, 'SALES');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).message).toBe(
      '2 workspaces are named "SALES"; choose one by id:\n  - Sales (id a)\n  - sales (id b)',
    );
    expect((error as WorkspaceError).workspaces).toEqual(list.slice(0, 2));
  });

  it('prefers an id over a name', () => {
    const list = [
      { id: 'x', name: 'y' },
      { id: 'y', name: 'z' },
    ];
    expect(chooseWorkspace(list, 'y')).toEqual({ id: 'y', name: 'z' });
  });

  it('says so when the account reaches no workspace', () => {
    expect(() => chooseWorkspace([])).toThrow('The account can reach no workspace.');
  });
});
