/** The page left at a moved page's old address, for hosts that cannot answer with a redirect. */
import type { Redirect } from '../site/redirects.ts';
import { withBase } from '../site/urls.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page left at a moved page's old path, for hosts without server redirects: a valid HTML
 * document (the refresh content is "0; url=…", as the HTML standard writes it) that forwards at
 * once, is kept out of search engines, and names the new page as canonical.
 */
export function redirectPage(redirect: Redirect, base: string, site: URL | undefined): string {
  const to = withBase(base, redirect.to);
  const from = withBase(base, redirect.from);
  const canonical = site ? new URL(to, site).href : to;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Moved to ${escapeHtml(to)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    '</head>',
    '<body>',
    `<p>This page has moved: <a href="${escapeHtml(to)}">${escapeHtml(to)}</a> (from <code>${escapeHtml(from)}</code>).</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
