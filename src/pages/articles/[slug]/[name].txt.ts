/** /articles/<slug>/<name>.txt: the article's downloads ending in .txt (src/lib/site/download-table.ts), in `astro dev`. */
import { entryDownloadRoute } from '../../../data/downloads.ts';

const route = entryDownloadRoute('txt');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
