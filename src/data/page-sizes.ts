/**
 * The page sizes of this build's paginated lists (src/lib/site/paging.ts): the archive's, or those
 * ARCHIVE_LIST_SIZE sets for the tests (`npm run test:lists`). Read here and nowhere else.
 */
import { pageSizes } from '../lib/site/paging.ts';

export const PAGE_SIZES = pageSizes(process.env['ARCHIVE_LIST_SIZE']);
