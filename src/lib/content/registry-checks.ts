/**
 * The registry's own rules, checked over actors and places together (they share one matcher): every
 * name has letters to match, none holds the search blocks' separator, and one spelling names one entry.
 */
import { foldText, matchKey } from './folding.ts';
import type { RegistryEntry } from './matching.ts';

/** Separates the names inside one hidden search block; a spelling may not contain it. */
export const NAME_SEPARATOR = '; ';

/** A registry entry with where it is written, for validation messages. */
export interface LocatedEntry extends RegistryEntry {
  /** The file, as shown in messages. */
  readonly file: string;
  /** The line of the name (index 0) and of each spelling (index i + 1), where known. */
  readonly lines?: readonly (number | undefined)[];
  /** The field of the name (index 0) and of each spelling (index i + 1); default `name`, `spellings[i]`. */
  readonly fields?: readonly string[];
}

/** A registry problem, in the shape of the content core's problems (`integrity.ts`). */
export interface RegistryProblem {
  readonly file: string;
  readonly line?: number;
  readonly field: string;
  readonly found: string;
  readonly expected: string;
}

/**
 * Validates the names of a whole registry (actors and places together: they share one matcher):
 * a spelling with no letters, one containing the search blocks' separator, and one spelling
 * claimed by two entries (it would silently credit one of them), named with both files and lines.
 */
export function registryProblems(entries: readonly LocatedEntry[]): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const owners = new Map<string, { entry: LocatedEntry; index: number }>();
  for (const entry of entries) {
    const names = [entry.name, ...entry.spellings];
    names.forEach((spelling, index) => {
      const field = entry.fields?.[index] ?? (index === 0 ? 'name' : `spellings[${index - 1}]`);
      const line = entry.lines?.[index];
      const at = { file: entry.file, ...(line === undefined ? {} : { line }), field };
      const folded = foldText(spelling).folded;
      const key = matchKey(folded);
      if (!/[\p{L}\p{N}]/u.test(folded)) {
        problems.push({ ...at, found: `"${spelling}", which has no letters to match`, expected: 'a name written with letters' });
        return;
      }
      if (spelling.includes(NAME_SEPARATOR.trim())) {
        problems.push({
          ...at,
          found: `"${spelling}", which contains "${NAME_SEPARATOR.trim()}"`,
          expected: 'a name without it (it separates names in the search index)',
        });
      }
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { entry, index });
      else if (owner.entry.id !== entry.id) {
        const otherLine = owner.entry.lines?.[owner.index];
        problems.push({
          ...at,
          found:
            `"${spelling}", which ${owner.entry.file}${otherLine === undefined ? '' : `:${otherLine}`} ` +
            `also claims for "${owner.entry.id}"`,
          expected: 'each spelling to name one entry: remove it from one of the two files',
        });
      }
    });
  }
  return problems;
}
