/** /data/<table>.json, /data/<table>.csv and /data/datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { siteUrl } from '../../data/citations.ts';
import { buildTime, rows } from '../../data/exports.ts';
import { captureDigest, teiDigest } from '../../data/article-files.ts';
import { publication } from '../../data/publication.ts';
import { loadIndexes } from '../../data/indexes.ts';
import { packageFacts } from '../../lib/site/publication.ts';
import { dataPackage, type FileResource } from '../../lib/site/data-package.ts';
import { csvParts, jsonParts, textStream } from '../../lib/site/table-files.ts';
import { TABLES, table } from '../../lib/site/tables.ts';
import { paths } from '../../lib/site/urls.ts';
import { download } from '../../lib/site/download-table.ts';

export const getStaticPaths = (() => [
  { params: { file: 'datapackage.json' } },
  ...TABLES.flatMap((t) => [{ params: { file: `${t.name}.json` } }, { params: { file: `${t.name}.csv` } }]),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  if (file === 'datapackage.json') {
    const views = await loadIndexes();
    const files: FileResource[] = views.archive.articles.flatMap((a) => {
      const capture = captureDigest(a);
      const tei = teiDigest(views, a);
      return [
        {
          name: `${a.slug}-capture`,
          path: siteUrl(paths.captureFile(a.slug)),
          title: `Collected copy: ${a.data.title}`,
          description: `The raw capture content/sources/${a.data.source.file}, byte for byte as collected.`,
          format: 'txt',
          mediatype: download('source.txt').type,
          bytes: capture.bytes,
          sha256: capture.sha256,
        },
        {
          name: `${a.slug}-tei`,
          path: siteUrl(paths.tei(a.slug)),
          title: `TEI P5: ${a.data.title}`,
          description: 'The archived text as TEI P5, with its provenance in the header.',
          format: 'xml',
          mediatype: download('tei.xml').type,
          bytes: tei.bytes,
          sha256: tei.sha256,
        },
      ];
    });
    const facts = publication();
    const info = { name: 'kz-ru-archive', title: facts.archive.title, homepage: siteUrl(paths.data()), created: buildTime() };
    // The edition, licence, editors and the rights statement, from content/archive.yaml and the changelog.
    const dp = { ...dataPackage(info, files), ...packageFacts(facts) };
    return new Response(JSON.stringify(dp, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const [, name = '', ext] = /^(.+)\.(json|csv)$/.exec(file) ?? [];
  const t = table(name);
  const data = rows(await loadArchive(), name);
  // Streamed, a row at a time (tables.ts, jsonParts): the articles table grows with the archive, and as
  // one string it would sit in memory beside every other download rendered at the same time.
  return ext === 'csv'
    ? new Response(textStream(csvParts(t, data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(textStream(jsonParts(t, data)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
