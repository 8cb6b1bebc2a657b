/**
 * How two values of a profile field are compared, cleaned and put in a canonical form.
 *
 * One module owns these rules so that the plan's diff, its fingerprint, its lines and the
 * applier's verify-before-write all agree on what "the same value" means.
 */
import { GENDER_KEYS, NUMBER_TOLERANCE, type ProfileField, SET_FIELDS } from '../model.js';

/** Whether a list field compares as a set. */
export function isSetField(field: ProfileField): boolean {
  return SET_FIELDS.has(field);
}

/**
 * Field equality as docs/plan.md defines it: `interests`, `needs` and `painPoints` as sets of
 * trimmed strings, numbers within 1e-9, strings after trimming, `genderDistribution` per
 * share within 1e-9, booleans exactly. A value that is missing (`undefined`, or `null` as
 * an API may send for an empty optional field) equals only another missing value.
 */
export function sameValue(field: ProfileField, a: unknown, b: unknown): boolean {
  if (isMissing(a) || isMissing(b)) return isMissing(a) && isMissing(b);
  if (isSetField(field)) return sameStringSet(a, b);
  if (field === 'genderDistribution') return sameGender(a, b);
  return sameScalar(a, b);
}

function isMissing(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameNumber(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  // An unexpected shape (say, an object where a string belongs) compares structurally, so
  // a value of the wrong type is always drift and never silently equal.
  return canonicalJson(canonicalValue(a)) === canonicalJson(canonicalValue(b));
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= NUMBER_TOLERANCE;
}

function sameStringSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return sameScalar(a, b);
  // Most lists are unchanged, item for item: equal then as sets too, with no sorting.
  if (sameItemForItem(a, b)) return true;
  const left = canonicalSet(a);
  const right = canonicalSet(b);
  return left.length === right.length && left.every((item, i) => item === right[i]);
}

/** Both lists hold the same strings, after trimming, in the same order. */
function sameItemForItem(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x !== 'string' || typeof y !== 'string' || x.trim() !== y.trim()) return false;
  }
  return true;
}

/** One share of a gender distribution, as the planner compares it: numbers within the tolerance. */
export function sameShare(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return sameNumber(x, y);
  return x === y;
}

/**
 * Only the four shares the schema defines are compared: a file can never declare another
 * key, so counting an extra remote key as drift would make that audience differ forever.
 */
function sameGender(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b)) return sameScalar(a, b);
  return GENDER_KEYS.every((key) => sameShare(a[key], b[key]));
}

/** The items of a set field, trimmed, deduplicated and sorted. */
function canonicalSet(items: unknown[]): string[] {
  const keys = items.map((item) =>
    typeof item === 'string' ? item.trim() : canonicalJson(canonicalValue(item)),
  );
  return [...new Set(keys)].sort(compareText);
}

/**
 * A value as it is sent to the API: strings trimmed, at any depth. Returns a fresh copy,
 * so a plan never shares arrays or objects with its inputs.
 */
export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(cleanValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v)]));
  }
  return value;
}

/**
 * The value's meaning, with everything that does not change it removed: strings trimmed,
 * set fields sorted and deduplicated, numbers rounded to 1e-9, object keys sorted, a
 * missing value as `undefined`. Equal values under {@link sameValue} mostly map to equal
 * canonical forms (numbers either side of a rounding boundary are the rare exception).
 */
export function canonicalFieldValue(field: ProfileField, value: unknown): unknown {
  if (isMissing(value)) return undefined;
  if (isSetField(field) && Array.isArray(value)) return canonicalSet(value);
  return canonicalValue(value);
}

function canonicalValue(value: unknown): unknown {
  if (isMissing(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return roundNumber(value);
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort(compareText);
    return Object.fromEntries(keys.map((k) => [k, canonicalValue(value[k])]));
  }
  return value;
}

function roundNumber(n: number): number {
  if (!Number.isFinite(n)) return n;
  // Nine decimals is the 1e-9 tolerance: 0.30000000000000004 and 0.3 print alike, and
  // `+ 0` turns -0 into 0.
  return Number(n.toFixed(9)) + 0;
}

/**
 * JSON with object keys sorted at every depth; `undefined` members are left out, as
 * `JSON.stringify` does. The same value always gives the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort(compareText);
    return Object.fromEntries(keys.map((k) => [k, sortKeys(value[k])]));
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A total, locale-independent order on strings (by UTF-16 code units), so that a plan and
 * an export sort the same on every machine whatever its locale.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
