/**
 * Turns deploy/nginx.conf into a configuration for another machine or a test: its one `listen`
 * line and its one `root` line are replaced, and any `include` of a file under the old root
 * follows the root (the generated rules live inside the build). Nothing else is touched, so the
 * tests serve the archive with the operator's file, not a copy of it.
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
  const lines = text.split('\n');
  const found = { listen: directives(lines, 'listen'), root: directives(lines, 'root') };
  for (const [name, list] of Object.entries(found)) {
    if (list.length !== 1) throw new Error(`${file}: expected exactly one "${name}" line, found ${list.length}`);
  }
  const [[listenAt], [rootAt, oldRoot]] = [found.listen[0] ?? [0, ''], found.root[0] ?? [0, '']];
  if (/[\s;{}"']/.test(root) || /[;{}"']/.test(listen)) {
    throw new Error(`Cannot write nginx paths or addresses with spaces, quotes or braces: ${root}, ${listen}`);
  }
  const indent = (i: number) => /^\s*/.exec(lines[i] ?? '')?.[0] ?? '';
  lines[listenAt] = `${indent(listenAt)}listen ${listen};`;
  lines[rootAt] = `${indent(rootAt)}root ${root};`;
  for (const [i, path] of directives(lines, 'include')) {
    if (path === oldRoot || path.startsWith(`${oldRoot}/`)) lines[i] = `${indent(i)}include ${root}${path.slice(oldRoot.length)};`;
  }
  return lines.join('\n');
}
