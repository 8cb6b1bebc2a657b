/**
 * The Action's logic entry point: `run()`, which `src/index.cjs` calls in the bundle and
 * which GitHub's local runner (`@github/local-action`) imports and calls itself.
 */
export { run } from './run.js';
