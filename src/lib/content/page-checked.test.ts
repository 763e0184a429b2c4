import { describe, expect, it } from 'vitest';
import { unreadFormProblems } from './page-checked.ts';

const checked = (basis: string) => ({ date: '2026-12-07', basis, note: 'What the page says.' });

describe('unreadFormProblems', () => {
  it('names the file, the field and the form of each form checked from knowledge alone', () => {
    const data = {
      names: [
        { form: 'Молдова', source: 'https://a.example', checked: checked('page') },
        { form: 'Молдавия', source: 'https://b.example', checked: checked('knowledge') },
      ],
    };
    expect(unreadFormProblems('content/actors/moldova.yaml', data)).toEqual([
      {
        file: 'content/actors/moldova.yaml',
        field: 'names[1].checked.basis',
        found: 'knowledge: the form "Молдавия" was not checked against a page',
        expected: 'page: a credible stored page that attests the form, read and quoted in the note (or drop the form)',
      },
    ]);
  });

  it.each([
    ['every form page-checked', { names: [{ form: 'НАТО', checked: checked('page') }] }],
    ['no names', { name: 'Meduza' }],
    ['an empty list', { names: [] }],
    ['names not a list (the schema reports it)', { names: 'НАТО' }],
    ['a form without a check record (the schema reports it)', { names: [{ form: 'НАТО' }] }],
    ['no data', null],
  ])('finds nothing with %s', (_, data) => {
    expect(unreadFormProblems('f', data)).toEqual([]);
  });
});
