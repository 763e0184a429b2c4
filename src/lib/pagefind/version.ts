/**
 * The version gate: the modules of this folder read and write Pagefind's index files as the versions
 * in `CHECKED_PAGEFIND_VERSIONS` write them (checked by tests/build/search-parts.build.ts, which indexes
 * the built site with the installed Pagefind both whole and in parts and compares). Pagefind documents
 * no stable file format, so another version may write files the merge misreads, or an index the
 * browser cannot read; the build asks the installed binary its version before it writes anything and
 * stops with a message naming both versions. After checking src/lib/pagefind/ against a new version
 * (`npm run test:build`), add it here.
 */
import { spawnSync } from 'node:child_process';
import { pagefindBinary } from './cli.ts';

/** The Pagefind versions whose files this folder has been checked against. */
export const CHECKED_PAGEFIND_VERSIONS: readonly string[] = ['1.5.2'];

/** The version in the output of `pagefind --version` (`pagefind 1.5.2`); throws when there is none. */
export function versionFromOutput(output: string): string {
  const match = /^pagefind(?:_extended)? v?(\d+\.\d+\.\d+\S*)\s*$/.exec(output.trim());
  if (match?.[1] === undefined) throw new Error(`expected "pagefind <version>" from pagefind --version, got "${output.trim()}"`);
  return match[1];
}

/** Why the build must stop with Pagefind `installed`, or undefined when it is a checked version. */
export function versionRefusal(installed: string, checked: readonly string[] = CHECKED_PAGEFIND_VERSIONS): string | undefined {
  if (checked.includes(installed)) return undefined;
  return (
    `Pagefind ${installed} is installed, but the search index's reader and merge (src/lib/pagefind/) have been checked ` +
    `against Pagefind ${checked.join(', ')} only, and another version's files may not be read right. Install Pagefind ` +
    `${checked.at(-1)} (npm ci), or check src/lib/pagefind/ against ${installed} (npm run test:build) and add it to ` +
    'CHECKED_PAGEFIND_VERSIONS in src/lib/pagefind/version.ts.'
  );
}

/** The version of the Pagefind binary the build runs (`binary --version`); throws naming the binary if it cannot tell. */
export function installedPagefindVersion(binary = pagefindBinary()): string {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(`Pagefind ${binary}: could not run it with --version (${run.error?.message ?? `exit code ${run.status}`})`);
  }
  try {
    return versionFromOutput(run.stdout);
  } catch (error) {
    throw new Error(`Pagefind ${binary}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Throws the gate's message when the installed Pagefind is not a checked version; returns the version. */
export function checkPagefindVersion(binary = pagefindBinary()): string {
  const installed = installedPagefindVersion(binary);
  const refusal = versionRefusal(installed);
  if (refusal !== undefined) throw new Error(refusal);
  return installed;
}
