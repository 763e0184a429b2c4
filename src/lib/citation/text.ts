/**
 * What the hand-formatted styles (Chicago, MLA, and the in-text forms) share: runs of text with
 * italics written as text and as HTML, headline case, quoted titles, lists of names and date spans.
 *
 * Why by hand: no package in the npm registry ships the Chicago or MLA CSL styles, and this project
 * may not copy them from the CSL styles repository. Authoring a full CSL style is hundreds of lines
 * of XML that only a CSL processor can test; the two shapes this archive needs (an online newspaper
 * or blog article, with its translators, republished copy and archive copy) are a few dozen lines of
 * TypeScript, tested against hand-checked strings. APA comes from citation-js (`apa.ts`).
 */
import { format } from 'date-fns';
import { type DateSpec, mustParse, type PartialDate } from '../dates/dates.ts';

/** A run of citation text; `i` marks italics. */
export type Part = string | { i: string };

export function toText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.i)).join('');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.i)}</i>`)).join('');
}

export const MINOR_WORDS = new Set(
  (
    'a an the and but or nor for so yet as at by from in into of on onto per than to upon via with within without ' +
    'about above across after against along among around before behind below beneath beside between beyond ' +
    'despite during except inside like near outside past since through throughout toward towards under until'
  ).split(' '),
);

/**
 * Headline-style capitalisation, which Chicago and MLA both ask for: every word capitalised except
 * articles, conjunctions and prepositions that are neither first nor last. Only lower-case first
 * letters are raised; nothing is lowered, so proper names and acronyms are safe.
 *
 * Hand-written because it is a dozen lines over a fixed word list, and every title it touches is
 * tested; a dependency for it would be larger than the rule.
 */
export function headlineCase(title: string): string {
  const tokens = title.split(/(\s+)/);
  const words = tokens.filter((t) => !/^\s*$/.test(t));
  let index = -1;
  let afterColon = false;
  return tokens
    .map((token) => {
      if (/^\s*$/.test(token)) return token;
      index += 1;
      const edge = index === 0 || index === words.length - 1 || afterColon;
      afterColon = /[:?!]$/.test(token);
      return token
        .split('-')
        .map((piece) => {
          const m = /^([^\p{L}\p{N}]*)(\p{L})(.*)$/u.exec(piece);
          if (m === null) return piece;
          const [, lead = '', first = '', rest = ''] = m;
          const bare = (first + rest).replace(/[^\p{L}\p{N}’']+$/u, '').toLowerCase();
          if (!edge && MINOR_WORDS.has(bare)) return piece;
          return lead + first.toUpperCase() + rest;
        })
        .join('-');
    })
    .join('');
}

/** Puts a title in double quotation marks with the punctuation that follows it inside, as US styles do. */
export function quoted(title: string, punct: '.' | ','): string {
  return /[.?!]$/.test(title) ? `“${title}”` : `“${title}${punct}”`;
}

/** Ends a sentence of a bibliography entry, without doubling a full stop. */
export function end(parts: Part[]): Part[] {
  const last = toText(parts);
  return /[.?!]$/.test(last) ? parts : [...parts, '.'];
}

/** MLA 9 abbreviates months longer than four letters, and "Sept." has four letters. */
export function mlaMonth(d: Date): string {
  const full = format(d, 'MMMM');
  if (full.length <= 4) return full;
  return full === 'September' ? 'Sept.' : `${full.slice(0, 3)}.`;
}

/** Writes a date or a span, sharing the year of a month span ("June–July 2022") and otherwise joining the ends. */
export function spanText(spec: DateSpec, one: (d: PartialDate) => string, style: 'us' | 'mla'): string {
  if (spec.date !== undefined) return one(mustParse(spec.date));
  const from = mustParse(spec.from ?? '');
  const to = mustParse(spec.to ?? '');
  if (from.iso === to.iso) return one(from);
  const sameYear = from.start.getFullYear() === to.start.getFullYear();
  if (sameYear && from.precision === 'month' && to.precision === 'month') {
    const month = style === 'mla' ? mlaMonth : (d: Date) => format(d, 'MMMM');
    return `${month(from.start)}–${month(to.start)} ${format(to.start, 'yyyy')}`;
  }
  if (sameYear && from.precision === 'day' && to.precision === 'day' && from.start.getMonth() === to.start.getMonth()) {
    return style === 'mla' ? `${format(from.start, 'd')}–${one(to)}` : `${format(from.start, 'MMMM d')}–${format(to.start, 'd, yyyy')}`;
  }
  return `${one(from)}–${one(to)}`;
}
