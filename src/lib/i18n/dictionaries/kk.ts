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
} as const satisfies DictionaryOf<{ one: string; other: string }>;
