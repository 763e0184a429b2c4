/** /articles/<slug>/<name>.json: the article's downloads ending in .json (src/lib/site/download-table.ts), in `astro dev`. */
import { entryDownloadRoute } from '../../../data/downloads.ts';

const route = entryDownloadRoute('json');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
