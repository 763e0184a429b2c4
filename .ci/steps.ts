/**
 * `npm test`, one step at a time, each timed: the steps are read from package.json (a script made only
 * of `npm run` parts is opened into them, any other part is a step), so the list cannot drift from
 * what `npm test` runs. Writes a line per step (name, seconds, exit code, the load average before and
 * after) to the file given, and stops at the first failing step as `npm test` would. The machine's
 * load is written beside each time because a shared machine's timings mean little without it.
 *
 * Usage (after `npm ci`): node .ci/steps.ts <out.tsv> [script, default test]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The steps of a script: its `&&` parts, each `npm run <name>` opened into that script's steps. */
function stepsOf(name: string, all: Readonly<Record<string, string>>): string[] {
  const body = all[name];
  if (body === undefined) throw new Error(`no script "${name}" in package.json`);
  return body.split(' && ').flatMap((part) => {
    const run = /^npm run ([\w:-]+)$/.exec(part.trim());
    return run?.[1] === undefined ? [part.trim()] : stepsOf(run[1], all);
  });
}

const [out, script = 'test'] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node .ci/steps.ts <out.tsv> [script]');
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
writeFileSync(out, 'step\tseconds\texit\tload before\tload after\n');
for (const step of stepsOf(script, scripts)) {
  const before = load();
  const start = performance.now();
  // Run as `npm run` runs a script: node_modules/.bin (and its Node) first on PATH. Not through
  // `npm exec -c`, which leaves npm_config_call in the environment and breaks every `npx` the step starts
  // (Playwright's web server).
  const { npm_config_call: _call, ...inherited } = process.env;
  const env = { ...inherited, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
  const result = spawnSync('sh', ['-c', step], { cwd: root, stdio: 'inherit', env });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  appendFileSync(out, `${step}\t${seconds}\t${result.status}\t${before}\t${load()}\n`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
