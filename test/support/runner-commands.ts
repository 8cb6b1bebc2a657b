/**
 * Reads a step's stdout the way GitHub's runner does, to find every workflow command it
 * would act on. The runner splits lines at CR LF, CR or LF; a line is a command when it
 * starts with `::name …::` after .NET's whitespace trim (which includes U+0085), or when
 * it holds `##[name …]` anywhere. After `::stop-commands::TOKEN` nothing is a command
 * until the line `::TOKEN::`.
 */

/** .NET's `Char.IsWhiteSpace`, as `String.TrimStart()` uses it. */
const DOTNET_WHITESPACE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the runner trims these control characters
  /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** One command the runner would run: its name and its whole line. */
export interface RunnerCommand {
  name: string;
  line: string;
}

function parseV2(line: string): string | undefined {
  const trimmed = line.replace(DOTNET_WHITESPACE, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  return space < 0 ? info : info.slice(0, space);
}

function parseV1(line: string): string | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + 3, end);
  const space = info.indexOf(' ');
  return space < 0 ? info : info.slice(0, space);
}

/** Every command the runner would act on in `stdout`, in order (the fence's own lines included). */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const name = parseV2(line) ?? parseV1(line);
    if (name === undefined) continue;
    if (stopToken !== undefined) {
      // Only the end token is read while commands are stopped.
      if (name === stopToken) {
        stopToken = undefined;
        commands.push({ name, line });
      }
      continue;
    }
    commands.push({ name, line });
    if (name === 'stop-commands') {
      const trimmed = line.replace(DOTNET_WHITESPACE, '');
      const token = trimmed.startsWith('::') ? trimmed.slice(trimmed.indexOf('::', 2) + 2) : '';
      stopToken = token === '' ? undefined : token;
    }
  }
  return commands;
}
