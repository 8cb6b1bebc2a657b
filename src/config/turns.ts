/**
 * The loader's time slices: a monotonic clock in milliseconds, and one turn of the event
 * loop. Built on `process.hrtime` and the global `setImmediate` rather than
 * `performance.now()` and `node:timers/promises`, which load about a dozen of Node's own
 * modules that a validate-only run has no other use for: every Action run pays its
 * start-up.
 */

/** Milliseconds on a monotonic clock (only differences mean anything). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Resolves after the event loop has turned once (I/O callbacks included). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
