/**
 * The neuroflash client: the only code that speaks HTTP to neuroflash. It returns
 * complete lists or throws, retries what is safe to retry, and never creates twice.
 * Free of `@actions/core`: the Action and the CLI both use
 * it, and masking reaches the Action through `onSecret`.
 */

import type { Workspace } from '../model.js';
import { resolveRetryPolicy, type Sleep } from '../retry.js';
import type { AudienceApi, NeuroflashApi } from './api.js';
import { WorkspaceAudiences } from './audiences.js';
import type { ApiContext, ListPageEvent } from './context.js';
import { listAll } from './context.js';
import type { Logger, RetryEvent } from './http.js';
import { Transport } from './http.js';
import { isLoopback } from './loopback.js';
import { idOf, toWorkspace } from './mapping.js';
import { secrets } from './redact.js';
import { NEUROFLASH_RETRY_POLICY } from './retry-rules.js';
import { ClientCredentials } from './token.js';
import { Agent } from './undici-parts.js';
import { chooseWorkspace } from './workspaces.js';

export interface ClientOptions {
  /** e.g. `https://app.neuroflash.com/api` */
  apiUrl: string;
  /** e.g. `https://id.neuroflash.com/oauth/v2/token` */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Called with every secret value (the client secret, each access token) so the caller can mask it (the runner's `setSecret`). */
  onSecret?: (value: string) => void;
  log?: Logger;
  retry?: {
    maxAttempts?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
    maxTotalWaitMs?: number;
  };
  timeouts?: { requestMs?: number; importMs?: number; connectMs?: number };
  /** Parallel page reads once the total is known. Default 4. */
  pageConcurrency?: number;
  userAgent?: string;
  /** Observes every retry (after it is logged, before the wait). */
  onRetry?: (event: RetryEvent) => void;
  /** Cuts every pending call when it fires (`CancelledError`); see `TransportOptions.signal`. */
  signal?: AbortSignal;
  /** The run's time budget as epoch ms (`TimeBudgetError` past it); see `TransportOptions.deadline`. */
  deadline?: number;
  /** How messages name the budget, e.g. `10 min (timeout-minutes)`. */
  budgetLabel?: string;
  /** Observes each list page read, with its envelope (for `audience-sync doctor`). */
  onListPage?: (event: ListPageEvent) => void;
  /** The retry waits; the real timer by default. Tests pass one that records the waits. */
  sleep?: Sleep;
}

export const DEFAULT_TIMEOUTS = { requestMs: 30_000, importMs: 120_000, connectMs: 10_000 };
export const DEFAULT_PAGE_CONCURRENCY = 4;
export const DEFAULT_USER_AGENT = 'audience-sync';

const WORKSPACES_PATH = '/workspace-service/v1/workspaces';

function checkUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${name} must be an http(s) URL`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    // The client secret and the bearer token would cross the network in clear text.
    throw new TypeError(
      `${name} ${url.origin} uses http:// to a host that is not loopback; credentials are sent only over https:// (http:// is allowed for localhost, 127.0.0.0/8 and [::1])`,
    );
  }
  return value.replace(/\/+$/, '');
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

/**
 * Creates the client. Nothing goes over the wire until the first call; the token is
 * fetched on demand and shared.
 */
export function createNeuroflashClient(options: ClientOptions): NeuroflashApi {
  const baseUrl = checkUrl('apiUrl', options.apiUrl);
  const tokenUrl = checkUrl('tokenUrl', options.tokenUrl);
  if (options.clientId.trim() === '') throw new TypeError('clientId is empty');
  if (options.clientSecret === '') throw new TypeError('clientSecret is empty');
  const policy = resolveRetryPolicy(options.retry, NEUROFLASH_RETRY_POLICY);
  const timeouts = {
    requestMs: positive(
      'timeouts.requestMs',
      options.timeouts?.requestMs,
      DEFAULT_TIMEOUTS.requestMs,
    ),
    importMs: positive('timeouts.importMs', options.timeouts?.importMs, DEFAULT_TIMEOUTS.importMs),
    connectMs: positive(
      'timeouts.connectMs',
      options.timeouts?.connectMs,
      DEFAULT_TIMEOUTS.connectMs,
    ),
  };
  const pageConcurrency = Math.floor(
    positive('pageConcurrency', options.pageConcurrency, DEFAULT_PAGE_CONCURRENCY),
  );

  const redactor = secrets;
  redactor.addCredentials(options.clientId, options.clientSecret);
  options.onSecret?.(options.clientSecret);
  const sink = options.log;
  const log: Logger = {
    debug: (msg) => sink?.debug(redactor.redact(msg)),
    info: (msg) => (sink?.info ?? sink?.debug)?.call(sink, redactor.redact(msg)),
    warning: (msg) => (sink?.warning ?? sink?.debug)?.call(sink, redactor.redact(msg)),
  };

  // One Agent: one keep-alive pool per origin (the API and the token host), closed together.
  const agent = new Agent({ connect: { timeout: timeouts.connectMs } });
  const transport = new Transport({
    agent,
    policy,
    redactor,
    log,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    ...(options.budgetLabel ? { budgetLabel: options.budgetLabel } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const tokens = new ClientCredentials({
    transport,
    tokenUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    timeoutMs: timeouts.requestMs,
    redactor,
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
  });
  const ctx: ApiContext = {
    transport,
    tokens,
    baseUrl,
    requestTimeoutMs: timeouts.requestMs,
    importTimeoutMs: timeouts.importMs,
    pageConcurrency,
    log,
    ...(options.onListPage ? { onListPage: options.onListPage } : {}),
  };

  const listWorkspaces = (): Promise<Workspace[]> =>
    listAll(ctx, WORKSPACES_PATH, 'workspaces', toWorkspace, (w) => idOf(w));

  return {
    listWorkspaces,
    async resolveWorkspace(idOrName?: string): Promise<Workspace> {
      return chooseWorkspace(await listWorkspaces(), idOrName);
    },
    audiences(workspaceId: string): AudienceApi {
      return new WorkspaceAudiences(ctx, workspaceId);
    },
    stats: transport.stats,
    close: () => transport.close(),
  };
}
