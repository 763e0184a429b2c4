/**
 * The static server the bench's Chromium reads a built site from: gzip like a static host, and the
 * deployment's cache rules (deploy/nginx.conf, from the one definition in src/lib/deploy/rules.ts).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheRules } from '../../src/lib/deploy/rules.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a request names under `root`, or the status to answer instead. */
function fileOf(root: string, req: IncomingMessage): { file: string; path: string } | { status: number } {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return { status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return { status: 404 };
  return { file, path: url.pathname };
}

/**
 * Serves a built site the way the deployment does for caching: content-hashed files are cached for
 * good, the rest revalidates with an ETag and gets a 304 when unchanged. A page that fetches the same
 * file twice (the search page's two Pagefind instances) is measured as a browser on that server would
 * fetch it.
 */
export function serve(root: string, port: number): Promise<Server> {
  const gzCache = new Map<string, Buffer>();
  const rules = cacheRules('/', existsSync(join(root, 'pagefind')) ? readdirSync(join(root, 'pagefind')) : []);
  const cacheControl = (path: string) =>
    rules.find((r) => (r.match === 'exact' ? path === r.path : path.startsWith(r.path)))?.cacheControl ?? 'no-cache';
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const found = fileOf(root, req);
    if ('status' in found) return void res.writeHead(found.status).end();
    const { file, path } = found;
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const caching = { 'cache-control': cacheControl(path), etag };
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, caching).end();
    const type = TYPES[extname(file)];
    // Pagefind's index files (.pf_*, wasm) are gzip already and decoded by pagefind.js: sent as they are.
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzCache.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 });
        gzCache.set(file, body);
      }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, ...caching });
      return void res.end(body);
    }
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': stat.size, ...caching });
    createReadStream(file).pipe(res);
  };
  const server = createServer(answer);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** Runs `f` with `root` served on `port`, and stops the server after. */
export async function served<T>(root: string, port: number, f: (port: number) => Promise<T>): Promise<T> {
  const server = await serve(root, port);
  try {
    return await f(port);
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}
