/**
 * The engine that the Action and the CLI share: connect, read the remote, plan.
 * Each step takes its collaborators as arguments, so the wiring layers decide what is
 * real and tests decide what is fake: a fake stands in only at such a seam.
 */
import type {
  DesiredAudience,
  LoadResult,
  Plan,
  PlanOptions,
  RemoteAudience,
  Workspace,
} from './model.js';
import type { AudienceApi, NeuroflashApi } from './neuroflash/api.js';
import type { ClientOptions } from './neuroflash/client.js';
import { buildPlan } from './plan/index.js';

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
  });
  try {
    const workspace = await api.resolveWorkspace(settings.workspace || undefined);
    return { api, workspace, audiences: api.audiences(workspace.id) };
  } catch (error) {
    await api.close();
    throw error;
  }
}

/** True when any problem is an error: then nothing may be written. */
export function hasErrors(load: LoadResult): boolean {
  return load.problems.some((p) => p.severity === 'error');
}

/** Reads the remote list and plans against the desired audiences. */
export async function planAgainst(
  desired: DesiredAudience[],
  audiences: AudienceApi,
  options: PlanOptions,
  context?: { guardLiftedBy?: string },
): Promise<{ plan: Plan; remote: RemoteAudience[] }> {
  const remote = await audiences.listAudiences();
  return { plan: buildPlan(desired, remote, options, context), remote };
}
