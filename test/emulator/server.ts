/**
 * The HTTP side: one pipeline for every request (log → body → fault → latency → route →
 * send or drop) and the routes of docs/api.md. Routes return a Reply value, so that
 * commit-then-drop can carry a request out and still withhold its answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TokenIssuer } from './auth.js';
import type { FaultBook } from './faults.js';
import { draftFromUrls } from './importer.js';
import { type PageLocation, pageOf, parsePaging, renderPage } from './paginate.js';
import { apiError, json, type Reply, validationError } from './reply.js';
import type { Store, StoredAudience } from './store.js';
import type { EmulatorClient, FaultAction, ListEnvelope, RequestLogEntry } from './types.js';
import { isObject, validateImport, validateProfile } from './validate.js';

/** Everything the routes need; `latencyMs` is read per request so it can change live. */
export interface ServerConfig {
  store: Store;
  tokens: TokenIssuer;
  faults: FaultBook;
  log: RequestLogEntry[];
  now: () => number;
  latencyMs: number;
  envelope: ListEnvelope;
  workspaceEnvelope: ListEnvelope;
  defaultPageSize: number;
  maxPageSize: number;
  audienceLimit: number | undefined;
  importDelayMs: number;
  importDraft: ((urls: string[]) => Record<string, unknown>) | undefined;
  audienceModelIds: ReadonlySet<string>;
}

interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  authorization: string | undefined;
  body: unknown;
  /** Set when the body could not be read as its content type claims. */
  bodyError: Reply | undefined;
  entry: RequestLogEntry;
}

interface Sleeper {
  timer: NodeJS.Timeout;
  wake: (completed: boolean) => void;
}

const TOKEN_PATH = '/oauth/v2/token';
const WORKSPACES_PATH = '/api/workspace-service/v1/workspaces';
const AUDIENCE_PREFIX = '/api/audience-service/v1/workspaces/';
const COLLECTION = 'target-audiences';
const IMPORTS = 'target-audiences-url-imports';
const MAX_BODY_BYTES = 1024 * 1024;

const NOT_FOUND = apiError(404, 'Target audience not found', 'NOT_FOUND');
const FORBIDDEN = apiError(403, 'Only the creator of a target audience may change it', 'FORBIDDEN');
const LIMIT_REACHED = apiError(
  403,
  'Target audience limit reached for this workspace',
  'TARGET_AUDIENCE_LIMIT_REACHED',
);

const FAULT_BODIES: Record<number, { error: string; code: string }> = {
  429: { error: 'Too many requests', code: 'RATE_LIMITED' },
  500: { error: 'Internal server error', code: 'INTERNAL_ERROR' },
  502: { error: 'Bad gateway', code: 'BAD_GATEWAY' },
  503: { error: 'Service unavailable', code: 'SERVICE_UNAVAILABLE' },
  504: { error: 'Gateway timeout', code: 'GATEWAY_TIMEOUT' },
};

type Sortable = (a: StoredAudience) => string | number;
const SORT_KEYS: Record<string, Sortable> = {
  name: (a) => a.profile.name,
  createdAt: (a) => a.createdAt,
  updatedAt: (a) => a.updatedAt,
};

export class EmulatorServer {
  readonly server: Server;
  origin = '';
  private readonly sleepers = new Set<Sleeper>();
  private closing: Promise<void> | undefined;

  constructor(readonly config: ServerConfig) {
    // No Nagle: with it, small responses can wait for a delayed ACK and skew benchmarks.
    this.server = createServer({ noDelay: true }, (req, res) => {
      this.handle(req, res).catch(() => req.socket.destroy());
    });
  }

  /** Binds 127.0.0.1 only: the emulator must never be reachable from another machine. */
  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address();
    if (address === null || typeof address === 'string') {
      throw new Error('emulator: the server has no TCP address');
    }
    this.origin = `http://127.0.0.1:${address.port}`;
  }

  /** Stops at once: pending delays end, idle and active sockets are destroyed. */
  close(): Promise<void> {
    if (!this.closing) {
      for (const sleeper of this.sleepers) {
        clearTimeout(sleeper.timer);
        sleeper.wake(false);
      }
      this.sleepers.clear();
      this.closing = new Promise((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
    }
    return this.closing;
  }

  /** Waits on a timer, never a busy loop; false when the emulator closed meanwhile. */
  private sleep(ms: number): Promise<boolean> {
    if (this.closing) return Promise.resolve(false);
    return new Promise((resolve) => {
      const sleeper: Sleeper = {
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper);
          resolve(true);
        }, ms),
        wake: resolve,
      };
      this.sleepers.add(sleeper);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { config } = this;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      startedAt: config.now(),
      endedAt: Number.POSITIVE_INFINITY,
    };
    config.log.push(entry);

    const contentType = req.headers['content-type'];
    const raw = await readBody(req);
    if (raw === undefined) return this.end(entry, 0);
    const { body, error } = parseBody(raw, contentType);
    entry.body = body;

    const fault = config.faults.take(method, url.pathname);
    if (fault) entry.fault = fault.kind;
    const delay = config.latencyMs + (fault?.kind === 'latency' ? fault.ms : 0);
    if (delay > 0 && !(await this.sleep(delay))) return this.end(entry, 0);

    if (fault?.kind === 'drop') return this.drop(req, entry);
    if (fault?.kind === 'status') return this.send(req, res, entry, faultReply(fault));

    let reply: Reply;
    try {
      reply = await this.route({
        method,
        path: url.pathname,
        query: url.searchParams,
        contentType,
        authorization: req.headers.authorization,
        body,
        bodyError: raw.length > MAX_BODY_BYTES ? tooLarge() : error,
        entry,
      });
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      reply = apiError(500, `emulator bug: ${message}`, 'EMULATOR_ERROR');
    }
    if (fault?.kind === 'commit-then-drop') return this.drop(req, entry);
    this.send(req, res, entry, reply);
  }

  private end(entry: RequestLogEntry, status: number): void {
    entry.status = status;
    entry.endedAt = this.config.now();
  }

  private drop(req: IncomingMessage, entry: RequestLogEntry): void {
    req.socket.destroy();
    this.end(entry, 0);
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestLogEntry,
    reply: Reply,
  ): void {
    // The client hung up (a timeout): nothing can be sent, so the log says 0 like a drop.
    if (req.socket.destroyed) {
      this.end(entry, 0);
      return;
    }
    const headers: Record<string, string | number> = { ...reply.headers };
    let payload = '';
    if (reply.body !== undefined) {
      if (typeof reply.body === 'string') {
        payload = reply.body;
        headers['content-type'] ??= reply.body.startsWith('<')
          ? 'text/html; charset=utf-8'
          : 'text/plain; charset=utf-8';
      } else {
        payload = JSON.stringify(reply.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    headers['content-length'] = Buffer.byteLength(payload);
    res.writeHead(reply.status, headers);
    res.end(payload);
    this.end(entry, reply.status);
  }

  private async route(ctx: RequestContext): Promise<Reply> {
    const { path, method } = ctx;
    if (path === TOKEN_PATH) {
      if (method !== 'POST') return methodNotAllowed(['POST']);
      return this.config.tokens.handleTokenRequest(ctx.contentType, ctx.body, (clientId) => {
        ctx.entry.clientId = clientId;
      });
    }
    if (path === WORKSPACES_PATH) {
      if (method !== 'GET') return methodNotAllowed(['GET']);
      return this.authorized(ctx, () => this.listWorkspaces(ctx));
    }
    if (path.startsWith(AUDIENCE_PREFIX)) return this.routeAudiences(ctx);
    return apiError(404, `No route for ${method} ${path}`, 'NOT_FOUND');
  }

  private routeAudiences(ctx: RequestContext): Promise<Reply> | Reply {
    const segments = ctx.path.slice(AUDIENCE_PREFIX.length).split('/').map(safeDecode);
    const [workspaceId, collection, id, ...extra] = segments;
    const noRoute = apiError(404, `No route for ${ctx.method} ${ctx.path}`, 'NOT_FOUND');
    if (!workspaceId || extra.length > 0) return noRoute;
    if (collection === IMPORTS && id === undefined) {
      if (ctx.method !== 'POST') return methodNotAllowed(['POST']);
      return this.inWorkspace(ctx, workspaceId, (client) => this.importUrls(ctx, client));
    }
    if (collection !== COLLECTION) return noRoute;
    if (id === undefined || id === '') {
      if (ctx.method === 'GET') {
        return this.inWorkspace(ctx, workspaceId, (client) =>
          this.listAudiences(ctx, workspaceId, client),
        );
      }
      if (ctx.method === 'POST') {
        return this.inWorkspace(ctx, workspaceId, (client) =>
          this.createAudience(ctx, workspaceId, client),
        );
      }
      return methodNotAllowed(['GET', 'POST']);
    }
    if (!['GET', 'PUT', 'DELETE'].includes(ctx.method)) {
      return methodNotAllowed(['GET', 'PUT', 'DELETE']);
    }
    return this.inWorkspace(ctx, workspaceId, (client) => {
      const audience = this.config.store.get(workspaceId, id);
      if (!audience) return NOT_FOUND;
      if (ctx.method === 'GET') {
        this.config.store.viewed(audience);
        return json(200, this.config.store.toResource(audience, client.userId));
      }
      // Ownership is checked before the body: a stranger learns nothing from validation.
      if (audience.createdByUserId !== client.userId) return FORBIDDEN;
      if (ctx.method === 'DELETE') {
        this.config.store.remove(audience);
        return { status: 204 };
      }
      return this.replaceAudience(ctx, audience, client);
    });
  }

  private authorized(
    ctx: RequestContext,
    next: (client: EmulatorClient) => Promise<Reply> | Reply,
  ): Promise<Reply> | Reply {
    const check = this.config.tokens.check(ctx.authorization);
    if (!check.ok) {
      return apiError(401, check.reason, 'UNAUTHORIZED', {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
    }
    ctx.entry.clientId = check.client.clientId;
    return next(check.client);
  }

  private inWorkspace(
    ctx: RequestContext,
    workspaceId: string,
    next: (client: EmulatorClient) => Promise<Reply> | Reply,
  ): Promise<Reply> | Reply {
    return this.authorized(ctx, (client) => {
      if (!this.config.store.hasWorkspace(workspaceId)) {
        return apiError(404, `Workspace ${workspaceId} not found`, 'NOT_FOUND');
      }
      return next(client);
    });
  }

  private listWorkspaces(ctx: RequestContext): Reply {
    const { config } = this;
    const paging = parsePaging(
      ctx.query,
      config.workspaceEnvelope,
      config.defaultPageSize,
      config.maxPageSize,
    );
    if ('status' in paging) return paging;
    const items = config.store.workspaces();
    const body = renderPage(
      pageOf(items, paging),
      items.length,
      paging,
      config.workspaceEnvelope,
      'workspaces',
      this.location(ctx),
    );
    return json(200, body);
  }

  private listAudiences(ctx: RequestContext, workspaceId: string, client: EmulatorClient): Reply {
    const { config } = this;
    const paging = parsePaging(
      ctx.query,
      config.envelope,
      config.defaultPageSize,
      config.maxPageSize,
    );
    if ('status' in paging) return paging;
    const all = sortAudiences(config.store.list(workspaceId), ctx.query);
    // Only the requested page becomes resources, so a list stays cheap at any size.
    const items = pageOf(all, paging).map((a) => config.store.toResource(a, client.userId));
    const body = renderPage(
      items,
      all.length,
      paging,
      config.envelope,
      'targetAudiences',
      this.location(ctx),
    );
    return json(200, body);
  }

  private createAudience(ctx: RequestContext, workspaceId: string, client: EmulatorClient): Reply {
    const body = jsonBody(ctx);
    if (!body.ok) return body.reply;
    const result = validateProfile(body.value);
    if (!result.ok) return validationError(result.errors);
    const { store, audienceLimit } = this.config;
    if (audienceLimit !== undefined && store.count(workspaceId) >= audienceLimit) {
      return LIMIT_REACHED;
    }
    const audience = store.create(workspaceId, result.value, client.userId);
    return json(201, store.toResource(audience, client.userId));
  }

  private replaceAudience(
    ctx: RequestContext,
    audience: StoredAudience,
    client: EmulatorClient,
  ): Reply {
    const body = jsonBody(ctx);
    if (!body.ok) return body.reply;
    const result = validateProfile(body.value);
    if (!result.ok) return validationError(result.errors);
    this.config.store.replace(audience, result.value);
    return json(200, this.config.store.toResource(audience, client.userId));
  }

  private async importUrls(ctx: RequestContext, _client: EmulatorClient): Promise<Reply> {
    const body = jsonBody(ctx);
    if (!body.ok) return body.reply;
    const result = validateImport(body.value, this.config.audienceModelIds);
    if (!result.ok) return validationError(result.errors);
    if (this.config.importDelayMs > 0) await this.sleep(this.config.importDelayMs);
    const { urls } = result.value;
    const draft = this.config.importDraft?.([...urls]) ?? draftFromUrls(urls);
    return json(200, draft);
  }

  private location(ctx: RequestContext): PageLocation {
    return { url: `${this.origin}${ctx.path}`, query: ctx.query };
  }
}

/** The whole body, or undefined when the client went away before sending it. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of req) {
      const buffer = chunk as Buffer;
      length += buffer.length;
      // Past the limit the rest is drained, not kept: the route answers 413.
      if (length <= MAX_BODY_BYTES + 1) chunks.push(buffer);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks);
}

function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): { body: unknown; error: Reply | undefined } {
  if (raw.length === 0) return { body: undefined, error: undefined };
  const text = raw.toString('utf8');
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { body: Object.fromEntries(new URLSearchParams(text)), error: undefined };
  }
  if (isJsonType(mediaType)) {
    try {
      return { body: JSON.parse(text), error: undefined };
    } catch {
      return { body: text, error: apiError(400, 'Malformed JSON body', 'BAD_REQUEST') };
    }
  }
  return { body: text, error: undefined };
}

function isJsonType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** The JSON object a create, PUT or import needs, or the error that replaces it. */
/** The JSON object of a request, or the error reply; tagged, since a body may hold any key. */
type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply };

function jsonBody(ctx: RequestContext): JsonBody {
  const fail = (reply: Reply): JsonBody => ({ ok: false, reply });
  if (ctx.bodyError) return fail(ctx.bodyError);
  const mediaType = ctx.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!isJsonType(mediaType)) {
    return fail(apiError(415, 'Content-Type must be application/json', 'UNSUPPORTED_MEDIA_TYPE'));
  }
  if (ctx.body === undefined) {
    return fail(apiError(400, 'A request body is required', 'BAD_REQUEST'));
  }
  if (!isObject(ctx.body)) {
    return fail(apiError(400, 'The request body must be a JSON object', 'BAD_REQUEST'));
  }
  return { ok: true, value: ctx.body };
}

function tooLarge(): Reply {
  return apiError(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE');
}

function methodNotAllowed(allowed: string[]): Reply {
  return apiError(405, 'Method not allowed', 'METHOD_NOT_ALLOWED', { allow: allowed.join(', ') });
}

function faultReply(fault: Extract<FaultAction, { kind: 'status' }>): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  const body = fault.body ?? FAULT_BODIES[fault.status] ?? { error: 'Error', code: 'ERROR' };
  return { status: fault.status, body, headers };
}

function sortAudiences(
  items: readonly StoredAudience[],
  query: URLSearchParams,
): readonly StoredAudience[] {
  const sort = query.get('sort');
  if (!sort) return items;
  // Both `sort=name&order=desc` and Spring's `sort=name,desc` are understood.
  const [key = '', direction] = sort.split(',');
  const keyOf = SORT_KEYS[key.trim()];
  if (!keyOf) return items;
  const descending = (query.get('order') ?? direction ?? 'asc').trim().toLowerCase() === 'desc';
  const sign = descending ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    return x < y ? -sign : x > y ? sign : 0;
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
