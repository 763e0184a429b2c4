// Fails when a tracked source line is longer than MAX_LINE characters.
// Usage: node scripts/check-lines.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const MAX_LINE = 140;

const EXTENSIONS = ['.ts', '.mjs', '.astro', '.css', '.json'];
const SKIPPED_FILES = new Set(['package-lock.json']);
const SKIPPED_DIRECTORIES = ['bench/bare/', 'tests/fixtures/'];

/** Whether a repository-relative path is one the check reads. */
export function isChecked(file: string): boolean {
  if (!EXTENSIONS.some((extension) => file.endsWith(extension))) return false;
  if (SKIPPED_FILES.has(file)) return false;
  return !SKIPPED_DIRECTORIES.some((directory) => file.startsWith(directory));
}

/** One message per line of `text` longer than `max` characters (counted as code points). */
export function longLines(file: string, text: string, max = MAX_LINE): string[] {
  const messages: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const length = [...line].length;
    if (length > max) messages.push(`${file}:${index + 1}: ${length} characters; expected at most ${max}`);
  });
  return messages;
}

function main(): void {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((file) => file !== '' && isChecked(file) && existsSync(file));
  const messages = files.flatMap((file) => longLines(file, readFileSync(file, 'utf8')));
  for (const message of messages) console.error(message);
  if (messages.length > 0) {
    console.error(`${messages.length} line(s) longer than ${MAX_LINE} characters`);
    process.exit(1);
  }
  console.log(`check-lines: ${files.length} files, every line at most ${MAX_LINE} characters`);
}

if (import.meta.main) main();
