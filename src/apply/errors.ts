/** Errors the applier throws before it writes anything. */

/**
 * The plan deletes more audiences than the delete guard allows. The caller should have
 * stopped before applying; the applier refuses again so that no path can skip the guard.
 */
export class GuardTrippedError extends Error {
  override name = 'GuardTrippedError';
  constructor(
    readonly deletes: number,
    readonly maxDeletes: number,
  ) {
    super(
      `refusing to apply: the plan deletes ${deletes} audiences, more than max-deletes (${maxDeletes}); nothing was written`,
    );
  }
}

/** A change of the plan lacks what its kind needs (an id, a body): the plan was not built by the planner. */
export class InvalidChangeError extends Error {
  override name = 'InvalidChangeError';
}
