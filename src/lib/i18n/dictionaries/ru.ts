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
} as const satisfies DictionaryOf<{ one: string; few: string; many: string; other: string }>;
