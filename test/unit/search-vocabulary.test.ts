import { describe, expect, it } from "@jest/globals";
import {
  contentWords,
  expandQuery,
  genderForms,
  masculine,
  oneEditAway,
  toTsquery,
} from "../../server/services/search-vocabulary.ts";

const expand = (q: string, aliases: { typed: string; name: string[] }[] = []) =>
  toTsquery(expandQuery(contentWords(q), aliases));

describe("search vocabulary", () => {
  it("makes one title of the feminine and masculine forms", () => {
    expect(masculine("directrice")).toBe("directeur");
    expect(masculine("financiere")).toBe("financier");
    expect(masculine("presidente")).toBe("president");
    expect(masculine("associee")).toBe("associe");
    expect(genderForms("directeur")).toEqual(["directeur", "directrice"]);
    expect(genderForms("generale")).toEqual(["generale", "general"]);
    expect(expand("directrice")).toBe("(directrice | directeur)");
  });

  it("lets French titles, English titles and acronyms meet, whatever the gender typed", () => {
    for (const q of ["directrice financière", "DAF", "CFO", "chief financial officer"]) {
      const tsquery = expand(q);
      expect(tsquery).toContain("daf");
      expect(tsquery).toContain("cfo");
      expect(tsquery).toContain("(chief & financial & officer)");
      expect(tsquery).toContain("(directeur & financier)");
    }
    expect(expand("DRH")).toContain("(directrice & ressources & humaines)");
    expect(expand("CTO")).toContain("(chief & technology & officer)");
  });

  it("reaches a function's family from one of its words", () => {
    expect(expand("finance")).toContain("financ:*");
    expect(expand("financière")).toContain("financ:*");
    expect(expand("RH")).toContain("(ressources & humaines)");
  });

  it("keeps words it does not know, and marks generic company words", () => {
    expect(expand("Kerlog")).toBe("kerlog");
    const [groupe, kerlog] = expandQuery(contentWords("groupe Kerlog"));
    expect(groupe?.generic).toBe(true);
    expect(kerlog?.generic).toBeUndefined();
  });

  it("lets a company's former name stand for its current one", () => {
    expect(expand("Keolis 2000", [{ typed: "keolis 2000", name: ["keolis"] }])).toBe(
      "((keolis & 2000) | keolis)",
    );
  });

  it("lists the words one edit away, swapped letters included", () => {
    const near = oneEditAway("kerlgo");
    expect(near).toContain("kerlog");
    expect(oneEditAway("clare")).toContain("claire");
    expect(oneEditAway("luman")).toContain("lumen");
    expect(oneEditAway("rochefoucault")).not.toContain("rochefoucauld"); // long words: trigrams do it
  });
});
