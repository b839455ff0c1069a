import { describe, expect, it } from "@jest/globals";
// Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) as Redocly ships it: the linter above already
// depends on it, so the test adds no package of its own.
import { Ajv2020 } from "@redocly/ajv/dist/2020.js";
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

  // One real request or more per documented path, each answer checked against the response the
  // document declares for its status. A path added to the document without a sample here fails.
  const samples: Record<string, string[]> = {
    "/api/moves": [
      "/api/moves",
      "/api/moves?q=S%C3%A9n%C3%A9chault",
      "/api/moves?q=directrice&sort=relevance&limit=1",
      "/api/moves?kind=joined&since=2025-01-01&until=2025-12-31",
      "/api/moves?since=2025-13-01",
      "/api/moves?cursor=nonsense",
    ],
    "/api/companies": ["/api/companies?q=nex", "/api/companies?q=scalain", "/api/companies"],
    "/api/companies/{slug}/posts": ["/api/companies/nexiva/posts", "/api/companies/inconnue/posts"],
    "/api/people": ["/api/people?q=claire", "/api/people?q="],
  };

  it("answers every endpoint, successes and errors, in the shapes the document declares", async () => {
    const document = (await request(api.app).get("/api/openapi.json").expect(200)).body;
    expect(Object.keys(samples).sort()).toEqual(Object.keys(document.paths).sort());
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ components: document.components }, "openapi.json");
    const seen = new Set<string>();
    for (const [path, urls] of Object.entries(samples)) {
      for (const url of urls) {
        const res = await request(api.app).get(url);
        const declared = document.paths[path].get.responses[String(res.status)];
        expect({ url, status: res.status, declared: Boolean(declared) }).toEqual({
          url,
          status: res.status,
          declared: true,
        });
        const schema = declared.content?.["application/json"]?.schema;
        expect({ url, hasSchema: Boolean(schema) }).toEqual({ url, hasSchema: true });
        const validate = ajv.compile({ $ref: `openapi.json${schema.$ref}` });
        validate(res.body);
        expect({ url, errors: validate.errors ?? [] }).toEqual({ url, errors: [] });
        seen.add(`${path} ${res.status}`);
      }
    }
    // The samples reach past the happy path: each endpoint's 200 and its refusals.
    expect([...seen].sort()).toEqual([
      "/api/companies 200",
      "/api/companies 400",
      "/api/companies/{slug}/posts 200",
      "/api/companies/{slug}/posts 404",
      "/api/moves 200",
      "/api/moves 400",
      "/api/people 200",
      "/api/people 400",
    ]);
  });

  it("has a French page for people at /api, linked from the footer, saying what the JSON document says", async () => {
    const home = await request(api.app).get("/").expect(200);
    expect(home.text).toContain('<a href="/api">API</a>');
    const page = await request(api.app).get("/api").expect(200);
    expect(page.type).toBe("text/html");
    const document = (await request(api.app).get("/api/openapi.json").expect(200)).body;
    // Every endpoint, each of its parameters and status codes, as the document names them
    for (const [path, { get }] of Object.entries<{
      get: { parameters: { name: string }[]; responses: object };
    }>(document.paths)) {
      expect(page.text).toContain(`<code>GET ${path}</code>`);
      for (const parameter of get.parameters) expect(page.text).toContain(`<code>${parameter.name}</code>`);
      for (const status of Object.keys(get.responses))
        expect(page.text).toContain(`<strong>${status}</strong>`);
    }
    // How to call it, the tokens and the limits, in French
    // (Handlebars writes ' and = as entities; a browser shows them as typed)
    const shown = page.text.replaceAll("&#x27;", "'").replaceAll("&#x3D;", "=").replaceAll("&amp;", "&");
    expect(shown).toMatch(/curl 'http[^<']*\/api\/moves\?q=directeur\+financier&limit=5'/u);
    expect(page.text).toContain("Authorization: Bearer carnet_…");
    expect(page.text).toContain("600 requêtes par minute");
    expect(page.text).toContain("Administration › Intégrations");
    expect(page.text).toContain("/recherche.atom");
    expect(page.text).toContain('<a href="/api/openapi.json">');
  });
});
