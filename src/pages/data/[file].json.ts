/** /data/<table>.json and /data/datapackage.json (_files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../data/cache-keys.ts';
import { TABLES } from '../../lib/site/tables.ts';
import { DATA_PACKAGE, dataPackageResponse, tableResponse } from './_files.ts';

export const getStaticPaths = (() =>
  keyed(
    [{ params: { file: DATA_PACKAGE } }, ...TABLES.map((t) => ({ params: { file: t.name } }))],
    (k) => k.stamped,
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  params.file === DATA_PACKAGE ? dataPackageResponse() : tableResponse(params.file ?? '', 'json');
