/**
 * From API resources to the shared model. Permissive about what it does not need (unknown
 * fields stay in `raw`), strict about what it does: an audience without an id or a name
 * cannot be matched, so it is an error rather than something to skip.
 */
import { isRecord } from '../guards.js';
import type { RemoteAudience, RemotePermissions, Workspace } from '../model.js';
import { ResponseShapeError } from './call.js';

/** An id as a string; the API documents strings, but a number is tolerated. */
export function idOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const { id } = item;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

function flag(source: Record<string, unknown>, key: string): boolean {
  // A missing flag means "not stated", and the API is the judge: assume allowed, so a
  // refusal surfaces as the API's own 403 instead of a silent skip.
  return typeof source[key] === 'boolean' ? (source[key] as boolean) : true;
}

/**
 * The caller's rights, from `permissions` (`canUpdate`/`canDelete`) or the newer
 * `newPermissions` (`updateAllowed`/`deletionAllowed`), whichever is present.
 */
export function permissionsOf(item: Record<string, unknown>): RemotePermissions {
  if (isRecord(item.permissions)) {
    return {
      canUpdate: flag(item.permissions, 'canUpdate'),
      canDelete: flag(item.permissions, 'canDelete'),
    };
  }
  if (isRecord(item.newPermissions)) {
    return {
      canUpdate: flag(item.newPermissions, 'updateAllowed'),
      canDelete: flag(item.newPermissions, 'deletionAllowed'),
    };
  }
  return { canUpdate: true, canDelete: true };
}

/** A target audience resource as a `RemoteAudience`; `raw` is the object as received. */
export function toRemoteAudience(item: unknown): RemoteAudience {
  if (!isRecord(item)) throw new ResponseShapeError('a target audience is not a JSON object');
  const id = idOf(item);
  if (id === undefined) throw new ResponseShapeError('a target audience has no "id"');
  if (typeof item.name !== 'string') {
    throw new ResponseShapeError(`target audience ${id} has no "name"`);
  }
  const audience: RemoteAudience = {
    id,
    name: item.name,
    permissions: permissionsOf(item),
    raw: item,
  };
  if (typeof item.updatedAt === 'string') audience.updatedAt = item.updatedAt;
  return audience;
}

/** A workspace item as a `Workspace`. */
export function toWorkspace(item: unknown): Workspace {
  const id = idOf(item);
  if (id === undefined || !isRecord(item)) {
    throw new ResponseShapeError('a workspace has no "id"');
  }
  return { id, name: typeof item.name === 'string' ? item.name : '' };
}
