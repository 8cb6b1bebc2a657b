/**
 * The planner: pure functions from desired and remote audiences to a {@link Plan}, its
 * fingerprint and its lines. Nothing here does I/O.
 */

export { buildPlan, KEPT_REASON, type PlanContext } from './build.js';
export { canonicalJson, compareText, sameValue } from './compare.js';
export { type CanonicalPlan, canonicalPlan, fingerprintPlan } from './fingerprint.js';
export { globToRegExp, nameMatcher } from './glob.js';
export { compareItems, type ItemComparison } from './items.js';
export { diffPlanLines, planLines } from './lines.js';
