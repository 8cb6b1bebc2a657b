// The command line's entry point: runs the CLI against the real process.
// First, so that its settings apply to everything that loads after it.
import './v8-tuning.js';
import { runCli } from './cli.js';
import { useLoadWorker } from './config/parallel.js';

// The bundle sits in dist/cli/, its load worker in dist/load-worker/ (a variable, so that
// the bundler leaves the path alone).
const LOAD_WORKER = '../load-worker/index.js';
useLoadWorker({
  url: new URL(LOAD_WORKER, import.meta.url),
  warning: (message) => process.stderr.write(`audience-sync: warning: ${message}\n`),
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});
