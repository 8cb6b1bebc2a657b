/**
 * An in-memory {@link AudienceApi} for the applier's tests, at the seam the engine hands
 * the applier (a fake stands in only at such a seam). It keeps audiences like the API does, records every call with when it started and
 * ended, tracks how many calls are in flight, and fails chosen calls with an
 * {@link ApiError} shaped like the real client's.
 */
import type { Profile, RemoteAudience } from '../../src/model.js';
import { ApiError, type AudienceApi } from '../../src/neuroflash/api.js';

export type Method = 'list' | 'get' | 'create' | 'update' | 'delete';

/** One call, as the fake saw it. `target` is the id, or the name for a create. */
export interface CallRecord {
  method: Method;
  target: string;
  /** Sequence numbers on one clock shared by every call: start < end. */
  start: number;
  end?: number;
}

interface Stored {
  raw: Record<string, unknown>;
  canUpdate: boolean;
  canDelete: boolean;
}

const BASE = '/audience-service/v1/workspaces/ws-1/target-audiences';

/** The error the real client throws for a failed call. */
export function apiError(
  method: string,
  path: string,
  status: number | undefined,
  apiMessage?: string,
): ApiError {
  const message = `${method} ${path} → ${status ?? 'no response'}${apiMessage ? `: ${apiMessage}` : ''}`;
  return new ApiError(message, {
    method,
    path,
    ...(status === undefined ? {} : { status }),
    ...(apiMessage === undefined ? {} : { apiMessage }),
    attempts: 1,
  });
}

export class FakeAudienceApi implements AudienceApi {
  readonly workspaceId = 'ws-1';
  readonly calls: CallRecord[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private clock = 0;
  private created = 0;
  private edits = 0;
  private readonly store = new Map<string, Stored>();
  /** Failures keyed by `${method} ${target}`: thrown instead of doing the call. */
  private readonly failures = new Map<string, unknown>();

  constructor(audiences: RemoteAudience[] = []) {
    for (const a of audiences) {
      this.store.set(a.id, {
        raw: structuredClone(a.raw),
        canUpdate: a.permissions.canUpdate,
        canDelete: a.permissions.canDelete,
      });
    }
  }

  /** Makes the call `method` on `target` (an id, or a create's name) throw `error`. */
  failOn(method: Method, target: string, error: unknown): void {
    this.failures.set(`${method} ${target}`, error);
  }

  /** Changes an audience behind the plan's back, as a user in the app would. */
  editByHand(id: string, patch: Record<string, unknown>, options: { touch?: boolean } = {}): void {
    const stored = this.mustGet(id);
    Object.assign(stored.raw, patch);
    if (options.touch !== false) {
      this.edits += 1;
      stored.raw.updatedAt = `2099-01-01T00:00:${String(this.edits).padStart(2, '0')}Z`;
    }
  }

  /** Removes an audience behind the plan's back. */
  removeByHand(id: string): void {
    this.store.delete(id);
  }

  /** The stored profiles by name, read-only fields left out: the state to assert on. */
  profiles(): Record<string, unknown>[] {
    return [...this.store.values()]
      .map(({ raw }) => {
        const { id: _i, updatedAt: _u, workspaceId: _w, permissions: _p, ...rest } = raw;
        const { createdAt: _c, createdByUserId: _b, ownerCustomerId: _o, ...profile } = rest;
        return profile;
      })
      .sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
  }

  calledWith(method: Method): string[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.target);
  }

  async listAudiences(): Promise<RemoteAudience[]> {
    return this.call('list', '*', () => [...this.store.keys()].map((id) => this.resource(id)));
  }

  async getAudience(id: string): Promise<RemoteAudience> {
    return this.call('get', id, () => {
      if (!this.store.has(id)) throw apiError('GET', `${BASE}/${id}`, 404, 'not found');
      return this.resource(id);
    });
  }

  async createAudience(body: Profile): Promise<RemoteAudience> {
    return this.call('create', body.name, () => {
      this.created += 1;
      const id = `new-${this.created}`;
      this.store.set(id, {
        raw: { ...structuredClone(body), id, updatedAt: '2025-06-01T00:00:00Z' },
        canUpdate: true,
        canDelete: true,
      });
      return this.resource(id);
    });
  }

  async updateAudience(id: string, body: Profile): Promise<RemoteAudience> {
    return this.call('update', id, () => {
      const stored = this.store.get(id);
      if (!stored) throw apiError('PUT', `${BASE}/${id}`, 404, 'not found');
      if (!stored.canUpdate) throw apiError('PUT', `${BASE}/${id}`, 403, 'not the owner');
      stored.raw = { ...structuredClone(body), id, updatedAt: '2025-06-02T00:00:00Z' };
      return this.resource(id);
    });
  }

  async deleteAudience(id: string): Promise<void> {
    return this.call('delete', id, () => {
      const stored = this.store.get(id);
      if (!stored) throw apiError('DELETE', `${BASE}/${id}`, 404, 'not found');
      if (!stored.canDelete) throw apiError('DELETE', `${BASE}/${id}`, 403, 'not the owner');
      this.store.delete(id);
    });
  }

  async importFromUrls(): Promise<Partial<Profile>> {
    throw new Error('the applier never imports');
  }

  /**
   * Runs one call: counts it in flight, yields to the event loop twice (so that other
   * calls can start, as they would while a real request is on the wire), then acts.
   */
  private async call<T>(method: Method, target: string, act: () => T): Promise<T> {
    const record: CallRecord = { method, target, start: this.tick() };
    this.calls.push(record);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      const failure = this.failures.get(`${method} ${target}`);
      if (failure !== undefined) throw failure;
      return act();
    } finally {
      this.inFlight -= 1;
      record.end = this.tick();
    }
  }

  private tick(): number {
    this.clock += 1;
    return this.clock;
  }

  private mustGet(id: string): Stored {
    const stored = this.store.get(id);
    if (!stored) throw new Error(`no audience ${id} in the fake`);
    return stored;
  }

  private resource(id: string): RemoteAudience {
    const { raw, canUpdate, canDelete } = this.mustGet(id);
    const copy = structuredClone(raw);
    return {
      id,
      name: String(copy.name),
      permissions: { canUpdate, canDelete },
      ...(typeof copy.updatedAt === 'string' ? { updatedAt: copy.updatedAt } : {}),
      raw: copy,
    };
  }
}
