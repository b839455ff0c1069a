import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { packKnowledge, unpackKnowledge } from "../../../jobs/import/packed-knowledge.ts";
import { compileGazetteer, type GazetteerEntries } from "../../../jobs/parse/index.ts";

// Invented names: what a parse thread receives must compile to the gazetteer the entries compile to.
const entries: GazetteerEntries = {
  companies: [
    { name: "Brumelle Conseil", aliases: ["Brumelle", "BC Conseil"] },
    { name: "Ostralis" },
    { name: "Verdanne", aliases: [] },
    // two companies of one name (companies.name is not unique): each keeps its own aliases
    { name: "Ostralis", aliases: ["Ostralis Sud"] },
  ],
  people: [
    { key: "mireille tosca", company: "Ostralis" },
    { name: "Anatole Quéré", company: "Brumelle Conseil" },
    // an employer the companies do not list
    { key: "gaspard lune", company: "Maison Fenouil" },
  ],
};

describe("packed knowledge", () => {
  it("compiles to the same gazetteer as the entries", () => {
    const packed = packKnowledge(entries)!;
    expect(packed).not.toBeNull();
    const received = unpackKnowledge(structuredClone(packed));
    expect(isDeepStrictEqual(compileGazetteer(received), compileGazetteer(entries))).toBe(true);
  });

  it("keeps an empty directory empty", () => {
    const received = unpackKnowledge(packKnowledge({ companies: [], people: [] })!);
    expect(received).toEqual({ companies: [], people: [] });
  });

  it("leaves entries holding a NUL unpacked", () => {
    expect(packKnowledge({ companies: [{ name: "Nul\u0000le" }] })).toBeNull();
  });
});
