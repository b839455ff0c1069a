// Moves told in the first person and signed after a dash, the way LinkedIn posts are quoted:
// "« Je rejoins Talvia en tant que directrice associée ! » — Anne Roy", "Thrilled to share that I'm
// joining Ferlog as Head of R&D. — Dr Marc Lin". The signer is the mover: the quote is their own
// news, not someone else's words (sentences.ts masks quotes otherwise), and "je", "j'", "I" stand
// for them, so the shapes table reads "je rejoins C en tant que R" like "X rejoint C en tant que R".

import { allMatches } from "./all-matches.ts";
import { HONORIFIC } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";

// the end of the post (closing quote of any kind, punctuation or an emoji), a dash of any length,
// then the name: "» — X", "” – X", "\" - X", "! ― X"
const SIGNATURE = new RegExp(
  String.raw`(?:[»”"!.?…]|\p{Extended_Pictographic}\uFE0F?)\s*[—–―-]\s*(?:(?:${HONORIFIC})\s+)?(?=\p{Lu})`,
  "gu",
);
const FIRST_PERSON = /(?<![\p{L}])(?:[Jj]e|[Jj]['’](?=\p{L})|I(?:['’]m|['’]ve| am| have)?(?=\s))/gu;
const FIRST_PERSON_TEST = /(?<![\p{L}])(?:je|j['’]\p{L}|I['’]m|I['’]ve|I am|I have)(?![\p{L}])/iu;

export interface Signature {
  signer: PersonMention;
  /** where the dash before the name stands: the post is what comes before */
  at: number;
}

/** The signer of a first-person post, when the paragraph is one (or quotes one). */
export function readSignature(paragraph: string): Signature | null {
  for (const dash of allMatches(paragraph, SIGNATURE)) {
    const before = paragraph.slice(0, dash.index);
    if (!FIRST_PERSON_TEST.test(before)) continue;
    const from = dash.index + dash[0].length;
    const name = findPersonMentions(paragraph.slice(from)).find((m) => m.start === 0);
    // a first name the lexicon does not know signs the post when the name ends the paragraph
    if (!name || (!isConfidentPerson(name) && paragraph.slice(from + name.end).trim() !== "")) continue;
    return { signer: { ...name, start: from, end: from + name.end }, at: dash.index };
  }
  return null;
}

/** "je", "j'", "I'm" in a signed post, each read as a mention of the signer. */
export function firstPersonMentions(sentence: string, signer: PersonMention): PersonMention[] {
  return allMatches(sentence, FIRST_PERSON).map((pronoun) => ({
    ...signer,
    text: pronoun[0],
    start: pronoun.index,
    end: pronoun.index + pronoun[0].length,
  }));
}
