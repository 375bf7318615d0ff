/**
 * What the figures were measured on, and whether anything else was using the
 * cores meanwhile: on a 2-core machine one busy neighbour (a test run, a
 * build) can make every time here 1.5–3× slower, and the figures would look
 * plausible. So the bench measures the CPU time other processes took while it
 * ran, and the report says so when it was more than a little.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Above this many cores' worth of other work on average, the report warns. */
export const BUSY_THRESHOLD_CORES = 0.2;

export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Seconds of CPU time all processes have used so far (not idle, not waiting for I/O). */
function busySeconds(): number | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  // user nice system idle iowait irq softirq steal …: everything except idle (3) and iowait (4).
  const busy = fields
    .slice(0, 8)
    .reduce((sum, ticks, i) => (i === 3 || i === 4 ? sum : sum + ticks), 0);
  return busy / TICKS_PER_SECOND;
}

const ownSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Starts watching; the returned function gives the average number of cores
 * that other processes kept busy since then (undefined where /proc/stat is
 * missing). Only this process's own CPU time is subtracted, so call it around
 * work done in this process alone.
 */
export function watchOtherLoad(): () => number | undefined {
  const busy0 = busySeconds();
  const own0 = ownSeconds();
  const wall0 = performance.now();
  return () => {
    const busy1 = busySeconds();
    if (busy0 === undefined || busy1 === undefined) return undefined;
    const wall = (performance.now() - wall0) / 1000;
    return Math.max(0, busy1 - busy0 - (ownSeconds() - own0)) / wall;
  };
}
