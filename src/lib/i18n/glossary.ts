/**
 * The glossary in search: a page connected to a glossary term (an event the term names, an article
 * that reports one, a page of an actor it names) carries one hidden block of the term's attested forms,
 * indexed like the registered names of its actors (src/lib/search/variants.ts), so that "январские
 * события", "Қаңтар" or "Qantar" finds the January 2022 events and the articles that report them.
 */
import { NAME_SEPARATOR, nameVariants } from '../content/registry.ts';
import type { GlossaryEntry } from '../content/glossary.ts';
import { withKeyboardForms } from '../search/kazakh-keyboard.ts';
import { NAMES_ID_PREFIX, type NameBlock, TERM_BLOCK } from '../search/variants.ts';

/** What a page is connected to: the events it is or reports, the actors it is or is tagged with. */
export interface GlossaryLinks {
  readonly events: readonly string[];
  readonly actors: readonly string[];
}

/** The terms connected to a page, in the glossary's order. */
export function termsOf(terms: readonly GlossaryEntry[], page: GlossaryLinks): GlossaryEntry[] {
  return terms.filter((t) => t.data.events.some((e) => page.events.includes(e)) || t.data.actors.some((a) => page.actors.includes(a)));
}

/** One hidden block per connected term: its forms, each once however it is folded. */
export function glossaryBlocks(terms: readonly GlossaryEntry[], page: GlossaryLinks): NameBlock[] {
  return termsOf(terms, page).map((t) => {
    // Each form also as a Russian keyboard types its Kazakh letters (src/lib/search/kazakh-keyboard.ts).
    const [first = '', ...rest] = withKeyboardForms(t.data.names.map((n) => n.form));
    return { id: `${NAMES_ID_PREFIX}${TERM_BLOCK}${t.id}`, text: nameVariants({ name: first, spellings: rest }).join(NAME_SEPARATOR) };
  });
}
