// "X prend la direction de C", "C a élu à sa tête X", "X en reprend la direction": the text names what
// the person leads, not the title. A reader that finds no title there guesses "directeur général"
// (clause-slots.ts leadershipRole, NOTE roleNotFoundGuessed) before the employer is settled. Once the
// record names its house, the kind of house tells the title an editor writes: a body whose members
// elect their head (a federation, a league, a union, a chamber, a syndicate, an association) is
// chaired by its "président" when someone is put "à sa tête"; an establishment, a school, a public
// body or a shop (a farm, a bookshop, a nature reserve, a golf course, an institute) has a "directeur";
// a firm keeps its "directeur général".

import { foldWord } from "./lexicon.ts";
import { NOTES, type Note } from "./notes.ts";

// The common nouns that open the name of a body whose head is elected.
const ELECTED_BODIES = new Set(
  "federation confederation ligue union chambre syndicat association interprofession ordre".split(" "),
);

// The common nouns that open the name of a house led by a "directeur": public bodies, schools,
// cultural and care establishments, and places run for their owner.
const DIRECTED_HOUSES = new Set(
  (
    "musee theatre opera office observatoire institut centre agence groupement hopital bibliotheque " +
    "mediatheque festival ecole conservatoire parc archives port jardin maison lycee college mjc cfa " +
    "fondation esat ehpad residence foyer domaine ferme librairie epicerie reserve station reseau golf " +
    "pole laboratoire salon cpam caf campus refuge camping incubateur pepiniere"
  ).split(" "),
);

export type HouseKind = "elected" | "directed";

// "la tête de l'association Les Jardins de l'Espoir", "le laboratoire Biolabs Orbe", "À l'ESAT Les
// Ateliers du Pontgirard": the common noun (or acronym) the paragraph writes just before the name
const NOUN_BEFORE =
  /(?:^|[\s'’])([\p{Ll}-]{3,}|\p{Lu}{3,5})(?:\s+\p{Ll}[\p{Ll}-]+)?\s+(?:de la |de l['’]|du |des |de |d['’])?$/u;

function kindOf(noun: string): HouseKind | null {
  const folded = foldWord(noun);
  if (ELECTED_BODIES.has(folded)) return "elected";
  if (DIRECTED_HOUSES.has(folded)) return "directed";
  return null;
}

/** What kind of house the record's company is: by the noun that opens its name, else the noun written before it. */
export function houseKind(company: string, paragraph: string): HouseKind | null {
  const name = company.trim().replace(/^(?:(?:les|la|le)\s+|l['’]\s*)/iu, "");
  const head = /^([\p{L}-]+)/u.exec(name)?.[1];
  const own = head ? kindOf(head) : null;
  if (own) return own;
  const at = paragraph.indexOf(name);
  if (at < 0) return null;
  // "l'association Les Amis de …": the name's own article sits between the noun and the name
  const lead = paragraph.slice(Math.max(0, at - 60), at).replace(/(?:^|\s)(?:les|le|la)\s+$|['’]$/iu, " ");
  const before = NOUN_BEFORE.exec(lead);
  return before ? kindOf(before[1]!) : null;
}

const GUESSED_HEAD = /^direct(?:eur|rice) générale?$/u;

/**
 * The title of a record whose title was guessed from "la direction de" / "la tête de", once its house
 * is known; null when the guess stands. An elected body's head is its president when the person is
 * put at its head; "prend la direction de la fédération" names its salaried director.
 */
export function titleOfLedHouse(
  move: { role: string; company: string; paragraph: string },
  notes: readonly Note[],
): string | null {
  if (!GUESSED_HEAD.test(move.role)) return null;
  // the guess already agrees with the person
  const feminine = move.role.startsWith("directrice");
  const guess = notes.find((n) => n.kind === NOTES.roleNotFoundGuessed);
  if (!guess) return null;
  const kind = houseKind(move.company, move.paragraph);
  if (kind === "directed") return feminine ? "directrice" : "directeur";
  if (kind === "elected") {
    const chaired = /tête/u.test(guess.detail ?? "");
    return chaired ? (feminine ? "présidente" : "président") : feminine ? "directrice" : "directeur";
  }
  return null;
}
