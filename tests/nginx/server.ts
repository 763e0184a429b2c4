/**
 * Serves a build with Debian's nginx and deploy/nginx.conf, for the tests: a temporary prefix folder
 * holds a minimal main configuration (pid file, logs, temporary files) that includes the server
 * block, copied with only its `listen` and `root` lines changed (src/lib/deploy/nginx-conf.ts).
 * nginx runs in the foreground as a child of this process (its workers as the same user, also when that is
 * root, so a checkout that only its owner may read is served too), on
 * 127.0.0.1 and a free port (NGINX_PORT, or one the system picks), and is stopped by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localServerConfig } from '../../src/lib/deploy/nginx-conf.ts';

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
  stop(): Promise<void>;
}

/** Starts nginx over `dist` and resolves once it answers; throws with nginx's own error if it cannot start. */
export async function startNginx(dist: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install -y nginx-light)`);
  const root = resolve(dist);
  if (!existsSync(join(root, '_nginx', 'rules.conf'))) throw new Error(`${root}/_nginx/rules.conf not found: run npm run build first`);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  const asRoot = process.getuid?.() === 0;
  const server = localServerConfig(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8'), `127.0.0.1:${port}`, root);
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
  const url = `http://127.0.0.1:${port}/`;
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
      if ((await fetch(url)).ok) return { url, stop };
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
