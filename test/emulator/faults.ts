/**
 * Scripted faults. Rules are tried in insertion order; the first one that matches the
 * request and is active applies. A matching rule still in its `after` phase counts the
 * request as skipped and lets later rules have it, and a rule whose `times` ran out is
 * dropped, so the list stays short however long a test runs.
 */
import type { FaultAction, FaultRule, RequestLogEntry } from './types.js';

interface ActiveRule {
  rule: FaultRule;
  skipsLeft: number;
  timesLeft: number;
}

export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    const after = rule.after ?? 0;
    const times = rule.times ?? Number.POSITIVE_INFINITY;
    if (!Number.isInteger(after) || after < 0) {
      throw new RangeError(`emulator: fault rule 'after' must be an integer >= 0, got ${after}`);
    }
    if (times !== Number.POSITIVE_INFINITY && (!Number.isInteger(times) || times < 1)) {
      throw new RangeError(`emulator: fault rule 'times' must be an integer >= 1, got ${times}`);
    }
    this.rules.push({ rule, skipsLeft: after, timesLeft: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if any; consumes one use of the rule that gives it. */
  take(method: string, path: string): FaultAction | undefined {
    for (const active of this.rules) {
      if (!matches(active.rule, method, path)) continue;
      if (active.skipsLeft > 0) {
        active.skipsLeft -= 1;
        continue;
      }
      active.timesLeft -= 1;
      if (active.timesLeft <= 0) this.rules = this.rules.filter((r) => r !== active);
      return active.rule.action;
    }
    return undefined;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === 'string') return path.includes(rule.path);
  // A global or sticky RegExp remembers where it stopped; start over on every request.
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}

/**
 * The most entries whose [startedAt, endedAt] intervals overlap. A request that ends
 * exactly when another starts does not overlap it; one still in flight has `endedAt` Infinity, so it stays open.
 */
export function peakConcurrency(entries: readonly RequestLogEntry[]): number {
  const sorted = [...entries].sort((a, b) => a.startedAt - b.startedAt);
  // The ends of the requests open so far; short, because it is bounded by the peak.
  let open: number[] = [];
  let peak = 0;
  for (const entry of sorted) {
    open = open.filter((end) => end > entry.startedAt);
    open.push(entry.endedAt);
    peak = Math.max(peak, open.length);
  }
  return peak;
}
