/**
 * The audience validator: `audience.schema.json`, compiled once. The same file is what
 * editors load through the `yaml-language-server` comment, so the two cannot disagree.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from './audience.schema.json' with { type: 'json' };

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
  pattern?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  examples?: unknown[];
  default?: unknown;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // Compiling costs a few milliseconds; a loader validates thousands of documents.
  if (!compiled) {
    // `verbose` puts the offending value and its sub-schema on each error, which the
    // message builder needs; it costs nothing on the valid path.
    const ajv = new Ajv({ allErrors: true, verbose: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/**
 * Validates one document's value against the audience schema.
 * Returns every violation (empty when valid). The `if` keyword's own error is dropped:
 * it only says that a `then`/`else` branch failed, and that branch's errors are kept.
 */
export function validateAudienceSchema(value: unknown): ErrorObject[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if');
}
