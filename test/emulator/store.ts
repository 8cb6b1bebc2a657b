/**
 * The emulator's state: workspaces and their target audiences. Every lookup by id is a
 * Map hit, and each workspace caches its ordered list, so a benchmark with thousands of
 * audiences pays nothing per request for the size of the store.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EmulatorClient } from './types.js';
import type { ProfileRecord } from './validate.js';

/** One stored audience. Timestamps are ms, whole seconds, as the API shows seconds. */
export interface StoredAudience {
  id: string;
  workspaceId: string;
  profile: ProfileRecord;
  createdAt: number;
  updatedAt: number;
  viewedAt: number;
  createdByUserId: string;
}

interface WorkspaceState {
  id: string;
  name: string;
  audiences: Map<string, StoredAudience>;
  /** Creation order, rebuilt lazily after a create or a delete. */
  ordered: StoredAudience[] | null;
}

/** Who a user is, for `ownerCustomerId` and `_embedded.createdByCustomer`. */
interface Customer {
  customerId: number;
  name: string;
  email: string;
}

/** The profile fields a person can change in the app, in the API's order. */
export const PROFILE_KEYS = [
  'name',
  'residence',
  'country',
  'nativeLanguage',
  'minAge',
  'maxAge',
  'genderDistribution',
  'interests',
  'needs',
  'painPoints',
  'shared',
  'additionalInformation',
] as const;

const PROFILE_KEY_SET: ReadonlySet<string> = new Set(PROFILE_KEYS);

/** Formats ms as ISO-8601 UTC without milliseconds, like `2025-01-14T16:20:59Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class Store {
  private readonly spaces = new Map<string, WorkspaceState>();
  private readonly byId = new Map<string, StoredAudience>();
  private readonly customers = new Map<string, Customer>();

  constructor(
    workspaces: readonly { id: string; name: string }[],
    clients: readonly EmulatorClient[],
    private readonly now: () => number,
  ) {
    for (const ws of workspaces) {
      this.spaces.set(ws.id, { id: ws.id, name: ws.name, audiences: new Map(), ordered: null });
    }
    for (const client of clients) {
      this.customers.set(client.userId, {
        customerId: client.customerId,
        name: `Service account ${client.clientId}`,
        email: `${client.clientId}@example.com`,
      });
    }
  }

  /** The workspaces, in configuration order. */
  workspaces(): { id: string; name: string }[] {
    return [...this.spaces.values()].map((ws) => ({ id: ws.id, name: ws.name }));
  }

  hasWorkspace(id: string): boolean {
    return this.spaces.has(id);
  }

  /** The audiences of a workspace in creation order; the array must not be mutated. */
  list(workspaceId: string): readonly StoredAudience[] {
    const ws = this.space(workspaceId);
    ws.ordered ??= [...ws.audiences.values()];
    return ws.ordered;
  }

  count(workspaceId: string): number {
    return this.space(workspaceId).audiences.size;
  }

  /** An audience of that workspace, or undefined (also when it lives in another one). */
  get(workspaceId: string, id: string): StoredAudience | undefined {
    const audience = this.byId.get(id);
    return audience?.workspaceId === workspaceId ? audience : undefined;
  }

  /** Any audience by id, whatever its workspace. */
  find(id: string): StoredAudience | undefined {
    return this.byId.get(id);
  }

  create(
    workspaceId: string,
    profile: ProfileRecord,
    createdByUserId: string,
    id: string = randomUUID(),
  ): StoredAudience {
    const ws = this.space(workspaceId);
    if (this.byId.has(id)) throw new Error(`emulator: an audience with id ${id} already exists`);
    const stamp = this.stamp();
    const audience: StoredAudience = {
      id,
      workspaceId,
      profile,
      createdAt: stamp,
      updatedAt: stamp,
      viewedAt: stamp,
      createdByUserId,
    };
    ws.audiences.set(id, audience);
    ws.ordered = null;
    this.byId.set(id, audience);
    return audience;
  }

  /** A full replacement: optional fields absent from `profile` are gone afterwards. */
  replace(audience: StoredAudience, profile: ProfileRecord): void {
    audience.profile = profile;
    audience.updatedAt = this.stamp(audience.updatedAt);
  }

  /** A person's edit in the app: a shallow merge, where null or undefined unsets a field. */
  edit(audience: StoredAudience, patch: Record<string, unknown>): void {
    const unknown = Object.keys(patch).filter((key) => !PROFILE_KEY_SET.has(key));
    if (unknown.length > 0) {
      throw new Error(`emulator: editByHand got non-profile fields: ${unknown.join(', ')}`);
    }
    const merged: Record<string, unknown> = { ...audience.profile };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null) delete merged[key];
      else merged[key] = structuredClone(value);
    }
    audience.profile = merged as unknown as ProfileRecord;
    audience.updatedAt = this.stamp(audience.updatedAt);
  }

  viewed(audience: StoredAudience): void {
    audience.viewedAt = this.stamp();
  }

  remove(audience: StoredAudience): void {
    const ws = this.space(audience.workspaceId);
    ws.audiences.delete(audience.id);
    ws.ordered = null;
    this.byId.delete(audience.id);
  }

  /** Empties every workspace. */
  clear(): void {
    for (const ws of this.spaces.values()) {
      ws.audiences.clear();
      ws.ordered = null;
    }
    this.byId.clear();
  }

  /**
   * The resource as the API returns it to `viewerUserId`: permissions are computed for the
   * caller, because only the creator may change or delete an audience.
   */
  toResource(audience: StoredAudience, viewerUserId: string): Record<string, unknown> {
    const mine = audience.createdByUserId === viewerUserId;
    const creator = this.customer(audience.createdByUserId);
    const p = audience.profile;
    return {
      id: audience.id,
      workspaceId: audience.workspaceId,
      ...copyProfile(p),
      createdAt: isoSeconds(audience.createdAt),
      updatedAt: isoSeconds(audience.updatedAt),
      viewedAt: isoSeconds(audience.viewedAt),
      createdByUserId: audience.createdByUserId,
      ownerCustomerId: creator.customerId,
      permissions: { canView: true, canUpdate: mine, canDelete: mine, canDuplicate: true },
      newPermissions: {
        viewingAllowed: true,
        updateAllowed: mine,
        deletionAllowed: mine,
        duplicationAllowed: true,
      },
      _embedded: {
        createdByCustomer: {
          name: creator.name,
          email: creator.email,
          legacyId: `cus_${creator.customerId}`,
          hadTrial: false,
        },
      },
    };
  }

  private space(id: string): WorkspaceState {
    const ws = this.spaces.get(id);
    if (!ws) throw new Error(`emulator: unknown workspace ${id}`);
    return ws;
  }

  /**
   * Whole seconds from the clock, but strictly after `previous`: two writes within one
   * second must still be told apart by `updatedAt`, or drift checks could not see them.
   */
  private stamp(previous?: number): number {
    const seconds = Math.floor(this.now() / 1000) * 1000;
    return previous !== undefined && seconds <= previous ? previous + 1000 : seconds;
  }

  // A user no client acts as: a colleague who created audiences in the app.
  private customer(userId: string): Customer {
    let customer = this.customers.get(userId);
    if (!customer) {
      const hash = createHash('sha256').update(userId).digest();
      const tag =
        userId
          .replace(/[^a-z0-9]/gi, '')
          .slice(0, 8)
          .toLowerCase() || 'user';
      customer = {
        customerId: 100_000 + (hash.readUInt32BE(0) % 900_000),
        name: 'Workspace colleague',
        email: `colleague-${tag}@example.com`,
      };
      this.customers.set(userId, customer);
    }
    return customer;
  }
}

/** A deep copy of the profile, in the API's field order. */
function copyProfile(profile: ProfileRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = profile as unknown as Record<string, unknown>;
  for (const key of PROFILE_KEYS) {
    const value = source[key];
    if (value === undefined) continue;
    // One level deep is enough: validated profiles hold only arrays of strings and flat shares.
    if (Array.isArray(value)) out[key] = [...value];
    else if (typeof value === 'object' && value !== null) out[key] = { ...value };
    else out[key] = value;
  }
  return out;
}
