/**
 * A forwarding proxy on loopback, for putting events at exact points of a run: it hands
 * each request to a hook before forwarding it, and the forward waits for the hook. So a
 * test can edit an audience "by hand" at the moment its re-read arrives (after the list,
 * before the write), or hold two runs' comment POSTs until both runs have listed the
 * comments. Nothing is timed: the order comes from the requests themselves.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InterceptedRequest {
  method: string;
  /** The path with the query. */
  url: string;
}

export interface Interceptor {
  /** The proxy's origin: use it where the target's origin would go. */
  readonly url: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
  // fetch decodes the body; the client must not decode it again.
  'content-encoding',
]);

/**
 * Starts a proxy in front of `target` (an origin such as `http://127.0.0.1:1234`). Each
 * request is passed to `hook` first, then forwarded as it came; the answer is sent back
 * as it came.
 */
export async function startInterceptor(
  target: string,
  hook: (request: InterceptedRequest) => void | Promise<void>,
): Promise<Interceptor> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    try {
      await hook({ method, url });
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const upstream = await fetch(new URL(url, target), {
        method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) out[name] = value;
      });
      res.writeHead(upstream.status, out);
      res.end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `interceptor: ${String(error)}` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A barrier for `parties` requests: each `arrive()` resolves once all of them have
 * arrived. A run that never arrives (it failed earlier) must not hang the suite, so the
 * barrier also opens after `bound` ms; that bounds a broken test, it measures nothing.
 */
export function barrier(parties: number, bound = 20_000) {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const timer = setTimeout(() => open(), bound);
  timer.unref();
  return {
    arrive(): Promise<void> {
      arrived += 1;
      if (arrived >= parties) {
        clearTimeout(timer);
        open();
      }
      return opened;
    },
    get arrived(): number {
      return arrived;
    },
  };
}
