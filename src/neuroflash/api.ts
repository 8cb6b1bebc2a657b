/**
 * The seam between the engine and the neuroflash API. The planner never sees it; the
 * applier, the Action and the CLI receive an implementation (the real HTTP client, or in
 * tests the same client pointed at the emulator).
 */
import type { Profile, RemoteAudience, Workspace } from '../model.js';

/** The audience calls of one workspace. */
export interface AudienceApi {
  readonly workspaceId: string;
  /** The workspace's complete list, or a thrown error: never a partial list. */
  listAudiences(): Promise<RemoteAudience[]>;
  getAudience(id: string): Promise<RemoteAudience>;
  /** Never creates twice: a create whose outcome is unknown is looked up before a retry. */
  createAudience(body: Profile): Promise<RemoteAudience>;
  /** PUT: full replacement, so `body` must be the complete profile. */
  updateAudience(id: string, body: Profile): Promise<RemoteAudience>;
  deleteAudience(id: string): Promise<void>;
  /** The URL import: a drafted profile, nothing saved. Slow on the real service. */
  importFromUrls(urls: string[], audienceModelId: string): Promise<Partial<Profile>>;
}

/** The account-level calls. */
export interface NeuroflashApi {
  listWorkspaces(): Promise<Workspace[]>;
  /**
   * A workspace by id or name; with none given, the only one the account sees. With
   * several and none chosen, it throws an error that lists each one's name and id.
   */
  resolveWorkspace(idOrName?: string): Promise<Workspace>;
  audiences(workspaceId: string): AudienceApi;
  /** Counts of what went over the wire, for reports and the benchmark. */
  readonly stats: { requests: number; tokenRequests: number; retries: number };
  /** Releases the connection pools. */
  close(): Promise<void>;
}

/**
 * An API call that failed for good. The message reads like
 * `PUT /audience-service/v1/workspaces/w/target-audiences/123 → 403: not the owner`
 * and never contains a secret or a token.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly details: {
      method: string;
      /** The path below the API base, without the query. */
      path: string;
      /** Absent when no response came (a reset, a timeout). */
      status?: number;
      /** The API's own message, from either error shape. */
      apiMessage?: string;
      /** The API's error code, e.g. `TARGET_AUDIENCE_LIMIT_REACHED`. */
      code?: string;
      /** How many tries were made. */
      attempts: number;
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  get status(): number | undefined {
    return this.details.status;
  }
  get apiMessage(): string | undefined {
    return this.details.apiMessage;
  }
}

/**
 * The run's overall time budget ran out (the `deadline` of the client): the pending call
 * was cut, or not started, or its next retry would have waited past the budget. A write
 * cut in flight may still have landed; a re-run re-plans and sees it.
 */
export class TimeBudgetError extends ApiError {
  override name = 'TimeBudgetError';
}

/** The run was cancelled (the client's `signal` fired): the pending call was cut or not started. */
export class CancelledError extends ApiError {
  override name = 'CancelledError';
}

/** The token endpoint refused the credentials, or could not be reached. */
export class AuthError extends ApiError {
  override name = 'AuthError';

  /** The token endpoint refused the credentials (400, 401 or 403), rather than failing otherwise. */
  get refused(): boolean {
    return credentialsRefused(this.status);
  }
}

/** Whether a token endpoint's status means the credentials were refused. */
export function credentialsRefused(status: number | undefined): boolean {
  return status === 400 || status === 401 || status === 403;
}

/** No workspace could be chosen: none given and several exist, or none matches. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
  constructor(
    message: string,
    readonly workspaces: Workspace[],
  ) {
    super(message);
  }
}
