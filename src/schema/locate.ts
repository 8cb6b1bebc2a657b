/**
 * Maps a path inside a document's value (as ajv and the rules name it) back to the YAML
 * node it came from, so that every problem can point at a line and a column.
 *
 * Positions are resolved only when a problem needs one: the valid path never walks the
 * node tree.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { LocateTarget, PathSegment } from './path.js';

export type { LocateTarget, PathSegment } from './path.js';
export { parseInstancePath } from './path.js';

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}

/** The last pair with this key: the one whose value `toJS` kept. */
function findPair(map: Node, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (pair && isPair(pair) && keyText(pair) === key) return pair;
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return undefined;
}

/** A value node written as nothing (`key:` alone) has an empty range; point at its key instead. */
function isEmptyNode(node: unknown): boolean {
  if (!isScalar(node) || !node.range) return false;
  return node.value === null && node.range[0] === node.range[1];
}

/**
 * The source offset of the node at `path` in `doc`, or of the deepest node on the path
 * that exists (a path into a value that is not a collection stops at that value).
 */
export function locateOffset(
  doc: Document.Parsed,
  path: readonly PathSegment[],
  target: LocateTarget = 'value',
): number {
  let node: unknown = doc.contents;
  let best = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    // An alias stands for its anchor's node; descend into that to find the child.
    if (isAlias(node)) node = node.resolve(doc);
    let pair: Pair | undefined;
    let child: unknown;
    if (isMap(node)) {
      pair = findPair(node, String(segment));
      child = pair?.value;
    } else if (isSeq(node)) {
      child = node.items[Number(segment)];
    } else {
      return best;
    }
    if (pair === undefined && child === undefined) return best;
    const last = i === path.length - 1;
    if (last && target === 'key' && pair) return startOf(pair.key) ?? best;
    if (pair && (child === null || child === undefined || isEmptyNode(child))) {
      // Nothing was written after the key: the key is the best place to point.
      return startOf(pair.key) ?? best;
    }
    best = startOf(child) ?? best;
    node = child;
  }
  return best;
}
