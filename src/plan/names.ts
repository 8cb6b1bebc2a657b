/**
 * How desired audiences find their remote ones: the name key, the index of remote
 * audiences by it, and the previous names a rename may come from.
 */
import type { DesiredAudience, RemoteAudience } from '../model.js';

/** The remote audiences under each {@link nameKey}. */
export type RemoteIndex = ReadonlyMap<string, readonly RemoteAudience[]>;

/** Which desired audiences would rename each remote id, to catch two claiming one. */
export type RenameClaims = ReadonlyMap<string, readonly string[]>;

/** What every desired audience is planned against. */
export interface Scope {
  index: RemoteIndex;
  /** The names the files declare (present or absent), as {@link nameKey}s. */
  names: ReadonlySet<string>;
}

/**
 * The form in which two names are the same audience: trimmed and in Unicode NFC, so that
 * `Café` typed with a combining accent (NFD, as some editors and file systems write it)
 * matches the precomposed `Café` the API holds. Case stays significant: the API holds
 * `Team` and `team` as two audiences.
 */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC');
}

/** The remote audiences by name key; a key with several audiences is a conflict. */
export function indexByName(remote: RemoteAudience[]): RemoteIndex {
  const index = new Map<string, RemoteAudience[]>();
  for (const audience of remote) {
    const key = nameKey(audience.name);
    index.set(key, [...(index.get(key) ?? []), audience]);
  }
  return index;
}

/** The remote audiences under `name`. */
export function lookup(index: RemoteIndex, name: string): readonly RemoteAudience[] {
  return index.get(nameKey(name)) ?? [];
}

/**
 * The previous names of `d` that exist remotely, each with its audiences. A previous name
 * that some file declares as its `name` is skipped: that audience belongs to that file, so
 * renaming it too would write one audience twice (or rename one the file deletes). The
 * loader rejects such files; this keeps the planner safe on its own.
 */
export function previousMatches(
  d: DesiredAudience,
  scope: Scope,
): { name: string; audiences: readonly RemoteAudience[] }[] {
  const names = [...new Set(d.previousNames.map((n) => n.trim()))].filter(
    (n) => n !== '' && !scope.names.has(nameKey(n)),
  );
  return names
    .map((name) => ({ name, audiences: lookup(scope.index, name) }))
    .filter((m) => m.audiences.length > 0);
}

/** The remote audience a desired one would be renamed from, if exactly one qualifies. */
function renameSource(d: DesiredAudience, scope: Scope): RemoteAudience | undefined {
  if (d.state !== 'present' || lookup(scope.index, d.name.trim()).length > 0) return undefined;
  const candidates = previousMatches(d, scope).flatMap((m) => m.audiences);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** For each remote audience that some desired one would rename, who claims it. */
export function renameClaims(desired: DesiredAudience[], scope: Scope): RenameClaims {
  const claims = new Map<string, string[]>();
  for (const d of desired) {
    const source = renameSource(d, scope);
    if (source) claims.set(source.id, [...(claims.get(source.id) ?? []), d.name.trim()]);
  }
  return claims;
}
