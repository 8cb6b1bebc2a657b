import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { audiencesPath, call, getToken, validProfile, without } from './helpers.js';
import { startEmulator } from './index.js';
import type { Emulator } from './types.js';

let emulator: Emulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator();
  token = await getToken(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const v = (field: string, message: string) => ({ field, message, type: 'validation' });
const valid = validProfile();
const gender = (shares: Record<string, unknown>) =>
  validProfile({ genderDistribution: { ...(valid.genderDistribution as object), ...shares } });

/** Each body breaks rules on purpose; the list is every error the API must report. */
const INVALID: [string, Record<string, unknown>, ReturnType<typeof v>[]][] = [
  ['name missing', without(valid, 'name'), [v('name', 'is required')]],
  ['residence missing', without(valid, 'residence'), [v('residence', 'is required')]],
  ['minAge missing', without(valid, 'minAge'), [v('minAge', 'is required')]],
  ['maxAge missing', without(valid, 'maxAge'), [v('maxAge', 'is required')]],
  [
    'genderDistribution missing',
    without(valid, 'genderDistribution'),
    [v('genderDistribution', 'is required')],
  ],
  ['interests missing', without(valid, 'interests'), [v('interests', 'is required')]],
  ['needs missing', without(valid, 'needs'), [v('needs', 'is required')]],
  ['painPoints missing', without(valid, 'painPoints'), [v('painPoints', 'is required')]],
  ['a required field null', validProfile({ residence: null }), [v('residence', 'is required')]],
  [
    'name of 2 characters',
    validProfile({ name: 'AB' }),
    [v('name', 'must be between 3 and 100 characters')],
  ],
  [
    'name of 101 characters',
    validProfile({ name: 'x'.repeat(101) }),
    [v('name', 'must be between 3 and 100 characters')],
  ],
  [
    'name of 2 emoji (4 UTF-16 units)',
    validProfile({ name: '🎯🎯' }),
    [v('name', 'must be between 3 and 100 characters')],
  ],
  ['name not a string', validProfile({ name: 42 }), [v('name', 'must be a string')]],
  ['residence not a string', validProfile({ residence: 7 }), [v('residence', 'must be a string')]],
  [
    'optional strings of the wrong type',
    validProfile({ country: 5, nativeLanguage: true, additionalInformation: ['x'] }),
    [
      v('country', 'must be a string'),
      v('nativeLanguage', 'must be a string'),
      v('additionalInformation', 'must be a string'),
    ],
  ],
  [
    'ages that are not integers',
    validProfile({ minAge: 25.5, maxAge: '45' }),
    [v('minAge', 'must be an integer'), v('maxAge', 'must be an integer')],
  ],
  [
    'ages out of 0..120',
    validProfile({ minAge: -1, maxAge: 121 }),
    [v('minAge', 'must be between 0 and 120'), v('maxAge', 'must be between 0 and 120')],
  ],
  [
    'minAge above maxAge',
    validProfile({ minAge: 50, maxAge: 40 }),
    [v('minAge', 'must not be greater than maxAge')],
  ],
  [
    'genderDistribution not an object',
    validProfile({ genderDistribution: [0.5, 0.4, 0.07, 0.03] }),
    [v('genderDistribution', 'must be an object with female, male, nonBinary and preferNotToSay')],
  ],
  [
    'a share missing',
    validProfile({ genderDistribution: { female: 0.5, male: 0.5, preferNotToSay: 0 } }),
    [v('genderDistribution.nonBinary', 'is required')],
  ],
  [
    'a share not a number',
    gender({ male: '0.4' }),
    [v('genderDistribution.male', 'must be a number')],
  ],
  [
    'shares outside 0..1 (even though they sum to 1)',
    gender({ female: 1.2, male: -0.3 }),
    [
      v('genderDistribution.female', 'must be between 0 and 1'),
      v('genderDistribution.male', 'must be between 0 and 1'),
    ],
  ],
  [
    'shares summing to 0.9375',
    validProfile({
      genderDistribution: { female: 0.5, male: 0.25, nonBinary: 0.125, preferNotToSay: 0.0625 },
    }),
    [v('genderDistribution', 'the four shares must sum to 1 (they sum to 0.9375)')],
  ],
  [
    'interests not an array',
    validProfile({ interests: 'AI' }),
    [v('interests', 'must be an array of strings')],
  ],
  [
    'needs with non-string items',
    validProfile({ needs: [1, 'fine', null] }),
    [v('needs[0]', 'must be a string'), v('needs[2]', 'must be a string')],
  ],
  ['shared not a boolean', validProfile({ shared: 'yes' }), [v('shared', 'must be a boolean')]],
  [
    'many problems at once',
    {
      name: 'AB',
      minAge: 'x',
      maxAge: 200,
      genderDistribution: { female: 1 },
      interests: 'AI',
      needs: [],
      shared: 1,
    },
    [
      v('name', 'must be between 3 and 100 characters'),
      v('residence', 'is required'),
      v('minAge', 'must be an integer'),
      v('maxAge', 'must be between 0 and 120'),
      v('genderDistribution.male', 'is required'),
      v('genderDistribution.nonBinary', 'is required'),
      v('genderDistribution.preferNotToSay', 'is required'),
      v('interests', 'must be an array of strings'),
      v('painPoints', 'is required'),
      v('shared', 'must be a boolean'),
    ],
  ],
];

describe('create (POST) validation', () => {
  it.each(INVALID)('%s → 400 listing every problem, nothing saved', async (_, body, errors) => {
    const result = await call(emulator, 'POST', audiencesPath(), { token, body });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors });
    expect(emulator.snapshot()).toEqual([]);
  });

  it('accepts the boundaries: 3 and 100 characters, ages 0 and 120, equal ages, 1e-10 off', async () => {
    const bodies = [
      validProfile({ name: 'abc', minAge: 0, maxAge: 120 }),
      validProfile({ name: 'y'.repeat(100), minAge: 33, maxAge: 33 }),
      validProfile({ name: '🎯🎯🎯' }),
      gender({ female: 0.5 + 1e-10 }),
    ];
    const statuses = [];
    for (const body of bodies) {
      statuses.push((await call(emulator, 'POST', audiencesPath(), { token, body })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201]);
  });

  it('refuses shares that are 1e-8 off', async () => {
    const result = await call(emulator, 'POST', audiencesPath(), {
      token,
      body: gender({ female: 0.5 + 1e-8 }),
    });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      errors: [v('genderDistribution', expect.stringMatching(/^the four shares must sum to 1 /))],
    });
  });

  it('ignores unknown fields and treats null optional fields as absent', async () => {
    // `status` too: an unknown field must never be mistaken for anything but data.
    const body = validProfile({ tone: 'formal', status: 500, country: null });
    const result = await call(emulator, 'POST', audiencesPath(), { token, body });
    expect(result.status).toBe(201);
    const created = result.body as Record<string, unknown>;
    expect(Object.keys(created)).not.toContain('tone');
    expect(Object.keys(created)).not.toContain('status');
    expect(Object.keys(created)).not.toContain('country');
  });

  it.each([
    ['malformed JSON', '{"name": ', {}, 400, 'Malformed JSON body', 'BAD_REQUEST'],
    ['a JSON array', '[1,2]', {}, 400, 'The request body must be a JSON object', 'BAD_REQUEST'],
    ['an empty body', '', {}, 400, 'A request body is required', 'BAD_REQUEST'],
    [
      'a text/plain body',
      JSON.stringify(valid),
      { 'content-type': 'text/plain' },
      415,
      'Content-Type must be application/json',
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('%s → %i', async (_, body, headers, status, error, code) => {
    const result = await call(emulator, 'POST', audiencesPath(), {
      token,
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    expect(result.status).toBe(status);
    expect(result.body).toEqual({ error, code });
    expect(emulator.snapshot()).toEqual([]);
  });
});

describe('replace (PUT) validation', () => {
  it.each(INVALID)('%s → 400 listing every problem, nothing changed', async (_, body, errors) => {
    const [seeded] = emulator.seed([{ name: 'Before' }]);
    const id = String(seeded?.id);
    const result = await call(emulator, 'PUT', `${audiencesPath()}/${id}`, { token, body });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors });
    expect(emulator.snapshot()).toEqual([seeded]);
  });
});
