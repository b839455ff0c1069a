// The holder a paragraph says is leaving, read as the predecessor of the mover who takes the post
// (issue 13, Deliver 3), when no succession verb names them:
//
//   "Chez C, le départ de Y est compensé par la promotion de X"      Y's departure, in X's sentence
//   "Le départ de Y profite à X", "Considérant le départ de Y, le conseil a désigné X"
//   "Sont élus : président, X ; … Le président sortant, Y, ne se représentait pas."
//                                                                    the outgoing holder of X's title
//   "C s'est donné pour présidente X, élue face au sortant, Y"       whom the mover beat at the vote
//
// Only a mover without a predecessor gets one, and never themself.

import { allMatches } from "./all-matches.ts";
import { foldWord } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { personKey } from "./names.ts";
import { splitSentences } from "./sentences.ts";

/** What this pass reads and writes of a paragraph's records (paragraph.ts DraftMove). */
export interface OutgoingDraft {
  person: string;
  role: string;
  predecessor: string | null;
  /** Where the person's name starts in the paragraph. */
  position: number;
}

// "le départ de Y", "le départ d'Y", "son départ de" is the leaver's own move: only an article
const DEPARTURE_OF = /(?<![\p{L}])le départ (?:de (?:M\.|Mme|Me|Dr|Pr)?\s*|d['’])(?=\p{Lu})/gu;

// "Le président sortant, Y,", "La présidente sortante, Y,", "Le directeur financier sortant, Y,"
const OUTGOING_TITLE =
  /(?<![\p{L}])(?:[Ll]e|[Ll]a)\s+(\p{Ll}[\p{Ll}'’ -]{2,40}?)\s+sortante?\s*,\s*(?=\p{Lu})/gu;

// "X, élue face au sortant, Y", "… face à la présidente sortante Y": whom the mover beat at the vote
const BEATEN_OUTGOING =
  /(?<![\p{L}])face (?:au|à la) (?:\p{Ll}[\p{Ll}-]+ ){0,2}?sortante?\s*,?\s*(?=\p{Lu})/gu;

// "l'adjointe du maître de chai, Y,", "l'adjoint de la directrice, Y,": a deputy of the holder named
const DEPUTY_OF_HOLDER =
  /(?<![\p{L}])l['’]adjointe?\s+(?:du|de la|de l['’])\s*(\p{Ll}[\p{Ll}'’ -]{2,40}?)\s*,\s*(?=\p{Lu})/gu;

// "X a été élu président de C. Il bat le sortant, Y, …": the vote told in the next sentence, which
// opens on the pronoun of the one elected
const BEATS_OUTGOING =
  /(?<=^|[.!?]\s+)(?:Il|Elle)\s+(?:bat|a battu|devance|a devancé|l['’]emporte sur|l['’]a emporté sur)\s+(?:le|la)\s+(?:\p{Ll}[\p{Ll}-]+ ){0,2}?sortante?\s*,?\s*(?=\p{Lu})/gu;

const personAt = (text: string, at: number): PersonMention | null =>
  findPersonMentions(text.slice(at, at + 80)).find((p) => p.start === 0 && isConfidentPerson(p)) ?? null;

// "présidente" and "président" are one title; so are "directrice financière" and "directeur financier"
const titleKey = (title: string) =>
  foldWord(title)
    .split(/\s+/u)
    .map((word) => word.replace(/trice$/u, "teur").replace(/e$/u, ""))
    .join(" ");

export function bindOutgoingHolders(drafts: OutgoingDraft[], text: string): void {
  if (drafts.length === 0) return;
  const sentences = splitSentences(text);
  // a leaver with a record of their own is someone else's story here: later passes read a
  // predecessor who moves as a passing mention and would drop their record
  const movers = new Set(drafts.map((d) => personKey(d.person)));
  const free = (draft: OutgoingDraft, leaver: PersonMention) =>
    !draft.predecessor && !movers.has(personKey(leaver.name));

  for (const departure of allMatches(text, DEPARTURE_OF)) {
    const leaver = personAt(text, departure.index + departure[0].length);
    if (!leaver) continue;
    // "A a un nouveau directeur, Y, venu de B. Chez B, le départ de Y profite à X": Y, named
    // before, has a move of their own that another reader gives a record
    const named = findPersonMentions(text.slice(0, departure.index)).some(
      (p) => personKey(p.name) === personKey(leaver.name),
    );
    if (named) continue;
    const sentence = sentences.find((s) => s.start <= departure.index && departure.index < s.end);
    if (!sentence) continue;
    // the one mover named after the departure in its sentence
    const after = drafts.filter((d) => d.position > departure.index && d.position < sentence.end);
    if (after.length === 1 && free(after[0]!, leaver)) after[0]!.predecessor = leaver.name;
  }

  for (const beaten of allMatches(text, BEATEN_OUTGOING)) {
    const leaver = personAt(text, beaten.index + beaten[0].length);
    const sentence = sentences.find((s) => s.start <= beaten.index && beaten.index < s.end);
    if (!leaver || !sentence) continue;
    // the one mover named before the vote in its sentence
    const before = drafts.filter((d) => d.position >= sentence.start && d.position < beaten.index);
    if (before.length === 1 && free(before[0]!, leaver)) before[0]!.predecessor = leaver.name;
  }

  for (const beaten of allMatches(text, BEATS_OUTGOING)) {
    const leaver = personAt(text, beaten.index + beaten[0].length);
    const at = sentences.findIndex((s) => s.start <= beaten.index && beaten.index < s.end);
    // the one mover of the two sentences before ("Sa liste a obtenu 61 % des voix" may sit between)
    const from = sentences[Math.max(0, at - 2)];
    if (!leaver || at < 1 || !from) continue;
    const before = drafts.filter((d) => d.position >= from.start && d.position < beaten.index);
    if (before.length === 1 && free(before[0]!, leaver)) before[0]!.predecessor = leaver.name;
  }

  // "X est nommée maître de chai. Elle était l'adjointe du maître de chai, Y, qui part …": the holder
  // of the very title the mover takes, whose deputy the mover was
  for (const deputy of allMatches(text, DEPUTY_OF_HOLDER)) {
    const leaver = personAt(text, deputy.index + deputy[0].length);
    if (!leaver) continue;
    const title = titleKey(deputy[1]!);
    const holders = drafts.filter((d) => titleKey(d.role) === title);
    if (holders.length === 1 && free(holders[0]!, leaver)) holders[0]!.predecessor = leaver.name;
  }

  for (const outgoing of allMatches(text, OUTGOING_TITLE)) {
    const leaver = personAt(text, outgoing.index + outgoing[0].length);
    if (!leaver) continue;
    const title = titleKey(outgoing[1]!);
    const holders = drafts.filter((d) => titleKey(d.role) === title);
    if (holders.length === 1 && free(holders[0]!, leaver)) holders[0]!.predecessor = leaver.name;
  }
}
