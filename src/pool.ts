/**
 * The one concurrency pool of the project: the applier runs its changes through it and
 * the client its page reads.
 */

/**
 * Runs `task` on every item with at most `limit` tasks in flight. Items start in their
 * order, each as soon as a worker is free, so n items take about ceil(n / limit) rounds.
 * Results come back in item order. After the first rejection no new task starts, the
 * running ones finish, and then that first error is thrown: nothing is left running in
 * the background once this settles. Callers that must see every outcome (the applier)
 * turn failures into values instead of rejecting.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      // Taking the index before the await is what keeps two workers off one item.
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
  return results;
}
