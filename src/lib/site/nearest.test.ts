import { describe, expect, it } from 'vitest';
import { addressWords, nearestAddress } from './nearest.ts';

const known = [
  '/',
  '/articles/kazakhstan-terrorists-to-be-shot-on-sight/',
  '/articles/russia-has-no-allies-bezpalko-says/',
  '/events/2022-01-05-tokayev-asks-csto/',
  '/actors/kassym-jomart-tokayev/',
  '/places/almaty/',
];

describe('nearestAddress', () => {
  it.each([
    ['/articles/kazakhstan-terrorists-to-be-shot-on-sight', '/articles/kazakhstan-terrorists-to-be-shot-on-sight/'],
    ['/Places/Almaty/', '/places/almaty/'],
    ['/articles/kazakhstan-terrorists-to-be-shot/', '/articles/kazakhstan-terrorists-to-be-shot-on-sight/'],
    ['/places/almatty/', '/places/almaty/'],
    ['/events/2022-01-05-tokayev-asks-the-csto/', '/events/2022-01-05-tokayev-asks-csto/'],
    ['/actors/tokayev/', '/actors/kassym-jomart-tokayev/'],
    ['/articles/something-else-entirely/', undefined],
    ['/nothing/here/', undefined],
  ])('%s → %s', (path, expected) => expect(nearestAddress(path, known)).toBe(expected));
});

describe('addressWords', () => {
  it.each([
    ['/articles/shot-on-sight/', 'shot on sight'],
    ['/actors/%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2', 'Токаев'],
    ['/x/%E0%A4%A/', 'E0A4A'],
    ['/old_page.html', 'old page'],
    ['/', ''],
  ])('%s → %s', (path, expected) => expect(addressWords(path)).toBe(expected));
});
