import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidatorSource, VALIDATOR_PATH } from '../../scripts/generate-validator.js';

describe('the generated validator', () => {
  it('is the compilation of the current schema (run `npm run generate` when this fails)', () => {
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(generateValidatorSource());
  });
});
