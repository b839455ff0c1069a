import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signWebhook } from "../../jobs/webhooks/send.ts";

export interface ReceivedPost {
  /** The signature matched the body and timestamp under the hook's secret. */
  valid: boolean;
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedPost[];
  close(): Promise<void>;
}

/**
 * A webhook receiver as a CRM or chat would run it, on a loopback port: checks the signature with
 * the hook's secret (asked at each request, since the hook is made after the receiver starts),
 * answers 401 to a bad one, and fails on purpose: the first `failures` validly signed posts get a
 * 500 (Infinity: every one).
 */
export function startWebhookReceiver(
  secretOf: () => string,
  options: { failures?: number } = {},
): Promise<WebhookReceiver> {
  const failures = options.failures ?? 0;
  const received: ReceivedPost[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      const timestamp = Number(req.headers["x-carnet-timestamp"]);
      const valid = req.headers["x-carnet-signature"] === signWebhook(secretOf(), timestamp, body);
      const status = !valid ? 401 : received.filter((r) => r.valid).length < failures ? 500 : 204;
      received.push({ valid, status, headers: req.headers, body });
      res.writeHead(status).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        received,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}
