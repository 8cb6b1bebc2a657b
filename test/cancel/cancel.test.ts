/**
 * The two stages of a cancel over an emitter standing in for the process: the first
 * signal stops new writes and, after the grace, cuts the ones in flight; a second signal
 * cuts them at once; `dispose` gives the signals back. The grace runs on fake timers.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listenForCancel } from '../../src/cancel.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function listen(graceMs = 5_000) {
  const source = new EventEmitter();
  const said: string[] = [];
  const cancel = listenForCancel((m) => said.push(m), source as unknown as NodeJS.Process, graceMs);
  return { source, said, cancel };
}

describe('listenForCancel', () => {
  test('the first signal stops new writes; the grace then cuts those in flight', () => {
    const { source, said, cancel } = listen();
    expect(cancel.stop.aborted).toBe(false);
    source.emit('SIGINT', 'SIGINT');
    expect(cancel.received).toBe('SIGINT');
    expect(cancel.stop.aborted).toBe(true);
    expect(cancel.cut.aborted).toBe(false);
    expect(said).toEqual([
      'SIGINT: the run was cancelled. No new write starts; the writes in flight get 5 s to finish (a second signal cuts them now).',
    ]);
    vi.advanceTimersByTime(4_999);
    expect(cancel.cut.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(cancel.cut.aborted).toBe(true);
  });

  test('a second signal (GitHub follows SIGINT with SIGTERM) cuts at once, and says so once', () => {
    const { source, said, cancel } = listen();
    source.emit('SIGINT', 'SIGINT');
    source.emit('SIGTERM', 'SIGTERM');
    source.emit('SIGTERM', 'SIGTERM');
    expect(cancel.received).toBe('SIGINT');
    expect(cancel.cut.aborted).toBe(true);
    expect(said.slice(1)).toEqual(['SIGTERM: cutting the writes in flight now.']);
  });

  test('dispose stops listening and the pending cut', () => {
    const { source, cancel } = listen();
    source.emit('SIGTERM', 'SIGTERM');
    cancel.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(cancel.cut.aborted).toBe(false);
  });
});
