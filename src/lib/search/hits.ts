/**
 * Turns a Pagefind result into what a researcher needs: the paragraph the match is in, an excerpt
 * of the archived text with the matched words marked, and the words to highlight on the article.
 *
 * Pagefind's own excerpt and `sub_results` do not fit the archive: sub-results only follow headings
 * (our paragraphs are `<p id="pN">`), and its excerpt may come from the hidden name blocks that
 * connect spellings (see `variants.ts`). Its fragment data has all we need: the page's words, the
 * matched word positions and every element with an id and its word position (`anchors`).
 */
import { foldWord, NAME_SEPARATOR, nameWords } from '../content/registry.ts';
import { isStopWord, isWordForm, markedPositions } from './marks.ts';
import { NAMES_ID_PREFIX } from './variants.ts';

/** The part of Pagefind's `result.data()` this module reads. */
export interface HitFragment {
  readonly content: string;
  readonly locations: readonly number[];
  readonly anchors: ReadonlyArray<{
    readonly element: string;
    readonly id?: string | undefined;
    readonly text?: string | undefined;
    readonly location: number;
  }>;
}

/** The matches of one result in one paragraph (or the standfirst, the dateline, the title). */
export interface HitGroup {
  /** The element's id to link to (`p7`, `standfirst`, `dateline`), or undefined for the head of the page. */
  readonly anchor: string | undefined;
  /** Word positions of the matches inside it. */
  readonly locations: readonly number[];
  /** Where the element's words begin and end, so its excerpt stays inside it. */
  readonly start: number;
  readonly end: number;
}

export interface Hit {
  /** Word positions in the archived text (never in the hidden name blocks). */
  readonly locations: readonly number[];
  /** The matches grouped by paragraph, in reading order, at most `MAX_GROUPS`. */
  readonly groups: readonly HitGroup[];
  /** Every word Pagefind matched, hidden name blocks included, to tell real matches from its fallback. */
  readonly matchedWords: readonly string[];
  /** Anchor of the paragraph holding the first match (`p7`), if any. */
  readonly paragraph: string | undefined;
  /** The words as the text writes them, for highlighting on the article page. */
  readonly terms: readonly string[];
  /** When the query matched only another spelling: the canonical name it reached through. */
  readonly via: string | undefined;
  /** The id of the hidden block `via` came from (src/lib/search/variants.ts says what each kind of block is). */
  readonly viaBlock: string | undefined;
  /** The words of the page, split as Pagefind counts them. */
  readonly words: readonly string[];
  /** Where the archived text ends and the hidden name blocks begin. */
  readonly textEnd: number;
}

/** Splits content as Pagefind counts word positions (on whitespace). */
export function splitWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g).filter((w) => w !== '');
}

/** Elements a match can be linked to: numbered paragraphs and the article's head (see src/pages/articles/[slug].astro). */
const TARGET_ID = /^(?:p\d+|standfirst|dateline|title)$/;

/** A result shows at most this many excerpts, each from a different paragraph. */
export const MAX_GROUPS = 3;

/**
 * Finds where a result really matched. A match inside a hidden name block means the article uses a
 * spelling of the same name, maybe another: we look for any of that block's spellings in the text so
 * the excerpt and the deep link show the spelling the source uses. Given the query's words (`query`),
 * only the words that are those words or their forms are kept (marks.ts): Pagefind also reports
 * words that merely start with a query word.
 */
export function locateHit(fragment: HitFragment, query?: readonly string[]): Hit {
  const words = splitWords(fragment.content);
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const nameAnchors = anchors.filter((a) => a.id?.startsWith(NAMES_ID_PREFIX));
  const textEnd = nameAnchors[0]?.location ?? words.length;
  const sorted = [...fragment.locations].sort((a, b) => a - b);
  const inText = sorted.filter((l) => l < textEnd);
  // With the query's words, only the words that are those words (or their forms) are marked (marks.ts).
  let locations = query === undefined ? inText : markedPositions(words, inText, query);
  let via: string | undefined;
  let viaBlock: string | undefined;
  const blocks = new Set<(typeof nameAnchors)[number]>();
  for (const l of sorted) {
    // A name block counts when a word the engine matched in it is a query word, not merely starts with one.
    if (l < textEnd || (query !== undefined && !query.some((t) => !isStopWord(t) && isWordForm(t, words[l] ?? '')))) continue;
    const block = nameAnchors.filter((a) => a.location <= l).at(-1);
    if (block) blocks.add(block);
  }
  if (blocks.size > 0 && (locations.length === 0 || query !== undefined)) {
    const found = new Set<number>(locations);
    for (const block of blocks) {
      const spellings = (block.text ?? '')
        .split(NAME_SEPARATOR)
        .map(nameWords)
        .filter((s) => s.length > 0);
      if (locations.length === 0 && via === undefined) {
        via = (block.text ?? '').split(NAME_SEPARATOR)[0];
        viaBlock = block.id;
      }
      for (const at of occurrences(words, textEnd, spellings)) found.add(at);
    }
    locations = [...found].sort((a, b) => a - b);
  }
  const targets = anchors.filter((a) => a.id !== undefined && TARGET_ID.test(a.id) && a.location < textEnd);
  const groups: HitGroup[] = [];
  for (const l of locations) {
    const index = targets.findLastIndex((a) => a.location <= l);
    const target = targets[index];
    const anchor = target?.id;
    const existing = groups.find((g) => g.anchor === anchor);
    if (existing) {
      (existing.locations as number[]).push(l);
    } else if (groups.length < MAX_GROUPS) {
      groups.push({ anchor, locations: [l], start: target?.location ?? 0, end: targets[index + 1]?.location ?? textEnd });
    }
  }
  const paragraph = groups.find((g) => g.anchor !== 'title')?.anchor ?? groups[0]?.anchor;
  const terms = [...new Set(locations.map((l) => trimWord(words[l] ?? '')).filter((w) => w !== ''))];
  const matchedWords = [...new Set(sorted.map((l) => trimWord(words[l] ?? '')).filter((w) => w !== ''))];
  return {
    locations,
    groups,
    matchedWords,
    paragraph: paragraph === 'title' ? undefined : paragraph,
    terms,
    via,
    viaBlock,
    words,
    textEnd,
  };
}

/** Word positions (every word of each match) where any of the spellings occurs before `end`. */
function occurrences(words: readonly string[], end: number, spellings: readonly string[][]): number[] {
  const out: number[] = [];
  const folded = words.slice(0, end).map(foldWord);
  for (let i = 0; i < folded.length; i++) {
    for (const s of spellings) {
      if (s.every((w, k) => folded[i + k] === w)) for (let k = 0; k < s.length; k++) out.push(i + k);
    }
  }
  return out;
}

/** A word without the punctuation that clings to it in running text. */
function trimWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Escapes text for HTML, so nothing from the index or the URL is ever parsed as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An excerpt of about `length` words of the archived text around the first match, escaped, with
 * the matched words in `<mark>`. Never reaches into the hidden name blocks.
 */
export function excerptHtml(hit: Hit, length = 32, group?: HitGroup): string {
  const { words } = hit;
  const from = group?.start ?? 0;
  const textEnd = group?.end ?? hit.textEnd;
  const marked = new Set(group?.locations ?? hit.locations);
  const first = (group?.locations ?? hit.locations)[0] ?? from;
  const start = Math.max(from, Math.min(first - Math.floor(length / 4), textEnd - length));
  const end = Math.min(textEnd, start + length);
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const w = escapeHtml(words[i] ?? '');
    parts.push(marked.has(i) ? `<mark>${w}</mark>` : w);
  }
  return `${start > from ? '… ' : ''}${parts.join(' ')}${end < textEnd ? ' …' : ''}`;
}
