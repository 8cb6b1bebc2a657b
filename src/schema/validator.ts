/**
 * The audience validator: `audience.schema.json`, compiled ahead of time into
 * `audience.validate.js` (`npm run generate`; a test fails when it is stale). The same
 * schema file is what editors load through the `yaml-language-server` comment, so the
 * two cannot disagree.
 */
import type { ErrorObject } from 'ajv';
import schema from './audience.schema.json' with { type: 'json' };
import validate from './audience.validate.js';

/** The schema as a plain object, for code that derives messages or docs from it. */
export const audienceSchema: JsonSchema = schema as JsonSchema;

/** The subset of JSON Schema draft-07 that the audience schema uses. */
export interface JsonSchema {
  description?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  examples?: unknown[];
  default?: unknown;
}

/**
 * Validates one document's value against the audience schema.
 * Returns every violation (empty when valid). The `if` keyword's own error is dropped:
 * it only says that a `then`/`else` branch failed, and that branch's errors are kept.
 */
export function validateAudienceSchema(value: unknown): ErrorObject[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if');
}
