import { describe, expect, it } from 'vitest';
import { actorSchema, nameForm, whenUpToToday } from './schema.ts';

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

describe('collection dates (whenUpToToday)', () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const today = new Date();
  const tomorrow = new Date(today.getTime() + 2 * 86_400_000);
  it.each([
    [{ date: '2022-01-07', confidence: 'confirmed' }],
    [{ from: '2022-01-07', to: iso(today), confidence: 'inferred' }],
    [{ date: String(today.getFullYear()), confidence: 'inferred' }],
  ])('accepts %o', (spec) => expect(whenUpToToday.safeParse(spec).success).toBe(true));
  it.each([
    [{ date: iso(tomorrow), confidence: 'confirmed' }, 'date'],
    [{ from: '2022-01-07', to: iso(tomorrow), confidence: 'inferred' }, 'to'],
    [{ date: String(today.getFullYear() + 1), confidence: 'inferred' }, 'date'],
  ])('refuses a date after today: %o', (spec, field) => {
    const result = whenUpToToday.safeParse(spec);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toContain('no later than today');
  });
});
