// The second mover of a succession (issue 13, recall): the successor a pronoun or a purpose ties to
// the one replaced ("Y lui succède à la direction technique", "Pour le remplacer, C a choisi Y", "La
// relève est assurée par Y", "Y est promue à sa place"), the one who hands the post over and moves on
// ("X cède la direction générale à Y et devient R"), and the second of a gapped pair ("A prendra la
// direction de R1 et B celle de R2"). jobs/parse/succession-posts.ts, clause-readers.ts
// readSuccession, paragraph.ts. New readings are held for review. Invented names and sentences only.

import { describe, expect, it } from "@jest/globals";
import { NOTES } from "../../../jobs/parse/notes.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { moveOf } from "./issue-text.ts";

interface Case {
  name: string;
  paragraph: string;
  person: string;
  expected: { role: string; company: string; predecessor?: string | null };
  /** The reading is new: held for review. */
  held?: boolean;
}

const CASES: Case[] = [
  {
    name: "the post named after a pronoun's 'succède à'",
    paragraph:
      "Chez Salines de Kervaleg, Hugo Perrin, directeur technique, devient directeur général délégué ; Nina Vasseur, venue de Sel d'Ormoy, lui succède à la direction technique.",
    person: "Nina Vasseur",
    expected: { role: "directrice technique", company: "Salines de Kervaleg", predecessor: "Hugo Perrin" },
    held: true,
  },
  {
    name: "a department after 'lui succède', paraphrased",
    paragraph:
      "Chez Géosonde Armor, Hugo Perrin, jusqu'ici directeur des achats, prend la direction générale déléguée ; Nina Vasseur, acheteuse principale, lui succède aux achats.",
    person: "Nina Vasseur",
    expected: { role: "directrice des achats", company: "Géosonde Armor", predecessor: "Hugo Perrin" },
    held: true,
  },
  {
    name: "the post the one replaced leaves, the title agreeing with the successor's first name",
    paragraph: "Benoît Arnal quitte la direction commerciale de Géosonde Armor. Nina Vasseur lui succède.",
    person: "Nina Vasseur",
    expected: { role: "directrice commerciale", company: "Géosonde Armor", predecessor: "Benoît Arnal" },
    held: true,
  },
  {
    name: "'Pour le remplacer, C a choisi Y': the post the one replaced leaves",
    paragraph:
      "Benoît Arnal quitte la direction des levés de Hydrographie Océane. Pour le remplacer, l'entreprise a choisi Nina Vasseur, jusqu'ici cheffe de mission.",
    person: "Nina Vasseur",
    expected: { role: "directrice des levés", company: "Hydrographie Océane", predecessor: "Benoît Arnal" },
    held: true,
  },
  {
    name: "the purpose's post, not the one held until now after the name",
    paragraph:
      "Le fondateur de Géosonde Armor, Benoît Arnal, part à la retraite. Pour lui succéder à la présidence, le conseil a choisi Nina Vasseur, directrice financière depuis 2019.",
    person: "Nina Vasseur",
    expected: { role: "présidente", company: "Géosonde Armor", predecessor: "Benoît Arnal" },
    held: true,
  },
  {
    name: "'la relève est assurée par Y'",
    paragraph:
      "Benoît Arnal quitte la direction des levés de Hydrographie Océane. La relève est assurée par Nina Vasseur, jusqu'ici cheffe de mission.",
    person: "Nina Vasseur",
    expected: { role: "directrice des levés", company: "Hydrographie Océane", predecessor: "Benoît Arnal" },
    held: true,
  },
  {
    name: "'Y est promue à sa place'",
    paragraph:
      "Benoît Arnal, directeur des levés de Hydrographie Océane, rejoint Géosonde Armor. Chez Hydrographie Océane, Nina Vasseur est promue à sa place.",
    person: "Nina Vasseur",
    expected: { role: "directrice des levés", company: "Hydrographie Océane", predecessor: "Benoît Arnal" },
    held: true,
  },
  {
    name: "the one who hands the post over and moves on, after the successor",
    paragraph:
      "Chez Hydrographie Océane, le fondateur Benoît Arnal cède la direction générale à Nina Vasseur, jusqu'ici directrice des levés, et devient président du conseil de surveillance.",
    person: "Benoît Arnal",
    expected: {
      role: "président du conseil de surveillance",
      company: "Hydrographie Océane",
      predecessor: null,
    },
    held: true,
  },
  {
    name: "the second of a gapped pair, 'et B celle de R2'",
    paragraph:
      "Chez Salines de Kervaleg, Nina Vasseur prendra la direction de la récolte et Hugo Perrin celle du conditionnement.",
    person: "Hugo Perrin",
    expected: { role: "directeur du conditionnement", company: "Salines de Kervaleg" },
    held: true,
  },
  {
    name: "the house 'où' points back to, not the sentence's subject",
    paragraph:
      "La coopérative Sel d'Ormoy recrute comme directeur commercial Hugo Perrin, transfuge de l'ensacheur Géosonde Armor, où Nina Vasseur prend la présidence.",
    person: "Nina Vasseur",
    expected: { role: "présidente", company: "Géosonde Armor" },
  },
];

describe("the second mover of a succession", () => {
  it.each(CASES)("$name", ({ paragraph, person, expected, held }) => {
    const move = moveOf(paragraph, person);
    expect(move).toMatchObject(expected);
    if (held) expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("keeps the successor's own reading of the hand-over when the giver moves on", () => {
    const move = moveOf(CASES[7]!.paragraph, "Nina Vasseur");
    expect(move).toMatchObject({ role: "directrice générale", predecessor: "Benoît Arnal" });
    expect(move!.reasons).not.toContain(NOTES.newShape.reason);
  });

  it("reads no post from 'pour remplacer' a thing, nor a giver who stays", () => {
    expect(
      moveOf(
        "Salines de Kervaleg recrute Nina Vasseur pour remplacer la vieille raffinerie, comme directrice technique.",
        "Nina Vasseur",
      )?.predecessor ?? null,
    ).toBeNull();
    expect(
      moveOf(
        "Chez Hydrographie Océane, le fondateur Benoît Arnal cède la direction générale à Nina Vasseur, jusqu'ici directrice des levés, et reste président.",
        "Benoît Arnal",
      ),
    ).toBeUndefined();
  });
});
