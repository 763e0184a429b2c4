import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { palettePng } from './png.ts';

describe('palettePng', () => {
  it('writes a PNG a maintained decoder reads back pixel for pixel', () => {
    const palette = Uint8Array.from([246, 243, 234, 26, 26, 26, 31, 78, 121]);
    const pixels = Uint8Array.from({ length: 7 * 3 }, (_, i) => i % 3);
    const png = PNG.sync.read(palettePng(7, 3, palette, pixels));
    expect([png.width, png.height]).toEqual([7, 3]);
    for (let i = 0; i < pixels.length; i++) {
      const c = (pixels[i] ?? 0) * 3;
      expect([...png.data.subarray(i * 4, i * 4 + 4)]).toEqual([palette[c], palette[c + 1], palette[c + 2], 255]);
    }
  });
  it.each([
    ['too few pixels', 2, 2, 3, 3],
    ['a palette not of whole colours', 1, 1, 4, 1],
    ['more than 256 colours', 1, 1, 771, 1],
  ])('refuses %s', (_n, w, h, paletteBytes, pixelCount) =>
    expect(() => palettePng(w, h, new Uint8Array(paletteBytes), new Uint8Array(pixelCount))).toThrow(/palettePng/),
  );
});
