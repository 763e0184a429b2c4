import { describe, expect, it } from 'vitest';
import { period, relationWords } from './describe.ts';

describe('period', () => {
  it.each([
    [{ from: '2019' }, 'from 2019'],
    [{ to: '2022-01-05' }, 'until 5 January 2022'],
    [{ from: '2020-01', to: '2022-01-05' }, 'January 2020 – 5 January 2022'],
    [{}, undefined],
  ])('%o reads %s', (a, expected) => {
    expect(period(a)).toBe(expected);
  });
});

describe('relationWords', () => {
  it('says each relation both ways', () => {
    expect(relationWords['acts-for']).toEqual({ of: 'Acts for', to: 'Acting for' });
    expect(relationWords.serves.of).toBe('Serves');
  });
});
