import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { freePort } from "../../db/embedded.ts";
import { ROOT_DIR } from "../../server/paths.ts";

const processGroupOf = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[2]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `carnet start` on the embedded PostgreSQL in a fresh data directory, leading its own process group
 * (detached) as a shell's foreground job does; its output is collected for the assertions.
 */
async function startCarnet(dataDir: string, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    LOG_FORMAT: "json",
    NODE_ENV: "development",
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(ROOT_DIR, "bin/carnet.js"), "start"], {
    cwd: ROOT_DIR,
    env,
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, port: env.PORT!, exited, output: () => output };
}

/** Ctrl-C in a terminal: SIGINT to the whole foreground process group, embedded PostgreSQL included. */
describe("carnet start, stopped with Ctrl-C", () => {
  let dataDir = "";
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("stops the app first, then its own PostgreSQL, with exit code 0 and no job queue error", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "carnet-stop-"));
    const { child, port, exited, output } = await startCarnet(dataDir, { SEED_ON_START: "false" });
    try {
      const deadline = Date.now() + 150_000;
      while (!output().includes("Carnet est prêt") && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 200));
      expect(output()).toContain("Carnet est prêt");

      const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
      const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
      expect(processGroupOf(postmaster)).not.toBe(child.pid);

      // The app and its database at work before the signal.
      expect((await fetch(`http://127.0.0.1:${port}/recherche?q=directrice`)).status).toBe(200);
      process.kill(-child.pid!, "SIGINT");
      expect(await exited).toBe(0);
      expect(output()).not.toContain("job queue error");
      expect(output()).not.toMatch(/"level":50/);
      expect(output()).toContain('"msg":"shutting down"');
      expect(output().indexOf('"msg":"stopped"')).toBeGreaterThan(output().indexOf('"msg":"shutting down"'));
      expect(alive(postmaster)).toBe(false);
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    }
  }, 240_000);

  it("stops cleanly with exit code 0 when npm relays the group's SIGTERM while Carnet is still starting", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-stop-early-"));
    const { child, exited, output } = await startCarnet(dir);
    try {
      const deadline = Date.now() + 60_000;
      while (
        !output().includes("starting the embedded PostgreSQL") &&
        Date.now() < deadline &&
        child.exitCode === null
      )
        await new Promise((r) => setTimeout(r, 50));
      // `npm start` under a terminal: the group's signal, then the same one forwarded by npm.
      process.kill(-child.pid!, "SIGTERM");
      process.kill(child.pid!, "SIGTERM");
      expect(await exited).toBe(0);
      expect(output()).toContain('"msg":"stopped"');
      expect(existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
