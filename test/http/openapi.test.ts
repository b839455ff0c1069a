import { describe, expect, it } from "@jest/globals";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import request from "supertest";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

describe("/api/openapi.json", () => {
  const api = useSeededDirectoryApp();

  it("passes Redocly's recommended lint with no error or warning", async () => {
    const res = await request(api.app).get("/api/openapi.json").expect(200);
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: res.text,
      absoluteRef: "http://carnet.test/api/openapi.json",
      config,
    });
    const readable = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(readable).toEqual([]);
  });

  it("declares the public API as needing no authentication, a read token being optional", async () => {
    const res = await request(api.app).get("/api/openapi.json").expect(200);
    // {} first: anonymous requests are allowed; a bearer token only raises the limit (issue 18).
    expect(res.body.security).toEqual([{}, { apiToken: [] }]);
    expect(res.body.components.securitySchemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
