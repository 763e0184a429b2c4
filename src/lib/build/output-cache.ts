import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The finishing step's cache (src/postbuild/): what it made at the last build (search parts, download
 * files, `.gz` copies, server rules), each under a key that is a digest of everything it was made from,
 * so that a build copies what it would make the same and makes only the rest. It lives beside Astro's
 * page cache (`<cacheDir>/kz-outputs/`, src/lib/build/cache.ts).
 *
 * Files are kept once each, named by the SHA-256 of their bytes (`objects/ab/cdef…`), and put into a
 * build by a hard link where the file system allows (a copy otherwise), so keeping them costs no
 * second write. A hard link shares its bytes with the build's copy: a file of `dist/` edited in place
 * edits the kept one too, so each kept file's size and time are recorded, and a kept entry whose file
 * differs is discarded, and said, and made again. `index.json` names each key's files; it is replaced
 * whole (written aside, then renamed) only once a build has finished its outputs, so a build killed
 * half-way leaves the previous index, whose files it never removed. It records the build's code, as
 * the page cache's guard does (cache-keys-guard.ts): other code, a changed dependency or another Node
 * drops everything.
 */

/** The folder, inside the cache folder, where the finishing step keeps its outputs. */
export const OUTPUTS_CACHE = 'kz-outputs';

interface Kept {
  /** Path relative to where the entry is restored → the object's name. */
  readonly files: Readonly<Record<string, string>>;
}

interface CacheIndex {
  readonly code: string;
  readonly entries: Readonly<Record<string, Kept>>;
  /** Object name → `size:mtimeMs` when it was stored. */
  readonly stamps: Readonly<Record<string, string>>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function stampOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Puts `from` at `to` by a hard link, or by a copy across file systems. */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    copyFileSync(from, to);
  }
}

function readIndex(file: string): CacheIndex | 'unreadable' | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as CacheIndex;
    if (typeof index.code !== 'string' || typeof index.entries !== 'object' || typeof index.stamps !== 'object') return 'unreadable';
    return index;
  } catch {
    return 'unreadable';
  }
}

/** The finishing step's cache in `dir`, for one build: read at its start, written by `close()`. */
export class OutputCache {
  readonly dir: string;
  readonly #code: string;
  readonly #was: CacheIndex;
  readonly #entries = new Map<string, Kept>();
  readonly #stamps = new Map<string, string>();
  readonly #said: string[] = [];
  readonly #tally = new Map<string, { kept: number; made: number }>();
  #discarded = 0;

  /** Opens the cache in `dir` for a build of `code` (a digest of the build's code); `said` gets what was discarded. */
  constructor(dir: string, code: string) {
    this.dir = dir;
    this.#code = code;
    const index = readIndex(join(dir, 'index.json'));
    const empty: CacheIndex = { code, entries: {}, stamps: {} };
    if (index === 'unreadable') this.#said.push(`Discarded the outputs cache in ${dir}: its index.json is not as this build writes it.`);
    else if (index !== undefined && index.code !== code)
      this.#said.push(`Discarded the outputs cache in ${dir}: the build’s code changed since it was made.`);
    this.#was = index === undefined || index === 'unreadable' || index.code !== code ? empty : index;
  }

  /** What the cache discarded since the last call, one line each, for the build to print. */
  said(): string[] {
    const lines = this.#said.splice(0);
    if (this.#discarded > 0)
      lines.push(
        `Discarded ${this.#discarded} kept output(s) in ${this.dir} whose files changed since the last build; they are made again.`,
      );
    this.#discarded = 0;
    return lines;
  }

  /** How many entries of each kind (a key's first word, before `:`) this build took from the cache, and made. */
  tally(): Record<string, { kept: number; made: number }> {
    return Object.fromEntries(this.#tally);
  }

  #count(key: string, what: 'kept' | 'made'): void {
    const kind = key.split(':', 1)[0] ?? key;
    const counts = this.#tally.get(kind) ?? { kept: 0, made: 0 };
    counts[what] += 1;
    this.#tally.set(kind, counts);
  }

  #object(name: string): string {
    return join(this.dir, 'objects', name.slice(0, 2), name.slice(2));
  }

  /** The kept entry of `key`, if each of its files is as stored; an entry whose files changed is discarded. */
  #valid(key: string): Kept | undefined {
    const kept = this.#entries.get(key) ?? this.#was.entries[key];
    if (kept === undefined) return undefined;
    for (const name of Object.values(kept.files)) {
      const stamp = this.#was.stamps[name] ?? this.#stamps.get(name);
      if (stamp === undefined || stampOf(this.#object(name)) !== stamp) {
        this.#discarded += 1;
        return undefined;
      }
    }
    return kept;
  }

  /** Keeps `key` for the next build without putting its files anywhere; false when not kept or changed. */
  keep(key: string): boolean {
    const kept = this.#valid(key);
    if (kept !== undefined) this.#use(key, kept);
    return kept !== undefined;
  }

  #use(key: string, kept: Kept): void {
    this.#entries.set(key, kept);
    for (const name of Object.values(kept.files)) {
      const stamp = this.#was.stamps[name] ?? this.#stamps.get(name);
      if (stamp !== undefined) this.#stamps.set(name, stamp);
    }
  }

  /** Puts the files kept under `key` into `into` (their relative paths); false when not kept or changed. */
  restore(key: string, into: string): boolean {
    const kept = this.#valid(key);
    if (kept === undefined) return false;
    for (const [rel, name] of Object.entries(kept.files)) linkOrCopy(this.#object(name), join(into, rel));
    this.#use(key, kept);
    this.#count(key, 'kept');
    return true;
  }

  /** The relative paths of the files kept under `key` (after `has` or `restore`), sorted. */
  filesOf(key: string): string[] {
    return Object.keys(this.#entries.get(key)?.files ?? {}).sort();
  }

  /** Keeps the files `rels` of folder `from` under `key` (none: the key made nothing, which is kept too). */
  put(key: string, from: string, rels: readonly string[]): void {
    const files: Record<string, string> = {};
    for (const rel of rels) {
      const file = join(from, rel);
      const name = sha256(readFileSync(file));
      const object = this.#object(name);
      let stamp = this.#stamps.get(name) ?? this.#was.stamps[name];
      if (stamp === undefined || stampOf(object) !== stamp) {
        rmSync(object, { force: true });
        linkOrCopy(file, object);
        stamp = stampOf(object) as string;
      }
      this.#stamps.set(name, stamp);
      files[rel] = name;
    }
    this.#entries.set(key, { files });
    this.#count(key, 'made');
  }

  /**
   * Writes the index of what this build used and made, and removes every other file: the next build
   * keeps what this one would make again, and nothing of removed articles or changed pages.
   */
  close(): void {
    mkdirSync(this.dir, { recursive: true });
    const used = new Set([...this.#entries.values()].flatMap((k) => Object.values(k.files)));
    const index: CacheIndex = {
      code: this.#code,
      entries: Object.fromEntries([...this.#entries].sort(([a], [b]) => (a < b ? -1 : 1))),
      stamps: Object.fromEntries([...this.#stamps].filter(([name]) => used.has(name))),
    };
    const file = join(this.dir, 'index.json');
    writeFileSync(`${file}.partial`, JSON.stringify(index));
    renameSync(`${file}.partial`, file);
    const objects = join(this.dir, 'objects');
    if (!existsSync(objects)) return;
    for (const fan of readdirSync(objects)) {
      for (const rest of readdirSync(join(objects, fan))) if (!used.has(fan + rest)) rmSync(join(objects, fan, rest), { force: true });
    }
  }
}

/** A digest of `parts`, each taken as given (strings and bytes), separated so that no two lists give one digest. */
export function digestOf(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
