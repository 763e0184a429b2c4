/**
 * The static paths of an actor's or place's full lists, `/actors/<id>/articles/` and
 * `/actors/<id>/events/` (then `…/2/`, `…/3/`), made only for entries whose lists are longer than
 * their page's preview. Shared by the actor and place routes so both split the same way.
 */
import type { PaginateFunction } from 'astro';
import { ENTITY_LIST_PAGE, ENTITY_PREVIEW } from '../lib/site/paging.ts';
import { entityLists, loadIndexes } from './indexes.ts';

export async function entityListPaths(collection: 'actors' | 'places', paginate: PaginateFunction) {
  const views = await loadIndexes();
  const entries = collection === 'actors' ? views.archive.actors : views.archive.places;
  return entries.flatMap((entry) => {
    const { mentions, events } = entityLists(views, collection, entry.id);
    const props = { collection, id: entry.id, name: entry.data.name };
    return [
      ...(mentions.length > ENTITY_PREVIEW
        ? paginate([...mentions], {
            pageSize: ENTITY_LIST_PAGE,
            params: { id: entry.id, list: 'articles' },
            props: { ...props, list: 'articles' as const },
          })
        : []),
      ...(events.length > ENTITY_PREVIEW
        ? paginate([...events], {
            pageSize: ENTITY_LIST_PAGE,
            params: { id: entry.id, list: 'events' },
            props: { ...props, list: 'events' as const },
          })
        : []),
    ];
  });
}
