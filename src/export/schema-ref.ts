/**
 * Where an exported file's `yaml-language-server` comment points. The files land in the
 * user's repository, which has no `src/schema/` of its own, so a path into this project
 * only works when exporting inside this project; everywhere else a URL does.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';

/** The schema's place inside the audience-sync repository. */
export const SCHEMA_REPO_PATH = 'src/schema/audience.schema.json';

/**
 * The published schema, pinned to the major version the Action is used at (`@v1`), so
 * editors see the same rules as the validator of that major version.
 */
export const DEFAULT_SCHEMA_URL = schemaUrlFor('audience-sync/audience-sync', 'v1');

/** The raw URL of the schema in a GitHub repository at a ref (a tag, branch or SHA). */
export function schemaUrlFor(repository: string, ref: string): string {
  return `https://raw.githubusercontent.com/${repository}/${ref}/${SCHEMA_REPO_PATH}`;
}

/**
 * Inside a running Action, the schema of the exact version in use: GitHub sets
 * `GITHUB_ACTION_REPOSITORY` and `GITHUB_ACTION_REF` for the step's action. Undefined
 * elsewhere (a local `uses: ./` action has no ref), so the caller falls back.
 */
export function schemaUrlForAction(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  return repository && ref ? schemaUrlFor(repository, ref) : undefined;
}

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

/**
 * The `$schema` value for files written into `dir`. `schema` may be a URL (used as is) or
 * a path relative to `cwd` (made relative to `dir`). Without one: this project's own
 * schema when `cwd` holds it, else the published URL.
 */
export async function resolveSchemaRef(
  schema: string | undefined,
  cwd: string,
  dir: string,
): Promise<string> {
  if (schema && isUrl(schema)) return schema;
  const target = schema ? path.resolve(cwd, schema) : path.resolve(cwd, SCHEMA_REPO_PATH);
  if (!schema && !(await exists(target))) return DEFAULT_SCHEMA_URL;
  const relative = path.relative(path.resolve(cwd, dir), target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
