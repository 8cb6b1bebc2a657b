// The Action's entry point in the bundle: dist/index.js calls run(). The logic lives in
// src/action/, whose index.ts is the entry point that a test or the local runner imports.
import { run } from './action/index.js';

// The bundle sits in dist/, its load worker in dist/load-worker/ (a variable, so that the
// bundler leaves the path alone).
const LOAD_WORKER = './load-worker/index.js';

void run({ loadWorker: new URL(LOAD_WORKER, import.meta.url) });
