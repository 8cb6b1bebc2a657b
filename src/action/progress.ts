/** The log lines of an apply: one per change as it ends, and one per change not applied. */
import type { ChangeResult } from '../model.js';

const STATUS_MARK: Record<ChangeResult['status'], string> = {
  done: '✓',
  failed: '✗',
  skipped: '↷',
  conflict: '⚠',
};

/** `[done/total] ✓ kind name`, with the error when there is one. */
export function progressLine(done: number, total: number, r: ChangeResult): string {
  const what =
    r.change.kind === 'rename' ? `${r.change.fromName} → ${r.change.name}` : r.change.name;
  const why = r.error ? `: ${r.error}` : '';
  return `[${done}/${total}] ${STATUS_MARK[r.status]} ${r.change.kind} ${JSON.stringify(what).slice(1, -1)}${why}`;
}

/** `✗ kind name: why` for a change that was not applied. */
export function unappliedLine(r: ChangeResult): string {
  return `${STATUS_MARK[r.status]} ${r.change.kind} ${r.change.name}: ${r.error ?? r.status}`;
}
