import { describe, expect, test } from 'vitest';
import { searchForms, textSpellings } from './spellings.ts';

const almaty = {
  spellings: ['Alma-Ata', 'Almaty city'],
  names: [{ form: 'Алматы' }, { form: 'Almaty qalasy' }],
};

describe('the two lists an entry’s names make', () => {
  test.each([
    ['textSpellings: the spellings the texts use, without the attested forms', textSpellings(almaty), ['Alma-Ata', 'Almaty city']],
    ['searchForms: the spellings, then every attested form', searchForms(almaty), ['Alma-Ata', 'Almaty city', 'Алматы', 'Almaty qalasy']],
    ['searchForms of an entry without forms elsewhere', searchForms({ spellings: ['Tokaev'], names: [] }), ['Tokaev']],
  ])('%s', (_, got, want) => {
    expect(got).toEqual(want);
  });
});
