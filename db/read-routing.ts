import { Kysely, PostgresDialect, type PostgresPool } from "kysely";
import { createDatabase, type DatabaseHandle, type DB } from "./database.ts";
import { primaryWalPosition, standbyPosition } from "./repositories/replication.ts";
import type { Database } from "./schema.ts";

/**
 * Reads that may be a little behind (public pages, search, API, feeds, exports) go to a streaming
 * replica; everything else stays on the primary. Every second the primary's WAL position is read
 * and each replica's delay measured against the positions of the last seconds: a replica more than `maxLagSeconds` behind, or down, is
 * skipped until a later check finds it well again; with none usable, reads go to the primary.
 *
 * A replica is first used once it has replayed what the primary had written when this process
 * started: a deploy runs its migrations and then starts the processes, and a replica a second
 * behind (well within the allowed lag) could lack the new tables and columns, so the first reads
 * sent to it failed (a 500 page) until it replayed them.
 *
 * Each process prefers one replica (chosen by its pid, so a fleet of instances spreads over the
 * replicas) and keeps to it while it is usable: a request's queries then see one snapshot of the
 * directory, which the API cache relies on (version and answer read from the same server).
 */
export type ReplicaState = "streaming" | "lagging" | "down";

export interface ReplicaStatus {
  /** host:port/database, never the password. */
  name: string;
  state: ReplicaState;
  lagSeconds: number | null;
  error?: string;
}

export interface ReadRouting {
  /** A Kysely instance whose connections come from the preferred usable replica, else the primary. */
  db: DB;
  status(): { reads: "replica" | "primary"; replicas: ReplicaStatus[] };
  /** Measures every replica now (also done every second). */
  check(): Promise<void>;
  close(): Promise<void>;
}

interface Replica {
  status: ReplicaStatus;
  handle: DatabaseHandle;
  /** Has replayed the primary's position of this process's first check (see above). */
  caughtUp: boolean;
}

const CHECK_EVERY_MS = 1_000;

export function replicaName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}

export async function createReadRouting(options: {
  primary: DatabaseHandle;
  replicaUrls: string[];
  maxLagSeconds: number;
  preparedStatements: boolean;
  poolSize?: number;
}): Promise<ReadRouting> {
  const { primary, maxLagSeconds } = options;
  const replicas: Replica[] = options.replicaUrls.map((url) => ({
    status: { name: replicaName(url), state: "down", lagSeconds: null },
    // A replica that is down must cost a request little: refuse fast, then the primary serves.
    handle: createDatabase(url, {
      max: options.poolSize,
      connectionTimeoutMillis: 2_000,
      preparedStatements: options.preparedStatements,
    }),
    caughtUp: false,
  }));
  const start = replicas.length > 0 ? process.pid % replicas.length : 0;
  const preference = [...replicas.slice(start), ...replicas.slice(0, start)];

  const pool: PostgresPool = {
    async connect() {
      for (const replica of preference) {
        if (replica.status.state !== "streaming") continue;
        try {
          return await replica.handle.pool.connect();
        } catch (error) {
          // Down since the last check: mark it now, so the next requests skip it at once.
          replica.status = { ...replica.status, state: "down", error: messageOf(error) };
        }
      }
      return primary.pool.connect();
    },
    // The primary's pool is closed by its owner; the replicas' by close() below.
    end: async () => {},
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  // The primary's WAL position at each check: a replica that has replayed up to the position of
  // time t is at most (now - t) behind. Measuring this way, rather than by the age of the last
  // transaction replayed, does not mistake a replica for lagging when the primary was merely idle.
  const samples: { at: number; lsn: bigint }[] = [];
  let startLsn: bigint | null = null;
  const keepMs = (maxLagSeconds + 5) * 1000;
  let checking: Promise<void> | null = null;
  const measure = async () => {
    let now: number;
    let current: bigint;
    try {
      current = lsnValue(await primaryWalPosition(primary.db));
      now = Date.now();
    } catch {
      return; // the primary is unreachable: nothing to compare with, and /readyz says so already
    }
    samples.push({ at: now, lsn: current });
    startLsn ??= current;
    while (samples.length > 1 && now - samples[0]!.at > keepMs) samples.shift();
    await Promise.all(
      replicas.map(async (replica) => {
        const name = replica.status.name;
        try {
          const position = await standbyPosition(replica.handle.db);
          if (!position.standby || position.replayed === null) {
            replica.status = { name, state: "down", lagSeconds: null, error: "not a standby (promoted?)" };
            return;
          }
          const replayed = lsnValue(position.replayed);
          if (startLsn !== null && replayed >= startLsn) replica.caughtUp = true;
          let lag: number;
          if (replayed >= current) lag = 0;
          else {
            const reached = samples.findLast((s) => s.lsn <= replayed);
            // Behind every position we remember: at least as old as the oldest, and no younger
            // than its last replayed transaction.
            lag = reached
              ? (now - reached.at) / 1000
              : Math.max(
                  (now - samples[0]!.at) / 1000,
                  position.lastReplayAgeSeconds ?? Number.POSITIVE_INFINITY,
                );
          }
          replica.status = {
            name,
            state: lag > maxLagSeconds || !replica.caughtUp ? "lagging" : "streaming",
            lagSeconds: Number.isFinite(lag) ? Math.round(lag * 10) / 10 : null,
          };
        } catch (error) {
          replica.status = { name, state: "down", lagSeconds: null, error: messageOf(error) };
        }
      }),
    );
  };
  const check = () => {
    checking ??= measure().finally(() => {
      checking = null;
    });
    return checking;
  };
  await check();
  const timer = replicas.length > 0 ? setInterval(() => void check(), CHECK_EVERY_MS) : null;
  timer?.unref();

  return {
    db,
    check,
    status: () => ({
      reads: preference.some((r) => r.status.state === "streaming") ? "replica" : "primary",
      replicas: replicas.map((r) => ({ ...r.status })),
    }),
    async close() {
      if (timer) clearInterval(timer);
      await checking;
      await Promise.all(replicas.map((r) => r.handle.close()));
    },
  };
}

/** '16/B374D848' → a number that orders like the WAL. */
function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
