import { describe, expect, it } from 'vitest';
import { ARCHIVE_BY_PEOPLE, ARCHIVE_BY_TEAM } from '../testing/archive-citation.ts';
import { articlesFrontmatter, citationInputs, readTree, TEST_ARCHIVE } from '../testing/content.ts';
import type { ArchiveCitationInput } from './archive.ts';
import { SLOT, SLOTS } from './csl.ts';
import { archiveGost, authorsParts, gost, gostAreas, gostDate, gostText, gostUrl, headingName, initialsFirst } from './gost.ts';

// Worked examples from library guides to ГОСТ Р 7.0.100–2018, as stored pages (checked 2026-12-07):
//
// - НТБ БГТУ им. В. Г. Шухова, "Электронные ресурсы" (http://ntb.bstu.ru/jirbis2/images/sait/science_help/files/Lib_op/El_Inet.html):
//   "eLIBRARY.RU: научная электронная библиотека : сайт. – Москва, 2000 – .– URL: https://elibrary.ru (дата
//   обращения: 09.01.2018). – Режим доступа: для зарегистрир. пользователей. –Текст: электронный." and
//   "Российская государственная библиотека : официальный сайт. – Москва, 1999 – . – URL: http://www.rsl.ru (дата
//   обращения 26.06.2019)." The page's own typing slips (".–", "–Текст", "Текст:", the colon missing after
//   "обращения" in the second) are written here as its other examples and the standard write them.
// - Библиотека университета «Дубна», "Как составить библиографическое описание для электронных ресурсов удаленного
//   доступа" (https://lib.uni-dubna.ru/MegaPRO/Web/Home/Custom/web_help16_recomends_sbs_el): the general material
//   designation "[Электронный ресурс]" is abolished; the address is a note at the end, after "URL:"; the access
//   date follows it, "(дата обращения: 16.11.2021)".
// - Российская национальная библиотека, virtual reference answer (https://korunb.nlr.ru/query_info.php?print=1&query_ID=36393):
//   by clause 4.8 of the standard, for a foreign source the describer's elements — "[сайт]", the content form
//   "текст : электронный", the notes "(дата обращения: …)" — may be given in Russian.
describe('the worked examples', () => {
  it('reproduces the eLIBRARY.RU website description (bstu.ru)', () => {
    const runs = gostAreas([
      ['eLIBRARY.RU: научная электронная библиотека : сайт'],
      ['Москва, 2000 – '],
      gostUrl('https://elibrary.ru', '2018-01-09'),
      ['Режим доступа: для зарегистрир. пользователей'],
      [{ ru: 'Текст : электронный' }],
    ]);
    expect(gostText(runs)).toBe(
      'eLIBRARY.RU: научная электронная библиотека : сайт. – Москва, 2000 – . – URL: https://elibrary.ru ' +
        '(дата обращения: 09.01.2018). – Режим доступа: для зарегистрир. пользователей. – Текст : электронный.',
    );
  });
  it('reproduces the Russian State Library website description (bstu.ru)', () => {
    const runs = gostAreas([
      ['Российская государственная библиотека : официальный сайт'],
      ['Москва, 1999 – '],
      gostUrl('http://www.rsl.ru', '2019-06-26'),
    ]);
    expect(gostText(runs)).toBe(
      'Российская государственная библиотека : официальный сайт. – Москва, 1999 – . – URL: http://www.rsl.ru (дата обращения: 26.06.2019).',
    );
  });
  it('writes the access date as uni-dubna.ru shows it', () => {
    expect(gostText(gostUrl('https://lib.uni-dubna.ru/', '2021-11-16'))).toBe(
      'URL: https://lib.uni-dubna.ru/ (дата обращения: 16.11.2021)',
    );
  });
});

const ARCHIVE = TEST_ARCHIVE;
const tree = readTree();
const articles = articlesFrontmatter(tree);
const inputFor = citationInputs(tree);
const COPY = (slug: string, day: string) =>
  `Архивная копия // ${ARCHIVE}. – URL: https://archive.test/articles/${slug}/ (дата обращения: ${day}).`;

describe('gost: the archive’s articles', () => {
  it.each([
    [
      'russia-has-no-allies-bezpalko-says',
      'Goble, P. ‘Russia has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says / P. Goble. – Текст : электронный // ' +
        'Window on Eurasia : [блог]. – 2021. – 6 Mar. – ' +
        'Оригинал: https://windowoneurasia2.blogspot.com/2021/03/russia-has-no-allies-and-must-stop.html. – ',
    ],
    [
      'kazakhstan-terrorists-to-be-shot-on-sight',
      'Kazakhstan’s ‘terrorists’ are now to be shot on sight. – Текст : электронный // The Real Russia. Today : [рассылка] / ' +
        'Meduza (English edition). – 2022. – 7 Jan. – ',
    ],
    [
      'is-kazakhstan-moving-away-from-russia',
      'Jasem, B. H. Is Kazakhstan moving away from Russia? / B. H. Jasem ; пер. InoSMI, vpk.name. – Текст : электронный // ' +
        'Al Araby Al Jadeed : [сайт]. – [2022?]. – Перепечатано: vpk.name: ' +
        'https://vpk.name/en/614137_central-asia-has-become-an-arena-of-confrontation-between-world-powers.html. – ',
    ],
    [
      'kazakhs-fear-becoming-imperial-target-of-moscow',
      "Rozanskij, V. Kazakhs fear becoming a new 'imperial' target of Moscow / V. Rozanskij ; пер. thelatestnews.world (TLN). – " +
        'Текст : электронный // AsiaNews : [сайт]. – 2022. – 28 Dec. – ' +
        'Оригинал: https://www.asianews.it/news-en/Kazakhs-fear-becoming-a-new-imperial-target-of-Moscow-57406.html. – ' +
        'Перепечатано: thelatestnews.world (TLN), под заглавием «Kazakhs fear becoming a new ‘imperial’ target for Moscow»: ' +
        'https://thelatestnews.world/kazakhstan-russia-kazakhs-fear-becoming-a-new-imperial-target-for-moscow/. – ',
    ],
  ])('%s', (slug, description) => {
    expect(gost(inputFor(slug, '2026-11-25')).text).toBe(description + COPY(slug, '25.11.2026'));
  });

  it('cites a paragraph by the archive copy’s address, and leaves the access date to the reader’s browser', () => {
    const slug = 'russia-has-no-allies-bezpalko-says';
    expect(gost({ ...inputFor(slug), paragraph: 8 }).text).toMatch(/\/#p8 \(дата обращения: ДД\.ММ\.ГГГГ\)\.$/);
    expect(gost({ ...inputFor(slug), paragraph: SLOT, accessed: SLOT }).text).toMatch(
      new RegExp(`/#p${SLOTS.paragraph} \\(дата обращения: ${SLOTS.accessedGost}\\)\\.$`),
    );
  });

  it('describes an English source in English and marks only the standard’s Russian words lang="ru"', () => {
    for (const a of articles.values()) {
      const { html } = gost(inputFor(a.slug, '2026-11-25'));
      const russian = [...html.matchAll(/<span lang="ru">([^<]*)<\/span>/g)].map((m) => m[1]);
      expect(
        new Set(russian).isSubsetOf(
          new Set([
            'Текст : электронный',
            '[блог]',
            '[сайт]',
            '[рассылка]',
            'пер.',
            'Оригинал',
            'Перепечатано',
            'под заглавием',
            'Архивная копия',
            'URL',
            'дата обращения',
          ]),
        ),
      ).toBe(true);
      expect(html.replace(/<span lang="ru">[^<]*<\/span>/g, '')).not.toMatch(/[А-Яа-яЁё]/);
      expect(html).not.toContain('Электронный ресурс');
    }
  });
});

describe('gost: names and dates', () => {
  it.each([
    ['Paul Goble', 'Goble, P.', 'P. Goble'],
    ['Basel Hajj Jasem', 'Jasem, B. H.', 'B. H. Jasem'],
    ['Jean-Paul Sartre', 'Sartre, J.-P.', 'J.-P. Sartre'],
    ['Meduza', 'Meduza', 'Meduza'],
  ])('%s: heading "%s", statement "%s"', (name, heading, statement) => {
    expect(headingName(name)).toBe(heading);
    expect(initialsFirst(name)).toBe(statement);
  });

  it.each<[number, { heading?: string; statement?: string }]>([
    [0, {}],
    [1, { heading: 'One, A.', statement: 'A. One' }],
    [3, { heading: 'One, A.', statement: 'A. One, B. Two, C. Three' }],
    [4, { statement: 'A. One, B. Two, C. Three, D. Four' }],
    [5, { statement: 'A. One, B. Two, C. Three [и др.]' }],
  ])('%i authors', (n, parts) => {
    const names = ['Ann One', 'Bob Two', 'Cy Three', 'Di Four', 'Ed Five'].slice(0, n);
    expect(authorsParts(names)).toEqual(parts);
  });

  it.each([
    [{ date: '2022-01-07' }, 'en', '2022. – 7 Jan.'],
    [{ date: '2022-01-07' }, 'ru', '2022. – 7 янв.'],
    [{ date: '2018-10-02' }, 'ru', '2018. – 2 окт.'],
    [{ date: '2022-06' }, 'en', '2022. – June'],
    [{ date: '2022' }, 'en', '2022'],
    [{ from: '2022-09-13', to: '2022-09-15' }, 'en', '2022. – 13–15 Sept.'],
    [{ from: '2020-06-25', to: '2020-07-01' }, 'en', '2020. – 25 June – 1 July'],
    [{ from: '2022-06', to: '2022-07' }, 'en', '2022. – June–July'],
    [{ from: '2021-12-30', to: '2022-01-02' }, 'en', '2021–2022'],
    [{ from: '2022-06', to: '2022-07', approximate: true }, 'en', '[2022?]'],
  ])('%o in %s: %s', (spec, language, text) => {
    expect(gostDate(spec, language)).toBe(text);
  });

  it('refuses a source language it has no month abbreviations for', () => {
    expect(() => gostDate({ date: '2022-01-07' }, 'de')).toThrow('expected a source in "en" or "ru"');
  });
});

describe('archiveGost', () => {
  it.each<[string, ArchiveCitationInput, string]>([
    [
      'a corporate editor, no access date',
      ARCHIVE_BY_TEAM,
      'Kazakhstan–Russia Archive, 2020–2022 : [сайт] / Editorial team of the Kazakhstan–Russia Archive. – Edition 2. – ' +
        '[S. l.] : Kazakhstan–Russia Archive, 2026. – URL: https://archive.kz/ (дата обращения: ДД.ММ.ГГГГ). – Текст : электронный.',
    ],
    [
      'editors who are people, accessed',
      ARCHIVE_BY_PEOPLE,
      'Kazakhstan–Russia Archive, 2020–2022 : [сайт] / ред.: F. Editor, S. Editor. – Edition 2. – ' +
        '[S. l.] : Kazakhstan–Russia Archive, 2026. – URL: https://archive.kz/ (дата обращения: 05.01.2027). – Текст : электронный.',
    ],
  ])('%s', (_what, input, text) => {
    expect(archiveGost(input).text).toBe(text);
  });
});
