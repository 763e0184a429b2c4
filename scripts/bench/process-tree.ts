/**
 * A build's time, CPU time and peak memory, for the whole process tree it starts: the command runs as
 * the leader of a new process group, and the group's resident set sizes are summed from /proc every
 * 100 ms while it runs (Pagefind's binary, esbuild and workers counted with it).
 */
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MiB = 2 ** 20;
const PAGE = 4096;
/** The kernel's process table: where a build's memory is read while it runs (not content). */
const PROC = '/proc';

/** The resident set size of every process in process group `pgid`, summed, in bytes. */
export function groupRss(pgid: number): number {
  let sum = 0;
  for (const name of readdirSync(PROC)) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`${PROC}/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended while we looked.
    }
    // Fields after the command name (which may hold spaces): state ppid pgrp … rss is the 24th field.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) sum += Number(fields[21]) * PAGE;
  }
  return sum;
}

export interface Run {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  log: string;
}

const CPU_MARK = 'BENCH_CPU_SECONDS';

/** The user + system CPU seconds GNU time wrote at the end of a log. */
function cpuSecondsOf(log: string): number {
  const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(log);
  return cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
}

/**
 * Runs a command as the leader of a new process group and samples the group's memory until it
 * exits; every child it starts (Pagefind's binary, esbuild, workers) is counted with it.
 */
export function runTree(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    // The build's output goes to a file, not a pipe to this process: Node writes to a pipe
    // synchronously on Linux, so a build that logs each of its pages (26,000 lines for the archive at
    // 10,000 articles, 10,000 for the reference) would wait whenever this process is slow to read.
    const logDir = mkdtempSync(join(tmpdir(), 'bench-log-'));
    const logFile = join(logDir, 'build.log');
    const out = openSync(logFile, 'w');
    // GNU time reports the user + system CPU seconds of the command and every child it waited for:
    // on a shared machine, CPU time compares two builds better than wall time, which other loads stretch.
    const child = spawn('/usr/bin/time', ['-f', `${CPU_MARK} %U %S`, cmd, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    let peakBytes = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, groupRss(child.pid));
    }, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      rmSync(logDir, { recursive: true, force: true });
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const log = readFileSync(logFile, 'utf8');
      rmSync(logDir, { recursive: true, force: true });
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${log.slice(-6000)}`));
      else ok({ seconds, cpuSeconds: cpuSecondsOf(log), peakBytes, log });
    });
  });
}
