/**
 * Serves a build with Debian's nginx and deploy/nginx.conf, for the tests: a temporary prefix folder
 * holds a minimal main configuration (pid file, logs, temporary files) that includes the server
 * block, copied with only its `listen` and `root` lines changed (src/lib/deploy/nginx-conf.ts).
 * nginx runs in the foreground as a child of this process (its workers as the same user, also when that is
 * root, so a checkout that only its owner may read is served too), on
 * 127.0.0.1 and a free port (NGINX_PORT, or one the system picks), and is stopped by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readRedirects } from '../../src/lib/content/read.ts';
import { metaPolicies } from '../../src/lib/deploy/csp.ts';
import { localConfig } from '../../src/lib/deploy/nginx-conf.ts';
import { walk, writeServerRules } from '../../src/postbuild/deploy-files.ts';
import { sitePolicy } from '../../src/postbuild/site-policy.ts';
import { parseHeaders } from '../../src/lib/site/settings.ts';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** A port nobody listens on, from the system, unless NGINX_PORT names one. */
async function freePort(): Promise<number> {
  const wanted = process.env['NGINX_PORT'];
  if (wanted !== undefined) return Number(wanted);
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  readonly url: string;
  /** For HTTPS: the plain-HTTP address that redirects to it. */
  readonly plain?: string | undefined;
  stop(): Promise<void>;
}

/** The header an operator turns on once HTTPS works (README, "Deploy"), as the HTTPS tests build with it. */
export const HSTS_SETTING = 'Strict-Transport-Security: max-age=63072000; includeSubDomains';

/** Files an operator might upload by mistake, which nginx must never serve; and one it must. */
export const PLANTED = {
  '.git/config': '[core]\n',
  '.env': 'SECRET=1\n',
  '_astro/app.js.map': '{}',
  '.well-known/security.txt': 'Contact: x\n',
};

/**
 * A copy of the build in `dist` as `ARCHIVE_HEADERS=<HSTS_SETTING> npm run build` writes it: the
 * server rules written again, by the build's own writer, with the setting on (the pages do not change
 * with it), and the PLANTED files added. Returns the copy's folder.
 */
function copyWithSetting(dist: string, into: string): string {
  const site = join(into, 'site');
  cpSync(dist, site, { recursive: true });
  const pages = walk(site).filter((f) => f.endsWith('.html'));
  const policies = pages.map((page) => ({ page, policies: metaPolicies(readFileSync(join(site, page), 'utf8')) }));
  const redirects = readRedirects(resolve('content'), 'content');
  const search = walk(site, 'pagefind')
    .map((f) => f.slice('pagefind/'.length))
    .filter((f) => !f.includes('/') && !f.endsWith('.gz'));
  writeServerRules(site, sitePolicy(policies, redirects), redirects, '/', search, parseHeaders(HSTS_SETTING));
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  return site;
}

/** Whether an HTTPS server answers at `url` (any status; the certificate is the test's own). */
function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      done(true);
    });
    req.on('error', () => done(false));
    req.end();
  });
}

export interface NginxOptions {
  /** Serve a copy built with HSTS through deploy/nginx-https.conf, with a self-signed certificate made here. */
  readonly https?: boolean;
}

/** Starts nginx over `dist` and resolves once it answers; throws with nginx's own error if it cannot start. */
export async function startNginx(dist: string, options: NginxOptions = {}): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install -y nginx-light)`);
  let root = resolve(dist);
  if (!existsSync(join(root, '_nginx', 'rules.conf'))) throw new Error(`${root}/_nginx/rules.conf not found: run npm run build first`);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  const asRoot = process.getuid?.() === 0;
  let server: string;
  let url = `http://127.0.0.1:${port}/`;
  let plain: string | undefined;
  if (options.https === true) {
    root = copyWithSetting(root, prefix);
    const [certificate, key] = [join(prefix, 'cert.pem'), join(prefix, 'key.pem')];
    const subject = ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'];
    const openssl = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      certificate,
      ...subject,
    ]);
    if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.stderr.toString()}`);
    const httpPort = await freePort();
    const text = readFileSync(new URL('../../deploy/nginx-https.conf', import.meta.url), 'utf8');
    server = localConfig(
      text,
      { listen: [`127.0.0.1:${httpPort}`, `127.0.0.1:${port} ssl`], root, certificate, key },
      'deploy/nginx-https.conf',
    );
    url = `https://127.0.0.1:${port}/`;
    plain = `http://127.0.0.1:${httpPort}/`;
  } else {
    server = localConfig(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8'), {
      listen: [`127.0.0.1:${port}`],
      root,
    });
  }
  writeFileSync(join(prefix, 'server.conf'), server);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      ...(asRoot ? ['user root root;'] : []),
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${prefix}/${t};`),
      `    include ${prefix}/server.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
  const check = spawnSync(NGINX, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (check.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejected deploy/nginx.conf: ${check.stderr || check.error?.message}`);
  }
  const child: ChildProcess = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT'); // nginx's graceful shutdown; the workers end with the master
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited on start (port ${port} taken?): ${stderr}`);
    }
    try {
      if (options.https === true ? await answers(url) : (await fetch(url)).ok) return { url, plain, stop };
    } catch {
      // not listening yet
    }
    if (tries > 100) {
      await stop();
      throw new Error(`nginx did not answer at ${url} within 10 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
