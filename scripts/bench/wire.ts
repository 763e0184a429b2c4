/** Bytes on the wire, as Chromium counts them (headers and the gzip body), through its DevTools protocol. */
import type { Page } from 'playwright-core';

export interface WireRead {
  bytes: number;
  urls: Array<{ url: string; bytes: number }>;
}

/** Counts the bytes on the wire of every request `page` makes from now on. */
export async function wireCounter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const urls: Array<{ url: string; bytes: number }> = [];
  const byId = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => byId.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    urls.push({ url: byId.get(e.requestId) ?? '?', bytes: e.encodedDataLength });
  });
  return {
    reset: () => {
      bytes = 0;
      urls.length = 0;
    },
    read: (): WireRead => ({ bytes, urls: [...urls] }),
  };
}

/** Each file read, as "path bytes", for the report. */
export const filesOf = (read: WireRead, origin: string) => read.urls.map((u) => `${u.url.replace(origin, '')} ${u.bytes}`);

/** What a query fetched: its bytes, requests and files. */
export const fetched = (read: WireRead, origin: string) => ({
  bytesOnWire: read.bytes,
  requests: read.urls.length,
  files: filesOf(read, origin),
});
