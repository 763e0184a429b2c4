/**
 * ГОСТ Р 7.0.100–2018, the bibliographic description Russian and Kazakh universities require, for an
 * article (an analytic description: the article "//" the periodical or blog it appeared in) and for the
 * archive as a whole (a website). Formatted by hand for the reason `text.ts` gives; the tests
 * (gost.test.ts) hold it to worked examples from library guides to the standard.
 *
 * What the standard asks of an electronic resource, and how it is met here:
 * - areas are separated by ". – " (full stop, space, en dash, space); the component part and its
 *   host by " // ";
 * - the author heading is "Фамилия, И. О." (family name, comma, initials), and the statement of
 *   responsibility after " / " gives the names "И. О. Фамилия"; with four authors the description
 *   starts with the title, with five or more the statement names three and adds "[и др.]";
 * - the content form "Текст : электронный" replaces the old "[Электронный ресурс]";
 * - the address is a note, "URL: …", followed by "(дата обращения: ДД.ММ.ГГГГ)";
 * - a source in a Latin-script language is described in its own language and script (title, names,
 *   periodical, months), while the standard's own words (the content form, "[блог]", "URL",
 *   "дата обращения", the notes) are in Russian, as its clause 4.8 allows for foreign sources. Those
 *   Russian words are marked `lang="ru"` in the HTML so that a screen reader says them in Russian.
 */
import { format } from 'date-fns';
import { type DateSpec, mustParse, type PartialDate } from '../dates/dates.ts';
import type { ArchiveCitationInput } from './archive-input.ts';
import { archiveUrl, type CitationInput, SLOT, SLOTS } from './csl.ts';
import { splitName } from './names.ts';
import { escapeHtml, mlaMonth } from './text.ts';

/** A run of citation text; `ru` marks the standard's Russian words. */
export type GostRun = string | { readonly ru: string };

/** The separator of the areas of a description. */
export const AREA = '. – ';

/** What the reader fills in when no access date is known: the standard's own pattern. */
export const NO_ACCESS_DATE = 'ДД.ММ.ГГГГ';

export function gostText(runs: readonly GostRun[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.ru)).join('');
}

export function gostHtml(runs: readonly GostRun[]): string {
  return runs.map((r) => (typeof r === 'string' ? escapeHtml(r) : `<span lang="ru">${escapeHtml(r.ru)}</span>`)).join('');
}

/** "09.01.2018": a day as the access date's note writes it. */
export function accessDay(iso: string): string {
  return format(mustParse(iso).start, 'dd.MM.yyyy');
}

/** "URL: https://elibrary.ru (дата обращения: 09.01.2018)": the address note, with the access date or its slot. */
export function gostUrl(url: string, accessed: string | typeof SLOT | undefined): GostRun[] {
  const day = accessed === undefined ? NO_ACCESS_DATE : accessed === SLOT ? SLOTS.accessedGost : accessDay(accessed);
  return [{ ru: 'URL' }, `: ${url} (`, { ru: 'дата обращения' }, `: ${day})`];
}

/**
 * Joins areas with ". – ", ending the description with a full stop. The standard keeps the source's
 * own punctuation before its prescribed marks ("Russia?. – ") but never doubles a full stop, so after
 * an abbreviation ("7 Jan.") only " – " follows.
 */
export function gostAreas(areas: ReadonlyArray<readonly GostRun[]>): GostRun[] {
  const runs: GostRun[] = [];
  areas.forEach((area, i) => {
    if (i > 0) runs.push(gostText(runs).endsWith('.') ? ' – ' : AREA);
    runs.push(...area);
  });
  return /[.?!]$/.test(gostText(runs)) ? runs : [...runs, '.'];
}

/** "P. Goble", "B. H. Jasem", "J.-P. Sartre": a name as the statement of responsibility gives it. */
export function initialsFirst(name: string): string {
  const { family, given } = splitName(name);
  return given === undefined ? family : `${initials(given)} ${family}`;
}

/** "Goble, P.": the author heading. */
export function headingName(name: string): string {
  const { family, given } = splitName(name);
  return given === undefined ? family : `${family}, ${initials(given)}`;
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${[...part][0] ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

/** The heading (up to three authors) and the statement of responsibility, by the standard's rule for the number of authors. */
export function authorsParts(authors: readonly string[]): { heading?: string; statement?: string } {
  if (authors.length === 0) return {};
  const named = authors.length >= 5 ? authors.slice(0, 3) : authors;
  const statement = named.map(initialsFirst).join(', ') + (authors.length >= 5 ? ' [и др.]' : '');
  return authors.length <= 3 ? { heading: headingName(authors[0] ?? ''), statement } : { statement };
}

/** Months as a description in Russian abbreviates them after a day (ГОСТ Р 7.0.12). */
const RUSSIAN_MONTHS = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** A month in the language of the source: English abbreviated as English bibliographies do ("Sept."), Russian as above. */
function monthIn(d: Date, language: string): string {
  if (language === 'en') return mlaMonth(d);
  if (language === 'ru') return RUSSIAN_MONTHS[d.getMonth()] ?? '';
  throw new Error(`ГОСТ citation: no month abbreviations for a source in "${language}"; expected a source in "en" or "ru"`);
}

/**
 * The date areas of a periodical's issue: "2022. – 7 Jan.", "2022. – Jan.", "2022"; a span within a
 * year "2022. – 13–15 Sept."; across years only the years, "2021–2022"; an approximate date only its
 * year, in brackets with a question mark as the standard marks a date supplied by the describer.
 */
export function gostDate(spec: DateSpec, language: string): string {
  if (spec.approximate === true) return `[${mustParse(spec.date ?? spec.from ?? '').start.getFullYear()}?]`;
  const from = mustParse(spec.date ?? spec.from ?? '');
  const to = mustParse(spec.date ?? spec.to ?? '');
  const year = from.start.getFullYear();
  if (year !== to.start.getFullYear()) return `${year}–${to.start.getFullYear()}`;
  const part = (d: PartialDate) =>
    d.precision === 'day' ? `${d.start.getDate()} ${monthIn(d.start, language)}` : monthIn(d.start, language);
  if (from.precision === 'year' || to.precision === 'year') return String(year);
  if (from.iso === to.iso) return `${year}${AREA}${part(from)}`;
  if (from.precision === 'day' && to.precision === 'day' && from.start.getMonth() === to.start.getMonth())
    return `${year}${AREA}${from.start.getDate()}–${part(to)}`;
  const joiner = from.precision === 'day' || to.precision === 'day' ? ' – ' : '–';
  return `${year}${AREA}${part(from)}${joiner}${part(to)}`;
}

/** "[блог]", "[рассылка]", "[сайт]": what the host is, supplied by the describer in brackets. */
function hostKind(input: CitationInput): string {
  return input.genre === 'blog' ? '[блог]' : input.genre === 'newsletter' ? '[рассылка]' : '[сайт]';
}

/**
 * An article's description: the original publication, its address as a note, and the archive's copy
 * (where the reader read it) with its address and the access date.
 */
export function gost(input: CitationInput): { text: string; html: string } {
  const { heading, statement } = authorsParts(input.authors);
  const title: GostRun[] = [];
  if (heading !== undefined) title.push(`${heading} `);
  title.push(input.title);
  if (statement !== undefined) title.push(` / ${statement}`);
  if (input.translators.length > 0) title.push(statement === undefined ? ' / ' : ' ; ', { ru: 'пер.' }, ` ${input.translators.join(', ')}`);
  // A name that ends with its own full stop ("The Real Russia. Today.") loses it before the " : " that follows.
  const host: GostRun[] = [{ ru: 'Текст : электронный' }, ` // ${input.container.replace(/\.$/, '')} : `, { ru: hostKind(input) }];
  if (input.publisher !== undefined) host.push(` / ${input.publisher}`);
  const areas: GostRun[][] = [title, host, [gostDate(input.published, input.language)]];
  if (input.originalUrl !== null) areas.push([{ ru: 'Оригинал' }, `: ${input.originalUrl}`]);
  if (input.republished !== undefined) {
    const r = input.republished;
    const as: GostRun[] = r.title === undefined ? [] : [', ', { ru: 'под заглавием' }, ` «${r.title}»`];
    areas.push([{ ru: 'Перепечатано' }, `: ${r.by}`, ...as, `: ${r.url}`]);
  }
  areas.push([{ ru: 'Архивная копия' }, ` // ${input.archive.name}`], gostUrl(archiveUrl(input), input.accessed));
  const runs = gostAreas(areas);
  return { text: gostText(runs), html: gostHtml(runs) };
}

/**
 * The archive as a whole, described as a website: "Title : [сайт] / editors. – Edition N. – [S. l.] :
 * Publisher, year. – URL: … (дата обращения: …). – Текст : электронный." The archive names no place of
 * publication, which a Latin-script description marks "[S. l.]" (sine loco).
 */
export function archiveGost(input: ArchiveCitationInput): { text: string; html: string } {
  const editors = input.editors.map((e) => (e.corporate ? e.name : initialsFirst(e.name))).join(', ');
  const people = input.editors.some((e) => !e.corporate);
  const title: GostRun[] = [`${input.title} : `, { ru: '[сайт]' }, ' / ', ...(people ? [{ ru: 'ред.' }, ': '] : []), editors];
  const runs = gostAreas([
    title,
    [`Edition ${input.edition}`],
    [`[S. l.] : ${input.publisher}, ${input.date.slice(0, 4)}`],
    gostUrl(input.url, input.accessed),
    [{ ru: 'Текст : электронный' }],
  ]);
  return { text: gostText(runs), html: gostHtml(runs) };
}
