/**
 * The Open Graph and Twitter tags every page carries, for link previews: what the page is, its
 * title, a description within 200 characters on one line, its address and its preview image (the
 * page's own card for an article or an event, the archive's card for every other page).
 */
import type { MetaTag } from '../citation/meta.ts';
import { CARD } from './card.ts';

/** The longest `og:description`: previews cut longer ones wherever they like. */
export const DESCRIPTION_MAX = 200;

/** A description as previews show it: on one line, and cut at a word with "…" past {@link DESCRIPTION_MAX}. */
export function previewDescription(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= DESCRIPTION_MAX) return t;
  const cut = t.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** What a page tells the previews. */
export interface Preview {
  /** `article` for an archived text; `website` for every other page. */
  readonly type: 'article' | 'website';
  readonly title: string;
  readonly description: string;
  /** The page's absolute address. */
  readonly url: string;
  readonly siteName: string;
  /** The absolute address of the card, and what it shows, for readers who cannot see it. */
  readonly image: { readonly url: string; readonly alt: string };
  /** An article's exact day of publication, when it has one; its signed authors. */
  readonly published?: string | undefined;
  readonly authors?: readonly string[] | undefined;
}

/** The page's `og:*`, `article:*` and `twitter:*` tags. */
export function previewTags(p: Preview): MetaTag[] {
  const description = previewDescription(p.description);
  const tags: MetaTag[] = [
    { property: 'og:type', content: p.type },
    { property: 'og:title', content: p.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: p.url },
    { property: 'og:site_name', content: p.siteName },
    { property: 'og:image', content: p.image.url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD.width) },
    { property: 'og:image:height', content: String(CARD.height) },
    { property: 'og:image:alt', content: p.image.alt },
  ];
  if (p.published !== undefined) tags.push({ property: 'article:published_time', content: p.published });
  for (const author of p.authors ?? []) tags.push({ property: 'article:author', content: author });
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: p.title },
    { name: 'twitter:description', content: description },
    { name: 'twitter:image', content: p.image.url },
    { name: 'twitter:image:alt', content: p.image.alt },
  );
  return tags;
}
