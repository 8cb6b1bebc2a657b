/**
 * The load worker's entry point (bundled to `dist/load-worker/`): checks the files it is
 * given and posts the result back. See `parallel.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AudienceSource, checkFiles } from './check.js';

const { sources } = workerData as { sources: AudienceSource[] };
parentPort?.postMessage(checkFiles(sources));
