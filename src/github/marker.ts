/**
 * The hidden marker that opens every plan comment:
 *
 *     <!-- audience-sync:plan key=<key> fingerprint=<fp> sha=<sha> -->
 *
 * The key tells one (workspace, path) apart from another, so a matrix over several
 * workspaces keeps one comment each. The fingerprint and the sha record what was
 * reviewed and where, for a later "apply what was reviewed". Writer and parser live
 * together so the format cannot drift apart.
 */
import { createHash } from 'node:crypto';
import { MARKER_PREFIX } from '../constants.js';

export interface PlanMarker {
  key: string;
  /** The plan's fingerprint; absent when no plan was made (invalid files, no credentials). */
  fingerprint?: string;
  /** The commit the plan was made at. */
  sha?: string;
}

/** Stands for an absent value, so that every field is always present and positional parsing is never needed. */
const NONE = 'none';
const VALUE = /^[A-Za-z0-9._-]+$/;

/**
 * The key of a (workspace, path) pair. Derived from the inputs as written, not from a
 * resolved workspace id, so that a run without credentials (which resolves nothing)
 * edits the same comment as one with them. Hashed, so no input can break the HTML
 * comment (`-->`) or the `key=value` syntax.
 */
export function markerKey(workspace: string, paths: readonly string[]): string {
  const canonical = JSON.stringify([workspace.trim(), paths.map((p) => p.trim())]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Writes the marker line. Values outside `[A-Za-z0-9._-]` are refused, as they could not be parsed back. */
export function formatMarker(marker: PlanMarker): string {
  const value = (name: string, v: string | undefined): string => {
    if (v === undefined || v === '') return NONE;
    if (!VALUE.test(v) || v === NONE) throw new Error(`marker ${name} has an unusable value: ${v}`);
    return v;
  };
  return `${MARKER_PREFIX} key=${value('key', marker.key)} fingerprint=${value('fingerprint', marker.fingerprint)} sha=${value('sha', marker.sha)} -->`;
}

/**
 * Reads the marker at the very start of a comment body; `undefined` when the body does
 * not start with one. Only the start counts, so a comment that quotes ours is not ours.
 * Unknown `name=value` pairs are skipped, so a later writer may add fields.
 */
export function parseMarker(body: string): PlanMarker | undefined {
  if (!body.startsWith(`${MARKER_PREFIX} `)) return undefined;
  const end = body.indexOf('-->');
  if (end < 0) return undefined;
  const pairs = new Map<string, string>();
  for (const word of body.slice(MARKER_PREFIX.length, end).trim().split(/\s+/)) {
    const eq = word.indexOf('=');
    if (eq > 0) pairs.set(word.slice(0, eq), word.slice(eq + 1));
  }
  const key = pairs.get('key');
  if (!key || key === NONE || !VALUE.test(key)) return undefined;
  const optional = (name: string): string | undefined => {
    const v = pairs.get(name);
    return v && v !== NONE && VALUE.test(v) ? v : undefined;
  };
  return { key, fingerprint: optional('fingerprint'), sha: optional('sha') };
}
