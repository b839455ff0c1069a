import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT_DIR } from "../../server/paths.ts";

/** Runs the real `carnet` binary, as a user would type it. */
export function runCarnet(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT_DIR, "bin/carnet.js"), ...args], {
      cwd: ROOT_DIR,
      env: { ...process.env, LOG_FORMAT: "json", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
