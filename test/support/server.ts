import type { AddressInfo } from "node:net";
import { createApp, createHttpServer } from "../../server/app.ts";
import type { Deps } from "../../server/deps.ts";

/**
 * The real app listening on a loopback port (a free one unless given), for browser tests and load
 * tests. A test whose pages link to PUBLIC_URL (e-mails, redirects) takes freePort() first and
 * sets PUBLIC_URL to it.
 */
export async function startTestServer(
  deps: Deps,
  listenPort = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp(deps);
  const server = await new Promise<import("node:http").Server>((resolve) => {
    // As `carnet serve` listens (server/main.ts).
    const s = createHttpServer(app).listen(listenPort, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback port free at the time of asking: the product's own helper. */
import { freePort } from "../../db/embedded.ts";

export { freePort };
