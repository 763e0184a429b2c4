/**
 * Turns deploy/nginx.conf (or deploy/nginx-https.conf) into a configuration for another machine or a
 * test: its `listen` lines (in order), its one `root` line and, for HTTPS, its certificate and key
 * lines are replaced, and any `include` of a file under the old root follows the root (the generated
 * rules live inside the build). Nothing else is touched, so the tests serve the archive with the
 * operator's file, not a copy of it.
 */

/** The lines of a directive (`listen 80;`) outside comments, as [index, value] pairs. */
function directives(lines: readonly string[], name: string): Array<[number, string]> {
  const pattern = new RegExp(`^\\s*${name}\\s+([^;#]+);\\s*(?:#.*)?$`);
  return lines.flatMap((line, i): Array<[number, string]> => {
    const m = pattern.exec(line);
    return m?.[1] === undefined ? [] : [[i, m[1].trim()]];
  });
}

/** The server block with `listen` and `root` set; throws unless it has exactly one of each. */
export function localServerConfig(text: string, listen: string, root: string, file = 'deploy/nginx.conf'): string {
  return localConfig(text, { listen: [listen], root }, file);
}

export interface LocalSettings {
  /** One address per `listen` line of the file, in order (`127.0.0.1:8443 ssl`). */
  readonly listen: readonly string[];
  readonly root: string;
  /** The certificate and key files, for a file with `ssl_certificate` lines. */
  readonly certificate?: string;
  readonly key?: string;
}

/** A configuration file with its listen, root and certificate lines set; throws unless it has exactly as many of each. */
export function localConfig(text: string, local: LocalSettings, file = 'deploy/nginx.conf'): string {
  const lines = text.split('\n');
  const found = { listen: directives(lines, 'listen'), root: directives(lines, 'root') };
  const wanted = { listen: local.listen.length, root: 1 };
  for (const [name, list] of Object.entries(found)) {
    const n = wanted[name as keyof typeof wanted];
    if (list.length !== n)
      throw new Error(`${file}: expected exactly ${n === 1 ? 'one' : n} "${name}" line${n === 1 ? '' : 's'}, found ${list.length}`);
  }
  const [rootAt, oldRoot] = found.root[0] ?? [0, ''];
  const { root } = local;
  const paths = [root, local.certificate ?? '', local.key ?? ''];
  if (paths.some((p) => /[\s;{}"']/.test(p)) || local.listen.some((l) => /[;{}"']/.test(l))) {
    throw new Error(`Cannot write nginx paths or addresses with spaces, quotes or braces: ${[...paths, ...local.listen].join(', ')}`);
  }
  const indent = (i: number) => /^\s*/.exec(lines[i] ?? '')?.[0] ?? '';
  found.listen.forEach(([at], i) => {
    lines[at] = `${indent(at)}listen ${local.listen[i]};`;
  });
  lines[rootAt] = `${indent(rootAt)}root ${root};`;
  for (const [name, value] of [
    ['ssl_certificate', local.certificate],
    ['ssl_certificate_key', local.key],
  ] as const) {
    for (const [at] of directives(lines, name)) {
      if (value === undefined) throw new Error(`${file}: has ${name}; expected a file to put in its place`);
      lines[at] = `${indent(at)}${name} ${value};`;
    }
  }
  for (const [i, path] of directives(lines, 'include')) {
    if (path === oldRoot || path.startsWith(`${oldRoot}/`)) lines[i] = `${indent(i)}include ${root}${path.slice(oldRoot.length)};`;
  }
  return lines.join('\n');
}
