/**
 * The search page's form and its address: the form's fields are the URL's parameters
 * (src/lib/search/url.ts), so the same state drives a shareable link, the back button and a
 * no-script GET submit.
 */
import { parseSearchState, type SearchState, searchStateToParams } from '../lib/search/url.ts';
import type { rangeFields } from './search-chronology.ts';

/** The form's fields beyond the facets' checkboxes, which are read from the form as they are. */
export interface FormFields {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly range: ReturnType<typeof rangeFields>;
}

/** The page's search state, read from the address at first and kept in step with the form and the address. */
export function searchAddress(fields: FormFields) {
  const { form, input, sort, range } = fields;
  let state = parseSearchState(new URLSearchParams(location.search));

  function show(s: SearchState): void {
    input.value = s.q;
    sort.value = s.sort;
    range.show(s);
  }

  /** The state as the form now says it (typing a new query leaves "exact" mode). */
  function formState(): SearchState {
    const s = parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    return { ...s, ...range.read(s, state), exact: state.exact && s.q === state.q };
  }

  show(state);
  return {
    /** The search the page shows now. */
    state: (): SearchState => state,
    /** A link to this page searching `q` (exactly as written when `exact`), keeping the filters and order. */
    link(q: string, exact: boolean): string {
      const params = searchStateToParams({ ...state, q, exact });
      return `${location.pathname}?${params}`;
    },
    /** Takes the form's state into the address (replacing the entry, so typing does not flood history). */
    fromForm(): SearchState {
      state = formState();
      const query = searchStateToParams(state).toString();
      history.replaceState(null, '', query === '' ? location.pathname : `?${query}`);
      return state;
    },
    /** Takes the address's state into the form, as after the back button. */
    fromAddress(): SearchState {
      state = parseSearchState(new URLSearchParams(location.search));
      show(state);
      return state;
    },
  };
}
