import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time used so far by every process of the bench's Chromium (browser, renderer, GPU, utility),
 * in ms, from Linux's /proc; null elsewhere. With software WebGL (SwiftShader) the GPU process does
 * the drawing on the CPU, so this says how much work a page load is, whatever the wall clock says.
 */
export function chromiumCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const hz = 100; // USER_HZ: clock ticks per second on Linux
  let ticks = 0;
  let found = false;
  for (const pid of pids) {
    try {
      // Debian's /usr/bin/chromium is a script that starts /usr/lib/chromium/chromium.
      // Zygote children rewrite their command line into one space-separated string.
      if (!/chrom(e|ium)$/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/)[0])) continue;
      // Fields after the command name in parentheses; utime and stime are the 14th and 15th overall.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      found = true;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found ? (ticks * 1000) / hz : null;
}
