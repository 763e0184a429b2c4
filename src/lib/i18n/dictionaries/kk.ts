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

  'notFound.title': 'Бет табылмады',
  'notFound.description': 'Мұрағатта мұндай бет жоқ.',
  'notFound.text':
    'Бұл мекенжайда бет жоқ. Мақалаларға, қатысушыларға және абзацтарға сілтемелер тұрақты; егер сіз басқа сайттағы ' +
    'сілтеме арқылы келсеңіз, онда қате болуы мүмкін.',
  'notFound.didYouMean': 'Мүмкін, сізге {link} керек болған шығар?',
  'notFound.searchLabel': 'Жоғалған бетті іздеу',
  'notFound.allArticles': 'Барлық мақалалар',

  'count.articles': { one: '{n} мақала', other: '{n} мақала' },
  'count.events': { one: '{n} оқиға', other: '{n} оқиға' },
  'count.actors': { one: '{n} қатысушы', other: '{n} қатысушы' },
  'count.places': { one: '{n} орын', other: '{n} орын' },
  'count.outlets': { one: '{n} басылым', other: '{n} басылым' },
  'edition.of': '{edition} ({date})',
  'edition.link': '{n}-басылым',
  'paragraph.link': '{title}, {p}-абзац',
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
  'searchPage.englishResults': 'Нәтижелерде мұрағаттың ағылшынша беттері және мұрағаттағы мәтіндер өз тілдерінде беріледі.',

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
