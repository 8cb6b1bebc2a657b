import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/neuroflash/api.js';
import type { Harness } from './helpers.js';
import { AUDIENCES_PATH, harness, profile, rejection, wire } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const OTHER_USER = '00000000-0000-4000-8000-000000000001';
const LIST = '/audience-service/v1/workspaces/ws-1/target-audiences';

describe('audience calls', () => {
  it('creates, gets, updates and deletes', async () => {
    h = await harness();
    const api = h.client.audiences('ws-1');

    const created = await api.createAudience(profile('Marketing leaders'));
    expect(created.name).toBe('Marketing leaders');
    expect(created.permissions).toEqual({ canUpdate: true, canDelete: true });

    const got = await api.getAudience(created.id);
    expect(got.raw).toEqual(h.emulator.snapshot()[0]);

    const updated = await api.updateAudience(created.id, {
      ...profile('Marketing leaders'),
      minAge: 30,
    });
    expect(updated.raw.minAge).toBe(30);
    expect(h.emulator.snapshot()[0]?.minAge).toBe(30);

    await api.deleteAudience(created.id);
    expect(h.emulator.snapshot()).toEqual([]);
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `POST /api${LIST} → 201`,
      `GET /api${LIST}/${created.id} → 200`,
      `PUT /api${LIST}/${created.id} → 200`,
      `DELETE /api${LIST}/${created.id} → 204`,
    ]);
  });

  it("gives a typed 403 with the API message on someone else's audience", async () => {
    h = await harness();
    const [theirs] = h.emulator.seed([{ name: 'Theirs', createdByUserId: OTHER_USER }]);
    const id = String(theirs?.id);

    const error = await rejection(h.client.audiences('ws-1').updateAudience(id, profile('Theirs')));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      `PUT ${LIST}/${id} → 403: Only the creator of a target audience may change it`,
    );
    expect((error as ApiError).details).toEqual({
      method: 'PUT',
      path: `${LIST}/${id}`,
      status: 403,
      apiMessage: 'Only the creator of a target audience may change it',
      code: 'FORBIDDEN',
      attempts: 1,
    });
  });

  it('shows every field error of a validation answer', async () => {
    h = await harness();
    const body = { ...profile('ab'), minAge: 50, maxAge: 20 };

    const error = await rejection(h.client.audiences('ws-1').createAudience(body));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.apiMessage).toMatch(/^name: .+; .*(minAge|maxAge).*: .+/);
    expect(apiError.message).toBe(`POST ${LIST} → 400: ${apiError.apiMessage}`);
  });

  it('counts a delete whose answer was lost as done when the retry finds it gone', async () => {
    h = await harness();
    const [mine] = h.emulator.seed([{ name: 'Mine' }]);
    const id = String(mine?.id);
    h.emulator.addFault({
      method: 'DELETE',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'commit-then-drop' },
    });

    await h.client.audiences('ws-1').deleteAudience(id);

    expect(h.emulator.snapshot()).toEqual([]);
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `DELETE /api${LIST}/${id} → 0`,
      `DELETE /api${LIST}/${id} → 404`,
    ]);
  });

  it('still reports a 404 on a delete of an audience that never existed', async () => {
    h = await harness();
    const error = await rejection(h.client.audiences('ws-1').deleteAudience('nope'));
    expect((error as ApiError).message).toBe(
      `DELETE ${LIST}/nope → 404: Target audience not found`,
    );
  });

  it('accepts a DELETE answered 200 with a body', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'DELETE',
      path: AUDIENCES_PATH,
      action: { kind: 'status', status: 200, body: { deleted: true } },
    });
    await expect(h.client.audiences('ws-1').deleteAudience('x')).resolves.toBeUndefined();
  });

  it('returns the URL import draft whole, unknown fields kept', async () => {
    const draft = { ...profile('Drafted'), confidence: 0.8 };
    h = await harness({ importDraft: () => draft });

    const result = await h.client
      .audiences('ws-1')
      .importFromUrls(['https://brand.example'], '538b1efc6f88ad88feebf7acd8c618facb54fe82');

    expect(result).toEqual(draft);
    expect(h.emulator.requests.at(-1)?.body).toEqual({
      audienceModelId: '538b1efc6f88ad88feebf7acd8c618facb54fe82',
      urls: ['https://brand.example'],
    });
  });

  it('counts every request, token requests and retries in stats', async () => {
    h = await harness();
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      times: 2,
      action: { kind: 'status', status: 500 },
    });

    await h.client.audiences('ws-1').listAudiences();
    await h.client.listWorkspaces();

    expect(h.client.stats).toEqual({
      requests: h.emulator.requests.length,
      tokenRequests: 1,
      retries: 2,
    });
    expect(h.emulator.requests).toHaveLength(5);
  });

  it('refuses calls after close', async () => {
    h = await harness();
    await h.client.close();
    const error = await rejection(h.client.listWorkspaces());
    expect((error as Error).message).toBe(
      'GET /workspace-service/v1/workspaces: the neuroflash client is closed',
    );
    expect(h.emulator.requests).toEqual([]);
    // A second close is harmless.
    await expect(h.client.close()).resolves.toBeUndefined();
  });
});
