/**
 * The CLI's user-facing errors: each carries its message and its own hint (what to do
 * next), and the dispatcher (`src/cli.ts`) turns any of them into the printed lines and
 * exit code 1, in one place. `toUserError` is the one mapping from the library's errors
 * (the client's, the export's, the settings') to these.
 */
import { DraftError } from '../export/draft.js';
import {
  ForeignFilesError,
  OverwriteRefusedError,
  RemovalRefusedError,
} from '../export/folder-errors.js';
import { ApiError, AuthError, WorkspaceError } from '../neuroflash/api.js';
import { SettingError } from '../settings.js';
import { ENV } from './env.js';

/** A failure the user can act on: the message says what is wrong, the hint what to do. */
export class UserError extends Error {
  override name = 'UserError';
  /** What to do next, printed on its own line after the message. */
  readonly hint: string | undefined;
  /** The command's usage follows the message: the arguments were wrong. */
  readonly showUsage: boolean;
  constructor(
    message: string,
    options: { hint?: string; showUsage?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.showUsage = options.showUsage ?? false;
  }
}

/** The arguments are wrong: the message, then the command's usage. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, { showUsage: true, ...(hint ? { hint } : {}) });
  }
}

/**
 * The one mapping from an error to what the user reads. Errors the CLI knows get their
 * hint; an `ApiError` keeps the API's message; anything else keeps its own message.
 */
export function toUserError(
  error: unknown,
  context: { command: string; apiUrl?: string },
): UserError {
  const { command } = context;
  if (error instanceof UserError) return error;
  if (error instanceof SettingError) return new UserError(error.message, { cause: error });
  if (error instanceof AuthError) {
    // The message starts with "authentication failed: " already. What to check depends on
    // the answer: a refusal of the credentials, or a token endpoint that is not one.
    const hint = error.refused
      ? `Check ${ENV.clientId} and ${ENV.clientSecret}.`
      : `Check the token endpoint: --token-url or ${ENV.tokenUrl}.`;
    return new UserError(error.message, { hint, cause: error });
  }
  if (error instanceof WorkspaceError) {
    // The client's message already lists each workspace's name and id.
    return new UserError(error.message, {
      hint: `Choose one with --workspace or ${ENV.workspace}.`,
      cause: error,
    });
  }
  if (error instanceof ApiError) {
    return new UserError(error.message, {
      ...(error.status === 404 ? { hint: notFoundHint(error, context.apiUrl) } : {}),
      cause: error,
    });
  }
  if (error instanceof OverwriteRefusedError) {
    let hint = 'Use --force to overwrite it, or --out to write elsewhere.';
    if (command === 'export') {
      hint =
        error.others.length === 0
          ? 'Use --force to overwrite them, or --out to export into another folder.'
          : 'Use --force to replace them (the folder then holds exactly the export), or --out to export into an empty folder.';
    }
    return new UserError(error.message, { hint, cause: error });
  }
  if (error instanceof ForeignFilesError) {
    return new UserError(error.message, {
      hint: `Move them out of ${error.outDir}, or export with --out into another folder.`,
      cause: error,
    });
  }
  if (error instanceof RemovalRefusedError) {
    return new UserError(error.message, {
      hint:
        error.why === 'repository-root'
          ? 'Export into a folder of its own (such as --out audiences), or remove those files yourself.'
          : 'Check the workspace; if it really has no audiences, remove those files yourself.',
      cause: error,
    });
  }
  if (error instanceof DraftError) {
    return new UserError(error.message, {
      hint: 'Draft from other pages, or write the file by hand.',
      cause: error,
    });
  }
  return new UserError(error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * A 404 from the API most often means a base URL without its `/api`: the hint names the
 * URL that answered and the base it probably should be.
 */
function notFoundHint(error: ApiError, apiUrl: string | undefined): string {
  const where = `the API base URL (--api-url or ${ENV.apiUrl})`;
  if (apiUrl === undefined) return `Check ${where}; it usually ends in /api.`;
  const url = `${apiUrl}${error.details.path}`;
  const suggestion = apiUrl.endsWith('/api') ? '' : ` Did you mean --api-url ${apiUrl}/api?`;
  return `Not found: ${url}.${suggestion} Check ${where}.`;
}

/**
 * The lines a failure prints: `audience-sync <command>: <message>`, the hint, and the
 * usage when the arguments were wrong.
 */
export function formatUserError(error: UserError, command: string, usage?: string): string {
  const lines = [`audience-sync${command ? ` ${command}` : ''}: ${error.message}`];
  if (error.hint) lines.push(error.hint);
  if (error.showUsage && usage) lines.push('', usage.trimEnd());
  return `${lines.join('\n')}\n`;
}
