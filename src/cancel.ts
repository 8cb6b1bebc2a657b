/**
 * Cancellation of an apply, for the Action and the CLI alike. GitHub cancels a step with
 * SIGINT, then SIGTERM some seconds later, then kills it; a terminal sends SIGINT on
 * Ctrl-C. The first signal starts no new write; the writes in flight get a grace period
 * to finish, which a second signal ends at once by cutting them. Either way the caller
 * goes on to report what was done and what was not.
 */

/** How long writes in flight may finish after the first signal before they are cut. */
export const CANCEL_GRACE_MS = 5_000;

/** The two stages of a cancel, as the applier and the client take them. */
export interface Cancellation {
  /** Fires at the first SIGINT or SIGTERM: no new write starts (`ApplyOptions.signal`). */
  stop: AbortSignal;
  /** Fires after the grace, or at a second signal: calls in flight are cut (`ConnectionSettings.signal`). */
  cut: AbortSignal;
  /** The name of the first signal, once one came. */
  readonly received: string | undefined;
  /** Stops listening: the process's default handling of the signals returns. */
  dispose(): void;
}

/** Where the signals come from: the process, or a test's emitter. */
export type SignalSource = Pick<NodeJS.Process, 'on' | 'off'>;

/**
 * Listens for SIGINT and SIGTERM on `source` for the rest of the run. `say` is told when
 * a signal arrives, so that the log shows the run winding down.
 */
export function listenForCancel(
  say: (message: string) => void,
  source: SignalSource = process,
  graceMs: number = CANCEL_GRACE_MS,
): Cancellation {
  const stop = new AbortController();
  const cut = new AbortController();
  let received: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (received !== undefined) {
      if (!cut.signal.aborted) say(`${name}: cutting the writes in flight now.`);
      cut.abort();
      return;
    }
    received = name;
    say(
      `${name}: the run was cancelled. No new write starts; the writes in flight get ${graceMs / 1000} s to finish (a second signal cuts them now).`,
    );
    stop.abort();
    timer = setTimeout(() => cut.abort(), graceMs);
    timer.unref();
  };
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);
  return {
    stop: stop.signal,
    cut: cut.signal,
    get received() {
      return received;
    },
    dispose() {
      if (timer) clearTimeout(timer);
      source.off('SIGINT', onSignal);
      source.off('SIGTERM', onSignal);
    },
  };
}
