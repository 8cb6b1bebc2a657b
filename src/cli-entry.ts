// The command line's entry point from source (`npm run cli`, tests through tsx); the
// bundle starts from src/cli-entry.cjs instead.
// First, so that its settings apply to everything that loads after it.
import './v8-tuning.js';
import { main } from './cli-main.js';

// The worker sits beside the bundle; from source there is none, and the load runs here.
await main(new URL('../load-worker/index.js', import.meta.url));
