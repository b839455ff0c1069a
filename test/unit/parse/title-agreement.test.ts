import { describe, expect, it } from "@jest/globals";
import { tidyRole } from "../../../jobs/parse/role-cleanup.ts";
import { readRole } from "../../../jobs/parse/role-phrase.ts";
import { agreeTitle } from "../../../jobs/parse/title-agreement.ts";

// Invented titles, one row per family of the gender and rank of a title.
describe("a title agrees with its holder", () => {
  it.each([
    // a title read in two halves agrees with its head noun
    [
      "directeur général adjointe chargée de la maintenance",
      null,
      "directeur général adjoint chargé de la maintenance",
    ],
    ["directrice générale adjoint", null, "directrice générale adjointe"],
    // a title said once for several people agrees with each
    ["associé", true, "associée"],
    ["codirecteurs", true, "codirectrice"],
    ["rédacteur en chef adjoint", true, "rédactrice en chef adjointe"],
    ["directeur chargé des achats", true, "directrice chargée des achats"],
    // only the agreeing run changes: "digital" qualifies marketing, a complement never bends
    ["directrice marketing digital", null, "directrice marketing digital"],
    ["directeur en charge des achats", true, "directrice en charge des achats"],
    // two adjectives of one post joined by "et" both agree
    ["directeur administratif et financière", false, "directeur administratif et financier"],
    ["directeur commercial et marketing", true, "directrice commerciale et marketing"],
    // no head noun the table knows: left as written
    ["CFO", true, "CFO"],
    ["responsable des achats", true, "responsable des achats"],
    // a field named by a noun in -ment after the head is no adjective to bend
    ["directeur environnement", true, "directrice environnement"],
  ])("%s (feminine %s) → %s", (title, feminine, agreed) => {
    expect(agreeTitle(title, feminine as boolean | null)).toBe(agreed);
  });
});

describe("a rank is the title, a first-ever is not", () => {
  it.each([
    ["premier vice-président", "premier vice-président"],
    ["première adjointe au maire", "première adjointe au maire"],
    ["premier directeur général", "directeur général"],
    ["plus jeune vice-président", "vice-président"],
  ])("%s → %s", (raw, tidy) => {
    expect(tidyRole(raw)).toBe(tidy);
  });
});

describe("a post said by what the person leads becomes its title", () => {
  it.each([
    ["à la tête du conseil de surveillance", "président du conseil de surveillance"],
    ["aux commandes du site de Vernal", "directeur du site de Vernal"],
    ["à  la présidence", "président"],
    ["à la direction générale", "directeur général"],
    ["à la direction financière", "directeur financier"],
    ["à la tête de la direction des risques", "directeur des risques"],
    // the infinitive the clause left before it ("quitte C pour prendre la direction juridique de D")
    ["prendre la direction administrative et financière", "directeur administratif et financier"],
    // "nommés à la codirection du festival": each is a codirector
    ["à la codirection", "codirecteur"],
    ["directeur adjoint de la direction de l'innovation", "directeur adjoint de l'innovation"],
    // a department named by a place or a capital stays as written
    ["directeur de la direction Europe", "directeur de la direction Europe"],
    ["en conseil des ministres à la direction", "directeur"],
    // nothing led: left for the reader that knows more
    ["à la tête", "à la tête"],
  ])("%s → %s", (raw, tidy) => {
    expect(tidyRole(raw)).toBe(tidy);
  });
});

describe("where or how fully a post is held is not its title", () => {
  it.each([
    ["head of trading in Singapore", "head of trading"],
    ["directeur général de plein exercice", "directeur général"],
    ["associée à part entière", "associée"],
  ])("%s → %s", (raw, tidy) => {
    expect(tidyRole(raw)).toBe(tidy);
  });
});

describe("a title's department after a comma is kept whole, as the editor wrote it", () => {
  it.each([
    [
      "vice-président principal, Fusions et acquisitions, chez Vortalis.",
      "vice-président principal, Fusions et acquisitions",
    ],
    [
      "vice-présidente, Affaires juridiques et conformité.",
      "vice-présidente, Affaires juridiques et conformité",
    ],
    ["directeur, Ventes et marketing, à compter du 1er mars.", "directeur, Ventes et marketing"],
    // names after the comma are the next clause, not a department
    ["président, Marc et Julie rejoignent le bureau.", "président"],
  ])("%s → %s", (sentence, role) => {
    expect(readRole(sentence, 0)?.role).toBe(role);
  });
});
