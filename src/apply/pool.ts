/**
 * Runs `task` on every item with at most `limit` tasks in flight. Items start in their
 * order, each as soon as a worker is free, so n items take about ceil(n / limit) rounds.
 * Results come back in item order. `task` must not reject: a rejection would end the
 * pool's promise while other tasks still run, so callers turn failures into values.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      // Taking the index before the await is what keeps two workers off one item.
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
