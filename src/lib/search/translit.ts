/**
 * Cyrillic to Latin, as the English-language press writes Russian and Kazakh names: a query in
 * Cyrillic that matches no registered name is also searched in this form ("Казахстан" →
 * "Kazakhstan", "Назарбаев" → "Nazarbayev").
 *
 * A small table rather than a package: the scheme is BGN/PCGN's romanization of Russian without its
 * diacritics and separators (х → kh, ж → zh, ц → ts, щ → shch, й and ы → y, ь and ъ dropped, е → ye
 * at the start of a word and after a vowel), extended with the letters of Kazakh (ә ғ қ ң ө ұ ү һ і),
 * Ukrainian (є ї ґ) and Belarusian (ў) folded to their nearest plain Latin letter, because that is
 * how these names appear in English texts. Written out letter by letter, the scheme is the code,
 * and the search page's script gains no dependency.
 */

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Ukrainian and Belarusian
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
};

/** Letters after which BGN/PCGN writes е as "ye" (and at the start of a word). */
const VOWELS_AND_SIGNS = new Set([...'аеёиоуыэюяәөұүіъьєї']);

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a text contains any Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** A text with every Cyrillic letter romanized; other characters are kept as they are. */
export function transliterate(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const lower = ch.toLowerCase();
    let latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    const prev = (chars[i - 1] ?? '').toLowerCase();
    if (lower === 'е' && (i === 0 || !/\p{L}/u.test(prev) || VOWELS_AND_SIGNS.has(prev))) latin = 'ye';
    if (ch !== lower && latin !== '') {
      // Capital: "Ж" → "Zh", or "ZH" inside a word written in capitals ("ОДКБ" → "ODKB").
      const isCap = (c: string) => c !== '' && c !== c.toLowerCase();
      const allCaps = isCap(chars[i + 1] ?? '') || isCap(chars[i - 1] ?? '');
      latin = allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}
