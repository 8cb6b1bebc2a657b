/**
 * Paths inside a document's value, as ajv and the rules name them: the part of locating a
 * problem that needs no YAML parser, so that the valid path never loads one (see
 * `locate.ts` for the step from a path to a line and a column).
 */

/** One step of a path: a mapping key or a sequence index. */
export type PathSegment = string | number;

/**
 * What to point at:
 * - `value`: the node at the path (for a missing or empty value, its key);
 * - `key`: the key of the pair at the path (an unknown key, a duplicate);
 */
export type LocateTarget = 'value' | 'key';

/** Splits an ajv `instancePath` (a JSON Pointer) into its segments. */
export function parseInstancePath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
