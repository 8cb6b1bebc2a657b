// The command line's process wiring: runs the CLI against the real process. Shared by the
// bundle's CommonJS entry (src/cli-entry.cjs) and the dev entry (src/cli-entry.ts).
import type { Interface } from 'node:readline';
import { runCli } from './cli.js';
import { useLoadWorker } from './config/parallel.js';

/**
 * One question on the terminal, answered by a line on stdin. The question goes to
 * stderr so that stdout holds only the report. End of input (Ctrl-D) and Ctrl-C are an
 * empty answer, which is a no.
 */
async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline');
  return new Promise((resolve) => {
    const rl: Interface = createInterface({
      input: process.stdin,
      output: process.stderr,
      terminal: true,
    });
    let answered = false;
    rl.on('close', () => {
      if (!answered) {
        process.stderr.write('\n');
        resolve('');
      }
    });
    // Without a listener, readline would only pause on Ctrl-C and leave the question open.
    rl.on('SIGINT', () => rl.close());
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}

/** Runs the CLI on this process's arguments and streams; sets the exit code. */
export async function main(loadWorker: URL): Promise<void> {
  useLoadWorker({
    url: loadWorker,
    warning: (message) => process.stderr.write(`audience-sync: warning: ${message}\n`),
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    // Only a person at a terminal can answer a question.
    ...(process.stdin.isTTY ? { ask } : {}),
  });
}
