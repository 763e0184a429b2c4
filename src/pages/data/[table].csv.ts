/** /data/<table>.csv (_files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../data/cache-keys.ts';
import { TABLES } from '../../lib/site/tables.ts';
import { tableResponse } from './_files.ts';

export const getStaticPaths = (() =>
  keyed(
    TABLES.map((t) => ({ params: { table: t.name } })),
    (k) => k.whole,
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => tableResponse(params.table ?? '', 'csv');
