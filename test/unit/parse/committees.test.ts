// Executive committees in one sentence (jobs/parse/committees.ts). Every person and company here is
// invented; the cases vary the opening ("Le nouveau comité de direction de C :", "C remanie son comex :"),
// the statuses and the separators.

import { describe, expect, it } from "@jest/globals";
import { committeeSentences } from "../../../jobs/parse/committees.ts";

describe("committee sentences", () => {
  it.each([
    [
      "Le nouveau comité exécutif de Laiterie Morvan : Paul Garnier (directeur industriel, ex-Fromagerie Joly), Lise Adam (directrice qualité, promue) et Marc Roux (directeur financier, confirmé).",
      [
        "Paul Garnier (ex-Fromagerie Joly) → Laiterie Morvan, directeur industriel",
        "Chez Laiterie Morvan, Lise Adam est promue directrice qualité.",
      ],
    ],
    [
      "Vitrex, verrier à Saint-Aubin, remanie son comité de direction : Anne Roy (DRH, nommée) et Hugo Blin (secrétaire général, inchangé)",
      ["Chez Vitrex, Anne Roy est nommée DRH."],
    ],
    [
      "La nouvelle équipe de direction d'Atelier Nord : Zoé Lenoir (directrice générale, ex-Studio Sud) ; Jean Piel (directeur technique, reconduit)",
      ["Zoé Lenoir (ex-Studio Sud) → Atelier Nord, directrice générale"],
    ],
  ])("%s", (line, sentences) => {
    expect(committeeSentences(line)).toEqual(sentences);
  });

  it.each([
    // a member whose bracket tells nothing known: left to an editor as written
    "Le nouveau comité exécutif de Laiterie Morvan : Paul Garnier (directeur industriel), Lise Adam (directrice qualité, promue).",
    // no committee
    "Laiterie Morvan présente ses résultats : chiffre d'affaires (en hausse) et marge (stable).",
  ])("leaves %s", (line) => {
    expect(committeeSentences(line)).toBeNull();
  });
});
