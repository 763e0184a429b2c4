/**
 * The sentence(s) of a cited paragraph that report an event, for the event page's list of sources.
 *
 * A cited paragraph often covers more than the event; quoting its opening would show the reader
 * the wrong words. Each sentence is scored by what of the event it names: every actor or place
 * of the event it mentions (through the registry's spellings, with the same whole-word, accent-
 * and case-folding rules as the actor pages: ./matching.ts) counts two, every keyword of the
 * event's title it contains counts one. The best-scoring sentences are returned in text order.
 * Sentences are split by the platform's Unicode sentence segmenter (Intl.Segmenter).
 */
import { foldText } from './folding.ts';
import { compileMatcher, type Matcher, type RegistryEntry } from './matching.ts';

/** What the event is about: its actors and places (with their spellings) and its title. */
export interface EventTerms {
  readonly entities: readonly RegistryEntry[];
  readonly title: string;
}

/** A sentence with its score, for tests and callers that want to explain the choice. */
export interface ScoredSentence {
  readonly text: string;
  readonly score: number;
}

// Title words that say nothing about which sentence reports the event.
const STOP = new Set(
  (
    'about after again against also among and are been before being between both but by can could did does during each ' +
    'for from had has have her his into its more most not now of off once only other our out over own same she should some ' +
    'such than that the their them then there these they this those through too under until upon very was were what when ' +
    'where which while who whom why will with would again says said new'
  ).split(' '),
);

/**
 * One compiled matcher per list of entities: an event's passages share its terms, so the expression
 * is compiled once per event, not once per passage (bench/README.md).
 */
const matchers = new WeakMap<readonly RegistryEntry[], Matcher>();

function matcherOf(entities: readonly RegistryEntry[]): Matcher {
  let m = matchers.get(entities);
  if (m === undefined) {
    m = compileMatcher(entities);
    matchers.set(entities, m);
  }
  return m;
}

/** The segmenter is built once; `en` sentence rules suit every archived text (all are English). */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a paragraph into trimmed sentences. */
export function sentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

/** The keywords of a title: folded words of four letters or more, not stop words, cut to a five-letter stem. */
export function titleKeywords(title: string): string[] {
  const words =
    foldText(title)
      .folded.toLowerCase()
      .match(/\p{L}[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)))];
}

/** Scores every sentence of `paragraph` against the event's terms. */
export function scoreSentences(paragraph: string, terms: EventTerms): ScoredSentence[] {
  const match = matcherOf(terms.entities);
  const keywords = titleKeywords(terms.title);
  return sentences(paragraph).map((text) => {
    const entities = new Set(match(text).map((m) => m.id)).size;
    const words = new Set(
      foldText(text)
        .folded.toLowerCase()
        .match(/\p{L}[\p{L}\p{N}]*/gu) ?? [],
    );
    const hits = keywords.filter((k) => [...words].some((w) => w.startsWith(k))).length;
    return { text, score: entities * 2 + hits };
  });
}

/**
 * The sentence(s) of `paragraph` that report the event: those with the best score (at most
 * `max`, in text order), or the first sentence when none names anything of the event.
 */
export function reportingSentences(paragraph: string, terms: EventTerms, max = 2): string[] {
  const scored = scoreSentences(paragraph, terms);
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0) return scored.slice(0, 1).map((s) => s.text);
  return scored
    .filter((s) => s.score === best)
    .slice(0, max)
    .map((s) => s.text);
}
