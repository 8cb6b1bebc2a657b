import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadAudiences } from '../../src/config/index.js';
import { GENDER_KEYS } from '../../src/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the sample audiences in audiences/', () => {
  it('are valid: 3 to 5 audiences, no problem at all', async () => {
    const result = await loadAudiences(['audiences'], { cwd: root });
    expect(result.problems).toEqual([]);
    expect(result.audiences.length).toBeGreaterThanOrEqual(3);
    expect(result.audiences.length).toBeLessThanOrEqual(5);
    expect(result.audiences.every((a) => a.state === 'present')).toBe(true);
  });

  it('each file starts with the schema comment, and one holds two documents', async () => {
    const result = await loadAudiences(['audiences'], { cwd: root });
    let multi = 0;
    for (const file of result.files) {
      const text = await readFile(path.join(root, file), 'utf8');
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../src/schema/audience.schema.json',
      );
      if (parseAllDocuments(text).length >= 2) multi++;
    }
    expect(multi).toBeGreaterThanOrEqual(1);
  });

  it('their gender shares sum to exactly 1 in floating point, as the API demands', async () => {
    const result = await loadAudiences(['audiences'], { cwd: root });
    for (const a of result.audiences) {
      const gender = a.fields.genderDistribution;
      expect(gender).toBeDefined();
      const sum = GENDER_KEYS.reduce((total, k) => total + (gender?.[k] ?? 0), 0);
      expect(sum, a.name).toBe(1);
    }
  });
});
