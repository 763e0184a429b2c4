/**
 * The draft generator's flags (draft.ts): what in a raw collected text looks like collection debris
 * (a date header, a byline, footers, a section tag fused to the title, reading times, stripped
 * hyperlinks, words run together), each quoting the raw text exactly, for the editor to decide.
 */
import { createRequire } from 'node:module';
import { isValid, parse } from 'date-fns';
import { type RegistryEntry, registryWords } from '../../src/lib/content/registry.ts';

/** One paragraph of the raw text, split as the source splits it. */
export interface RawParagraph {
  /** The paragraph as it stands in the source, indentation removed (flags quote it exactly). */
  readonly raw: string;
  /** The paragraph with its whitespace collapsed, as it goes into the draft. */
  readonly text: string;
  /** 1-based line in the raw file where the paragraph starts. */
  readonly line: number;
}

export type FlagKind =
  | 'date-header'
  | 'byline'
  | 'footer'
  | 'after-footer'
  | 'series-prefix'
  | 'section-tag'
  | 'reading-time'
  | 'empty-parentheses'
  | 'stray-parenthesis'
  | 'run-together'
  | 'double-space';

/** Something that looks like collection debris, for the editor to confirm or reject. */
export interface Flag {
  readonly kind: FlagKind;
  /** Index into {@link Draft.paragraphs}. */
  readonly paragraph: number;
  /** True when the whole paragraph (a line of the page's furniture) is the suspect. */
  readonly wholeParagraph: boolean;
  /** The suspect text exactly as it stands in the raw source, ready for `removed[].text`. */
  readonly text: string;
  /** Raw text around it, when the text alone would be ambiguous. */
  readonly context?: string;
  /** A proposed replacement (for words run together, a double space). */
  readonly replacement?: string;
  /** Why it looks like debris, in words the editor can check. */
  readonly reason: string;
}

export interface Registry {
  readonly actors: readonly RegistryEntry[];
  readonly places: readonly RegistryEntry[];
}

/** Whitespace collapsed, as the draft writes a paragraph. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const DATE_FORMATS = ['EEEE, MMMM d, yyyy', 'MMMM d, yyyy', 'EEEE, d MMMM yyyy', 'd MMMM yyyy', 'yyyy-MM-dd'];

/** Reads a date header such as "Saturday, March 6, 2021" as an ISO day, or undefined. */
export function readDateHeader(line: string): string | undefined {
  const text = collapse(line);
  for (const fmt of DATE_FORMATS) {
    const d = parse(text, fmt, new Date(2000, 0, 1));
    if (isValid(d)) {
      const year = String(d.getFullYear()).padStart(4, '0');
      const month = String(d.getMonth() + 1).padStart(2, '0');
      const day = String(d.getDate()).padStart(2, '0');
      const iso = `${year}-${month}-${day}`;
      return iso;
    }
  }
  return undefined;
}

/** Whole lines that blogs, republishers and comment forms add around a text. */
const FOOTERS: ReadonlyArray<[RegExp, string]> = [
  [/^no comments:?$/i, "a blog's comment-count footer"],
  [/^\d+ comments?:?$/i, "a blog's comment-count footer"],
  [/^post a comment$/i, "a blog's comment-form footer"],
  [/^leave a (reply|comment)$/i, 'a comment-form footer'],
  [/^your email address will not be published\.?/i, 'a comment-form footer'],
  [/^source link$/i, "a republisher's footer"],
  [/^(written|posted|published) by\b.{0,60}$/i, "a republisher's footer credit (not necessarily the author)"],
  [/^(share this|related posts?|read more|subscribe)\b.{0,40}$/i, 'page furniture'],
];

/** A personal name on a line of its own: two to four capitalised words and nothing else. */
const BYLINE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

let dictionary: ReadonlySet<string> | undefined;
/**
 * An English word list, to tell words run together ("towhat") from real words ("another").
 * Loaded lazily (3 MB) from `an-array-of-english-words` because no rule can know English spelling.
 */
function englishWords(): ReadonlySet<string> {
  dictionary ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return dictionary;
}

/**
 * Short function words, which is what most run-together pairs contain ("towhat", "Azattykthe").
 * A split into two longer words must clear the affix lists below, because the word list lacks
 * many derived forms ("oppositionally", "sightedness") and most proper names ("September").
 * These lists are heuristics for proposing, not rules: the editor confirms every flag.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an as at be by he in is it no of on or so to up we and are but for had has her his its not our she the was who why how ' +
    'than that then this what when with from have into over said were which where their there these those about after'
  ).split(' '),
);
const SUFFIXES = new Set(
  (
    's es ed ing ings er ers est ly ally ness less ment ments ship able ably ism ist ists ity ities ' +
    'ize ized ise ised ful fully ward wards wise hood like'
  ).split(' '),
);
const PREFIXES = new Set(
  'anti non pre post pro over under semi multi inter counter re un de dis mis sub super ultra neo pseudo quasi self co ex'.split(' '),
);

function contextAround(raw: string, index: number, length: number): string {
  const before = raw.slice(0, index).match(/(?:\S+\s+){0,2}\S*$/u)?.[0] ?? '';
  const after = raw.slice(index + length).match(/^\S*(?:\s+\S+){0,1}/u)?.[0] ?? '';
  return before + raw.slice(index, index + length) + after;
}

/** Finds words run together: "NazarbayevOpinions", and, with the word list, "towhat", "Azattykthe". */
function runTogether(raw: string, known: Set<string>): Array<{ index: number; text: string; replacement: string }> {
  const words = englishWords();
  const out: Array<{ index: number; text: string; replacement: string }> = [];
  for (const m of raw.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (w.length < 5 || words.has(lower) || known.has(lower)) continue;
    const camel = w.match(/^(\p{L}*\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}\p{L}*)$/u);
    if (camel?.[1] !== undefined && camel[2] !== undefined) {
      out.push({ index: m.index, text: w, replacement: `${camel[1]} ${camel[2]}` });
      continue;
    }
    if (/\p{Lu}/u.test(w.slice(1))) continue;
    const capitalised = /^\p{Lu}/u.test(w);
    const inList = (p: string) => FUNCTION_WORDS.has(p) || (p.length >= 3 && (words.has(p) || known.has(p)));
    for (let i = 1; i < w.length; i++) {
      const left = lower.slice(0, i);
      const right = lower.slice(i);
      if (!inList(left) || !inList(right) || SUFFIXES.has(right) || PREFIXES.has(left)) continue;
      const plausible = capitalised
        ? known.has(left) || (right.length >= 3 && FUNCTION_WORDS.has(right))
        : FUNCTION_WORDS.has(left) || FUNCTION_WORDS.has(right) || (left.length >= 4 && right.length >= 4);
      if (plausible) {
        out.push({ index: m.index, text: w, replacement: `${w.slice(0, i)} ${w.slice(i)}` });
        break;
      }
    }
  }
  return out;
}

interface WholeFlags {
  readonly flags: Flag[];
  /** The paragraphs flagged whole, which get no inline flags. */
  readonly whole: ReadonlySet<number>;
  readonly titleIndex: number;
  readonly published?: string;
  readonly authors: string[];
}

/** Whole-paragraph flags: a footer and whatever follows it, a date header, a byline under the title. */
function wholeParagraphFlags(paragraphs: readonly RawParagraph[]): WholeFlags {
  const flags: Flag[] = [];
  const whole = new Set<number>();
  const authors: string[] = [];
  let published: string | undefined;
  let footerAt = -1;
  let titleIndex = -1;
  const all = paragraphs.map((p) => p.raw).join('\n');
  const unique = (text: string) => all.indexOf(text) === all.lastIndexOf(text);
  const addWhole = (i: number, kind: FlagKind, reason: string) => {
    const text = paragraphs[i]?.raw ?? '';
    whole.add(i);
    flags.push({ kind, paragraph: i, wholeParagraph: true, text, ...(unique(text) ? {} : { context: `${text}\n` }), reason });
  };
  paragraphs.forEach((p, i) => {
    const footer = FOOTERS.find(([re]) => re.test(p.text));
    if (footer !== undefined && i > 0) {
      footerAt = i;
      return addWhole(i, 'footer', footer[1]);
    }
    if (footerAt >= 0)
      return addWhole(i, 'after-footer', "follows the page's footer: an unrelated headline, caption or item glued on at the end?");
    const date = readDateHeader(p.text);
    if (date !== undefined && i < 4) {
      published ??= date;
      return addWhole(i, 'date-header', 'a date header above the text; keep it as the publication date');
    }
    if (titleIndex < 0) {
      titleIndex = i;
      return;
    }
    if (i <= titleIndex + 3 && BYLINE.test(p.text) && p.text.length <= 40) {
      authors.push(p.text);
      return addWhole(i, 'byline', 'a byline above the text; keep it as the author');
    }
  });
  return { flags, whole, titleIndex, ...(published === undefined ? {} : { published }), authors };
}

/** A paragraph's inline flags, each quoting the exact raw characters with a little context. */
function inlineFlags(raw: string, i: number, isTitle: boolean, known: Set<string>): Flag[] {
  const flags: Flag[] = [];
  const inline = (kind: FlagKind, index: number, text: string, reason: string, replacement?: string) =>
    flags.push({
      kind,
      paragraph: i,
      wholeParagraph: false,
      text,
      context: contextAround(raw, index, text.length),
      reason,
      ...(replacement === undefined ? {} : { replacement }),
    });

  if (isTitle) {
    const tag = raw.match(/^(\p{Lu}{2,}(?:[-–/ ]\p{Lu}{2,})*) (?=\p{Lu}\p{Ll})/u);
    if (tag !== null) inline('section-tag', 0, tag[0], 'a section tag in capitals fused to the title');
    const series = raw.match(/^(?:.*?[.!?] )+(?=\p{Lu})/u);
    if (tag === null && series !== null)
      inline('series-prefix', 0, series[0], 'a series or newsletter name fused to the title (the title holds several sentences)');
  }
  for (const m of raw.matchAll(/ ?\(\s*\d+[- ]?min(?:ute)?s?\.?(?: read)?\)/giu))
    inline('reading-time', m.index, m[0], 'reading-time furniture');
  for (const m of raw.matchAll(/\(\s*\) ?/gu))
    inline('empty-parentheses', m.index, m[0], 'empty parentheses, where a hyperlinked name was stripped?');
  const open: number[] = [];
  for (const m of raw.matchAll(/[()]/gu)) {
    if (m[0] === '(') open.push(m.index);
    else open.pop();
  }
  for (const index of open) {
    if (raw.slice(index).match(/^\(\s*\)/u)) continue;
    inline('stray-parenthesis', index, '(', 'a parenthesis that is never closed, where a hyperlink was stripped?');
  }
  // Two spaces after a sentence are a typist's habit, harmless once collapsed; elsewhere they
  // mark a lost word or link ("Regnum in\u00a0 Kazakhstan").
  for (const m of raw.matchAll(/(?<![.!?;:"”’)])[ \u00a0]{2,}/gu)) {
    inline('double-space', m.index, m[0], 'a double space inside the text (the draft collapses it)', ' ');
  }
  for (const r of runTogether(raw, known))
    inline(
      'run-together',
      r.index,
      r.text,
      'words run together, where a line break or a hyperlink was lost? (or a typo of the source: then record it in sourceErrors instead)',
      r.replacement,
    );
  return flags;
}

/**
 * Flags what looks like debris. Whole-paragraph flags (date header, byline, footers and whatever
 * follows a footer) come first; inline flags quote the exact raw characters, so an accepted flag
 * can go straight into `removed[].text`.
 */
export function findFlags(
  paragraphs: readonly RawParagraph[],
  registry: Registry,
): { flags: Flag[]; titleIndex: number; published?: string; authors: string[] } {
  const { flags, whole, titleIndex, published, authors } = wholeParagraphFlags(paragraphs);
  const known = registryWords([...registry.actors, ...registry.places]);
  paragraphs.forEach((p, i) => {
    if (!whole.has(i)) flags.push(...inlineFlags(p.raw, i, i === titleIndex, known));
  });
  flags.sort((a, b) => a.paragraph - b.paragraph);
  return { flags, titleIndex: Math.max(titleIndex, 0), ...(published === undefined ? {} : { published }), authors };
}
