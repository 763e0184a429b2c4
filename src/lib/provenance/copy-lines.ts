/**
 * The capture cut into lines of marked segments for the page `/articles/<slug>/source/`, from where
 * collected.ts located each removal, source error and archived paragraph.
 */
import type { CopyInput, Located, Span } from './collected.ts';

/** A run of the capture's text with the same marks. */
export interface Segment {
  readonly text: string;
  /** Index of the removal this text belongs to, if any. */
  readonly removal?: number | undefined;
  /** True on the first segment of a removal: the one that carries its id and note. */
  readonly removalStart?: boolean | undefined;
  /** Indexes of the source errors this text belongs to. */
  readonly errors: readonly number[];
}

/** A note shown beside a line: a removal's reason or a source error's comment, where it starts. */
export type LineNote = { readonly kind: 'removal'; readonly index: number } | { readonly kind: 'error'; readonly index: number };

/** One line of the capture, as the collected-copy page shows it. */
export interface CopyLine {
  /** 1-based line number in the capture. */
  readonly number: number;
  readonly segments: readonly Segment[];
  /** Numbers of the archived paragraphs that start on this line. */
  readonly paragraphs: readonly number[];
  readonly notes: readonly LineNote[];
}

/**
 * Cuts the capture into its lines (split at "\n", which is kept out of the segments), each into
 * segments at every removal and error boundary. Joining every line's segments with "\n" gives
 * the capture back exactly.
 */
export function copyLines(raw: string, input: CopyInput, located: Located): CopyLine[] {
  const cuts = new Set<number>([0, raw.length]);
  const spans = (list: ReadonlyArray<Span | undefined>) => list.forEach((s) => s !== undefined && (cuts.add(s.start), cuts.add(s.end)));
  spans(located.removals);
  spans(located.errors);
  const out: CopyLine[] = [];
  let lineStart = 0;
  const rawLines = raw.split('\n');
  rawLines.forEach((line, li) => {
    const lineEnd = lineStart + line.length;
    const bounds = [...new Set([lineStart, lineEnd, ...[...cuts].filter((x) => x > lineStart && x < lineEnd)])].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k] ?? 0;
      const to = bounds[k + 1] ?? 0;
      const removal = located.removals.findIndex((s) => s !== undefined && s.start <= from && to <= s.end);
      const errors = located.errors.flatMap((s, i) => (s !== undefined && s.start <= from && to <= s.end ? [i] : []));
      segments.push({
        text: raw.slice(from, to),
        ...(removal >= 0 ? { removal, removalStart: located.removals[removal]?.start === from } : {}),
        errors,
      });
    }
    const inLine = (s: Span | undefined) =>
      s !== undefined && s.start >= lineStart && (s.start < lineEnd || (s.start === lineEnd && s.end === s.start));
    const paragraphs = input.blocks.flatMap((b, i) => (b.kind === 'paragraph' && inLine(located.blocks[i]) ? [b.n ?? i + 1] : []));
    const notes: LineNote[] = [
      ...located.removals.flatMap((s, index) => (inLine(s) ? [{ kind: 'removal' as const, index }] : [])),
      ...located.errors.flatMap((s, index) => (inLine(s) ? [{ kind: 'error' as const, index }] : [])),
    ];
    out.push({ number: li + 1, segments, paragraphs, notes });
    lineStart = lineEnd + 1;
  });
  return out;
}
