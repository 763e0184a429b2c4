/** /preview.png, the archive's own card, in `astro dev` (src/data/previews.ts); a build draws the cards after `astro build`. */
import { previewRoute } from '../data/previews.ts';

const route = previewRoute(undefined, undefined);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
