/**
 * Prune: the remote audiences that no file declares and no glob ignores, deleted, or kept
 * when the account may not delete them.
 */
import type { DesiredAudience, KeptAudience, RemoteAudience } from '../model.js';
import { type Outcome, removedProfile, updatedAt } from './changes.js';
import { nameMatcher } from './glob.js';
import { nameKey } from './names.js';

/** The reason of a prune candidate that prune may not delete. */
export const KEPT_REASON = 'owned by someone else';

/** Deletes (or keeps) every remote audience that no file declares and no glob ignores. */
export function planPrune(
  desired: DesiredAudience[],
  remote: RemoteAudience[],
  ignore: string[],
): { outcomes: Outcome[]; kept: KeptAudience[] } {
  // Previous names count as declared: an old name is never pruned, even when its rename
  // could not happen (a conflict), because it is evidently still wanted.
  const declared = new Set(desired.flatMap((d) => [d.name, ...d.previousNames].map(nameKey)));
  const ignored = nameMatcher(ignore);
  const candidates = remote.filter((r) => {
    const name = r.name.trim();
    return !declared.has(nameKey(name)) && !ignored(name) && !ignored(nameKey(name));
  });
  return {
    outcomes: candidates
      .filter((r) => r.permissions.canDelete)
      .map(
        (r): Outcome => ({
          type: 'change',
          change: {
            kind: 'delete',
            name: r.name,
            id: r.id,
            fieldChanges: [],
            deleteReason: 'prune',
            removed: removedProfile(r),
            ...updatedAt(r),
          },
        }),
      ),
    kept: candidates
      .filter((r) => !r.permissions.canDelete)
      .map((r) => ({ name: r.name, id: r.id, reason: KEPT_REASON })),
  };
}
