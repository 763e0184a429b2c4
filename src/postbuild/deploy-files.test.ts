import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_BYTES } from '../lib/deploy/compress.ts';
import { precompress } from './deploy-files.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built site of `files` (path → text) in a temporary folder. */
function site(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'precompress-'));
  dirs.push(out);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(out, rel, '..'), { recursive: true });
    writeFileSync(join(out, rel), text);
  }
  return out;
}

const page = (policy: string, words: number) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head>` +
  `<body>${'<p>Kazakhstan and Russia</p>'.repeat(words)}</body></html>`;

describe('precompress', () => {
  it('writes a .gz of the original beside each large text file', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`p${String(i).padStart(2, '0')}/index.html`] = page(`default-src 'self' ${i}`, 100);
    files['small/index.html'] = page("default-src 'self'", 1);
    files['data/a.csv'] = 'id,name\n'.repeat(400);
    files['image.gif'] = 'GIF89a'.repeat(400);
    const out = site(files);
    const names = Object.keys(files).sort();
    const pass = await precompress(out, names, 4);

    const large = names.filter((f) => !f.startsWith('small/') && f !== 'image.gif');
    for (const f of large) expect(gunzipSync(readFileSync(join(out, `${f}.gz`))).toString('utf8'), f).toBe(files[f]);
    expect(existsSync(join(out, 'small/index.html.gz'))).toBe(false);
    expect(Buffer.byteLength(files['small/index.html'] ?? '')).toBeLessThan(MIN_BYTES);
    expect(existsSync(join(out, 'image.gif.gz'))).toBe(false);

    expect(pass.count).toBe(large.length);
    expect(pass.original).toBe(large.reduce((n, f) => n + Buffer.byteLength(files[f] ?? ''), 0));
    expect(pass.gzipped).toBe(large.reduce((n, f) => n + readFileSync(join(out, `${f}.gz`)).byteLength, 0));
  });

  it('fails naming the file it could not read, once the files begun have ended', async () => {
    const out = site({ 'a/index.html': page("default-src 'self'", 100) });
    await expect(precompress(out, ['a/index.html', 'gone/index.html', 'a/index.html'], 2)).rejects.toThrow(
      /^Precompressing gone\/index\.html: ENOENT/,
    );
  });
});
