/**
 * The collected copy beside the archived text: where each recorded removal, each source error and
 * each archived paragraph stands in the raw capture (`content/sources/<file>`), as offsets into
 * the capture's exact text (copy-lines.ts cuts the capture into the lines the page
 * `/articles/<slug>/source/` shows).
 *
 * The archived text is the capture minus its removals, whitespace collapsed (see
 * tests/fidelity.test.ts). So the capture is "cleaned" here by applying the removals while
 * remembering, for every cleaned character, the raw offsets it came from; each archived block is
 * then found, in order, as a line (or run of lines) of the cleaned text, and its span mapped back.
 * Anything that cannot be located is returned as a problem, never guessed:
 * src/lib/content/captures.ts turns those into build errors.
 */

import { type LocateProblem, locateRemovals, quote, type Removal, type Span } from './removals.ts';

export type { LocateProblem, Removal, Span };

/** A source error as the frontmatter records it (`sourceErrors:`). */
export interface SourceError {
  readonly text: string;
  readonly where: 'title' | 'standfirst' | number;
  readonly note: string;
}

/** An archived block in reading order: a numbered paragraph or one of the source's headings. */
export interface ArchivedBlock {
  readonly kind: 'paragraph' | 'heading';
  readonly text: string;
  /** The paragraph number (`#pN`); absent for a heading. */
  readonly n?: number | undefined;
  /** The block's line in its article file, where known, so a problem with it is placed there. */
  readonly line?: number | undefined;
}

export interface CopyInput {
  readonly removed: readonly Removal[];
  readonly sourceErrors: readonly SourceError[];
  readonly blocks: readonly ArchivedBlock[];
  /** The title the collected copy carries (`collectedTitle`, else `title`), for errors `where: title`. */
  readonly title: string;
  readonly standfirst?: string | undefined;
}

/** An article's blocks as the capture is matched against them: headings and numbered paragraphs. */
export function archivedBlocks(
  blocks: ReadonlyArray<{ readonly kind: 'paragraph' | 'heading'; readonly text: string; readonly n?: number; readonly line?: number }>,
): ArchivedBlock[] {
  return blocks.map((b) => ({ kind: b.kind, text: b.text, n: b.kind === 'paragraph' ? b.n : undefined, line: b.line }));
}

/** What `locate` needs of an article: its recorded removals and errors, its blocks, its titles. */
export function copyInput(
  data: {
    readonly removed: readonly Removal[];
    readonly sourceErrors: readonly SourceError[];
    readonly title: string;
    readonly collectedTitle?: string | undefined;
    readonly standfirst?: string | undefined;
  },
  blocks: Parameters<typeof archivedBlocks>[0],
): CopyInput {
  return {
    removed: data.removed,
    sourceErrors: data.sourceErrors,
    blocks: archivedBlocks(blocks),
    title: data.collectedTitle ?? data.title,
    standfirst: data.standfirst,
  };
}

export interface Located {
  /** Per removal, in the frontmatter's order: its span in the capture. */
  readonly removals: ReadonlyArray<Span | undefined>;
  /** Per block, in reading order: its span in the capture (first to last non-blank character). */
  readonly blocks: ReadonlyArray<Span | undefined>;
  /** Per source error: its span, or undefined when it cannot be placed in the capture. */
  readonly errors: ReadonlyArray<Span | undefined>;
  readonly problems: readonly LocateProblem[];
}

/** Whitespace as the editorial rules treat it: any run of white space or no-break spaces is one space. */
export const normalise = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The capture with the removals applied, and for each character the raw offsets it stands for. */
interface Cleaned {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

function clean(raw: string, removed: readonly Removal[], spans: ReadonlyArray<Span | undefined>): Cleaned {
  const cuts = spans
    .map((s, i) => (s === undefined ? undefined : { ...s, replacement: removed[i]?.replacement ?? '' }))
    .filter((c) => c !== undefined)
    .sort((a, b) => a.start - b.start);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const keep = (from: number, to: number) => {
    text += raw.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const cut of cuts) {
    keep(at, cut.start);
    text += cut.replacement;
    for (let i = 0; i < cut.replacement.length; i++) {
      starts.push(cut.start);
      ends.push(cut.end);
    }
    at = cut.end;
  }
  keep(at, raw.length);
  return { text, starts, ends };
}

/** Maps a range of cleaned offsets to the capture, trimming white space at both ends. */
function toRaw(c: Cleaned, from: number, to: number): Span | undefined {
  while (from < to && /[\s\u00a0]/.test(c.text[from] ?? '')) from++;
  while (to > from && /[\s\u00a0]/.test(c.text[to - 1] ?? '')) to--;
  if (from >= to) return undefined;
  return { start: c.starts[from] ?? 0, end: c.ends[to - 1] ?? 0 };
}

/** A regular expression for a text in which any run of white space matches any run of white space. */
function flexible(text: string): RegExp {
  const parts = normalise(text)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[\\s\\u00a0]+'), 'u');
}

/** Finds `text` in the cleaned range [from, to), whitespace-tolerant. */
function findIn(c: Cleaned, text: string, from: number, to: number): Span | undefined {
  const m = flexible(text).exec(c.text.slice(from, to));
  return m === null ? undefined : toRaw(c, from + m.index, from + m.index + m[0].length);
}

/** The cleaned capture's lines, each with its offsets and its text with whitespace collapsed. */
function linesOf(c: Cleaned): Array<{ from: number; to: number; norm: string }> {
  const lines: Array<{ from: number; to: number; norm: string }> = [];
  let offset = 0;
  for (const line of c.text.split('\n')) {
    lines.push({ from: offset, to: offset + line.length, norm: normalise(line) });
    offset += line.length + 1;
  }
  return lines;
}

/**
 * Matches the archived blocks in reading order, each to the next line (or run of consecutive lines,
 * for a paragraph with line breaks) of the cleaned capture that reads the same once whitespace is
 * collapsed. Returns each block's span in the capture and each paragraph's range in the cleaned text.
 */
function locateBlocks(
  c: Cleaned,
  input: CopyInput,
  file: string,
  problems: LocateProblem[],
): { blocks: Array<Span | undefined>; paragraphRange: Map<number, { from: number; to: number }> } {
  const lines = linesOf(c);
  let cursor = 0;
  const blockRanges: Array<{ from: number; to: number } | undefined> = [];
  const blocks = input.blocks.map((block, b): Span | undefined => {
    const want = normalise(block.text);
    for (let k = cursor; k < lines.length && want !== ''; k++) {
      const first = lines[k];
      if (first === undefined || first.norm === '' || !want.startsWith(first.norm)) continue;
      let acc = first.norm;
      let j = k;
      while (acc.length < want.length && j + 1 < lines.length && (lines[j + 1]?.norm ?? '') !== '') {
        j++;
        acc = normalise(`${acc} ${lines[j]?.norm ?? ''}`);
      }
      if (acc !== want) continue;
      cursor = j + 1;
      const to = lines[j]?.to ?? first.to;
      blockRanges[b] = { from: first.from, to };
      return toRaw(c, first.from, to);
    }
    const what = block.kind === 'paragraph' ? `paragraph ${block.n ?? b + 1}` : 'a heading';
    problems.push({
      line: block.line,
      field: 'body',
      found: `${what} ${quote(block.text)}, which is not a line of the capture (in order, after the recorded removals)`,
      expected: `each archived paragraph and heading to be a line of ${file}, verbatim, minus the removals listed under removed`,
    });
    return undefined;
  });
  const paragraphRange = new Map<number, { from: number; to: number }>();
  input.blocks.forEach((block, b) => {
    const r = blockRanges[b];
    if (block.kind === 'paragraph' && block.n !== undefined && r !== undefined) paragraphRange.set(block.n, r);
  });
  return { blocks, paragraphRange };
}

/** Finds each source error in the paragraph, title or standfirst it names; a mismatch is a problem. */
function locateErrors(
  c: Cleaned,
  input: CopyInput,
  paragraphRange: ReadonlyMap<number, { from: number; to: number }>,
  problems: LocateProblem[],
): Array<Span | undefined> {
  const paragraphText = new Map(input.blocks.filter((b) => b.kind === 'paragraph' && b.n !== undefined).map((b) => [b.n ?? 0, b.text]));
  return input.sourceErrors.map((e, i): Span | undefined => {
    if (typeof e.where === 'number') {
      const text = paragraphText.get(e.where);
      if (text === undefined) {
        const expected = `a paragraph number from 1 to ${paragraphText.size}`;
        problems.push({ field: `sourceErrors[${i}].where`, found: `paragraph ${e.where}`, expected });
        return undefined;
      }
      if (!normalise(text).includes(normalise(e.text))) {
        problems.push({
          field: `sourceErrors[${i}].text`,
          found: `${quote(e.text)}, which is not in paragraph ${e.where}`,
          expected: `the erroneous text exactly as it stands in paragraph ${e.where}`,
        });
        return undefined;
      }
      const r = paragraphRange.get(e.where);
      return r === undefined ? undefined : findIn(c, e.text, r.from, r.to);
    }
    const where = e.where === 'title' ? input.title : (input.standfirst ?? '');
    if (!normalise(where).includes(normalise(e.text))) {
      problems.push({
        field: `sourceErrors[${i}].text`,
        found: `${quote(e.text)}, which is not in the ${e.where}`,
        expected: `the erroneous text exactly as it stands in the ${e.where}`,
      });
      return undefined;
    }
    return findIn(c, e.text, 0, c.text.length);
  });
}

/** Locates the removals, the archived blocks and the source errors in the capture. */
export function locate(raw: string, input: CopyInput, file: string): Located {
  const { spans: removals, problems } = locateRemovals(raw, input.removed, file);
  const c = clean(raw, input.removed, removals);
  const { blocks, paragraphRange } = locateBlocks(c, input, file, problems);
  const errors = locateErrors(c, input, paragraphRange, problems);
  return { removals, blocks, errors, problems };
}
