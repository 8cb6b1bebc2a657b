import { afterEach, describe, expect, it } from 'vitest';
import { audiencesPath, call, getToken, requestToken, validProfile, without } from './helpers.js';
import { DEFAULT_CLIENT, startEmulator } from './index.js';
import type { Emulator, EmulatorClient, EmulatorOptions } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COLLEAGUE = 'c0ffee00-0000-4000-8000-000000000001';
const T0 = Date.UTC(2025, 0, 14, 16, 20, 59, 250);

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function start(
  options: EmulatorOptions = {},
): Promise<{ emulator: Emulator; token: string }> {
  const emulator = await startEmulator(options);
  running.push(emulator);
  return { emulator, token: await getToken(emulator) };
}

describe('target audience resources', () => {
  it('create answers 201 with the full resource, permissions computed for the caller', async () => {
    const { emulator, token } = await start({ now: () => T0 });
    const result = await call(emulator, 'POST', audiencesPath(), { token, body: validProfile() });
    expect(result.status).toBe(201);
    const created = result.body as Record<string, unknown>;
    expect(created.id).toMatch(UUID);
    expect(created).toEqual({
      id: created.id,
      workspaceId: 'ws-1',
      ...validProfile(),
      createdAt: '2025-01-14T16:20:59Z',
      updatedAt: '2025-01-14T16:20:59Z',
      viewedAt: '2025-01-14T16:20:59Z',
      createdByUserId: DEFAULT_CLIENT.userId,
      ownerCustomerId: DEFAULT_CLIENT.customerId,
      permissions: { canView: true, canUpdate: true, canDelete: true, canDuplicate: true },
      newPermissions: {
        viewingAllowed: true,
        updateAllowed: true,
        deletionAllowed: true,
        duplicationAllowed: true,
      },
      _embedded: {
        createdByCustomer: {
          name: 'Service account audience-sync-test',
          email: 'audience-sync-test@example.com',
          legacyId: 'cus_4711',
          hadTrial: false,
        },
      },
    });
    expect(emulator.snapshot()).toEqual([created]);
  });

  it('get returns the stored resource and bumps viewedAt only; unknown ids give 404', async () => {
    let clock = T0;
    const { emulator, token } = await start({ now: () => clock });
    const [seeded] = emulator.seed([{ name: 'Founders' }]);
    const id = String(seeded?.id);
    clock += 60_000;
    const got = await call(emulator, 'GET', `${audiencesPath()}/${id}`, { token });
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ ...seeded, viewedAt: '2025-01-14T16:21:59Z' });
    expect(emulator.snapshot()).toEqual([got.body]);
    const missing = await call(emulator, 'GET', `${audiencesPath()}/nope`, { token });
    expect(missing).toMatchObject({
      status: 404,
      body: { error: 'Target audience not found', code: 'NOT_FOUND' },
    });
    const noSpace = await call(emulator, 'GET', `${audiencesPath('ws-404')}/${id}`, { token });
    expect(noSpace).toMatchObject({
      status: 404,
      body: { error: 'Workspace ws-404 not found', code: 'NOT_FOUND' },
    });
    const noSpaceList = await call(emulator, 'GET', audiencesPath('ws-404'), { token });
    expect(noSpaceList.status).toBe(404);
  });

  it('an audience of another workspace is not found through this one', async () => {
    const { emulator, token } = await start({
      workspaces: [
        { id: 'ws-a', name: 'A' },
        { id: 'ws-b', name: 'B' },
      ],
    });
    const [inB] = emulator.seed([{ name: 'Only in B' }], 'ws-b');
    const result = await call(emulator, 'GET', `${audiencesPath('ws-a')}/${String(inB?.id)}`, {
      token,
    });
    expect(result.status).toBe(404);
    expect(emulator.snapshot('ws-a')).toEqual([]);
    expect(emulator.snapshot('ws-b')).toEqual([inB]);
  });

  it('PUT replaces the whole profile: read-only fields ignored, absent optionals removed', async () => {
    let clock = T0;
    const { emulator, token } = await start({ now: () => clock });
    const [seeded] = emulator.seed([
      { name: 'Old name', country: 'DE', nativeLanguage: 'de', additionalInformation: 'x' },
    ]);
    const id = String(seeded?.id);
    clock += 3000;
    const body = {
      ...without(validProfile({ name: 'New name' }), 'country', 'shared'),
      id: 'forged-id',
      workspaceId: 'ws-other',
      createdAt: '1999-01-01T00:00:00Z',
      updatedAt: '1999-01-01T00:00:00Z',
      createdByUserId: COLLEAGUE,
      ownerCustomerId: 1,
      permissions: { canUpdate: false },
      newPermissions: {},
      _embedded: { createdByCustomer: { name: 'Forged' } },
    };
    const result = await call(emulator, 'PUT', `${audiencesPath()}/${id}`, { token, body });
    expect(result.status).toBe(200);
    const expected: Record<string, unknown> = {
      ...seeded,
      ...without(validProfile({ name: 'New name' }), 'country', 'shared'),
      updatedAt: '2025-01-14T16:21:02Z',
    };
    delete expected.additionalInformation;
    delete expected.country;
    expect(result.body).toEqual(expected);
    expect(emulator.snapshot()).toEqual([expected]);
  });

  it('a GET-modify-PUT round trip of the whole resource succeeds (the docs example)', async () => {
    const { emulator, token } = await start();
    const [seeded] = emulator.seed([{ name: 'Round trip', shared: true }]);
    const path = `${audiencesPath()}/${String(seeded?.id)}`;
    const got = (await call(emulator, 'GET', path, { token })).body as Record<string, unknown>;
    const result = await call(emulator, 'PUT', path, {
      token,
      body: { ...got, residence: 'Paris' },
    });
    expect(result.status).toBe(200);
    expect(emulator.snapshot()[0]).toMatchObject({ residence: 'Paris', shared: true });
  });

  it('updatedAt strictly increases on PUT and editByHand within the same second', async () => {
    const { emulator, token } = await start({ now: () => T0 });
    const [seeded] = emulator.seed([{ name: 'Busy audience' }]);
    const path = `${audiencesPath()}/${String(seeded?.id)}`;
    const put = await call(emulator, 'PUT', path, { token, body: validProfile() });
    const edited = emulator.editByHand(String(seeded?.id), { residence: 'Munich' });
    const put2 = await call(emulator, 'PUT', path, { token, body: validProfile() });
    expect([
      seeded?.updatedAt,
      (put.body as Record<string, unknown>).updatedAt,
      edited.updatedAt,
      (put2.body as Record<string, unknown>).updatedAt,
    ]).toEqual([
      '2025-01-14T16:20:59Z',
      '2025-01-14T16:21:00Z',
      '2025-01-14T16:21:01Z',
      '2025-01-14T16:21:02Z',
    ]);
    expect(edited).toMatchObject({ residence: 'Munich', createdAt: '2025-01-14T16:20:59Z' });
  });

  it('DELETE answers 204 with no body, after which the audience is gone', async () => {
    const { emulator, token } = await start();
    const [keep, drop] = emulator.seed([{ name: 'Keep me' }, { name: 'Drop me' }]);
    const path = `${audiencesPath()}/${String(drop?.id)}`;
    const deleted = await call(emulator, 'DELETE', path, { token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await call(emulator, 'GET', path, { token })).status).toBe(404);
    expect((await call(emulator, 'DELETE', path, { token })).status).toBe(404);
    expect(emulator.snapshot()).toEqual([keep]);
  });

  it('allows two audiences with the same name', async () => {
    const { emulator, token } = await start();
    const body = validProfile({ name: 'Twins' });
    const first = await call(emulator, 'POST', audiencesPath(), { token, body });
    const second = await call(emulator, 'POST', audiencesPath(), { token, body });
    expect([first.status, second.status]).toEqual([201, 201]);
    const ids = emulator.snapshot().map((a) => a.id);
    expect(ids).toEqual([
      (first.body as Record<string, unknown>).id,
      (second.body as Record<string, unknown>).id,
    ]);
    expect(new Set(ids).size).toBe(2);
  });

  it('answers 405 with Allow for a method a route does not have', async () => {
    const { emulator, token } = await start();
    const result = await call(emulator, 'PATCH', audiencesPath(), { token, body: {} });
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('GET, POST');
  });
});

describe('ownership', () => {
  it("a colleague's audience is read-only: permissions false, PUT and DELETE give 403", async () => {
    const { emulator, token } = await start();
    const [theirs] = emulator.seed([{ name: 'Theirs', createdByUserId: COLLEAGUE }]);
    const path = `${audiencesPath()}/${String(theirs?.id)}`;
    expect(theirs).toMatchObject({
      createdByUserId: COLLEAGUE,
      permissions: { canView: true, canUpdate: false, canDelete: false, canDuplicate: true },
      newPermissions: {
        viewingAllowed: true,
        updateAllowed: false,
        deletionAllowed: false,
        duplicationAllowed: true,
      },
      _embedded: { createdByCustomer: { name: 'Workspace colleague' } },
    });
    expect(theirs?.ownerCustomerId).not.toBe(DEFAULT_CLIENT.customerId);
    const forbidden = {
      status: 403,
      body: { error: 'Only the creator of a target audience may change it', code: 'FORBIDDEN' },
    };
    const put = await call(emulator, 'PUT', path, { token, body: validProfile() });
    expect(put).toMatchObject(forbidden);
    // Ownership is decided before the body is read: an invalid body still gets 403.
    const invalidPut = await call(emulator, 'PUT', path, { token, body: {} });
    expect(invalidPut).toMatchObject(forbidden);
    const del = await call(emulator, 'DELETE', path, { token });
    expect(del).toMatchObject(forbidden);
    expect(emulator.snapshot()).toEqual([theirs]);
  });

  it('permissions follow the caller: the second client owns what it creates', async () => {
    const second: EmulatorClient = {
      clientId: 'second-client',
      clientSecret: 'second-secret',
      userId: 'd00d0000-0000-4000-8000-000000000002',
      customerId: 815,
    };
    const { emulator, token } = await start({ clients: [DEFAULT_CLIENT, second] });
    const secondToken = await requestToken(emulator, {
      grant_type: 'client_credentials',
      client_id: second.clientId,
      client_secret: second.clientSecret,
      scope: 'openid',
    });
    const token2 = (secondToken.body as { access_token: string }).access_token;
    const created = await call(emulator, 'POST', audiencesPath(), {
      token: token2,
      body: validProfile(),
    });
    const id = String((created.body as Record<string, unknown>).id);
    expect(created.body).toMatchObject({
      createdByUserId: second.userId,
      ownerCustomerId: 815,
      permissions: { canUpdate: true, canDelete: true },
    });
    const asFirst = await call(emulator, 'GET', `${audiencesPath()}/${id}`, { token });
    expect(asFirst.body).toMatchObject({ permissions: { canUpdate: false, canDelete: false } });
    const denied = await call(emulator, 'DELETE', `${audiencesPath()}/${id}`, { token });
    expect(denied.status).toBe(403);
    const allowed = await call(emulator, 'DELETE', `${audiencesPath()}/${id}`, { token: token2 });
    expect(allowed.status).toBe(204);
  });
});

describe('plan limit', () => {
  it('past audienceLimit a create gives 403 TARGET_AUDIENCE_LIMIT_REACHED, nothing saved', async () => {
    const { emulator, token } = await start({ audienceLimit: 2 });
    emulator.seed([{ name: 'One' }]);
    const second = await call(emulator, 'POST', audiencesPath(), { token, body: validProfile() });
    const third = await call(emulator, 'POST', audiencesPath(), { token, body: validProfile() });
    expect(second.status).toBe(201);
    expect(third).toMatchObject({
      status: 403,
      body: {
        error: 'Target audience limit reached for this workspace',
        code: 'TARGET_AUDIENCE_LIMIT_REACHED',
      },
    });
    expect(emulator.snapshot()).toHaveLength(2);
    // Updates are not creates: they still work at the limit.
    const id = String((second.body as Record<string, unknown>).id);
    const put = await call(emulator, 'PUT', `${audiencesPath()}/${id}`, {
      token,
      body: validProfile({ name: 'Renamed' }),
    });
    expect(put.status).toBe(200);
  });
});

describe('workspaces', () => {
  const spaces = [
    { id: 'ws-1', name: 'Acme Marketing' },
    { id: 'ws-2', name: 'Acme Sales' },
  ];
  const path = '/workspace-service/v1/workspaces';

  it('lists one default workspace', async () => {
    const { emulator, token } = await start();
    const result = await call(emulator, 'GET', path, { token });
    expect(result.body).toEqual({
      data: [{ id: 'ws-1', name: 'Acme Marketing' }],
      page: { size: 20, totalElements: 1, totalPages: 1, currentPage: 1 },
    });
  });

  it('uses the hal envelope with _embedded.workspaces', async () => {
    const { emulator, token } = await start({ workspaces: spaces, workspaceEnvelope: 'hal' });
    const result = await call(emulator, 'GET', path, { token });
    expect(result.body).toEqual({
      _embedded: { workspaces: spaces },
      page: { size: 20, totalElements: 2, totalPages: 1, number: 0 },
      _links: { self: { href: `${emulator.apiUrl}${path}?page=0&size=20` } },
    });
  });

  it('follows the audience envelope by default, and can be a bare array', async () => {
    const hal = await start({ workspaces: spaces, envelope: 'hal' });
    const halBody = (await call(hal.emulator, 'GET', path, { token: hal.token })).body;
    expect(halBody).toMatchObject({ _embedded: { workspaces: spaces } });
    const bare = await start({ workspaces: spaces, envelope: 'data', workspaceEnvelope: 'array' });
    const bareBody = (await call(bare.emulator, 'GET', path, { token: bare.token })).body;
    expect(bareBody).toEqual(spaces);
  });

  it('needs a token', async () => {
    const { emulator } = await start();
    const result = await call(emulator, 'GET', path);
    expect(result.status).toBe(401);
  });
});

describe('test controls', () => {
  it('seed fills valid defaults, which the API itself accepts back', async () => {
    const { emulator, token } = await start();
    const [seeded] = emulator.seed([{ name: 'Defaults only' }]);
    expect(seeded).toMatchObject({
      name: 'Defaults only',
      residence: 'Berlin',
      minAge: 25,
      maxAge: 45,
      genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
      interests: ['marketing'],
      needs: ['more reach'],
      painPoints: ['too little time'],
    });
    expect(Object.keys(seeded ?? {})).not.toContain('country');
    const put = await call(emulator, 'PUT', `${audiencesPath()}/${String(seeded?.id)}`, {
      token,
      body: seeded,
    });
    expect(put.status).toBe(200);
  });

  it('seed keeps a fixed id, refuses a duplicate id and an unknown workspace', async () => {
    const { emulator } = await start();
    const [fixed] = emulator.seed([{ name: 'Fixed', id: 'fixed-1' }]);
    expect(fixed?.id).toBe('fixed-1');
    expect(() => emulator.seed([{ name: 'Again', id: 'fixed-1' }])).toThrow(/already exists/);
    expect(() => emulator.seed([{ name: 'Nowhere' }], 'ws-x')).toThrow(/unknown workspace/);
  });

  it('snapshot returns deep copies in creation order', async () => {
    const { emulator } = await start();
    emulator.seed([{ name: 'First' }, { name: 'Second' }, { name: 'Third' }]);
    const copy = emulator.snapshot()[0] as Record<string, unknown>;
    (copy.interests as string[]).push('mutated');
    (copy.genderDistribution as Record<string, number>).female = 0;
    expect(emulator.snapshot().map((a) => a.name)).toEqual(['First', 'Second', 'Third']);
    expect(emulator.snapshot()[0]).toMatchObject({
      interests: ['marketing'],
      genderDistribution: { female: 0.5 },
    });
  });

  it('editByHand merges, unsets with null, and refuses non-profile fields', async () => {
    const { emulator } = await start();
    const [seeded] = emulator.seed([{ name: 'Edit me', country: 'DE' }]);
    const id = String(seeded?.id);
    const edited = emulator.editByHand(id, { interests: ['golf'], country: null });
    expect(edited).toEqual({
      ...without(seeded ?? {}, 'country'),
      interests: ['golf'],
      updatedAt: edited.updatedAt,
    });
    expect(edited.updatedAt).not.toBe(seeded?.updatedAt);
    expect(() => emulator.editByHand(id, { createdByUserId: 'x' })).toThrow(/non-profile/);
    expect(() => emulator.editByHand('missing', { name: 'x' })).toThrow(/no audience/);
  });

  it('reset empties every workspace', async () => {
    const { emulator } = await start({
      workspaces: [
        { id: 'ws-a', name: 'A' },
        { id: 'ws-b', name: 'B' },
      ],
    });
    emulator.seed([{ name: 'In A' }], 'ws-a');
    emulator.seed([{ name: 'In B' }], 'ws-b');
    emulator.reset();
    expect([emulator.snapshot('ws-a'), emulator.snapshot('ws-b')]).toEqual([[], []]);
  });

  it('binds 127.0.0.1 and exposes its URLs', async () => {
    const { emulator } = await start();
    expect(emulator.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.apiUrl).toBe(`${emulator.origin}/api`);
    expect(emulator.tokenUrl).toBe(`${emulator.origin}/oauth/v2/token`);
  });
});
