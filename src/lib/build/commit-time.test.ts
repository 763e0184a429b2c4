import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../testing/content.ts';
import { lastCommitTime } from './commit-time.ts';

test('in a git checkout, the last commit’s time in whole seconds', () => {
  const time = lastCommitTime(repoRoot);
  expect(time).toMatch(/^\d+$/);
  expect(Number(time) * 1000).toBeLessThanOrEqual(Date.now());
});

test('outside one, nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'commit-time-'));
  try {
    expect(lastCommitTime(dir)).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
