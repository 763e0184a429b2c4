/**
 * The phrases of an article's page built from its facts, in the page's language: language names, the
 * translation path, the provenance at a glance, what was removed, the Wayback look-up's label, a
 * confidence, and the words the page's tools (src/client/page-tools.ts) write. English is the existing
 * formatters' output byte for byte (src/lib/site/format.ts, src/lib/site/provenance-line.ts,
 * src/lib/provenance/wayback.ts); the other languages take every word from the dictionaries and the
 * languages' names from the platform's CLDR data (`Intl.DisplayNames`), in the nominative, so the
 * dictionary strings are written around them without case endings.
 */
import { isExactDay } from '../dates/dates.ts';
import { waybackLabel, waybackTimestamp } from '../provenance/wayback.ts';
import { languageName, removedLabel, translationPath } from '../site/format.ts';
import { type ProvenanceFacts, provenanceAtAGlance } from '../site/provenance-line.ts';
import type { DateSpec } from '../dates/dates.ts';
import { formatDate } from './dates.ts';
import type { Key } from './dictionaries/en.ts';
import type { Lang } from './langs.ts';
import { translate } from './translate.ts';
import { joinNamesIn } from './words.ts';

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A language's name (by its code) as a reader of `lang` writes it. */
export function languageNameIn(lang: Lang, code: string): string {
  if (lang === 'en') return languageName(code);
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'language' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** "Russian → English": the languages a text passed through. */
export function translationPathIn(lang: Lang, original: string, steps: readonly { from: string; to: string }[]): string {
  if (lang === 'en') return translationPath(original, steps);
  return [original, ...steps.map((s) => s.to)].map((c) => languageNameIn(lang, c)).join(' → ');
}

/** How an article came to the archive, as short phrases (src/lib/site/provenance-line.ts decides which). */
export function glanceIn(lang: Lang, f: ProvenanceFacts): string[] {
  if (lang === 'en') return provenanceAtAGlance(f);
  const t = (key: Key, vars?: Record<string, string>) => translate(lang, key, vars);
  const name = (code: string) => languageNameIn(lang, code);
  const out: string[] = [];
  const steps = f.translations;
  if (steps.length > 0) {
    const hands = joinNamesIn(
      lang,
      steps.map((s) => s.by ?? t('article.unidentifiedTranslator')),
    );
    const via = steps
      .slice(0, -1)
      .map((s) => name(s.to))
      .join(' → ');
    const vars = { original: name(f.original), archived: name(f.archived), via, hands };
    const guessed = steps.some((s) => s.confidence !== 'confirmed') ? t('glance.inferred') : '';
    out.push(t(steps.length > 1 ? 'glance.retranslated' : 'glance.translated', vars) + guessed);
  } else if (f.original !== f.archived) {
    out.push(t('glance.translatorUnknown', { original: name(f.original) }));
  }
  if (f.republishedBy !== undefined) out.push(t('glance.republished', { name: f.republishedBy.name ?? t('glance.unidentifiedSite') }));
  if (!f.signed) out.push(t('byline.unsigned'));
  if (f.published.approximate) out.push(t('glance.approximate', { date: formatDate({ ...f.published, approximate: false }, lang) }));
  else if (!isExactDay(f.published)) out.push(t('glance.knownAs', { date: formatDate(f.published, lang) }));
  if (f.published.confidence !== 'confirmed')
    out.push(t(f.published.confidence === 'inferred' ? 'glance.dateInferred' : 'glance.dateUnknown'));
  if (out.length === 0) out.push(t('glance.original', { language: name(f.original) }));
  return out;
}

/** What was removed from the collected copy, quoted as the language quotes. */
export function removedLabelIn(lang: Lang, removed: { text: string; context?: string | undefined }): string {
  if (lang === 'en') return removedLabel(removed);
  const text = removed.text.trim();
  const context = removed.context?.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return context ? translate(lang, 'removed.spaceIn', { context }) : translate(lang, 'removed.space');
  if (text.length <= 3 && context && context !== text) return translate(lang, 'removed.textIn', { text, context });
  return translate(lang, 'removed.text', { text });
}

/** The Wayback look-up's words: "find archived copies near 5 January 2022". */
export function waybackLabelIn(lang: Lang, when: DateSpec): string {
  if (lang === 'en') return waybackLabel(when);
  const iso = when.date ?? when.from;
  return waybackTimestamp(when) === '' || iso === undefined
    ? translate(lang, 'wayback.find')
    : translate(lang, 'wayback.near', { date: formatDate({ date: iso }, lang) });
}

/** A fact's confidence as the page shows it: the schema's value in English, its word elsewhere. */
export function confidenceIn(lang: Lang, value: string): string {
  if (lang === 'en') return value;
  const key = `confidence.${value}`;
  return key === 'confidence.confirmed' || key === 'confidence.inferred' || key === 'confidence.unknown' ? translate(lang, key) : value;
}
