/**
 * The Frictionless `datapackage.json` that describes the archive's tables (tables.ts) and files, made
 * from the same definitions as the files themselves (table-files.ts).
 */
import { CSV_FORMULA_NOTE } from './table-files.ts';
import { LIST_SEPARATOR, type Table, TABLES } from './tables.ts';

/** The Table Schema of a table, for one format: a list is an array in JSON and a string in CSV. */
function tableSchema(t: Table, format: 'csv' | 'json') {
  const foreignKeys = (t.foreignKeys ?? []).map((k) => ({
    fields: k.field,
    reference: { resource: `${k.table}-${format}`, fields: k.tableField },
  }));
  return {
    primaryKey: t.primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    fields: t.fields.map((f) => {
      const constraints = {
        ...(f.required === true ? { required: true } : {}),
        ...(f.pattern !== undefined && f.list !== true ? { pattern: f.pattern } : {}),
      };
      const listed = f.list === true && format === 'csv' ? `${f.description} Items separated by "${LIST_SEPARATOR}".` : f.description;
      // Dates and URLs never begin with a formula character; every other text column may.
      const text = format === 'csv' && f.type === 'string' && f.pattern === undefined && f.format !== 'uri';
      const description = text ? `${listed} ${CSV_FORMULA_NOTE}` : listed;
      return {
        name: f.name,
        type: f.list === true && format === 'json' ? 'array' : f.type,
        ...(f.format !== undefined ? { format: f.format } : {}),
        description,
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
  };
}

/**
 * A file of the archive listed in the data package beside the tables: a raw capture or a TEI
 * document. `path` is its absolute URL (Frictionless forbids `../` in a relative path, and these
 * files live under /articles/, not /data/); `hash` is "sha256:<hex>", the Data Resource
 * specification's `{algorithm}:{hash}` form (a bare hash would be read as MD5).
 */
export interface FileResource {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
  readonly bytes: number;
  /** 64 lower-case hexadecimal digits. */
  readonly sha256: string;
}

/**
 * The Frictionless Data Package descriptor. The tables' paths are relative to datapackage.json,
 * so they stay valid wherever the site is served (at the root or under a base path). With files
 * (captures, TEI) the package is a general `data-package`: its tabular profile would require every
 * resource to be a table.
 */
export function dataPackage(
  info: { name: string; title: string; homepage: string; created: string },
  files: readonly FileResource[] = [],
): Record<string, unknown> {
  return {
    profile: files.length > 0 ? 'data-package' : 'tabular-data-package',
    name: info.name,
    title: info.title,
    homepage: info.homepage,
    created: info.created,
    resources: TABLES.flatMap((t) =>
      (['csv', 'json'] as const).map((format) => ({
        profile: 'tabular-data-resource',
        name: `${t.name}-${format}`,
        path: `${t.name}.${format}`,
        title: `${t.title} (${format.toUpperCase()})`,
        description: t.description,
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        schema: tableSchema(t, format),
      })),
    ).concat(
      files.map(
        (f) =>
          ({
            profile: 'data-resource',
            name: f.name,
            path: f.path,
            title: f.title,
            description: f.description,
            format: f.format,
            mediatype: f.mediatype,
            encoding: 'utf-8',
            bytes: f.bytes,
            hash: `sha256:${f.sha256}`,
          }) as never,
      ),
    ),
  };
}
