// The Action's entry point: everything lives in main.ts, so tests can import it freely.
import { useLoadWorker } from './config/parallel.js';
import { runner } from './github/runner.js';
import { run } from './main.js';

// The bundle sits in dist/, its load worker in dist/load-worker/ (a variable, so that the
// bundler leaves the path alone).
const LOAD_WORKER = './load-worker/index.js';
useLoadWorker({
  url: new URL(LOAD_WORKER, import.meta.url),
  debug: runner.debug,
  warning: (message) => runner.warning(message),
});

void run();
