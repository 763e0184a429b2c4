import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
import { settingsFrom } from './src/lib/site/settings.ts';

/** Browser tests run in Debian's Chromium with the flags of scripts/chromium.ts. */
const port = Number(process.env['PORT'] ?? 4321);
const { base } = settingsFrom(process.env, process.cwd());

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
