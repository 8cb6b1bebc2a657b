/** The target-audience calls of one workspace. */
import type { Profile, RemoteAudience } from '../model.js';
import type { AudienceApi } from './api.js';
import type { RawResponse } from './call.js';
import { ResponseShapeError } from './call.js';
import type { ApiContext } from './context.js';
import { apiCall, listAll } from './context.js';
import { toRemoteAudience } from './mapping.js';

function parseAudience(response: RawResponse): RemoteAudience {
  return toRemoteAudience(response.json);
}

function createdAtMs(audience: RemoteAudience): number {
  const value = audience.raw.createdAt;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** `AudienceApi` over HTTP. */
export class WorkspaceAudiences implements AudienceApi {
  private readonly basePath: string;

  constructor(
    private readonly ctx: ApiContext,
    readonly workspaceId: string,
  ) {
    this.basePath = `/audience-service/v1/workspaces/${encodeURIComponent(workspaceId)}`;
  }

  listAudiences(): Promise<RemoteAudience[]> {
    return listAll(
      this.ctx,
      `${this.basePath}/target-audiences`,
      'targetAudiences',
      toRemoteAudience,
      (audience) => audience.id,
    );
  }

  getAudience(id: string): Promise<RemoteAudience> {
    return apiCall(this.ctx, {
      method: 'GET',
      path: this.itemPath(id),
      accept: [200],
      parse: parseAudience,
    });
  }

  createAudience(body: Profile): Promise<RemoteAudience> {
    return apiCall(this.ctx, {
      method: 'POST',
      path: `${this.basePath}/target-audiences`,
      json: body,
      accept: [200, 201],
      parse: parseAudience,
      unsafe: { recover: () => this.findCreated(body.name) },
    });
  }

  async updateAudience(id: string, body: Profile): Promise<RemoteAudience> {
    const updated = await apiCall(this.ctx, {
      method: 'PUT',
      path: this.itemPath(id),
      json: body,
      accept: [200, 201, 204],
      // The API documents the full resource in the answer; tolerate an empty one.
      parse: (response) => (response.json === undefined ? undefined : parseAudience(response)),
    });
    return updated ?? this.getAudience(id);
  }

  async deleteAudience(id: string): Promise<void> {
    await apiCall(this.ctx, {
      method: 'DELETE',
      path: this.itemPath(id),
      accept: [200, 202, 204],
      // A retry after a lost answer finds the audience already gone: that is success.
      acceptAfterMaybeDone: [404, 410],
      parse: () => undefined,
    });
  }

  importFromUrls(urls: string[], audienceModelId: string): Promise<Partial<Profile>> {
    return apiCall(this.ctx, {
      method: 'POST',
      path: `${this.basePath}/target-audiences-url-imports`,
      json: { audienceModelId, urls },
      accept: [200, 201],
      timeoutMs: this.ctx.importTimeoutMs,
      parse: (response) => {
        const { json } = response;
        if (typeof json !== 'object' || json === null || Array.isArray(json)) {
          throw new ResponseShapeError('the URL import did not answer with a JSON object');
        }
        // Kept whole, unknown fields included: the caller picks what it writes.
        return json as Partial<Profile>;
      },
    });
  }

  private itemPath(id: string): string {
    return `${this.basePath}/target-audiences/${encodeURIComponent(id)}`;
  }

  /**
   * After a create whose answer was lost: the audience that the lost request made, if
   * it made one. Matched by name (the API cannot filter, so on the client side); with
   * several, the newest.
   */
  private async findCreated(name: string): Promise<RemoteAudience | undefined> {
    const audiences = await this.listAudiences();
    let matches = audiences.filter((a) => a.name === name);
    if (matches.length === 0) matches = audiences.filter((a) => a.name.trim() === name.trim());
    // createdAt has whole seconds; on a tie the later one in the list (usually the later
    // created) wins.
    const newest = matches.reduce<RemoteAudience | undefined>(
      (best, a) => (best === undefined || createdAtMs(a) >= createdAtMs(best) ? a : best),
      undefined,
    );
    const note = newest
      ? `create of "${name}": the lost request did create it (id ${newest.id}); not creating it again`
      : `create of "${name}": no audience of that name exists, so the create is retried`;
    (this.ctx.log.info ?? this.ctx.log.debug).call(this.ctx.log, note);
    return newest;
  }
}
