/**
 * The Action's names in one place: its inputs and outputs (the contract of
 * docs/action.md, declared in `action.yml`), the events it reacts to, and the hidden marker of its PR comment.
 */

import {
  DEFAULT_API_URL,
  DEFAULT_AUDIENCE_PATH,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_DELETES,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_TIMEOUT_MINUTES,
  DEFAULT_TOKEN_URL,
} from './settings.js';

/** Input names, exactly as `action.yml` declares them. */
export const Inputs = {
  Command: 'command',
  ClientId: 'client-id',
  ClientSecret: 'client-secret',
  Workspace: 'workspace',
  Path: 'path',
  DryRun: 'dry-run',
  Prune: 'prune',
  Ignore: 'ignore',
  MaxDeletes: 'max-deletes',
  Concurrency: 'concurrency',
  Comment: 'comment',
  CommentOn: 'comment-on',
  FailOnDrift: 'fail-on-drift',
  DriftIssue: 'drift-issue',
  AllowApplyOnPr: 'allow-apply-on-pr',
  OnPlanChange: 'on-plan-change',
  VerifyBeforeWrite: 'verify-before-write',
  AllowDeletesLabel: 'allow-deletes-label',
  GitHubToken: 'github-token',
  ApiUrl: 'api-url',
  TokenUrl: 'token-url',
  TimeoutMinutes: 'timeout-minutes',
  MaxFileSize: 'max-file-size',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/**
 * The defaults of `action.yml`. The runner fills them in before the Action starts; they
 * are repeated here so that a run without them (a local `node dist/index.js`, a test)
 * behaves the same. A test keeps the two lists equal.
 */
export const InputDefaults: Readonly<Record<InputName, string>> = {
  command: 'sync',
  'client-id': '',
  'client-secret': '',
  workspace: '',
  path: DEFAULT_AUDIENCE_PATH,
  'dry-run': 'true',
  prune: 'false',
  ignore: '',
  'max-deletes': String(DEFAULT_MAX_DELETES),
  concurrency: String(DEFAULT_CONCURRENCY),
  comment: 'true',
  'comment-on': 'always',
  'fail-on-drift': 'false',
  'drift-issue': 'false',
  'allow-apply-on-pr': 'false',
  'on-plan-change': 'fail',
  'verify-before-write': 'false',
  'allow-deletes-label': 'audience-sync/allow-deletes',
  // The runner substitutes `${{ github.token }}`; outside a runner there is no token.
  'github-token': '',
  'api-url': DEFAULT_API_URL,
  'token-url': DEFAULT_TOKEN_URL,
  'timeout-minutes': String(DEFAULT_TIMEOUT_MINUTES),
  'max-file-size': DEFAULT_MAX_FILE_SIZE,
};

/** Output names, exactly as `action.yml` declares them. */
export const Outputs = {
  HasChanges: 'has-changes',
  Creates: 'creates',
  Updates: 'updates',
  Deletes: 'deletes',
  Renames: 'renames',
  Blocked: 'blocked',
  Plan: 'plan',
  PlanFingerprint: 'plan-fingerprint',
  FailureReason: 'failure-reason',
  CommentUrl: 'comment-url',
  BackupPath: 'backup-path',
} as const;

export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** The events whose runs plan a pull request (and may comment on it). */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/**
 * Every event whose changes are not merged yet, so that an apply on it would write them:
 * the plan events, the review events, and `merge_group`, a merge queue's trial of changes
 * it may still reject. An `issue_comment` belongs here too when its issue is a pull
 * request, which only the payload tells (see `src/github/context.ts`). None but the plan
 * events comment.
 */
export const UNMERGED_EVENTS: readonly string[] = [
  ...PULL_REQUEST_EVENTS,
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group',
];

/** The events of drift checks: the only ones on which `drift-issue` acts. */
export const DRIFT_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch'];

/** The label every drift issue carries; with the issue's hidden marker, it finds the issue again. */
export const DRIFT_LABEL = 'audience-sync/drift';

/**
 * The start of the hidden marker that opens every plan comment. The full marker is
 * `<!-- audience-sync:plan key=<key> fingerprint=<fp> sha=<sha> -->`; see
 * `src/github/marker.ts`.
 */
export const MARKER_PREFIX = '<!-- audience-sync:plan';

/**
 * The start of the second hidden line of a plan comment, which carries the plan's lines
 * (`planLines`), so that the apply after the merge can show what differs from them:
 * `<!-- audience-sync:lines data=<base64 of gzip of JSON> -->`, or, for a plan too large
 * to carry, `<!-- audience-sync:lines omitted=too-large count=<n> -->`.
 */
export const LINES_MARKER_PREFIX = '<!-- audience-sync:lines';

/**
 * The most characters the encoded plan lines may take in a comment. A larger plan's lines
 * are left out (the marker says so): they would crowd the comment's 65,536 characters.
 */
export const MAX_ENCODED_LINES = 16_000;

/**
 * The start of the hidden marker that opens the drift issue's body:
 * `<!-- audience-sync:drift key=<key> fingerprint=<fp> -->`.
 */
export const DRIFT_MARKER_PREFIX = '<!-- audience-sync:drift';
