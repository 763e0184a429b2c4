/** /data/<table>.csv (_files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES } from '../../lib/site/tables.ts';
import { tableResponse } from './_files.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => tableResponse(params.table ?? '', 'csv');
