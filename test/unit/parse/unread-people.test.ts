// Everyone a read paragraph names is accounted for (jobs/parse/unread-people.ts, unread.ts): a mover
// read, a predecessor, or someone named for a reason that is no move of theirs; anyone else leaves
// the paragraph partly read, with their name among its candidates. Invented text and names only.

import { describe, expect, it } from "@jest/globals";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { FIRST_PERSON_MOVE, NON_MOVE_REASONS, nonMoveReasonOf } from "../../../jobs/parse/unread-people.ts";
import { issueAround } from "./issue-text.ts";

const unreadPeople = (paragraph: string) =>
  (parseIssueText(issueAround([paragraph])).unread ?? []).flatMap((u) => u.candidates.people);

describe("a person no record accounts for", () => {
  it.each([
    [
      "a second mover whose verb no lexicon knows",
      "Miellerie Royale nomme Claire Besson directrice générale. La production ira à son adjoint, Julien Ferrat.",
      "Julien Ferrat",
    ],
    [
      "a predecessor who now chairs the board",
      "Anne Roussel prend la direction générale de Corderies Vidal. Elle succède à Paul Vidal, qui préside désormais le conseil de surveillance.",
      "Paul Vidal",
    ],
    [
      "a predecessor who leaves for the same post elsewhere",
      "Hugo Lemaire quitte la direction financière de Verreries Astier pour celle des Cristalleries du Lac. Il est remplacé par Sophie Navarre, ex-Optique Delmas.",
      "Hugo Lemaire",
    ],
    [
      "a predecessor who leaves to run another house",
      "L'observatoire de Montclar recrute Lucie Garnier comme directrice. Elle succède à Marc Perrin, qui part diriger le planétarium de Sorlac.",
      "Marc Perrin",
    ],
    [
      "a giver whose hand-over has a purpose",
      "Chez Brasserie Ondine, Claire Moreau cède son poste de directrice des ventes à Julien Roy pour devenir directrice de l'export ; Julien Roy, jusqu'ici chef de secteur chez Bières du Causse, devient donc directeur des ventes.",
      "Claire Moreau",
    ],
    [
      "a colleague whose name is all dictionary words",
      "Hugo Lemaire rejoindra Tonnellerie Bastide le 2 mai comme directeur commercial ; il quitte Fûts du Rhône. Sa collègue Églantine Rose le remplacera chez Fûts du Rhône au poste de directrice commerciale.",
      "Églantine Rose",
    ],
    [
      "a mover whose name follows a capitalised descriptor",
      "Le fabricant de luges Glissfjord a choisi son premier dirigeant étranger. L'Écossais Ewan Macrory-Dunn, actuellement directeur financier, remplacera Paul Morel, qui prendra la présidence de la nouvelle holding Glissfjord Group.",
      "Ewan Macrory-Dunn",
    ],
  ])("lists %s", (_case, paragraph, person) => {
    expect(unreadPeople(paragraph)).toContain(person);
  });

  it.each([
    [
      "a post fronted with the date it was taken",
      "Directrice de la Maison de la danse de Vérac depuis le 1er février, Maëlle Korrigan-Sow prépare sa première saison avec douze compagnies.",
      "Maëlle Korrigan-Sow",
    ],
    [
      "someone who now holds a post's duties",
      "Basile Ortolan-Quéré, jusqu'ici chez Vitraux Lemoine, assure depuis mardi les fonctions de directeur artistique de l'Atelier verrier de Sorlac.",
      "Basile Ortolan-Quéré",
    ],
  ])("reads or lists %s", (_case, paragraph, person) => {
    const issue = parseIssueText(issueAround([paragraph]));
    const read = issue.moves.some((m) => m.person === person);
    expect(read || unreadPeople(paragraph).includes(person)).toBe(true);
  });

  it.each([
    "Ravie de vous annoncer que je rejoins Horlogerie Vallon comme directrice technique !",
    "Fier d'annoncer ma promotion au poste de chef de cave.",
    "After nine years at Delmas Optics, I'm joining Verrelux as head of design.",
  ])("hears a move its speaker tells in the first person: %s", (quote) => {
    expect(FIRST_PERSON_MOVE.test(quote)).toBe(true);
  });

  it("hears no move of the speaker's in a quote about someone else", () => {
    expect(FIRST_PERSON_MOVE.test("Nous sommes ravis d'accueillir Anne parmi nous.")).toBe(false);
  });
});

describe("a person named for a reason that is no move", () => {
  it.each([
    [
      "someone speaking",
      "Hugo Lemaire devient directeur de Vergers Ondine. « Il connaît nos clients », se félicite Claire Besson, présidente de la coopérative.",
    ],
    [
      "a departure with nowhere to go",
      "Hugo Lemaire devient directeur financier de Vergers Ondine. Le directeur commercial, Paul Giraud, quitte l'entreprise.",
    ],
    [
      "an interim",
      "Hugo Lemaire est nommé directeur de la Régie des eaux de Sorlac. L'intérim était assuré par Claire Besson, directrice adjointe.",
    ],
    [
      "a death",
      "Hugo Lemaire devient président de la Fédération des apiculteurs. Nous apprenons par ailleurs le décès de Paul Giraud, son fondateur.",
    ],
    [
      "a founder who keeps the chair",
      "Hugo Lemaire est nommé directeur général de Vergers Ondine. La fondatrice, Claire Besson, conserve la présidence.",
    ],
    [
      "a prize",
      "Hugo Lemaire devient directeur de Vergers Ondine. Claire Besson, cheffe de culture, a reçu le prix de l'innovation.",
    ],
    [
      "the one the mover reports to",
      "Hugo Lemaire rejoint Vergers Ondine comme directeur commercial. Il rendra compte au président, Paul Giraud.",
    ],
  ])("does not list %s", (_case, paragraph) => {
    expect(unreadPeople(paragraph)).toEqual([]);
  });

  it.each(NON_MOVE_REASONS.map((reason) => [reason.id, reason.example]))(
    "the row %s applies to its own example",
    (id, example) => {
      const name = /(?:Luc|Anne) Roy/u.exec(example)!;
      const after = example.slice(name.index + name[0].length);
      const next = /(?:Anne|Luc) Morel/u.exec(after);
      const reason = nonMoveReasonOf({
        before: example.slice(0, name.index),
        clause: next ? after.slice(0, next.index) : after,
      });
      expect(reason?.id).toBe(id);
    },
  );
});
