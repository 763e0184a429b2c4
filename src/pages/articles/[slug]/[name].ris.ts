/** /articles/<slug>/<name>.ris: the article's downloads ending in .ris (src/lib/site/download-table.ts), in `astro dev`. */
import { entryDownloadRoute } from '../../../data/downloads.ts';

const route = entryDownloadRoute('ris');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
