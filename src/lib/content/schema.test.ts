import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actorSchema, eventSchema, nameForm, whenUpToToday } from './schema.ts';
import { translations } from './schema/translations.ts';

const checked = { date: '2026-12-07', basis: 'page', note: 'BAQ.KZ writes "Қасым-Жомарт Тоқаев".' };

describe('names in other scripts (actors and places)', () => {
  const ok = {
    form: 'Қасым-Жомарт Тоқаев',
    script: 'Cyrl',
    language: 'kk',
    system: 'native',
    source: 'https://baq.kz/toqaev-qazaq-pen-qyrgyz-tagdyry-ortaq-agayyndy-halyqtar-200019791/',
    checked,
  };
  it('accepts an attested, checked form, a spelling of the name unless it says it is a title', () => {
    expect(nameForm.parse(ok).kind).toBe('name');
    expect(nameForm.parse({ ...ok, form: 'Елбасы', kind: 'title' }).kind).toBe('title');
    expect(nameForm.parse({ ...ok, checked: { ...checked, basis: 'knowledge' } }).checked.basis).toBe('knowledge');
    expect(actorSchema.parse({ name: 'X', kind: 'person', description: 'Y.' }).names).toEqual([]);
  });
  it.each([
    [{ ...ok, script: 'Latn' }, 'script', 'every letter'],
    [{ ...ok, form: 'Tokayev' }, 'script', 'every letter'],
    // A Latin C inside a Cyrillic word (as one stored page writes "Нұр-Cұлтан") is not Cyrillic.
    [{ ...ok, form: 'Нұр-Cұлтан' }, 'script', '"C"'],
    [{ ...ok, form: 'ИА REGNUM' }, 'script', '"R"'],
    [{ ...ok, source: 'from memory' }, 'source', 'absolute http(s) URL'],
    [{ ...ok, language: 'Kazakh' }, 'language', 'ISO 639'],
    [{ ...ok, script: 'Arab' }, 'script', 'a script code'],
    [{ ...ok, kind: 'nickname' }, 'kind', 'name, title'],
    [{ ...ok, checked: undefined }, 'checked', 'a check record'],
    [{ ...ok, form: 'Елбасы', kind: 'title', display: true }, 'display', 'never shown as the name'],
    [{ ...ok, display: 'yes' }, 'display', 'true or false'],
  ])('refuses %o, naming the field', (input, field, message) => {
    const result = nameForm.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toContain(message);
  });
  it('shows at most one form per language as the name, naming the second', () => {
    const actor = { name: 'X', kind: 'person', description: 'Y.' };
    const shown = { ...ok, display: true };
    expect(actorSchema.parse({ ...actor, names: [shown, { ...ok, language: 'ru', display: true }] }).names).toHaveLength(2);
    const issue = actorSchema.safeParse({ ...actor, names: [shown, { ...ok, form: 'Тоқаев', display: true }] }).error?.issues[0];
    expect(issue?.path).toEqual(['names', 1, 'display']);
    expect(issue?.message).toContain('"Қасым-Жомарт Тоқаев" is already shown in kk');
  });
  it.each([
    [{ ...checked, basis: 'memory' }, 'basis', 'page, knowledge'],
    [{ ...checked, date: '7 December 2026' }, 'date', 'YYYY-MM-DD'],
    [{ ...checked, note: ' ' }, 'note', 'what the page says'],
  ])('refuses the check record %o, naming its field', (record, field, message) => {
    const issue = nameForm.safeParse({ ...ok, checked: record }).error?.issues[0];
    expect(issue?.path).toEqual(['checked', field]);
    expect(issue?.message).toContain(message);
  });
});

describe('event sources', () => {
  const schema = eventSchema(() => z.string());
  const event = {
    title: 'T',
    when: { date: '2022-01-10', confidence: 'confirmed' },
    description: 'D.',
    confidence: 'confirmed',
    sources: [{ article: 'a', paragraphs: [3], checked }],
  };
  it('reads a source as a report unless it says it is inferred', () => {
    expect(schema.parse(event).sources[0]?.inferred).toBe(false);
    const inferred = { ...event.sources[0], inferred: true, note: 'p3 only says the two sides are negotiating.' };
    expect(schema.parse({ ...event, sources: [inferred] }).sources[0]?.inferred).toBe(true);
  });
  it.each([
    [{ article: 'a', paragraphs: [3], checked, inferred: true }, ['sources', 0, 'note'], 'since the link is inferred'],
    [{ article: 'a', paragraphs: [3] }, ['sources', 0, 'checked'], 'a check record'],
    [{ article: 'a', paragraphs: [3], checked, inferred: 'yes' }, ['sources', 0, 'inferred'], 'true or false'],
  ])('refuses the source %o, naming the field', (source, path, message) => {
    const issue = schema.safeParse({ ...event, sources: [source] }).error?.issues[0];
    expect(issue?.path).toEqual(path);
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

describe('translations', () => {
  const events = translations('events');
  it('keeps each language’s status and its text fields, as pages read them', () => {
    expect(events.parse({ ru: { status: 'draft', title: 'Заголовок' } })).toEqual({ ru: { status: 'draft', title: 'Заголовок' } });
    expect(events.parse(undefined)).toBeUndefined();
  });
  it.each([
    [{ kk: { title: 'Тақырып' } }, ['kk', 'status']],
    [{ ru: { status: 'draft', headline: 'Заголовок' } }, ['ru']],
    [{ de: { status: 'draft', title: 'Titel' } }, []],
  ])('refuses %o, naming the place', (input, path) => {
    expect(events.safeParse(input).error?.issues[0]?.path).toEqual(path);
  });
});
