/**
 * The search page's range and what it says of states, kept apart from the page's own loop
 * (search-page.ts): the range's month fields, the box that says what was not applied and why, and
 * the note on a result that is there by a derived state. The words are made by pure modules (src/lib/search/).
 */
import { derivedNoteParts, readDerived, DERIVED_META, stateOfActing } from '../lib/search/derived.ts';
import type { SearchState } from '../lib/search/url.ts';
import type { Speaker } from '../lib/search/words.ts';
import { el } from './dom.ts';
import type { PagefindData } from './index-files.ts';

/**
 * The range's month fields. A month field cannot show what is not a month (`2022-13`, `2022`): it
 * shows nothing, and the address's text is kept (and said in the problems box) until the reader
 * changes that field, so nothing in the address is dropped unsaid.
 */
export function rangeFields(from: HTMLInputElement, to: HTMLInputElement) {
  const untouched = new Set<HTMLInputElement>();
  for (const field of [from, to]) field.addEventListener('input', () => untouched.delete(field));
  return {
    /** Shows a state's range in the fields. */
    show(s: SearchState): void {
      untouched.clear();
      for (const [field, value] of [
        [from, s.from],
        [to, s.to],
      ] as const) {
        field.value = value;
        if (field.value !== value) untouched.add(field);
      }
    },
    /** The range the form stands for: what the fields say, or the address's text a field could not show. */
    read(form: SearchState, previous: SearchState): { from: string; to: string } {
      return { from: untouched.has(from) ? previous.from : form.from, to: untouched.has(to) ? previous.to : form.to };
    },
  };
}

/** The box of what the page could not apply, in parts (the range's, the chosen values') that change apart. */
export function problemsBox(box: HTMLElement) {
  const parts = { range: [] as readonly string[], values: [] as readonly string[] };
  return (part: keyof typeof parts, lines: readonly string[]): void => {
    parts[part] = lines;
    const all = [...parts.range, ...parts.values];
    box.replaceChildren(...all.map((line) => el('li', {}, line)));
    box.hidden = all.length === 0;
  };
}

/** The states a search asks for, by the State facet or the "acting for" one. */
export function chosenStates(s: SearchState): Set<string> {
  return new Set([...s.filters.state, ...s.filters.acting.flatMap((v) => stateOfActing(v) ?? [])]);
}

/** A result's note when a chosen state is there by derivation, with a link to the rule; undefined otherwise. */
export function derivedNoteElement(sp: Speaker, data: PagefindData, chosen: ReadonlySet<string>, ruleUrl: string): HTMLElement | undefined {
  const note = derivedNoteParts(sp, readDerived(data.meta[DERIVED_META]), chosen);
  if (note === undefined) return undefined;
  // A name not in the page's language (a Kazakh page's Russian or English form) is marked with its own.
  const nodes = note.map((p) => (typeof p === 'string' ? p : p.lang === sp.lang ? p.text : el('span', { lang: p.lang }, p.text)));
  return el('p', { class: 'meta search-derived' }, ...nodes, ' ', el('a', { href: ruleUrl }, sp.say('searchJs.theRule')));
}
