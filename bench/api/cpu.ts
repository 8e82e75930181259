/**
 * CPU time of a local workerd, read from /proc (Linux): user + system time of every `workerd`
 * process in the bench Worker's process group. Unlike wall time it does not count waiting for
 * the other processes of a busy machine. Resolution: one clock tick (10 ms), so measure many requests.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU milliseconds used so far by the workerd processes of process group `pgid`. */
export function workerdCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
    if (comm === 'workerd' && Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

/** CPU ms per call of `once`, over `count` sequential calls. */
export async function cpuPerCall(pgid: number, count: number, once: (i: number) => Promise<void>): Promise<number> {
  const before = workerdCpuMs(pgid);
  for (let i = 0; i < count; i++) await once(i);
  return Math.round(((workerdCpuMs(pgid) - before) / count) * 10) / 10;
}
