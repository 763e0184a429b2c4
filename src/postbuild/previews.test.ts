import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
