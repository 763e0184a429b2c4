/**
 * The text rules a translation of the archive's editorial text is held to, one pure function each, on
 * plain strings (the entries, the registry and the messages are `translations-checked.ts`'s job):
 *
 * - **Numbers** (`numbersIn`): every number a text writes in digits, normalised so that the English
 *   "2,000" and "77.18%" are the Russian "2 000" and "77,18 %". A group separator (comma, full stop,
 *   space, no-break or thin space) is one followed by exactly three digits; any other comma or full stop
 *   between digits is a decimal sign. Numbers written in words ("seven-year", "семилетний") are not
 *   compared: a translation keeps words as words.
 * - **Mixed scripts** (`mixedScriptWords`): a word with Cyrillic and Latin letters in it, which is a Latin
 *   look-alike (a, e, o, p, c, x, i …) typed into a Cyrillic word: it reads the same and breaks search.
 * - **Kazakh letters** (`KAZAKH_LETTERS`, `substituted`): the nine letters of Kazakh Cyrillic that
 *   Russian lacks and the Russian-keyboard letters typed for them (ә → а, ғ → г, қ → к, ң → н, ө → о,
 *   ұ ү → у, һ → х, і → и), the same table search uses to match them.
 * - **Probably Russian** (`probablyRussian`): the rule for plain words in a Kazakh field. A Kazakh text
 *   of more than {@link PLAIN_WORDS_LIMIT} Cyrillic words without one of the nine letters is refused as
 *   probably Russian (or Kazakh typed on a Russian keyboard): nearly every Kazakh sentence has one
 *   (the case endings -ның, -ға, -қа, -ді, the words және, бұл, үшін), while a Kazakh title of a few
 *   words may have none ("Папа Франциск", "Астана").
 */

/** The letters of Kazakh Cyrillic that Russian lacks, each with the Russian-keyboard letter typed for it. */
export const KAZAKH_LETTERS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** A Kazakh text of more Cyrillic words than this with none of {@link KAZAKH_LETTERS} is probably Russian. */
export const PLAIN_WORDS_LIMIT = 3;

const KAZAKH = new RegExp(`[${Object.keys(KAZAKH_LETTERS).join('')}]`, 'iu');
const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/gu;

/**
 * A number in digits: groups of three after a separator (2,000; 2 000; 2.000), or digits with a decimal
 * part (77.18; 77,18), or bare digits.
 */
const NUMBER = /(?<!\d)(?:\d{1,3}(?:[,. \u00a0\u2009\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/gu;

/** Every number a text writes in digits, normalised ("2,000" and "2 000" → "2000"; "77,18" → "77.18"), each once. */
export function numbersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const written = m[0];
    const decimal = /[.,](\d+)$/u.exec(written);
    // The last group is a decimal part unless it is a group of three after a separator.
    const grouped = /^\d{1,3}(?:[,. \u00a0\u2009\u202f]\d{3})+$/u.test(written);
    const whole = grouped || decimal === null ? written : written.slice(0, decimal.index);
    const digits = whole.replace(/\D/gu, '').replace(/^0+(?=\d)/u, '');
    const fraction = grouped || decimal === null ? '' : (decimal[1] ?? '').replace(/0+$/u, '');
    found.add(fraction === '' ? digits : `${digits}.${fraction}`);
  }
  return [...found];
}

/** The numbers of `translation` that `english` does not write, as the translation writes them. */
export function addedNumbers(english: string, translation: string): string[] {
  const known = new Set(numbersIn(english));
  const added: string[] = [];
  for (const m of translation.matchAll(NUMBER)) {
    const [n] = numbersIn(m[0]);
    if (n !== undefined && !known.has(n) && !added.includes(m[0])) added.push(m[0]);
  }
  return added;
}

/** Words of a text that mix Cyrillic and Latin letters, each with the Latin letters in it. */
export function mixedScriptWords(text: string): Array<{ word: string; latin: string[] }> {
  const mixed: Array<{ word: string; latin: string[] }> = [];
  for (const [word] of text.matchAll(WORD)) {
    if (!CYRILLIC.test(word)) continue;
    const latin = [...new Set(word.match(LATIN) ?? [])];
    if (latin.length > 0 && !mixed.some((m) => m.word === word)) mixed.push({ word, latin });
  }
  return mixed;
}

/** Whether a word has any of the letters of Kazakh that Russian lacks. */
export function hasKazakhLetter(word: string): boolean {
  return KAZAKH.test(word);
}

/** A word with each Kazakh letter replaced by its Russian-keyboard substitute, in the same case. */
export function substituted(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const sub = KAZAKH_LETTERS[lower];
    out += sub === undefined ? ch : ch === lower ? sub : sub.toUpperCase();
  }
  return out;
}

/** The Cyrillic words of a text, as written. */
export function cyrillicWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]).filter((w) => CYRILLIC.test(w));
}

/**
 * Whether a Kazakh text is probably Russian: more than {@link PLAIN_WORDS_LIMIT} Cyrillic words and not
 * one of the letters of Kazakh that Russian lacks. Returns the count of Cyrillic words when it is.
 */
export function probablyRussian(text: string): number | undefined {
  const words = cyrillicWords(text);
  return words.length > PLAIN_WORDS_LIMIT && !words.some(hasKazakhLetter) ? words.length : undefined;
}

/** The shortest substituted word matched as the start of a longer one (Kazakh adds endings: Токаевтың). */
const PREFIX_FROM = 4;

/** A registered Kazakh word written with Russian-keyboard substitutes, and where it was found. */
export interface SubstituteFound {
  /** The word as the text writes it. */
  readonly written: string;
  /** The registered word it stands for. */
  readonly registered: string;
}

/**
 * The words of a Kazakh text that are a registered Kazakh word (from `registered`, the words of the
 * registry's Kazakh forms) written with Russian-keyboard substitutes: "Токаев" for "Тоқаев". A word
 * also counts when it starts with such a word of {@link PREFIX_FROM} letters or more, since Kazakh
 * writes case endings onto the name ("Токаевтың").
 */
export function substitutedWords(text: string, registered: readonly string[]): SubstituteFound[] {
  const wanted = new Map<string, string>();
  for (const word of registered) {
    for (const [part] of word.matchAll(WORD)) {
      if (hasKazakhLetter(part)) wanted.set(substituted(part).toLowerCase(), part);
    }
  }
  const found: SubstituteFound[] = [];
  for (const written of cyrillicWords(text)) {
    const lower = written.toLowerCase();
    for (const [sub, word] of wanted) {
      const hit = lower === sub || ([...sub].length >= PREFIX_FROM && lower.startsWith(sub));
      if (hit && !found.some((f) => f.written === written)) found.push({ written, registered: word });
    }
  }
  return found;
}
