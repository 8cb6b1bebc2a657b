/**
 * From the URL import's draft to a profile worth writing to a file. The draft comes from
 * a model, so two things are checked rather than trusted: every required field is there
 * (nothing is invented to fill a gap), and the gender shares sum to 1 (a draft that is
 * off by rounding is rescaled, and the file says so).
 */
import type { GenderDistribution, Profile, ProfileField } from '../model.js';
import { GENDER_KEYS, NUMBER_TOLERANCE, PROFILE_FIELDS, REQUIRED_FIELDS } from '../model.js';

/** How far from 1 a draft's share sum may be and still count as rounding. */
export const SHARE_ROUNDING_TOLERANCE = 0.05;

/** Normalised shares keep this many decimals, as a person would write them. */
const SHARE_DECIMALS = 4;

/** The draft cannot become a valid audience file; `problems` says why, one per entry. */
export class DraftError extends Error {
  override name = 'DraftError';
  constructor(readonly problems: string[]) {
    super(`the imported draft cannot be used: ${problems.join('; ')}`);
  }
}

/** A profile made from a draft, with what was adjusted on the way. */
export interface DraftProfile {
  profile: Profile;
  /** Comments for fields whose value differs from the draft, keyed by field. */
  fieldNotes: Partial<Record<ProfileField, string>>;
}

/**
 * The profile fields of a draft (in schema order; unknown fields dropped), with `name`
 * replaced when one is given. Throws `DraftError` naming every required field that is
 * missing and any problem with the gender shares; rescales shares whose sum is off by
 * rounding (at most {@link SHARE_ROUNDING_TOLERANCE}) and notes it.
 */
export function draftToProfile(
  draft: Record<string, unknown>,
  options: { name?: string } = {},
): DraftProfile {
  const fields: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = field === 'name' && options.name !== undefined ? options.name : draft[field];
    if (value !== undefined && value !== null) fields[field] = value;
  }
  if (typeof fields.name === 'string') fields.name = fields.name.trim();
  if (fields.name === '') delete fields.name;

  const problems: string[] = [];
  const missing = REQUIRED_FIELDS.filter((field) => fields[field] === undefined);
  if (missing.length > 0) {
    const hint = missing.includes('name') ? ' (give the name with --name)' : '';
    problems.push(
      `the draft lacks the required field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${hint}; ` +
        'audience-sync does not invent values, so write them by hand or import from other pages',
    );
  }

  const fieldNotes: DraftProfile['fieldNotes'] = {};
  if (fields.genderDistribution !== undefined) {
    const checked = checkShares(fields.genderDistribution);
    if (typeof checked === 'string') {
      problems.push(checked);
    } else {
      fields.genderDistribution = checked.shares;
      if (checked.note) fieldNotes.genderDistribution = checked.note;
    }
  }

  if (problems.length > 0) throw new DraftError(problems);
  return { profile: fields as unknown as Profile, fieldNotes };
}

/** Valid shares (maybe rescaled, with a note), or a problem in plain words. */
function checkShares(value: unknown): { shares: GenderDistribution; note?: string } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return "the draft's genderDistribution is not a mapping of the four shares";
  }
  const record = value as Record<string, unknown>;
  const bad = GENDER_KEYS.filter((key) => {
    const share = record[key];
    return typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1;
  });
  if (bad.length > 0) {
    return `the draft's genderDistribution lacks a share between 0 and 1 for ${bad.join(', ')}`;
  }
  const shares = Object.fromEntries(
    GENDER_KEYS.map((k) => [k, record[k]]),
  ) as unknown as GenderDistribution;
  const sum = sumShares(shares);
  if (Math.abs(sum - 1) <= NUMBER_TOLERANCE) return { shares };
  if (Math.abs(sum - 1) > SHARE_ROUNDING_TOLERANCE || sum === 0) {
    return (
      `the draft's gender shares sum to ${round(sum, 6)}, too far from 1 to be rounding ` +
      `(more than ${SHARE_ROUNDING_TOLERANCE} off); set genderDistribution by hand`
    );
  }
  const normalised = normaliseShares(shares);
  const was = GENDER_KEYS.map((k) => `${k} ${shares[k]}`).join(', ');
  return {
    shares: normalised,
    note:
      `audience-sync normalised these shares: the import's draft summed to ${round(sum, 6)} ` +
      `(${was}), so they were scaled to sum to 1.`,
  };
}

/** The four shares added in key order, the order a reader (and most servers) would use. */
export function sumShares(shares: GenderDistribution): number {
  return GENDER_KEYS.reduce((total, key) => total + shares[key], 0);
}

/**
 * Scales shares to sum to 1, each rounded to four decimals, so that their sum in key order
 * is exactly 1 in floating point. Four-decimal values do not always add up to exactly 1 in
 * binary; then the nearest split that does (up to two units of 0.0001 moved between
 * shares) is taken, and failing that the last share carries the extra digits that make
 * it exact.
 */
export function normaliseShares(shares: GenderDistribution): GenderDistribution {
  const total = sumShares(shares);
  const scale = 10 ** SHARE_DECIMALS;
  const target = GENDER_KEYS.map((key) => (shares[key] / total) * scale);
  const units = apportion(target, scale);

  const oneMove = oneUnitMoves(units);
  const candidates = [units, ...oneMove, ...oneMove.flatMap(oneUnitMoves)];
  const exact = candidates
    .filter((c) => sumInOrder(c.map((u) => u / scale)) === 1)
    .sort((a, b) => distance(a, target) - distance(b, target))[0];
  if (exact) return toShares(exact.map((u) => u / scale));

  const head = units.slice(0, -1).map((u) => u / scale);
  return toShares([...head, 1 - sumInOrder(head)]);
}

/**
 * Whole units that add up to `scale`, each the floor of its target plus one for the
 * largest remainders: never negative, never more than one unit from the target.
 */
function apportion(target: readonly number[], scale: number): number[] {
  const units = target.map((t) => Math.floor(t));
  let left = scale - units.reduce((a, b) => a + b, 0);
  const byRemainder = target
    .map((t, i) => ({ i, remainder: t - Math.floor(t) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    units[i] = (units[i] ?? 0) + 1;
    left--;
  }
  return units;
}

function oneUnitMoves(units: readonly number[]): number[][] {
  const moves: number[][] = [];
  for (let from = 0; from < units.length; from++) {
    for (let to = 0; to < units.length; to++) {
      if (from === to || (units[from] ?? 0) === 0) continue;
      const moved = [...units];
      moved[from] = (moved[from] ?? 0) - 1;
      moved[to] = (moved[to] ?? 0) + 1;
      moves.push(moved);
    }
  }
  return moves;
}

function distance(units: readonly number[], target: readonly number[]): number {
  return units.reduce((d, u, i) => d + Math.abs(u - (target[i] ?? 0)), 0);
}

function sumInOrder(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function toShares(values: readonly number[]): GenderDistribution {
  return Object.fromEntries(
    GENDER_KEYS.map((key, i) => [key, values[i] ?? 0]),
  ) as unknown as GenderDistribution;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
