// Names as the rest of Carnet sees them: a readable person name, and the keys used to match
// people and companies across issues.

import { allMatches } from "./all-matches.ts";
import { NAME_PARTICLES } from "./lexicon.ts";

export { companyKey, personKey, slugify } from "../../shared/names.ts";

function capitalizePart(part: string): string {
  if (part.length === 0) return part;
  // (toUpperCase, not toLocaleUpperCase("fr"): French has no casing rule of its own, V8 cases it as
  // the root locale, and resolving the locale at each call cost ten times the casing)
  return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
}

// "JEAN-FRANCOIS" → "Jean-Francois", "O'BRIEN" → "O'Brien"; mixed case ("McKenzie") is kept.
function properCaseWord(word: string): string {
  // "GAUTIER-d'ESTRAY": the elided particle inside a surname in capitals is written small already
  const hasLower = /\p{Ll}/u.test(word.replace(/(?<=-)d'/gu, ""));
  if (hasLower) return word;
  // "N'DIAYE" → "N'Diaye" but "FLOC'H" → "Floc'h": only a one-letter elision capitalises what follows
  return word
    .split(/([-'])/)
    .map((part, i, parts) =>
      part === "-" || part === "'"
        ? part
        : parts[i - 1] === "-" && parts[i + 1] === "'" && part === "d"
          ? "d"
          : parts[i - 1] === "'" && (parts[i - 2] ?? "").length > 1
            ? part.toLowerCase()
            : capitalizePart(part),
    )
    .join("");
}

// French and Dutch/German particles stay lower case inside a name ("Julia de Sainte Marie",
// "Anne d'Ormesson"); the first word is always capitalised.
export function properCaseName(raw: string): string {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, index) => {
      const elided = /^(d)'(.+)$/i.exec(word);
      if (elided && index > 0) return `d'${properCaseWord(elided[2]!)}`;
      const lower = word.toLowerCase();
      // "LOUIS-ÉTIENNE À BECKET": the accented "à" inside a name is its particle (mentions.ts)
      const isParticle =
        (NAME_PARTICLES.has(lower) || lower === "à") && index > 0 && index < words.length - 1;
      // "LE"/"LA" are particles only after "de" ("de la"); otherwise they are part of the surname ("Le Gall").
      if (isParticle && (lower === "le" || lower === "la") && words[index - 1]?.toLowerCase() !== "de") {
        return properCaseWord(word);
      }
      return isParticle ? lower : properCaseWord(word);
    })
    .join(" ");
}

// Whether `a` becomes `b` in `limit` edits or fewer (Levenshtein). Each cell comes from one of the
// row above, plus 0 or 1, so a row's least cell is never below the least of the row above: once
// a whole row is past the limit, the answer is no. Most pairs compared (each company of an issue
// against each other) part within their first letters and stop there.
function withinEdits(a: string, b: string, limit: number): boolean {
  const row: number[] = [];
  for (let j = 0; j <= b.length; j++) row.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cell = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = cell;
      if (cell < least) least = cell;
      diagonal = above;
    }
    if (least > limit) return false;
  }
  return row[b.length]! <= limit;
}

// "Scalan" for "Scalian": one slip in a name of five letters or more, two in a long one.
export function isLikelyTypo(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return false;
  const shorter = Math.min(keyA.length, keyB.length);
  if (shorter < 5) return false;
  const slips = shorter >= 10 ? 2 : 1;
  // Each letter more or less is a slip already.
  if (Math.abs(keyA.length - keyB.length) > slips) return false;
  return withinEdits(keyA, keyB, slips);
}

// Small words carry no letter of an acronym ("Fédération française de pelote et de paume": FFPP).
const LETTERLESS_WORD = /^(?:de|du|des|la|le|les|l|d|et|en|pour|sur|à|au|aux)$/iu;

/**
 * The names written in `text` whose main words' initials spell `acronym`: a capitalised word, then
 * words each giving the next letter or none ("Autorité de sûreté atomique" for ASA). The name ends
 * on its last letter's word. With `lowerCaseOpening`, "agence régionale de santé" spells ARS too.
 */
export function namesWithInitials(text: string, acronym: string, lowerCaseOpening = false): string[] {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return [];
  const letters = [...acronym.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase()];
  const initial = (word: string) =>
    word
      .replace(/^[dl]['’]/iu, "")
      .charAt(0)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toUpperCase();
  const words = allMatches(text, /[\p{L}'’-]+/gu);
  const found: string[] = [];
  for (let first = 0; first < words.length; first++) {
    const opening = words[first]![0].replace(/^[dl]['’]/iu, "");
    if ((!lowerCaseOpening && !/^\p{Lu}/u.test(opening)) || initial(opening) !== letters[0]) continue;
    let letter = 0;
    for (let at = first; at < words.length && at - first < 12; at++) {
      const word = words[at]!;
      // the name stops at a sentence's or clause's punctuation
      if (
        at > first &&
        /[.,;:()]/u.test(text.slice(words[at - 1]!.index + words[at - 1]![0].length, word.index))
      )
        break;
      if (initial(word[0]) === letters[letter]) letter++;
      else if (!LETTERLESS_WORD.test(word[0].replace(/['’]$/u, ""))) break;
      if (letter === letters.length) {
        // the full name of a lone acronym has at least two words giving letters
        if (at > first)
          found.push(
            text.slice(
              words[first]!.index + (words[first]![0].length - opening.length),
              word.index + word[0].length,
            ),
          );
        break;
      }
    }
  }
  return found;
}
