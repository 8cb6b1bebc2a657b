/**
 * One redactor for every channel: it knows each secret in every form a server might echo
 * it in, replaces every occurrence, and runs before any cut. The echo tests use a real
 * token endpoint on loopback that quotes the request body back, as some OAuth servers do.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError } from '../../src/neuroflash/api.js';
import { createNeuroflashClient } from '../../src/neuroflash/client.js';
import { readErrorBody } from '../../src/neuroflash/error-body.js';
import { isLoopback } from '../../src/neuroflash/loopback.js';
import { MASK, Redactor, redactAndTruncate, secretForms } from '../../src/redact.js';
import { rejection } from './helpers.js';

/** Secrets with every character that the encodings treat differently. */
const AWKWARD = [
  "Qz pass !~'*() word",
  'Qz~tilde~only',
  "Qz'quote'*star*",
  'Qz(paren) & <html> "q"',
  'Qz/slash+plus=eq%pct',
  'Qz ümlaut ✓ emoji 🎉',
];

function everyForm(secret: string, clientId = 'client-1'): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(`${clientId}:${secret}`).toString('base64'),
  ];
}

describe('the redactor', () => {
  it("knows what URLSearchParams really writes for ` !~'*()`", () => {
    // `+` for a space, %21 %7E %27 %28 %29 encoded, `*` left as it is.
    expect(new URLSearchParams({ s: " !~'*()" }).toString()).toBe('s=+%21%7E%27*%28%29');
    expect(secretForms(" !~'*()")).toContain('+%21%7E%27*%28%29');
    expect(secretForms(" !~'*()")).toContain("%20!~'*()");
    expect(secretForms(" !~'*()")).toContain('%20%21~%27%2A%28%29');
  });

  for (const secret of AWKWARD) {
    it(`masks every form of ${JSON.stringify(secret)}, every time it occurs`, () => {
      const redactor = new Redactor();
      redactor.addCredentials('client-1', secret);
      for (const form of everyForm(secret)) {
        const text = `before ${form} middle ${form} after`;
        expect(redactor.redact(text)).toBe(`before ${MASK} middle ${MASK} after`);
      }
      const lower = encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
      expect(redactor.redact(`x${lower}x`)).toBe(`x${MASK}x`);
    });
  }

  it('replaces a secret that contains another whole, longest first', () => {
    const redactor = new Redactor();
    redactor.add('Qz-token');
    redactor.add('Qz-token-longer');
    expect(redactor.redact('a Qz-token-longer b Qz-token c')).toBe(`a ${MASK} b ${MASK} c`);
  });

  it('masks the start of a secret at the end of a text that a server cut short', () => {
    const redactor = new Redactor();
    redactor.add('Qz-very-secret-value');
    expect(redactor.redactCut('echo: Qz-very-sec')).toBe(`echo: ${MASK}`);
    // Short starts are ordinary words far too often.
    expect(redactor.redactCut('echo: Qz-v')).toBe('echo: Qz-v');
    // A server's error body is read this way.
    expect(readErrorBody(undefined, 'bad secret Qz-very-secret-va', redactor).message).toBe(
      `bad secret ${MASK}`,
    );
  });

  it('redacts before it truncates, wherever the cut falls inside the secret', () => {
    const secret = "Qz pass !~'*() word";
    const redactor = new Redactor();
    redactor.add(secret);
    for (const form of everyForm(secret).slice(0, 4)) {
      for (let offset = 0; offset <= form.length; offset += 1) {
        // The cut at 300 falls `offset` characters into the form.
        const text = `${'x'.repeat(300 - offset)}${form}${'y'.repeat(50)}`;
        const cut = redactAndTruncate(text, 301, redactor);
        expect(cut).not.toContain(form.slice(0, 2));
        const body = readErrorBody(undefined, text, redactor).message ?? '';
        expect(body).not.toContain(form.slice(0, 2));
        const json = readErrorBody({ error: text }, JSON.stringify({ error: text }), redactor);
        expect(json.message ?? '').not.toContain(form.slice(0, 2));
      }
    }
  });

  it('redacts a secret with two spaces in a row before the spaces are collapsed', () => {
    const redactor = new Redactor();
    redactor.add('Qz  double  space');
    expect(readErrorBody(undefined, 'got Qz  double  space here', redactor).message).toBe(
      `got ${MASK} here`,
    );
  });
});

describe('a token endpoint that echoes the request body', () => {
  let server: Server | undefined;
  let requests = 0;
  afterEach(async () => {
    await new Promise((r) => server?.close(r));
    server = undefined;
  });

  async function echoServer(shape: 'json' | 'text' | 'html'): Promise<string> {
    requests = 0;
    const echo = createServer(async (req, res) => {
      requests += 1;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      const decoded = Object.fromEntries(new URLSearchParams(body));
      const auth = req.headers.authorization ?? '';
      if (shape === 'json') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: 'invalid_client',
            error_description: `bad request ${body} decoded ${JSON.stringify(decoded)} ${auth} ${body}`,
          }),
        );
      } else {
        res.writeHead(400, { 'content-type': shape === 'html' ? 'text/html' : 'text/plain' });
        res.end(`<p>rejected: ${body} / ${decoded.client_secret} / ${body}</p>`);
      }
    });
    server = echo;
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  }

  for (const shape of ['json', 'text', 'html'] as const) {
    for (const secret of AWKWARD) {
      it(`never shows ${JSON.stringify(secret)} in the error (${shape} body)`, async () => {
        const base = await echoServer(shape);
        const logs: string[] = [];
        const client = createNeuroflashClient({
          apiUrl: `${base}/api`,
          tokenUrl: `${base}/oauth/v2/token`,
          clientId: 'client-1',
          clientSecret: secret,
          log: { debug: (m) => logs.push(m), info: (m) => logs.push(m) },
          retry: { maxAttempts: 1 },
        });
        try {
          const error = await rejection(client.listWorkspaces());
          expect(error).toBeInstanceOf(AuthError);
          const seen = [
            (error as AuthError).message,
            (error as AuthError).apiMessage,
            ...logs,
          ].join('\n');
          expect(seen).toContain(MASK);
          for (const form of everyForm(secret)) expect(seen).not.toContain(form);
          expect(requests).toBe(1);
        } finally {
          await client.close();
        }
      });
    }
  }
});

describe('no credentials in clear', () => {
  it('refuses http:// to a host that is not loopback, before any request', async () => {
    let requests = 0;
    const local = createServer((_req, res) => {
      requests += 1;
      res.end('{}');
    });
    await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
    const port = (local.address() as AddressInfo).port;
    try {
      for (const [apiUrl, tokenUrl, bad] of [
        ['http://api.neuroflash.example/api', `http://127.0.0.1:${port}/token`, 'apiUrl'],
        [`http://127.0.0.1:${port}/api`, 'http://id.neuroflash.example/token', 'tokenUrl'],
        [`http://127.0.0.1:${port}/api`, 'http://10.0.0.1/token', 'tokenUrl'],
      ] as const) {
        const origin = new URL(bad === 'apiUrl' ? apiUrl : tokenUrl).origin;
        expect(() =>
          createNeuroflashClient({ apiUrl, tokenUrl, clientId: 'c', clientSecret: 's-Qz-secret' }),
        ).toThrow(
          `${bad} ${origin} uses http:// to a host that is not loopback; credentials are sent only over https:// (http:// is allowed for localhost, 127.0.0.0/8 and [::1])`,
        );
      }
      expect(requests).toBe(0);
    } finally {
      await new Promise((r) => local.close(r));
    }
  });

  it('allows http:// to loopback (the emulator) and https:// anywhere', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'api.localhost', '[::1]']) {
      expect(isLoopback(new URL(`http://${host}:8080/`).hostname)).toBe(true);
    }
    expect(isLoopback(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true);
    for (const host of ['10.0.0.1', 'example.com', '128.0.0.1', '[::2]', 'localhost.example.com']) {
      expect(isLoopback(new URL(`http://${host}/`).hostname)).toBe(false);
    }
    const client = createNeuroflashClient({
      apiUrl: 'https://app.neuroflash.example/api',
      tokenUrl: 'https://id.neuroflash.example/token',
      clientId: 'c',
      clientSecret: 's',
    });
    return client.close();
  });
});
