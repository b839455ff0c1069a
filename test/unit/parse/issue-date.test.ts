import { describe, expect, it } from "@jest/globals";
import { frenchDate, issueDateProblem, readTitleLine } from "../../../jobs/parse/issue-date.ts";

describe("issue dates and title lines", () => {
  it("reads French dates written in words or digits", () => {
    expect(frenchDate("La Lettre RH — 17 juin 2025")).toBe("2025-06-17");
    expect(frenchDate("mardi 1er juillet 2025")).toBe("2025-07-01");
    expect(frenchDate("Édition du 3 Février 2026")).toBe("2026-02-03");
    expect(frenchDate("n° 12 · 14/01/2025")).toBe("2025-01-14");
    expect(frenchDate("31 février 2025")).toBeNull();
    expect(frenchDate("Mouvements de la semaine")).toBeNull();
  });

  it("takes the first line as title when it reads as a heading, not a section or a sentence", () => {
    expect(readTitleLine("\uFEFFLa Lettre RH — 17 juin 2025\n\nÉdito")).toEqual({
      title: "La Lettre RH — 17 juin 2025",
      published_on: "2025-06-17",
    });
    expect(readTitleLine("+ MOUVEMENTS\n\nX rejoint Y.")).toEqual({ title: null, published_on: null });
    expect(readTitleLine("Paul Martin rejoint Acme comme directeur.\n")).toEqual({
      title: null,
      published_on: null,
    });
  });

  it("refuses dates before 1990, more than three days ahead, or that do not exist", () => {
    expect(issueDateProblem("2025-06-17", "2026-12-04")).toBeNull();
    expect(issueDateProblem("2026-12-07", "2026-12-04")).toBeNull();
    expect(issueDateProblem("2026-12-08", "2026-12-04")).toBe(
      "la date du numéro (8 décembre 2026) est hors de la plage admise, du 1 janvier 1990 au 7 décembre 2026.",
    );
    expect(issueDateProblem("99999-01-01", "2026-12-04")).toMatch(/hors de la plage admise/);
    expect(issueDateProblem("1899-01-01", "2026-12-04")).toMatch(/hors de la plage admise/);
    expect(issueDateProblem("2025-02-30", "2026-12-04")).toMatch(/pas une date valide/);
  });
});
