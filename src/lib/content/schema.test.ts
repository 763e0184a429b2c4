import { describe, expect, it } from 'vitest';
import { actorSchema, nameForm } from './schema.ts';

describe('names in other scripts (actors and places)', () => {
  const ok = {
    form: 'Қасым-Жомарт Тоқаев',
    script: 'Cyrl',
    language: 'kk',
    system: 'native',
    source: 'https://wikimili.com/en/Kassym-Jomart_Tokayev',
  };
  it('accepts an attested form and defaults to none', () => {
    expect(nameForm.safeParse(ok).success).toBe(true);
    expect(actorSchema.parse({ name: 'X', type: 'person', description: 'Y.' }).names).toEqual([]);
  });
  it.each([
    [{ ...ok, script: 'Latn' }, 'script', '"Cyrl"'],
    [{ ...ok, form: 'Tokayev' }, 'script', '"Latn"'],
    [{ ...ok, source: 'from memory' }, 'source', 'absolute http(s) URL'],
    [{ ...ok, language: 'Kazakh' }, 'language', 'ISO 639'],
    [{ ...ok, script: 'Arab' }, 'script', 'a script code'],
  ])('refuses %o, naming the field', (input, field, message) => {
    const result = nameForm.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toContain(message);
  });
});
