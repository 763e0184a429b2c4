/** /about/cite/archive.ris: the archive's own citation by its current edition. */
import type { APIRoute } from 'astro';
import { archiveCitationResponse } from '../../../data/downloads.ts';

export const GET: APIRoute = () => archiveCitationResponse('archive.ris');
