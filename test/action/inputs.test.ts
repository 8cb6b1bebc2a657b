/**
 * `getInputs()` and the names of `src/constants.ts`, against `action.yml` itself. The
 * input source is the seam `@actions/core` fills in a run; here a map.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  type ActionInputs,
  checkInputsForEvent,
  getInputs,
  InputError,
  type InputSource,
} from '../../src/action/inputs.js';
import { InputDefaults, Inputs, Outputs } from '../../src/constants.js';
import { readRunContext } from '../../src/github/context.js';
import { infoUntrusted, looksLikeCommand } from '../../src/github/log.js';
import { ROOT } from './harness.js';

/** An input source over a map, recording what was read and masked, in order. */
function source(values: Record<string, string> = {}) {
  const events: string[] = [];
  const src: InputSource = {
    getInput: (name) => {
      events.push(`read ${name}`);
      return values[name] ?? '';
    },
    setSecret: (value) => {
      events.push(`mask ${value}`);
    },
  };
  return { src, events };
}

function inputError(values: Record<string, string>): InputError {
  try {
    getInputs(source(values).src);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

describe('getInputs', () => {
  test('resolves every default', () => {
    const inputs = getInputs(source().src);
    expect(inputs).toEqual({
      command: 'sync',
      credentials: undefined,
      workspace: '',
      paths: ['audiences'],
      dryRun: true,
      prune: false,
      ignore: [],
      maxDeletes: 10,
      concurrency: 4,
      comment: true,
      commentOn: 'always',
      failOnDrift: false,
      driftIssue: false,
      allowApplyOnPr: false,
      onPlanChange: 'fail',
      verifyBeforeWrite: false,
      allowDeletesLabel: 'audience-sync/allow-deletes',
      githubToken: '',
      apiUrl: 'https://app.neuroflash.com/api',
      tokenUrl: 'https://id.neuroflash.com/oauth/v2/token',
    } satisfies ActionInputs);
  });

  test('reads given values, multi-line inputs one per line without blanks or comments', () => {
    const inputs = getInputs(
      source({
        'client-id': 'id-1',
        'client-secret': 'secret-1',
        path: 'audiences/marketing\n\n  # the sales team, later\n  audiences/shared/**/*.yml  \n',
        ignore: 'Legacy *\n# keep\nTemp/*',
        'dry-run': 'False',
        prune: 'TRUE',
        'max-deletes': '0',
        concurrency: '32',
        'comment-on': 'changes',
        'api-url': 'http://127.0.0.1:4010/api',
      }).src,
    );
    expect(inputs).toMatchObject({
      credentials: { clientId: 'id-1', clientSecret: 'secret-1' },
      paths: ['audiences/marketing', 'audiences/shared/**/*.yml'],
      ignore: ['Legacy *', 'Temp/*'],
      dryRun: false,
      prune: true,
      maxDeletes: 0,
      concurrency: 32,
      commentOn: 'changes',
      apiUrl: 'http://127.0.0.1:4010/api',
    });
  });

  test('masks the client secret and the token before reading anything else', () => {
    const { src, events } = source({
      'client-secret': 'the-secret',
      'github-token': 'ghs_token',
      'max-deletes': 'many',
    });
    expect(() => getInputs(src)).toThrow(InputError);
    expect(events.slice(0, 4)).toEqual([
      'read client-secret',
      'mask the-secret',
      'read github-token',
      'mask ghs_token',
    ]);
  });

  test.each([
    [
      { 'max-deletes': 'ten' },
      'max-deletes',
      'input `max-deletes` must be a whole number ≥ 0, got `ten`',
    ],
    [
      { 'max-deletes': '-1' },
      'max-deletes',
      'input `max-deletes` must be a whole number ≥ 0, got `-1`',
    ],
    [
      { 'max-deletes': '2.5' },
      'max-deletes',
      'input `max-deletes` must be a whole number ≥ 0, got `2.5`',
    ],
    [
      { concurrency: '0' },
      'concurrency',
      'input `concurrency` must be a whole number from 1 to 32, got `0`',
    ],
    [
      { concurrency: '33' },
      'concurrency',
      'input `concurrency` must be a whole number from 1 to 32, got `33`',
    ],
    [{ 'dry-run': 'yes' }, 'dry-run', 'input `dry-run` must be `true` or `false`, got `yes`'],
    [{ prune: 'on' }, 'prune', 'input `prune` must be `true` or `false`, got `on`'],
    [{ command: 'apply' }, 'command', 'input `command` must be `sync` or `export`, got `apply`'],
    [
      { 'comment-on': 'never' },
      'comment-on',
      'input `comment-on` must be `always` or `changes`, got `never`',
    ],
    [
      { 'on-plan-change': 'ignore' },
      'on-plan-change',
      'input `on-plan-change` must be `fail` or `warn`, got `ignore`',
    ],
    [
      { 'api-url': 'app.neuroflash.com' },
      'api-url',
      'input `api-url` must be an http(s) URL, got `app.neuroflash.com`',
    ],
    [
      { 'token-url': 'ftp://id.example/t' },
      'token-url',
      'input `token-url` must be an http(s) URL, got `ftp://id.example/t`',
    ],
    [{ path: '# nothing\n\n' }, 'path', 'input `path` must name at least one folder, file or glob'],
  ])('refuses %o, naming the input and the value', (values, input, message) => {
    const error = inputError(values);
    expect(error.input).toBe(input);
    expect(error.message).toBe(message);
  });

  test('refuses one credential without the other, without echoing the secret', () => {
    const onlySecret = inputError({ 'client-secret': 'do-not-print' });
    expect(onlySecret.message).toBe(
      'inputs `client-id` and `client-secret` go together: `client-secret` is set but `client-id` is empty. Set both, or neither to validate the files only',
    );
    expect(onlySecret.input).toBe('client-id');
    const onlyId = inputError({ 'client-id': 'id-1' });
    expect(onlyId.input).toBe('client-secret');
  });
});

describe('checkInputsForEvent', () => {
  const apply = { ...getInputs(source().src), dryRun: false };

  test('refuses `dry-run: false` on both pull request events', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(() => checkInputsForEvent(apply, event)).toThrow(
        `input \`dry-run: false\` on a \`${event}\` event would apply unmerged changes; refused.`,
      );
    }
  });

  test('refuses it on review events, and on a comment on a pull request', () => {
    for (const event of ['pull_request_review', 'pull_request_review_comment']) {
      expect(() => checkInputsForEvent(apply, event)).toThrow(
        `input \`dry-run: false\` on a \`${event}\` event would apply unmerged changes; refused.`,
      );
    }
    expect(() => checkInputsForEvent(apply, 'issue_comment', true)).toThrow(
      'input `dry-run: false` on an `issue_comment` event on a pull request would apply unmerged changes; refused.',
    );
    // A comment on an issue that is not a pull request runs on the default branch.
    expect(() => checkInputsForEvent(apply, 'issue_comment')).not.toThrow();
    expect(() =>
      checkInputsForEvent({ ...apply, allowApplyOnPr: true }, 'issue_comment', true),
    ).not.toThrow();
  });

  test('allows it with `allow-apply-on-pr`, on other events, and in dry-run', () => {
    expect(() =>
      checkInputsForEvent({ ...apply, allowApplyOnPr: true }, 'pull_request'),
    ).not.toThrow();
    expect(() => checkInputsForEvent(apply, 'push')).not.toThrow();
    expect(() => checkInputsForEvent({ ...apply, dryRun: true }, 'pull_request')).not.toThrow();
  });
});

describe('the names match action.yml', () => {
  test('inputs, their defaults, and outputs', async () => {
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const expected =
        name === Inputs.GitHubToken ? '' : InputDefaults[name as keyof typeof InputDefaults];
      const actual = name === Inputs.GitHubToken ? '' : String(spec.default ?? '');
      expect([name, actual]).toEqual([name, expected]);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
  });
});

describe('readRunContext', () => {
  test('reads the PR, the run URL and the checkout from the environment', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'ctx-'));
    const event = join(dir, 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 9,
          head: { sha: 'headsha' },
          labels: [{ name: 'a' }, { name: 'b' }],
        },
      }),
    );
    const context = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/audiences',
      GITHUB_SERVER_URL: 'https://github.example/',
      GITHUB_RUN_ID: '77',
      GITHUB_SHA: 'mergesha',
      GITHUB_WORKSPACE: '/checkout',
    });
    expect(context).toEqual({
      eventName: 'pull_request_target',
      repo: { owner: 'acme', repo: 'audiences' },
      pullRequest: { number: 9, headSha: 'headsha', labels: ['a', 'b'] },
      onPullRequest: true,
      sha: 'mergesha',
      runUrl: 'https://github.example/acme/audiences/actions/runs/77',
      workspaceDir: '/checkout',
      payloadProblem: undefined,
    });
  });

  test('a review, or a comment on a pull request, is on a pull request; a comment on an issue is not', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'ctx-'));
    const onPull = join(dir, 'on-pull.json');
    const onIssue = join(dir, 'on-issue.json');
    await writeFile(onPull, JSON.stringify({ issue: { number: 9, pull_request: { url: 'u' } } }));
    await writeFile(onIssue, JSON.stringify({ issue: { number: 9 } }));
    const read = (event: string, path: string) =>
      readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path }, '/cwd');
    expect(read('issue_comment', onPull).onPullRequest).toBe(true);
    expect(read('issue_comment', onIssue).onPullRequest).toBe(false);
    expect(read('pull_request_review', onIssue).onPullRequest).toBe(true);
    expect(read('pull_request_review_comment', onIssue).onPullRequest).toBe(true);
    expect(read('push', onPull).onPullRequest).toBe(false);
    // Only the plan events comment, so only they read the pull request.
    expect(read('pull_request_review', onIssue).pullRequest).toBeUndefined();
  });

  test('a push has no pull request; an unreadable payload is reported, not thrown', () => {
    const context = readRunContext(
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/no/such/event.json' },
      '/cwd',
    );
    expect(context.pullRequest).toBeUndefined();
    expect(context.runUrl).toBeUndefined();
    expect(context.workspaceDir).toBe('/cwd');
    expect(context.payloadProblem).toMatch(
      /^could not read the event payload \/no\/such\/event\.json/,
    );
  });
});

describe('infoUntrusted', () => {
  test('fences text with a command line between stop-commands and a fresh end token', () => {
    const lines: string[] = [];
    infoUntrusted('- delete  Evil\n  ::add-mask::x\n##[error]y', (l) => lines.push(l));
    expect(lines).toHaveLength(3);
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0] ?? '')?.[1];
    expect(token).toBeDefined();
    expect(lines.slice(1)).toEqual(['- delete  Evil\n  ::add-mask::x\n##[error]y', `::${token}::`]);

    const again: string[] = [];
    infoUntrusted('::warning::z', (l) => again.push(l));
    expect(again[0]).not.toBe(lines[0]);
  });

  test('writes plain text as it is', () => {
    const lines: string[] = [];
    infoUntrusted('+ create  Marketing leaders :: fine', (l) => lines.push(l));
    expect(lines).toEqual(['+ create  Marketing leaders :: fine']);
    expect(looksLikeCommand('a\r::error::b')).toBe(true);
  });
});
