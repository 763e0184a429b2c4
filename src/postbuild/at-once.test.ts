import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eachAtOnce } from './at-once.ts';

describe('eachAtOnce', () => {
  it('resolves to the results in the order of the items, whatever order the tasks end in', async () => {
    const delays = [30, 5, 20, 1, 10];
    expect(await eachAtOnce(delays, 2, async (ms, i) => (await sleep(ms), `${i}:${ms}`))).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
  });

  it('runs at most atOnce tasks at a time, and at least one', async () => {
    for (const [atOnce, most] of [
      [3, 3],
      [0, 1],
      [20, 10],
    ] as const) {
      let running = 0;
      let seen = 0;
      await eachAtOnce(
        Array.from({ length: 10 }, (_, i) => i),
        atOnce,
        async () => {
          running += 1;
          seen = Math.max(seen, running);
          await sleep(2);
          running -= 1;
        },
      );
      expect(seen, `atOnce ${atOnce}`).toBe(most);
    }
  });

  it('starts no task after a failure, and throws the first failure once the tasks begun have ended', async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const failing = eachAtOnce([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await sleep(n === 1 ? 1 : 20);
      ended.push(n);
      if (n === 1) throw new Error('task 1 failed');
      return n;
    });
    await expect(failing).rejects.toThrow('task 1 failed');
    // Task 0 had begun with task 1 and ended before the failure was thrown; none began after it.
    expect(started).toEqual([0, 1]);
    expect(ended.sort()).toEqual([0, 1]);
  });

  it('resolves to nothing for no items', async () => {
    expect(await eachAtOnce([], 4, async () => 1)).toEqual([]);
  });
});
