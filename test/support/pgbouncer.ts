import { execFileSync, spawn } from "node:child_process";
import { chown, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../db/embedded.ts";
import { ROOT_DIR } from "../../server/paths.ts";
import { waitUntilListening } from "./listening.ts";

/**
 * Debian's PgBouncer (1.18: no prepared-statement support) in transaction mode in front of one
 * PostgreSQL server, on a free loopback port, configured by deploy/pgbouncer.ini itself (the file
 * README calls tested): only its addresses, port and auth file are replaced. `url(db)` is what the
 * app gets as DATABASE_URL; PgBouncer connects on to `target`.
 *
 * By default every database name goes through (`* =`) and clients are trusted, as the test suite
 * needs; with `deployment` the file's own `carnet` entry points at `database`, and clients
 * authenticate with SCRAM-SHA-256 against a userlist holding `password`, as in production.
 */
export interface PgBouncer {
  port: number;
  url(database: string): string;
  stop(): Promise<void>;
}

export const DEPLOY_PGBOUNCER_INI = path.join(ROOT_DIR, "deploy/pgbouncer.ini");

export async function startPgBouncer(
  target: { host: string; port: number },
  deployment?: { database: string; password: string },
): Promise<PgBouncer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-pgbouncer-"));
  const port = await freePort();
  // PgBouncer will not run as root; `user =` makes it drop to postgres after reading its files.
  const root = process.getuid?.() === 0;
  await writeFile(path.join(dir, "userlist.txt"), `"postgres" "${deployment?.password ?? ""}"\n`);
  const replaced = new Set<string>();
  const replace = (key: string, value: string) => {
    replaced.add(key);
    return value;
  };
  const ini = (await readFile(DEPLOY_PGBOUNCER_INI, "utf8")).split("\n").map((line) => {
    if (/^carnet\s*=/.test(line))
      return replace(
        "database",
        deployment
          ? `carnet = host=${target.host} port=${target.port} dbname=${deployment.database}`
          : `* = host=${target.host} port=${target.port}`,
      );
    if (/^listen_port\s*=/.test(line)) return replace("port", `listen_port = ${port}`);
    if (/^auth_file\s*=/.test(line))
      return replace("auth_file", `auth_file = ${path.join(dir, "userlist.txt")}`);
    if (/^auth_type\s*=/.test(line) && !deployment) return "auth_type = trust";
    return line;
  });
  // A deploy/pgbouncer.ini whose lines moved would otherwise start a PgBouncer on the wrong port.
  for (const key of ["database", "port", "auth_file"])
    if (!replaced.has(key)) throw new Error(`deploy/pgbouncer.ini has no ${key} line to adapt`);
  ini.push("unix_socket_dir =", ...(root ? ["user = postgres"] : []), "");
  await writeFile(path.join(dir, "pgbouncer.ini"), ini.join("\n"));
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
  await waitUntilListening(child, port, async () => `pgbouncer did not start:\n${output}`);
  return {
    port,
    url: (database) =>
      `postgres://postgres${deployment ? `:${encodeURIComponent(deployment.password)}` : ""}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGINT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
