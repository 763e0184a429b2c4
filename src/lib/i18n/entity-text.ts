/**
 * The words of event, actor and place pages that follow from their data rather than from one fixed string:
 * the note an editorial text carries when it is not in the page's language or is a draft, the `lang` a
 * shown text needs, an affiliation's period, a cited passage's name and a confidence badge, each in the
 * page's interface language through the dictionaries (src/lib/i18n/dictionaries/).
 */
import type { z } from 'zod';
import { confidence } from '../content/schema/common.ts';
import { formatDate } from './dates.ts';
import type { Key } from './dictionaries/en.ts';
import type { Editorial } from './editorial.ts';
import type { Lang } from './langs.ts';
import { translate } from './translate.ts';

/** The scripts an entity's registered name forms are grouped by, in the order its page lists them. */
export const NAME_SCRIPTS = ['Cyrl', 'Latn'] as const;

/** The note a page shows beside an editorial text: that it falls back to another language, or is a draft; none for an original. */
export function editorialNoteKey(shown: Pick<Editorial, 'lang' | 'fallback' | 'status'>): Key | undefined {
  if (shown.fallback) return shown.lang === 'ru' ? 'note.fallback.ru' : 'note.fallback.en';
  return shown.status === 'draft' ? 'note.draft' : undefined;
}

/** The `lang` attribute a text in `shown` needs on a page in `page`: none when they are the same (the page's own). */
export function langAttr(shown: Lang, page: Lang): Lang | undefined {
  return shown === page ? undefined : shown;
}

/** The period an affiliation held, in `lang`, or undefined when the attesting page gives no dates. */
export function periodIn(a: { from?: string | undefined; to?: string | undefined }, lang: Lang): string | undefined {
  const from = a.from === undefined ? undefined : formatDate({ date: a.from }, lang);
  const to = a.to === undefined ? undefined : formatDate({ date: a.to }, lang);
  if (from !== undefined && to !== undefined) return translate(lang, 'period.span', { from, to });
  if (from !== undefined) return translate(lang, 'period.from', { from });
  if (to !== undefined) return translate(lang, 'period.until', { to });
  return undefined;
}

/** A cited passage's name by its anchor in the article page (`p4`, `standfirst`, `dateline`). */
export function passageLabel(anchor: string, lang: Lang): string {
  if (anchor === 'standfirst') return translate(lang, 'passage.standfirst');
  if (anchor === 'dateline') return translate(lang, 'passage.dateline');
  const n = /^p(\d+)$/.exec(anchor)?.[1];
  if (n === undefined) throw new Error(`A cited passage's anchor is p<number>, standfirst or dateline: got ${JSON.stringify(anchor)}`);
  return translate(lang, 'passage.paragraph', { n });
}

/** A fact's confidence, as the schema has it. */
export type Confidence = z.infer<typeof confidence>;

/** What a confidence badge is about: the date, the event, or (the row's heading saying it) nothing. */
export type ConfidenceOf = 'date' | 'event' | undefined;

/** A confidence badge's words: "date confirmed", "event inferred", or the bare value. */
export function confidenceWords(value: string, of: ConfidenceOf, lang: Lang): string {
  if (!isConfidence(value)) throw new Error(`A confidence is one of ${CONFIDENCES.join(', ')}: got ${JSON.stringify(value)}`);
  return translate(lang, of === undefined ? `confidence.${value}` : `confidence.${of}.${value}`);
}

const CONFIDENCES: readonly string[] = confidence.options;
const isConfidence = (value: string): value is Confidence => CONFIDENCES.includes(value);
