import { execFileSync, spawn } from "node:child_process";
import { chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./instances.ts";

/**
 * Debian's PgBouncer (1.18: no prepared-statement support) in transaction mode in front of one
 * PostgreSQL server, on a free loopback port, as in README's pgbouncer.ini. `url(db)` is what the
 * app gets as DATABASE_URL; PgBouncer connects on to `target`.
 */
export interface PgBouncer {
  port: number;
  url(database: string): string;
  stop(): Promise<void>;
}

export async function startPgBouncer(target: { host: string; port: number }): Promise<PgBouncer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-pgbouncer-"));
  const port = await freePort();
  // PgBouncer will not run as root; `user =` makes it drop to postgres after reading its files.
  const root = process.getuid?.() === 0;
  await writeFile(path.join(dir, "userlist.txt"), '"postgres" ""\n');
  await writeFile(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${target.host} port=${target.port}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      "max_client_conn = 500",
      "default_pool_size = 20",
      "ignore_startup_parameters = extra_float_digits",
      ...(root ? ["user = postgres"] : []),
      "",
    ].join("\n"),
  );
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    await chown(dir, uid, gid);
  }
  const child = spawn("/usr/sbin/pgbouncer", [path.join(dir, "pgbouncer.ini")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Ready once it accepts a connection.
  for (let attempt = 0; ; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) break;
    if (child.exitCode !== null || attempt > 100) {
      child.kill();
      throw new Error(`pgbouncer did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGINT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
