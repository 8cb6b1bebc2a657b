/** The environment variables the CLI reads; a flag of the same meaning wins over each. */
export const ENV = {
  clientId: 'NEUROFLASH_CLIENT_ID',
  clientSecret: 'NEUROFLASH_CLIENT_SECRET',
  apiUrl: 'NEUROFLASH_API_URL',
  tokenUrl: 'NEUROFLASH_TOKEN_URL',
  workspace: 'NEUROFLASH_WORKSPACE',
} as const;

/** The environment variables of the sync options (`--prune`, `--ignore` …) and of `--max-file-size`. */
export const SYNC_ENV = {
  prune: 'AUDIENCE_SYNC_PRUNE',
  ignore: 'AUDIENCE_SYNC_IGNORE',
  maxDeletes: 'AUDIENCE_SYNC_MAX_DELETES',
  concurrency: 'AUDIENCE_SYNC_CONCURRENCY',
  maxFileSize: 'AUDIENCE_SYNC_MAX_FILE_SIZE',
} as const;

/**
 * A setting's text from its flag, else from its environment variable, with the name a
 * message should blame: the one the text came from.
 */
export function fromFlagOrEnv(
  flag: string | undefined,
  flagName: string,
  env: NodeJS.ProcessEnv,
  envName: string,
): { value: string | undefined; name: string } {
  return flag !== undefined
    ? { value: flag, name: flagName }
    : { value: env[envName], name: envName };
}
