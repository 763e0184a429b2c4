/**
 * From a raw collected text to an article draft.
 *
 * A collected copy carries the text and, around it, whatever the page it came from had: a blog's
 * date header and byline, comment-form footers, a republisher's section tag, headlines of
 * unrelated items, parentheses left where a hyperlink was stripped, words that ran together when
 * a line break or a link vanished. The generator keeps every word of the source and *flags* what
 * looks like such debris, so that the editor decides and records each removal in the article's
 * `removed` list. It never decides alone: every flag becomes a `TODO`, and `npm run check:content`
 * fails until the editor has resolved them all.
 *
 * Pure logic: no file system. `scripts/new-article.ts` reads and writes the files.
 */
import { createRequire } from 'node:module';
import { isValid, parse } from 'date-fns';
import { stringify } from 'yaml';
import { z } from 'zod';
import { compileMatcher, type RegistryEntry, registryWords, stripAccents } from '../../src/lib/content/registry.ts';
import { articleSchema } from '../../src/lib/content/schema.ts';

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

export interface Draft {
  readonly paragraphs: readonly RawParagraph[];
  /** Index of the paragraph taken as the title (the first that is not flagged furniture). */
  readonly titleIndex: number;
  /** The title with any flagged prefix taken off. */
  readonly title: string;
  readonly flags: readonly Flag[];
  /** Actor ids whose name or a spelling occurs in the text, in order of first occurrence. */
  readonly actors: readonly string[];
  readonly places: readonly string[];
  /** A date header, read as an ISO day, when the source has one. */
  readonly published?: string;
  /** Names read from a byline line. */
  readonly authors: readonly string[];
  /** The frontmatter skeleton: every required field of the article schema, unknowns as `TODO`. */
  readonly frontmatter: Record<string, unknown>;
}

/** The raw text of a paragraph without the NBSP-and-space runs that indent it. */
const INDENT = /^[\u00a0\t ]+/;

/**
 * Splits a raw text into paragraphs the way the collected copies are laid out: most separate
 * paragraphs by blank lines, but some (004) put one paragraph on each line, so a text with no
 * blank line at all is split at every line break.
 */
export function splitParagraphs(source: string): RawParagraph[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const blank = (l: string) => l.replace(/[\u00a0\t ]/g, '') === '';
  const hasBlankLines = lines.some((l, i) => blank(l) && i > 0 && i < lines.length - 1 && lines.slice(0, i).some((x) => !blank(x)));
  const out: RawParagraph[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    if (current.length > 0) {
      const raw = current.map((l) => l.replace(INDENT, '').replace(/[\u00a0\t ]+$/, '')).join('\n');
      out.push({ raw, text: collapse(raw), line: start });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    if (blank(line)) return flush();
    if (!hasBlankLines) flush();
    if (current.length === 0) start = i + 1;
    current.push(line);
  });
  flush();
  return out;
}

/** Collapses every run of whitespace, NBSP included, into one space. */
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

/**
 * Flags what looks like debris. Whole-paragraph flags (date header, byline, footers and whatever
 * follows a footer) come first; inline flags quote the exact raw characters, so an accepted flag
 * can go straight into `removed[].text`.
 */
export function findFlags(
  paragraphs: readonly RawParagraph[],
  registry: Registry,
): { flags: Flag[]; titleIndex: number; published?: string; authors: string[] } {
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

  const known = registryWords([...registry.actors, ...registry.places]);
  paragraphs.forEach((p, i) => {
    if (whole.has(i)) return;
    const raw = p.raw;
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

    if (i === titleIndex) {
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
  });

  flags.sort((a, b) => a.paragraph - b.paragraph);
  return { flags, titleIndex: Math.max(titleIndex, 0), ...(published === undefined ? {} : { published }), authors };
}

/**
 * Finds the registry entries a text names, in order of first mention, through the registry's one
 * matcher (the rules are in `src/lib/content/registry.ts`).
 */
export function proposeIds(text: string, entries: readonly RegistryEntry[]): string[] {
  return [...new Set(compileMatcher(entries)(text).map((m) => m.id))];
}

/**
 * A URL name from a title: lower-case ASCII letters and digits joined by single hyphens.
 * Hand-written because the schema's slug rule is ASCII-only, while slugger packages keep
 * non-ASCII letters.
 */
export function slugify(title: string): string {
  return stripAccents(title)
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 10)
    .join('-');
}

/** The marker every undecided value carries, so the content checker refuses the draft. */
export const TODO = 'TODO';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/**
 * Builds a value for every required field of a schema, with `TODO` where nothing is known. It
 * reads the fields from `articleSchema` itself, so the draft follows any change to the schema
 * without restating it.
 */
export function skeleton(schema: z.ZodType, path = ''): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const t = defOf(field).type;
        if (t === 'optional' || t === 'default') continue;
        out[key] = skeleton(field, path === '' ? key : `${path}.${key}`);
      }
      return out;
    }
    case 'nullable':
      return `${TODO}: ${path}, or null if unknown`;
    case 'enum':
      return `${TODO}: ${path}, one of ${Object.values(def.entries ?? {}).join(' | ')}`;
    case 'array':
      return [];
    case 'pipe':
    case 'optional':
    case 'default':
      return def.innerType === undefined ? `${TODO}: ${path}` : skeleton(def.innerType, path);
    default:
      return `${TODO}: ${path}`;
  }
}

/** The article schema with plain ids, only to read its fields for the skeleton. */
const articleFields = (): z.ZodType => articleSchema(() => z.string());

/**
 * Turns a raw collected text into a draft: its paragraphs, the flags, the proposed actors and
 * places, and a frontmatter skeleton with what the text tells and `TODO` for the rest.
 */
export function makeDraft(source: string, capture: { file: string; sha256: string }, registry: Registry): Draft {
  const paragraphs = splitParagraphs(source);
  const { flags, titleIndex, published, authors } = findFlags(paragraphs, registry);
  const titleRaw = paragraphs[titleIndex]?.raw ?? '';
  let title = titleRaw;
  for (const f of flags)
    if (f.paragraph === titleIndex && (f.kind === 'section-tag' || f.kind === 'series-prefix')) title = title.replace(f.text, '');
  title = collapse(title);
  const wholeFlagged = new Set(flags.filter((f) => f.wholeParagraph).map((f) => f.paragraph));
  const text = paragraphs
    .filter((_, i) => !wholeFlagged.has(i))
    .map((p) => p.text)
    .join('\n');
  const actors = proposeIds(text, registry.actors);
  const places = proposeIds(text, registry.places);

  const fm = skeleton(articleFields()) as Record<string, unknown>;
  fm['slug'] = slugify(title) || `${TODO}-slug`;
  fm['title'] = title || `${TODO}: the title as first published`;
  fm['published'] = { date: published ?? `${TODO}: the publication date, quoted, at the precision known`, ...(fm['published'] as object) };
  fm['authors'] =
    authors.length > 0
      ? authors.map((name) => ({ name, confidence: `${TODO}: confirmed | inferred | unknown` }))
      : [
          {
            name: `${TODO}: the author's name, or leave the list empty for an unsigned piece`,
            confidence: `${TODO}: confirmed | inferred | unknown`,
          },
        ];
  fm['actors'] = actors.length > 0 ? actors : [`${TODO}: actor ids from content/actors/`];
  fm['places'] = places;
  fm['source'] = { file: capture.file, sha256: capture.sha256 };
  fm['removed'] = flags.map((f) => ({
    text: f.text,
    ...(f.context === undefined ? {} : { context: f.context }),
    ...(f.replacement === undefined ? {} : { replacement: f.replacement }),
    reason:
      `${TODO} debris? ${sentence(f.reason)} ` +
      'Keep this entry (with your reason) if confirmed; delete it if the text belongs to the article.',
  }));
  // Keep the schema's field order, so drafts read like the archived articles.
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys((articleFields() as unknown as { shape: object }).shape)) if (key in fm) ordered[key] = fm[key];
  return {
    paragraphs,
    titleIndex,
    title,
    flags,
    actors,
    places,
    ...(published === undefined ? {} : { published }),
    authors,
    frontmatter: ordered,
  };
}

/**
 * Escapes text so that MDX reads it back as the same plain words. Hand-written rather than
 * through mdast-util-to-markdown, which is only a transitive dependency here; the round trip
 * through `parseBody` is tested.
 */
export function escapeMdx(text: string): string {
  return text.replace(/[\\`*_{}[\]<>&#|~!]/g, '\\$&').replace(/^([-+=]|\d+[.)])(?=\s|$)/u, (m) => m.replace(/[-+=.)]/, '\\$&'));
}

/** Text quoted inside an MDX comment: no sequence that would end the comment or the expression. */
function quoteInComment(text: string): string {
  return JSON.stringify(text)
    .replace(/\*\//g, '*\\/')
    .replace(/[{}]/g, (c) => (c === '{' ? '\\u007b' : '\\u007d'));
}

function commentFor(f: Flag): string {
  const where = f.context === undefined || f.wholeParagraph ? '' : ` in ${quoteInComment(f.context)}`;
  const action = f.wholeParagraph
    ? 'The line is left out of the text and listed under removed: in the frontmatter. Delete this comment if that is right; ' +
      'otherwise put the line back as a paragraph and delete its removed: entry.'
    : 'It is still in the text below and listed under removed: in the frontmatter. ' +
      'If it is debris, edit it out of the text and keep the entry; if not, delete the entry. Then delete this comment.';
  return `{/* TODO debris? ${f.reason}: ${quoteInComment(f.text)}${where}. ${action} */}`.replace('?:', '?');
}

const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** The draft as an MDX file: frontmatter, then the body with a `TODO` comment at every flag. */
export function renderDraft(draft: Draft): string {
  // YAML 1.1 rules, as Astro reads frontmatter: a date-shaped string must be quoted or it turns
  // into a timestamp that the schema refuses.
  const yaml = stringify(draft.frontmatter, { lineWidth: 0, version: '1.1' });
  const actorsNote =
    "# TODO proposed from the registry's spellings (content/actors, content/places): " +
    'confirm each id, remove wrong ones, add missing ones.\n';
  const fm = yaml.replace(/^actors:/m, `${actorsNote}actors:`);
  const body: string[] = [];
  const header =
    '{/* TODO editor: the title is taken from the first line; ' +
    'move a standfirst, dateline or sign-off into the frontmatter if the source has one, ' +
    "and mark the source's own headings with ##. */}";
  body.push(header);
  for (const f of draft.flags)
    if (f.paragraph === draft.titleIndex)
      body.push(commentFor(f).replace('It is still in the text below', 'The title above has it taken off'));
  draft.paragraphs.forEach((p, i) => {
    if (i === draft.titleIndex) return;
    const here = draft.flags.filter((f) => f.paragraph === i);
    for (const f of here) body.push(commentFor(f));
    if (!here.some((f) => f.wholeParagraph)) body.push(escapeMdx(p.text));
  });
  return `---\n${fm}---\n\n${body.join('\n\n')}\n`;
}
