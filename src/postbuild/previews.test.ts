import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, renderCard, writePreviews } from './previews.ts';

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

describe('renderCard', () => {
  it('renders a 1200×630 PNG whose text differs with the title, Latin and Cyrillic alike', async () => {
    const site = 'Kazakhstan–Russia Archive';
    const latin = await renderCard({ title: 'Kazakhs fear becoming a new imperial target', line: 'AsiaNews · 28 December 2022', site });
    const cyrillic = await renderCard({ title: 'Казахи боятся стать новой имперской целью', line: 'AsiaNews · 28 December 2022', site });
    expect(pngSize(latin)).toEqual([1200, 630]);
    expect(pngSize(cyrillic)).toEqual([1200, 630]);
    expect(latin.equals(cyrillic)).toBe(false);
  });
});

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
  it('writes each card where its page says it is, and renders again only a card that changed', async () => {
    const cache = site();
    const first = site();
    const written = await writePreviews(first, entries, 'An archive', cache);
    expect(written).toEqual({ files: ['preview.png', 'events/an-event/preview.png'], rendered: 2 });
    for (const f of written.files) expect(pngSize(readFileSync(join(first, f)))).toEqual([1200, 630]);
    const second = site();
    const changed = [entries[0] ?? entries[1], { ...entries[1], title: 'An event, renamed' }] as typeof entries;
    expect((await writePreviews(second, changed, 'An archive', cache)).rendered).toBe(1);
    expect(readFileSync(join(second, 'preview.png')).equals(readFileSync(join(first, 'preview.png')))).toBe(true);
    expect(readFileSync(join(second, 'events/an-event/preview.png')).equals(readFileSync(join(first, 'events/an-event/preview.png')))).toBe(
      false,
    );
  });
  it('keys a card by its text and layout', () => {
    const text = { title: 'A', line: 'B', site: 'C' };
    expect(cardKey(text)).toBe(cardKey({ ...text }));
    expect(cardKey({ ...text, line: 'B2' })).not.toBe(cardKey(text));
  });
});
