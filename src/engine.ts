/**
 * The engine that the Action and the CLI share: connect, read the remote, plan.
 * Each step takes its collaborators as arguments, so the wiring layers decide what is
 * real and tests decide what is fake: a fake stands in only at such a seam.
 */

import { nextTurn } from './config/turns.js';
import type { DesiredAudience, Plan, PlanOptions, RemoteAudience, Workspace } from './model.js';
import type { AudienceApi, NeuroflashApi } from './neuroflash/api.js';
import type { ClientOptions } from './neuroflash/client.js';

/** Where and how to reach neuroflash. */
export interface ConnectionSettings {
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** A workspace id or name; empty picks the only one. */
  workspace?: string;
  /** Receives every secret value so that the caller can mask it. */
  onSecret?: (value: string) => void;
  log?: { debug(msg: string): void; info?(msg: string): void; warning?(msg: string): void };
  /** The client's retry limits; its defaults when absent (tests make them fast). */
  retry?: ClientOptions['retry'];
  /**
   * Cuts every pending API call when it fires (requests in flight are aborted, retry
   * waits end). Callers fire it after a grace period, once the applier has stopped
   * starting new writes (`ApplyOptions.signal`).
   */
  signal?: AbortSignal;
  /**
   * The run's time budget as epoch ms: no request or retry wait goes past it, and the
   * pending call fails with `TimeBudgetError` when it passes.
   */
  deadline?: number;
  /** How messages name the budget, e.g. `10 min (timeout-minutes)`. */
  budgetLabel?: string;
  /** Observes each page of a list as it is read (see `ClientOptions`). */
  onListPage?: ClientOptions['onListPage'];
}

/** An open connection to one workspace. */
export interface Connection {
  api: NeuroflashApi;
  workspace: Workspace;
  audiences: AudienceApi;
}

/**
 * Opens the client and resolves the workspace. The HTTP client is imported here, on the
 * paths that need it, so that a validate-only run never loads it.
 */
export async function connect(settings: ConnectionSettings): Promise<Connection> {
  const { createNeuroflashClient } = await import('./neuroflash/client.js');
  const api = createNeuroflashClient({
    apiUrl: settings.apiUrl,
    tokenUrl: settings.tokenUrl,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    onSecret: settings.onSecret,
    log: settings.log,
    retry: settings.retry,
    signal: settings.signal,
    deadline: settings.deadline,
    budgetLabel: settings.budgetLabel,
    ...(settings.onListPage ? { onListPage: settings.onListPage } : {}),
  });
  try {
    const workspace = await api.resolveWorkspace(settings.workspace || undefined);
    return { api, workspace, audiences: api.audiences(workspace.id) };
  } catch (error) {
    await api.close();
    throw error;
  }
}

export { hasErrors } from './config/format.js';

/** The connection and the workspace's list, read before the files were known valid. */
export interface RemoteState {
  connection: Connection;
  remote: RemoteAudience[];
}

/** Reads started while the files are still being validated: see `startReads`. */
export interface EarlyReads {
  /**
   * Resolves once the client's code is loaded and the first request is on its way; never
   * rejects. A caller with work of its own for the CPU (the load) awaits it first, so that
   * the reads wait on the network while that work runs, not the other way round.
   */
  begun: Promise<void>;
  /** The open connection (workspace resolved), before the list is read. */
  connected: Promise<Connection>;
  /**
   * The connection and the list, once both are read. Rejects as `connect` or the list
   * would (the client is closed then); otherwise the caller closes the connection.
   */
  ready: Promise<RemoteState>;
  /**
   * Resolves at a moment when a long synchronous task (loading code the run needs next)
   * holds up no read: at once, unless the first page of the list is on its way; then
   * once it is in and the requests for the other pages have gone out, so that the task
   * runs while they are answered. Never rejects.
   */
  quiet(): Promise<void>;
  /**
   * Gives the reads up (a file is invalid, or the run ends early): no request starts after
   * the one in flight, the client is closed, and `ready` is not to be used. Never rejects.
   */
  discard(): Promise<void>;
}

/** How long discarded reads in flight may take to finish before they are cut. */
const DISCARD_GRACE_MS = 2_000;

/**
 * Starts the reads that every sync needs (the token, the workspace lookup and the list
 * pages) so that they overlap the validation of the files. Only reads: nothing here
 * writes, and a caller whose files turn out invalid discards the result unseen, so the
 * rule "no write while any file is invalid" holds as before (docs/plan.md).
 */
export function startReads(
  settings: ConnectionSettings,
  open: (settings: ConnectionSettings) => Promise<Connection> = connect,
): EarlyReads {
  let discarded = false;
  // Passed on as the connection's `signal`: the client stops its requests and retry waits
  // when the reads are discarded and their grace is over, or when the run is cancelled.
  const controller = new AbortController();
  const given = settings.signal;
  const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
  // The client's code first (about a tenth of a second to load), then the requests.
  const loaded = import('./neuroflash/client.js').then(
    () => undefined,
    () => undefined,
  );
  // The list's first page: in (or the list over, whatever its outcome) once it settles.
  let listing = false;
  let firstPageIn: () => void = () => {};
  const firstPage = new Promise<void>((resolve) => {
    firstPageIn = resolve;
  });
  // Pages read before the list of audiences (the workspaces') do not count.
  const onListPage: ConnectionSettings['onListPage'] = (event) => {
    if (listing) firstPageIn();
    settings.onListPage?.(event);
  };
  const connected = loaded.then(() => open({ ...settings, signal, onListPage }));
  const ready = connected.then(async (connection): Promise<RemoteState> => {
    try {
      if (discarded) throw new Error('the early reads were discarded');
      listing = true;
      return { connection, remote: await connection.audiences.listAudiences() };
    } catch (error) {
      await connection.api.close();
      throw error;
    } finally {
      firstPageIn();
    }
  });
  // Whoever awaits them sees their failure; a discarded read's failure is nobody's.
  connected.catch(() => {});
  ready.catch(() => {});
  return {
    begun: loaded.then(() => new Promise<void>((resolve) => setImmediate(resolve))),
    connected,
    ready,
    // Two turns after the first page: the requests for the next pages are written in the
    // first (new connections once they connect, in the second).
    quiet: () => (listing ? firstPage.then(nextTurn).then(nextTurn) : Promise.resolve()),
    async discard() {
      discarded = true;
      // The reads in flight may finish for a moment (they are only reads, and cutting a
      // healthy one gains nothing); past that they are cut, so that a hung API never holds
      // up the report of invalid files.
      const cut = setTimeout(
        () => controller.abort(new Error('the early reads were discarded')),
        DISCARD_GRACE_MS,
      );
      const state = await ready.catch(() => undefined);
      clearTimeout(cut);
      await state?.connection.api.close();
    },
  };
}

/** Reads the remote list and plans against the desired audiences. */
export async function planAgainst(
  desired: DesiredAudience[],
  audiences: AudienceApi,
  options: PlanOptions,
  context?: { guardLiftedBy?: string },
): Promise<{ plan: Plan; remote: RemoteAudience[] }> {
  const remote = await audiences.listAudiences();
  // Loaded here: the CLI's plan and apply load the planner only once the reads are under way.
  const { buildPlan } = await import('./plan/index.js');
  return { plan: buildPlan(desired, remote, options, context), remote };
}
