/**
 * The last commit's time, in seconds since the epoch, as SOURCE_DATE_EPOCH takes it: a build stamps its
 * output with it, so that two builds of one commit are the same bytes. Undefined outside a git checkout.
 */
import { spawnSync } from 'node:child_process';

export function lastCommitTime(dir: string): string | undefined {
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: dir, encoding: 'utf8' });
  const time = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(time) ? time : undefined;
}
