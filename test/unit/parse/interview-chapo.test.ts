// Interview chapôs (jobs/parse/interview-chapo.ts): the lead of a portrait names the post first, then
// the person, then what they did before; a quote follows. Every person and company here is invented.

import { describe, expect, it } from "@jest/globals";
import { readChapo } from "../../../jobs/parse/interview-chapo.ts";
import { parseIssueText } from "../../../jobs/parse/issue.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { issueAround, recordsOf } from "./issue-text.ts";

const movesOf = (items: string[]) =>
  recordsOf(
    parseIssueText(
      issueAround(items, {
        before: ["LA LETTRE DES BRASSEURS — juin 2026", "", "La bière artisanale recule de 3 %", ""],
        heading: "NOMINATIONS",
        after: ["AGENDA", "— 4 juillet : fête de la bière, Lille"],
      }),
    ),
  );

describe("an interview chapô", () => {
  it.each([
    [
      "a post dated since a recent day, then the career",
      "Directrice générale de Brasserie Ardennoise depuis le 1er mai, Anne Roy-Kessler a dirigé pendant six ans la production de Malterie Vosgienne.\n« Nous doublerons nos volumes. »",
      { person: "Anne Roy-Kessler", company: "Brasserie Ardennoise", role: "directrice générale" },
    ],
    [
      "a post announced as new, the person arriving from elsewhere",
      "Nouveau directeur commercial de Houblons du Nord, Paul Girard-Mensah arrive de Brasserie Ardennoise, où il dirigeait les ventes.\n« Le fût reste roi. »",
      {
        person: "Paul Girard-Mensah",
        company: "Houblons du Nord",
        role: "directeur commercial",
        previous: ["Brasserie Ardennoise"],
      },
    ],
    [
      "an aside about the election between the post and the name, and the one replaced",
      "Présidente du Syndicat des brasseurs de Flandre, élue le 3 mai, Odile Ferrand-Bamba dirige par ailleurs Brasserie Mortier. Elle remplace Henri Lacaze-Diop.\n« Nous parlerons d'une seule voix. »",
      {
        person: "Odile Ferrand-Bamba",
        company: "Syndicat des brasseurs de Flandre",
        role: "présidente",
        predecessor: "Henri Lacaze-Diop",
      },
    ],
  ])("reads %s", (_, item, expected) => {
    expect(movesOf([item])).toEqual([expect.objectContaining(expected)]);
  });

  it("holds a post read by its place before the name for review", () => {
    const [move] = movesOf([
      "Responsable qualité de Malterie Vosgienne depuis avril, Léa Morvan-Diallo a passé dix ans chez Brasserie Mortier.",
    ]);
    expect(move).toEqual(
      expect.objectContaining({ company: "Malterie Vosgienne", role: "responsable qualité", kind: "joined" }),
    );
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it.each([
    [
      "a post held for years: the main clause tells the move",
      "Directeur de Brasserie Mortier depuis 2011, Luc Faure-Tall prendra sa retraite en juin.",
    ],
    [
      "a post held for a counted time",
      "Directrice de Houblons du Nord depuis six ans, Maud Perrin-Obi rejoint Malterie Vosgienne.",
    ],
    [
      "a main clause with a post of its own",
      "Chef brasseur de Brasserie Mortier, Jules Lenoir-Ba devient directeur de la production.",
    ],
    [
      "a mandate renewed",
      "Présidente de la Fédération des malteurs, Inès Carré-Sow a été reconduite pour trois ans.",
    ],
    [
      "a departure told after the post",
      "Directeur du site de Lomme, le premier de Brasserie Mortier, Luc Faure-Tall part à la retraite.",
    ],
    ["a title with no employer", "Directrice financière, Lina Morel-Adjei arrive de Kargo."],
    ["no title first", "Chez Brasserie Mortier, Anne Roy-Kessler arrive de Kargo."],
  ])("is not %s", (_, paragraph) => {
    expect(readChapo(paragraph)).toBeNull();
  });

  it("never reads the quote as a move", () => {
    const moves = movesOf([
      "Directeur de Malterie Vosgienne depuis mars, Marc Ollier-Sène était jusqu'ici chef de projet chez Brasserie Mortier.\n« Je rejoins une maison, Paul Girard-Mensah est nommé directeur de mon ancienne équipe. »",
    ]);
    expect(moves.map((m) => m.person)).toEqual(["Marc Ollier-Sène"]);
  });
});
