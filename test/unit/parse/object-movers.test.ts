// The mover as the object of an employer's verb ("C recrute un animateur, X", "C nomme commissaire
// générale X", "C a porté à sa tête X") and a title of courtesy or a rank before the name ("M.",
// "le Dr", "au colonel", "la générale de brigade"), which is never part of the name and never stands
// between a verb and its object; on invented text of sectors the corpora do not cover (stained
// glass, botanical gardens).

import { describe, expect, it } from "@jest/globals";
import { readSentence } from "../../../jobs/parse/sentence.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { movesOf as parse } from "./issue-text.ts";

describe("a title of courtesy or a rank before the name", () => {
  it.each([
    [
      "an honorific in the apposition that names the post's holder",
      "Vitrail Morand recrute un maître verrier, M. Paul Girard, jusqu'ici restaurateur chez Verres Talbec.",
      { person: "Paul Girard", company: "Vitrail Morand", role: "maître verrier", kind: "joined" },
    ],
    [
      "an article and an honorific in the apposition",
      "Vitrail Morand accueille une nouvelle directrice technique, la Dr Anne Roy, jusqu'ici chercheuse chez Verres Talbec.",
      { person: "Anne Roy", company: "Vitrail Morand", role: "directrice technique", kind: "joined" },
    ],
    [
      "between the verb and its object, the title after the name",
      "Vitrail Morand promeut le Pr Paul Girard directeur scientifique.",
      { person: "Paul Girard", company: "Vitrail Morand", role: "directeur scientifique", kind: "promoted" },
    ],
    [
      "a rank with its complement before the subject",
      "Le colonel (R) Paul Girard est nommé directeur de la sûreté de Vitrail Morand.",
      { person: "Paul Girard", company: "Vitrail Morand", role: "directeur de la sûreté" },
    ],
    [
      "a rank after a title given before the name",
      "L'Union des vitraillistes a élu vice-président le commandant Paul Girard, maître verrier à Valmore.",
      { person: "Paul Girard", company: "Union des vitraillistes", role: "vice-président" },
    ],
    [
      "an honorific after a hiring verb, the title introduced",
      "Vitrail Morand a recruté Me Anne Roy comme directrice juridique.",
      { person: "Anne Roy", company: "Vitrail Morand", role: "directrice juridique", kind: "joined" },
    ],
    [
      '"au Dr": the contracted preposition stays a preposition',
      "Le Jardin botanique de Valmore confie sa direction scientifique au Dr Anne Roy.",
      { person: "Anne Roy", company: "Jardin botanique de Valmore", role: "directrice scientifique" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    const moves = parse(paragraph);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject(expected);
  });

  it('blanks the title in the sentence its readers see, keeping the offsets, the name and the cue of "M."', () => {
    const text =
      "Le Jardin botanique de Valmore confie sa direction au Dr Anne Roy et au général Paul Girard.";
    const sentence = readSentence(text);
    expect(sentence.text).toHaveLength(text.length);
    expect(sentence.courtesies.map((span) => span.text)).toEqual(["au Dr ", "au général "]);
    expect(sentence.text).toContain("direction à     Anne Roy et à          Paul Girard.");
    expect(sentence.mentions.map((mention) => mention.name)).toEqual(["Anne Roy", "Paul Girard"]);
    // "M." is the masculine cue a title agrees with: kept
    expect(readSentence("Vitrail Morand recrute M. Paul Girard.").text).toContain("M. Paul Girard");
  });

  it("a rank is read only after an article: a title's adjective stays the title's", () => {
    const text = "L'Union des vitraillistes a nommé secrétaire général Paul Girard.";
    expect(readSentence(text).courtesies).toEqual([]);
    expect(parse(text)[0]).toMatchObject({ person: "Paul Girard", role: "secrétaire général" });
  });
});

describe("the post the employer announces right before its holder", () => {
  it.each([
    [
      "a hiring verb, an adverb, a post the role classes do not rank",
      "Vitrail Morand recrute par ailleurs un animateur, Paul Girard, ex-Verres Talbec.",
      { person: "Paul Girard", company: "Vitrail Morand", role: "animateur", kind: "joined" },
    ],
    [
      "a hiring verb and the house's own post",
      "Vitrail Morand recrute sa déléguée générale, Anne Roy, jusqu'ici juriste chez Verres Talbec.",
      { person: "Anne Roy", company: "Vitrail Morand", role: "déléguée générale", kind: "joined" },
    ],
    [
      "a title ending on a region, between the verb and the name",
      "Vitrail Morand nomme directrice commerciale Europe Anne Roy.",
      { person: "Anne Roy", company: "Vitrail Morand", role: "directrice commerciale Europe" },
    ],
    [
      "a body carries someone to its head: its chair",
      "L'Union des vitraillistes a porté à sa tête Paul Girard, maître verrier à Valmore.",
      { person: "Paul Girard", company: "Union des vitraillistes", role: "président" },
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(parse(paragraph)[0]).toMatchObject(expected);
  });

  it.each([
    [
      "a head only the wider vocabulary knows, an honorific's period no sentence end",
      "La minoterie Blés d'Argonne a désigné un nouvel administrateur délégué, M. Hervé Salmon, jusqu'ici meunier chez Farinor.",
      { person: "Hervé Salmon", company: "Blés d'Argonne", role: "administrateur délégué" },
    ],
    [
      "the same with 'Mme'",
      "La fondation Orvalis a désigné une nouvelle conservatrice, Mme Odile Brunet, venue du musée de la Mine.",
      { person: "Odile Brunet", company: "Orvalis", role: "conservatrice" },
    ],
    [
      "the house's own post after a hiring verb",
      "Vitrail Morand recrute sa déléguée générale, Anne Roy, jusqu'ici juriste chez Verres Talbec.",
      { person: "Anne Roy", company: "Vitrail Morand", role: "déléguée générale" },
    ],
    [
      "a title with its article before the name, set off by commas (once the slot reader's)",
      "Le festival Kerlan recrute un délégué artistique, Marc Lin, jusqu'ici responsable de la programmation de Talvia.",
      { person: "Marc Lin", company: "Kerlan", role: "délégué artistique", kind: "joined" },
    ],
    [
      "a head the role classes rank nowhere",
      "Vitrail Morand recrute par ailleurs un animateur, Paul Girard, ex-Verres Talbec.",
      { person: "Paul Girard", company: "Vitrail Morand", role: "animateur" },
    ],
  ])("not yet measured, read and held for review: %s", (_label, paragraph, expected) => {
    const moves = parse(paragraph);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject(expected);
    expect(moves[0]!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("'sa nouvelle R : X' stays the title opener's, which reads it as well as measured", () => {
    const move = parse(
      "Le Comité des vitraillistes a désigné sa nouvelle déléguée générale : Anne Roy, qui était chargée des partenariats chez Verres Talbec.",
    )[0];
    expect(move).toMatchObject({ person: "Anne Roy", role: "déléguée générale", shape: "title opener" });
  });

  it("a promotion's possessive post is the one held until now, not the new one", () => {
    const move = parse("Vitrail Morand promeut son adjoint, Paul Girard, directeur technique.")[0];
    expect(move).toMatchObject({ person: "Paul Girard", role: "directeur technique", kind: "promoted" });
  });

  it("« nomme à sa tête X »: a company's head is no chair", () => {
    const move = parse("Vitrail Morand nomme à sa tête Anne Roy, jusque-là directrice des opérations.")[0];
    expect(move?.role).not.toBe("présidente");
  });

  it("a list's shared word that names no post alone is no title", () => {
    const moves = parse("Vitrail Morand accueille deux nouveaux membres, Anne Roy et Paul Girard.");
    expect(moves.filter((move) => move.role === "membre")).toEqual([]);
  });

  it("a head only the wider vocabulary of titles knows is read, but held for review", () => {
    const move = parse("Vitrail Morand nomme commissaire générale Anne Roy.")[0];
    expect(move).toMatchObject({
      person: "Anne Roy",
      company: "Vitrail Morand",
      role: "commissaire générale",
    });
    expect(move!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});
