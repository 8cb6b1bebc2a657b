/**
 * The API's own validation of a profile body. It stands in for the real service, so it is
 * written from docs/api.md alone and deliberately shares nothing with the project's
 * JSON Schema: if the two disagree, the tests are meant to notice.
 */
import { type FieldError, fieldError } from './reply.js';

export interface GenderShares {
  female: number;
  male: number;
  nonBinary: number;
  preferNotToSay: number;
}

/** A profile as the service stores it: known fields only, optional ones absent when unset. */
export interface ProfileRecord {
  name: string;
  residence: string;
  country?: string;
  nativeLanguage?: string;
  minAge: number;
  maxAge: number;
  genderDistribution: GenderShares;
  interests: string[];
  needs: string[];
  painPoints: string[];
  shared?: boolean;
  additionalInformation?: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const GENDER_KEYS = ['female', 'male', 'nonBinary', 'preferNotToSay'] as const;
const LIST_FIELDS = ['interests', 'needs', 'painPoints'] as const;
const SUM_TOLERANCE = 1e-9;
const MIN_AGE = 0;
const MAX_AGE = 120;
const NAME_MIN = 3;
const NAME_MAX = 100;

const REQUIRED = 'is required';

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// JSON null on a field means "not given", as a Jackson-backed service would read it.
function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function checkString(body: Record<string, unknown>, field: string, errors: FieldError[]): void {
  const value = body[field];
  if (!given(value)) errors.push(fieldError(field, REQUIRED));
  else if (typeof value !== 'string') errors.push(fieldError(field, 'must be a string'));
}

function checkOptionalString(
  body: Record<string, unknown>,
  field: string,
  errors: FieldError[],
): void {
  const value = body[field];
  if (given(value) && typeof value !== 'string') {
    errors.push(fieldError(field, 'must be a string'));
  }
}

function checkName(body: Record<string, unknown>, errors: FieldError[]): void {
  const name = body.name;
  if (!given(name)) errors.push(fieldError('name', REQUIRED));
  else if (typeof name !== 'string') errors.push(fieldError('name', 'must be a string'));
  else {
    // Code points, not UTF-16 units, so an emoji counts as one character.
    const length = [...name].length;
    if (length < NAME_MIN || length > NAME_MAX) {
      errors.push(fieldError('name', `must be between ${NAME_MIN} and ${NAME_MAX} characters`));
    }
  }
}

/** Returns the age when it is a valid integer, so the caller can compare the pair. */
function checkAge(
  body: Record<string, unknown>,
  field: string,
  errors: FieldError[],
): number | undefined {
  const value = body[field];
  if (!given(value)) errors.push(fieldError(field, REQUIRED));
  else if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.push(fieldError(field, 'must be an integer'));
  } else if (value < MIN_AGE || value > MAX_AGE) {
    errors.push(fieldError(field, `must be between ${MIN_AGE} and ${MAX_AGE}`));
  } else return value;
  return undefined;
}

function checkGender(body: Record<string, unknown>, errors: FieldError[]): void {
  const value = body.genderDistribution;
  if (!given(value)) {
    errors.push(fieldError('genderDistribution', REQUIRED));
    return;
  }
  if (!isObject(value)) {
    errors.push(
      fieldError(
        'genderDistribution',
        'must be an object with female, male, nonBinary and preferNotToSay',
      ),
    );
    return;
  }
  let sum = 0;
  let valid = 0;
  for (const key of GENDER_KEYS) {
    const share = value[key];
    const field = `genderDistribution.${key}`;
    if (!given(share)) errors.push(fieldError(field, REQUIRED));
    else if (typeof share !== 'number' || !Number.isFinite(share)) {
      errors.push(fieldError(field, 'must be a number'));
    } else if (share < 0 || share > 1) errors.push(fieldError(field, 'must be between 0 and 1'));
    else {
      sum += share;
      valid += 1;
    }
  }
  // The sum only means something once every share is valid; otherwise it repeats them.
  if (valid === GENDER_KEYS.length && Math.abs(sum - 1) > SUM_TOLERANCE) {
    errors.push(
      fieldError('genderDistribution', `the four shares must sum to 1 (they sum to ${sum})`),
    );
  }
}

function checkList(body: Record<string, unknown>, field: string, errors: FieldError[]): void {
  const value = body[field];
  if (!given(value)) errors.push(fieldError(field, REQUIRED));
  else if (!Array.isArray(value)) errors.push(fieldError(field, 'must be an array of strings'));
  else {
    value.forEach((item, index) => {
      if (typeof item !== 'string')
        errors.push(fieldError(`${field}[${index}]`, 'must be a string'));
    });
  }
}

/**
 * Validates a create or PUT body and, when it is valid, returns only the fields the
 * service knows: unknown and read-only fields are dropped, which is how a PUT of a whole
 * GET response (the docs' own example) succeeds.
 */
export function validateProfile(body: Record<string, unknown>): Validation<ProfileRecord> {
  const errors: FieldError[] = [];
  checkName(body, errors);
  checkString(body, 'residence', errors);
  checkOptionalString(body, 'country', errors);
  checkOptionalString(body, 'nativeLanguage', errors);
  const minAge = checkAge(body, 'minAge', errors);
  const maxAge = checkAge(body, 'maxAge', errors);
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    errors.push(fieldError('minAge', 'must not be greater than maxAge'));
  }
  checkGender(body, errors);
  for (const field of LIST_FIELDS) checkList(body, field, errors);
  if (given(body.shared) && typeof body.shared !== 'boolean') {
    errors.push(fieldError('shared', 'must be a boolean'));
  }
  checkOptionalString(body, 'additionalInformation', errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: pickProfile(body) };
}

// Only called on a validated body, so the casts restate what the checks proved.
function pickProfile(body: Record<string, unknown>): ProfileRecord {
  const shares = body.genderDistribution as Record<string, number>;
  const profile: ProfileRecord = {
    name: body.name as string,
    residence: body.residence as string,
    minAge: body.minAge as number,
    maxAge: body.maxAge as number,
    genderDistribution: {
      female: shares.female as number,
      male: shares.male as number,
      nonBinary: shares.nonBinary as number,
      preferNotToSay: shares.preferNotToSay as number,
    },
    interests: [...(body.interests as string[])],
    needs: [...(body.needs as string[])],
    painPoints: [...(body.painPoints as string[])],
  };
  if (given(body.country)) profile.country = body.country as string;
  if (given(body.nativeLanguage)) profile.nativeLanguage = body.nativeLanguage as string;
  if (given(body.shared)) profile.shared = body.shared as boolean;
  if (given(body.additionalInformation)) {
    profile.additionalInformation = body.additionalInformation as string;
  }
  return profile;
}

/** The body of a URL import, once validated. */
export interface ImportRequest {
  audienceModelId: string;
  urls: string[];
}

/** Validates a URL import body against the audience models the service knows. */
export function validateImport(
  body: Record<string, unknown>,
  knownModels: ReadonlySet<string>,
): Validation<ImportRequest> {
  const errors: FieldError[] = [];
  const model = body.audienceModelId;
  if (!given(model)) errors.push(fieldError('audienceModelId', REQUIRED));
  else if (typeof model !== 'string')
    errors.push(fieldError('audienceModelId', 'must be a string'));
  else if (!knownModels.has(model)) {
    errors.push(fieldError('audienceModelId', `unknown audience model: ${model}`));
  }
  const urls = body.urls;
  if (!given(urls)) errors.push(fieldError('urls', REQUIRED));
  else if (!Array.isArray(urls)) errors.push(fieldError('urls', 'must be an array of URLs'));
  else if (urls.length === 0) errors.push(fieldError('urls', 'must contain at least one URL'));
  else {
    urls.forEach((url, index) => {
      if (!isWebUrl(url)) {
        errors.push(fieldError(`urls[${index}]`, 'must be an http or https URL'));
      }
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { audienceModelId: model as string, urls: urls as string[] } };
}

function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
