/** /articles/<slug>/preview.png in `astro dev` (src/data/previews.ts); a build draws the cards after `astro build`. */
import { previewRoute } from '../../../data/previews.ts';

const route = previewRoute('articles', 'slug');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
