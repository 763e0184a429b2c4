import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (apt-get install chromium), never a downloaded browser:
 * this machine's network reaches only the package registries. The flags keep Chromium from
 * calling home, which the closed network would refuse many times per start.
 */
const port = Number(process.env['PORT'] ?? 4321);
const base = process.env['ARCHIVE_BASE'] ?? '/';

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
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
