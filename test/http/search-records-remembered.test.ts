import { describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import request from "supertest";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/**
 * A search asked again passes its statement the records it showed last time, remembered under the
 * directory's version (recordsSeen in the search service); PostgreSQL leaves them out while that is
 * still the version. The same answers while nothing changes, the change as soon as one commits.
 */
describe("records remembered per directory version", () => {
  const site = useSeededDirectoryApp();
  const noCache = { "cache-control": "no-cache" };
  const api = (query: Record<string, string>) =>
    request(site.app).get("/api/moves").set(noCache).query(query);
  const page = (query: Record<string, string>) => request(site.app).get("/recherche").query(query);

  it("answers byte for byte the same while the directory is unchanged, and shows a change at once", async () => {
    const first = await api({ q: "Scalian" });
    const firstPage = await page({ q: "Scalian" });
    expect(first.text).toContain('"name" : "Julien Perrin"');
    for (let i = 0; i < 3; i++) {
      expect((await api({ q: "Scalian" })).text).toBe(first.text);
      expect((await page({ q: "Scalian" })).text).toBe(firstPage.text);
    }
    // Plain SQL, as any writer would commit it: the directory's version moves with it.
    await sql`UPDATE people SET name = 'Julien Perrin-Vasseur' WHERE name = 'Julien Perrin'`.execute(
      site.test.db,
    );
    await sql`UPDATE companies SET name = 'Scalian Group' WHERE name = 'Scalian'`.execute(site.test.db);
    const after = await api({ q: "Scalian" });
    expect(after.text).toContain('"name" : "Julien Perrin-Vasseur"');
    expect(after.text).toContain('"name" : "Scalian Group"');
    expect(after.text).not.toContain('"name" : "Scalian"');
    const afterPage = await page({ q: "Scalian" });
    expect(afterPage.text).toContain("Julien Perrin-Vasseur");
    expect(afterPage.text).toContain("Scalian Group");
  });

  it("sends the API's answer read again with the same ETag, and 304 to a client that holds it", async () => {
    const first = await api({ q: "Nexiva" });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-/);
    const again = await api({ q: "Nexiva" });
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(again.headers["content-length"])).toBe(Buffer.byteLength(first.text));
    // (A no-cache request is never answered 304: RFC 9111 §5.2.1.4.)
    const held = await request(site.app)
      .get("/api/moves")
      .set({ "if-none-match": etag })
      .query({ q: "Nexiva" });
    expect(held.status).toBe(304);
  });

  it("keeps one search's marks off the records another search shows", async () => {
    for (let i = 0; i < 2; i++)
      expect((await page({ q: "financier" })).text).toContain("<mark>financière</mark>");
    for (let i = 0; i < 2; i++) {
      const byCompany = await page({ company: "Scalian" });
      expect(byCompany.text).toContain("directrice administrative et financière");
      expect(byCompany.text).not.toContain("<mark>");
    }
  });
});
