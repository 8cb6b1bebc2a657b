/**
 * End to end, the log: audience names are the files' and neuroflash's text, and a name
 * with `##[command]` in it must never reach stdout as a workflow command,
 * whichever layer logs it (here the client, finding a create whose response was lost).
 */
import { describe, test } from 'vitest';
import { runnerCommands } from '../support/runner-commands.js';
import { audience, runAction, startWorld, yamlFile } from './harness.js';

describe('audience names in the log', () => {
  test('a create found after its lost response logs the name fenced, with no command of its own', async ({
    expect,
  }) => {
    const w = await startWorld();
    try {
      // A name cannot hold a line break (the loader refuses control characters), but the
      // runner reads `##[` anywhere in a line.
      const name = 'Evil ##[error file=audiences/a.yml;line=1]forged annotation';
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
      expect(result.stdout).toContain('forged annotation');
      const commands = runnerCommands(result.stdout);
      expect(commands.filter((c) => c.line.includes('forged'))).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
