import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindBinary } from './cli.ts';
import { CHECKED_PAGEFIND_VERSIONS, checkPagefindVersion, installedPagefindVersion, versionFromOutput, versionRefusal } from './version.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pagefind-version-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in Pagefind binary that answers `--version` with `output`. */
function fakePagefind(output: string): string {
  const file = join(scratch, `pagefind-${output.replace(/\W+/g, '-')}`);
  writeFileSync(file, `#!/bin/sh\necho '${output}'\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('the Pagefind version gate', () => {
  it.each([
    ['pagefind 1.5.2\n', '1.5.2'],
    ['pagefind_extended 1.6.0', '1.6.0'],
    ['pagefind 2.0.0-beta.1', '2.0.0-beta.1'],
  ])('reads the version in %j', (output, version) => {
    expect(versionFromOutput(output)).toBe(version);
  });

  it.each(['', 'Pagefind', 'pagefind one'])('refuses %j as a version output', (output) => {
    expect(() => versionFromOutput(output)).toThrow(/expected "pagefind <version>"/);
  });

  it('lets a checked version through and stops another, naming both', () => {
    expect(versionRefusal('1.5.2', ['1.5.2'])).toBeUndefined();
    const refusal = versionRefusal('1.6.0', ['1.5.2']);
    expect(refusal).toMatch(/^Pagefind 1\.6\.0 is installed/);
    expect(refusal).toContain('checked against Pagefind 1.5.2 only');
    expect(refusal).toContain('src/lib/pagefind/version.ts');
  });

  it('asks the installed binary, which npm ci installs at a checked version', () => {
    expect(CHECKED_PAGEFIND_VERSIONS).toContain(installedPagefindVersion(pagefindBinary()));
    expect(() => checkPagefindVersion(pagefindBinary())).not.toThrow();
  });

  it('stops at a binary of another version, and names a binary that does not answer', () => {
    expect(() => checkPagefindVersion(fakePagefind('pagefind 1.6.0'))).toThrow(/Pagefind 1\.6\.0 is installed.*Pagefind 1\.5\.2 only/);
    expect(() => installedPagefindVersion(fakePagefind('hello'))).toThrow(/pagefind-hello: expected "pagefind <version>"/);
    expect(() => installedPagefindVersion(join(scratch, 'missing'))).toThrow(/could not run it with --version/);
  });

  it('stops `npm run build` before it writes anything', () => {
    const outDir = join(scratch, 'dist');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ARCHIVE_SITE: 'http://localhost:4321', PAGEFIND_BINARY_PATH: fakePagefind('pagefind 1.6.0') },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Build stopped before writing anything: Pagefind 1\.6\.0 is installed.*Pagefind 1\.5\.2 only/);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.partial`)).toBe(false);
  });
});
