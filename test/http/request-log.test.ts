import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import pino from "pino";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createDeps, type OwnedDeps } from "../../server/deps.ts";
import { createSignedLinks } from "../../server/mail/signed-links.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const SECRET = "test-secret-test-secret-test-secret-0123456789";

/** The request log is read by more people than the subscribers' links are meant for. */
describe("the request log", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  const lines: { url?: string; msg?: string; reqId?: string }[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    const config = loadConfig(
      {
        NODE_ENV: "test",
        DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "carnet-data-")),
        APP_SECRET: SECRET,
        PUBLIC_URL: "http://carnet.test",
        DATABASE_URL: test.url,
      },
      { dotEnvFile: null },
    );
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    deps = await createDeps(config, pino({ level: "info" }, sink), test.url);
    app = createApp(deps);
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  const loggedUrl = async (url: string) => {
    const res = await request(app).get(url);
    const line = lines.find((l) => l.msg === "request" && l.reqId === res.headers["x-request-id"]);
    return line?.url;
  };

  it("redacts confirmation tokens and signed links, on today's routes and future ones", async () => {
    const links = createSignedLinks({ APP_SECRET: SECRET, PUBLIC_URL: "http://carnet.test" });
    const manage = links.sign("manage", 1);
    const unsubscribe = links.sign("unsubscribe", 1);
    const token = "j0IkQx3vT9_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345";
    const cases: [string, string][] = [
      [`/alertes/confirmer/${token}`, "/alertes/confirmer/[redacted]"],
      [`/alertes/gerer/${manage}`, "/alertes/gerer/[redacted]"],
      [`/alertes/gerer/${manage}/desabonner?x=1`, "/alertes/gerer/[redacted]/desabonner?x=1"],
      [`/alertes/desabonnement/${unsubscribe}`, "/alertes/desabonnement/[redacted]"],
      // Routes that do not exist yet but would carry the same kind of secret.
      [`/comptes/confirmer/abc`, "/comptes/confirmer/[redacted]"],
      [`/ailleurs/${manage}/voir`, "/ailleurs/[redacted]/voir"],
      [`/quelque-part/${token}`, "/quelque-part/[redacted]"],
      [`/x?token=${token}&q=ok`, "/x?token=[redacted]&q=ok"],
    ];
    for (const [url, expected] of cases) {
      const logged = await loggedUrl(url);
      expect(logged).toBe(expected);
    }
    const all = JSON.stringify(lines);
    expect(all).not.toContain(token);
    expect(all).not.toContain(manage.split(".")[1]);
    expect(all).not.toContain(unsubscribe.split(".")[1]);
  });

  it("keeps ordinary addresses readable", async () => {
    expect(await loggedUrl("/personnes/jean-baptiste-de-la-fontaine-dupont")).toBe(
      "/personnes/jean-baptiste-de-la-fontaine-dupont",
    );
    expect(await loggedUrl("/recherche?q=directrice%20financi%C3%A8re&since=2025-01-01")).toBe(
      "/recherche?q=directrice%20financi%C3%A8re&since=2025-01-01",
    );
  });
});
