import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The archive as a real server serves it: Debian's nginx with deploy/nginx.conf over dist/, started
 * and stopped by tests/nginx/global-setup.ts (npm run test:nginx). Same browser as the other tests.
 */
export default defineConfig({
  testDir: 'tests/nginx',
  outputDir: 'test-results/nginx',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  globalSetup: './tests/nginx/global-setup.ts',
  use: { ...(base.use?.launchOptions ? { launchOptions: base.use.launchOptions } : {}) },
});
