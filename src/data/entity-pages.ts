/**
 * The static paths of an actor's or place's full lists, `/actors/<id>/articles/` and
 * `/actors/<id>/events/` (then `…/2/`, `…/3/`), made only for entries whose lists are longer than
 * their page's preview. Shared by the actor and place routes so both split the same way.
 */
import type { PaginateFunction } from 'astro';
import { PAGE_SIZES } from './page-sizes.ts';
import { entityLists, loadIndexes } from './indexes.ts';

export async function entityListPaths(collection: 'actors' | 'places', paginate: PaginateFunction) {
  const views = await loadIndexes();
  const entries = collection === 'actors' ? views.archive.actors : views.archive.places;
  return entries.flatMap((entry) => {
    const { mentions, events } = entityLists(views, collection, entry.id);
    const props = { collection, id: entry.id, name: entry.data.name };
    return [
      ...(mentions.length > PAGE_SIZES.entityPreview
        ? paginate([...mentions], {
            pageSize: PAGE_SIZES.entityListPage,
            params: { id: entry.id, list: 'articles' },
            props: { ...props, list: 'articles' as const },
          })
        : []),
      ...(events.length > PAGE_SIZES.entityPreview
        ? paginate([...events], {
            pageSize: PAGE_SIZES.entityListPage,
            params: { id: entry.id, list: 'events' },
            props: { ...props, list: 'events' as const },
          })
        : []),
    ];
  });
}
