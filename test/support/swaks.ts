import { execFile } from "node:child_process";

/** Delivers with swaks, a real SMTP client; returns its exit code and the dialogue. */
export function swaks(port: number, args: string[]): Promise<{ code: number; dialogue: string }> {
  return new Promise((resolve) => {
    execFile(
      "swaks",
      ["--server", `127.0.0.1:${port}`, "--helo", "mx.exemple.org", "--timeout", "30", ...args],
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          dialogue: stdout + stderr,
        }),
    );
  });
}
