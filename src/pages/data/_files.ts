/**
 * The files of /data/: each table as CSV and JSON, and the data package that describes them. Served
 * by a route per extension (`[table].csv.ts`, `[file].json.ts`), since Astro answers a dynamic
 * endpoint without a final slash only when its file name ends in an extension; the leading `_` keeps
 * this module from being a route itself.
 */
import { loadArchive } from '../../data/archive.ts';
import { siteUrl } from '../../data/citations.ts';
import { buildTime, rows } from '../../data/exports.ts';
import { captureDigest, teiDigest } from '../../data/article-files.ts';
import { publication } from '../../data/publication.ts';
import { loadIndexes } from '../../data/indexes.ts';
import { contentTypeOf } from '../../lib/deploy/media-types.ts';
import { packageFacts } from '../../lib/site/publication.ts';
import { dataPackage, type FileResource } from '../../lib/site/data-package.ts';
import { csvParts, jsonParts, textStream } from '../../lib/site/table-files.ts';
import { table } from '../../lib/site/tables.ts';
import { paths } from '../../lib/site/urls.ts';
import { download } from '../../lib/site/download-table.ts';

/** The data package's name for the files it lists beside the tables. */
export const DATA_PACKAGE = 'datapackage';

/** /data/datapackage.json: the tables, each article's capture and TEI file, and the archive's facts. */
export async function dataPackageResponse(): Promise<Response> {
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
  return new Response(JSON.stringify(dp, null, 2) + '\n', { headers: { 'Content-Type': contentTypeOf(`${DATA_PACKAGE}.json`) } });
}

/**
 * /data/<table>.csv or .json, streamed a row at a time (table-files.ts): the articles table grows
 * with the archive, and as one string it would sit in memory beside every other download rendered
 * at the same time.
 */
export async function tableResponse(name: string, extension: 'csv' | 'json'): Promise<Response> {
  const t = table(name);
  const data = rows(await loadArchive(), name);
  const parts = extension === 'csv' ? csvParts(t, data) : jsonParts(t, data);
  return new Response(textStream(parts), { headers: { 'Content-Type': contentTypeOf(`${name}.${extension}`) } });
}
