// "THÉO GARNIER succède à ALEXIS MOREAU… Moreau rejoint le fonds Horizon Seed": trade press
// names a person in full once, then by surname alone. A sentence that opens on the surname of
// someone named earlier in the paragraph is about that person.

import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { foldWord } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention } from "./mentions.ts";

// "Sylvie Montagne" → "montagne", "Étienne du Plessis" → "du plessis"
function surnameKey(name: string): string {
  return name.split(/\s+/).slice(1).map(foldWord).join(" ");
}

const DEMONSTRATIVE_OPENING = /^\s*(Ce dernier|Cette dernière|Celui-ci|Celle-ci)(?=,?\s+\p{Ll})/u;
// "Il rejoint …", "En mars, elle a été élue …": a subject pronoun opening the sentence, or right
// after a short fronted phrase that names nobody
// (or the colon or semicolon the sentence splitter opens a clause on: "X passe à l'ennemi : il
// rejoint C", "X quitte A ; elle rejoint B", "Retour au bercail pour X : après trois ans chez A, elle
// rejoint B": the colon, then a fronted phrase)
const PRONOUN_OPENING =
  /^\s*(?:[:;]\s*)?(?:(?!(?:il|elle)\s)[^,;:.]{2,50},\s*)?(Il|Elle|il|elle)(?=\s+\p{Ll})/u;

/** A mention read through "il" or "elle" (its text is the pronoun): a reading held for review. */
export const isPronounReference = (person: PersonMention) => /^(?:il|elle)$/iu.test(person.text);

export function withSurnameReferences(
  sentence: string,
  mentions: PersonMention[],
  earlierPeople: PersonMention[],
): PersonMention[] {
  if (earlierPeople.length === 0) return mentions;
  const pronoun = DEMONSTRATIVE_OPENING.exec(sentence);
  if (pronoun && !mentions.some((m) => m.start <= pronoun[0].length)) {
    // "Arnaud Vigier quitte AssurVie pour Galatée. Ce dernier devient directeur de…": the person
    // named last before
    // named last before, of the pronoun's gender when a first name tells: "A succède à Christine B.
    // Celle-ci rejoint le conseil…" is about Christine even when a man is named after her
    const feminine = /^(?:Cette|Celle)/u.test(pronoun[1]!);
    const confident = earlierPeople.filter((p) => isConfidentPerson(p));
    const person =
      confident.findLast((p) => (feminine ? !hasMasculineFirstName(p) : !hasFeminineFirstName(p))) ??
      confident.at(-1);
    if (person) {
      const start = pronoun[0].length - pronoun[1]!.length;
      return [
        { ...person, text: pronoun[1]!, start, end: pronoun[0].length, knownFirstName: true },
        ...mentions,
      ];
    }
  }
  const subject = pronounReference(sentence, mentions, earlierPeople);
  if (subject) return [subject, ...mentions];
  const opening = /^\s*((?:(?:Du|De|Le|La|Van|Von) )?\p{Lu}[\p{L}'-]+)(?=\s+\p{Ll})/u.exec(sentence);
  if (!opening || mentions.some((m) => m.start <= opening[0].length)) return mentions;
  const key = foldWord(opening[1]!.split(/\s+/).join(" "));
  const matches = earlierPeople.filter((p) => isConfidentPerson(p) && surnameKey(p.name) === key);
  // two people sharing the surname: the reference is ambiguous, name nobody
  if (new Set(matches.map((m) => m.name)).size !== 1) return mentions;
  const start = opening[0].length - opening[1]!.length;
  const person = matches[0]!;
  return [{ ...person, text: opening[1]!, start, end: opening[0].length, knownFirstName: true }, ...mentions];
}

// "Luc Faure a quitté Kargo Rail. Il rejoint Ferlog comme directeur commercial": "il" and "elle"
// point back to anyone, so only when the paragraph has named exactly one person of the pronoun's
// gender before (a sentence opening on a lower-case "il" needs the fronted phrase before it).
function pronounReference(
  sentence: string,
  mentions: PersonMention[],
  earlierPeople: PersonMention[],
): PersonMention | null {
  const pronoun = PRONOUN_OPENING.exec(sentence);
  if (!pronoun || mentions.some((m) => m.start <= pronoun[0].length)) return null;
  const fronted = pronoun[0].length - pronoun[1]!.length > sentence.search(/\S/u);
  if (!fronted && /^[ie]/u.test(pronoun[1]!)) return null;
  const feminine = /^[Ee]/u.test(pronoun[1]!);
  const candidates = earlierPeople.filter(
    (p) => isConfidentPerson(p) && (feminine ? !hasMasculineFirstName(p) : !hasFeminineFirstName(p)),
  );
  if (new Set(candidates.map((p) => p.name)).size !== 1) return null;
  const start = pronoun[0].length - pronoun[1]!.length;
  return { ...candidates[0]!, text: pronoun[1]!, start, end: pronoun[0].length, knownFirstName: true };
}
