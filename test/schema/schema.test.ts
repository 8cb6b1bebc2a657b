import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadFromSources } from '../../src/config/sources.js';
import { MANAGEMENT_FIELDS, PROFILE_FIELDS, REQUIRED_FIELDS } from '../../src/model.js';
import {
  audienceSchema,
  type JsonSchema,
  validateAudienceSchema,
} from '../../src/schema/validator.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaPath = path.resolve(here, '../../src/schema/audience.schema.json');

/** Every sub-schema that describes a property or a list item, with a readable path. */
function described(s: JsonSchema, at = ''): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    out.push([`${at}${key}`, child], ...described(child, `${at}${key}.`));
  }
  if (s.items) out.push([`${at}[]`, s.items], ...described(s.items, `${at}[].`));
  return out;
}

describe('audience.schema.json', () => {
  it('is valid JSON Schema draft-07', async () => {
    const raw = JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
    expect(raw.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv();
    expect(ajv.validateSchema(raw), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('has exactly the profile fields plus the management keys, and rejects others', () => {
    expect(Object.keys(audienceSchema.properties ?? {})).toEqual([
      ...PROFILE_FIELDS,
      ...MANAGEMENT_FIELDS,
    ]);
    expect(audienceSchema.additionalProperties).toBe(false);
    expect(audienceSchema.properties?.genderDistribution?.additionalProperties).toBe(false);
  });

  it('describes every property and list item, for editors', () => {
    const nodes = described(audienceSchema);
    expect(nodes.length).toBeGreaterThan(18);
    for (const [where, node] of nodes) {
      expect(node.description, where).toMatch(/\w{3,}/);
    }
    expect(audienceSchema.description).toMatch(/\w{3,}/);
  });

  it('requires what the API requires, and only a name when state is absent', () => {
    const raw = audienceSchema as JsonSchema & { then?: JsonSchema; else?: JsonSchema };
    expect(raw.else?.required).toEqual([...REQUIRED_FIELDS]);
    expect(raw.then?.required).toEqual(['name']);
    expect(validateAudienceSchema({ name: 'Old campaign', state: 'absent' })).toEqual([]);
    expect(validateAudienceSchema({ name: 'Old campaign' }).map((e) => e.params)).toEqual(
      REQUIRED_FIELDS.filter((f) => f !== 'name').map((f) => ({ missingProperty: f })),
    );
  });

  it('has examples that pass the schema and every loader rule', () => {
    expect(audienceSchema.examples?.length).toBeGreaterThanOrEqual(1);
    const sources = (audienceSchema.examples ?? []).map((example, i) => ({
      file: `example-${i}.yml`,
      text: stringify(example),
    }));
    const result = loadFromSources(sources);
    expect(result.problems).toEqual([]);
    expect(result.audiences).toHaveLength(sources.length);
  });

  it('has an example for every property, so messages can show one', () => {
    for (const [key, node] of Object.entries(audienceSchema.properties ?? {})) {
      const example = node.examples?.[0];
      expect(example, key).toBeDefined();
      expect(
        validateAudienceSchema({ name: 'Some audience', state: 'absent', [key]: example }),
        key,
      ).toEqual([]);
    }
  });
});
