/**
 * End to end, the log: audience names are the files' and neuroflash's text, and a name
 * with a newline and `::command::` in it must never reach stdout as a workflow command,
 * whichever layer logs it (here the client, finding a create whose response was lost).
 */
import { describe, test } from 'vitest';
import { audience, runAction, startWorld, yamlFile } from './harness.js';

/**
 * The workflow commands the runner would act on in `stdout`: the lines starting with
 * `::`, except those between `::stop-commands::<token>` and `::<token>::`.
 */
function activeCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (/^\s*::/.test(line)) commands.push(line.trim());
  }
  return commands;
}

describe('audience names in the log', () => {
  test('a create found after its lost response logs the name fenced, with no command of its own', async ({
    expect,
  }) => {
    const w = await startWorld();
    try {
      const name =
        'Evil name\n::error file=audiences/a.yml,line=1::forged annotation\n::add-mask::Plan';
      w.emulator.addFault({
        method: 'POST',
        path: 'target-audiences',
        times: 1,
        action: { kind: 'commit-then-drop' },
      });
      const result = await runAction(w, {
        event: 'push',
        inputs: { 'dry-run': 'false' },
        files: { 'audiences/a.yml': yamlFile(audience(name)) },
      });
      expect(result.code).toBe(0);
      // The client did find the create that landed, and said so with the name in it.
      expect(w.emulator.snapshot().map((a) => a.name)).toEqual([name]);
      expect(result.stdout).toContain('::add-mask::Plan');
      const commands = activeCommands(result.stdout);
      expect(commands.filter((c) => c.includes('forged'))).toEqual([]);
      expect(commands).not.toContain('::add-mask::Plan');
    } finally {
      await w.close();
    }
  });

  test('the reader of commands honours the fence', ({ expect }) => {
    expect(
      activeCommands(
        '::group::Apply\n::stop-commands::t1\n::add-mask::x\n::t1::\n::add-mask::y\n  ::error::z',
      ),
    ).toEqual(['::group::Apply', '::add-mask::y', '::error::z']);
  });
});
