/**
 * The search page's labels for facet values in the reader's language, made at build time.
 *
 * The index keeps one set of filter values for every language, the English ones (a registered
 * name, a kind, "People acting for Russia"), and the address carries them as they are, so a search's
 * filters mean the same on /search/, /ru/search/ and /kk/search/ and a link keeps its filters when
 * the reader switches language. What a Russian or Kazakh page shows for a value is a label from this
 * table: a registered actor's or place's name through `nameIn` (kk falls back to ru, then English),
 * a kind and "unsigned" from the dictionaries, an "acting for" value from the dictionary's pattern
 * with the state's name. Only values whose label differs from the value are written, so the page
 * carries no copy of what it would show anyway; a label in another language than the page's carries it.
 */
import { type ActorKind, kindNames } from '../actors/schema.ts';
import type { Key } from '../i18n/dictionaries/en.ts';
import type { Lang } from '../i18n/langs.ts';
import { type Named, nameIn, type ShownName } from '../i18n/names.ts';
import { translate } from '../i18n/translate.ts';
import { actingValue, stateOfActing } from './involvement-facets.ts';
import type { FilterKey } from './url.ts';
import type { FacetLabel, FacetLabels } from './words.ts';

/** The registry's entries a label is made from, each by the name the index gives it. */
export interface LabelRegistry {
  readonly actors: ReadonlyArray<Named & { readonly kind: ActorKind }>;
  readonly places: readonly Named[];
}

/** The values the index holds, by facet (those of facets with no label to give are not needed). */
export type FacetValues = Readonly<Partial<Record<FilterKey, Iterable<string>>>>;

/** The author value of an article without a byline (src/data/search.ts). */
export const UNSIGNED = 'Unsigned';

/** The kinds that can act for a state, each with its "acting for" pattern in the dictionaries. */
const ACTING_KINDS = (Object.keys(kindNames) as ActorKind[]).filter((k) => k !== 'state');

/** The label maker for a page in `lang`: a facet's value → its label, or undefined where it has none but itself. */
export function labeller(lang: Lang, registry: LabelRegistry): (facet: FilterKey, value: string) => ShownName | undefined {
  const actors = new Map(registry.actors.map((a) => [a.name, a]));
  const places = new Map(registry.places.map((p) => [p.name, p]));
  const kinds = new Map((Object.keys(kindNames) as ActorKind[]).map((k) => [kindNames[k].one, k]));
  const own = (key: Key, vars?: Record<string, string>): ShownName => ({ text: translate(lang, key, vars), lang });
  const named = (entry: Named | undefined) => (entry === undefined ? undefined : nameIn(entry, lang));
  return (facet, value) => {
    if (facet === 'actor' || facet === 'state') return named(actors.get(value));
    if (facet === 'place') return named(places.get(value));
    if (facet === 'author') return value === UNSIGNED ? own('byline.unsigned') : undefined;
    if (facet === 'kind') {
      const kind = kinds.get(value);
      return kind === undefined ? undefined : own(`actorKind.${kind}`);
    }
    if (facet !== 'acting') return undefined;
    const state = actors.get(stateOfActing(value) ?? '');
    const kind = state?.kind === 'state' ? ACTING_KINDS.find((k) => actingValue(k, state.name) === value) : undefined;
    return state === undefined || kind === undefined ? undefined : own(`facetValue.acting.${kind}`, { state: nameIn(state, lang).text });
  };
}

/**
 * The label table of a search page in `lang` for `values`: by facet, each value whose label is not
 * the value itself, as its text (in the page's language) or [text, language]. Empty for English.
 */
export function facetLabels(lang: Lang, registry: LabelRegistry, values: FacetValues): FacetLabels {
  if (lang === 'en') return {};
  const labelOf = labeller(lang, registry);
  const table: Record<string, Record<string, FacetLabel>> = {};
  for (const [facet, listed] of Object.entries(values) as Array<[FilterKey, Iterable<string>]>) {
    const labels: Record<string, FacetLabel> = {};
    for (const value of [...new Set(listed)].sort()) {
      const label = labelOf(facet, value);
      if (label === undefined || label.text === value) continue;
      labels[value] = label.lang === lang ? label.text : [label.text, label.lang];
    }
    if (Object.keys(labels).length > 0) table[facet] = labels;
  }
  return table;
}
