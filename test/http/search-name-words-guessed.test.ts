import { describe, expect, it } from "@jest/globals";
import request from "supertest";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/**
 * A phrase never searched that holds a word known to be a name's is planned as a name's search
 * without looking its words up first (nameWordsSeen in the search service). The guess only picks
 * the plan: when the words say otherwise (here a company's former name among them), the page is
 * read again on what they say, and the answer is the one a search that looked them up first gives.
 */
describe("a phrase never searched, planned on the name words already known", () => {
  const site = useSeededDirectoryApp();
  const noCache = { "cache-control": "no-cache" };
  const search = async (q: string) => {
    const res = await request(site.app).get("/api/moves").set(noCache).query({ q });
    return res.body.items.map((m: { person: { name: string }; company: { name: string } }) => [
      m.person.name,
      m.company.name,
    ]);
  };

  it("finds a typo'd name, and a known first name beside a company's former name", async () => {
    // "claire" is learned to be a name's word.
    expect(await search("Claire Sénéchault")).toHaveLength(2);
    // Never searched: the first name known, the surname mistyped.
    expect(await search("Claire Senechaut")).toEqual(await search("Sénéchault"));
    // Never searched, planned as a name with no alias, while "ancienne regie" is Nexiva's former
    // name: read again with the alias, so the move to Nexiva is found.
    expect(await search("Claire Ancienne Régie")).toEqual([["Claire Sénéchault", "Nexiva"]]);
  });
});
