// The Action's entry point: everything lives in main.ts, so tests can import it freely.
import { run } from './main.js';

void run();
