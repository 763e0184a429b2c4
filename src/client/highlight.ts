/**
 * Marks the words a search result linked with (`?highlight=`) in the archived text, then brings the
 * linked paragraph into view. Loaded only when the parameter is there; text nodes only, so terms
 * from the URL never become markup. The address then loses the parameter, so the marks reach only
 * the reader who followed the search's link, never whoever is sent the address.
 */
import { fragmentId, highlightRanges, highlightTerms, withoutHighlight } from '../lib/search/highlight.ts';

const terms = highlightTerms(new URLSearchParams(location.search));
const paragraphs = document.querySelectorAll<HTMLElement>('.standfirst, .dateline, .source-text .para, .source-text h2, .source-text h3');
for (const el of paragraphs) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.pn, .plink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, terms);
    for (const [start, end] of ranges.reverse()) {
      const tail = node.splitText(start);
      tail.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      tail.replaceWith(mark);
      mark.append(tail);
    }
  }
}
const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
(target ?? document.querySelector('mark.search-hit'))?.scrollIntoView({ block: 'center' });
history.replaceState(history.state, '', withoutHighlight(location.href));
