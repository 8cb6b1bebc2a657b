import { afterEach, describe, expect, it } from 'vitest';
import { audiencesPath, call, getToken, type HttpResult, waitForRequest } from './helpers.js';
import { DOCUMENTED_MODEL_ID, startEmulator } from './index.js';
import type { Emulator, EmulatorOptions } from './types.js';

const IMPORT_PATH = '/audience-service/v1/workspaces/ws-1/target-audiences-url-imports';
const v = (field: string, message: string) => ({ field, message, type: 'validation' });

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

function importUrls(
  emulator: Emulator,
  token: string,
  body: Record<string, unknown>,
  path = IMPORT_PATH,
): Promise<HttpResult> {
  return call(emulator, 'POST', path, { token, body });
}

describe('URL import', () => {
  it('drafts a deterministic, valid profile from the URLs, with no id and nothing saved', async () => {
    const { emulator, token } = await start();
    const body = {
      audienceModelId: DOCUMENTED_MODEL_ID,
      urls: ['https://www.your-brand.de/products/seo-tools', 'https://your-brand.de/blog/2024'],
    };
    const first = await importUrls(emulator, token, body);
    const again = await importUrls(emulator, token, body);
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const draft = first.body as Record<string, unknown>;
    expect(draft).toMatchObject({
      name: 'Your Brand visitors',
      residence: 'Berlin',
      country: 'DE',
      nativeLanguage: 'de',
      interests: ['products', 'seo', 'tools', 'blog'],
      additionalInformation: 'Drafted from 2 page(s) of your-brand.de.',
    });
    expect(Object.keys(draft)).not.toContain('id');
    expect(emulator.snapshot()).toEqual([]);
    // The draft is a create body the API itself accepts.
    const created = await call(emulator, 'POST', audiencesPath(), { token, body: draft });
    expect(created.status).toBe(201);
  });

  it('drafts differently for different sites', async () => {
    const { emulator, token } = await start();
    const a = await importUrls(emulator, token, {
      audienceModelId: DOCUMENTED_MODEL_ID,
      urls: ['https://alpha.com'],
    });
    const b = await importUrls(emulator, token, {
      audienceModelId: DOCUMENTED_MODEL_ID,
      urls: ['https://beta.fr'],
    });
    expect(a.body).toMatchObject({
      name: 'Alpha visitors',
      residence: 'New York',
      interests: ['alpha'],
    });
    expect(b.body).toMatchObject({ name: 'Beta visitors', residence: 'Paris', country: 'FR' });
  });

  it.each([
    [
      'an unknown model',
      { audienceModelId: 'abc', urls: ['https://x.com'] },
      [v('audienceModelId', 'unknown audience model: abc')],
    ],
    [
      'no urls',
      { audienceModelId: DOCUMENTED_MODEL_ID, urls: [] },
      [v('urls', 'must contain at least one URL')],
    ],
    [
      'urls that are not http(s)',
      {
        audienceModelId: DOCUMENTED_MODEL_ID,
        urls: ['ftp://x.com', 'https://ok.com', 'not a url', 5],
      },
      [
        v('urls[0]', 'must be an http or https URL'),
        v('urls[2]', 'must be an http or https URL'),
        v('urls[3]', 'must be an http or https URL'),
      ],
    ],
    ['an empty body object', {}, [v('audienceModelId', 'is required'), v('urls', 'is required')]],
  ])('%s → 400 with field errors', async (_, body, errors) => {
    const { emulator, token } = await start();
    const result = await importUrls(emulator, token, body);
    expect(result).toMatchObject({ status: 400, body: { errors } });
  });

  it('needs a token and a known workspace', async () => {
    const { emulator, token } = await start();
    const body = { audienceModelId: DOCUMENTED_MODEL_ID, urls: ['https://x.com'] };
    expect((await importUrls(emulator, '', body)).status).toBe(401);
    const elsewhere = IMPORT_PATH.replace('ws-1', 'ws-9');
    expect((await importUrls(emulator, token, body, elsewhere)).status).toBe(404);
  });

  it('importDraft scripts the draft, returned as is; audienceModelIds adds models', async () => {
    const seen: string[][] = [];
    const { emulator, token } = await start({
      audienceModelIds: ['model-2'],
      importDraft: (urls) => {
        seen.push(urls);
        return {
          name: 'Rounded',
          genderDistribution: { female: 0.333, male: 0.333, nonBinary: 0.333, preferNotToSay: 0 },
        };
      },
    });
    const result = await importUrls(emulator, token, {
      audienceModelId: 'model-2',
      urls: ['https://a.com', 'https://b.com'],
    });
    expect(result.body).toEqual({
      name: 'Rounded',
      genderDistribution: { female: 0.333, male: 0.333, nonBinary: 0.333, preferNotToSay: 0 },
    });
    expect(seen).toEqual([['https://a.com', 'https://b.com']]);
    const documented = await importUrls(emulator, token, {
      audienceModelId: DOCUMENTED_MODEL_ID,
      urls: ['https://a.com'],
    });
    expect(documented.status).toBe(400);
  });

  it('importDelayMs holds the import while other requests are served', async () => {
    const { emulator, token } = await start({ importDelayMs: 400 });
    const slow = importUrls(emulator, token, {
      audienceModelId: DOCUMENTED_MODEL_ID,
      urls: ['https://x.com'],
    });
    const pending = await waitForRequest(emulator, (e) => e.path === `/api${IMPORT_PATH}`);
    const fast = await call(emulator, 'GET', audiencesPath(), { token });
    expect(fast.status).toBe(200);
    expect(pending.status).toBe(0);
    expect((await slow).status).toBe(200);
    expect(pending.status).toBe(200);
  });
});

describe('close', () => {
  it('ends requests still waiting, so nothing hangs, and can be called twice', async () => {
    const emulator = await startEmulator({ importDelayMs: 60_000 });
    const token = await getToken(emulator);
    emulator.addFault({ method: 'GET', action: { kind: 'latency', ms: 60_000 } });
    const waiting = [
      importUrls(emulator, token, {
        audienceModelId: DOCUMENTED_MODEL_ID,
        urls: ['https://x.com'],
      }),
      call(emulator, 'GET', audiencesPath(), { token }),
    ].map((p) =>
      p.then(
        () => 'answered',
        () => 'connection lost',
      ),
    );
    // Close only once both requests have reached the server and are waiting.
    await waitForRequest(emulator, (e) => e.method === 'GET');
    await waitForRequest(emulator, (e) => e.path.endsWith('url-imports') && e.body !== undefined);
    expect(emulator.listening).toBe(true);
    await Promise.all([emulator.close(), emulator.close()]);
    expect(await Promise.all(waiting)).toEqual(['connection lost', 'connection lost']);
    // Asked of the server itself: a refused connection could be another test's server
    // that has since been given the same port.
    expect(emulator.listening).toBe(false);
  });
});
