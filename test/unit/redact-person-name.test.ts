import { describe, expect, it } from "@jest/globals";
import { personKey, redactPersonName } from "../../shared/names.ts";

/** Issue 17: a person removed at their request is not named in the paragraphs quoted for others. */
describe("redactPersonName", () => {
  const key = personKey("Bastien Orcel");

  it("replaces every mention whatever its case, accents and spacing, and nothing else", () => {
    expect(
      redactPersonName(
        "Jeanne Sorel succède à BASTIEN ORCEL, lui-même arrivé après Bastien  Orcel-Dumas et Bastien Orcelier, puis Bastien\nOrcel.",
        key,
      ),
    ).toBe(
      "Jeanne Sorel succède à [nom retiré], lui-même arrivé après Bastien  Orcel-Dumas et Bastien Orcelier, puis [nom retiré].",
    );
  });

  it("finds accented names written with or without their accents, precomposed or not", () => {
    const accented = personKey("Maëlle Kervadec");
    expect(redactPersonName("Maelle Kervadec et MAËLLE KERVADEC", accented)).toBe(
      "[nom retiré] et [nom retiré]",
    );
    expect(redactPersonName("Mae\u0308lle Kervadec part.", accented)).toBe("[nom retiré] part.");
    expect(redactPersonName("Zoé Marche\u0301 part.", personKey("Zoé Marché"))).toBe("[nom retiré] part.");
  });

  it("leaves a text without the name as it was", () => {
    const text = "Claire Fontanel rejoint Lumen.";
    expect(redactPersonName(text, key)).toBe(text);
  });
});
