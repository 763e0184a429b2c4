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
import { stringify } from 'yaml';
import { z } from 'zod';
import { compileMatcher, type RegistryEntry, stripAccents } from '../../src/lib/content/registry.ts';
import { articleSchema } from '../../src/lib/content/schema.ts';
import { collapse, type Flag, findFlags, type RawParagraph, type Registry } from './flags.ts';

export { collapse, type Flag, type FlagKind, findFlags, type RawParagraph, type Registry, readDateHeader } from './flags.ts';

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
