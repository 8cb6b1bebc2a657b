/** The applier: runs a given plan through the API seam with bounded concurrency. */

export {
  ALREADY_DELETED,
  type ApplyOptions,
  applyPlan,
  CHANGED_SINCE_PLAN,
  DELETED_SINCE_PLAN,
  NOT_STARTED_CANCELLED,
} from './apply.js';
export { GuardTrippedError, InvalidChangeError } from './errors.js';
