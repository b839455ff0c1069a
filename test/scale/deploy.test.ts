import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import pg from "pg";
import { createDatabase, type DatabaseHandle, migrateToLatest } from "../../db/database.ts";
import { ROOT_DIR } from "../../server/paths.ts";
import { importMoves } from "../support/builders.ts";
import {
  type CarnetProcess,
  instanceEnv,
  serveReady,
  startAll,
  startCarnet,
  stopAllCarnets,
  workerReady,
} from "../support/instances.ts";
import { type Nginx, startNginx } from "../support/nginx.ts";
import { describeWithPeers } from "../support/peers.ts";
import { type PgBouncer, startPgBouncer } from "../support/pgbouncer.ts";
import { type PostgresCluster, startPostgresCluster } from "../support/postgres-cluster.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const DEPLOY = path.join(ROOT_DIR, "deploy");
const HOST = "carnet.example.fr"; // deploy/nginx.conf's server_name and carnet.env.example's PUBLIC_URL
const PASSWORD = "pgbouncer-scram-secret";

/** The variables of deploy/carnet.env.example, as systemd's EnvironmentFile= reads them. */
async function exampleEnv(): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const line of (await readFile(path.join(DEPLOY, "carnet.env.example"), "utf8")).split("\n")) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/** The `carnet` arguments of a unit's ExecStart= line (`/usr/bin/node bin/carnet.js serve …`). */
async function unitArguments(unit: string): Promise<string[]> {
  const text = await readFile(path.join(DEPLOY, unit), "utf8");
  const words = /^ExecStart=(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  const at = words.indexOf("bin/carnet.js");
  if (at === -1) throw new Error(`${unit}: ExecStart does not run bin/carnet.js`);
  return words.slice(at + 1);
}

/** An HTTPS request to nginx from a chosen loopback address, as a client on another machine. */
function throughNginx(
  nginx: Nginx,
  pathname: string,
  options: { from?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "127.0.0.1",
        port: nginx.port,
        path: pathname,
        localAddress: options.from ?? "127.0.0.1",
        servername: HOST,
        rejectUnauthorized: false, // the certificate is the test's own self-signed one
        agent: false,
        headers: { host: HOST, ...options.headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * deploy/ as an operator uses it: a primary and a streaming replica, PgBouncer with
 * deploy/pgbouncer.ini (SCRAM, transaction mode), two web instances and a worker started with the
 * command lines of the systemd units and the settings of carnet.env.example, and nginx with
 * deploy/nginx.conf in front. Only addresses, ports, secrets and certificates are the test's own.
 */
describeWithPeers(
  "postgres15",
  "pgbouncer",
  "nginx",
  "systemd",
)("the deployment example of deploy/", () => {
  let cluster: PostgresCluster;
  let primary: DatabaseHandle;
  let bouncer: PgBouncer;
  let smtp: SmtpPeer;
  let nginx: Nginx;
  let web: CarnetProcess[];

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const admin = new pg.Client({ connectionString: cluster.primaryUrl("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE carnet_deploy");
    await admin.end();
    primary = createDatabase(cluster.primaryUrl("carnet_deploy"), { max: 2 });
    await migrateToLatest(primary.db);
    await importMoves(primary.db, [
      { person: "Claire Fontanel", company: "Lumen", role: "directrice financière" },
    ]);

    const server = new URL(cluster.primaryUrl("carnet_deploy"));
    bouncer = await startPgBouncer(
      { host: server.hostname, port: Number(server.port) },
      { database: "carnet_deploy", password: PASSWORD },
    );
    smtp = await startSmtpPeer();
    const example = await exampleEnv();
    const env = await instanceEnv({
      ...example,
      // The example's addresses, pointed at this test's servers; every other setting as shipped.
      DATABASE_URL: bouncer.url("carnet"),
      DATABASE_DIRECT_URL: cluster.primaryUrl("carnet_deploy"),
      DATABASE_REPLICA_URLS: cluster.replicaUrl("carnet_deploy"),
      SMTP_URL: smtp.url,
      // Low enough for the test to reach: three API requests a minute per client address.
      API_RATE_LIMIT: "3",
    });
    const [serveArgs, workerArgs] = [
      await unitArguments("carnet-web@.service"),
      await unitArguments("carnet-worker.service"),
    ];
    web = await startAll([
      startCarnet(serveArgs, env, serveReady),
      startCarnet(serveArgs, env, serveReady),
      startCarnet(workerArgs, env, workerReady),
    ]).then((started) => started.slice(0, 2));
    nginx = await startNginx(web.map((w) => Number(new URL(w.url).port)));
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    await stopAllCarnets();
    await bouncer?.stop();
    await smtp?.close();
    await primary?.close();
    await cluster?.stop();
  }, 60_000);

  it("serves the directory over HTTPS through nginx, from the replica, spread over both web instances", async () => {
    const home = await eventually(
      () => throughNginx(nginx, "/"),
      (res) => res.text.includes("Claire Fontanel"),
    );
    expect(home.status).toBe(200);
    expect(home.text).toContain("Claire Fontanel");

    // An instance reads from the replica once it has replayed what the primary held when the
    // instance started (db/read-routing.ts); until then the primary serves.
    const ready = await eventually(
      async () => JSON.parse((await throughNginx(nginx, "/readyz")).text),
      (body) => body.reads === "replica",
    );
    expect(ready).toMatchObject({ status: "ready", reads: "replica", replicas: [{ state: "streaming" }] });

    for (let i = 0; i < 6; i++) {
      const found = await throughNginx(nginx, "/recherche?q=Fontanel", {
        headers: { "x-request-id": `lb-${i}` },
      });
      expect(found.text).toContain("Claire Fontanel");
    }
    // nginx's round robin: each instance logged some of the six requests. The log is written in
    // batches (every 250 ms when few lines come), so each line shows up within a moment.
    for (const instance of web) {
      const logged = await eventually(
        async () => instance.output(),
        (output) => /"reqId":"lb-\d"/.test(output),
        5_000,
      );
      expect(logged).toMatch(/"reqId":"lb-\d"/);
    }
  });

  it("marks cookies Secure, nginx having said the visitor came over HTTPS", async () => {
    const page = await throughNginx(nginx, "/");
    const cookies = [page.headers["set-cookie"] ?? []].flat();
    expect(cookies.find((c) => c.startsWith("carnet.vid="))).toMatch(/; Secure/i);
  });

  it("counts the API limit per client address nginx forwards, whatever X-Forwarded-For the client sends", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      // A client trying to pass as another address each time: nginx replaces the header.
      const res = await throughNginx(nginx, "/api/moves?q=Fontanel", {
        from: "127.0.0.2",
        headers: { "x-forwarded-for": `203.0.113.${i + 1}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another client, on the same two instances, still has its own three requests.
    expect((await throughNginx(nginx, "/api/moves?q=Fontanel", { from: "127.0.0.3" })).status).toBe(200);
  });

  it("has systemd units that systemd-analyze verify accepts", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-units-"));
    try {
      // A template unit is verified as an instance of it, as `systemctl enable carnet-web@3001` makes.
      await copyFile(path.join(DEPLOY, "carnet-web@.service"), path.join(dir, "carnet-web@3001.service"));
      await copyFile(path.join(DEPLOY, "carnet-worker.service"), path.join(dir, "carnet-worker.service"));
      const { stderr } = await promisify(execFile)(
        "systemd-analyze",
        ["verify", path.join(dir, "carnet-web@3001.service"), path.join(dir, "carnet-worker.service")],
        { cwd: dir },
      );
      expect(stderr).not.toMatch(/carnet-(web|worker)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
