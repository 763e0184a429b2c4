/**
 * Pagefind's command line: its binary, found as Pagefind's own npm package finds it, and one run of it
 * over a folder of pages. The archive runs the command line rather than Pagefind's Node API, whose
 * `close()` kills its process: Pagefind hands each file's last write to a thread of its own and
 * answers before that write is done (tokio's `File::write_all` without `flush`, in its
 * `output/mod.rs`), so a process killed at once could lose a file. The command line ends by returning
 * from its `#[tokio::main]` function, and dropping tokio's runtime waits for the blocking operations
 * it started, these writes among them (https://docs.rs/tokio/1.29.0/tokio/runtime/struct.Runtime.html).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { readIndexFolder } from './io.ts';

/**
 * Pagefind's binary, found as Pagefind's npm package finds it (its `lib/resolveBinary.js`, which its
 * package does not export): `PAGEFIND_EXTENDED_BINARY_PATH` or `PAGEFIND_BINARY_PATH` if set, else
 * the binary of the platform's package (`@pagefind/linux-x64`, …), the extended one first.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const set = env[`${name.toUpperCase()}_BINARY_PATH`];
    if (set) return set;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const require = createRequire(import.meta.url);
  for (const name of names) {
    try {
      return require.resolve(
        `@pagefind/${platform}-${env['npm_config_arch'] || arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`,
      );
    } catch {}
  }
  throw new Error(`Pagefind has no binary for ${platform}-${arch()}: is the optional package @pagefind/${platform}-${arch()} installed?`);
}

/** The options every Pagefind run is given besides its folders (a kept search part is keyed by them too). */
export const PAGEFIND_OPTIONS: readonly string[] = ['--force-language', 'en', '--quiet'];

/** The most of a Pagefind process's output kept for an error message. */
const OUTPUT_KEPT = 4_000;

/**
 * Runs Pagefind over every HTML file in `site`, writing its index into `outputPath`, in English
 * (`--force-language`: one metadata file, whatever `lang` the pages have); resolves to the number of
 * pages Pagefind read. It runs in `cwd` with no `PAGEFIND_*` variable, so that no configuration file or
 * variable of the user's changes the index. Throws with Pagefind's output if it fails.
 */
export async function runPagefind(site: string, outputPath: string, cwd: string): Promise<number> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
  const args = ['--site', site, '--output-path', outputPath, ...PAGEFIND_OPTIONS];
  const child = spawn(pagefindBinary(), args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`Pagefind failed on the search part in ${cwd} (${signal ?? `exit code ${code}`}): ${output.trim() || 'no output'}`);
  }
  const { entry, language } = readIndexFolder(outputPath);
  const count = entry.languages[language]?.['page_count'];
  if (typeof count !== 'number') throw new Error(`Pagefind wrote no page count for ${language} in ${outputPath}/pagefind-entry.json`);
  return count;
}
