/**
 * The glossary as pages and the search index read it: its terms, read once per build by the one
 * reader's glossary stage (the content loader has already read them with the rest of the tree,
 * checked them against the other entries and stopped the build on any problem), and the hidden
 * blocks of the terms connected to an article or an event (src/lib/i18n/glossary.ts).
 */
import { type GlossaryEntry, readGlossary } from '../lib/content/glossary.ts';
import { glossaryBlocks } from '../lib/i18n/glossary.ts';
import type { NameBlock } from '../lib/search/variants.ts';
import { processSettings } from '../lib/site/settings.ts';

let cached: readonly GlossaryEntry[] | undefined;

/** The glossary's terms; throws with the reader's words if it has problems. */
export function glossaryTerms(): readonly GlossaryEntry[] {
  if (cached !== undefined) return cached;
  const { contentRoot, contentLabel } = processSettings();
  const { terms, problems } = readGlossary(contentRoot, contentLabel);
  if (problems.length > 0) throw new Error(`${contentLabel}/glossary/ has problems: run npm run check:content`);
  cached = terms;
  return cached;
}

/** A page search indexes with name blocks: an article's view (with the events citing it) or an event's. */
interface TaggedPage {
  readonly id?: string | undefined;
  readonly actors: ReadonlyArray<{ readonly id: string }>;
  readonly citedBy?: ReadonlyArray<{ readonly event: { readonly id: string } }>;
}

/** The hidden glossary blocks of an article (through the events citing it) or an event (itself). */
export function glossaryBlocksFor(page: TaggedPage): NameBlock[] {
  const events = page.citedBy?.map((c) => c.event.id) ?? (page.id === undefined ? [] : [page.id]);
  return glossaryBlocks(glossaryTerms(), { events, actors: page.actors.map((a) => a.id) });
}
