import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { migrateDown, migrateToLatest } from "../../db/database.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

describe("health endpoints", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  it("answers /healthz while the process is up", async () => {
    const res = await request(createApp(deps)).get("/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });

  it("answers /readyz 200 when migrations are current and 503 when one is missing", async () => {
    const app = createApp(deps);
    expect((await request(app).get("/readyz")).status).toBe(200);
    await migrateDown(deps.db);
    const res = await request(app).get("/readyz");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: "unavailable" });
    await migrateToLatest(deps.db);
  });

  it("shows a French 404 page for an unknown address and JSON under /api", async () => {
    const app = createApp(deps);
    const page = await request(app).get("/nulle-part");
    expect(page.status).toBe(404);
    expect(page.text).toContain("Page introuvable");
    const api = await request(app).get("/api/nulle-part");
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe("not_found");
  });

  it("sends security headers and a request id", async () => {
    const res = await request(createApp(deps)).get("/nulle-part");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("form-action 'self'");
    expect(res.headers["x-request-id"]).toMatch(/[\w-]{8,}/);
  });
});
