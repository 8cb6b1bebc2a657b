/**
 * End to end, the trust boundary of the built Action on a pull request: a file of the
 * pull request that is a symbolic link out of the workspace, and remote names and values
 * written to forge workflow commands. The client secret and the GitHub token must appear
 * in no channel (stdout and stderr outside `::add-mask::`, outputs, summary, annotations,
 * the stored PR comment), and the runner must read no command in remote text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, type TestContext, test } from 'vitest';
import { runnerCommands } from '../support/runner-commands.js';
import {
  annotations,
  audience,
  HEAD_SHA,
  type RunResult,
  randomSecret,
  runAction,
  testWorld,
  visibleText,
  type World,
  yamlFile,
} from './harness.js';

async function world(context: TestContext, emulator: Record<string, unknown> = {}) {
  const w = await testWorld(context, {
    emulator: {
      clients: [
        {
          clientId: 'audience-sync-ci',
          clientSecret: randomSecret("nf secret !~'*() "),
          userId: '7d0c1a52-2d0e-4d7a-9d0a-000000000001',
          customerId: 42,
        },
      ],
      ...emulator,
    },
    github: { token: randomSecret('ghs_') },
  });
  w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
  return w;
}

/** Every form of every secret, in every channel a person or a later step can read. */
function expectNoSecrets(context: TestContext, w: World, run: RunResult): void {
  const secret = w.emulator.clientSecret;
  const forms = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    w.github.token,
    ...w.issuedTokens,
  ];
  const comments = w.github.comments(7).map((c) => c.body);
  const channels = { visible: visibleText(run), comments: comments.join('\n') };
  for (const [channel, text] of Object.entries(channels)) {
    for (const form of forms) context.expect(text, `${channel} holds a secret`).not.toContain(form);
  }
}

/** The error annotations that point at a file. */
function fileAnnotations(result: RunResult): string[] {
  return annotations(result.stdout, 'error').filter((line) => line.includes('file='));
}

describe.concurrent('files of a pull request that lead out of the workspace', () => {
  test('a symbolic link to /proc/self/environ: an error at the link, no secret anywhere', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const result = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
      symlinks: { 'audiences/env.yml': '/proc/self/environ' },
    });

    expect(result.code).not.toBe(0);
    expect(result.outputs['failure-reason']).toBe('invalid');
    expect(fileAnnotations(result)).toEqual([
      expect.stringMatching(/[ ,]file=audiences\/env\.yml,line=1,col=1::.*outside the workspace/),
    ]);
    // The environment was never read: not even a variable name reached any channel.
    expect(visibleText(result)).not.toContain('INPUT_CLIENT-SECRET');
    const comment = w.github.comments(7)[0]?.body ?? '';
    expect(comment).toContain('audiences/env.yml');
    expect(comment).not.toContain('INPUT_');
    expectNoSecrets(context, w, result);
  });

  test('a symbolic link to a file outside the workspace: an error at the link, its content never shown', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const outside = await mkdtemp(join(tmpdir(), 'audience-sync-outside-'));
    context.onTestFinished(() => rm(outside, { recursive: true, force: true }));
    // A credentials file elsewhere on the runner: not YAML an audience would be.
    await writeFile(
      join(outside, 'credentials'),
      `client_secret=${w.emulator.clientSecret}\ngithub_token=${w.github.token}\n`,
    );
    const result = await runAction(w, {
      event: 'pull_request',
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
      symlinks: { 'audiences/creds.yml': join(outside, 'credentials') },
    });

    expect(result.code).not.toBe(0);
    expect(fileAnnotations(result)).toEqual([
      expect.stringMatching(/[ ,]file=audiences\/creds\.yml,line=1,col=1::.*outside the workspace/),
    ]);
    expect(visibleText(result)).not.toContain('client_secret=');
    expect(w.github.comments(7)[0]?.body ?? '').not.toContain('client_secret=');
    expectNoSecrets(context, w, result);
  });
});

/** Remote text written to forge commands: each would act if the Action printed it as it is. */
const FORGED = {
  workspace: 'Acme ##[error file=audiences/a.yml;line=1]forged by the workspace name',
  value: 'Munich ##[error file=audiences/a.yml;line=1]forged by a value',
  names: [
    'Swallow ##[stop-commands]forged-stop',
    'Line\n\u0085::warning::forged by NEL',
    'Line\r::add-mask::Plan forged',
    'Clear \u001b[2J and \u001b]52;c;Zm9yZ2Vk\u0007 forged escapes',
  ],
};

describe.concurrent('remote text in the log', () => {
  test('names and values holding ##[…], NEL + ::, and terminal escapes run no command', async (context) => {
    const { expect } = context;
    const w = await world(context, {
      workspaces: [{ id: 'ws-1', name: FORGED.workspace }],
    });
    w.emulator.seed([
      audience('Marketing leaders', { residence: FORGED.value }),
      ...FORGED.names.map((name) => audience(name)),
    ]);
    const result = await runAction(w, {
      event: 'pull_request',
      inputs: { prune: 'true' },
      files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
    });

    // The plan was made and shows the remote text (fenced): an update and four deletes.
    expect(result.outputs.updates).toBe('1');
    expect(result.outputs.deletes).toBe('4');
    expect(result.stdout).toContain('forged by a value');
    // Read in a terminal (`gh run view --log`), the log clears no screen, sets no clipboard.
    expect(result.stdout.includes('\u001b') || result.stdout.includes('\u0007')).toBe(false);
    const commands = runnerCommands(result.stdout);
    expect(commands.filter((c) => /forged/.test(c.line))).toEqual([]);
    // Every fence closes, so the Action's own later commands are still read.
    const names = commands.map((c) => c.name);
    expect(names.filter((n) => n === 'stop-commands').length).toBeGreaterThan(0);
    expect(new Set(names)).not.toContain('warning');
    expect(names.at(-1)).not.toBe('stop-commands');
    expectNoSecrets(context, w, result);
  });
});

describe.concurrent("the Action's own limits", () => {
  test('http:// to a host that is not loopback is refused before any request to neuroflash', async (context) => {
    const { expect } = context;
    const w = await world(context);
    for (const [input, value] of [
      ['token-url', 'http://id.neuroflash.example/oauth/v2/token'],
      ['api-url', 'http://10.1.2.3/api'],
    ] as const) {
      const result = await runAction(w, {
        event: 'pull_request',
        inputs: { [input]: value },
        files: { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) },
      });
      expect(result.code).not.toBe(0);
      expect(result.outputs['failure-reason']).toBe('invalid');
      expect(result.stdout).toContain(
        `input \`${input}\` uses http:// to ${new URL(value).host}, which is not loopback; credentials are sent only over https://`,
      );
      expectNoSecrets(context, w, result);
    }
    expect(w.emulator.requests).toEqual([]);
    expect(w.issuedTokens).toEqual([]);
  });

  test('max-file-size: a file over the cap is an error at its path; the input raises it', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const files = { 'audiences/a.yml': yamlFile(audience('Marketing leaders')) };
    const size = Buffer.byteLength(files['audiences/a.yml']);
    const small = await runAction(w, {
      event: 'pull_request',
      inputs: { 'max-file-size': String(size - 1) },
      files,
    });
    expect(small.outputs['failure-reason']).toBe('invalid');
    expect(fileAnnotations(small)).toEqual([
      expect.stringMatching(
        /[ ,]file=audiences\/a\.yml,line=1,col=1::the file is \d+ bytes, over the limit/,
      ),
    ]);
    const enough = await runAction(w, {
      event: 'pull_request',
      inputs: { 'max-file-size': '1KiB' },
      files,
    });
    expect(enough.code).toBe(0);
    const wrong = await runAction(w, {
      event: 'pull_request',
      inputs: { 'max-file-size': 'a lot' },
      files,
    });
    expect(wrong.outputs['failure-reason']).toBe('invalid');
    expect(wrong.stdout).toContain(
      'input `max-file-size` must be a size in bytes such as 1048576, 512KiB or 2MiB, got `a lot`',
    );
  });

  test('every channel passes through the redactor: a file named after the secret', async (context) => {
    const { expect } = context;
    const w = await world(context);
    // Only a test knows the secret; it stands for any secret that reaches a message.
    const encoded = new URLSearchParams({ s: w.emulator.clientSecret }).toString().slice(2);
    const file = `audiences/${encoded}.yml`;
    const result = await runAction(w, {
      event: 'pull_request',
      files: { [file]: 'name: [unclosed\n' },
    });
    expect(result.outputs['failure-reason']).toBe('invalid');
    // The problem was reported (in every channel), with the name masked.
    expect(fileAnnotations(result)).toEqual([expect.stringContaining('file=audiences/***.yml')]);
    // Markdown shows the mask escaped: \*\*\*.
    const masked = /audiences\/(\\?\*){3}\.yml/;
    expect(result.summary).toMatch(masked);
    expect(w.github.comments(7)[0]?.body ?? '').toMatch(masked);
    expect(visibleText(result)).not.toContain(encoded);
    expectNoSecrets(context, w, result);
  });

  test('export refuses a folder outside the workspace, by path or through a link, before reading neuroflash', async (context) => {
    const { expect } = context;
    const w = await world(context);
    const outside = await mkdtemp(join(tmpdir(), 'audience-sync-export-out-'));
    context.onTestFinished(() => rm(outside, { recursive: true, force: true }));
    for (const [path, symlinks] of [
      ['../exported', {}],
      [outside, {}],
      ['linked/audiences', { linked: outside }],
    ] as const) {
      const result = await runAction(w, {
        event: 'workflow_dispatch',
        inputs: { command: 'export', path },
        symlinks,
      });
      expect(result.outputs['failure-reason']).toBe('invalid');
      expect(result.stdout).toContain(`input \`path\` \`${path}\` resolves outside the workspace`);
    }
    expect(w.emulator.requests).toEqual([]);
  });
});
