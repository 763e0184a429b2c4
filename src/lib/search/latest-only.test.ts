import { describe, expect, it, vi } from 'vitest';
import { latestOnly } from './latest-only.ts';

/** A task whose runs wait until released, recording what ran and what it saw. */
function gatedTask() {
  const ran: Array<{ arg: string; staleAtEnd: boolean }> = [];
  const gates: Array<() => void> = [];
  const task = async (arg: string, stale: () => boolean) => {
    await new Promise<void>((resolve) => gates.push(resolve));
    ran.push({ arg, staleAtEnd: stale() });
  };
  /** Lets the oldest waiting run finish, and the microtasks after it run. */
  const release = async () => {
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ran, task, release };
}

describe('latestOnly', () => {
  it('runs a lone request', async () => {
    const { ran, task, release } = gatedTask();
    latestOnly(task)('a');
    await release();
    expect(ran).toEqual([{ arg: 'a', staleAtEnd: false }]);
  });

  it('runs only the newest of the requests made while one runs, after it, and tells the running one it is stale', async () => {
    const { ran, task, release } = gatedTask();
    const run = latestOnly(task);
    run('a');
    run('b');
    run('c');
    await release();
    expect(ran).toEqual([{ arg: 'a', staleAtEnd: true }]);
    await release();
    expect(ran).toEqual([
      { arg: 'a', staleAtEnd: true },
      { arg: 'c', staleAtEnd: false },
    ]);
    await release();
    expect(ran).toHaveLength(2);
  });

  it('reports a failure and still runs the next request', async () => {
    const failed = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    const run = latestOnly(async (arg: string) => {
      seen.push(arg);
      if (arg === 'bad') throw new Error('index did not load');
    }, failed);
    run('bad');
    run('good');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['bad', 'good']);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed).toHaveBeenCalledWith(new Error('index did not load'));
    error.mockRestore();
  });
});
