/**
 * CPU time from /proc (Linux; elsewhere the figures stay undefined), in ms: of one process
 * (user + system, all its threads), of MariaDB and Redis found by name, and of the machine
 * (busy = everything but idle and iowait). 10 ms resolution (USER_HZ is 100 on Linux).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10;

export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

function machineBusyMs(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return (ticks.reduce((sum, value) => sum + value, 0) - idle) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** Processes of this machine by command name (the database and cache servers). */
function findProcesses(names: readonly string[]): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return names.includes(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

const databasePids = findProcesses(['mariadbd', 'mysqld']);
const redisPids = findProcesses(['redis-server']);

export interface CpuSample {
  at: number;
  server: number | undefined;
  loadGenerator: number | undefined;
  database: number | undefined;
  redis: number | undefined;
  machine: number | undefined;
}

const sumOf = (pids: readonly number[]): number | undefined =>
  pids.length === 0 ? undefined : pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);

export function sampleCpu(serverPid: number | undefined): CpuSample {
  return {
    at: performance.now(),
    server: processCpuMs(serverPid),
    loadGenerator: processCpuMs(process.pid),
    database: sumOf(databasePids),
    redis: sumOf(redisPids),
    machine: machineBusyMs(),
  };
}

/** Percent of one core used by each between two samples. */
export type CpuShare = Record<Exclude<keyof CpuSample, 'at'>, number | undefined>;

export function cpuShare(before: CpuSample, after: CpuSample): CpuShare {
  const elapsed = after.at - before.at;
  const share = (key: keyof CpuShare): number | undefined => {
    const start = before[key];
    const end = after[key];
    return start === undefined || end === undefined ? undefined : ((end - start) / elapsed) * 100;
  };
  return {
    server: share('server'),
    loadGenerator: share('loadGenerator'),
    database: share('database'),
    redis: share('redis'),
    machine: share('machine'),
  };
}

/** Whatever else ran meanwhile (other users, builds), in % of one core. */
export function otherShare(cpu: CpuShare): number | undefined {
  return cpu.machine === undefined
    ? undefined
    : cpu.machine - (cpu.server ?? 0) - (cpu.loadGenerator ?? 0) - (cpu.database ?? 0) - (cpu.redis ?? 0);
}
