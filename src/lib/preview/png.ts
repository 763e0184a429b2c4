/**
 * A PNG encoder for an 8-bit palette image, the card's format: a card has four colours and their
 * anti-aliased blends over the ground, so a palette holds it exactly and makes the file a fraction
 * of an RGBA one. Written on Node's zlib (deflate and CRC-32) because that is all the format needs
 * beyond a few fixed headers; the PNG packages on npm encode RGBA and would need a quantiser too.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The PNG of a `width` × `height` image whose pixels (row by row, one byte each) index `palette`
 * (red, green, blue, one byte each, at most 256 colours).
 */
export function palettePng(width: number, height: number, palette: Uint8Array, pixels: Uint8Array): Buffer {
  if (pixels.length !== width * height) throw new Error(`palettePng: ${pixels.length} pixels for ${width}×${height}`);
  if (palette.length % 3 !== 0 || palette.length > 768) throw new Error(`palettePng: a palette of ${palette.length} bytes`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method, no interlace
  // Level 3: the levels above it cost several times the CPU of drawing the card for a few KB less.
  // Each row starts with its filter type, 0 (none): a palette image compresses best unfiltered.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
