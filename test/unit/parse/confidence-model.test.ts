// The learned confidence's features and fit (issue 13 item 4; test/unit/parse/train-confidence.ts
// measures it, README "Confidence" says why the product keeps the hand penalties).

import { describe, expect, it } from "@jest/globals";
import { FEATURE_NAMES, featuresOf } from "../../../jobs/parse/confidence-features.ts";
import { DOUBTS } from "../../../jobs/parse/doubts.ts";
import { fitLogistic, probability } from "./train-confidence.ts";

const record = {
  person: "Claire Dumas",
  company: "Hydrolor",
  role: "directrice financière",
  reasons: ["company name may run on in the text"],
  paragraph: "Claire Dumas est nommée directrice financière de Hydrolor Solaire.",
  predecessor: null,
  previous_companies: [],
};

describe("confidence features", () => {
  it("gives one value in [0, 1] per named feature", () => {
    const x = featuresOf(record);
    expect(x).toHaveLength(FEATURE_NAMES.length);
    for (const value of x) expect(value >= 0 && value <= 1).toBe(true);
  });

  it("marks the typed doubts the record carries", () => {
    const x = featuresOf(record);
    const cut = DOUBTS.find((doubt) => doubt.id === "company_cut_short")!;
    expect(x[FEATURE_NAMES.indexOf(`doubt:${cut.id}`)]).toBe(1);
    expect(x[FEATURE_NAMES.indexOf("doubt:role_plural")]).toBe(0);
    expect(x[FEATURE_NAMES.indexOf("people_in_sentence")]).toBeGreaterThan(0);
  });

  it("fits a logistic regression that ranks a doubted record below a clean one", () => {
    const clean = featuresOf({ ...record, reasons: [] });
    const doubted = featuresOf(record);
    const samples = [
      ...Array.from({ length: 30 }, () => ({ group: "a", x: clean, right: true, hand: 0.95 })),
      ...Array.from({ length: 3 }, () => ({ group: "a", x: clean, right: false, hand: 0.95 })),
      ...Array.from({ length: 10 }, () => ({ group: "a", x: doubted, right: false, hand: 0.65 })),
      ...Array.from({ length: 2 }, () => ({ group: "a", x: doubted, right: true, hand: 0.65 })),
    ];
    const weights = fitLogistic(samples);
    expect(probability(weights, clean)).toBeGreaterThan(0.8);
    expect(probability(weights, doubted)).toBeLessThan(0.5);
  });
});
