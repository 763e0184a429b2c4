/**
 * Which of the files Pagefind writes into `pagefind/` the archive's own search loads, so that only
 * those ship. The search (src/client/search-core.ts) imports the JS API, `pagefind.js`, with
 * `noWorker: true`; the JS API then reads `pagefind-entry.json`, and for the index's language its
 * metadata (`pagefind.<hash>.pf_meta`) and WebAssembly (`wasm.<lang>.pagefind`), then the chunks
 * under `index/`, `fragment/` and `filter/`.
 *
 * Everything else is Pagefind's own interfaces (Default UI, Modular UI, Component UI: `pagefind-ui.*`,
 * `pagefind-modular-ui.*`, `pagefind-component-ui.*`), its highlight script (`pagefind-highlight.js`;
 * the archive highlights with src/client/highlight.ts), its worker (`pagefind-worker.js`, unused
 * with `noWorker`), and the WebAssembly for languages the index does not have (`wasm.unknown.pagefind`).
 * Pagefind's command line has no option to leave them out, so they are removed after writing.
 */

/** The part of `pagefind-entry.json` that names the index's files. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** Sub-folders of content-hashed chunks the JS API fetches. */
export const PAGEFIND_DIRS = ['index', 'fragment', 'filter'] as const;

/** Reads and checks `pagefind-entry.json`. */
export function parseEntry(text: string): PagefindEntry {
  const data: unknown = JSON.parse(text);
  const languages = (data as { languages?: unknown } | null)?.languages;
  if (typeof languages !== 'object' || languages === null || Object.keys(languages).length === 0) {
    throw new Error('pagefind-entry.json: expected a "languages" object with at least one language');
  }
  for (const [lang, value] of Object.entries(languages)) {
    if (typeof (value as { hash?: unknown }).hash !== 'string') throw new Error(`pagefind-entry.json: language "${lang}" has no "hash"`);
  }
  return data as PagefindEntry;
}

/** The names of the files directly in `pagefind/` that the JS API loads for this index. */
export function usedPagefindFiles(entry: PagefindEntry): string[] {
  const used = new Set(['pagefind.js', 'pagefind-entry.json']);
  for (const { hash, wasm } of Object.values(entry.languages)) {
    used.add(`pagefind.${hash}.pf_meta`);
    // Pagefind falls back to its language-neutral WebAssembly when a language has no stemmer of its own.
    used.add(`wasm.${wasm ?? 'unknown'}.pagefind`);
  }
  return [...used].sort();
}

/**
 * Splits the entries of `pagefind/` (files and folders by name) into what to keep and what to
 * remove; a file the JS API needs that is missing is an error, since search would fail without it.
 */
export function prunePlan(names: readonly string[], entry: PagefindEntry): { keep: string[]; remove: string[] } {
  const needed = new Set<string>([...usedPagefindFiles(entry), ...PAGEFIND_DIRS]);
  const missing = [...needed].filter((n) => !names.includes(n));
  if (missing.length > 0) {
    throw new Error(`Pagefind did not write ${missing.join(', ')}, which search needs; was its output layout changed?`);
  }
  return { keep: names.filter((n) => needed.has(n)).sort(), remove: names.filter((n) => !needed.has(n)).sort() };
}
