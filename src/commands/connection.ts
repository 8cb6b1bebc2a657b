/**
 * Connection settings for the commands that talk to neuroflash (export, bootstrap, plan,
 * apply, doctor): flags first, then the environment (`docs/cli.md`). Secrets only ever
 * come from the environment, so they never sit in shell history or in a process list.
 */
import { type Connection, type ConnectionSettings, connect } from '../engine.js';
import { ApiError, AuthError, WorkspaceError } from '../neuroflash/api.js';

export const DEFAULT_API_URL = 'https://app.neuroflash.com/api';
export const DEFAULT_TOKEN_URL = 'https://id.neuroflash.com/oauth/v2/token';

/** The environment variables the connection reads. */
export const ENV = {
  clientId: 'NEUROFLASH_CLIENT_ID',
  clientSecret: 'NEUROFLASH_CLIENT_SECRET',
  apiUrl: 'NEUROFLASH_API_URL',
  tokenUrl: 'NEUROFLASH_TOKEN_URL',
  workspace: 'NEUROFLASH_WORKSPACE',
} as const;

/** `node:util` `parseArgs` options of the connection flags, to spread into a command's. */
export const CONNECTION_OPTIONS = {
  'api-url': { type: 'string' },
  'token-url': { type: 'string' },
  workspace: { type: 'string' },
} as const;

/** The help text lines of the connection flags and variables. */
export const CONNECTION_HELP = `Connection:
  --api-url URL     the API base (env ${ENV.apiUrl}; default ${DEFAULT_API_URL})
  --token-url URL   the token endpoint (env ${ENV.tokenUrl}; default ${DEFAULT_TOKEN_URL})
  --workspace W     a workspace id or name (env ${ENV.workspace}; default: the only one)
  Credentials come from ${ENV.clientId} and ${ENV.clientSecret}.`;

/** The connection flags as `parseArgs` returns them. */
export interface ConnectionFlags {
  'api-url'?: string | undefined;
  'token-url'?: string | undefined;
  workspace?: string | undefined;
}

/** The settings cannot make a connection: credentials missing or a URL malformed. */
export class ConnectionSettingsError extends Error {
  override name = 'ConnectionSettingsError';
}

/**
 * Connection settings from flags and environment. Throws `ConnectionSettingsError` naming
 * both credential variables when either is missing, and naming the flag or variable of
 * a URL that is not an http(s) URL.
 */
export function readConnectionSettings(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
): ConnectionSettings {
  const clientId = nonEmpty(env[ENV.clientId]);
  const clientSecret = nonEmpty(env[ENV.clientSecret]);
  if (!clientId || !clientSecret) {
    const missing = [!clientId && ENV.clientId, !clientSecret && ENV.clientSecret].filter(Boolean);
    throw new ConnectionSettingsError(
      `missing credentials: set ${ENV.clientId} and ${ENV.clientSecret} to the neuroflash ` +
        `service account's client id and secret (not set: ${missing.join(', ')})`,
    );
  }
  const apiUrl = pickUrl(flags['api-url'], '--api-url', env, ENV.apiUrl, DEFAULT_API_URL);
  const tokenUrl = pickUrl(flags['token-url'], '--token-url', env, ENV.tokenUrl, DEFAULT_TOKEN_URL);
  const workspace = nonEmpty(flags.workspace) ?? nonEmpty(env[ENV.workspace]);
  return { apiUrl, tokenUrl, clientId, clientSecret, ...(workspace ? { workspace } : {}) };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function pickUrl(
  flag: string | undefined,
  flagName: string,
  env: NodeJS.ProcessEnv,
  envName: string,
  fallback: string,
): string {
  const fromFlag = nonEmpty(flag);
  const fromEnv = nonEmpty(env[envName]);
  const value = fromFlag ?? fromEnv ?? fallback;
  if (!isHttpUrl(value)) {
    const source = fromFlag ? flagName : envName;
    throw new ConnectionSettingsError(
      `${source} must be an http(s) URL such as ${fallback}; got ${JSON.stringify(value)}`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** Opens a connection; the engine's `connect` unless a caller (a test) supplies another. */
export type Connect = (settings: ConnectionSettings) => Promise<Connection>;

/** What the network commands take besides their arguments: the connection seam. */
export interface CommandDeps {
  connect?: Connect;
}

/**
 * Opens a connection (client plus resolved workspace), runs `fn` with it, and releases
 * the client's connection pools whatever happens.
 */
export async function withConnection<T>(
  settings: ConnectionSettings,
  fn: (connection: Connection) => Promise<T>,
  open: Connect = connect,
): Promise<T> {
  const connection = await open(settings);
  try {
    return await fn(connection);
  } finally {
    await connection.api.close();
  }
}

/** True for an absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One line (or a few) for a failure, as a command prints it after `audience-sync <command>: `. API errors
 * already carry the method, path, status and the API's message, and never a secret.
 */
export function describeError(error: unknown): string {
  if (error instanceof AuthError) {
    // The message starts with "authentication failed: " already. What to check depends on
    // the answer: a refusal of the credentials, or a token endpoint that is not one.
    const refused = error.status === 400 || error.status === 401 || error.status === 403;
    const check = refused
      ? `Check ${ENV.clientId} and ${ENV.clientSecret}.`
      : `Check the token endpoint: --token-url or ${ENV.tokenUrl}.`;
    return `${error.message}\n${check}`;
  }
  if (error instanceof WorkspaceError) {
    // The client's message already lists each workspace's name and id.
    return `${error.message}\nChoose one with --workspace or ${ENV.workspace}.`;
  }
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
