import { readFileSync } from "node:fs";
import { adminQuery } from "./search-bench-database.ts";

/**
 * CPU spent per request by the server process and by the PostgreSQL backends serving one database,
 * read from /proc (Linux, PostgreSQL on this machine). On a shared 2-core machine a request's wall
 * time mostly measures waiting for a core; its CPU time says what it costs, whatever else runs.
 */
export interface CpuCost {
  serverMs: number;
  postgresMs: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process in milliseconds; null when it cannot be read (gone, not Linux). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function backends(database: string): Promise<number[]> {
  const { rows } = await adminQuery(
    `SELECT pid FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
  );
  return rows.map((r) => r.pid as number);
}

/**
 * Runs `load` and divides the CPU the server (`serverPid`) and the backends of `database` used
 * meanwhile by the requests it answered. A backend opened during the load counts from zero; one
 * closed during it is missed (the pool keeps its connections while busy). Null where /proc says
 * nothing.
 */
export async function withCpuCost<T extends { requests: number }>(
  serverPid: number | undefined,
  database: string,
  load: () => Promise<T>,
): Promise<T & { cpu: CpuCost | null }> {
  const before = new Map<number, number>();
  for (const pid of await backends(database)) before.set(pid, processCpuMs(pid) ?? 0);
  const serverBefore = serverPid ? processCpuMs(serverPid) : null;
  const result = await load();
  const serverAfter = serverPid ? processCpuMs(serverPid) : null;
  let postgres = 0;
  for (const pid of new Set([...before.keys(), ...(await backends(database))]))
    postgres += (processCpuMs(pid) ?? before.get(pid) ?? 0) - (before.get(pid) ?? 0);
  const cpu =
    serverBefore === null || serverAfter === null || result.requests === 0
      ? null
      : { serverMs: (serverAfter - serverBefore) / result.requests, postgresMs: postgres / result.requests };
  return { ...result, cpu };
}

export const formatCpu = (cpu: CpuCost | null) =>
  cpu
    ? `CPU per request: server ${cpu.serverMs.toFixed(2)} ms + PostgreSQL ${cpu.postgresMs.toFixed(2)} ms = ${(cpu.serverMs + cpu.postgresMs).toFixed(2)} ms`
    : "CPU per request: not readable here";
