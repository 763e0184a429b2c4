/**
 * Small inputs several modules' tests share, so that the same case reads the same wherever it is tested:
 * an article's provenance facts at their plainest, and a publication on the timeline.
 */
import type { DateSpec } from '../dates/dates.ts';
import type { PublicationEntry } from '../dates/timeline.ts';
import type { ProvenanceFacts } from '../site/provenance-line.ts';

/** An article written and archived in English, signed, with a confirmed day and no translation. */
export const PLAIN_PROVENANCE: ProvenanceFacts = {
  original: 'en',
  archived: 'en',
  translations: [],
  signed: true,
  published: { date: '2021-03-06', confidence: 'confirmed' },
};

/** A publication on the timeline, its id, slug and title all `id`, naming no actor or place. */
export const publicationAt = (id: string, when: DateSpec): PublicationEntry => ({
  kind: 'publication',
  id,
  slug: id,
  title: id,
  when,
  actors: [],
  places: [],
});
