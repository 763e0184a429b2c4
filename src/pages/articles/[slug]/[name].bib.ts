/** /articles/<slug>/<name>.bib: the article's downloads ending in .bib (src/lib/site/download-table.ts), in `astro dev`. */
import { entryDownloadRoute } from '../../../data/downloads.ts';

const route = entryDownloadRoute('bib');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
