/**
 * The settings that the Action's inputs and the CLI's flags share: their defaults, their
 * limits, and the one parser of each kind of value. Both sides read a string through the
 * same function, so `concurrency: 0x10` and `--concurrency 0x10` fail alike, and a
 * `# comment` line is dropped from an ignore list wherever it is written. The contract of
 * each setting is in `docs/inputs.md`.
 *
 * Pure: no I/O, no environment. Each side names the setting in its own words (`input
 * \`prune\`` or `--prune`) and the parsers put that name in their messages.
 */

import { isLoopback } from './neuroflash/loopback.js';

/** The neuroflash API base. */
export const DEFAULT_API_URL = 'https://app.neuroflash.com/api';
/** The neuroflash OAuth2 token endpoint. */
export const DEFAULT_TOKEN_URL = 'https://id.neuroflash.com/oauth/v2/token';
/** The folder of audience files read when no path is given. */
export const DEFAULT_AUDIENCE_PATH = 'audiences';
/** The delete guard: a plan with more deletes than this fails before any write. */
export const DEFAULT_MAX_DELETES = 10;
/** Parallel API writes. */
export const DEFAULT_CONCURRENCY = 4;
/** The largest audience file read; a larger one is an error found from its size. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** The same default as written in action.yml and the help: `1MiB`. */
export const DEFAULT_MAX_FILE_SIZE = `${DEFAULT_MAX_FILE_BYTES / (1024 * 1024)}MiB`;
/** The run's time budget against neuroflash, in minutes: planning and writing end within it. */
export const DEFAULT_TIMEOUT_MINUTES = 10;
/** The folder the CLI backs up into, below the working directory, when `--backup` is not given. */
export const DEFAULT_BACKUP_ROOT = '.audience-sync/backups';

/** The bounds of the numeric settings. */
export const LIMITS = {
  maxDeletes: { min: 0 },
  concurrency: { min: 1, max: 32 },
  maxFileBytes: { min: 1 },
  // Above 0 (a budget of nothing would end every run before its first call), and at most
  // 6 hours: the longest a GitHub-hosted job may run.
  timeoutMinutes: { above: 0, max: 360 },
} as const;

/** A setting's value cannot be used; the message names the setting and the value. */
export class SettingError extends Error {
  override name = 'SettingError';
  constructor(
    /** The setting as the caller named it, e.g. ``input `prune` `` or `--prune`. */
    readonly setting: string,
    message: string,
  ) {
    super(message);
  }
}

// The YAML 1.2 core schema's booleans: the spellings a workflow's `with:` may use. Not
// `1`, `yes` or `on`: those are strings in YAML 1.2, and accepting them on one side only
// would make the same value mean two things.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * A boolean setting. Blank (after trimming) is `undefined`: the caller's default applies.
 * Throws a {@link SettingError} for anything but the YAML 1.2 spellings of true and false.
 */
export function parseBooleanSetting(
  value: string | undefined,
  setting: string,
): boolean | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new SettingError(
    setting,
    `${setting} must be \`true\` or \`false\`, got ${quote(value ?? '')}`,
  );
}

/**
 * A whole-number setting in decimal digits only: `0x10`, `1e3`, `+4`, `4.0` and ` ` are
 * refused, not read as numbers. Blank is `undefined`. Throws a {@link SettingError}
 * naming the range when the value is out of it.
 */
export function parseWholeNumberSetting(
  value: string | undefined,
  setting: string,
  range: { readonly min: number; readonly max?: number },
): number | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= range.min && (range.max === undefined || n <= range.max)) {
    return n;
  }
  const bounds = range.max === undefined ? `≥ ${range.min}` : `from ${range.min} to ${range.max}`;
  throw new SettingError(
    setting,
    `${setting} must be a whole number ${bounds}, got ${quote(value ?? '')}`,
  );
}

/**
 * A number of minutes: decimal digits with an optional fraction (`10`, `0.5`), above 0
 * and at most {@link LIMITS}`.timeoutMinutes.max`. `1e3`, `0x10`, `.5` and `-1` are
 * refused. Blank is `undefined`.
 */
export function parseMinutesSetting(
  value: string | undefined,
  setting: string,
): number | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const { above, max } = LIMITS.timeoutMinutes;
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (n > above && n <= max) return n;
  throw new SettingError(
    setting,
    `${setting} must be a number of minutes above ${above}, at most ${max}, got ${quote(value ?? '')}`,
  );
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kib: 1024, mib: 1024 * 1024 };

/**
 * A size in bytes: whole digits, optionally followed by `B`, `KiB` or `MiB` (any case).
 * Blank is `undefined`.
 */
export function parseByteSizeSetting(
  value: string | undefined,
  setting: string,
): number | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text);
  const unit = match ? BYTE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  const n = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN;
  if (Number.isSafeInteger(n) && n >= LIMITS.maxFileBytes.min) return n;
  throw new SettingError(
    setting,
    `${setting} must be a size in bytes such as 1048576, 512KiB or 2MiB, got ${quote(value ?? '')}`,
  );
}

/**
 * A list setting written one entry per line (an Action input, or an environment
 * variable): entries are trimmed, and blank lines and `#` comment lines are dropped.
 */
export function parseListSetting(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Entries given one at a time (a repeatable CLI flag): the same rules as
 * {@link parseListSetting}, applied to each.
 */
export function parseListEntries(values: readonly string[]): string[] {
  return values.flatMap((value) => parseListSetting(value));
}

/**
 * An absolute `http:` or `https:` URL, without trailing slashes. `example`, when given,
 * is named in the message as a URL of the right shape.
 */
export function parseHttpUrlSetting(value: string, setting: string, example?: string): string {
  const text = value.trim();
  if (isHttpUrl(text)) return text.replace(/\/+$/, '');
  const like = example ? ` such as ${example}` : '';
  throw new SettingError(setting, `${setting} must be an http(s) URL${like}, got ${quote(value)}`);
}

/**
 * A URL that credentials are sent to: {@link parseHttpUrlSetting}, and `http://` only to
 * a loopback host (the emulator). Elsewhere the client secret and the bearer token would
 * cross the network in clear text. The client refuses such a URL too; refusing it here
 * names the setting before anything starts.
 */
export function parseCredentialUrlSetting(
  value: string,
  setting: string,
  example?: string,
): string {
  const url = parseHttpUrlSetting(value, setting, example);
  const { protocol, hostname, host } = new URL(url);
  if (protocol === 'http:' && !isLoopback(hostname)) {
    throw new SettingError(
      setting,
      `${setting} uses http:// to ${host}, which is not loopback; credentials are sent only over https:// (http:// is allowed for localhost, 127.0.0.0/8 and [::1])`,
    );
  }
  return url;
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

function quote(value: string): string {
  return `\`${value}\``;
}
