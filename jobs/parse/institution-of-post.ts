// A public post names its institution: an editor writes "directeur" at "thermes de Saint-X", not
// "directeur des thermes" at "Saint-X"; "commandant" at "base navale de X"; "préfète" at
// "préfecture de la Haute-X". The readers split such a title at its last "de" + capitalised word,
// which leaves the institution's noun in the role and its place alone as the company. This step
// moves the noun back into the employer when the company read is only that place (or when the role
// itself ends on such an institution and its name). Pure: strings in, strings out.

import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { foldWord, OFFICE_OF_TITLE, PUBLIC_POST_HEADS } from "./lexicon.ts";

export interface PostReading {
  company: string;
  role: string;
  paragraph: string;
}

const LINK = "(?:de la |de l['’]|du |des |de |d['’])";
// a place or proper name: one capitalised word ("Vernoux-les-Bains", "Port-Olvène") or two
const PLACE = String.raw`\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?`;
const BARE_PLACE = new RegExp(`^(?:(?:la |le |l['’])\\s*)?${PLACE}$`, "u");
// lower-case complements of the head: "navale", "d'instruction des armées", "de défense et de sécurité"
const COMPLEMENTS = String.raw`(?:\s+(?:(?:et )?(?:de la |de l['’]|du |des |de |d['’]|en )\s*)?\p{Ll}[\p{Ll}-]*){0,6}`;
const HEAD_WORD = String.raw`\p{Ll}[\p{Ll}-]+`;

/** The role ends with `tail` as its own words: "directeur des thermes" ends with "des thermes". */
function roleWithout(role: string, tail: string): string | null {
  const at = role.toLowerCase().lastIndexOf(tail.toLowerCase());
  if (at <= 0 || at + tail.length !== role.length || role[at - 1] !== " ") return null;
  const rest = role.slice(0, at - 1).trim();
  return rest.length > 1 ? rest : null;
}

// Shape A: company "X", paragraph "… directeur des thermes de X", role "directeur des thermes".
// The pattern does not name the place: it is compiled once, where one built around each move's
// place cost a sixth of the parse thread's CPU in bench:import (a new Unicode pattern for nearly
// every move). Nothing it matches is upper-case, so a match ending before an upper-case letter ends
// at the first one after its start, the place's if the place follows; the match and its groups are
// those of the same pattern with the place written at its end.
const INSTITUTION_BEFORE_PLACE = new RegExp(
  `(?<![\\p{L}])(${LINK})\\s*(${HEAD_WORD}${COMPLEMENTS})\\s+(${LINK})\\s*(?=\\p{Lu})`,
  "gu",
);
const LETTER_AT = /\p{L}/uy;

/** The text at `at` is `place`, not run on by a letter ("Vernoux" is not "Vernouxville"). */
function placeAt(text: string, at: number, place: string): boolean {
  if (!text.startsWith(place, at)) return false;
  LETTER_AT.lastIndex = at + place.length;
  return !LETTER_AT.test(text);
}

// "directeur départemental des finances publiques de X": the title's territorial adjective names a
// State directorate ("direction départementale des finances publiques de X"), whose head the title
// holds; the editor writes "directeur départemental" at that directorate.
const TERRITORIAL_DIRECTOR = /^(directeur|directrice) ((?:inter)?(?:départemental|régional|national))e?$/u;

function territorialDirectorate(
  role: string,
  tail: string,
  ofPlace: string,
): { role: string; company: string } | null {
  const title = roleWithout(role, tail.replace(/\s+/gu, " "));
  const match = title === null ? null : TERRITORIAL_DIRECTOR.exec(title);
  if (!match) return null;
  const company = `direction ${match[2]!}e ${tail} ${ofPlace}`.replace(/ ([dl]['’]) /gu, " $1");
  return { role: title!, company: company.replace(/\s+/gu, " ") };
}

function placeAfterInstitution(move: PostReading): PostReading | null {
  if (!BARE_PLACE.test(move.company)) return null;
  const place = move.company.replace(/^(?:la |le |l['’])\s*/u, "");
  if (!move.paragraph.includes(place)) return null;
  const pattern = INSTITUTION_BEFORE_PLACE;
  // every start is tried: a longer lower-case run before the head ("des services de la commune de
  // X") must not hide the head's own match
  for (let from = 0; from < move.paragraph.length; ) {
    pattern.lastIndex = from;
    const match = pattern.exec(move.paragraph);
    if (!match) break;
    from = match.index + 1;
    if (!placeAt(move.paragraph, match.index + match[0].length, place)) continue;
    const link = match[1]!;
    const phrase = match[2]!;
    // the head is the phrase's first noun that names a public body: "des thermes", "de la base navale"
    const words = phrase.split(/\s+/u);
    const headAt = words.findIndex((word) =>
      PUBLIC_POST_HEADS.has(foldWord(word.replace(/^[ld]['’]/iu, ""))),
    );
    if (headAt !== 0) {
      const directorate = territorialDirectorate(move.role, `${link}${phrase}`, `${match[3]!}${place}`);
      if (directorate) return { ...move, ...directorate };
      continue;
    }
    const institution = `${phrase} ${match[3]!}${place}`.replace(/ ([dl]['’]) /gu, " $1");
    // "directeur des thermes", or tidied "directrice des affaires maritimes" for "directrice de la
    // direction des affaires maritimes"
    const rest = phrase.slice(words[0]!.length).trim();
    const role =
      roleWithout(move.role, `${link}${phrase}`.replace(/\s+/gu, " ")) ??
      (foldWord(words[0]!) === "direction" && rest ? roleWithout(move.role, rest) : null);
    if (role === null) continue;
    return { ...move, role, company: institution.replace(/\s+/gu, " ") };
  }
  return null;
}

// Shape B: the role holds the whole institution ("commandant de la zone de défense et de sécurité
// Sud-Ouest", "directrice de l'hôpital d'instruction des armées Sainte-Blandine") and the company
// read is something else, taken from elsewhere in the paragraph.
const ROLE_ENDS_ON_INSTITUTION = new RegExp(
  `^(.+?)\\s(?:de la |de l['’]|du |des )\\s*(${HEAD_WORD}${COMPLEMENTS}\\s+(?:${LINK}\\s*)?${PLACE})$`,
  "u",
);

function institutionInRole(move: PostReading): PostReading | null {
  const match = ROLE_ENDS_ON_INSTITUTION.exec(move.role);
  if (!match) return null;
  const head = foldWord(match[2]!.split(/\s+/u)[0]!);
  if (!PUBLIC_POST_HEADS.has(head)) return null;
  return { ...move, role: match[1]!, company: match[2]! };
}

// Shape C: "préfète de la Haute-X" read as "préfète" at "Haute-X".
function officeOfTitle(move: PostReading): PostReading | null {
  const office = OFFICE_OF_TITLE.get(foldWord(move.role));
  if (!office || !BARE_PLACE.test(move.company)) return null;
  const place = move.company.replace(/^(?:la |le |l['’])\s*/u, "");
  const pattern = compiledPattern(
    `(?<![\\p{L}])${escapeRegExp(move.role)}\\s+(${LINK})\\s*${escapeRegExp(place)}(?![\\p{L}])`,
    "iu",
  );
  const match = pattern.exec(move.paragraph);
  if (!match) return null;
  return { ...move, company: `${office} ${match[1]!}${place}` };
}

/** The reading with the institution as employer, or null when the post names none. */
export function institutionOfPost(move: PostReading): PostReading | null {
  return placeAfterInstitution(move) ?? officeOfTitle(move) ?? institutionInRole(move);
}
