import { describe, expect, it } from 'vitest';
import { isChecked, longLines } from './check-lines.ts';

describe('check-lines', () => {
  it('reads source files and skips the lock file, the bare bench and the fixtures', () => {
    expect(isChecked('src/pages/index.astro')).toBe(true);
    expect(isChecked('scripts/build.ts')).toBe(true);
    expect(isChecked('package.json')).toBe(true);
    expect(isChecked('package-lock.json')).toBe(false);
    expect(isChecked('bench/bare/src/pages/index.astro')).toBe(false);
    expect(isChecked('tests/fixtures/broken/a.json')).toBe(false);
    expect(isChecked('README.md')).toBe(false);
  });

  it('names each line longer than the limit, counting characters rather than bytes', () => {
    const text = ['short', 'x'.repeat(11), 'ж'.repeat(10)].join('\n');
    expect(longLines('a.ts', text, 10)).toEqual(['a.ts:2: 11 characters; expected at most 10']);
  });
});
