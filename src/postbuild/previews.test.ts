import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache } from '../lib/build/output-cache.ts';
import { writePreviews } from './previews.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('writePreviews', () => {
  const entries = [
    { path: '/preview.png', title: 'An archive, 2020–2022', line: 'A research archive' },
    { path: '/events/an-event/preview.png', title: 'An event', line: '7 January 2022' },
  ];
  const site = () => {
    const out = mkdtempSync(join(tmpdir(), 'previews-test-'));
    dirs.push(out);
    mkdirSync(join(out, 'events', 'an-event'), { recursive: true });
    return out;
  };
  it('writes each card where its page says it is, and nothing else', async () => {
    const out = site();
    const written = await writePreviews(out, entries, 'An archive');
    expect(written).toEqual(['preview.png', 'events/an-event/preview.png']);
    for (const f of written) expect(pngSize(readFileSync(join(out, f)))).toEqual([1200, 630]);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      'events',
      'events/an-event',
      'events/an-event/preview.png',
      'preview.png',
    ]);
  });

  it('takes a card whose text is the last build’s from the outputs cache, and draws one whose text changed', async () => {
    const cacheDir = site();
    const first = site();
    const cold = new OutputCache(cacheDir, 'code');
    await writePreviews(first, entries, 'An archive', cold);
    expect(cold.tally()['preview']).toEqual({ kept: 0, made: 2 });
    cold.close();

    const second = site();
    const changed = [entries[0], { ...entries[1], title: 'An event, renamed' }] as typeof entries;
    const warm = new OutputCache(cacheDir, 'code');
    expect(await writePreviews(second, changed, 'An archive', warm)).toEqual(['preview.png', 'events/an-event/preview.png']);
    expect(warm.tally()['preview']).toEqual({ kept: 1, made: 1 });
    expect(readFileSync(join(second, 'preview.png'))).toEqual(readFileSync(join(first, 'preview.png')));
    const redrawn = site();
    await writePreviews(redrawn, changed, 'An archive');
    expect(readFileSync(join(second, 'events/an-event/preview.png'))).toEqual(readFileSync(join(redrawn, 'events/an-event/preview.png')));
    expect(readFileSync(join(second, 'events/an-event/preview.png'))).not.toEqual(readFileSync(join(first, 'events/an-event/preview.png')));
  });

  it('draws every card again for another site name, which every card shows', async () => {
    const cacheDir = site();
    const cache = new OutputCache(cacheDir, 'code');
    await writePreviews(site(), entries, 'An archive', cache);
    cache.close();
    const again = new OutputCache(cacheDir, 'code');
    await writePreviews(site(), entries, 'Another archive', again);
    expect(again.tally()['preview']).toEqual({ kept: 0, made: 2 });
  });
});
