/**
 * The English words of an article's and an event's tools in the browser (src/client/page-tools.ts): part of
 * the English dictionary (./en.ts spreads them in its article section), in a module of their own so that
 * the tools, which fall back to English when the page gives no words, bundle these strings and not the
 * whole dictionary.
 */
export const enTools = {
  'tools.copy': 'Copy',
  'tools.copied': 'Copied',
  'tools.selectAndCopy': 'Select and copy',
  'tools.saidCopied': '{what} copied.',
  'tools.saidSelected': 'This browser did not allow copying; {what} is selected: copy it with your device’s copy command.',
  'tools.copyCitation': 'Copy the {style} citation',
  'tools.theCitation': 'the {style} citation',
  'tools.theLink': 'the link to {name}',
  'tools.theAddress': 'the address of this page',
  'tools.scopeWhole': 'Citing the whole article, accessed today. To cite one paragraph, use the ¶ mark at its end.',
  'tools.scopeParagraph': 'Citing paragraph {n}, accessed today.',
  'tools.citing': 'Citing {scope}, accessed today.',
  'tools.wholeArticle': 'the whole article',
  'tools.paragraph': 'paragraph {n}',
  'tools.anchor.title': 'the title',
  'tools.anchor.standfirst': 'the standfirst',
  'tools.anchor.dateline': 'the dateline',
  'tools.menu': 'Tools for {name}',
  'tools.copyLink': 'Copy link to {short}',
  'tools.citeArticle': 'Cite this article',
  'tools.cite': 'Cite {short}',
  'tools.close': 'Close',
} as const;
