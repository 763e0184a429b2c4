/**
 * The interface in Kazakh (Cyrillic), key for key with the English (./en.ts). Interface text only: the
 * archived texts are never translated, and the editorial fields' translations live in content/ beside
 * their English. Terms of art are written as they are (ГОСТ Р 7.0.100–2018, CSV, RIS, BibTeX).
 *
 * NATIVE SPEAKER REVIEW: written by a developer, not yet read by a native speaker of Kazakh.
 * "ҰҚШҰ" (Ұжымдық қауіпсіздік туралы шарт ұйымы): the full name as in Kazakhstan's legal database
 * (adilet.zan.kz/kaz/docs/Z1100000501, the ratification law of 28 November 2011, "Ұжымдық қауіпсіздік
 * туралы шарт ұйымы шеңберіндегі ынтымақтастықты"), the abbreviation as kazaknews.kz writes it
 * ("ҰҚШҰ-ның ұжымдық қауіпсіздік Кеңесінің сессиясын"); checked 2026-12-07.
 */
import type { DictionaryOf } from './en.ts';

export const kk = {
  'skip.content': 'Мазмұнға өту',
  'nav.label': 'Негізгі мәзір',
  'nav.articles': 'Мақалалар',
  'nav.timeline': 'Хронология',
  'nav.actors': 'Қатысушылар',
  'nav.places': 'Орындар',
  'nav.about': 'Мұрағат туралы',
  'nav.data': 'Деректер',
  'search.label': 'Мұрағаттан іздеу',
  'search.placeholder': 'Іздеу (/ пернесі)',
  'search.submit': 'Іздеу',
  'switcher.label': 'Тіл',
  'footer.about':
    'Қазақстан–Ресей қатынастарының зерттеу мұрағаты, 2020–2022. Мәтіндер дереккөздегідей сөзбе-сөз, веб-беттің ' +
    'қоқысынсыз сақталған; редакциялық ескертпелер солай белгіленген.',
  'footer.aboutLink': 'Мұрағат туралы',
  'footer.dataLink': 'Деректер мен арналар',
  'footer.rights': 'Құқықтар және қайта пайдалану',
  'footer.requests': 'түзетулер, алып тастау',
  'footer.ourData': 'Біздің деректер:',
  'footer.edition': '{n}-басылым',

  'note.archived': 'Мұрағаттағы мәтіндер жиналған тілінде беріледі және ешқашан аударылмайды.',
  'note.fallback.en': 'Аудармасы әлі жоқ: мәтін ағылшын тілінде.',
  'note.fallback.ru': 'Қазақша аудармасы әлі жоқ: мәтін орыс тілінде.',
  'note.draft': 'Аударманың жобасы, әлі тексерілмеген.',

  'corrected.in': 'Түзетілген: {editions}.',
  'corrected.edition': '{n}-басылым',
  'share.article': 'Мақаланы бөлісу',
  'share.event': 'Оқиғаны бөлісу',
  'states.heading': 'Мемлекеттер',
  'states.derivedHeading': 'Шығарылған мемлекеттер',
  'states.how': '(қалай шығарылады)',
  'states.tagged': '(белгіленген)',
  'states.taggedVia': '(белгіленген; сондай-ақ {via} арқылы)',
  'states.derived': '(шығарылған: {via} арқылы)',
  'states.override': '(қатыспайды, бірақ {via} арқылы шығарылады: {why})',

  'home.title': 'Басты бет',
  'home.description':
    'Қазақстан–Ресей қатынастары туралы 2020–2022 жылдардағы мақалалардың зерттеу мұрағаты: мәтіндер сөзбе-сөз, ' +
    'шығу тегімен, оқиғалар хронологиясы және әр қатысушының беті.',
  'home.intro':
    'Қазақстан мен Ресей қатынастары туралы 2020–2022 жылдары жазылғандардың зерттеу мұрағаты: Беларусь дағдарысы, ' +
    '2022 жылғы қаңтар оқиғалары мен ҰҚШҰ күштерінің енгізілуі, Ресей Украинаға басып кіргеннен кейінгі Қазақстан бағыты туралы пікірлер.',
  'home.method':
    'Әр мақала жиналған көшірмеден сөзбе-сөз, веб-беттің қоқысынсыз, шығу тегімен бірге сақталған: кім жазды, кім алғаш ' +
    'жариялады, көшірме қайдан алынды және қалай аударылды, әр дерекке сенімділік бағасы берілген. Кез келген абзацқа сілтеме ' +
    'жасауға болады. {timeline}, {actors} қараңыз немесе {method} оқыңыз.',
  'home.timelineLink': 'Оқиғалар хронологиясын',
  'home.actorsLink': 'қатысушылар тізімін',
  'home.methodLink': 'мұрағаттың қалай өңделетінін',
  'home.newest': 'Мақалалар, алдымен жаңалары',
  'home.count': { one: 'Мұрағатта {count} мақала бар.', other: 'Мұрағатта {count} мақала бар.' },
  'home.older': 'Ертерек мақалалар',
  'browse.title': 'Барлық мақалалар, {last} беттің {page}-беті',
  'browse.description': 'Мұрағаттағы барлық мақалалар, алдымен жаңалары.',
  'browse.heading': 'Барлық мақалалар',
  'browse.page': '{last} беттің {page}-беті',
  'browse.range': '{total} мақаланың {from}–{to}, алдымен жаңалары.',
  'browse.pages': 'Беттер',
  'browse.newer': 'Жаңарақ мақалалар',
  'browse.older': 'Ертерек мақалалар',

  'list.actors': 'Қатысушылар',
  'list.more': 'тағы {count}',
  'list.moreOf': '«{title}» мақаласының қатысушылары',
  'byline.unsigned': 'Қол қойылмаған',
  'byline.signedOff': 'Қол қойылмаған (соңында: «{signature}»)',
  'date.approximate': 'шамамен алынған күн',
  'date.span': 'күндер аралығы',
  'date.year': 'тек жылы белгілі',
  'date.month': 'тек айы белгілі',

  // An article's page and its tools (src/components/pages/Article.astro, src/client/page-tools.ts).
  'article.series': 'Топтама: «{name}»',
  'article.collectedTitle': 'Жиналған көшірменің тақырыбы: «{title}»',
  'article.linkStandfirst': 'Лидке сілтеме',
  'article.linkDateline': 'Жарияланған жер мен күнге сілтеме',
  'article.linkParagraph': '{n}-азатжолға сілтеме',
  'article.published': 'Жарияланды',
  'article.dateline': 'жарияланған жері мен күні: «{text}»',
  'article.glance': 'Шығу тегі қысқаша:',
  'article.fullProvenance': 'Толық шығу тегі',
  'article.permalink': 'Тұрақты мекенжай: {url}',
  'article.archivedText': 'Мұрағаттағы мәтін',
  'article.provenance': 'Шығу тегі',
  'article.firstPublishedBy': 'Алғаш жариялаған',
  'article.date': 'Күні',
  'article.author': 'Авторы',
  'article.related': 'Қатысты',
  'article.collectedCopy': 'Жиналған көшірме',
  'article.outletSite': 'Басылымның сайты:',
  'article.site': 'Сайты:',
  'article.compare': 'Жиналған көшірмемен салыстыру',
  'article.language': 'Тілі',
  'article.languages': 'Мұрағаттағы көшірменің тілі: {archived}; түпнұсқаның тілі: {original}',
  'article.translationPath': 'Аударма жолы',
  'article.unidentifiedTranslator': 'анықталмаған аудармашы',
  'article.events': 'Мақала хабарлайтын оқиғалар',
  'article.inferredNote':
    '«Жанама байланыс» деп белгіленген оқиғаны мақала хабарламайды, бірақ оны еске алады, болжайды немесе одан аңғартады; ' +
    'оқиғаның бетінде қалай екені айтылған.',
  'article.inferredLink': 'жанама байланыс',
  'article.paragraph': '{n}-азатжол',
  'article.actors': 'Қатысушылар',
  'article.places': 'Орындар',
  'article.editorial': 'Редакция ескертпелері',
  'article.editorialHidden': '(бастапқы мәтіннің бөлігі емес)',
  'article.editorialIntro':
    'Бұл ескертпелер дереккөздікі емес, мұрағаттікі. Жоғарыдағы мәтін — жиналған көшірме, сөзбе-сөз, мұнда аталған ' +
    'веб-беттің қоқысынсыз; оның қателері жарияланғандай сақталған.',
  'article.sourceErrors': 'Дереккөздің жарияланғандай сақталған қателері',
  'article.where.title': 'тақырып',
  'article.where.standfirst': 'лид',
  'article.removed': 'Жиналған көшірмеден алынып тасталғаны',
  'article.nothing': 'Ештеңе.',
  'article.notes': 'Ескертпелер',
  'article.others': 'Басқа мақалалар',
  'article.older': '← Ертеректегісі: {title}',
  'article.newer': 'Кейінгісі: {title} →',
  'confidence.confirmed': 'расталған',
  'confidence.inferred': 'жанама деректер бойынша',
  'confidence.unknown': 'белгісіз',
  'glance.translated': 'Аударма ({original} → {archived}), аударған: {hands}',
  'glance.retranslated': 'Делдал тіл арқылы аударма ({original} → {via} → {archived}), аударғандар: {hands}',
  'glance.inferred': ', жанама деректер бойынша',
  'glance.translatorUnknown': 'Аударма (түпнұсқаның тілі: {original}), аудармашысы белгісіз',
  'glance.republished': 'Қайта жарияланған көшірме ({name})',
  'glance.unidentifiedSite': 'анықталмаған сайт',
  'glance.approximate': 'Күні шамамен: {date}',
  'glance.knownAs': 'Күні тек былай белгілі: {date}',
  'glance.dateInferred': 'Күні жанама деректер бойынша анықталған',
  'glance.dateUnknown': 'Күні анықталмаған',
  'glance.original': 'Алғаш жарияланған түпнұсқа мәтін ({language}), қолы қойылған, күні көрсетілген',
  'removed.space': 'артық бос орын',
  'removed.spaceIn': '«{context}» ішіндегі артық бос орын',
  'removed.textIn': '«{context}» ішіндегі «{text}»',
  'removed.text': '«{text}»',
  'collected.unidentified': 'Анықталмаған',
  'collected.date': 'Жиналған күні:',
  'collected.unknown': 'белгісіз',
  'collected.snapshot': '{date} мұрағаттық көшірмесі',
  'collected.checked': ', тексерілді: {checked}',
  'wayback.find': 'мұрағаттық көшірмелерді табу',
  'wayback.near': '{date} шамасындағы мұрағаттық көшірмелерді табу',
  'wayback.of': ' ({what})',
  'wayback.in': ' Wayback Machine ішінде',
  'wayback.original': 'түпнұсқа',
  'wayback.outletSite': 'басылымның сайты',
  'wayback.copy': 'жиналған көшірме',
  'wayback.copySite': 'жиналған көшірменің сайты',
  'cite.heading': 'Қалай сілтеме жасау керек',
  'cite.note': 'Сілтемелер алғашқы жарияланымды және сіз оқыған осы мұрағаттың көшірмесін атайды.',
  'cite.scope': 'Бүкіл мақалаға сілтеме. Бір азатжолға сілтеме жасау үшін оның соңындағы ¶ белгісін пайдаланыңыз.',
  'cite.chicagoNote': 'Chicago (ескертпе)',
  'cite.chicagoBib': 'Chicago (библиография)',
  'cite.apa': 'APA 7',
  'cite.apaInText': 'APA 7 (мәтін ішінде)',
  'cite.mla': 'MLA 9',
  'cite.mlaInText': 'MLA 9 (мәтін ішінде)',
  'cite.download': 'Жүктеп алу:',
  'tools.copy': 'Көшіру',
  'tools.copied': 'Көшірілді',
  'tools.selectAndCopy': 'Белгілеп, көшіріңіз',
  'tools.saidCopied': 'Көшірілді: {what}.',
  'tools.saidSelected': 'Браузер көшіруге рұқсат бермеді; белгіленді: {what}. Оны құрылғыңыздың көшіру пәрменімен көшіріңіз.',
  'tools.copyCitation': '{style} стиліндегі сілтемені көшіру',
  'tools.theCitation': '{style} стиліндегі сілтеме',
  'tools.theLink': 'сілтеме: {name}',
  'tools.theAddress': 'осы беттің мекенжайы',
  'tools.scopeWhole':
    'Бүкіл мақалаға сілтеме, қаралған күні — бүгін. Бір азатжолға сілтеме жасау үшін оның соңындағы ¶ белгісін пайдаланыңыз.',
  'tools.scopeParagraph': '{n}-азатжолға сілтеме, қаралған күні — бүгін.',
  'tools.citing': 'Сілтеме: {scope}, қаралған күні — бүгін.',
  'tools.wholeArticle': 'бүкіл мақала',
  'tools.paragraph': '{n}-азатжол',
  'tools.anchor.title': 'тақырып',
  'tools.anchor.standfirst': 'лид',
  'tools.anchor.dateline': 'жарияланған жері мен күні',
  'tools.menu': 'Құралдар: {name}',
  'tools.copyLink': '{short} сілтемесін көшіру',
  'tools.citeArticle': 'Мақалаға сілтеме жасау',
  'tools.cite': '{short} сілтеме жасау',
  'tools.close': 'Жабу',

  // The removed-texts list and the entry sub-lists (src/components/pages/Removed.astro, src/components/EntityListPage.astro).
  'removedList.title': 'Әр мәтіннен алынып тасталғандар, {last} беттің {page}-беті',
  'removedList.description': 'Әр мұрағат мәтінінен алынып тасталған веб-беттің қоқысы және оның себебі.',
  'removedList.heading': 'Әр мәтіннен алынып тасталғандар',
  // A noun after a numeral stays singular in Kazakh: one form for every count.
  'removedList.range': {
    one: '{count} мақаланың {from}–{to}, алдымен жаңалары. Ережелер {about} берілген.',
    other: '{count} мақаланың {from}–{to}, алдымен жаңалары. Ережелер {about} берілген.',
  },
  'removedList.aboutLink': '«Мұрағат туралы» бетінде',
  'removedList.item': '{label}: {reason}',
  'removedList.nothing': 'Ештеңе алынып тасталмаған.',
  'removedList.pages': 'Беттер',
  'removedList.newer': 'Жаңарақ мақалалар',
  'removedList.older': 'Ертерек мақалалар',

  'notFound.title': 'Бет табылмады',
  'notFound.description': 'Мұрағатта мұндай бет жоқ.',
  'notFound.text':
    'Бұл мекенжайда бет жоқ. Мақалаларға, қатысушыларға және абзацтарға сілтемелер тұрақты; егер сіз басқа сайттағы ' +
    'сілтеме арқылы келсеңіз, онда қате болуы мүмкін.',
  'notFound.didYouMean': 'Мүмкін, сізге {link} керек болған шығар?',
  'notFound.searchLabel': 'Жоғалған бетті іздеу',
  'notFound.allArticles': 'Барлық мақалалар',

  // Event, actor and place pages (src/components/pages/{Event,Actor,Place}.astro and the parts they share).
  'event.dateNote': 'Күні: {note}',
  'event.confidence': 'Сенімділік',
  'event.confidenceText': 'Оқиғаның сипатталғандай болғаны:',
  'event.actors': 'Қатысушылар',
  'event.places': 'Орындар',
  'event.sources': 'Дереккөздер',
  'event.sources.outlets': { one: 'Бұл оқиға туралы {count} басылым хабарлайды', other: 'Бұл оқиға туралы {count} басылым хабарлайды' },
  'event.sources.one': 'Бұл оқиға туралы хабарлайтын немесе соған сүйенетін мұрағаттағы мәтін',
  'event.sources.each': ': әрқайсысының басылымы, күні және оқиға туралы хабарлайтын үзінділердегі сөйлемдері көрсетілген.',
  'event.sources.inferred':
    ' «Жанама байланыс» деп белгіленген дереккөз оқиға туралы хабарламайды: оған сілтейді, оны алдын ала болжайды немесе одан ' +
    'қорытынды шығаруға мүмкіндік береді; ескертпе мұны қалай істейтінін айтады.',
  'event.inferred': 'Жанама байланыс, хабар емес.',
  'event.passageOf': ', {title} мақаласы',
  'event.noteLabel': 'Редакция ескертпесі',
  'event.around': 'Алдыңғы және келесі оқиғалар',
  'event.earlier': '← Бұрын: {title}',
  'event.later': 'Кейін: {title}',
  'passage.standfirst': 'Лид',
  'passage.dateline': 'Күні мен орны жолы',
  'passage.paragraph': '{n}-абзац',
  'confidence.date.confirmed': 'күні расталған',
  'confidence.date.inferred': 'күні жанама түрде шығарылған',
  'confidence.date.unknown': 'күні анықталмаған',
  'confidence.event.confirmed': 'оқиға расталған',
  'confidence.event.inferred': 'оқиға жанама түрде шығарылған',
  'confidence.event.unknown': 'оқиға анықталмаған',
  'actor.description': '{name}: {description} Аталған мақалалар мен қатысқан оқиғалар.',
  'place.description': '{name}: {description} Аталған мақалалар мен сол жерде болған оқиғалар.',
  'actorKind.person': 'Адам',
  'actorKind.state': 'Мемлекет',
  'actorKind.international-organisation': 'Халықаралық ұйым',
  'actorKind.company': 'Компания',
  'actorKind.outlet': 'Басылым',
  'actorKind.think-tank': 'Сараптама орталығы',
  'affiliations.heading': 'Мемлекеттер',
  'relation.acts-for.of': '{state} мемлекетінің атынан әрекет етеді',
  'relation.belongs-to.of': '{state} мемлекетіне қатысты',
  'relation.serves.of': '{state} мемлекетінің аудиториясына арналған',
  'relation.acts-for.to': '{name} мемлекетінің атынан әрекет ететіндер',
  'relation.belongs-to.to': '{name} мемлекетіне қатыстылар',
  'relation.serves.to': '{name} мемлекетінің аудиториясына арналғандар',
  'affiliations.check': '({source}; {date} тексерілген: {note})',
  'affiliations.rule':
    'Оқиға немесе мақала сол күні онда белгіленген адам немесе орган атынан әрекет ететін мемлекетке қатысты болады ({link}).',
  'affiliations.ruleLink': 'қатыстылық қалай анықталады',
  'affiliations.members': '{name} мемлекетінің адамдары мен органдары',
  'period.span': '{from} – {to}',
  'period.from': 'басталуы: {from}',
  'period.until': 'аяқталуы: {to}',
  'entity.source': 'дереккөз',
  'entity.spellings': 'Жазылу нұсқалары',
  'entity.spellingsText': 'Мұрағат бұл жазылу нұсқаларын «{name}» жазбасымен байланыстырады; мәтіндер төменде келтірілгендерін қолданады.',
  'entity.titles': 'Атақтар',
  'entity.titlesText': '«{name}» жазбасы белгілі атақтар, есімнің жазылуы емес; іздеу оны әрқайсысы бойынша да табады.',
  'entity.otherScripts': 'Басқа жазулар мен транслитерациялар',
  'entity.otherScriptsText':
    'Іздеу «{name}» жазбасын осы нұсқалардың әрқайсысы бойынша да табады. Әр нұсқа оны растайтын жария бетке апарады; ' +
    '«Бұл қалай тексерілді» онда не оқылғанын және қашан екенін айтады.',
  'entity.script.Latn': 'Латын жазуы',
  'entity.script.Cyrl': 'Кирилл жазуы',
  'entity.howChecked': 'Бұл қалай тексерілді',
  'entity.basis.page': 'бетпен салыстырылған',
  'entity.basis.knowledge': 'бетпен салыстырылмаған: білімге сүйенеді',
  'entity.articles': '«{name}» аталған мақалалар',
  'entity.noArticles': 'Мұрағаттағы бірде-бір мәтін «{name}» атамайды.',
  'entity.allArticles': { one: '«{name}» аталған барлық мақалалар ({count})', other: '«{name}» аталған барлық мақалалар ({count})' },
  'entity.events': '«{name}» қатысқан оқиғалар',
  'entity.noEvents': 'Хронологиядағы бірде-бір оқиға «{name}» жазбасымен байланысты емес.',
  'entity.allEvents': { one: '«{name}» қатысқан барлық оқиғалар ({count})', other: '«{name}» қатысқан барлық оқиғалар ({count})' },
  'entity.beside': 'Жиі бірге аталады',
  'entity.besideText': 'Екеуі де аталған абзацтар саналады. Әр іздеу екеуі де аталған мақалаларды табады.',
  'entity.paragraphs': { one: '{count} абзац', other: '{count} абзац' },
  'entity.search': 'іздеу',
  'entity.searchFor': ': {name} және {other}',
  'mention.as': '{forms} түрінде, {where}',
  'mention.form': '«{form}»',
  'mention.paragraphs': { one: 'абзацта:', other: 'абзацтарда:' },

  'count.articles': { one: '{n} мақала', other: '{n} мақала' },
  'count.events': { one: '{n} оқиға', other: '{n} оқиға' },
  'count.actors': { one: '{n} қатысушы', other: '{n} қатысушы' },
  'count.places': { one: '{n} орын', other: '{n} орын' },
  'count.outlets': { one: '{n} басылым', other: '{n} басылым' },
  'edition.of': '{edition} ({date})',
  'edition.link': '{n}-басылым',
  'paragraph.link': '{title}, {p}-абзац',

  // The timeline, the drawings, the actors and places indexes and the data index.
  'views.fallback.en': 'Әлі аударылмаған атаулар мен сипаттамалар ағылшынша берілген, «{mark}» деп белгіленген.',
  'views.fallback.ru': 'Қазақ тіліне әлі аударылмаған атаулар мен сипаттамалар орысша берілген, «{mark}» деп белгіленген.',
  'views.mark.en': 'ағылшынша',
  'views.mark.ru': 'орысша',
  'views.draft': 'Бұл беттегі атаулар мен сипаттамалардың аудармасы — жоба, оны әлі ана тілі ретінде сөйлейтін адам тексерген жоқ.',
  'timeline.title': 'Хронология',
  'timeline.description':
    'Мұрағат мәтіндері хабарлайтын не сүйенетін 2020–2022 жылдардағы оқиғалар және әр мақаланың жариялануы, күні бойынша ретімен.',
  'timeline.heading': 'Хронология, 2020–2022',
  'timeline.intro':
    'Мұрағат мәтіндері хабарлайтын не сүйенетін оқиғалар ({events}) және мұрағаттағы әр мақаланың жариялануы ({articles}), күні ' +
    'бойынша ретімен. Әр оқиға ол туралы хабарлайтын абзацтарға сілтейді. Күн қаншалықты дәл белгілі болса, соншалықты дәл ' +
    'көрсетіледі: айы ғана белгілі оқиға сол айдың астында тұрады және солай белгіленеді, оған ойдан күн қосылмайды.',
  'timeline.years': 'Жылдар',
  'timeline.entries': { one: '{n} жазба', other: '{n} жазба' },
  'timeline.beforePeriod': '{year}, мұрағат кезеңіне дейін',
  'timeline.yearUnknownMonth': '{year}, айы белгісіз',
  'timeline.titleOf': 'Хронология: {period}',
  'timeline.titlePart': 'Хронология: {period}, {parts} бөліктің {part}-бөлігі',
  'timeline.periodDescription':
    'Қазақстан мен Ресей туралы мұрағаттан: {period} оқиғалары мен мақалалардың жариялануы, күні бойынша ретімен.',
  'timeline.onPage': { one: 'Бұл бетте {n} жазба бар.', other: 'Бұл бетте {n} жазба бар.' },
  'timeline.monthsOf': '{year} жылдың айлары',
  'timeline.otherPeriods': 'Басқа кезеңдер',
  'timeline.part': '{label}, {part}-бөлік',
  'timeline.continued': '{label} (жалғасы)',
  'timeline.sources': 'Дереккөздер:',
  'timeline.paragraph': '{n}-абзац',
  'timeline.published': 'Мақала жарияланды:',
  'timeline.confidence.confirmed': 'расталған',
  'timeline.confidence.inferred': 'тұжырымдалған',
  'timeline.confidence.unknown': 'белгісіз',
  'overview.title': 'Хронологияға шолу, {from} – {to}',
  'overview.events': { one: '{n} оқиға', other: '{n} оқиға' },
  'overview.publications': { one: '{n} мақала жариялануы', other: '{n} мақала жариялануы' },
  'overview.summary': '{events} және {publications} ({from} – {to}) әр жылдың басында белгісі бар уақыт осінде.',
  'overview.imprecise': {
    one:
      'Дәл күндер — нүктелер; айы ғана белгілі не аралық түрінде берілген {n}' +
      ' күн түсуі мүмкін күндердің бәрін қамтитын жолақпен көрсетілген.',
    other:
      'Дәл күндер — нүктелер; айы ғана белгілі не аралық түрінде берілген {n} күн түсуі мүмкін күндердің бәрін қамтитын жолақтармен ' +
      'көрсетілген.',
  },
  'overview.byYear': 'Жылдар бойынша: {years}.',
  'overview.yearCount': '{year} — {n}',
  'overview.none': 'жоқ',
  'overview.busiest': { one: 'Жазбасы ең көп ай — {month}: {n} жазба.', other: 'Жазбасы ең көп ай — {month}: {n} жазба.' },
  'overview.outside': {
    one: 'Көрсетілмеген: ертеректегі {before} және кейінгі {after} жазба.',
    other: 'Көрсетілмеген: ертеректегі {before} және кейінгі {after} жазба.',
  },
  'overview.bin': {
    one: '{month}: {n} жазба, оның {imprecise} күні дәл емес',
    other: '{month}: {n} жазба, оның {imprecise} күні дәл емес',
  },
  'overview.band.events': 'Оқиғалар',
  'overview.band.articles': 'Мақалалар',
  'overview.captionMarks':
    'Шолу: нүктелер — дәл күндер; жолақтар — айы ғана белгілі күндер, аралықтар мен шамамен берілген күндер, олар түсуі мүмкін ' +
    'күндердің бәрін қамтиды. Әр белгі өз жазбасына сілтейді; төмендегі тізім әр жазбаны сөзбен береді.',
  'overview.captionCounts':
    'Шолу: айлар бойынша жазбалар; әр бағанның ашық бөлігі — айы ғана белгілі күндер, аралықтар мен шамамен берілген күндер. ' +
    'Әр белгі өз жазбасына сілтейді; төмендегі тізім әр жазбаны сөзбен береді.',
  'actors.title': 'Қатысушылар',
  'actors.description':
    'Мұрағат мәтіндері талқылайтын адамдар, мемлекеттер, ұйымдар мен БАҚ: олар аталатын мақалалар және олар қатысқан оқиғалар.',
  'actors.intro':
    'Мұрағат мәтіндері талқылайтын адамдар, мемлекеттер, ұйымдар мен БАҚ. Мақала мәтінінде қатысушы кез келген жазылуымен аталса, ' +
    'мақала есепке алынады; мұрағат қатысушыны оқиғаға қатысты деп көрсетсе, оқиға есепке алынады.',
  'actors.type.person': 'Адамдар',
  'actors.type.state': 'Мемлекеттер',
  'actors.type.organisation': 'Ұйымдар',
  'actors.type.media': 'БАҚ',
  'actors.network': 'Кім кіммен бірге аталады',
  'actors.networkText':
    'Бір абзац екі қатысушыны да атаса, олар сызықпен қосылады; мұндай абзац неғұрлым көп болса, сызық соғұрлым жуан, ал қатысушыны ' +
    'атайтын мақала неғұрлым көп болса, шеңбер соғұрлым үлкен. {rule} Әр шеңбер қатысушының бетіне сілтейді. Сызба сайт ' +
    'жиналғанда бір рет есептеледі, сондықтан әр келгенде бірдей.',
  'actors.rule': 'Сызбада ең көбі {maxNodes} қатысушы мен {maxEdges} жұп бар: мұнда {actors}, және {pairs}.',
  'actors.someActors': 'басқа қатысушымен бір абзацта аталған {candidates} ішінен мақалаларда ең жиі аталған {n} қатысушы',
  'actors.allActors': 'басқа қатысушымен бір абзацта аталған барлық {actors}',
  'actors.somePairs': 'олардың арасындағы {among} ішінен ортақ абзацы ең көп {n} жұп',
  'actors.allPairs': 'олардың арасындағы барлық {pairs}',
  'actors.ofActors': { one: '{n} қатысушы', other: '{n} қатысушы' },
  'actors.pairs': { one: '{n} жұп', other: '{n} жұп' },
  'actors.ofPairs': { one: '{n} жұп', other: '{n} жұп' },
  'actors.pairsCaption': 'Ең жиі бірге аталатын {pairs}',
  'actors.pairsOf': 'Ең жиі бірге аталатын {pairs} (барлығы {total})',
  'actors.drawingCaption': 'Сызбаның орналасуы: d3-force, тұрақты бастапқы күйден тұрақты қадам санымен.',
  'actors.actor': 'Қатысушы',
  'actors.both': 'Екеуі де аталған абзацтар',
  'actors.counts': '{articles}, {events}',
  'network.title': 'Ең жиі бірге аталатын {actors} желісі',
  'network.description':
    '{actors} шеңбер ретінде көрсетілген, шеңбердің өлшемі оларды атайтын мақалалар санына байланысты; оларды екеуі де аталған ' +
    'абзацтар санына қарай жуандайтын {lines} қосады.',
  'network.lines': { one: '{n} сызық', other: '{n} сызық' },
  'network.strongest': ' Ең күшті жұп — {a} мен {b}: {paragraphs}.',
  'network.paragraphs': { one: '{n} абзац', other: '{n} абзац' },
  'network.table': ' Сызбадан кейінгі кесте ең күшті жұптарды береді.',
  'network.node': '{name}: {articles} аталады, сызбадағы {others} бір абзацта',
  'network.others': { one: 'басқа {n} қатысушымен', other: 'басқа {n} қатысушымен' },
  'drawings.inArticles': { one: '{n} мақалада', other: '{n} мақалада' },
  'places.title': 'Орындар',
  'places.description': 'Мұрағат мәтіндері атайтын орындардың картасы: әр орынды неше мақала атайды және онда неше оқиға болды.',
  'places.intro':
    'Мұрағат мәтіндері атайтын орындар. Мақала мәтінінде орын кез келген жазылуымен аталса, мақала есепке алынады; мұрағат орынды ' +
    'оқиғаға қатысты деп көрсетсе, оқиға есепке алынады. Картада әр шеңбердің ауданы мақалалар санымен бірге өседі; өңір тізімде ' +
    'көрсетілген бір өкілді нүктемен беріледі. Координаттар оларды беретін ашық бетке сілтейді, одан кейін сол беттің сөздері тұр.',
  'places.caption':
    'Карта деректері: Natural Earth (қоғамдық игілік), 1:50 млн масштабтағы құрлық пен ел шекаралары, орындарды қамтитын ' +
    'конустық тең аумақты проекцияда. Әр шеңбер — орын бетіне сілтеме.',
  'places.all': 'Барлық орындар',
  // Latitude and longitude written out ("солтүстік ендік", "шығыс бойлық"), as a Kazakh geodesy course text has them
  // (L. N. Gumilyov Eurasian National University, copy at emirsaba.org: "ендігі солтүстік", "шығыстык бойлықтар"); checked
  // 2026-12-07. No Kazakh abbreviation of them was found attested, so none is used.
  'places.north': '{n}° солтүстік ендік',
  'places.south': '{n}° оңтүстік ендік',
  'places.east': '{n}° шығыс бойлық',
  'places.west': '{n}° батыс бойлық',
  'places.coordinatesOf': '(координаттардың дереккөзі: {name})',
  'places.drawnAt': ', картадағы нүктесі: {point}',
  'places.checked': '; {date} тексерілді: {note}',
  'places.notOnMap': ' · картада жоқ (расталған координаттары жоқ)',
  'places.unmapped': {
    one: 'Координаттары жоқ {n} орын тізімде бар, бірақ картада көрсетілмеген.',
    other: 'Координаттары жоқ {n} орын тізімде бар, бірақ картада көрсетілмеген.',
  },
  'map.title': 'Мұрағат тіркеген орындардың картасы (координаттары барлары — {n})',
  'map.description':
    '{west} – {east} және {south} – {north} аралығындағы карта, құрлық пен ел шекаралары Natural Earth деректерінен. Әр орын — ' +
    'ауданы оны атайтын мақалалар санымен бірге өсетін шеңбер',
  'map.largest': '; ең үлкені — {name}, {articles} аталады.',
  'map.end': '.',
  'map.list': ' Картадан кейінгі тізім әр орынды сандарымен береді.',
  'map.place': '{name}: {articles} аталады',
  'map.drawnAt': ' (картадағы нүктесі: {point})',
  'map.samePoint': '; сол нүктеде: {others}',
  'map.north': '{n}° солтүстік ендік',
  'map.south': '{n}° оңтүстік ендік',
  'map.east': '{n}° шығыс бойлық',
  'map.west': '{n}° батыс бойлық',
  'data.title': 'Деректер мен арналар',
  'data.description':
    'Мұрағаттың мақалалары, қатысушылары, оқиғалары мен орындары JSON және CSV түрінде, Frictionless деректер пакетімен, Atom ' +
    'арнасымен және сайт картасымен.',
  'data.intro':
    'Мұрағаттағының бәрін жүктеп алуға болады. Әр кесте JSON (тізімдер — массив) және CSV (UTF-8, RFC 4180, тізім элементтері ' +
    '«; » арқылы бөлінген) түрінде бар. Күндер мұрағатқа белгілі дәлдікті сақтайды: {year}, {month} немесе {day}, не екі бағандағы ' +
    'аралық; ойдан шығарылған күн ешқашан жоқ. Олардың жанында әр күні бар жолда {start} және {end} бар: күн түсуі мүмкін ең ерте ' +
    'және ең кеш күн (ай үшін — оның алғашқы және соңғы күні), сондықтан {start} бойынша сұрыптау барлық жолды, аралықтар мен ' +
    'айларды қоса, уақыт ретіне қояды. Олар күнді шектейді; дәл күн басқа бағандарда.',
  'data.spreadsheets': 'CSV файлдарын электрондық кестеде ашу',
  'data.spreadsheetsText':
    'Әр CSV файлы UTF-8 байт ретінің белгісінен басталады, сондықтан файл тікелей ашылғанда Excel, LibreOffice Calc, Numbers және ' +
    'Google Sheets «Kasym-Žomart» сияқты есімдер мен типографиялық тырнақшаларды дұрыс оқиды. Әріптер бәрібір бұзылса, файлды ' +
    'ашпай, импорттаңыз (Excel-дің ағылшын нұсқасында: Data › From Text/CSV) және файл кодтауы ретінде {utf8} (65001 кодтық ' +
    'беті), бөлгіш ретінде үтірді таңдаңыз. {start} және {end} бағандарын күн ретінде, толық емес күн бағандарын мәтін ретінде ' +
    'сақтаңыз, сонда «2022-06» күнге айналмайды. {articles} және {events} ішіндегі орын идентификаторлары — {places} кестесінің ' +
    '{id} бағаны; қатысушы идентификаторлары — {actors} кестесінің {id} бағаны.',
  'data.package': 'Деректер пакеті',
  'data.packageText':
    '{file} төмендегі әр файлды {frictionless} деректер пакеті ретінде сипаттайды: әр бағанның аты, түрі мен мағынасы, әр мәтіндік ' +
    'файлдың өлшемі мен SHA-256. Оны {validate} сияқты құралдар тікелей оқиды.',
  'data.tableHeading': '{name} кестесі',
  'data.download': 'Жүктеп алу:',
  'data.joins': 'Байланыстар (деректер пакетіндегі сыртқы кілттер):',
  'data.columnsOf': '{name} кестесінің бағандары',
  'data.column': 'Баған',
  'data.type': 'Түрі',
  'data.meaning': 'Мағынасы',
  'data.listOf': 'тізім: {type}',
  'data.mayBeEmpty': ', бос болуы мүмкін',
  'data.english': 'Кестелердің сипаттамасы мен бағандардың мағынасы — деректер пакетінің өз мәтіні, ағылшынша.',
  'data.texts': 'Мәтіндер мен көшірмелер',
  'data.textsText':
    'Деректер пакеті әр мақала үшін мұрағат жинаған бастапқы көшірмені ({source}, байтпа-байт; оның белгіленген оқылымы — ' +
    '{reading}) және TEI P5 түріндегі мәтінді ({tei}) өлшемі мен SHA-256-сымен бірге тізеді; TEI тақырыбында шығу тегі мен ' +
    'алынып тасталғандардың тізімі бар. Әр мақала беті екеуіне де сілтейді.',
  'data.feeds': 'Арналар',
  'data.feed': ': мақалалардың Atom арнасы, алдымен жаңалары.',
  'data.sitemap': ': мұрағаттың әр беті, іздеу жүйелері үшін.',
  'data.citations': 'Дәйексөз сілтемелері',
  'data.citationsText':
    'Әр мақала бетінде Chicago, APA және MLA стильдеріндегі сілтемелер мен библиография менеджерлеріне арналған файлдар бар: ' +
    '{bib} (BibTeX), {ris} (RIS) және {json} (CSL-JSON). Zotero әр мақала бетіндегі библиографиялық тегтерді де оқиды.',
  'data.urls': 'Тұрақты мекенжайлар',
  'data.urlsText':
    'Мақала {article} мекенжайында, оның {n} абзацы {paragraph} мекенжайында; қатысушылар, орындар мен оқиғалар — {actor}, ' +
    '{place} және {event}. Слагтар мен идентификаторлар мазмұнда бекітілген, сондықтан тақырыпты түзету бетті жылжытпайды, ал ' +
    'жылжыған бет ескі мекенжайын қайта бағыттау ретінде сақтайды.',
  'entityList.articles': '{name} аталған мақалалар',
  'entityList.events': '{name} қатысқан оқиғалар',
  'entityList.title': '{title}, {last} беттің {page}-беті',
  'entityList.description': '{title}: мұрағатта {total}.',
  'entityList.rangeArticles': '{total} ішінен {from}–{to}, алдымен жаңалары.',
  'entityList.rangeEvents': '{total} ішінен {from}–{to}, күні бойынша ретімен.',
  'entityList.pages': 'Беттер',
  'entityList.prev': 'Алдыңғы бет',
  'entityList.next': 'Келесі бет',
  'searchPage.title': 'Іздеу',
  'searchPage.description':
    'Мұрағаттағы мәтіндерден және қатысушылар, орындар мен оқиғалар беттерінен сөз бойынша, есімнің кез келген жазылуымен іздеу; ' +
    'түрі, қатысушы, орын, басылым, автор, жыл және айлар аралығы бойынша сүзгілер; ' +
    'нәтижелерді CSV, RIS, BibTeX не CSL-JSON түрінде жүктеуге болады.',
  'searchPage.noScript':
    'Іздеу үшін JavaScript керек, ал бұл браузерде ол өшірулі. Кез келген мақалаға бәрібір мына беттер арқылы жетуге болады: ' +
    '{all}, {timeline}, {actors}.',
  'searchPage.allArticles': 'барлық мақалалар',
  'searchPage.timeline': 'хронология',
  'searchPage.actors': 'қатысушылар',
  'searchPage.places': 'орындар',
  'searchPage.skip': 'Сүзгілер мен ретке өту',
  'searchPage.noneChosen': '(ештеңе таңдалмаған)',
  'searchPage.words': 'Не іздейміз',
  'searchPage.elsewhere': 'Ештеңе табылмады ма? Мына беттерді қараңыз: {timeline}, {actors}, {places}, {all}.',
  'searchPage.more': 'Тағы нәтижелер',
  'searchPage.filters': 'Сүзгілер мен рет',
  'searchPage.order': 'Рет',
  'searchPage.relevance': 'Сәйкестігі бойынша',
  'searchPage.newest': 'Алдымен жаңалары',
  'searchPage.oldest': 'Алдымен ескілері',
  'searchPage.dates': 'Күндер',
  'searchPage.rangeHint': 'Ай мен жыл, мысалы 2022-03; аралыққа түсуі мүмкін күн сол аралықта деп саналады.',
  'searchPage.from': 'Бастап',
  'searchPage.to': 'Дейін',
  'searchPage.narrow': 'Нәтижелерді тарылту',
  'searchPage.apply': 'Қолдану',
  'searchPage.englishResults':
    'Нәтижелер мұрағат беттерінің қазақша нұсқасына, ол жоқ болса ағылшынша бетке апарады; мұрағаттағы мәтіндер жиналған тілінде беріледі.',
  // Іздеу скрипттері жазатын мәтін (src/client/search-*.ts, src/lib/search/said.ts);
  // бет оларға осы жолдарды береді (src/lib/search/words.ts).
  'searchPage.keyboard':
    'Қазақ әріптерін орыс пернетақтасымен теруге болады: ә орнына а, ғ орнына г, қ орнына к, ң орнына н, ө орнына о, ұ мен ү орнына у, ' +
    'һ орнына х, і орнына и («Кантар» «Қаңтар» тапқанды табады).',
  'searchJs.count': { one: '{count} нәтиже', other: '{count} нәтиже' },
  'searchJs.failure': 'Іздеу орындалмады ({error}). Байланысты тексеріп, бетті қайта жүктеңіз.',
  'searchJs.noWords': 'Іздейтін ештеңе жоқ: сұрауда әріп те, сан да жоқ. Сөз, есім немесе «тырнақшадағы тіркес» енгізіңіз.',
  'searchJs.shortened': 'ол алғашқы {n} таңбаға дейін қысқартылды',
  'searchJs.unpairedQuote': 'жұпсыз тырнақша алынып тасталды',
  'searchJs.tidied': 'Сұрау түзетілді: {changes}.',
  'searchJs.paragraph': '¶ {n}',
  'searchJs.standfirst': 'Лид',
  'searchJs.dateline': 'Орны мен күні',
  'searchJs.titlePart': 'Тақырып',
  'searchJs.pagePart': 'Бет',
  'searchJs.paragraphOf': '— «{title}»',
  'searchJs.forWords': { one: '«{q}» сұрауы бойынша {count} нәтиже', other: '«{q}» сұрауы бойынша {count} нәтиже' },
  'searchJs.forFilters': { one: 'Таңдалған сүзгілер бойынша {count} нәтиже', other: 'Таңдалған сүзгілер бойынша {count} нәтиже' },
  'searchJs.tooShort': '(«{word}» іздеуге тым қысқа: кемінде {n} әріп енгізіңіз)',
  'searchJs.dated': 'күні: {range} (қатысушылар мен орындар беттерінде күн жоқ)',
  'searchJs.newestFirst': 'алдымен жаңалары',
  'searchJs.oldestFirst': 'алдымен ескілері',
  'searchJs.firstShown': 'алғашқы {n} көрсетілді',
  'searchJs.monthYear': '{year} жылғы {month}',
  'searchJs.rangeBoth': '{from} – {to}',
  'searchJs.rangeFrom': 'ең ерте: {from}',
  'searchJs.rangeTo': 'ең кеш: {to}',
  'searchJs.rangeAny': 'кез келген күн',
  'searchJs.rangeStart': 'басы',
  'searchJs.rangeEnd': 'соңы',
  'searchJs.notMonth': '«{text}» мәні (аралықтың {end}) ай емес: жыл мен ай керек, мысалы 2022-03.',
  'searchJs.isYear': '«{text}» мәні (аралықтың {end}) — жыл: {month} деп оқылды.',
  'searchJs.badMonth': '«{text}» мәні (аралықтың {end}) ай емес: айлар 01-ден 12-ге дейін нөмірленеді.',
  'searchJs.badDay': {
    one: '«{text}» мәні (аралықтың {end}) күн емес: {month} айында {count} күн бар.',
    other: '«{text}» мәні (аралықтың {end}) күн емес: {month} айында {count} күн бар.',
  },
  'searchJs.byMonth': 'Аралық ай бойынша беріледі: «{text}» мәні (аралықтың {end}) {month} деп оқылды.',
  'searchJs.backwards':
    'Аралықтың соңы ({to}) басынан ({from}) ерте: оған бірде-бір күн түспейді, сондықтан ол қолданылмады. ' +
    'Шеттерін ауыстырыңыз немесе біреуін өзгертіңіз.',
  'searchJs.unknownValue':
    'Мұрағаттың бірде-бір бетінде «{value}» мәні ({facetLower}) жоқ, сондықтан онымен нәтиже болмайды: ' +
    'онсыз нәтижелерді көру үшін «{facet}» тобында белгіні алып тастаңыз.',
  'searchJs.facetType': 'Түрі',
  'searchJs.facetActor': 'Қатысушы',
  'searchJs.facetKind': 'Қатысушы түрі',
  'searchJs.facetState': 'Қатысты мемлекет',
  'searchJs.facetActing': 'Мемлекет атынан әрекет етеді',
  'searchJs.facetPlace': 'Орын',
  'searchJs.facetOutlet': 'Басылым',
  'searchJs.facetAuthor': 'Автор',
  'searchJs.facetYear': 'Жыл',
  'searchJs.typeArticle': 'Мақала',
  'searchJs.typeEvent': 'Оқиға',
  'searchJs.typeActor': 'Қатысушы',
  'searchJs.typePlace': 'Орын',
  'searchJs.showTop': 'Алғашқы {n} мәнді көрсету',
  'searchJs.showAll': 'Барлық мәнді көрсету ({count}): {facetLower}',
  'searchJs.noneChosen': '(ештеңе таңдалмаған)',
  'searchJs.chosen': { one: '({count} таңдалды)', other: '({count} таңдалды)' },
  'searchJs.countFailed': 'Сүзгілерді санау мүмкін болмады ({error}).',
  'searchJs.noSearch': 'Іздеу жүргізілген жоқ.',
  'searchJs.idle':
    'Мұрағаттағы мәтіндерден және қатысушылар, орындар мен оқиғалар беттерінен іздеу үшін сөз енгізіңіз. ' +
    'Есімнің кез келген жазылуы, кез келген жазумен, қалғандарын да табады.',
  'searchJs.moreLeft': { one: 'Тағы нәтижелер (тағы {count})', other: 'Тағы нәтижелер (тағы {count})' },
  'searchJs.via': 'Есімнің жазылу нұсқасы ретінде табылды: {name}',
  'searchJs.viaGlossary': 'Глоссарий бойынша табылды: {term}',
  'searchJs.quoted': '«{term}»',
  'searchJs.transliterated':
    'Тіркелген бірде-бір есім не сөз {from} сұрауына сәйкес келмейді; оның латынша транслитерациясы {to} бойынша нәтижелер көрсетілді. ',
  'searchJs.corrected': '{to} бойынша нәтижелер көрсетілді; оның орнына {from} іздеу.',
  'searchJs.nearWords': ' Басқа жақын сөздер: {words}.',
  'searchJs.dropped': {
    one: 'Мұрағаттың бірде-бір мәтінінде {terms} сөзі жоқ; {to} бойынша нәтижелер көрсетілді. ',
    other: 'Мұрағаттың бірде-бір мәтінінде {terms} сөздері жоқ; {to} бойынша нәтижелер көрсетілді. ',
  },
  'searchJs.missing': {
    one: 'Мұрағаттың бірде-бір мәтінінде {terms} сөзі жоқ',
    other: 'Мұрағаттың бірде-бір мәтінінде {terms} сөздері жоқ',
  },
  'searchJs.suggestions': '. Мұрағаттағы жақын сөздер: {words}.',
  'searchJs.noSuggestion': { one: ', мұрағатта оған жақын сөз де жоқ.', other: ', мұрағатта оларға жақын сөз де жоқ.' },
  'searchJs.derived': 'Белгі бойынша емес, қатысушылар арқылы мемлекетке қатысты ({states}): {parts}.',
  'searchJs.derivedActs': { one: '{names} — {state} атынан әрекет етеді', other: '{names} — {state} атынан әрекет етеді' },
  'searchJs.and': 'және',
  'searchJs.theRule': 'Ереже',
  'searchJs.allResults': 'Барлық нәтижелер мен сүзгілер',
  'searchJs.downloadHeading': { one: 'Осы нәтижені жүктеп алу:', other: 'Осы {count} нәтижені жүктеп алу:' },
  'searchJs.reading': 'Оқылуда: {results}…',
  'searchJs.readingOf': 'Оқылуда: {results} ішінен {n}…',
  'searchJs.readingCitations': 'Библиографиялық деректер оқылуда: {count} мақаланың {n}…',
  'searchJs.articles': { one: '{count} мақала', other: '{count} мақала' },
  'searchJs.downloaded': 'Жүктеп алынды: {what}, {format} пішімінде ({file}).',
  'searchJs.again': 'Осы беттің мекенжайы, {address}, дәл осы жиынды қайта береді.',
  'searchJs.downloadFailed': 'Нәтижелерді жүктеп алу мүмкін болмады ({error}). Қайталап көріңіз немесе бетті қайта жүктеңіз.',
  'searchJs.rowsEvent': { one: '{count} оқиға', other: '{count} оқиға' },
  'searchJs.rowsActor': { one: '{count} қатысушы', other: '{count} қатысушы' },
  'searchJs.rowsPlace': { one: '{count} орын', other: '{count} орын' },
  'searchJs.rowsOnly': {
    one: '{list} — дәйексөз келтірілетін еңбек емес: тек CSV жолы.',
    other: '{list} — дәйексөз келтірілетін еңбектер емес: тек CSV жолдары.',
  },

  // Facet values in the reader's language: the search page's "acting for" values, the state's name filled in
  // (src/lib/search/facet-labels.ts); "{state} атынан әрекет ететін", as searchJs.derivedActs says it.
  'facetValue.acting.person': '{state} атынан әрекет ететін адамдар',
  'facetValue.acting.international-organisation': '{state} атынан әрекет ететін халықаралық ұйымдар',
  'facetValue.acting.company': '{state} атынан әрекет ететін компаниялар',
  'facetValue.acting.outlet': '{state} атынан әрекет ететін басылымдар',
  'facetValue.acting.think-tank': '{state} атынан әрекет ететін сараптама орталықтары',

  'editions.title': 'Басылымдар',
  'editions.description': 'Мұрағаттың әр басылымында не қосылғаны және не түзетілгені, әр түзетудің дәлелімен.',
  'editions.intro':
    'Мұнда мұрағаттың әр басылымы берілген: шыққан күні, қосылған мақалалар және түзетілген әр дерек — өріс, оның бұрынғы және ' +
    'кейінгі мәні, дәлелі. Қазіргі басылым — {n}. Мұрағатқа сілтеме оның басылымын атайды ({cite}).',
  'editions.cite': 'Қалай сілтеме жасау керек',
  'editions.heading': '{n}-басылым, {date}',
  'editions.added': 'Қосылған мақалалар',
  'editions.corrections': 'Түзетулер',
  'editions.none': 'Жоқ.',
  'editions.caption': '{n}-басылымдағы түзетулер',
  'editions.entry': 'Жазба',
  'editions.field': 'Өріс',
  'editions.before': 'Бұрын',
  'editions.after': 'Кейін',
  'editions.why': 'Себебі',
  'editions.english': 'Басылымдардың сипаттамасы мен түзетулердің себептерін редакторлар ағылшын тілінде жазған.',
} as const satisfies DictionaryOf<{ one: string; other: string }>;
