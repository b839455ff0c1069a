// The "words left unread" signals measured as candidate doubts (issue 13 item 4) and not switched
// on: what each finds in a sentence, invented names only.

import { describe, expect, it } from "@jest/globals";
import {
  type RecordSlots,
  roleHeadOutsideLexicon,
  unassignedCapitalisedWords,
  wordRightAfterASlot,
  wordsLeftBetweenSlots,
} from "../../../jobs/parse/unread-words.ts";

const record = (paragraph: string, extra: Partial<RecordSlots> = {}): RecordSlots => ({
  person: "Maëlle Tournier",
  company: "Groupe Velanor",
  role: "directrice des opérations",
  paragraph,
  ...extra,
});

describe("words left unread around a record", () => {
  it("finds the complement a role was cut before", () => {
    const cut = record(
      "Maëlle Tournier devient directrice des opérations du bureau de Quimbrac de Groupe Velanor.",
    );
    expect(wordsLeftBetweenSlots(cut)).toEqual(["bureau", "Quimbrac"]);
    expect(wordRightAfterASlot(cut)).toEqual(["bureau"]);
    expect(unassignedCapitalisedWords(cut)).toEqual(["Quimbrac"]);
  });

  it("finds the word an employer was cut before", () => {
    const cut = record("Maëlle Tournier rejoint le Stade Orvien féminin comme directrice des opérations.", {
      company: "Stade Orvien",
    });
    expect(wordRightAfterASlot(cut)).toEqual(["féminin"]);
  });

  it("finds nothing when connectors alone tie the slots", () => {
    const whole = record(
      "Maëlle Tournier est nommée directrice des opérations de Groupe Velanor à compter du 1er mars.",
    );
    expect(wordsLeftBetweenSlots(whole)).toEqual([]);
    expect(wordRightAfterASlot(whole)).toEqual([]);
    expect(unassignedCapitalisedWords(whole)).toEqual([]);
  });

  it("counts the other movers of the paragraph as read", () => {
    const two = record(
      "Maëlle Tournier, qui succède à Bastien Orliac, devient directrice des opérations de Groupe Velanor.",
      {
        slotsInParagraph: ["Bastien Orliac"],
      },
    );
    expect(wordsLeftBetweenSlots(two)).toEqual([]);
    expect(unassignedCapitalisedWords(two)).toEqual([]);
  });

  it("reads only what follows the mover: an employer that is the subject runs into its verb", () => {
    const subject = record("Groupe Velanor promeut Maëlle Tournier directrice des opérations.");
    expect(wordRightAfterASlot(subject)).toEqual([]);
  });

  it("knows a title's head by the title lexicon, prefixes included", () => {
    expect(roleHeadOutsideLexicon("directrice des opérations")).toBe(false);
    expect(roleHeadOutsideLexicon("co-fondatrice")).toBe(false);
    expect(roleHeadOutsideLexicon("vice-présidente")).toBe(false);
    expect(roleHeadOutsideLexicon("Chief Revenue Officer")).toBe(false);
    expect(roleHeadOutsideLexicon("éditorialiste")).toBe(false);
    expect(roleHeadOutsideLexicon("présidente-directrice générale")).toBe(false);
    expect(roleHeadOutsideLexicon("studio head")).toBe(false);
    expect(roleHeadOutsideLexicon("plus jeune directeur général de l'histoire")).toBe(true);
    expect(roleHeadOutsideLexicon("mois dernier directeur régional")).toBe(true);
    expect(roleHeadOutsideLexicon("aux commandes du site")).toBe(true);
  });
});
