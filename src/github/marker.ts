/**
 * The hidden markers of audience-sync's GitHub texts. A plan comment opens with two lines:
 *
 *     <!-- audience-sync:plan key=<key> fingerprint=<fp> sha=<sha> -->
 *     <!-- audience-sync:lines data=<base64 of gzip of JSON> -->
 *
 * A run that failed before it could plan writes `fingerprint=none` and adds
 * `failed=<reason>`, so the apply after the merge can tell it from a validate-only run.
 *
 * The key tells one (workspace, path) apart from another, so a matrix over several
 * workspaces keeps one comment each. The fingerprint and the sha record what was
 * reviewed and where, and the lines what it said, for a later "apply what was reviewed".
 * The drift issue opens with `<!-- audience-sync:drift key=<key> fingerprint=<fp> -->`.
 * Writers and parsers live together so the formats cannot drift apart.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  DRIFT_MARKER_PREFIX,
  LINES_MARKER_PREFIX,
  MARKER_PREFIX,
  MAX_ENCODED_LINES,
} from '../constants.js';
import type { Plan } from '../model.js';
import { type CanonicalPlan, canonicalPlan, planLines } from '../plan/index.js';

export interface PlanMarker {
  key: string;
  /** The plan's fingerprint; absent when no plan was made (invalid files, no credentials). */
  fingerprint?: string;
  /** The commit the plan was made at. */
  sha?: string;
  /**
   * Set when the run meant to plan (it had credentials) but failed before it could: its
   * failure reason, or `error` for an unclassified failure. Without it, a comment with no
   * fingerprint is a validate-only run's (a fork's pull request, which gets no secrets).
   */
  failed?: string;
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
  const pairs: [string, string | undefined][] = [
    ['key', marker.key],
    ['fingerprint', marker.fingerprint],
    ['sha', marker.sha],
  ];
  // Written only when set, so the marker of every other run reads as before.
  if (marker.failed !== undefined) pairs.push(['failed', marker.failed]);
  return formatPairs(MARKER_PREFIX, pairs);
}

/**
 * Reads the marker at the very start of a comment body; `undefined` when the body does
 * not start with one. Only the start counts, so a comment that quotes ours is not ours.
 * Unknown `name=value` pairs are skipped, so a later writer may add fields.
 */
export function parseMarker(body: string): PlanMarker | undefined {
  const pairs = parsePairs(MARKER_PREFIX, body);
  const key = pairs && value(pairs, 'key');
  if (!pairs || !key) return undefined;
  const marker: PlanMarker = {
    key,
    fingerprint: value(pairs, 'fingerprint'),
    sha: value(pairs, 'sha'),
  };
  const failed = value(pairs, 'failed');
  return failed ? { ...marker, failed } : marker;
}

/** What a plan comment recorded of its plan's lines. */
export type RecordedLines =
  | {
      kind: 'lines';
      lines: string[];
      /**
       * The plan's changes in canonical form, so a later run can compare item by item
       * (an audience, a field, a before and an after value); absent in the comments of
       * older versions, and when they did not fit next to the lines.
       */
      plan?: CanonicalPlan;
    }
  /** The encoded lines were over {@link MAX_ENCODED_LINES} characters, so they were left out. */
  | { kind: 'too-large'; count?: number }
  /** No lines line (a comment of an older version), or one that does not decode. */
  | { kind: 'not-recorded' };

// A real plan's lines decode to far less; the cap stops a crafted comment from
// inflating into gigabytes (a gzip bomb).
const MAX_DECODED_BYTES = 8 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The parts of a plan that a comment records. */
export type RecordablePlan = Pick<Plan, 'changes' | 'blocked' | 'conflicts'>;

/**
 * The second hidden line of a plan comment: base64 of gzip of JSON of the plan's lines
 * and, given the plan, its changes in canonical form (`{"lines":[…],"plan":{…}}`; the
 * lines alone are a JSON array, as older versions wrote them). When that takes more than
 * {@link MAX_ENCODED_LINES} characters the canonical changes are left out, and then the
 * lines, with a note of how many there were. Base64 cannot contain `-->`, so no line can
 * end the HTML comment early.
 */
export function formatLinesMarker(recorded: readonly string[] | RecordablePlan): string {
  const lines = isLines(recorded) ? recorded : planLines(recorded);
  const encode = (value: unknown) =>
    gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64');
  const candidates = isLines(recorded)
    ? [lines]
    : [{ lines, plan: canonicalPlan(recorded) }, lines];
  for (const candidate of candidates) {
    const data = encode(candidate);
    if (data.length <= MAX_ENCODED_LINES) return `${LINES_MARKER_PREFIX} data=${data} -->`;
  }
  return `${LINES_MARKER_PREFIX} omitted=too-large count=${lines.length} -->`;
}

function isLines(recorded: readonly string[] | RecordablePlan): recorded is readonly string[] {
  return Array.isArray(recorded);
}

/**
 * The two hidden lines that open a plan comment: the marker and, when a plan was made,
 * its lines (and, given the plan itself, its changes). `renderMarkdown` takes them as its
 * `marker` and counts them in the limit.
 */
export function formatCommentHead(
  marker: PlanMarker,
  recorded?: readonly string[] | RecordablePlan,
): string {
  const head = formatMarker(marker);
  return recorded === undefined ? head : `${head}\n${formatLinesMarker(recorded)}`;
}

/**
 * The hidden lines a plan comment opens with (the marker and, if there, its lines line),
 * exactly as written, or undefined when the body does not open with a marker. The comment
 * rewritten after the apply keeps them, so a re-run of that apply still finds what was
 * reviewed.
 */
export function readCommentHead(body: string): string | undefined {
  if (!parseMarker(body)) return undefined;
  const first = body.slice(0, body.indexOf('-->') + '-->'.length);
  const rest = body.slice(first.length);
  if (!rest.startsWith(`\n${LINES_MARKER_PREFIX} `)) return first;
  const end = rest.indexOf('-->');
  return end < 0 ? first : first + rest.slice(0, end + '-->'.length);
}

/**
 * The plan lines a comment recorded, read from the line right after its opening marker
 * (nowhere else, so quoted text cannot pose as them).
 */
export function parseLinesMarker(body: string): RecordedLines {
  const first = body.startsWith(`${MARKER_PREFIX} `) ? body.indexOf('-->') : -1;
  const start = first + '-->'.length + 1;
  if (first < 0 || body[start - 1] !== '\n') return { kind: 'not-recorded' };
  const pairs = parsePairs(LINES_MARKER_PREFIX, body.slice(start));
  if (!pairs) return { kind: 'not-recorded' };
  if (pairs.get('omitted') === 'too-large') {
    const count = Number(pairs.get('count'));
    return Number.isSafeInteger(count) && count >= 0
      ? { kind: 'too-large', count }
      : { kind: 'too-large' };
  }
  const data = pairs.get('data');
  if (!data || data.length > MAX_ENCODED_LINES || !BASE64.test(data)) {
    return { kind: 'not-recorded' };
  }
  try {
    const json = gunzipSync(Buffer.from(data, 'base64'), { maxOutputLength: MAX_DECODED_BYTES });
    const value: unknown = JSON.parse(json.toString('utf8'));
    if (isStringArray(value)) return { kind: 'lines', lines: value };
    if (isRecord(value) && isStringArray(value.lines)) {
      return isCanonicalPlan(value.plan)
        ? { kind: 'lines', lines: value.lines, plan: value.plan }
        : { kind: 'lines', lines: value.lines };
    }
  } catch {
    // Not gzip, over the cap, or not JSON: treated like a comment without lines.
  }
  return { kind: 'not-recorded' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isCanonicalChange(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    typeof value.name === 'string' &&
    (value.id === undefined || typeof value.id === 'string') &&
    (value.fromName === undefined || typeof value.fromName === 'string') &&
    Array.isArray(value.fieldChanges) &&
    value.fieldChanges.every((fc) => isRecord(fc) && typeof fc.field === 'string')
  );
}

/** The shape check of a recorded plan: a comment that fails it is read as lines only. */
function isCanonicalPlan(value: unknown): value is CanonicalPlan {
  return (
    isRecord(value) &&
    Array.isArray(value.changes) &&
    value.changes.every(isCanonicalChange) &&
    Array.isArray(value.blocked) &&
    value.blocked.every(isCanonicalChange) &&
    Array.isArray(value.conflicts) &&
    value.conflicts.every((c) => isRecord(c) && typeof c.name === 'string' && isStringArray(c.ids))
  );
}

/** The drift issue's marker: which (workspace, path) it is about, and the drift it shows. */
export interface DriftMarker {
  key: string;
  /** The fingerprint of the drift plan the body shows. */
  fingerprint?: string;
}

/** Writes the drift issue's marker line. */
export function formatDriftMarker(marker: DriftMarker): string {
  return formatPairs(DRIFT_MARKER_PREFIX, [
    ['key', marker.key],
    ['fingerprint', marker.fingerprint],
  ]);
}

/** Reads the marker at the very start of an issue body, as {@link parseMarker} does. */
export function parseDriftMarker(body: string): DriftMarker | undefined {
  const pairs = parsePairs(DRIFT_MARKER_PREFIX, body);
  const key = pairs && value(pairs, 'key');
  if (!pairs || !key) return undefined;
  return { key, fingerprint: value(pairs, 'fingerprint') };
}

/** `<prefix> a=1 b=none -->`; an absent value is written as `none`. */
function formatPairs(prefix: string, pairs: [string, string | undefined][]): string {
  const words = pairs.map(([name, v]) => {
    if (v === undefined || v === '') return `${name}=${NONE}`;
    if (!VALUE.test(v) || v === NONE) throw new Error(`marker ${name} has an unusable value: ${v}`);
    return `${name}=${v}`;
  });
  return `${prefix} ${words.join(' ')} -->`;
}

/** The `name=value` pairs of the HTML comment that `text` starts with, if it starts with `prefix`. */
function parsePairs(prefix: string, text: string): Map<string, string> | undefined {
  if (!text.startsWith(`${prefix} `)) return undefined;
  const end = text.indexOf('-->');
  if (end < 0) return undefined;
  const pairs = new Map<string, string>();
  for (const word of text.slice(prefix.length, end).trim().split(/\s+/)) {
    const eq = word.indexOf('=');
    if (eq > 0) pairs.set(word.slice(0, eq), word.slice(eq + 1));
  }
  return pairs;
}

/** A plain marker value, or undefined when absent, `none` or malformed. */
function value(pairs: Map<string, string>, name: string): string | undefined {
  const v = pairs.get(name);
  return v && v !== NONE && VALUE.test(v) ? v : undefined;
}
