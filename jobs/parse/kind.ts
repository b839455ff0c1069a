// The kind of a move, as the site labels it: "Arrivée" (joined), "Nomination" (appointed),
// "Promotion" (promoted). What a recruiter wants to know is where the person comes from, so the
// kind follows the person's origin rather than the verb of the release ("nomme" can announce a
// hire from a competitor as well as an internal step):
//   appointed: a board seat, an elected post or a post given by decree, whatever the origin;
//   joined:    the person comes from another employer (one is named, or the verb says arrival:
//              rejoint, arrive, recrute, intègre);
//   promoted:  a new post at the same employer or group ("promu", "jusqu'ici directeur de…",
//              "elle en était la directrice adjointe");
//   appointed: any other appointment whose origin is not said.
// Every fixture corpus is labelled by this rule.

import { allMatches } from "./all-matches.ts";
import { escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { groupPairs, inOneGroup } from "./group-relations.ts";
import { foldWord, INSTITUTION_HEADS, PLACE_NAMED_HEADS, TITLE_HEAD_VOCABULARY } from "./lexicon.ts";
import { companyKey } from "./names.ts";
import type { MoveKind } from "./types.ts";

// "administratrice générale" is the house's executive head (a theatre's, a school's), no seat
const BOARD_SEAT =
  /^(?:administrat(?:eur|rice)(?!\s+générale?)|membre du conseil|membre du directoire|membre du comité (?!de direction|exécutif)|independent director|président(?:e)? du (?:conseil de surveillance|conseil d['’]administration|comité)|censeur|board member|member of the (?:supervisory |advisory )?board|non-executive director)/iu;
const OFFICIAL = /(?<![\p{L}])(?:par (?:décret|arrêté)|élue?s?(?![\p{L}])|réélue?s?(?![\p{L}]))/iu;
// The person's former post is named without another employer: they stay in the house. "X, aujourd'hui
// responsable du réseau, deviendra R" names the post held now, as "actuellement" does; so does a
// relative clause whose post is the house's own ("qui dirigeait l'exploitation,", "qui était sa
// directrice des opérations": the possessive is the employer's or the one leaving's). "tous deux
// issus de la maison", "issue du sérail", "issus de ses équipes": from the house's own ranks; "Déjà R de C,
// X devient en outre R2": a post held in the house already.
const SAME_HOUSE =
  /(?<![\p{L}])(?:qui (?:y )?(?:était|dirigeait|pilotait|occupait|supervisait)\s+(?:(?:sa|son|ses|leur)\s|(?:l['’]|la\s|le\s)\p{Ll}[\p{Ll}-]*\s*(?:[,.;]|$))|jusqu'(?:ici|alors|à présent)|jusque-là|(?<=,\s*)aujourd'hui\s+(?=\p{Ll}{3})|en était|(?:il|elle) (?:y )?(?:était|dirigeait|pilotait|occupait)|actuellement|depuis \d{4}|promue?s?(?![\p{L}])|qu'(?:il|elle) avait rejointe?|(?:son|sa) (?:adjointe?|bras droit|numéro deux)|cooptée?s?|issue?s? (?:de la maison|du sérail)(?![\p{L}])|issue?s? de (?:ses|leurs|nos) (?:équipes|rangs)|(?:^|[.;:]\s*)déjà\s+(?=\p{Ll}{3}))/iu;
// Said of the employer itself, so the employers named in the career are older steps: "partner au
// sein de la société de gestion, qu'elle avait rejointe en 2014 après sept ans chez Morland".
const JOINED_THIS_HOUSE_BEFORE =
  /(?<![\p{L}])(?:qu'(?:il|elle) avait rejointe?|(?:il|elle) en était)(?![\p{L}])/iu;

export interface KindEvidence {
  verbKind: MoveKind; // what the clause's verb says
  company: string;
  role: string;
  previousCompanies: string[];
  text: string; // the part of the paragraph about this person
}

// "Verdane Énergie" → "Verdane Solaire": a sister company of the same group. An institution's head
// noun names no group: "office de tourisme de Valbrenne" and "office de tourisme de Pontcarral"
// are two employers; nor does a common noun of the trade or of a house's kind opening the name
// ("Maison Courtoise" and "Maison Vauversin", "Champagne Roussel" and "Champagne Gravières").
const opensOnCommonNoun = (name: string) => {
  const words = name.trim().split(/[\s-]+/u);
  return words.length > 1 && isFrenchWord(words[0]!.toLowerCase());
};
const groupWord = (name: string) => {
  const key = companyKey(name);
  const first = key.split(/[\s-]+/)[0] ?? "";
  return INSTITUTION_HEADS.has(foldWord(first)) ||
    PLACE_NAMED_HEADS.has(foldWord(first)) ||
    opensOnCommonNoun(name)
    ? key
    : first;
};

// A career inside the house told outright: "entrée dans la maison en 2012 comme …", "un pur produit de
// la maison", "X, qui était R de C, en devient R2"; it says the post is a step in the house, even one
// named like a board seat ("devient administratrice" of a theatre company is its administrator);
// "X, R chez C, y devient R2" says the same with "y"; "remplacée par X, actuel responsable du réseau
// de la maison" says it of the successor
// ("Entré chez C en 1995 comme dessinateur, X en devient le directeur général": the name between)
const CAREER_IN_THE_HOUSE =
  /(?<![\p{L}])(?:entrée?s? dans (?:la maison|l['’]entreprise|la société)|actuel(?:le)?\s[^,;.]{1,60}?\sde la maison(?![\p{L}])|pur produit\s*»?\s*de la maison|(?:qui était|entrée?s? (?:chez|comme)) [^,;.]{1,80}?,(?:\s+\p{Lu}[\p{L}'’.-]*){0,4} en (?:devient|deviendra)(?![\p{L}]))|,\s*[^,;.]{1,80}?\s(?:chez|de|du|d['’])\s*\p{Lu}[^,;.]{0,80}?,\s*y\s+(?:devient|deviendra)(?![\p{L}])/iu;

// "Entré chez C en 2004 comme mécanicien, X devient R": the year the person joined the house that now
// gives the post (checked against the employer: "entrée chez D en 2004" tells an earlier step elsewhere)
const ENTERED_HOUSE_IN =
  /(?<![\p{L}])[Ee]ntrée?s?\s+chez\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)\s+en\s+\d{4}(?!\d)/u;

function enteredThisHouse(text: string, company: string, previousCompanies: string[]): boolean {
  const entered = ENTERED_HOUSE_IN.exec(text);
  if (!entered || !company) return false;
  const house = groupWord(company);
  return groupWord(entered[1]!) === house && previousCompanies.every((p) => groupWord(p) === house);
}

// "X et Y, professeurs du club, deviennent …", "X, chef de rayon de la maison, devient …": an
// apposition whose title places the post in the house by the house's common noun
const POST_IN_THE_HOUSE =
  /(?<=,\s*)(?:(?:jusque-là|jusqu'ici|aujourd'hui|actuellement)\s+)?(\p{Ll}[\p{Ll}-]*)(?:\s[\p{Ll}'’ -]{0,50}?)?\s(?:du club|de la maison|de l['’]entreprise|de la société|de l['’]association|du cabinet)(?=\s*,)/gu;
const postInTheHouse = (text: string) =>
  allMatches(text, POST_IN_THE_HOUSE).some((m) =>
    TITLE_HEAD_VOCABULARY.has(foldWord(m[1]!).replace(/s$/u, "")),
  );

// "X succède à Y, qui présidait le syndicat depuis 2015": what the relative clause says is the
// predecessor's tenure, not the mover's
const PREDECESSOR_RELATIVE =
  /(?<![\p{L}])(?:succède|succédera|remplace|remplacera|succéder|remplacer)\s+(?:à\s+)?\p{Lu}[^,.;]{1,60},\s*qui\s[^,.;]*/gu;

// "Elle dirigeait depuis 2021 la filiale belge de C", "Elle était directrice marketing de C", "Nommée
// en 2019 directrice financière de C, X a auparavant fait carrière chez B": the post held last was at C
export function heldLastAt(text: string, house: string): boolean {
  if (!house || !text.includes(house)) return false;
  return new RegExp(
    String.raw`(?:(?:[Ii]l|[Ee]lle)\s+(?:dirigeait|était|pilotait|occupait)|(?<![\p{L}])[Nn]ommée?\s+en\s+\d{4})(?![\p{L}])[^.;:,]{0,80}?(?:\sde\s|\sdu\s|\sd['’]|\schez\s)${escapeRegExp(house)}(?![\p{L}])`,
    "u",
  ).test(text);
}

// the post held last was in the house (or its subsidiary) that now gives the new one, whatever older
// employers the career names; the house named twice, as the new employer and in the past post (a
// house read off the past post alone, "C → X, directeur d'usine. Il était … chez B", says nothing)
const lastPostInHouse = (text: string, company: string) =>
  text.split(company).length >= 3 && heldLastAt(text, company);

// "Chez C, X, directeur de l'usine d'aliments de Lorchamp, est nommé …", "la directrice du site de
// Traméac, X, prend …": the post held now leads a unit of the house (no other employer named)
const UNIT_HEAD = String.raw`(?:directeur|directrice|responsable|chef|cheffe)\s+(?:de l['’](?:usine|agence|atelier|entrepôt)|du (?:site|magasin|pôle|laboratoire)|de la (?:division|branche|plateforme))(?![\p{L}])[^,.;]{0,60},\s*`;
const UNIT_POST = new RegExp(
  String.raw`,\s*(?:jusqu['’]ici\s+)?${UNIT_HEAD}(?:est|a été|sera|prend|prendra|devient|deviendra)(?![\p{L}])|(?<![\p{L}])(?:la|le)\s+${UNIT_HEAD}\p{Lu}`,
  "u",
);

export function moveKind({ verbKind, company, role, previousCompanies, text }: KindEvidence): MoveKind {
  if (OFFICIAL.test(text)) return "appointed";
  if (CAREER_IN_THE_HOUSE.test(text) && previousCompanies.length === 0) return "promoted";
  if (enteredThisHouse(text, company, previousCompanies) && !BOARD_SEAT.test(role)) return "promoted";
  if (BOARD_SEAT.test(role)) return "appointed";
  if (verbKind === "promoted") return "promoted"; // "promu" says the house is the same
  if (JOINED_THIS_HOUSE_BEFORE.test(text)) return "promoted";
  const pairs = groupPairs(text);
  if (
    previousCompanies.length > 0 &&
    previousCompanies.every((p) => groupWord(p) === groupWord(company) || inOneGroup(p, company, pairs))
  )
    return "promoted";
  if (lastPostInHouse(text, company)) return "promoted";
  if (previousCompanies.length > 0 || verbKind === "joined") return "joined";
  const own = text.replace(PREDECESSOR_RELATIVE, "");
  if (SAME_HOUSE.test(own) || postInTheHouse(own) || UNIT_POST.test(own)) return "promoted";
  return "appointed";
}
