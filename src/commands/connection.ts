/**
 * Connection settings for the commands that talk to neuroflash (export, bootstrap, plan,
 * apply, doctor): flags first, then the environment (`docs/cli.md`). Secrets only ever
 * come from the environment, so they never sit in shell history or in a process list.
 */
import { ENV, fromFlagOrEnv } from '../cli/env.js';
import { toUserError, UserError } from '../cli/errors.js';
import type { Connect } from '../cli/io.js';
import { type Connection, type ConnectionSettings, connect } from '../engine.js';
import { DEFAULT_API_URL, DEFAULT_TOKEN_URL, parseCredentialUrlSetting } from '../settings.js';

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
export class ConnectionSettingsError extends UserError {
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
  // A blank flag or variable counts as not given.
  const { value, name } = fromFlagOrEnv(nonEmpty(flag), flagName, env, envName);
  try {
    return parseCredentialUrlSetting(nonEmpty(value) ?? fallback, name, fallback);
  } catch (error) {
    throw new ConnectionSettingsError((error as Error).message);
  }
}

/**
 * Opens a connection (client plus resolved workspace), runs `fn` with it, and releases
 * the client's connection pools whatever happens. A failure leaves as a `UserError` that
 * knows the API base, so that a 404 can name the URL that answered.
 */
export async function withConnection<T>(
  command: string,
  settings: ConnectionSettings,
  fn: (connection: Connection) => Promise<T>,
  open: Connect = connect,
): Promise<T> {
  try {
    const connection = await open(settings);
    try {
      return await fn(connection);
    } finally {
      await connection.api.close();
    }
  } catch (error) {
    throw toUserError(error, { command, apiUrl: settings.apiUrl });
  }
}
