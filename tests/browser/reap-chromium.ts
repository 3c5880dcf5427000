/**
 * Global setup of every Vitest project that opens Chromium: Playwright starts the browser in a
 * process group of its own as a child of this (the main Vitest) process. When this process is
 * killed outright, Chromium takes about 3 s to notice and exit; the toolkit's reaper kills the
 * group at once instead. Chromium is found among this process's children as soon as it starts.
 * A killed Chromium also leaves its profile folder (over 1 MB) in the temporary directory, where
 * Playwright made it: the reaper removes that too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { reapWithThisProcess, removeWithThisProcess } from '../../site/lib/literate/index.ts';

/** The profile folder a Chromium process was started with, if it can still be read. */
function profileOf(pid: number): string | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
  } catch {
    return undefined; // gone already
  }
}

/** [pid, parent pid, process group, command name] of every process. */
function processes(): Array<[number, number, number, string]> {
  const found: Array<[number, number, number, string]> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.push([Number(entry), Number(ppid), Number(pgid), name]);
    } catch {
      // gone while we looked
    }
  }
  return found;
}

export function setup(): () => void {
  const known = new Set<number>();
  const watch = setInterval(() => {
    for (const [pid, ppid, pgid, name] of processes())
      if (ppid === process.pid && name.startsWith('chrom') && !known.has(pgid)) {
        known.add(pgid);
        reapWithThisProcess(pgid === pid ? pgid : pid);
        const profile = profileOf(pid);
        if (profile !== undefined) removeWithThisProcess(profile);
      }
  }, 100);
  watch.unref();
  return () => clearInterval(watch);
}
