/**
 * A few asynchronous tasks at a time, for the finishing step's loops over thousands of files (search
 * parts, precompressed files, downloads, the pages' policies), which share this one loop.
 *
 * Not p-limit or p-map (p-limit is in the tree through Astro): after a failure this starts no new
 * task and rejects only once every task begun has ended, so that nothing is still writing into the
 * build when the caller removes it; p-map with `stopOnError` rejects at once while tasks run on, and
 * p-limit starts every task queued.
 */

/**
 * Runs `task` on each of `items`, at most `atOnce` (at least one) at a time, the next as soon as one
 * ends; resolves to the results in the order of `items`. After a failure no task is started, and the
 * first failure is thrown once every task begun has ended.
 */
export async function eachAtOnce<T, R>(items: readonly T[], atOnce: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const run = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await task(items[i] as T, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const runs = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(atOnce, items.length)) }, run));
  const failure = runs.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return results;
}
