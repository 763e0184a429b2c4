/**
 * How every tool here starts Chromium: Debian's build (`apt-get install chromium`), never a downloaded
 * browser, with the flags that keep it from calling home (this machine's network reaches only the
 * package registries, and would refuse those connections many times per start). Used by the browser
 * tests (playwright.config.ts, playwright.nginx.config.ts) and the bench (scripts/bench.ts).
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
