/** /data/<table>.json, /data/<table>.csv and /data/datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { ARCHIVE_NAME, siteUrl } from '../../data/citations.ts';
import { buildTime, rows } from '../../data/exports.ts';
import { dataPackage, TABLES, table, toCsv, toJson } from '../../lib/site/tables.ts';
import { paths } from '../../lib/site/urls.ts';

export const getStaticPaths = (() => [
  { params: { file: 'datapackage.json' } },
  ...TABLES.flatMap((t) => [{ params: { file: `${t.name}.json` } }, { params: { file: `${t.name}.csv` } }]),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  if (file === 'datapackage.json') {
    const dp = dataPackage({ name: 'kz-ru-archive', title: ARCHIVE_NAME, homepage: siteUrl(paths.data()), created: buildTime() });
    return new Response(JSON.stringify(dp, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const [, name = '', ext] = /^(.+)\.(json|csv)$/.exec(file) ?? [];
  const t = table(name);
  const data = rows(await loadArchive(), name);
  return ext === 'csv'
    ? new Response(toCsv(t, data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(t, data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
