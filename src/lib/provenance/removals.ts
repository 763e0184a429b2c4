/**
 * The recorded removals found in the raw capture: each removal's `context` (or its text) must stand
 * exactly once in the capture and contain its text, and no two removals may overlap. What cannot be
 * found is a problem naming the frontmatter field, never a guess.
 */

/** A removal as the frontmatter records it (`removed:`). */
export interface Removal {
  readonly text: string;
  readonly context?: string | undefined;
  readonly replacement?: string | undefined;
  readonly reason: string;
}

/** A half-open range of offsets into the capture's text: `raw.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Something that could not be located, with the frontmatter field it concerns. */
export interface LocateProblem {
  /** The line of the article file, for a problem of a block of its body. */
  readonly line?: number | undefined;
  readonly field: string;
  readonly found: string;
  readonly expected: string;
}

/** A text as a problem quotes it, shortened. */
export const quote = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Finds each removal: its `context` (or its text) must stand exactly once in the capture and contain its text. */
export function locateRemovals(
  raw: string,
  removed: readonly Removal[],
  file: string,
): { spans: Array<Span | undefined>; problems: LocateProblem[] } {
  const problems: LocateProblem[] = [];
  const spans = removed.map((r, i): Span | undefined => {
    const target = r.context ?? r.text;
    const field = r.context === undefined ? `removed[${i}].text` : `removed[${i}].context`;
    if (r.context !== undefined && !r.context.includes(r.text)) {
      problems.push({
        field,
        found: `${quote(r.context)}, which does not contain the removed text ${quote(r.text)}`,
        expected: 'a context that contains the removed text',
      });
      return undefined;
    }
    const at = occurrences(raw, target);
    if (at.length !== 1) {
      problems.push({
        field,
        found:
          at.length === 0
            ? `${quote(target)}, which is not in the capture`
            : `${quote(target)}, which stands ${at.length} times in the capture`,
        expected:
          `the removed text exactly as it stands, once, in ${file}` +
          (at.length > 1 ? ' (add a context that occurs once)' : ' (copy it from the capture, spaces included)'),
      });
      return undefined;
    }
    const start = (at[0] ?? 0) + target.indexOf(r.text);
    return { start, end: start + r.text.length };
  });
  const order = spans
    .map((s, i) => ({ s, i }))
    .filter((x): x is { s: Span; i: number } => x.s !== undefined)
    .sort((a, b) => a.s.start - b.s.start);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (prev !== undefined && cur !== undefined && cur.s.start < prev.s.end) {
      problems.push({
        field: `removed[${cur.i}].text`,
        found: `a removal overlapping removed[${prev.i}]`,
        expected: 'removals that do not overlap in the capture',
      });
      spans[cur.i] = undefined;
    }
  }
  return { spans, problems };
}
