import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const PASSWORD = "correct horse battery staple";

/** Issue 18, point 6: named read tokens for the JSON API, and the limits with and without one. */
describe("API tokens", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  let admin: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Small limits, so the test reaches them: 3 a minute anonymous, 6 with a token.
    deps = await createTestDeps(t.url, { env: { API_RATE_LIMIT: "3", API_TOKEN_RATE_LIMIT: "6" } });
    app = createApp(deps);
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    admin = request.agent(app);
    const form = await admin.get("/admin/connexion");
    await admin
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD })
      .expect(303);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
  });
  afterAll(async () => {
    await deps.close();
    await t.drop();
  });

  const createToken = async (name: string) => {
    const page = await admin.get("/admin/integrations").expect(200);
    const created = await admin
      .post("/admin/integrations/jetons")
      .type("form")
      .send({ _csrf: csrfOf(page.text), name })
      .expect(200);
    expect(created.text).toContain("il ne sera plus jamais affiché");
    return /data-new-token>([^<]+)</.exec(created.text)![1]!;
  };

  it("creates a token shown once, stored hashed, that lifts the limit and records its last use", async () => {
    const token = await createToken("CRM ventes");
    expect(token).toMatch(/^carnet_[\w-]{40,}$/);
    const row = await t.db.selectFrom("api_tokens").selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token.slice(7));
    expect(row.last_used_at).toBeNull();
    const list = await admin.get("/admin/integrations").expect(200);
    expect(list.text).not.toContain(token);
    expect(list.text).toContain(`${token.slice(0, 13)}…`);

    // Anonymous: three a minute from this address, then 429 with Retry-After.
    for (let i = 0; i < 3; i++) await request(app).get("/api/moves").expect(200);
    const refused = await request(app).get("/api/moves").expect(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.body.error.code).toBe("too_many_requests");

    // With the token, from the same address: its own window of six.
    for (let i = 0; i < 6; i++) {
      const ok = await request(app).get("/api/moves").set("Authorization", `Bearer ${token}`).expect(200);
      expect(ok.body.items[0].person.name).toBe("Claire Fontanel");
    }
    const tokenRefused = await request(app)
      .get("/api/moves")
      .set("Authorization", `Bearer ${token}`)
      .expect(429);
    expect(Number(tokenRefused.headers["retry-after"])).toBeGreaterThan(0);
    const used = await t.db.selectFrom("api_tokens").select("last_used_at").executeTakeFirstOrThrow();
    expect(used.last_used_at).toBeInstanceOf(Date);
    expect((await admin.get("/admin/integrations")).text).not.toContain("jamais");
  });

  it("refuses a revoked token and an unknown one with 401, never as anonymous", async () => {
    const token = await createToken("Ancien export");
    const { id } = await t.db
      .selectFrom("api_tokens")
      .select("id")
      .where("name", "=", "Ancien export")
      .executeTakeFirstOrThrow();
    const page = await admin.get("/admin/integrations");
    await admin
      .post(`/admin/integrations/jetons/${id}/revoquer`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    expect((await admin.get("/admin/integrations")).text).toContain("Révoqué le");

    const revoked = await request(app).get("/api/companies?q=lum").set("Authorization", `Bearer ${token}`);
    expect(revoked.status).toBe(401);
    expect(revoked.headers["www-authenticate"]).toContain('error="invalid_token"');
    expect(revoked.body.error.message).toBe("Jeton d’API inconnu ou révoqué.");
    const unknown = await request(app).get("/api/moves").set("Authorization", "Bearer carnet_nope");
    expect(unknown.status).toBe(401);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "api_token")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "api_token.create",
      "api_token.create",
      "api_token.revoke",
    ]);
  });

  it("is for admins only", async () => {
    await request(app).get("/admin/integrations").expect(303);
  });
});
