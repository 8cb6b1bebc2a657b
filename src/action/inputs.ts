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

const MAX_CONCURRENCY = 32;

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
  const clientSecret = read(Inputs.ClientSecret);
  if (clientSecret) source.setSecret(clientSecret);
  const githubToken = read(Inputs.GitHubToken);
  if (githubToken) source.setSecret(githubToken);

  const clientId = read(Inputs.ClientId);
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    const [set, missing] = clientId
      ? [Inputs.ClientId, Inputs.ClientSecret]
      : [Inputs.ClientSecret, Inputs.ClientId];
    throw new InputError(
      missing,
      `inputs \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\` go together: \`${set}\` is set but \`${missing}\` is empty. Set both, or neither to validate the files only`,
    );
  }

  const paths = lines(read(Inputs.Path));
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
    ignore: lines(read(Inputs.Ignore)),
    maxDeletes: wholeNumber(Inputs.MaxDeletes, read(Inputs.MaxDeletes), 0),
    concurrency: wholeNumber(Inputs.Concurrency, read(Inputs.Concurrency), 1, MAX_CONCURRENCY),
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
  };
}

/**
 * Refuses input combinations that depend on the event. Applying on a pull request (its
 * own events, its reviews, or a comment on it) would write unmerged, unreviewed changes,
 * which is almost never meant: it takes `allow-apply-on-pr` to do it.
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
    throw new InputError(
      Inputs.DryRun,
      `input \`${Inputs.DryRun}: false\` on ${where} would apply unmerged changes; refused. Apply after the merge (on push), or set \`${Inputs.AllowApplyOnPr}: true\` if this is really meant`,
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

/** One entry per line; blank lines and `#` comments are skipped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

// The YAML 1.2 core schema's booleans: the spellings a workflow's `with:` may use.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** `true` or `false` for a YAML 1.2 core schema boolean, `undefined` for anything else. */
function parseBoolean(value: string): boolean | undefined {
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}

function bool(name: InputName, value: string): boolean {
  const parsed = parseBoolean(value);
  if (parsed !== undefined) return parsed;
  throw new InputError(name, `input \`${name}\` must be \`true\` or \`false\`, got \`${value}\``);
}

function wholeNumber(name: InputName, value: string, min: number, max?: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min && (max === undefined || n <= max)) return n;
  const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
  throw new InputError(name, `input \`${name}\` must be a whole number ${range}, got \`${value}\``);
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = allowed.map((a) => `\`${a}\``).join(' or ');
  throw new InputError(name, `input \`${name}\` must be ${choices}, got \`${value}\``);
}

function httpUrl(name: InputName, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return value;
  throw new InputError(name, `input \`${name}\` must be an http(s) URL, got \`${value}\``);
}
