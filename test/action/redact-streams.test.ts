/**
 * The Action's stdout and stderr pass through the one redactor, whoever writes to them
 * (`console`, `@actions/core`, a dependency), except the `::add-mask::` commands that the
 * runner must read as they are. Run in a child process, since it wraps the real streams.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = "Qz stream secret !~'*()";

test('every write is redacted, in every form, and add-mask passes unchanged', () => {
  const script = `
    import * as core from '@actions/core';
    import { redactStandardStreams } from './src/action/redact-streams.ts';
    import { infoUntrusted } from './src/github/log.ts';
    import { registerSecret } from './src/redact.ts';
    redactStandardStreams();
    const secret = ${JSON.stringify(SECRET)};
    registerSecret(secret);
    core.setSecret(secret);
    console.log('console', secret);
    process.stdout.write('raw ' + encodeURIComponent(secret) + '\\n');
    process.stdout.write(Buffer.from('buffer ' + secret + '\\n'));
    core.error('annotated ' + new URLSearchParams({ s: secret }).toString(), { file: 'a/' + secret + '.yml' });
    console.error('stderr', JSON.stringify({ secret }));
    infoUntrusted('fenced\\n::error::' + new URLSearchParams({ s: secret }).toString());
  `;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  const lines = `${child.stdout}${child.stderr}`.split('\n').filter((l) => l !== '');
  expect(lines).toEqual([
    `::add-mask::${SECRET}`,
    'console ***',
    'raw ***',
    'buffer ***',
    '::error file=a/***.yml::annotated s=***',
    expect.stringMatching(/^::stop-commands::[0-9a-f]{32}$/),
    'fenced',
    '::error::s=***',
    expect.stringMatching(/^::[0-9a-f]{32}::$/),
    'stderr {"secret":"***"}',
  ]);
});
