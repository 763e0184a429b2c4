import { describe, expect, it } from 'vitest';
import { unreadCoordinatesProblems } from './coordinates-checked.ts';

const checked = (basis: string) => ({ date: '2026-12-07', basis, note: 'What the page says.' });
const at = (basis: string) => ({ lat: 43.2775, lon: 76.89583, source: 'https://a.example', checked: checked(basis) });

describe('unreadCoordinatesProblems', () => {
  it('names the file, the field and the figures of coordinates checked from knowledge alone', () => {
    expect(unreadCoordinatesProblems('content/places/almaty.yaml', { name: 'Almaty', coordinates: at('knowledge') })).toEqual([
      {
        file: 'content/places/almaty.yaml',
        field: 'coordinates.checked.basis',
        found: 'knowledge: the coordinates (43.2775, 76.89583) were not checked against a page',
        expected: 'page: a credible stored page that gives the coordinates, its words quoted in the note (or remove the coordinates)',
      },
    ]);
  });

  it('leaves out figures that are not numbers (the schema reports them)', () => {
    const [problem] = unreadCoordinatesProblems('f', { coordinates: { ...at('knowledge'), lat: 'north' } });
    expect(problem?.found).toBe('knowledge: the coordinates were not checked against a page');
  });

  it.each([
    ['coordinates checked against a page', { coordinates: at('page') }],
    ['no coordinates (the place is listed, not drawn)', { name: 'Donbas' }],
    ['coordinates without a check record (the schema reports it)', { coordinates: { lat: 1, lon: 2, source: 'https://a.example' } }],
    ['a check record that is not an object (the schema reports it)', { coordinates: { lat: 1, lon: 2, checked: 'knowledge' } }],
    ['coordinates that are not an object (the schema reports it)', { coordinates: 'here' }],
    ['no data', null],
  ])('finds nothing with %s', (_, data) => {
    expect(unreadCoordinatesProblems('f', data)).toEqual([]);
  });
});
