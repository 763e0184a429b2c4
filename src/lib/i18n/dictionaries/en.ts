/**
 * The interface in English: the source of every key (src/lib/i18n/translate.ts looks them up). A string
 * with `{name}` is filled in by the page; one that depends on a count is an object of plural forms
 * (English needs `one` and `other`). The Russian and Kazakh dictionaries are typed against these keys,
 * so a key missing from either, or one they have and this has not, fails `npm run check:types`.
 */

/** A string's plural forms by CLDR category; `other` is always there. */
import { enTools } from './en-tools.ts';

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

  // An article's page (src/components/pages/Article.astro and the parts it uses); its tools in the browser
  // (src/client/page-tools.ts) take the `tools.*` strings from the page.
  'article.series': 'Series: “{name}”',
  'article.collectedTitle': 'Title of the collected copy: “{title}”',
  'article.linkStandfirst': 'Link to the standfirst',
  'article.linkDateline': 'Link to the dateline',
  'article.linkParagraph': 'Link to paragraph {n}',
  'article.published': 'Published',
  'article.dateline': 'dateline “{text}”',
  'article.glance': 'Provenance at a glance:',
  'article.fullProvenance': 'Full provenance',
  'article.permalink': 'Permanent address: {url}',
  'article.archivedText': 'Archived text',
  'article.provenance': 'Provenance',
  'article.firstPublishedBy': 'First published by',
  'article.date': 'Date',
  'article.author': 'Author',
  'article.related': 'Related',
  'article.collectedCopy': 'Collected copy',
  'article.outletSite': 'Outlet’s site:',
  'article.site': 'Site:',
  'article.compare': 'Compare with the collected copy',
  'article.language': 'Language',
  'article.languages': 'Archived in {archived}; original {original}',
  'article.translationPath': 'Translation path',
  'article.unidentifiedTranslator': 'an unidentified translator',
  'article.events': 'Events this article reports',
  'article.inferredNote':
    'An event marked “inferred link” is one the article refers to, anticipates or lets be inferred without reporting it; its page ' +
    'says how.',
  'article.inferredLink': 'inferred link',
  'article.paragraph': 'paragraph {n}',
  'article.actors': 'Actors',
  'article.places': 'Places',
  'article.editorial': 'Editorial notes',
  'article.editorialHidden': '(not part of the source text)',
  'article.editorialIntro':
    'These notes are the archive’s, not the source’s. The text above is the collected copy, verbatim, minus the debris listed here; ' +
    'its errors are kept as published.',
  'article.sourceErrors': 'Errors of the source, kept as published',
  'article.where.title': 'title',
  'article.where.standfirst': 'standfirst',
  'article.removed': 'Removed from the collected copy',
  'article.nothing': 'Nothing.',
  'article.notes': 'Notes',
  'article.others': 'Other articles',
  'article.older': '← Older: {title}',
  'article.newer': 'Newer: {title} →',
  'confidence.confirmed': 'confirmed',
  'confidence.inferred': 'inferred',
  'confidence.unknown': 'unknown',
  'glance.translated': 'Translated from {original} into {archived} by {hands}',
  'glance.retranslated': 'Re-translated from {original} via {via} into {archived} by {hands}',
  'glance.inferred': ', inferred',
  'glance.translatorUnknown': 'Translated from {original}, translator unknown',
  'glance.republished': 'Republished copy ({name})',
  'glance.unidentifiedSite': 'an unidentified site',
  'glance.approximate': 'Date approximate: {date}',
  'glance.knownAs': 'Date known only as {date}',
  'glance.dateInferred': 'Date inferred',
  'glance.dateUnknown': 'Date unknown',
  'glance.original': 'Original {language} text as first published, signed and dated',
  'removed.space': 'extra space',
  'removed.spaceIn': 'extra space in “{context}”',
  'removed.textIn': '“{text}” in “{context}”',
  'removed.text': '“{text}”',
  'collected.unidentified': 'Unidentified',
  'collected.date': 'Collected:',
  'collected.unknown': 'unknown',
  'collected.snapshot': 'Archived copy of {date}',
  'collected.checked': ', checked: {checked}',
  'wayback.find': 'find archived copies',
  'wayback.near': 'find archived copies near {date}',
  'wayback.of': ' of {what}',
  'wayback.in': ' in the Wayback Machine',
  'wayback.original': 'the original',
  'wayback.outletSite': 'the outlet’s site',
  'wayback.copy': 'the collected copy',
  'wayback.copySite': 'the collected copy’s site',
  'cite.heading': 'Cite this',
  'cite.note': 'Citations name the original publication and this archive’s copy, where you read it.',
  'cite.scope': 'Citing the whole article. To cite one paragraph, use the ¶ mark at its end.',
  'cite.chicagoNote': 'Chicago (note)',
  'cite.chicagoBib': 'Chicago (bibliography)',
  'cite.apa': 'APA 7',
  'cite.apaInText': 'APA 7 (in text)',
  'cite.mla': 'MLA 9',
  'cite.mlaInText': 'MLA 9 (in text)',
  'cite.download': 'Download:',
  ...enTools,

  // The removed-texts list and the entry sub-lists (src/components/pages/Removed.astro, src/components/EntityListPage.astro).
  'removedList.title': 'What was removed from each text, page {page} of {last}',
  'removedList.description': 'The scraping debris removed from each archived text, and why.',
  'removedList.heading': 'What was removed from each text',
  // {about}: the link whose words are removedList.aboutLink.
  'removedList.range': {
    one: 'Article {from} of {count}, newest first. The rules are on the {about}.',
    other: 'Articles {from}–{to} of {count}, newest first. The rules are on the {about}.',
  },
  'removedList.aboutLink': 'about page',
  'removedList.item': '{label}: {reason}',
  'removedList.nothing': 'Nothing was removed.',
  'removedList.pages': 'Pages',
  'removedList.newer': 'Newer articles',
  'removedList.older': 'Older articles',

  // The page for a missing address (src/components/pages/NotFound.astro).
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist in the archive.',
  'notFound.text':
    'There is no page at this address. Article, actor and paragraph links are permanent; if you followed one from elsewhere, it may ' +
    'have been mistyped.',
  'notFound.didYouMean': 'Did you mean {link}?',
  'notFound.searchLabel': 'Search for the missing page',
  'notFound.allArticles': 'All articles',

  // Event, actor and place pages (src/components/pages/{Event,Actor,Place}.astro and the parts they share).
  'event.dateNote': 'Date: {note}',
  'event.confidence': 'Confidence',
  'event.confidenceText': 'That it happened as told:',
  'event.actors': 'Actors',
  'event.places': 'Places',
  'event.sources': 'Sources',
  'event.sources.outlets': { one: '{count} outlet reports this event', other: '{count} outlets report this event' },
  'event.sources.one': 'The archived text that reports this event or relies on it',
  'event.sources.each': ': each with its outlet, date and the sentences of the cited passages that report it.',
  'event.sources.inferred':
    ' A source marked “inferred link” does not report the event: it refers to it, anticipates it or lets it be inferred, ' +
    'and the note says how.',
  'event.inferred': 'Inferred link, not a report.',
  'event.passageOf': ' of {title}',
  'event.noteLabel': 'Editorial note',
  'event.around': 'Events before and after',
  'event.earlier': '← Earlier: {title}',
  'event.later': 'Later: {title}',
  'passage.standfirst': 'Standfirst',
  'passage.dateline': 'Dateline',
  'passage.paragraph': 'Paragraph {n}',
  'confidence.date.confirmed': 'date confirmed',
  'confidence.date.inferred': 'date inferred',
  'confidence.date.unknown': 'date unknown',
  'confidence.event.confirmed': 'event confirmed',
  'confidence.event.inferred': 'event inferred',
  'confidence.event.unknown': 'event unknown',
  'actor.description': '{name}: {description} Articles that name them, events that involve them.',
  'place.description': '{name}: {description} Articles that name it, events that happened there.',
  'actorKind.person': 'Person',
  'actorKind.state': 'State',
  'actorKind.international-organisation': 'International organisation',
  'actorKind.company': 'Company',
  'actorKind.outlet': 'Outlet',
  'actorKind.think-tank': 'Think tank',
  'affiliations.heading': 'States',
  'relation.acts-for.of': 'Acts for {state}',
  'relation.belongs-to.of': 'Belongs to {state}',
  'relation.serves.of': 'Serves {state}',
  'relation.acts-for.to': 'Acting for {name}',
  'relation.belongs-to.to': 'Belonging to {name}',
  'relation.serves.to': 'Serving {name}',
  'affiliations.check': '({source}, checked {date}: {note})',
  'affiliations.rule': 'An event or article involves a state that a person or body it is tagged with acts for on its date ({link}).',
  'affiliations.ruleLink': 'how involvement is derived',
  'affiliations.members': 'People and bodies of {name}',
  'period.span': '{from} – {to}',
  'period.from': 'from {from}',
  'period.until': 'until {to}',
  'entity.source': 'source',
  'entity.spellings': 'Spellings',
  'entity.spellingsText': 'The archive connects these spellings to {name}; the texts use those found below.',
  'entity.titles': 'Titles',
  'entity.titlesText': 'Titles {name} is known by, not spellings of the name; search finds {name} under each of them too.',
  'entity.otherScripts': 'Other scripts and transliterations',
  'entity.otherScriptsText':
    'Search finds {name} under each of these too. Each form links to the public page that attests it; “How this was checked” says ' +
    'what was read on it, and when.',
  'entity.script.Latn': 'Latin script',
  'entity.script.Cyrl': 'Cyrillic',
  'entity.howChecked': 'How this was checked',
  'entity.basis.page': 'checked against the page',
  'entity.basis.knowledge': 'not checked against the page: rests on knowledge',
  'entity.articles': 'Articles naming {name}',
  'entity.noArticles': 'No archived text names {name}.',
  'entity.allArticles': { one: 'The {count} article naming {name}', other: 'All {count} articles naming {name}' },
  'entity.events': 'Events involving {name}',
  'entity.noEvents': 'No event in the timeline lists {name}.',
  'entity.allEvents': { one: 'The {count} event involving {name}', other: 'All {count} events involving {name}' },
  'entity.beside': 'Appears most with',
  'entity.besideText': 'Counted in paragraphs that name both. Each search finds the articles that name both.',
  'entity.paragraphs': { one: '{count} paragraph', other: '{count} paragraphs' },
  'entity.search': 'search',
  'entity.searchFor': ' for {name} and {other}',
  'mention.as': 'As {forms}, in {where}',
  'mention.form': '“{form}”',
  'mention.paragraphs': { one: 'paragraph', other: 'paragraphs' },

  // The archive's own pages (src/components/page/): counts, the edition, a paragraph link.
  'count.articles': { one: '{n} article', other: '{n} articles' },
  'count.events': { one: '{n} event', other: '{n} events' },
  'count.actors': { one: '{n} actor', other: '{n} actors' },
  'count.places': { one: '{n} place', other: '{n} places' },
  'count.outlets': { one: '{n} outlet', other: '{n} outlets' },
  'edition.of': '{edition} of {date}',
  'edition.link': 'edition {n}',
  'paragraph.link': '{title}, paragraph {p}',

  // The timeline, the drawings, the actors and places indexes and the data index (src/components/pages/{Timeline,TimelinePeriod,
  // ActorsIndex,PlacesIndex,DataIndex}.astro, src/components/{Overview,TimelineGroups,TimelineEntry}.astro, src/lib/drawings/).
  'views.fallback.en': 'Titles and descriptions not yet translated are shown in English, marked “{mark}”.',
  'views.fallback.ru': 'Titles and descriptions not yet translated into Kazakh are shown in Russian, marked “{mark}”.',
  'views.mark.en': 'in English',
  'views.mark.ru': 'in Russian',
  'views.draft': 'The translated titles and descriptions on this page are drafts, not yet reviewed by a native speaker.',
  'timeline.title': 'Timeline',
  'timeline.description':
    'The events of 2020–2022 that the archived texts report or rely on, with the publication of each article, in date order.',
  'timeline.heading': 'Timeline, 2020–2022',
  'timeline.intro':
    '{events} that the archived texts report or rely on, and the publication of each of the {articles}, in date order. Each event ' +
    'links to the paragraphs that report it. A date is shown only as precisely as it is known: an event known to the month is listed ' +
    'under its month and marked as such, never given a day.',
  'timeline.years': 'Years',
  'timeline.entries': { one: '{n} entry', other: '{n} entries' },
  'timeline.beforePeriod': '{year}, before the archive’s period',
  'timeline.yearUnknownMonth': '{year}, month not known',
  'timeline.titleOf': 'Timeline, {period}',
  'timeline.titlePart': 'Timeline, {period}, part {part} of {parts}',
  'timeline.periodDescription': 'Events and article publications of {period}, in date order, from the Kazakhstan–Russia archive.',
  'timeline.onPage': { one: '{n} entry on this page.', other: '{n} entries on this page.' },
  'timeline.monthsOf': 'Months of {year}',
  'timeline.otherPeriods': 'Other periods',
  'timeline.part': '{label}, part {part}',
  'timeline.continued': '{label} (continued)',
  'timeline.sources': 'Sources:',
  'timeline.paragraph': 'paragraph {n}',
  'timeline.published': 'Article published:',
  'timeline.confidence.confirmed': 'confirmed',
  'timeline.confidence.inferred': 'inferred',
  'timeline.confidence.unknown': 'unknown',
  'overview.title': 'Overview of the timeline, {from} to {to}',
  'overview.events': { one: '{n} event', other: '{n} events' },
  'overview.publications': { one: '{n} article publication', other: '{n} article publications' },
  'overview.summary': '{events} and {publications} from {from} to {to}, on a time axis with a tick at the start of each year.',
  'overview.imprecise': {
    one: 'Exact days are dots; {n} date known only to the month or as a span is drawn as bars over the days it may fall on.',
    other: 'Exact days are dots; {n} dates known only to the month or as a span are drawn as bars over the days they may fall on.',
  },
  'overview.byYear': 'By year: {years}.',
  'overview.yearCount': '{year}, {n}',
  'overview.none': 'none',
  'overview.busiest': {
    one: 'The busiest month is {month}, with {n} entry.',
    other: 'The busiest month is {month}, with {n} entries.',
  },
  'overview.outside': {
    one: 'Not drawn: {before} earlier and {after} later entry.',
    other: 'Not drawn: {before} earlier and {after} later entries.',
  },
  'overview.bin': {
    one: '{month}: {n} entry, {imprecise} of them with an imprecise date',
    other: '{month}: {n} entries, {imprecise} of them with an imprecise date',
  },
  'overview.band.events': 'Events',
  'overview.band.articles': 'Articles',
  'overview.captionMarks':
    'Overview: dots are exact days; bars are dates known only to the month, spans or approximate dates, drawn over every day they ' +
    'may fall on. Each mark links to its entry; the list below gives every entry in words.',
  'overview.captionCounts':
    'Overview: entries per month; the lighter part of each bar counts dates known only to the month, spans or approximate dates. ' +
    'Each mark links to its entry; the list below gives every entry in words.',
  'actors.title': 'Actors',
  'actors.description':
    'The people, states, organisations and media that the archived texts discuss, with the articles that name them and the events ' +
    'that involve them.',
  'actors.intro':
    'The people, states, organisations and media the archived texts discuss. An article counts when its text names the actor under ' +
    'any of its spellings; an event counts when the archive lists the actor as involved.',
  'actors.type.person': 'People',
  'actors.type.state': 'States',
  'actors.type.organisation': 'Organisations',
  'actors.type.media': 'Media',
  'actors.network': 'Who is named with whom',
  'actors.networkText':
    'Two actors are joined when one paragraph names both; the line is wider the more paragraphs do, and a circle is larger the more ' +
    'articles name the actor. {rule} Each circle links to the actor’s page. The layout is computed once when the site is built, so ' +
    'the drawing is the same on every visit.',
  'actors.rule': 'It draws at most {maxNodes} actors and {maxEdges} pairs: here {actors}, and {pairs}.',
  'actors.someActors': 'the {n} named in most articles of the {candidates} named in the same paragraph as another',
  'actors.allActors': 'all {actors} named in the same paragraph as another',
  'actors.somePairs': 'the {n} sharing most paragraphs of the {among} among them',
  'actors.allPairs': 'all {pairs} among them',
  'actors.ofActors': { one: '{n} actor', other: '{n} actors' },
  'actors.pairs': { one: '{n} pair', other: '{n} pairs' },
  'actors.ofPairs': { one: '{n} pair', other: '{n} pairs' },
  'actors.pairsCaption': 'The {pairs} named together most often',
  'actors.pairsOf': 'The {pairs} named together most often (of {total})',
  'actors.drawingCaption': 'Network layout: d3-force, run for a fixed number of steps from a fixed start.',
  'actors.actor': 'Actor',
  'actors.both': 'Paragraphs naming both',
  'actors.counts': '{articles}, {events}',
  'network.title': 'Network of the {actors} most often named together',
  'network.description':
    '{actors} drawn as circles sized by the number of articles naming them, joined by {lines} as wide as the number of paragraphs ' +
    'naming both.',
  'network.lines': { one: '{n} line', other: '{n} lines' },
  'network.strongest': ' The strongest pair is {a} and {b}, in {paragraphs}.',
  'network.paragraphs': { one: '{n} paragraph', other: '{n} paragraphs' },
  'network.table': ' The table after the drawing lists the strongest pairs.',
  'network.node': '{name}: named in {articles}, in the same paragraph as {others} drawn here',
  'network.others': { one: '{n} other actor', other: '{n} other actors' },
  'drawings.inArticles': { one: '{n} article', other: '{n} articles' },
  'places.title': 'Places',
  'places.description': 'A map of the places the archived texts name, with how many articles name each and how many events happened there.',
  'places.intro':
    'The places the archived texts name. An article counts when its text names the place under any of its spellings; an event counts ' +
    'when the archive lists the place as involved. On the map each circle’s area grows with the number of articles; a region is drawn ' +
    'at one representative point, said in the list. The coordinates link to the public page that gives them, and its words follow.',
  'places.caption':
    'Map data: Natural Earth (public domain), 1:50m land and country borders, in a conic equal-area projection framed on the places. ' +
    'Each circle is a link to the place’s page.',
  'places.all': 'All places',
  'places.north': '{n}° N',
  'places.south': '{n}° S',
  'places.east': '{n}° E',
  'places.west': '{n}° W',
  'places.coordinatesOf': '(source of the coordinates of {name})',
  'places.drawnAt': ', drawn at {point}',
  'places.checked': '; checked {date}: {note}',
  'places.notOnMap': ' · not on the map (no attested coordinates)',
  'places.unmapped': {
    one: '{n} place without coordinates is listed but not drawn.',
    other: '{n} places without coordinates are listed but not drawn.',
  },
  'map.title': 'Map of the places the archive records ({n} with coordinates)',
  'map.description':
    'A map from {west} to {east} and {south} to {north}, with land and country borders from Natural Earth. Each place is a circle ' +
    'whose area grows with the number of articles naming it',
  'map.largest': '; the largest is {name}, named in {articles}.',
  'map.end': '.',
  'map.list': ' The list after the map gives every place with its counts.',
  'map.place': '{name}: named in {articles}',
  'map.drawnAt': ' (drawn at {point})',
  'map.samePoint': ', drawn at the same point as {others}',
  'map.north': '{n}°N',
  'map.south': '{n}°S',
  'map.east': '{n}°E',
  'map.west': '{n}°W',
  'data.title': 'Data and feeds',
  'data.description':
    "The archive's articles, actors, events and places as JSON and CSV, with a Frictionless data package, an Atom feed and a sitemap.",
  'data.intro':
    'Everything in the archive can be downloaded. Each table comes as JSON (lists as arrays) and as CSV (UTF-8, RFC 4180, list items ' +
    'separated by “; ”). Dates keep the precision the archive knows: {year}, {month} or {day}, or a span in two columns, never a ' +
    'made-up day. Beside them, every dated row has {start} and {end}: the earliest and latest day the date may fall on (a month ' +
    'gives its first and last day), so that sorting on {start} puts every row, spans and months included, in time order. They bound ' +
    'the date; the precise date is in the other columns.',
  'data.spreadsheets': 'Opening the CSV files in a spreadsheet',
  'data.spreadsheetsText':
    'Each CSV file starts with a UTF-8 byte order mark, so Excel, LibreOffice Calc, Numbers and Google Sheets read names such as ' +
    '“Kasym-Žomart” and curly quotation marks correctly when the file is opened directly. If a spreadsheet still shows garbled ' +
    'letters, import the file instead of opening it (in Excel: Data › From Text/CSV) and choose {utf8} (code page 65001) as the file ' +
    'origin and comma as the delimiter. Keep the {start} and {end} columns as dates and the partial-date columns as text, so that ' +
    '“2022-06” is not turned into a day. Place ids in {articles} and {events} are the {id} column of {places}; actor ids are the ' +
    '{id} column of {actors}.',
  'data.package': 'Data package',
  'data.packageText':
    '{file} describes every file below as a {frictionless} data package: each column’s name, type and meaning, and each text ' +
    'file’s size and SHA-256. Tools such as {validate} read it directly.',
  'data.tableHeading': 'The table {name}',
  'data.download': 'Download:',
  'data.joins': 'Joins (foreign keys in the data package):',
  'data.columnsOf': 'Columns of {name}',
  'data.column': 'Column',
  'data.type': 'Type',
  'data.meaning': 'Meaning',
  'data.listOf': 'list of {type}',
  'data.mayBeEmpty': ', may be empty',
  'data.english': 'Each table’s description and the meanings of its columns are the data package’s own, in English.',
  'data.texts': 'Texts and captures',
  'data.textsText':
    'For each article the data package also lists, with its size and SHA-256, the raw capture the archive collected ({source}, ' +
    'byte for byte; its marked reading is at {reading}) and the text as TEI P5 ({tei}), whose header carries the provenance and ' +
    'the list of removals. Each article page links to both.',
  'data.feeds': 'Feeds',
  'data.feed': ': an Atom feed of the articles, newest first.',
  'data.sitemap': ': every page of the archive, for search engines.',
  'data.citations': 'Citations',
  'data.citationsText':
    'Every article page has a “Cite this” section with Chicago, APA and MLA citations and downloads for reference managers at ' +
    '{bib} (BibTeX), {ris} (RIS) and {json} (CSL-JSON). Zotero also reads the citation tags in each article page.',
  'data.urls': 'Permanent addresses',
  'data.urlsText':
    'An article lives at {article} and its paragraph {n} at {paragraph}; actors, places and events at {actor}, {place} and ' +
    '{event}. Slugs and ids are fixed in the content, so correcting a title never moves a page, and a page that does move keeps its ' +
    'old address as a redirect.',
  'entityList.articles': 'Articles naming {name}',
  'entityList.events': 'Events involving {name}',
  'entityList.title': '{title}, page {page} of {last}',
  'entityList.description': '{title}: {total} in the archive.',
  'entityList.rangeArticles': '{from}–{to} of {total}, newest first.',
  'entityList.rangeEvents': '{from}–{to} of {total}, in date order.',
  'entityList.pages': 'Pages',
  'entityList.prev': 'Previous page',
  'entityList.next': 'Next page',

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
  'searchPage.englishResults':
    'The results lead to the archive’s pages in the page’s language where they exist, else in English; ' +
    'the archived texts are in the language they were collected in.',
  // What the search scripts write (src/client/search-*.ts, src/lib/search/said.ts), given to them by the
  // page (src/lib/search/words.ts): every key starting "searchJs." and only those.
  'searchPage.keyboard':
    'Kazakh letters can be typed on a Russian keyboard: ә as а, ғ as г, қ as к, ң as н, ө as о, ұ and ү as у, һ as х, і as и ' +
    '(“Кантар” finds what “Қаңтар” finds).',
  'searchJs.count': { one: '{count} result', other: '{count} results' },
  'searchJs.failure': 'The search could not run ({error}). Check the connection and reload the page to try again.',
  'searchJs.noWords': 'Nothing to search: the query has no letters or digits. Type a word, a name or a "quoted phrase".',
  'searchJs.shortened': 'it was shortened to its first {n} characters',
  'searchJs.unpairedQuote': 'an unpaired quotation mark was left out',
  'searchJs.tidied': 'Query tidied: {changes}.',
  'searchJs.paragraph': '¶ {n}',
  'searchJs.standfirst': 'Standfirst',
  'searchJs.dateline': 'Dateline',
  'searchJs.titlePart': 'Title',
  'searchJs.pagePart': 'Page',
  'searchJs.paragraphOf': 'of {title}',
  'searchJs.forWords': { one: '{count} result for “{q}”', other: '{count} results for “{q}”' },
  'searchJs.forFilters': { one: '{count} result for the chosen filters', other: '{count} results for the chosen filters' },
  'searchJs.tooShort': '(“{word}” is too short to search: type at least {n} letters)',
  'searchJs.dated': 'dated {range} (actor and place pages have no date)',
  'searchJs.newestFirst': 'newest first',
  'searchJs.oldestFirst': 'oldest first',
  'searchJs.firstShown': 'first {n} shown',
  'searchJs.monthYear': '{month} {year}',
  'searchJs.rangeBoth': '{from} to {to}',
  'searchJs.rangeFrom': 'from {from}',
  'searchJs.rangeTo': 'up to {to}',
  'searchJs.rangeAny': 'any date',
  'searchJs.rangeStart': 'start',
  'searchJs.rangeEnd': 'end',
  'searchJs.notMonth': "The range's {end} “{text}” is not a month: expected a year and a month, such as 2022-03.",
  'searchJs.isYear': "The range's {end} “{text}” is a year: read as {month}.",
  'searchJs.badMonth': "The range's {end} “{text}” is not a month: months run from 01 to 12.",
  'searchJs.badDay': {
    one: "The range's {end} “{text}” is not a day: {month} has {count} days.",
    other: "The range's {end} “{text}” is not a day: {month} has {count} days.",
  },
  'searchJs.byMonth': 'The range is by month: its {end} “{text}” was read as {month}.',
  'searchJs.backwards':
    'The range ends ({to}) before it starts ({from}): no date falls in it, so it is not applied. Swap its ends or change one.',
  'searchJs.unknownValue':
    'No page of the archive has the {facetLower} “{value}”, so no result can have it: ' +
    'untick it under {facet} to see the results without it.',
  'searchJs.facetType': 'Type',
  'searchJs.facetActor': 'Actor',
  'searchJs.facetKind': 'Kind of actor',
  'searchJs.facetState': 'State involved',
  'searchJs.facetActing': 'Acting for a state',
  'searchJs.facetPlace': 'Place',
  'searchJs.facetOutlet': 'Outlet',
  'searchJs.facetAuthor': 'Author',
  'searchJs.facetYear': 'Year',
  'searchJs.typeArticle': 'Article',
  'searchJs.typeEvent': 'Event',
  'searchJs.typeActor': 'Actor',
  'searchJs.typePlace': 'Place',
  'searchJs.showTop': 'Show the top {n}',
  'searchJs.showAll': 'Show all {count} {facetLower} values',
  'searchJs.noneChosen': '(none chosen)',
  'searchJs.chosen': { one: '({count} chosen)', other: '({count} chosen)' },
  'searchJs.countFailed': 'The filters could not be counted ({error}).',
  'searchJs.noSearch': 'No search was run.',
  'searchJs.idle':
    'Type words to search the archived texts and the actor, place and event pages. Any spelling or script of a name finds the others.',
  'searchJs.moreLeft': { one: 'More results ({count} more)', other: 'More results ({count} more)' },
  'searchJs.via': 'Found as a spelling of {name}',
  'searchJs.viaGlossary': 'Found through the glossary: {term}',
  'searchJs.quoted': '“{term}”',
  'searchJs.transliterated': 'No registered name or word matches {from}; showing results for its Latin transliteration {to}. ',
  'searchJs.corrected': 'Showing results for {to}; search instead for {from}.',
  'searchJs.nearWords': ' Other near words: {words}.',
  'searchJs.dropped': {
    one: 'No text in the archive has the word {terms}; showing results for {to}. ',
    other: 'No text in the archive has the words {terms}; showing results for {to}. ',
  },
  'searchJs.missing': { one: 'No text in the archive has the word {terms}', other: 'No text in the archive has the words {terms}' },
  'searchJs.suggestions': '. Near words in the archive: {words}.',
  'searchJs.noSuggestion': { one: ', and no word in the archive is close to it.', other: ', and no word in the archive is close to them.' },
  'searchJs.derived': 'Involves {states} by derivation, not by a tag: {parts}.',
  'searchJs.derivedActs': { one: '{names} acts for {state}', other: '{names} act for {state}' },
  'searchJs.and': 'and',
  'searchJs.theRule': 'The rule',
  'searchJs.allResults': 'All results and filters',
  'searchJs.downloadHeading': { one: 'Download this result:', other: 'Download these {count} results:' },
  'searchJs.reading': 'Reading {results}…',
  'searchJs.readingOf': 'Reading {n} of {results}…',
  'searchJs.readingCitations': 'Reading the citations of {n} of {count} articles…',
  'searchJs.articles': { one: '{count} article', other: '{count} articles' },
  'searchJs.downloaded': 'Downloaded {what} as {format} ({file}).',
  'searchJs.again': "This page's address, {address}, gives the same set again.",
  'searchJs.downloadFailed': 'The results could not be downloaded ({error}). Try again, or reload the page.',
  'searchJs.rowsEvent': { one: '{count} event', other: '{count} events' },
  'searchJs.rowsActor': { one: '{count} actor', other: '{count} actors' },
  'searchJs.rowsPlace': { one: '{count} place', other: '{count} places' },
  'searchJs.rowsOnly': {
    one: '{list} is not a work to cite: it is a row of the CSV only.',
    other: '{list} are not works to cite: they are rows of the CSV only.',
  },

  // Facet values in the reader's language: the search page's "acting for" values, the state's name filled in
  // (src/lib/search/facet-labels.ts; the English ones read as the index's values, src/lib/search/involvement-facets.ts).
  'facetValue.acting.person': 'People acting for {state}',
  'facetValue.acting.international-organisation': 'International organisations acting for {state}',
  'facetValue.acting.company': 'Companies acting for {state}',
  'facetValue.acting.outlet': 'Outlets acting for {state}',
  'facetValue.acting.think-tank': 'Think tanks acting for {state}',

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
