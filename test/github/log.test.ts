/**
 * The log fence against the runner's real rules: `::` at the start of a line after .NET's
 * whitespace trim (U+0085 included), and `##[` anywhere in a line.
 */
import { describe, expect, it } from 'vitest';
import { infoUntrusted, looksLikeCommand } from '../../src/github/log.js';
import { runnerCommands } from '../support/runner-commands.js';

/** Hostile remote text: each would run a command if printed as it is. */
const HOSTILE = [
  'Munich ##[error file=audiences/a.yml;line=1]forged annotation',
  'Berlin ##[stop-commands]swallow',
  'Name\n\u0085::warning::forged warning',
  'Name\r::add-mask::Plan',
  '\u2003::error::em space',
  'Name\n\u2028\u00a0::notice::line separator and no-break space are trimmed',
  'Clear \u001b[2J screen and \u001b]52;c;ZXZpbA==\u0007 clipboard',
];

function printed(text: string): string {
  const lines: string[] = [];
  infoUntrusted(text, (line) => lines.push(line));
  return lines.join('\n');
}

describe('the log fence', () => {
  for (const text of HOSTILE.slice(0, 6)) {
    it(`fences ${JSON.stringify(text)} so the runner reads no command in it`, () => {
      expect(looksLikeCommand(text)).toBe(true);
      // Printed raw, the runner would act on it…
      expect(runnerCommands(text).length).toBeGreaterThan(0);
      // …printed through the fence (or with its controls escaped), only the fence's own
      // commands remain.
      const commands = runnerCommands(printed(`before\n${text}\nafter`));
      const fence = (name: string) => name === 'stop-commands' || /^[0-9a-f]{32}$/.test(name);
      expect(commands.filter((c) => !fence(c.name))).toEqual([]);
    });
  }

  it('leaves plain text unfenced', () => {
    for (const text of ['Marketing leaders', 'a :: b', 'x ## [y]', 'two\nlines\tand a tab']) {
      expect(looksLikeCommand(text)).toBe(false);
      expect(printed(text)).toBe(text);
    }
  });

  it('writes terminal escapes (ESC[2J, OSC 52) and bidi controls as visible text', () => {
    expect(printed(HOSTILE[6] ?? '')).toBe(
      'Clear \\x1b[2J screen and \\x1b]52;c;ZXZpbA==\\x07 clipboard',
    );
    expect(printed('a\u202eb\u0085c')).toBe('a\\u202eb\\x85c');
  });

  it('the reader follows the runner: `##[` anywhere, `::` after the trim, the fence honoured', () => {
    expect(runnerCommands('x ##[error]y').map((c) => c.name)).toEqual(['error']);
    expect(runnerCommands('\u0085::warning::y').map((c) => c.name)).toEqual(['warning']);
    expect(runnerCommands('\ufeff::warning::y')).toEqual([]);
    expect(
      runnerCommands('::stop-commands::t1\n::add-mask::x\n##[error]z\n::t1::\n::add-mask::y').map(
        (c) => c.name,
      ),
    ).toEqual(['stop-commands', 't1', 'add-mask']);
  });
});
