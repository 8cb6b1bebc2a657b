/** Type guards for values that arrive as `unknown`: parsed YAML, API responses. */

/** A plain object (not null, not an array): a YAML mapping or a JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
