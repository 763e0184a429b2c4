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

  // An article's page and its tools (src/components/pages/Article.astro, src/client/page-tools.ts).
  'article.series': 'Серия: «{name}»',
  'article.collectedTitle': 'Заголовок собранной копии: «{title}»',
  'article.linkStandfirst': 'Ссылка на подзаголовок',
  'article.linkDateline': 'Ссылка на место и дату выпуска',
  'article.linkParagraph': 'Ссылка на абзац {n}',
  'article.published': 'Опубликовано',
  'article.dateline': 'место и дата выпуска: «{text}»',
  'article.glance': 'Происхождение вкратце:',
  'article.fullProvenance': 'Полное происхождение',
  'article.permalink': 'Постоянный адрес: {url}',
  'article.archivedText': 'Архивный текст',
  'article.provenance': 'Происхождение',
  'article.firstPublishedBy': 'Впервые опубликовано',
  'article.date': 'Дата',
  'article.author': 'Автор',
  'article.related': 'См. также',
  'article.collectedCopy': 'Собранная копия',
  'article.outletSite': 'Сайт издания:',
  'article.site': 'Сайт:',
  'article.compare': 'Сравнить с собранной копией',
  'article.language': 'Язык',
  'article.languages': 'Язык архивной копии: {archived}; язык оригинала: {original}',
  'article.translationPath': 'Путь перевода',
  'article.unidentifiedTranslator': 'неустановленный переводчик',
  'article.events': 'События, о которых сообщает статья',
  'article.inferredNote':
    'Событие с пометкой «косвенная связь» статья упоминает, предвосхищает или позволяет вывести, не сообщая о нём; ' +
    'на его странице сказано, как именно.',
  'article.inferredLink': 'косвенная связь',
  'article.paragraph': 'абзац {n}',
  'article.actors': 'Участники',
  'article.places': 'Места',
  'article.editorial': 'Редакционные примечания',
  'article.editorialHidden': '(не часть исходного текста)',
  'article.editorialIntro':
    'Эти примечания принадлежат архиву, а не источнику. Текст выше — собранная копия, дословно, без перечисленного здесь ' +
    'мусора веб-страницы; её ошибки сохранены, как опубликовано.',
  'article.sourceErrors': 'Ошибки источника, сохранённые как опубликовано',
  'article.where.title': 'заголовок',
  'article.where.standfirst': 'подзаголовок',
  'article.removed': 'Удалено из собранной копии',
  'article.nothing': 'Ничего.',
  'article.notes': 'Примечания',
  'article.others': 'Другие статьи',
  'article.older': '← Более ранняя: {title}',
  'article.newer': 'Более поздняя: {title} →',
  'confidence.confirmed': 'подтверждено',
  'confidence.inferred': 'по косвенным данным',
  'confidence.unknown': 'неизвестно',
  'glance.translated': 'Перевод ({original} → {archived}), переводчик: {hands}',
  'glance.retranslated': 'Перевод через посредника ({original} → {via} → {archived}), переводчики: {hands}',
  'glance.inferred': ', по косвенным данным',
  'glance.translatorUnknown': 'Перевод (язык оригинала: {original}), переводчик неизвестен',
  'glance.republished': 'Перепечатка ({name})',
  'glance.unidentifiedSite': 'неустановленный сайт',
  'glance.approximate': 'Дата приблизительная: {date}',
  'glance.knownAs': 'Дата известна лишь как {date}',
  'glance.dateInferred': 'Дата установлена по косвенным данным',
  'glance.dateUnknown': 'Дата не установлена',
  'glance.original': 'Оригинальный текст ({language}) в первой публикации, с подписью и датой',
  'removed.space': 'лишний пробел',
  'removed.spaceIn': 'лишний пробел в «{context}»',
  'removed.textIn': '«{text}» в «{context}»',
  'removed.text': '«{text}»',
  'collected.unidentified': 'Не установлено',
  'collected.date': 'Собрано:',
  'collected.unknown': 'неизвестно',
  'collected.snapshot': 'Архивная копия от {date}',
  'collected.checked': ', проверено: {checked}',
  'wayback.find': 'найти архивные копии',
  'wayback.near': 'найти архивные копии около {date}',
  'wayback.of': ' ({what})',
  'wayback.in': ' в Wayback Machine',
  'wayback.original': 'оригинал',
  'wayback.outletSite': 'сайт издания',
  'wayback.copy': 'собранная копия',
  'wayback.copySite': 'сайт собранной копии',
  'cite.heading': 'Как цитировать',
  'cite.note': 'Ссылки называют первую публикацию и копию этого архива, где вы её прочли.',
  'cite.scope': 'Цитируется вся статья. Чтобы сослаться на один абзац, воспользуйтесь знаком ¶ в его конце.',
  'cite.chicagoNote': 'Chicago (примечание)',
  'cite.chicagoBib': 'Chicago (библиография)',
  'cite.apa': 'APA 7',
  'cite.apaInText': 'APA 7 (в тексте)',
  'cite.mla': 'MLA 9',
  'cite.mlaInText': 'MLA 9 (в тексте)',
  'cite.download': 'Скачать:',
  'tools.copy': 'Копировать',
  'tools.copied': 'Скопировано',
  'tools.selectAndCopy': 'Выделите и скопируйте',
  'tools.saidCopied': 'Скопировано: {what}.',
  'tools.saidSelected': 'Браузер не разрешил копирование; выделено: {what}. Скопируйте командой копирования вашего устройства.',
  'tools.copyCitation': 'Копировать ссылку в стиле {style}',
  'tools.theCitation': 'ссылка в стиле {style}',
  'tools.theLink': 'ссылка на {name}',
  'tools.theAddress': 'адрес этой страницы',
  'tools.scopeWhole':
    'Цитируется вся статья, дата обращения — сегодня. Чтобы сослаться на один абзац, воспользуйтесь знаком ¶ в его конце.',
  'tools.scopeParagraph': 'Цитируется абзац {n}, дата обращения — сегодня.',
  'tools.citing': 'Цитируется: {scope}, дата обращения — сегодня.',
  'tools.wholeArticle': 'вся статья',
  'tools.paragraph': 'абзац {n}',
  'tools.anchor.title': 'заголовок',
  'tools.anchor.standfirst': 'подзаголовок',
  'tools.anchor.dateline': 'место и дата выпуска',
  'tools.menu': 'Инструменты: {name}',
  'tools.copyLink': 'Копировать ссылку на {short}',
  'tools.citeArticle': 'Цитировать статью',
  'tools.cite': 'Цитировать {short}',
  'tools.close': 'Закрыть',

  'notFound.title': 'Страница не найдена',
  'notFound.description': 'Такой страницы в архиве нет.',
  'notFound.text':
    'По этому адресу страницы нет. Ссылки на статьи, участников и абзацы постоянны; если вы перешли сюда по ссылке ' +
    'с другого сайта, в ней могла быть опечатка.',
  'notFound.didYouMean': 'Может быть, вы искали {link}?',
  'notFound.searchLabel': 'Поиск пропавшей страницы',
  'notFound.allArticles': 'Все статьи',

  // Event, actor and place pages (src/components/pages/{Event,Actor,Place}.astro and the parts they share).
  'event.dateNote': 'Дата: {note}',
  'event.confidence': 'Достоверность',
  'event.confidenceText': 'Что событие произошло так, как описано:',
  'event.actors': 'Участники',
  'event.places': 'Места',
  'event.sources': 'Источники',
  'event.sources.outlets': {
    one: 'Об этом событии сообщает {count} издание',
    few: 'Об этом событии сообщают {count} издания',
    many: 'Об этом событии сообщают {count} изданий',
    other: 'Об этом событии сообщают {count} издания',
  },
  'event.sources.one': 'Архивный текст, который сообщает об этом событии или опирается на него',
  'event.sources.each': ': у каждого указаны издание, дата и предложения из цитируемых фрагментов, сообщающие о событии.',
  'event.sources.inferred':
    ' Источник с пометкой «косвенная связь» не сообщает о событии: он ссылается на него, предвосхищает его или позволяет его ' +
    'вывести; примечание объясняет, как именно.',
  'event.inferred': 'Косвенная связь, не сообщение.',
  'event.passageOf': ' из статьи {title}',
  'event.noteLabel': 'Примечание редакции',
  'event.around': 'Предыдущее и следующее события',
  'event.earlier': '← Раньше: {title}',
  'event.later': 'Позже: {title}',
  'passage.standfirst': 'Лид',
  'passage.dateline': 'Строка даты',
  'passage.paragraph': 'Абзац {n}',
  'confidence.date.confirmed': 'дата подтверждена',
  'confidence.date.inferred': 'дата выведена косвенно',
  'confidence.date.unknown': 'дата не установлена',
  'confidence.event.confirmed': 'событие подтверждено',
  'confidence.event.inferred': 'событие выведено косвенно',
  'confidence.event.unknown': 'событие не установлено',
  'actor.description': '{name}: {description} Статьи, где он упоминается, и события с его участием.',
  'place.description': '{name}: {description} Статьи, где оно упоминается, и события, которые там произошли.',
  'actorKind.person': 'Человек',
  'actorKind.state': 'Государство',
  'actorKind.international-organisation': 'Международная организация',
  'actorKind.company': 'Компания',
  'actorKind.outlet': 'Издание',
  'actorKind.think-tank': 'Аналитический центр',
  'affiliations.heading': 'Государства',
  'relation.acts-for.of': 'Действует от имени государства {state}',
  'relation.belongs-to.of': 'Относится к государству {state}',
  'relation.serves.of': 'Работает для аудитории государства {state}',
  'relation.acts-for.to': 'Действуют от имени государства {name}',
  'relation.belongs-to.to': 'Относятся к государству {name}',
  'relation.serves.to': 'Работают для аудитории государства {name}',
  'affiliations.check': '({source}; проверено {date}: {note})',
  'affiliations.rule':
    'Событие или статья затрагивает государство, от имени которого на эту дату действует отмеченный в них человек или орган ({link}).',
  'affiliations.ruleLink': 'как выводится причастность',
  'affiliations.members': 'Люди и органы государства {name}',
  'period.span': '{from} – {to}',
  'period.from': 'начало: {from}',
  'period.until': 'окончание: {to}',
  'entity.source': 'источник',
  'entity.spellings': 'Написания',
  'entity.spellingsText': 'Архив связывает эти написания с записью «{name}»; тексты используют те, что приведены ниже.',
  'entity.titles': 'Титулы',
  'entity.titlesText': 'Титулы, под которыми известна запись «{name}», а не написания имени; поиск находит её и по каждому из них.',
  'entity.otherScripts': 'Другие алфавиты и транслитерации',
  'entity.otherScriptsText':
    'Поиск находит запись «{name}» и по каждой из этих форм. Каждая форма ведёт на публичную страницу, которая её подтверждает; ' +
    '«Как это проверено» говорит, что на ней прочитано и когда.',
  'entity.script.Latn': 'Латиница',
  'entity.script.Cyrl': 'Кириллица',
  'entity.howChecked': 'Как это проверено',
  'entity.basis.page': 'сверено со страницей',
  'entity.basis.knowledge': 'не сверено со страницей: основано на знании',
  'entity.articles': 'Статьи, где упоминается «{name}»',
  'entity.noArticles': 'Ни один архивный текст не упоминает «{name}».',
  'entity.allArticles': {
    one: 'Все статьи ({count}), где упоминается «{name}»',
    few: 'Все статьи ({count}), где упоминается «{name}»',
    many: 'Все статьи ({count}), где упоминается «{name}»',
    other: 'Все статьи ({count}), где упоминается «{name}»',
  },
  'entity.events': 'События с участием: «{name}»',
  'entity.noEvents': 'Ни одно событие хронологии не связано с записью «{name}».',
  'entity.allEvents': {
    one: 'Все события ({count}) с участием: «{name}»',
    few: 'Все события ({count}) с участием: «{name}»',
    many: 'Все события ({count}) с участием: «{name}»',
    other: 'Все события ({count}) с участием: «{name}»',
  },
  'entity.beside': 'Чаще всего упоминается вместе с',
  'entity.besideText': 'Считаются абзацы, где названы оба. Каждый поиск находит статьи, где названы оба.',
  'entity.paragraphs': { one: '{count} абзац', few: '{count} абзаца', many: '{count} абзацев', other: '{count} абзаца' },
  'entity.search': 'поиск',
  'entity.searchFor': ': {name} и {other}',
  'mention.as': 'Как {forms}, {where}',
  'mention.form': '«{form}»',
  'mention.paragraphs': { one: 'в абзаце', few: 'в абзацах', many: 'в абзацах', other: 'в абзацах' },

  'count.articles': { one: '{n} статья', few: '{n} статьи', many: '{n} статей', other: '{n} статьи' },
  'count.events': { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  'count.actors': { one: '{n} участник', few: '{n} участника', many: '{n} участников', other: '{n} участника' },
  'count.places': { one: '{n} место', few: '{n} места', many: '{n} мест', other: '{n} места' },
  'count.outlets': { one: '{n} издание', few: '{n} издания', many: '{n} изданий', other: '{n} издания' },
  'edition.of': '{edition} от {date}',
  'edition.link': 'издание {n}',
  'paragraph.link': '{title}, абзац {p}',

  // The timeline, the drawings, the actors and places indexes and the data index.
  'views.fallback.en': 'Названия и описания, ещё не переведённые, приводятся на английском с пометкой «{mark}».',
  'views.fallback.ru': 'Названия и описания, ещё не переведённые на казахский, приводятся на русском с пометкой «{mark}».',
  'views.mark.en': 'на английском',
  'views.mark.ru': 'на русском',
  'views.draft': 'Переводы названий и описаний на этой странице черновые, носитель языка их ещё не проверил.',
  'timeline.title': 'Хронология',
  'timeline.description':
    'События 2020–2022 годов, о которых сообщают архивные тексты или на которые они опираются, и публикация каждой статьи — в порядке дат.',
  'timeline.heading': 'Хронология, 2020–2022',
  'timeline.intro':
    'События, о которых сообщают архивные тексты или на которые они опираются ({events}), и публикация каждой статьи архива ' +
    '({articles}) — в порядке дат. Каждое событие ведёт к абзацам, которые о нём сообщают. Дата показана лишь с той точностью, ' +
    'с какой она известна: событие, известное с точностью до месяца, стоит под своим месяцем и помечено так, без выдуманного дня.',
  'timeline.years': 'Годы',
  'timeline.entries': { one: '{n} запись', few: '{n} записи', many: '{n} записей', other: '{n} записи' },
  'timeline.beforePeriod': '{year}, до периода архива',
  'timeline.yearUnknownMonth': '{year}, месяц неизвестен',
  'timeline.titleOf': 'Хронология: {period}',
  'timeline.titlePart': 'Хронология: {period}, часть {part} из {parts}',
  'timeline.periodDescription': 'События и публикации статей за {period} в порядке дат, из архива о Казахстане и России.',
  'timeline.onPage': {
    one: 'На этой странице {n} запись.',
    few: 'На этой странице {n} записи.',
    many: 'На этой странице {n} записей.',
    other: 'На этой странице {n} записи.',
  },
  'timeline.monthsOf': 'Месяцы {year} года',
  'timeline.otherPeriods': 'Другие периоды',
  'timeline.part': '{label}, часть {part}',
  'timeline.continued': '{label} (продолжение)',
  'timeline.sources': 'Источники:',
  'timeline.paragraph': 'абзац {n}',
  'timeline.published': 'Опубликована статья:',
  'timeline.confidence.confirmed': 'подтверждено',
  'timeline.confidence.inferred': 'выведено',
  'timeline.confidence.unknown': 'не установлено',
  'overview.title': 'Обзор хронологии, {from} – {to}',
  'overview.events': { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  'overview.publications': {
    one: '{n} публикация статьи',
    few: '{n} публикации статей',
    many: '{n} публикаций статей',
    other: '{n} публикации статей',
  },
  'overview.summary': '{events} и {publications} ({from} – {to}) на оси времени с отметкой в начале каждого года.',
  'overview.imprecise': {
    one:
      'Точные дни — точки; {n} дата, известная лишь до месяца или как промежуток,' +
      ' — полоса через все дни, на которые она может прийтись.',
    few:
      'Точные дни — точки; {n} даты, известные лишь до месяца или как промежуток,' +
      ' — полосы через все дни, на которые они могут прийтись.',
    many:
      'Точные дни — точки; {n} дат, известных лишь до месяца или как промежуток,' +
      ' — полосы через все дни, на которые они могут прийтись.',
    other:
      'Точные дни — точки; {n} даты, известные лишь до месяца или как промежуток, — полосы через все дни, на которые они могут прийтись.',
  },
  'overview.byYear': 'По годам: {years}.',
  'overview.yearCount': '{year} — {n}',
  'overview.none': 'нет',
  'overview.busiest': {
    one: 'Больше всего записей — {month}: {n} запись.',
    few: 'Больше всего записей — {month}: {n} записи.',
    many: 'Больше всего записей — {month}: {n} записей.',
    other: 'Больше всего записей — {month}: {n} записи.',
  },
  'overview.outside': {
    one: 'Не показаны записи: более ранние — {before}, более поздние — {after}.',
    few: 'Не показаны записи: более ранние — {before}, более поздние — {after}.',
    many: 'Не показаны записи: более ранние — {before}, более поздние — {after}.',
    other: 'Не показаны записи: более ранние — {before}, более поздние — {after}.',
  },
  'overview.bin': {
    one: '{month}: {n} запись, из них с неточной датой — {imprecise}',
    few: '{month}: {n} записи, из них с неточной датой — {imprecise}',
    many: '{month}: {n} записей, из них с неточной датой — {imprecise}',
    other: '{month}: {n} записи, из них с неточной датой — {imprecise}',
  },
  'overview.band.events': 'События',
  'overview.band.articles': 'Статьи',
  'overview.captionMarks':
    'Обзор: точки — точные дни; полосы — даты, известные лишь до месяца, промежутки и приблизительные даты, проведённые через все дни, ' +
    'на которые они могут прийтись. Каждая отметка ведёт к своей записи; список ниже называет каждую запись словами.',
  'overview.captionCounts':
    'Обзор: записи по месяцам; светлая часть каждого столбца — даты, известные лишь до месяца, промежутки и приблизительные даты. ' +
    'Каждая отметка ведёт к своей записи; список ниже называет каждую запись словами.',
  'actors.title': 'Участники',
  'actors.description':
    'Люди, государства, организации и СМИ, о которых пишут архивные тексты, со статьями, где они названы, и событиями с их участием.',
  'actors.intro':
    'Люди, государства, организации и СМИ, о которых пишут архивные тексты. Статья учитывается, если в её тексте участник назван ' +
    'в любом из своих написаний; событие — если архив числит участника среди вовлечённых.',
  'actors.type.person': 'Люди',
  'actors.type.state': 'Государства',
  'actors.type.organisation': 'Организации',
  'actors.type.media': 'СМИ',
  'actors.network': 'Кто упоминается вместе с кем',
  'actors.networkText':
    'Два участника соединены линией, если один абзац называет обоих; линия тем шире, чем больше таких абзацев, а круг тем больше, ' +
    'чем больше статей называют участника. {rule} Каждый круг ведёт на страницу участника. Схема рассчитывается один раз при сборке ' +
    'сайта, поэтому она одинакова при каждом посещении.',
  'actors.rule': 'На схеме не больше {maxNodes} участников и {maxEdges} пар: здесь {actors}, и {pairs}.',
  'actors.someActors': 'из {candidates}, названных в одном абзаце с другим участником, — {n}, чаще других названных в статьях',
  'actors.allActors': 'все участники, названные в одном абзаце с другим ({actors})',
  'actors.somePairs': 'из {among} между ними — {n} с наибольшим числом общих абзацев',
  'actors.allPairs': 'все пары между ними ({pairs})',
  'actors.ofActors': { one: '{n} участника', few: '{n} участников', many: '{n} участников', other: '{n} участника' },
  'actors.pairs': { one: '{n} пара', few: '{n} пары', many: '{n} пар', other: '{n} пары' },
  'actors.ofPairs': { one: '{n} пары', few: '{n} пар', many: '{n} пар', other: '{n} пары' },
  'actors.pairsCaption': 'Чаще всего названные вместе: {pairs}',
  'actors.pairsOf': 'Чаще всего названные вместе: {pairs} (из {total})',
  'actors.drawingCaption': 'Расчёт схемы: d3-force, фиксированное число шагов из фиксированного начального положения.',
  'actors.actor': 'Участник',
  'actors.both': 'Абзацев, где названы оба',
  'actors.counts': '{articles}, {events}',
  'network.title': 'Сеть участников, чаще всего называемых вместе ({actors})',
  'network.description':
    'Участники ({actors}) — круги, размер которых зависит от числа статей, где они названы; их соединяют линии ({lines}), ' +
    'ширина которых зависит от числа абзацев, где названы оба.',
  'network.lines': { one: '{n} линия', few: '{n} линии', many: '{n} линий', other: '{n} линии' },
  'network.strongest': ' Самая сильная пара — {a} и {b}: {paragraphs}.',
  'network.paragraphs': { one: '{n} абзац', few: '{n} абзаца', many: '{n} абзацев', other: '{n} абзаца' },
  'network.table': ' Таблица после схемы перечисляет самые сильные пары.',
  'network.node': '{name}: упоминается в {articles}; в одном абзаце с {others} на схеме',
  'network.others': {
    one: '{n} другим участником',
    few: '{n} другими участниками',
    many: '{n} другими участниками',
    other: '{n} другого участника',
  },
  'drawings.inArticles': { one: '{n} статье', few: '{n} статьях', many: '{n} статьях', other: '{n} статьи' },
  'places.title': 'Места',
  'places.description':
    'Карта мест, которые называют архивные тексты: сколько статей называет каждое место и сколько событий там произошло.',
  'places.intro':
    'Места, которые называют архивные тексты. Статья учитывается, если в её тексте место названо в любом из своих написаний; ' +
    'событие — если архив числит место среди вовлечённых. На карте площадь каждого круга растёт с числом статей; регион показан ' +
    'одной представительной точкой, указанной в списке. Координаты ведут на публичную страницу, где они приведены, а после них — ' +
    'слова этой страницы.',
  'places.caption':
    'Картографические данные: Natural Earth (общественное достояние), суша и границы стран в масштабе 1:50 млн, в конической ' +
    'равновеликой проекции, охватывающей места. Каждый круг — ссылка на страницу места.',
  'places.all': 'Все места',
  // "с. ш.", "в. д." (северной широты, восточной долготы), as dateandtime.info's coordinates pages write them
  // ("Широта: 55°30′01″ с.ш.", "Долгота: 46°24′46″ в.д."); checked 2026-12-07.
  'places.north': '{n}° с. ш.',
  'places.south': '{n}° ю. ш.',
  'places.east': '{n}° в. д.',
  'places.west': '{n}° з. д.',
  'places.coordinatesOf': '(источник координат: {name})',
  'places.drawnAt': ', на карте — точка: {point}',
  'places.checked': '; проверено {date}: {note}',
  'places.notOnMap': ' · нет на карте (нет подтверждённых координат)',
  'places.unmapped': {
    one: '{n} место без координат есть в списке, но не на карте.',
    few: '{n} места без координат есть в списке, но не на карте.',
    many: '{n} мест без координат есть в списке, но не на карте.',
    other: '{n} места без координат есть в списке, но не на карте.',
  },
  'map.title': 'Карта мест, которые учитывает архив (с координатами — {n})',
  'map.description':
    'Карта от {west} до {east} и от {south} до {north} с сушей и границами стран по данным Natural Earth. Каждое место — круг, ' +
    'площадь которого растёт с числом статей, где оно названо',
  'map.largest': '; самый большой — {name}: упоминается в {articles}.',
  'map.end': '.',
  'map.list': ' Список после карты приводит каждое место с его числами.',
  'map.place': '{name}: упоминается в {articles}',
  'map.drawnAt': ' (на карте — точка: {point})',
  'map.samePoint': '; в той же точке: {others}',
  'map.north': '{n}° с. ш.',
  'map.south': '{n}° ю. ш.',
  'map.east': '{n}° в. д.',
  'map.west': '{n}° з. д.',
  'data.title': 'Данные и ленты',
  'data.description': 'Статьи, участники, события и места архива в JSON и CSV, с пакетом данных Frictionless, лентой Atom и картой сайта.',
  'data.intro':
    'Всё, что есть в архиве, можно скачать. Каждая таблица есть в JSON (списки — массивами) и в CSV (UTF-8, RFC 4180, элементы ' +
    'списка разделены «; »). Даты сохраняют точность, известную архиву: {year}, {month} или {day}, или промежуток в двух столбцах, ' +
    'никогда не выдуманный день. Рядом в каждой датированной строке есть {start} и {end}: самый ранний и самый поздний день, на ' +
    'который может прийтись дата (для месяца — его первый и последний день), так что сортировка по {start} ставит все строки, ' +
    'включая промежутки и месяцы, в порядок времени. Они ограничивают дату; точная дата — в других столбцах.',
  'data.spreadsheets': 'Как открыть файлы CSV в электронной таблице',
  'data.spreadsheetsText':
    'Каждый файл CSV начинается с метки порядка байтов UTF-8, поэтому Excel, LibreOffice Calc, Numbers и Google Таблицы правильно ' +
    'читают имена вроде «Kasym-Žomart» и типографские кавычки, если открыть файл напрямую. Если буквы всё же искажены, импортируйте ' +
    'файл, а не открывайте его (в английской версии Excel: Data › From Text/CSV), и выберите кодировку {utf8} (кодовая страница ' +
    '65001) и запятую как разделитель. Храните столбцы {start} и {end} как даты, а столбцы неполных дат — как текст, чтобы ' +
    '«2022-06» не превратилось в день. Идентификаторы мест в {articles} и {events} — это столбец {id} таблицы {places}; ' +
    'идентификаторы участников — столбец {id} таблицы {actors}.',
  'data.package': 'Пакет данных',
  'data.packageText':
    '{file} описывает каждый файл ниже как пакет данных {frictionless}: имя, тип и значение каждого столбца, размер и SHA-256 ' +
    'каждого текстового файла. Его читают напрямую инструменты вроде {validate}.',
  'data.tableHeading': 'Таблица {name}',
  'data.download': 'Скачать:',
  'data.joins': 'Связи (внешние ключи в пакете данных):',
  'data.columnsOf': 'Столбцы таблицы {name}',
  'data.column': 'Столбец',
  'data.type': 'Тип',
  'data.meaning': 'Значение',
  'data.listOf': 'список: {type}',
  'data.mayBeEmpty': ', может быть пустым',
  'data.english': 'Описания таблиц и значения столбцов — текст самого пакета данных, на английском.',
  'data.texts': 'Тексты и копии',
  'data.textsText':
    'Для каждой статьи пакет данных также перечисляет, с размером и SHA-256, исходную копию, собранную архивом ({source}, байт в ' +
    'байт; её размеченное чтение — {reading}), и текст в TEI P5 ({tei}), в заголовке которого — происхождение и список удалённого. ' +
    'Страница каждой статьи ссылается на оба файла.',
  'data.feeds': 'Ленты',
  'data.feed': ': лента Atom со статьями, сначала новые.',
  'data.sitemap': ': все страницы архива, для поисковых систем.',
  'data.citations': 'Ссылки на источники',
  'data.citationsText':
    'На странице каждой статьи есть раздел со ссылками в стилях Chicago, APA и MLA и файлами для менеджеров библиографии: ' +
    '{bib} (BibTeX), {ris} (RIS) и {json} (CSL-JSON). Zotero также читает библиографические метатеги каждой статьи.',
  'data.urls': 'Постоянные адреса',
  'data.urlsText':
    'Статья находится по адресу {article}, её абзац {n} — {paragraph}; участники, места и события — {actor}, {place} и {event}. ' +
    'Слаги и идентификаторы закреплены в содержимом, поэтому исправление заголовка не перемещает страницу, а перемещённая ' +
    'страница сохраняет старый адрес как перенаправление.',
  'entityList.articles': 'Статьи, где упоминается: {name}',
  'entityList.events': 'События с участием: {name}',
  'entityList.title': '{title}, страница {page} из {last}',
  'entityList.description': '{title}: {total} в архиве.',
  'entityList.rangeArticles': '{from}–{to} из {total}, сначала новые.',
  'entityList.rangeEvents': '{from}–{to} из {total}, в порядке дат.',
  'entityList.pages': 'Страницы',
  'entityList.prev': 'Предыдущая страница',
  'entityList.next': 'Следующая страница',
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
