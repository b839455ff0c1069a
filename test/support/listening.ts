import type { ChildProcess } from "node:child_process";
import net from "node:net";

/**
 * Waits until a peer process the test started (nginx, PgBouncer, Dovecot) accepts connections on
 * 127.0.0.1:`port`. If it exits first or takes longer than `timeoutMs`, it is killed and the error
 * carries what `explain()` says (its output or log), so a broken configuration is shown, not a timeout.
 */
export async function waitUntilListening(
  child: ChildProcess,
  port: number,
  explain: () => Promise<string>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(await explain());
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
