/**
 * Where in its file a problem found after parsing stands (a capture, registry or cross-entry
 * check names a field, not a line). Each file's YAML is kept, and its positions parsed again only for
 * a file with such a problem: keeping every file's parsed document until the end held most of a large
 * tree's memory. The registries' positions are kept as parsed, since their spellings are always
 * checked against each other.
 */
import type { Problem } from './integrity.ts';
import { type Located, locate, parsePath, parseYaml } from './located.ts';
import type { ParsedFile } from './parse.ts';

export interface Positions {
  /** Remembers where a parsed file's fields stand. */
  keep(f: ParsedFile): void;
  /** The positions of a file's fields, parsed again when they were not kept. */
  of(file: string): Located | undefined;
  /** The problem at the line and column of its field, when it has no line of its own. */
  place(p: Problem): Problem;
}

export function positions(): Positions {
  const yamlOf = new Map<string, { yaml: string; line: number }>();
  const located = new Map<string, Located>();
  const of = (file: string): Located | undefined => {
    const hit = located.get(file);
    if (hit !== undefined) return hit;
    const source = yamlOf.get(file);
    if (source === undefined) return undefined;
    const { at } = parseYaml(source.yaml, file, source.line);
    located.set(file, at);
    return at;
  };
  return {
    keep(f) {
      yamlOf.set(f.file, { yaml: f.yaml, line: f.yamlLine });
      if (f.collection === 'actors' || f.collection === 'places') located.set(f.file, f.at);
    },
    of,
    place(p) {
      const at = p.line === undefined ? of(p.file) : undefined;
      return p.line !== undefined || at === undefined ? p : { ...p, ...locate(at, parsePath(p.field)) };
    },
  };
}
