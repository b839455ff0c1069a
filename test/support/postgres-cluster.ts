import { execFileSync, spawn } from "node:child_process";
import { appendFile, chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "./instances.ts";

/**
 * A PostgreSQL 15 primary and a streaming replica of it, made by the test in a temporary folder
 * (initdb, pg_basebackup -R, a standby on another port): the real replication a deployment runs,
 * small enough to start in a few seconds. PostgreSQL refuses to run as root: when the tests do,
 * the binaries run as the `postgres` user.
 */
const BIN = process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export interface PostgresCluster {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  stop(): Promise<void>;
}

function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

function run(user: { uid: number; gid: number } | null, program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, program), args, {
      ...(user ?? {}),
      // The child must not hold the test's stdio: pg_ctl leaves the server running behind it.
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C", PGTZ: "UTC" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${program} ${args.join(" ")} failed (${code}):\n${output}`)),
    );
  });
}

export async function startPostgresCluster(
  options: { sharedBuffers?: string } = {},
): Promise<PostgresCluster> {
  const user = postgresUser();
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-cluster-"));
  if (user) await chown(dir, user.uid, user.gid);
  const primary = path.join(dir, "primary");
  const replica = path.join(dir, "replica");
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];

  await run(user, "initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  // Durability is not what is tested: fsync off keeps the cluster quick on a busy machine.
  await appendFile(
    path.join(primary, "postgresql.conf"),
    [
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      "hot_standby = on",
      "hot_standby_feedback = on",
      "fsync = off",
      "synchronous_commit = off",
      // Small for the tests; the benchmarks give a million moves room to stay in memory.
      `shared_buffers = ${options.sharedBuffers ?? "32MB"}`,
      "",
    ].join("\n"),
  );
  const ctl = (data: string, action: "start" | "stop", port: number) =>
    run(user, "pg_ctl", [
      "-D",
      data,
      "-w",
      "-t",
      "60",
      "-l",
      path.join(dir, `${path.basename(data)}.log`),
      ...(action === "start" ? ["-o", `-p ${port}`, "start"] : ["-m", "fast", "stop"]),
    ]);
  await ctl(primary, "start", primaryPort);

  let replicaRunning = false;
  const cluster: PostgresCluster = {
    primaryUrl: (database) => `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
    replicaUrl: (database) => `postgres://postgres@127.0.0.1:${replicaPort}/${database}`,
    async stopReplica() {
      if (replicaRunning) await ctl(replica, "stop", replicaPort);
      replicaRunning = false;
    },
    async startReplica() {
      await ctl(replica, "start", replicaPort);
      replicaRunning = true;
    },
    async stop() {
      await cluster.stopReplica().catch(() => {});
      await ctl(primary, "stop", primaryPort).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby.
    await run(user, "pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      replica,
      "-R",
      "-X",
      "stream",
      "--checkpoint=fast",
      "--no-sync",
    ]);
    await cluster.startReplica();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
