/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions and the modules (npm packages, or
 * files of this repository) with the most self time. Used to find where `astro build` spends its time:
 *
 *   ARCHIVE_CONTENT=DIR node --cpu-prof --cpu-prof-dir=PROF node_modules/astro/bin/astro.mjs build --force --outDir OUT
 *   node scripts/bench/profile.ts PROF/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The npm package a script belongs to, or its path in this repository, or V8's own label. */
export function moduleOf(url: string): string {
  if (url === '') return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:*';
  const local = /\/(src|scripts|dist|\.astro)\/(.*)$/.exec(url);
  return local ? `${local[1]}/${local[2]!.replace(/\?.*$/, '')}` : url;
}

export function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fns = new Map<string, number>();
  const mods = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    total += us;
    const fn = `${f.functionName || '(anonymous)'} ${moduleOf(f.url)}:${f.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    const m = moduleOf(f.url);
    mods.set(m, (mods.get(m) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pct: +((100 * us) / total).toFixed(1) }));
  return { totalMs: Math.round(total / 1000), functions: rank(fns), modules: rank(mods) };
}

if (import.meta.main) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: node scripts/bench/profile.ts FILE.cpuprofile [top]');
    process.exit(2);
  }
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top ?? 25));
  console.log(`Total sampled: ${s.totalMs} ms\n\nSelf time by module:`);
  for (const m of s.modules) console.log(`${String(m.ms).padStart(8)} ms ${String(m.pct).padStart(5)}%  ${m.name}`);
  console.log('\nSelf time by function:');
  for (const f of s.functions) console.log(`${String(f.ms).padStart(8)} ms ${String(f.pct).padStart(5)}%  ${f.name}`);
}
