// The command line's entry point: runs the CLI against the real process.
// First, so that its settings apply to everything that loads after it.
import './v8-tuning.js';
import { createInterface } from 'node:readline';
import { runCli } from './cli.js';
import { useLoadWorker } from './config/parallel.js';

// The bundle sits in dist/cli/, its load worker in dist/load-worker/ (a variable, so that
// the bundler leaves the path alone).
const LOAD_WORKER = '../load-worker/index.js';
useLoadWorker({
  url: new URL(LOAD_WORKER, import.meta.url),
  warning: (message) => process.stderr.write(`audience-sync: warning: ${message}\n`),
});

/**
 * One question on the terminal, answered by a line on stdin. The question goes to
 * stderr so that stdout holds only the report. End of input (Ctrl-D) and Ctrl-C are an
 * empty answer, which is a no.
 */
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
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

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  // Only a person at a terminal can answer a question.
  ...(process.stdin.isTTY ? { ask } : {}),
});
