import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT_DIR } from "../../server/paths.ts";

/**
 * Real `carnet` processes (serve, worker), as an operator starts them on several machines, for the
 * tests of Carnet at scale. Each listens on a free loopback port; stop() sends SIGTERM and waits.
 */
export interface CarnetProcess {
  url: string;
  /** The server's process id (a benchmark reads its CPU time). */
  pid: number | undefined;
  output(): string;
  stop(): Promise<void>;
}

// One way to find a free loopback port, the product's own (the embedded PostgreSQL uses it).
import { freePort } from "../../db/embedded.ts";

export { freePort };

/** Settings every test instance shares: one secret (a cookie made by one instance is read by all). */
export async function instanceEnv(extra: Record<string, string>): Promise<Record<string, string>> {
  return {
    NODE_ENV: "production",
    APP_SECRET: "scale-secret-scale-secret-scale-secret-0123",
    PUBLIC_URL: "http://carnet.test",
    DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "carnet-scale-")),
    LOG_FORMAT: "json",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "info",
    ...extra,
  };
}

// Every child spawned and not yet stopped: a test whose start-up times out still stops them all.
const running = new Set<ChildProcess>();

export async function stopAllCarnets(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const killed = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(killed);
      }
      running.delete(child);
    }),
  );
}

/**
 * Starts `carnet <args>` and resolves once its output matches `ready`. `nodeOptions` go to node
 * (a benchmark's --cpu-prof); `keepOutput: false` drops what the process prints once it is ready
 * (a benchmark's request log, megabytes a minute); `root` runs another checkout's `carnet` (a
 * benchmark measuring two builds alternately).
 */
export async function startCarnet(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  options: { nodeOptions?: string[]; keepOutput?: boolean; root?: string } = {},
): Promise<CarnetProcess> {
  const port = await freePort();
  const root = options.root ?? ROOT_DIR;
  const script = path.join(root, "bin/carnet.js");
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeOptions ?? []), script, ...args], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
  });
  running.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    let isReady = false;
    const onData = (chunk: Buffer) => {
      if (isReady && options.keepOutput === false) return;
      output += chunk;
      if (!isReady && ready.test(output)) {
        isReady = true;
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`carnet ${args.join(" ")} exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const killed = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Waits for every process; if one fails to start, stops the others before failing. */
export async function startAll(starting: Promise<CarnetProcess>[]): Promise<CarnetProcess[]> {
  const settled = await Promise.allSettled(starting);
  const failed = settled.find((s) => s.status === "rejected");
  if (!failed) return settled.map((s) => (s as PromiseFulfilledResult<CarnetProcess>).value);
  await Promise.all(settled.map((s) => (s.status === "fulfilled" ? s.value.stop() : undefined)));
  throw (failed as PromiseRejectedResult).reason;
}

export const serveReady = /Carnet est prêt/;
export const workerReady = /Carnet worker is ready/;

/** A browser's cookie jar over fetch, enough for forms with CSRF tokens across instances. */
export class WebClient {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
    const res = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return { status: res.status, text: await res.text() };
  }

  /** GETs the page holding a form, then posts the form with that page's CSRF token. */
  async submit(formUrl: string, actionUrl: string, form: Record<string, string>) {
    const page = await this.request(formUrl);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    return this.request(actionUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: token, ...form }).toString(),
    });
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
