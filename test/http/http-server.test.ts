import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createHttpServer } from "../../server/app.ts";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/**
 * Status, headers and body of an answer, less what differs at each request: the time, ids, cookies'
 * values, a form's CSRF token (and so the ETag of a page holding one).
 */
async function answer(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(base + path, { redirect: "manual", ...init });
  const text = await res.text();
  const csrf = /name="_csrf" value="[^"]+"/;
  const headers = Object.fromEntries(
    [...res.headers]
      .filter(([name]) => !["date", "x-request-id"].includes(name))
      .map(([name, value]) => [
        name,
        // The rate limits' counters are shared by both servers: what is left differs by one.
        name === "set-cookie"
          ? value.replace(/=[^;]*/, "=…")
          : name === "ratelimit"
            ? value.replace(/r=\d+/, "r=…")
            : name === "etag" && csrf.test(text)
              ? "…"
              : value,
      ]),
  );
  const body = text
    .replace(csrf, 'name="_csrf" value="…"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>");
  return { status: res.status, headers, body };
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

describe("the HTTP server carnet serve listens with", () => {
  const site = useSeededDirectoryApp();
  let ours: Server;
  let express: Server;
  let oursUrl: string;
  let expressUrl: string;
  beforeAll(async () => {
    ours = createHttpServer(site.app);
    oursUrl = await listen(ours);
    // Express's own: app.listen makes a plain node:http server, and Express sets each request's
    // and response's prototypes itself.
    express = site.app.listen();
    await new Promise((resolve) => express.once("listening", resolve));
    expressUrl = `http://127.0.0.1:${(express.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const server of [ours, express]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("answers pages, the API, feeds, files, errors and forms as Express's own server does", async () => {
    const asked: [string, RequestInit?][] = [
      ["/healthz"],
      ["/"],
      ["/api/moves?q=S%C3%A9n%C3%A9chault"],
      ["/api/moves?limit=3", { headers: { "cache-control": "no-cache" } }],
      ["/api/moves?limit=oops"],
      ["/api/nulle-part"],
      ["/recherche?q=directrice"],
      ["/recherche?since=hier"],
      ["/recherche.atom?q=directrice"],
      ["/static/carnet.css", { headers: { range: "bytes=0-99" } }],
      ["/nulle-part"],
      ["/alertes"],
      ["/alertes", { method: "POST", body: new URLSearchParams({ email: "x@example.org" }) }],
      ["/admin"],
      ["/recherche?q=directrice", { method: "HEAD" }],
    ];
    for (const [path, init] of asked) {
      const theirs = await answer(expressUrl, path, init);
      expect({ path, ...(await answer(oursUrl, path, init)) }).toEqual({ path, ...theirs });
    }
  });

  it("answers a conditional request for the same API answer with 304, as Express's own server does", async () => {
    for (const base of [expressUrl, oursUrl]) {
      const first = await fetch(`${base}/api/moves?q=S%C3%A9n%C3%A9chault`);
      const etag = first.headers.get("etag") as string;
      expect(etag).toMatch(/^W\//);
      const again = await fetch(`${base}/api/moves?q=S%C3%A9n%C3%A9chault`, {
        // fetch adds Cache-Control: no-cache beside If-None-Match unless told otherwise, and a
        // no-cache request is never answered 304 (RFC 9111 §5.2.1.4).
        headers: { "if-none-match": etag, "cache-control": "max-age=0" },
      });
      expect({ base, status: again.status }).toEqual({ base, status: 304 });
    }
  });
});
