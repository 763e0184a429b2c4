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
  'searchPage.englishResults':
    'Результаты ведут на русские страницы архива, где они есть, иначе на английские; архивные тексты — на языке, на котором они собраны.',
  // Что пишут скрипты поиска (src/client/search-*.ts, src/lib/search/said.ts); страница передаёт им эти строки (src/lib/search/words.ts).
  'searchPage.keyboard':
    'Казахские буквы можно набирать в русской раскладке: ә как а, ғ как г, қ как к, ң как н, ө как о, ұ и ү как у, һ как х, і как и ' +
    '(«Кантар» находит то же, что «Қаңтар»).',
  'searchJs.count': { one: '{count} результат', few: '{count} результата', many: '{count} результатов', other: '{count} результата' },
  'searchJs.failure': 'Поиск не удалось выполнить ({error}). Проверьте подключение и перезагрузите страницу.',
  'searchJs.noWords': 'Искать нечего: в запросе нет ни букв, ни цифр. Введите слово, имя или «фразу в кавычках».',
  'searchJs.shortened': 'он сокращён до первых {n} знаков',
  'searchJs.unpairedQuote': 'непарная кавычка опущена',
  'searchJs.tidied': 'Запрос исправлен: {changes}.',
  'searchJs.paragraph': '¶ {n}',
  'searchJs.standfirst': 'Подзаголовок',
  'searchJs.dateline': 'Место и дата',
  'searchJs.titlePart': 'Заголовок',
  'searchJs.pagePart': 'Страница',
  'searchJs.paragraphOf': 'в тексте «{title}»',
  'searchJs.forWords': {
    one: '{count} результат по запросу «{q}»',
    few: '{count} результата по запросу «{q}»',
    many: '{count} результатов по запросу «{q}»',
    other: '{count} результата по запросу «{q}»',
  },
  'searchJs.forFilters': {
    one: '{count} результат по выбранным фильтрам',
    few: '{count} результата по выбранным фильтрам',
    many: '{count} результатов по выбранным фильтрам',
    other: '{count} результата по выбранным фильтрам',
  },
  'searchJs.tooShort': '(«{word}» — слишком короткое слово для поиска: нужно не меньше {n} букв)',
  'searchJs.dated': 'даты: {range} (у страниц участников и мест даты нет)',
  'searchJs.newestFirst': 'сначала новые',
  'searchJs.oldestFirst': 'сначала старые',
  'searchJs.firstShown': 'показаны первые {n}',
  'searchJs.monthYear': '{month} {year}',
  'searchJs.rangeBoth': '{from} – {to}',
  'searchJs.rangeFrom': 'не ранее: {from}',
  'searchJs.rangeTo': 'не позднее: {to}',
  'searchJs.rangeAny': 'любая дата',
  'searchJs.rangeStart': 'начало',
  'searchJs.rangeEnd': 'конец',
  'searchJs.notMonth': 'Значение «{text}» ({end} промежутка) — не месяц: нужны год и месяц, например 2022-03.',
  'searchJs.isYear': 'Значение «{text}» ({end} промежутка) — год: прочитано как {month}.',
  'searchJs.badMonth': 'Значение «{text}» ({end} промежутка) — не месяц: месяцы нумеруются от 01 до 12.',
  'searchJs.badDay': {
    one: 'Значение «{text}» ({end} промежутка) — не день: в месяце {month} всего {count} день.',
    few: 'Значение «{text}» ({end} промежутка) — не день: в месяце {month} всего {count} дня.',
    many: 'Значение «{text}» ({end} промежутка) — не день: в месяце {month} всего {count} дней.',
    other: 'Значение «{text}» ({end} промежутка) — не день: в месяце {month} всего {count} дня.',
  },
  'searchJs.byMonth': 'Промежуток задаётся по месяцам: значение «{text}» ({end} промежутка) прочитано как {month}.',
  'searchJs.backwards':
    'Промежуток заканчивается ({to}) раньше, чем начинается ({from}): в него не попадает ни одна дата, поэтому он не применён. ' +
    'Поменяйте его концы местами или измените один из них.',
  'searchJs.unknownValue':
    'Ни у одной страницы архива нет значения «{value}» ({facetLower}), поэтому результатов с ним быть не может: ' +
    'снимите отметку в группе «{facet}», чтобы увидеть результаты без него.',
  'searchJs.facetType': 'Тип',
  'searchJs.facetActor': 'Участник',
  'searchJs.facetKind': 'Вид участника',
  'searchJs.facetState': 'Затронутое государство',
  'searchJs.facetActing': 'Действует от имени государства',
  'searchJs.facetPlace': 'Место',
  'searchJs.facetOutlet': 'Издание',
  'searchJs.facetAuthor': 'Автор',
  'searchJs.facetYear': 'Год',
  'searchJs.typeArticle': 'Статья',
  'searchJs.typeEvent': 'Событие',
  'searchJs.typeActor': 'Участник',
  'searchJs.typePlace': 'Место',
  'searchJs.showTop': 'Показать первые {n}',
  'searchJs.showAll': 'Показать все значения ({count}): {facetLower}',
  'searchJs.noneChosen': '(ничего не выбрано)',
  'searchJs.chosen': { one: '(выбран {count})', few: '(выбрано {count})', many: '(выбрано {count})', other: '(выбрано {count})' },
  'searchJs.countFailed': 'Не удалось подсчитать фильтры ({error}).',
  'searchJs.noSearch': 'Поиск не выполнялся.',
  'searchJs.idle':
    'Введите слова, чтобы искать в архивных текстах и на страницах участников, мест и событий. ' +
    'Любое написание имени, на любом письме, находит и остальные.',
  'searchJs.moreLeft': {
    one: 'Ещё результаты (ещё {count})',
    few: 'Ещё результаты (ещё {count})',
    many: 'Ещё результаты (ещё {count})',
    other: 'Ещё результаты (ещё {count})',
  },
  'searchJs.via': 'Найдено как написание имени: {name}',
  'searchJs.viaGlossary': 'Найдено по глоссарию: {term}',
  'searchJs.quoted': '«{term}»',
  'searchJs.transliterated':
    'Ни одно зарегистрированное имя или слово не совпадает с {from}; показаны результаты для его латинской транслитерации {to}. ',
  'searchJs.corrected': 'Показаны результаты для {to}; искать вместо этого {from}.',
  'searchJs.nearWords': ' Другие близкие слова: {words}.',
  'searchJs.dropped': {
    one: 'Ни в одном тексте архива нет слова {terms}; показаны результаты для {to}. ',
    few: 'Ни в одном тексте архива нет слов {terms}; показаны результаты для {to}. ',
    many: 'Ни в одном тексте архива нет слов {terms}; показаны результаты для {to}. ',
    other: 'Ни в одном тексте архива нет слов {terms}; показаны результаты для {to}. ',
  },
  'searchJs.missing': {
    one: 'Ни в одном тексте архива нет слова {terms}',
    few: 'Ни в одном тексте архива нет слов {terms}',
    many: 'Ни в одном тексте архива нет слов {terms}',
    other: 'Ни в одном тексте архива нет слов {terms}',
  },
  'searchJs.suggestions': '. Близкие слова в архиве: {words}.',
  'searchJs.noSuggestion': {
    one: ', и близких к нему слов в архиве нет.',
    few: ', и близких к ним слов в архиве нет.',
    many: ', и близких к ним слов в архиве нет.',
    other: ', и близких к ним слов в архиве нет.',
  },
  'searchJs.derived': 'Связано с государством ({states}) через участников, а не по метке: {parts}.',
  'searchJs.derivedActs': {
    one: '{names} действует от имени государства {state}',
    few: '{names} действуют от имени государства {state}',
    many: '{names} действуют от имени государства {state}',
    other: '{names} действуют от имени государства {state}',
  },
  'searchJs.and': 'и',
  'searchJs.theRule': 'Правило',
  'searchJs.allResults': 'Все результаты и фильтры',
  'searchJs.downloadHeading': {
    one: 'Скачать {count} результат:',
    few: 'Скачать эти {count} результата:',
    many: 'Скачать эти {count} результатов:',
    other: 'Скачать эти {count} результата:',
  },
  'searchJs.reading': 'Чтение: {results}…',
  'searchJs.readingOf': 'Чтение: {n} из {results}…',
  'searchJs.readingCitations': 'Чтение библиографических данных: {n} из {count} статей…',
  'searchJs.articles': { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
  'searchJs.downloaded': 'Скачано: {what}, формат {format} ({file}).',
  'searchJs.again': 'Адрес этой страницы, {address}, снова даёт тот же набор.',
  'searchJs.downloadFailed': 'Не удалось скачать результаты ({error}). Попробуйте ещё раз или перезагрузите страницу.',
  'searchJs.rowsEvent': { one: '{count} событие', few: '{count} события', many: '{count} событий', other: '{count} события' },
  'searchJs.rowsActor': { one: '{count} участник', few: '{count} участника', many: '{count} участников', other: '{count} участника' },
  'searchJs.rowsPlace': { one: '{count} место', few: '{count} места', many: '{count} мест', other: '{count} места' },
  'searchJs.rowsOnly': {
    one: '{list} — не работа для цитирования: только строка CSV.',
    few: '{list} — не работы для цитирования: только строки CSV.',
    many: '{list} — не работы для цитирования: только строки CSV.',
    other: '{list} — не работы для цитирования: только строки CSV.',
  },

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
