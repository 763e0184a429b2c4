import { describe, expect, it } from 'vitest';
import { parseEntry, prunePlan, usedPagefindFiles } from './files.ts';

const entry = parseEntry('{"version":"1.5.2","languages":{"en":{"hash":"en_1714818a5e","wasm":"en","page_count":5}}}');
/** What Pagefind 1.5.2 writes into pagefind/. */
const written = [
  'filter',
  'fragment',
  'index',
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-entry.json',
  'pagefind-highlight.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
  'pagefind-worker.js',
  'pagefind.en_1714818a5e.pf_meta',
  'pagefind.js',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
];

describe('usedPagefindFiles', () => {
  it('names the JS API, its entry, and the metadata and WebAssembly of each language', () => {
    expect(usedPagefindFiles(entry)).toEqual(['pagefind-entry.json', 'pagefind.en_1714818a5e.pf_meta', 'pagefind.js', 'wasm.en.pagefind']);
  });
  it('uses the language-neutral WebAssembly for a language without its own', () => {
    expect(usedPagefindFiles({ languages: { kk: { hash: 'kk_1', wasm: null } } })).toContain('wasm.unknown.pagefind');
  });
});

describe('prunePlan', () => {
  it('keeps what search loads and removes the interfaces, highlight script, worker and unused WebAssembly', () => {
    const plan = prunePlan(written, entry);
    expect(plan.keep).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind.en_1714818a5e.pf_meta',
      'pagefind.js',
      'wasm.en.pagefind',
    ]);
    expect(plan.remove).toEqual([
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
      'pagefind-worker.js',
      'wasm.unknown.pagefind',
    ]);
  });
  it('stops when a file search needs was not written', () => {
    expect(() =>
      prunePlan(
        written.filter((n) => n !== 'wasm.en.pagefind'),
        entry,
      ),
    ).toThrow('Pagefind did not write wasm.en.pagefind');
  });
});

describe('parseEntry', () => {
  it('refuses an entry without languages', () => {
    expect(() => parseEntry('{"languages":{}}')).toThrow('at least one language');
    expect(() => parseEntry('{"languages":{"en":{}}}')).toThrow('language "en" has no "hash"');
  });
});
