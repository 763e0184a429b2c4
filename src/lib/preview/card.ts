/**
 * The preview card of a page (Open Graph and Twitter images): what it says and how it is laid out,
 * as the element tree satori lays out (src/postbuild/previews.ts renders it to a PNG). Dark text on
 * a light ground, large enough to read as a thumbnail: a title of up to four lines, the outlet or
 * the date under it, and the archive's name.
 */

/** The card's size: Open Graph's and Twitter's large image, 1.91:1. */
export const CARD = { width: 1200, height: 630 } as const;

/** What one card says. */
export interface CardText {
  readonly title: string;
  /** The outlet and date of an article, or the date of an event. */
  readonly line: string;
  /** The archive's name. */
  readonly site: string;
}

/** An element as satori takes it (the shape React elements have). */
export interface CardNode {
  readonly type: 'div';
  readonly props: { readonly style: Record<string, string | number>; readonly children?: string | readonly CardNode[] };
}

/** The longest title shown whole; a longer one is cut at a word and ends with "…". */
export const TITLE_MAX = 140;

/** The title as shown: whitespace collapsed, and cut at a word before {@link TITLE_MAX} characters. */
export function cardTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= TITLE_MAX) return t;
  const cut = t.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** The title's font size: as large as four lines at the card's width allow. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 50 ? 76 : n <= 90 ? 64 : n <= 120 ? 56 : 50;
}

/**
 * The font's families, one per Unicode subset the font package ships (satori picks a font by
 * family and weight, then falls back along the list for a glyph the first lacks).
 */
export const FONT_FAMILIES = ['Noto Sans Latin', 'Noto Sans Latin Ext', 'Noto Sans Cyrillic', 'Noto Sans Cyrillic Ext'] as const;

const INK = '#1a1a1a';
const MUTED = '#3d3d3d';
const GROUND = '#f6f3ea';
const ACCENT = '#1f4e79';

/** The card's element tree. */
export function cardTree(text: CardText): CardNode {
  const title = cardTitle(text.title);
  const div = (style: Record<string, string | number>, children?: string | readonly CardNode[]): CardNode => ({
    type: 'div',
    props: children === undefined ? { style } : { style, children },
  });
  return div(
    { display: 'flex', width: '100%', height: '100%', backgroundColor: GROUND, fontFamily: FONT_FAMILIES.join(', '), color: INK },
    [
      div({ display: 'flex', width: 24, height: '100%', backgroundColor: ACCENT }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          width: CARD.width - 24 - 136,
          height: CARD.height - 112,
          margin: '56px 72px 56px 64px',
        },
        [
          div({ display: 'flex', fontSize: 32, fontWeight: 700, color: ACCENT }, text.site),
          div({ display: 'flex', flexGrow: 1, alignItems: 'center' }, [
            div({ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
          ]),
          div({ display: 'flex', fontSize: 36, fontWeight: 400, color: MUTED }, text.line),
        ],
      ),
    ],
  );
}
