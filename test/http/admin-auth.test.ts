import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const CLI = { id: null, email: "cli:test" };
const PASSWORD = "correct horse battery staple";

/** Cookies as a browser would send them back, Secure ones included (supertest's jar drops those over http). */
const cookiesOf = (res: request.Response) =>
  ((res.headers["set-cookie"] as unknown as string[] | undefined) ?? [])
    .map((c) => c.split(";")[0])
    .join("; ");

/** Sign-in through a TLS-terminating proxy (TRUST_PROXY): the app sees https and this client IP. */
async function signInBehindProxy(app: Express, ip: string, email: string, password: string) {
  const headers = { "X-Forwarded-For": ip, "X-Forwarded-Proto": "https" };
  const form = await request(app).get("/admin/connexion").set(headers);
  return request(app)
    .post("/admin/connexion")
    .set(headers)
    .set("Cookie", cookiesOf(form))
    .type("form")
    .send({ _csrf: csrfOf(form.text), email, password });
}

/** A browser-like client: keeps cookies, reads the CSRF token of the page it loads. */
async function signedIn(app: Express, email: string, password = PASSWORD) {
  const agent = request.agent(app);
  const form = await agent.get("/admin/connexion");
  const res = await agent
    .post("/admin/connexion")
    .type("form")
    .send({ _csrf: csrfOf(form.text), email, password });
  return { agent, res };
}

describe("admin sign-in, roles and CSRF", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    app = createApp(deps);
    await createAccount(deps.db, CLI, { email: "admin@carnet.test", password: PASSWORD, role: "admin" });
    await createAccount(deps.db, CLI, { email: "editor@carnet.test", password: PASSWORD, role: "editor" });
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  it("stores argon2id hashes, never the password", async () => {
    const row = await deps.db
      .selectFrom("admin_users")
      .select("password_hash")
      .where("email", "=", "admin@carnet.test")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it("sends a visitor without a session to the sign-in page, remembering where they were going", async () => {
    const res = await request(app).get("/admin/revue");
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe("/admin/connexion?retour=%2Fadmin%2Frevue");
  });

  it("signs in with a new HttpOnly SameSite=Lax session id and signs out", async () => {
    const agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    const before = await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "x@y.z", password: "nope" });
    expect(before.status).toBe(401);
    const res = await agent
      .post("/admin/connexion")
      .type("form")
      .send({
        _csrf: csrfOf(before.text),
        email: "ADMIN@carnet.test",
        password: PASSWORD,
        retour: "/admin/journal",
      });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe("/admin/journal");
    const cookie = (res.headers["set-cookie"] as unknown as string[]).find((c) =>
      c.startsWith("carnet.sid="),
    )!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP without TRUST_PROXY
    const queue = await agent.get("/admin/revue");
    expect(queue.status).toBe(200);
    expect(queue.text).toContain("File de relecture");
    expect(queue.text).toContain("admin@carnet.test");

    const out = await agent
      .post("/admin/deconnexion")
      .type("form")
      .send({ _csrf: csrfOf(queue.text) });
    expect(out.status).toBe(303);
    expect((await agent.get("/admin/revue")).status).toBe(303);
  });

  it("renews the session id at sign-in, so an id known beforehand is worthless", async () => {
    const sidOf = (res: request.Response) =>
      /^s:([^.]+)/.exec(decodeURIComponent(/carnet\.sid=([^;]+)/.exec(cookiesOf(res))?.[1] ?? ""))?.[1] ?? "";
    const { agent, res: first } = await signedIn(app, "admin@carnet.test");
    const firstSid = sidOf(first);
    expect(firstSid).not.toBe("");
    // Same browser, same cookie, signing in again (as after a fixation attempt): a new id.
    const form = await agent.get("/admin/connexion?retour=/admin/revue");
    expect(form.status).toBe(303); // already signed in
    const again = await agent
      .post("/admin/connexion")
      .type("form")
      .send({
        _csrf: csrfOf((await agent.get("/admin/revue")).text),
        email: "admin@carnet.test",
        password: PASSWORD,
      });
    const secondSid = sidOf(again);
    expect(secondSid).not.toBe("");
    expect(secondSid).not.toBe(firstSid);
    const stored = await deps.pool.query("SELECT sid FROM session WHERE sid = $1", [firstSid]);
    expect(stored.rowCount).toBe(0);
  });

  it("answers every failure with the same message, whichever part was wrong", async () => {
    const attempts = [
      { email: "nobody@carnet.test", password: PASSWORD },
      { email: "editor@carnet.test", password: "wrong password!!" },
    ];
    const texts: string[] = [];
    for (const attempt of attempts) {
      const { res } = await signedIn(app, attempt.email, attempt.password);
      expect(res.status).toBe(401);
      texts.push(/<p class="flash error"[^>]*>([^<]+)</.exec(res.text)![1]!);
    }
    expect(texts).toEqual(["E-mail ou mot de passe incorrect.", "E-mail ou mot de passe incorrect."]);
  });

  it("refuses a state-changing request without a valid CSRF token with 403", async () => {
    const { agent } = await signedIn(app, "admin@carnet.test");
    const noToken = await agent
      .post("/admin/revue/decision")
      .type("form")
      .send({ ids: "1", decision: "approve" });
    expect(noToken.status).toBe(403);
    const badToken = await agent
      .post("/admin/comptes")
      .type("form")
      .send({ _csrf: "forged", email: "a@b.c", password: "x".repeat(20), role: "admin" });
    expect(badToken.status).toBe(403);
    const signIn = await request(app)
      .post("/admin/connexion")
      .type("form")
      .send({ email: "admin@carnet.test", password: PASSWORD });
    expect(signIn.status).toBe(403);
    expect(
      await deps.db.selectFrom("admin_users").select("email").where("email", "=", "a@b.c").execute(),
    ).toEqual([]);
  });

  it("lets an editor curate but not manage accounts, subscribers, removals or the audit log", async () => {
    const { agent } = await signedIn(app, "editor@carnet.test");
    expect((await agent.get("/admin/revue")).status).toBe(200);
    expect((await agent.get("/admin/doublons")).status).toBe(200);
    for (const path of [
      "/admin/comptes",
      "/admin/abonnes",
      "/admin/courriels",
      "/admin/suppressions",
      "/admin/journal",
    ]) {
      expect({ path, status: (await agent.get(path)).status }).toEqual({ path, status: 403 });
    }
    const page = await agent.get("/admin/revue");
    const create = await agent
      .post("/admin/comptes")
      .type("form")
      .send({
        _csrf: csrfOf(page.text),
        email: "sneaky@carnet.test",
        password: "x".repeat(20),
        role: "admin",
      });
    expect(create.status).toBe(403);
    expect(
      await deps.db
        .selectFrom("admin_users")
        .select("id")
        .where("email", "=", "sneaky@carnet.test")
        .execute(),
    ).toEqual([]);
  });

  it("lets an admin create an editor account from the console, recorded in the audit log", async () => {
    const { agent } = await signedIn(app, "admin@carnet.test");
    const page = await agent.get("/admin/comptes");
    expect(page.text).toContain("editor@carnet.test");
    const res = await agent
      .post("/admin/comptes")
      .type("form")
      .send({
        _csrf: csrfOf(page.text),
        email: "new.editor@carnet.test",
        password: "a long enough password",
        role: "editor",
      });
    expect(res.status).toBe(303);
    const audit = await deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "account.create")
      .execute();
    expect(audit.map((a) => (a.after as { email: string }).email)).toContain("new.editor@carnet.test");
    expect(
      audit.find((a) => (a.after as { email: string }).email === "new.editor@carnet.test")!.actor_email,
    ).toBe("admin@carnet.test");
  });

  it("refuses an account change that changes nothing with a 400 naming the field, not a 500", async () => {
    const { agent } = await signedIn(app, "admin@carnet.test");
    const page = await agent.get("/admin/comptes");
    const editor = await deps.db
      .selectFrom("admin_users")
      .select("id")
      .where("email", "=", "editor@carnet.test")
      .executeTakeFirstOrThrow();
    const res = await agent
      .post(`/admin/comptes/${editor.id}`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Paramètre « role » invalide : choisissez un rôle ou l’état du compte");
  });

  it("limits failed sign-ins to 5 a minute per IP", async () => {
    // The counters live in the database, shared by every app on it: the tests above already failed
    // a few sign-ins from this address, so this one starts a clean window.
    await test.db.deleteFrom("rate_limit_hits").execute();
    const limited = createApp(deps);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await signedIn(limited, `guess${i}@carnet.test`, "bad")).res.status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Even the right password waits: the limit is on the address, not the answer.
    const { res } = await signedIn(limited, "admin@carnet.test");
    expect(res.status).toBe(429);
  });

  it("limits failed sign-ins to 5 a minute per account, whatever the IP", async () => {
    await test.db.deleteFrom("rate_limit_hits").execute();
    const proxied = await createTestDeps(test.url, { env: { TRUST_PROXY: "true" } });
    try {
      const limited = createApp(proxied);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await signInBehindProxy(limited, `203.0.113.${i + 1}`, " Editor@carnet.test", "not it");
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await proxied.close();
    }
  });

  it("marks the session cookie Secure when served over HTTPS behind a trusted proxy", async () => {
    const proxied = await createTestDeps(test.url, { env: { TRUST_PROXY: "true" } });
    try {
      const res = await signInBehindProxy(createApp(proxied), "198.51.100.7", "admin@carnet.test", PASSWORD);
      expect(res.status).toBe(303);
      const cookie = (res.headers["set-cookie"] as unknown as string[]).find((c) =>
        c.startsWith("carnet.sid="),
      )!;
      expect(cookie).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });
});
