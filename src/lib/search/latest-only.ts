/**
 * One search at a time, the newest winning: the search page and the header's live results both run
 * their work through this, so typing fast never queues stale searches and none is lost.
 */

/**
 * Runs `task` for the latest request only: while one runs, newer requests replace each other, and
 * the last one runs when it ends. A task that throws is reported to `failed`, and the next request
 * still runs.
 */
export function latestOnly<T>(
  task: (arg: T, stale: () => boolean) => Promise<void>,
  failed: (error: unknown) => void = () => undefined,
): (arg: T) => void {
  let running = false;
  let next: { arg: T } | undefined;
  // A task checks `stale()` before fetching result fragments: a newer request makes them wasted bytes.
  const stale = () => next !== undefined;
  const pump = async () => {
    running = true;
    while (next) {
      const { arg } = next;
      next = undefined;
      try {
        await task(arg, stale);
      } catch (error) {
        console.error(error);
        failed(error);
      }
    }
    running = false;
  };
  return (arg) => {
    next = { arg };
    if (!running) void pump();
  };
}
