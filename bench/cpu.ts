import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time of the bench's Chromium by process type, in ms, from Linux's /proc (null elsewhere).
 * With software WebGL (SwiftShader) the GPU process draws on the CPU, so its share says how much
 * drawing a page costs; the renderer runs the page's JavaScript; "other" is the browser process,
 * the zygotes and the utility processes (network, storage).
 */
export type ProcessType = 'gpu' | 'renderer' | 'other';
export type CpuByType = Record<ProcessType, number>;

/** Per process: its type and the CPU time it has used so far. */
export type CpuSnapshot = Map<number, { type: ProcessType; ms: number }>;

const USER_HZ = 100; // clock ticks per second on Linux

interface ProcessInfo {
  pid: number;
  parent: number;
  ticks: number;
  args: string[];
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    // Fields after the command name in parentheses: state, ppid, … utime and stime are the 14th and 15th overall.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Zygote children rewrite their command line into one space-separated string.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    return { pid, parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), args };
  } catch {
    return null; // the process ended between listing and reading
  }
}

function processType(args: string[]): ProcessType {
  if (args.includes('--type=gpu-process')) return 'gpu';
  if (args.includes('--type=renderer')) return 'renderer';
  return 'other';
}

/**
 * The Chromium processes this bench started: descendants of this Node process (playwright launches
 * Chromium as its child) whose program is chromium, so a browser test running beside it is not counted.
 */
export function chromiumCpu(): CpuSnapshot | null {
  let processes: ProcessInfo[];
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readProcess(Number(name)))
      .filter((info) => info !== null);
  } catch {
    return null;
  }
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), info]);
  const snapshot: CpuSnapshot = new Map();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      // Debian's /usr/bin/chromium is a script that starts /usr/lib/chromium/chromium.
      if (/chrom(e|ium)$/.test(child.args[0])) snapshot.set(child.pid, { type: processType(child.args), ms: (child.ticks * 1000) / USER_HZ });
      visit(child.pid);
    }
  };
  visit(process.pid);
  return snapshot.size > 0 ? snapshot : null;
}

/**
 * CPU used since `start`, per process type. A process that has ended since is left out (its last
 * figures are gone with it); one that started since counts in full.
 */
export function cpuSince(start: CpuSnapshot | null): CpuByType | null {
  const now = chromiumCpu();
  if (!start || !now) return null;
  const used: CpuByType = { gpu: 0, renderer: 0, other: 0 };
  for (const [pid, { type, ms }] of now) used[type] += ms - (start.get(pid)?.ms ?? 0);
  return used;
}
