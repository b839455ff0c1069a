import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time spent by processes and threads, read from /proc (Linux): what a run cost each side, in
 * milliseconds, whatever else loads the machine (wall times on a shared 2-core machine are not).
 * Returns 0 for a process or thread gone or unreadable.
 */
const TICK_MS = 10; // USER_HZ is 100 on every Linux we run on (getconf CLK_TCK)

function cpuMsOf(statPath: string): number {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th, stime the 15th.
    const stat = readFileSync(statPath, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU of each process, by pid (PostgreSQL's backends serving a benchmark). */
export const processesCpuMs = (pids: number[]) =>
  new Map(pids.map((pid) => [pid, cpuMsOf(`/proc/${pid}/stat`)]));

/** This process: its main thread (the event loop) and all its threads (parse threads, GC, libuv). */
export function ownCpuMs(): { mainThread: number; allThreads: number } {
  const usage = process.cpuUsage();
  return {
    mainThread: cpuMsOf(`/proc/self/task/${process.pid}/stat`),
    allThreads: (usage.user + usage.system) / 1000,
  };
}

/**
 * CPU time a thread or process has run, in ms, from /proc/<pid>/schedstat (nanoseconds): fine enough
 * to time one request, where /proc/<pid>/stat counts 10 ms ticks. NaN once it is gone (a pool that
 * replaced its connection): that measurement is not counted.
 */
export function ranMs(pidOrTaskPath: number | string): number {
  const statPath = typeof pidOrTaskPath === "number" ? `/proc/${pidOrTaskPath}/schedstat` : pidOrTaskPath;
  try {
    return Number(readFileSync(statPath, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Every thread of a process (V8's GC helpers and libuv's pool work for the requests too), in ms. */
export function processRanMs(pid: number): number {
  let sum = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) sum += ranMs(`/proc/${pid}/task/${task}/schedstat`);
  return sum;
}
