/**
 * The one place that reads the Action's inputs. Every input is validated and its default
 * resolved here, into one typed object; a wrong value fails with a message that names
 * the input and the value, before anything touches the network.
 */
import * as core from '@actions/core';
import {
  DRIFT_EVENTS,
  InputDefaults,
  type InputName,
  Inputs,
  UNMERGED_EVENTS,
} from '../constants.js';
import { registerCredentials, registerSecret } from '../redact.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_TIMEOUT_MINUTES,
  LIMITS,
  parseBooleanSetting,
  parseByteSizeSetting,
  parseCredentialUrlSetting,
  parseListSetting,
  parseMinutesSetting,
  parseWholeNumberSetting,
  SettingError,
} from '../settings.js';

/** The service account's credentials; both are set, or there are none. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Everything the Action was asked to do, validated. */
export interface ActionInputs {
  /** `sync`: validate, plan, apply unless dry-run. `export`: write the workspace as files. */
  command: 'sync' | 'export';
  /** Absent when neither `client-id` nor `client-secret` is set: validate only. */
  credentials?: Credentials;
  /** A workspace id or name; empty picks the only one the account sees. */
  workspace: string;
  /** Folders, files or globs of audience files, one per line of the input. */
  paths: string[];
  /** Plan only, write nothing. */
  dryRun: boolean;
  /** Delete remote audiences that no file declares. */
  prune: boolean;
  /** Name globs that prune never touches. */
  ignore: string[];
  /** The delete guard. */
  maxDeletes: number;
  /** Parallel API writes. */
  concurrency: number;
  /** Post or update the plan comment on pull_request events. */
  comment: boolean;
  /** `changes`: only comment when the plan has changes (or a comment exists already). */
  commentOn: 'always' | 'changes';
  /** In dry-run, fail when the plan is not empty. */
  failOnDrift: boolean;
  /** Open/update/close a drift issue on scheduled or manual runs. */
  driftIssue: boolean;
  /** Permit `dry-run: false` on pull_request events. */
  allowApplyOnPr: boolean;
  /** On an apply after a merge, what to do when the plan differs from the reviewed one. */
  onPlanChange: 'fail' | 'warn';
  /** Re-read each audience before writing it. */
  verifyBeforeWrite: boolean;
  /** The PR label that lifts the delete guard for that PR's merge commit. */
  allowDeletesLabel: string;
  /** For the PR comment; empty outside a runner. */
  githubToken: string;
  apiUrl: string;
  tokenUrl: string;
  /** The run's time budget against neuroflash, in minutes (fractions allowed). */
  timeoutMinutes: number;
  /** The largest audience file read, in bytes. */
  maxFileBytes: number;
}

/** Where inputs come from, and where secrets are announced: `@actions/core` in a run. */
export interface InputSource {
  getInput(name: string): string;
  setSecret(value: string): void;
}

/** The runner's inputs (`INPUT_*`), read and masked through `@actions/core`. */
const coreSource: InputSource = {
  getInput: (name) => core.getInput(name),
  setSecret: (value) => core.setSecret(value),
};

/** An input has a value the Action cannot use. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: InputName | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads, validates and resolves every input. `client-secret` and `github-token` are
 * handed to `setSecret` before anything else is read, so no later message can print
 * them. Throws an {@link InputError} naming the input and the value at the first wrong
 * value.
 */
export function getInputs(source: InputSource = coreSource): ActionInputs {
  const read = (name: InputName): string => {
    const value = source.getInput(name).trim();
    return value === '' ? InputDefaults[name] : value;
  };

  // Masked first: a later validation error must not be able to echo them.
  // The runner masks the log only; the one redactor also covers the PR comment, the
  // drift issue, the outputs and the summary, and the forms a server may echo.
  const clientSecret = read(Inputs.ClientSecret);
  // Registered with the redactor below, with the client id (registerCredentials).
  if (clientSecret) source.setSecret(clientSecret);
  const githubToken = read(Inputs.GitHubToken);
  if (githubToken) {
    source.setSecret(githubToken);
    registerSecret(githubToken);
  }

  const clientId = read(Inputs.ClientId);
  if (clientSecret) registerCredentials(clientId, clientSecret);
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    const [set, missing] = clientId
      ? [Inputs.ClientId, Inputs.ClientSecret]
      : [Inputs.ClientSecret, Inputs.ClientId];
    throw new InputError(
      missing,
      `inputs \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\` go together: \`${set}\` is set but \`${missing}\` is empty. Set both, or neither to validate the files only`,
    );
  }

  const paths = parseListSetting(read(Inputs.Path));
  if (paths.length === 0) {
    throw new InputError(
      Inputs.Path,
      `input \`${Inputs.Path}\` must name at least one folder, file or glob`,
    );
  }

  return {
    command: oneOf(Inputs.Command, read(Inputs.Command), ['sync', 'export']),
    credentials: clientId ? { clientId, clientSecret } : undefined,
    workspace: read(Inputs.Workspace),
    paths,
    dryRun: bool(Inputs.DryRun, read(Inputs.DryRun)),
    prune: bool(Inputs.Prune, read(Inputs.Prune)),
    ignore: parseListSetting(read(Inputs.Ignore)),
    maxDeletes: wholeNumber(Inputs.MaxDeletes, read(Inputs.MaxDeletes), LIMITS.maxDeletes),
    concurrency: wholeNumber(Inputs.Concurrency, read(Inputs.Concurrency), LIMITS.concurrency),
    comment: bool(Inputs.Comment, read(Inputs.Comment)),
    commentOn: oneOf(Inputs.CommentOn, read(Inputs.CommentOn), ['always', 'changes']),
    failOnDrift: bool(Inputs.FailOnDrift, read(Inputs.FailOnDrift)),
    driftIssue: bool(Inputs.DriftIssue, read(Inputs.DriftIssue)),
    allowApplyOnPr: bool(Inputs.AllowApplyOnPr, read(Inputs.AllowApplyOnPr)),
    onPlanChange: oneOf(Inputs.OnPlanChange, read(Inputs.OnPlanChange), ['fail', 'warn']),
    verifyBeforeWrite: bool(Inputs.VerifyBeforeWrite, read(Inputs.VerifyBeforeWrite)),
    allowDeletesLabel: read(Inputs.AllowDeletesLabel),
    githubToken,
    apiUrl: httpUrl(Inputs.ApiUrl, read(Inputs.ApiUrl)),
    tokenUrl: httpUrl(Inputs.TokenUrl, read(Inputs.TokenUrl)),
    timeoutMinutes: minutes(Inputs.TimeoutMinutes, read(Inputs.TimeoutMinutes)),
    maxFileBytes: byteSize(Inputs.MaxFileSize, read(Inputs.MaxFileSize)),
  };
}

/**
 * Refuses input combinations that depend on the event. Applying on a pull request (its
 * own events, its reviews, or a comment on it) would write unmerged, unreviewed changes,
 * and applying on `merge_group` would write a merge queue's group before the queue has
 * decided: either is almost never meant, and takes `allow-apply-on-pr`.
 *
 * @param onPullRequest whether the run is about an unmerged pull request; by default
 *   judged from the event name alone, which cannot tell an `issue_comment` on a pull
 *   request from one on an issue (`RunContext.onPullRequest` can).
 */
export function checkInputsForEvent(
  inputs: ActionInputs,
  eventName: string,
  onPullRequest: boolean = UNMERGED_EVENTS.includes(eventName),
): void {
  if (inputs.command === 'sync' && !inputs.dryRun && onPullRequest && !inputs.allowApplyOnPr) {
    const where =
      eventName === 'issue_comment'
        ? 'an `issue_comment` event on a pull request'
        : `a \`${eventName}\` event`;
    const what =
      eventName === 'merge_group'
        ? "would apply a merge queue's group, which the queue may still reject"
        : 'would apply unmerged changes';
    throw new InputError(
      Inputs.DryRun,
      `input \`${Inputs.DryRun}: false\` on ${where} ${what}; refused. Apply after the merge (on push), or set \`${Inputs.AllowApplyOnPr}: true\` if this is really meant`,
    );
  }
}

/**
 * Inputs that this event ignores, as warnings: the run goes on, but the workflow's author
 * should know the input had no effect. `drift-issue` acts only on the dry runs of drift
 * checks (`schedule`, `workflow_dispatch`); elsewhere an issue could be opened from a
 * pull request's unmerged files, or closed by an apply that only repaired the drift.
 */
export function inputWarningsForEvent(inputs: ActionInputs, eventName: string): string[] {
  if (inputs.command !== 'sync' || !inputs.driftIssue) return [];
  if (!DRIFT_EVENTS.includes(eventName)) {
    return [
      `input \`${Inputs.DriftIssue}: true\` is ignored on a \`${eventName || 'local'}\` event: the drift issue is only kept by drift checks on \`schedule\` or \`workflow_dispatch\``,
    ];
  }
  if (!inputs.dryRun) {
    return [
      `input \`${Inputs.DriftIssue}: true\` is ignored with \`${Inputs.DryRun}: false\`: the drift issue is only kept by drift checks, which are dry runs`,
    ];
  }
  return [];
}

/**
 * Each kind of value goes through the parser the CLI's flags use (`src/settings.ts`), so
 * the same string means the same thing on both sides; a refusal becomes an
 * {@link InputError} naming the input.
 */
function setting<T>(name: InputName, parse: (label: string) => T): T {
  try {
    return parse(`input \`${name}\``);
  } catch (error) {
    if (error instanceof SettingError) throw new InputError(name, error.message);
    throw error;
  }
}

function bool(name: InputName, value: string): boolean {
  // Blank never reaches here: `read` puts the default in its place.
  return setting(name, (label) => parseBooleanSetting(value, label) ?? false);
}

function wholeNumber(
  name: InputName,
  value: string,
  range: { readonly min: number; readonly max?: number },
): number {
  return setting(name, (label) => parseWholeNumberSetting(value, label, range) ?? range.min);
}

function minutes(name: InputName, value: string): number {
  return setting(name, (label) => parseMinutesSetting(value, label) ?? DEFAULT_TIMEOUT_MINUTES);
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = allowed.map((a) => `\`${a}\``).join(' or ');
  throw new InputError(name, `input \`${name}\` must be ${choices}, got \`${value}\``);
}

function httpUrl(name: InputName, value: string): string {
  return setting(name, (label) => parseCredentialUrlSetting(value, label));
}

function byteSize(name: InputName, value: string): number {
  return setting(name, (label) => parseByteSizeSetting(value, label) ?? DEFAULT_MAX_FILE_BYTES);
}
