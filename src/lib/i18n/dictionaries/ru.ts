/**
 * The interface in Russian, key for key with the English (./en.ts). Interface text only: the archived
 * texts are never translated, and the editorial fields' translations live in content/ beside their
 * English. Terms of art are written as they are (ГОСТ Р 7.0.100–2018, CSV, RIS, BibTeX).
 *
 * NATIVE SPEAKER REVIEW: written by a developer, not yet read by a native speaker of Russian.
 * "ОДКБ" is the registry's attested form (content/actors/csto.yaml).
 */
import type { DictionaryOf } from './en.ts';

export const ru = {
  'skip.content': 'Перейти к содержанию',
  'nav.label': 'Основная навигация',
  'nav.articles': 'Статьи',
  'nav.timeline': 'Хронология',
  'nav.actors': 'Участники',
  'nav.places': 'Места',
  'nav.about': 'Об архиве',
  'nav.data': 'Данные',
  'search.label': 'Поиск по архиву',
  'search.placeholder': 'Поиск (нажмите /)',
  'search.submit': 'Найти',
  'switcher.label': 'Язык',
  'footer.about':
    'Исследовательский архив казахстанско-российских отношений, 2020–2022. Тексты сохранены дословно, как в источниках, ' +
    'без мусора веб-страниц; редакционные примечания помечены как таковые.',
  'footer.aboutLink': 'Об архиве',
  'footer.dataLink': 'Данные и ленты',
  'footer.rights': 'Права и повторное использование',
  'footer.requests': 'исправления, удаление',
  'footer.ourData': 'Наши данные:',
  'footer.edition': 'Издание {n}',

  'note.archived': 'Архивные тексты приводятся на языке, на котором они были собраны, и никогда не переводятся.',
  'note.fallback.en': 'Перевода пока нет: текст на английском.',
  'note.fallback.ru': 'Перевода пока нет: текст на русском.',
  'note.draft': 'Черновой перевод, ещё не проверен.',

  'corrected.in': 'Исправлено: {editions}.',
  'corrected.edition': 'издание {n}',
  'share.article': 'Поделиться статьёй',
  'share.event': 'Поделиться событием',
  'states.heading': 'Государства',
  'states.derivedHeading': 'Выведенные государства',
  'states.how': '(как выводится)',
  'states.tagged': '(отмечено)',
  'states.taggedVia': '(отмечено; также через {via})',
  'states.derived': '(выведено: через {via})',
  'states.override': '(не участвует, хотя выводится через {via}: {why})',

  'home.title': 'Главная',
  'home.description':
    'Исследовательский архив статей о казахстанско-российских отношениях 2020–2022 годов: тексты дословно, с происхождением, ' +
    'хронология событий и страница каждого участника.',
  'home.intro':
    'Исследовательский архив того, что писали об отношениях Казахстана и России в 2020–2022 годах: комментарии о белорусском ' +
    'кризисе, январских событиях 2022 года и вводе сил ОДКБ, о курсе Казахстана после вторжения России в Украину.',
  'home.method':
    'Каждая статья сохранена дословно по собранной копии, без мусора веб-страниц, вместе с происхождением: кто её написал, ' +
    'кто первым опубликовал, откуда взята копия и как она переводилась, с оценкой достоверности каждого факта. На любой абзац ' +
    'можно сослаться. Откройте {timeline}, {actors} или прочитайте, {method}.',
  'home.timelineLink': 'хронологию событий',
  'home.actorsLink': 'список участников',
  'home.methodLink': 'как редактируется архив',
  'home.newest': 'Статьи, сначала новые',
  'home.count': {
    one: 'В архиве {count} статья.',
    few: 'В архиве {count} статьи.',
    many: 'В архиве {count} статей.',
    other: 'В архиве {count} статьи.',
  },
  'home.older': 'Более ранние статьи',
  'browse.title': 'Все статьи, страница {page} из {last}',
  'browse.description': 'Все статьи архива, сначала новые.',
  'browse.heading': 'Все статьи',
  'browse.page': 'страница {page} из {last}',
  'browse.range': 'Статьи {from}–{to} из {total}, сначала новые.',
  'browse.pages': 'Страницы',
  'browse.newer': 'Более новые статьи',
  'browse.older': 'Более ранние статьи',

  'list.actors': 'Участники',
  'list.more': 'ещё {count}',
  'list.moreOf': 'участников статьи «{title}»',
  'byline.unsigned': 'Без подписи',
  'byline.signedOff': 'Без подписи (в конце: «{signature}»)',
  'date.approximate': 'дата приблизительная',
  'date.span': 'промежуток дат',
  'date.year': 'известен только год',
  'date.month': 'известен только месяц',

  'notFound.title': 'Страница не найдена',
  'notFound.description': 'Такой страницы в архиве нет.',
  'notFound.text':
    'По этому адресу страницы нет. Ссылки на статьи, участников и абзацы постоянны; если вы перешли сюда по ссылке ' +
    'с другого сайта, в ней могла быть опечатка.',
  'notFound.didYouMean': 'Может быть, вы искали {link}?',
  'notFound.searchLabel': 'Поиск пропавшей страницы',
  'notFound.allArticles': 'Все статьи',

  'count.articles': { one: '{n} статья', few: '{n} статьи', many: '{n} статей', other: '{n} статьи' },
  'count.events': { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  'count.actors': { one: '{n} участник', few: '{n} участника', many: '{n} участников', other: '{n} участника' },
  'count.places': { one: '{n} место', few: '{n} места', many: '{n} мест', other: '{n} места' },
  'count.outlets': { one: '{n} издание', few: '{n} издания', many: '{n} изданий', other: '{n} издания' },
  'edition.of': '{edition} от {date}',
  'edition.link': 'издание {n}',
  'paragraph.link': '{title}, абзац {p}',
  'searchPage.title': 'Поиск',
  'searchPage.description':
    'Поиск по архивным текстам и страницам участников, мест и событий: по слову, по любому написанию имени на любом письме; ' +
    'фильтры по типу, участнику, месту, изданию, автору, году и промежутку месяцев; ' +
    'результаты можно выгрузить в CSV, RIS, BibTeX или CSL-JSON.',
  'searchPage.noScript':
    'Для поиска нужен JavaScript, а в этом браузере он отключён. Любую статью по-прежнему можно найти через {all}, {timeline} и {actors}.',
  'searchPage.allArticles': 'список всех статей',
  'searchPage.timeline': 'хронологию',
  'searchPage.actors': 'участников',
  'searchPage.places': 'места',
  'searchPage.skip': 'Перейти к фильтрам и порядку',
  'searchPage.noneChosen': '(ничего не выбрано)',
  'searchPage.words': 'Что искать',
  'searchPage.elsewhere': 'Ничего не нашлось? Посмотрите {timeline} событий, {actors} и {places} или {all}.',
  'searchPage.more': 'Ещё результаты',
  'searchPage.filters': 'Фильтры и порядок',
  'searchPage.order': 'Порядок',
  'searchPage.relevance': 'По соответствию',
  'searchPage.newest': 'Сначала новые',
  'searchPage.oldest': 'Сначала старые',
  'searchPage.dates': 'Даты',
  'searchPage.rangeHint': 'Месяц и год, например 2022-03; дата, которая может попасть в промежуток, считается в нём.',
  'searchPage.from': 'С',
  'searchPage.to': 'По',
  'searchPage.narrow': 'Сузить результаты',
  'searchPage.apply': 'Применить',
  'searchPage.englishResults': 'В результатах — страницы архива на английском и архивные тексты на их собственных языках.',

  'editions.title': 'Издания',
  'editions.description': 'Что добавлено и исправлено в каждом издании архива, с доказательствами для каждого исправления.',
  'editions.intro':
    'Здесь перечислены все издания архива: дата выхода, добавленные статьи и каждый исправленный факт — поле, значение до и после ' +
    'и доказательство. Текущее издание — {n}. В ссылке на архив указывается его издание ({cite}).',
  'editions.cite': 'Как ссылаться',
  'editions.heading': 'Издание {n}, {date}',
  'editions.added': 'Добавленные статьи',
  'editions.corrections': 'Исправления',
  'editions.none': 'Нет.',
  'editions.caption': 'Исправления в издании {n}',
  'editions.entry': 'Запись',
  'editions.field': 'Поле',
  'editions.before': 'До',
  'editions.after': 'После',
  'editions.why': 'Почему',
  'editions.english': 'Описания изданий и причины исправлений написаны редакторами по-английски.',
} as const satisfies DictionaryOf<{ one: string; few: string; many: string; other: string }>;
