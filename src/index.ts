// The Action's entry point: everything lives in main.ts, so tests can import it freely.
import * as core from '@actions/core';
import { useLoadWorker } from './config/parallel.js';
import { run } from './main.js';

// The bundle sits in dist/, its load worker in dist/load-worker/ (a variable, so that the
// bundler leaves the path alone).
const LOAD_WORKER = './load-worker/index.js';
useLoadWorker({
  url: new URL(LOAD_WORKER, import.meta.url),
  debug: core.debug,
  warning: (message) => core.warning(message),
});

void run();
