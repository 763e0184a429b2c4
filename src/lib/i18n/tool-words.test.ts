import { describe, expect, it } from 'vitest';
import { en } from './dictionaries/en.ts';
import { anchorLabel, fill, TOOL_KEYS, toolWords, wordsOf } from './tool-words.ts';
import { DICTIONARIES } from './translate.ts';

const raw = (l: 'en' | 'ru' | 'kk', k: (typeof TOOL_KEYS)[number]) => DICTIONARIES[l][k] as string;

describe('the tools’ words', () => {
  it('are the English dictionary’s when the page gives none', () => {
    const words = wordsOf(undefined);
    for (const k of TOOL_KEYS) expect(words[k]).toBe(en[k]);
  });
  it('are the page’s language’s when it gives them, through JSON', () => {
    const words = wordsOf(JSON.stringify(toolWords('ru', raw)));
    expect(words['tools.copyLink']).toBe('Копировать ссылку на {short}');
    expect(fill(words['tools.cite'], { short: '¶2' })).toBe('Цитировать ¶2');
    expect(anchorLabel(words, 'p4')).toBe('абзац 4');
    expect(anchorLabel(words, 'standfirst')).toBe('подзаголовок');
  });
  it('take English for a word the page leaves out', () => {
    expect(wordsOf('{"tools.copy":"Көшіру"}')['tools.close']).toBe('Close');
  });
  it('fill only the placeholders given', () => {
    expect(fill('Cite {short} of {x}', { short: '¶1' })).toBe('Cite ¶1 of {x}');
    expect(anchorLabel(wordsOf(undefined), 'dateline')).toBe('the dateline');
  });
  it.each([
    ['p4', 'paragraph 4'],
    ['standfirst', 'the standfirst'],
    ['dateline', 'the dateline'],
  ])('name the anchor %s in English: %s', (id, expected) => expect(anchorLabel(wordsOf(undefined), id)).toBe(expected));
});
