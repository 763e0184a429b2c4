/**
 * Starts nginx over dist/ for the tests of playwright.nginx.config.ts and stops it after them;
 * the tests find it at NGINX_URL (Playwright passes the setup's environment to its workers).
 */
import { startNginx } from './server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const nginx = await startNginx(process.env['DIST_DIR'] ?? 'dist');
  process.env['NGINX_URL'] = nginx.url;
  return () => nginx.stop();
}
