/**
 * Pagefind's filter files (`filter/<hash>.pf_filter`), read and merged: a filter file is
 * `[filter, [[value, page numbers]]]`, page numbers in full. Also what the merge of parts needs from
 * each part's metadata: one list of result fields, and the check that the parts can be merged.
 */
import { decodeAs, encodeItem, isCount, isListOf, isNamed } from './cbor.ts';
import type { PagefindMeta } from './meta.ts';
import { byBytes } from './names.ts';

/** A filter's file: its name and each value's page numbers. */
export type PackedFilter = readonly [filter: string, values: ReadonlyArray<readonly [value: string, pages: readonly number[]]>];

/** A filter file's contents, from its CBOR (without Pagefind's prefix); throws naming `file`. */
export function readFilter(body: Uint8Array, file: string): PackedFilter {
  return decodeAs<PackedFilter>(body, file, '[filter, [[value, page numbers], …]]', (d) =>
    isNamed(d, (values) => isListOf(values, (v) => isNamed(v, (pages) => isListOf(pages, isCount)))),
  );
}

/** A filter file's CBOR. */
export const writeFilter = (filter: PackedFilter): Uint8Array => encodeItem(filter);

/** A part's filter files' contents, with the merged number of each of its pages. */
export interface FilterSource {
  readonly filters: readonly PackedFilter[];
  /** The merged index's number of each of the part's pages, by the part's own number. */
  readonly pages: ArrayLike<number>;
}

/**
 * The parts' filters as one index's: each value's pages renumbered by each part's `pages`, in page
 * order; the filters and each filter's values in byte order. Pagefind writes a filter's values in the
 * order of a Rust `HashMap`, which changes from one run to the next: in the order of the parts, two
 * builds of the same pages gave filter files of other bytes and names (and the index's metadata
 * another hash), so a deployment uploaded them again.
 */
export function mergeFilters(sources: readonly FilterSource[]): PackedFilter[] {
  const merged = new Map<string, Map<string, number[]>>();
  for (const [part, { filters, pages: numbers }] of sources.entries()) {
    for (const [filter, values] of filters) {
      let byValue = merged.get(filter);
      if (byValue === undefined) {
        byValue = new Map();
        merged.set(filter, byValue);
      }
      for (const [value, pages] of values) {
        let list = byValue.get(value);
        if (list === undefined) {
          list = [];
          byValue.set(value, list);
        }
        for (const page of pages) {
          const number = numbers[page];
          if (number === undefined)
            throw new Error(`Pagefind part ${part}: filter ${filter} lists page ${page}, which the part does not have`);
          list.push(number);
        }
      }
    }
  }
  const inByteOrder = <T>(entries: Iterable<readonly [string, T]>) => [...entries].sort(([a], [b]) => byBytes(a, b));
  return inByteOrder(merged).map(
    ([filter, values]) => [filter, inByteOrder(values).map(([value, pages]) => [value, pages.sort((a, b) => a - b)] as const)] as const,
  );
}

/**
 * The result fields of all parts, in byte order (as each part's metadata lists its own), and each
 * part's field numbers in that list.
 */
export function mergeFields(parts: ReadonlyArray<readonly string[]>): { fields: string[]; renumbered: number[][] } {
  const fields = [...new Set(parts.flat())].sort(byBytes);
  return { fields, renumbered: parts.map((own) => own.map((f) => fields.indexOf(f))) };
}

/** Checks that parts' metadata can be merged: one Pagefind version, no sort orders. Throws naming the part. */
export function checkMergeable(metas: readonly PagefindMeta[]): void {
  const version = metas[0]?.version;
  metas.forEach((meta, part) => {
    if (meta.version !== version) throw new Error(`Pagefind part ${part}: written by Pagefind ${meta.version}, part 0 by ${version}`);
    if (meta.sorts.length > 0) {
      throw new Error(
        `Pagefind part ${part}: has sort orders (${meta.sorts.map(([k]) => k).join(', ')}), which the merge does not renumber`,
      );
    }
  });
}
