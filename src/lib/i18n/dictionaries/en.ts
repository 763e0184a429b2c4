/**
 * The interface in English: the source of every key (src/lib/i18n/translate.ts looks them up). A string
 * with `{name}` is filled in by the page; one that depends on a count is an object of plural forms
 * (English needs `one` and `other`). The Russian and Kazakh dictionaries are typed against these keys,
 * so a key missing from either, or one they have and this has not, fails `npm run check:types`.
 */

/** A string's plural forms by CLDR category; `other` is always there. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export const en = {
  // The frame of every page (src/layouts/Base.astro).
  'skip.content': 'Skip to content',
  'nav.label': 'Main',
  'nav.articles': 'Articles',
  'nav.timeline': 'Timeline',
  'nav.actors': 'Actors',
  'nav.places': 'Places',
  'nav.about': 'About',
  'nav.data': 'Data',
  'search.label': 'Search the archive',
  'search.placeholder': 'Search (press /)',
  'search.submit': 'Search',
  'switcher.label': 'Language',
  'footer.about':
    'A research archive of Kazakhstan–Russia relations, 2020–2022. Texts are archived verbatim from their sources, minus scraping ' +
    'debris; editorial notes are marked as such.',
  'footer.aboutLink': 'About the archive',
  'footer.dataLink': 'Data and feeds',
  'footer.rights': 'Rights and reuse',
  'footer.requests': 'corrections, removals',
  'footer.ourData': 'Our data:',
  'footer.edition': 'Edition {n}',

  // Notes where a page shows text not in its own language.
  'note.archived': 'The archived texts are shown in the language they were collected in; they are never translated.',
  'note.fallback.en': 'Not yet translated: shown in English.',
  'note.fallback.ru': 'Not yet translated: shown in Russian.',
  'note.draft': 'Draft translation, not yet reviewed.',

  // Parts of article and event pages (src/components/{CorrectedIn,InvolvedStates,ShareButton}.astro).
  'corrected.in': 'Corrected in {editions}.',
  'corrected.edition': 'edition {n}',
  'share.article': 'Share this article',
  'share.event': 'Share this event',
  'states.heading': 'States',
  'states.derivedHeading': 'States derived',
  'states.how': '(how derived)',
  'states.tagged': '(tagged)',
  'states.taggedVia': '(tagged; also through {via})',
  'states.derived': '(derived: through {via})',
  'states.override': '(not involved, though derived through {via}: {why})',
  // The home page and the list of all articles.
  'home.title': 'Home',
  'home.description':
    'A research archive of articles on Kazakhstan–Russia relations, 2020–2022, ' +
    'archived verbatim with provenance, a timeline of events and a page per actor.',
  'home.intro':
    'A research archive of what was written about relations between Kazakhstan and Russia from 2020 to 2022: commentary on the ' +
    'Belarus crisis, the January 2022 unrest and the CSTO deployment, and Kazakhstan’s course after Russia’s invasion of Ukraine.',
  'home.method':
    'Each article is archived verbatim from the copy that was collected, minus scraping debris, with its provenance: who wrote it, ' +
    'who first published it, where the copy came from and how it was translated, with a confidence for each fact. Every paragraph ' +
    'can be linked and cited. Browse the {timeline}, the {actors}, or read {method}.',
  'home.timelineLink': 'timeline of events',
  'home.actorsLink': 'actors',
  'home.methodLink': 'how the archive is edited',
  'home.newest': 'Articles, newest first',
  'home.count': { one: '{count} article in the archive.', other: '{count} articles in the archive.' },
  'home.older': 'Older articles',
  'browse.title': 'All articles, page {page} of {last}',
  'browse.description': 'Every article in the archive, newest first.',
  'browse.heading': 'All articles',
  'browse.page': 'page {page} of {last}',
  'browse.range': 'Articles {from}–{to} of {total}, newest first.',
  'browse.pages': 'Pages',
  'browse.newer': 'Newer articles',
  'browse.older': 'Older articles',

  // An article in a list (src/components/ArticleList.astro).
  'list.actors': 'Actors',
  'list.more': '+{count} more',
  'list.moreOf': 'actors of {title}',
  'byline.unsigned': 'Unsigned',
  'byline.signedOff': 'Unsigned (signed off “{signature}”)',
  'date.approximate': 'approximate date',
  'date.span': 'span of dates',
  'date.year': 'known only to the year',
  'date.month': 'known only to the month',

  // The page for a missing address (src/components/pages/NotFound.astro).
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist in the archive.',
  'notFound.text':
    'There is no page at this address. Article, actor and paragraph links are permanent; if you followed one from elsewhere, it may ' +
    'have been mistyped.',
  'notFound.didYouMean': 'Did you mean {link}?',
  'notFound.searchLabel': 'Search for the missing page',
  'notFound.allArticles': 'All articles',

  // The archive's own pages (src/components/page/): counts, the edition, a paragraph link.
  'count.articles': { one: '{n} article', other: '{n} articles' },
  'count.events': { one: '{n} event', other: '{n} events' },
  'count.actors': { one: '{n} actor', other: '{n} actors' },
  'count.places': { one: '{n} place', other: '{n} places' },
  'count.outlets': { one: '{n} outlet', other: '{n} outlets' },
  'edition.of': '{edition} of {date}',
  'edition.link': 'edition {n}',
  'paragraph.link': '{title}, paragraph {p}',

  // The search page (src/components/pages/Search.astro); its results are written by src/client/search-*.ts.
  'searchPage.title': 'Search',
  'searchPage.description':
    'Search the archived texts and the actor, place and event pages by word, with any spelling or script of a name, ' +
    'and narrow by type, actor, place, outlet, author, year and a range of months; take the results away as CSV, RIS, BibTeX or CSL-JSON.',
  'searchPage.noScript':
    'Search needs JavaScript, which is off in this browser. ' +
    'Every article can still be reached from {all}, the {timeline} and the {actors}.',
  'searchPage.allArticles': 'all articles',
  'searchPage.timeline': 'timeline',
  'searchPage.actors': 'actors',
  'searchPage.places': 'places',
  'searchPage.skip': 'Skip to filters and order',
  'searchPage.noneChosen': '(none chosen)',
  'searchPage.words': 'Words to find',
  'searchPage.elsewhere': 'Nothing here? Browse the {timeline} of events, the {actors} and the {places}, or {all}.',
  'searchPage.more': 'More results',
  'searchPage.filters': 'Filters and order',
  'searchPage.order': 'Order',
  'searchPage.relevance': 'Best match',
  'searchPage.newest': 'Newest first',
  'searchPage.oldest': 'Oldest first',
  'searchPage.dates': 'Dates',
  'searchPage.rangeHint': 'A month and year, such as 2022-03; a date that may fall in the range is in it.',
  'searchPage.from': 'From',
  'searchPage.to': 'To',
  'searchPage.narrow': 'Narrow the results',
  'searchPage.apply': 'Apply',
  'searchPage.englishResults': 'The results are the archive’s pages in English and the archived texts in their own languages.',

  // The editions changelog (src/components/pages/Editions.astro).
  'editions.title': 'Editions',
  'editions.description': 'What each edition of the archive added and corrected, with the evidence for every correction.',
  'editions.intro':
    'Each edition of the archive is listed with its release day, the articles it added, and every fact it corrected: the field, its ' +
    'value before and after, and the evidence. The current edition is edition {n}. A citation of the archive names its edition ({cite}).',
  'editions.cite': 'How to cite',
  'editions.heading': 'Edition {n}, {date}',
  'editions.added': 'Articles added',
  'editions.corrections': 'Corrections',
  'editions.none': 'None.',
  'editions.caption': 'Corrections in edition {n}',
  'editions.entry': 'Entry',
  'editions.field': 'Field',
  'editions.before': 'Before',
  'editions.after': 'After',
  'editions.why': 'Why',
  'editions.english': 'The summaries and the reasons for corrections are the editors’ own words, in English.',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

/** A key of the dictionaries. */
export type Key = keyof typeof en;

/** A dictionary's shape, with a language's own plural forms for the strings that depend on a count. */
export type DictionaryOf<Plural extends PluralForms> = { readonly [K in Key]: (typeof en)[K] extends string ? string : Plural };

/** Any language's dictionary. */
export type Dictionary = DictionaryOf<PluralForms>;
