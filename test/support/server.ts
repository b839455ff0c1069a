import type { AddressInfo } from "node:net";
import { createApp } from "../../server/app.ts";
import type { Deps } from "../../server/deps.ts";

/** The real app listening on a free loopback port, for browser tests and load tests. */
export async function startTestServer(deps: Deps): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp(deps);
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
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
