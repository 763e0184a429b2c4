/**
 * Shortens a paragraph for a list of sources, at a word boundary, so an event page can show what
 * each cited paragraph says without reprinting whole articles (and without cutting a word in two).
 */
export function excerpt(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
