/**
 * Starts nginx over dist/ for the tests of playwright.nginx.config.ts and stops it after them, twice:
 * with deploy/nginx.conf (NGINX_URL), and with deploy/nginx-https.conf over a copy built with HSTS on
 * (NGINX_HTTPS_URL, and NGINX_HTTP_URL for its redirect to HTTPS). Playwright passes the setup's
 * environment to its workers.
 */
import { startNginx } from './server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = process.env['DIST_DIR'] ?? 'dist';
  const nginx = await startNginx(dist);
  const https = await startNginx(dist, { https: true }).catch(async (error: unknown) => {
    await nginx.stop();
    throw error;
  });
  process.env['NGINX_URL'] = nginx.url;
  process.env['NGINX_HTTPS_URL'] = https.url;
  process.env['NGINX_HTTP_URL'] = https.plain ?? '';
  return async () => {
    await Promise.all([nginx.stop(), https.stop()]);
  };
}
