// Successions told across sentences: "Armand Petitjean quitte la direction générale
// d'Assurances Mirabeau. Il sera remplacé par Florence Aubry…", "Thierry de La Mothe est promu…
// Agathe Lenoir lui succède comme directrice des risques." A pronoun points back to the person
// who leaves; that person's departure may also be the only place the post and employer are named.

import { allMatches } from "./all-matches.ts";
import { leadershipRole, looksLikeTitle, withoutGenderGuess } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { feminineTitle, masculineTitle } from "./gender.ts";
import { foldWord, HONORIFIC, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { companyKey, isLikelyTypo, personKey } from "./names.ts";
import { readRole } from "./role-phrase.ts";
import type { MoveKind } from "./types.ts";

// The person a pronoun ("il", "elle", "lui") at `before` refers to: the last person named earlier
// in the paragraph, either clearly a person, the subject opening a sentence or one of the
// paragraph's movers ("l'éditeur Noam Benchetrit rejoint… c'est Y qui le remplace").
export function antecedentPerson(
  paragraph: string,
  before: number,
  mover: string,
  movers: string[] = [],
): PersonMention | null {
  const moving = new Set(movers.map(personKey));
  // "Transfuge de Grand Largue, l'éditeur X rejoint…": a capitalised common word opening a
  // sentence starts a phrase, not a name
  // "Lucien Fabvier a été remplacé … par X": the subject of the passive is a person, known name or not
  const replacedByPassive = (m: PersonMention) =>
    /^\s*(?:a été|est|sera|va être)\s+(?:remplacée?|relayée?)(?![\p{L}])/u.test(paragraph.slice(m.end));
  const opensSentence = (m: PersonMention) =>
    /(?:^|[.!?]\s+)$/u.test(paragraph.slice(0, m.start)) && !isFrenchWord(m.text.split(/\s+/u)[0]!);
  return (
    findPersonMentions(paragraph)
      .filter(
        (m) =>
          m.end <= before &&
          (isConfidentPerson(m) ||
            opensSentence(m) ||
            moving.has(personKey(m.name)) ||
            replacedByPassive(m)) &&
          personKey(m.name) !== personKey(mover),
      )
      .at(-1) ?? null
  );
}

const DEPARTURE =
  /(?<![\p{L}])(?:quitte|quittera|a quitté|abandonne|laisse)\s+(?:la|sa)\s+(?=direction|présidence|tête)/giu;

// "X quitte la direction générale de C" → the post and employer X leaves, in the successor's gender.
export function postLeftBy(
  paragraph: string,
  person: PersonMention,
  before: number,
  feminine: boolean,
  genderKnown = false,
) {
  const window = paragraph.slice(person.end, before);
  const departure = DEPARTURE.exec(window);
  DEPARTURE.lastIndex = 0;
  if (!departure) return null;
  const from = person.end + departure.index + departure[0].length;
  const stop = paragraph.slice(from, before).search(/[.;](?=\s|$)/u);
  const role = leadershipRole(paragraph, from, stop < 0 ? before : from + stop, feminine);
  const doubts = role ? withoutGenderGuess(role.notes, genderKnown) : [];
  return role?.company && doubts.length === 0 ? { role: role.role, company: role.company.text } : null;
}

// ", directeur général des Dragons depuis 2015," after a name: the post held until now. "ancien",
// "ex-" name a post left long ago, not the one the successor takes.
const HELD_AFTER_NAME =
  /^\s*,\s*(?:qui était\s+)?(?:(?:jusqu'(?:ici|alors|à présent)|actuel(?:le)?|encore|depuis \d{4})\s+)?(?!ancien|ex-)(?=\p{Ll})/u;
// "Ferlog nomme X directeur général. Il était directeur commercial de Corvania. Chez Corvania, il
// est remplacé par Y": a sentence about X, opening on the pronoun, tells the post X leaves
const HELD_IN_NEXT_SENTENCE =
  /(?:^|[.;!?]\s+)(?:Il|Elle)\s+(?:était|occupait le poste de)\s+(?:(?:jusqu'(?:ici|alors|à présent)|auparavant|précédemment|depuis \d{4})\s+)?(?!ancien|ex-)(?=\p{Ll})/gu;
// "Le directeur de la Fonderie de la Vesle, Paul Girard", "la directrice générale des services,
// Anne Roy,": a title with its article set before the name
const HELD_BEFORE_NAME =
  /(?:^|[.;:!?]\s+|,\s*|\s)(?:le|la|l['’])\s*((?!ancien|ex-)\p{Ll}[^,.;:!?]{2,140}?)\s*,\s*$/iu;

/**
 * The post someone named in the paragraph held before `before`, as an apposition after their name
 * or a title before it gives it, in the successor's gender: "Marc Bellin, directeur général de
 * Kargo Rail depuis 2015, rejoint Ferlog. Il est remplacé par Y" gives Y "directeur général" at
 * Kargo Rail. Only a title with its employer counts: "X, 58 ans," or "X, ingénieur," says nothing
 * of the post the successor takes.
 */
export function postHeldBy(
  paragraph: string,
  person: string,
  before: number,
  feminine: boolean,
): { role: string; company: string } | null {
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  // a title with its employer, whose first word is a title's head ("directeur", not "natif")
  const held = (title: ReturnType<typeof readRole>) =>
    title?.company && looksLikeTitle(title.role) && TITLE_HEADS.has(foldWord(title.role.split(/\s/u)[0]!))
      ? { role: title.role, company: title.company.text }
      : null;
  const mentions = findPersonMentions(paragraph).filter(
    (m) => m.end <= before && personKey(m.name) === personKey(person),
  );
  for (const mention of mentions.reverse()) {
    const after = HELD_AFTER_NAME.exec(paragraph.slice(mention.end, before));
    if (after) {
      const post = held(readRole(paragraph, mention.end + after[0].length, before));
      if (post) return { role: agree(post.role.replace(/\s+depuis\s.*$/u, "")), company: post.company };
    }
    // only the sentences before anyone else is named: the pronoun then points back to this person
    const nextPerson = findPersonMentions(paragraph).find((m) => m.start > mention.end)?.start ?? before;
    for (const pronoun of paragraph
      .slice(mention.end, Math.min(before, nextPerson))
      .matchAll(HELD_IN_NEXT_SENTENCE)) {
      const from = mention.end + pronoun.index + pronoun[0].length;
      const stop = paragraph.slice(from, before).search(/[.;](?=\s|$)/u);
      const post = held(readRole(paragraph, from, stop < 0 ? before : from + stop));
      if (post) return { role: agree(post.role.replace(/\s+depuis\s.*$/u, "")), company: post.company };
    }
    const sentenceStart = paragraph.slice(0, mention.start).search(/[^.;!?]*$/u);
    const opener = HELD_BEFORE_NAME.exec(paragraph.slice(sentenceStart, mention.start));
    if (opener) {
      const from = sentenceStart + opener.index + opener[0].indexOf(opener[1]!);
      const post = held(readRole(paragraph, from, mention.start));
      if (post) return { role: agree(post.role), company: post.company };
    }
  }
  return null;
}

// "Son directeur financier, Paul Vasseur,", "Le directeur général adjoint, Paul Vasseur,": a title
// set before the name with the article or the possessive of the house the paragraph speaks of
const TITLE_BEFORE_NAME =
  /(?:^|[.;:!?]\s+|,\s*|\s)(?:le|la|l['’]|son|sa)\s*((?!ancien|ex-)\p{Ll}[^,.;:!?]{2,80}?)\s*,\s*$/iu;
// ", directeur financier," after a name, ending at the comma that closes the apposition
const TITLE_AFTER_NAME =
  /^\s*,\s*(?:(?:actuel(?:le)?|jusqu'(?:ici|alors|à présent))\s+)?(?!ancien|ex-)(?=\p{Ll})/u;

/**
 * The bare title the one replaced holds in the successor's own sentence, when no employer goes
 * with it: "Brindelle change de directeur financier. Son directeur financier, Paul Vasseur, sera
 * remplacé par Y" gives Y "directeur financier"; the house is the one the paragraph speaks of
 * (implicit-company.ts). A title naming an employer is postHeldBy's, and a title in another
 * sentence may be a post the one replaced left long ago.
 */
export function titleHeldBy(
  paragraph: string,
  person: string,
  before: number,
  feminine: boolean,
): string | null {
  const sentenceStart = paragraph.slice(0, before).search(/[^.;!?]*$/u);
  const bare = (title: ReturnType<typeof readRole>) =>
    title &&
    !title.company &&
    looksLikeTitle(title.role) &&
    TITLE_HEADS.has(foldWord(title.role.split(/\s/u)[0]!))
      ? title.role
      : null;
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  for (const mention of findPersonMentions(paragraph)) {
    if (
      mention.start < sentenceStart ||
      mention.end > before ||
      personKey(mention.name) !== personKey(person)
    )
      continue;
    const after = TITLE_AFTER_NAME.exec(paragraph.slice(mention.end, before));
    if (after) {
      const from = mention.end + after[0].length;
      const comma = paragraph.slice(from, before).search(/,/u);
      const role = comma > 0 ? bare(readRole(paragraph, from, from + comma)) : null;
      if (role) return agree(role);
    }
    const opener = TITLE_BEFORE_NAME.exec(paragraph.slice(sentenceStart, mention.start));
    if (opener) {
      const from = sentenceStart + opener.index + opener[0].indexOf(opener[1]!);
      const role = bare(readRole(paragraph, from, mention.start));
      if (role) return agree(role);
    }
  }
  return null;
}

const LEAVES = /(?<![\p{L}])(?:quitte|quittera|a quitté|va quitter)\s+/giu;

// "Paul Girard quitte Ferlog en mars. Anne Roy le remplacera comme directrice générale": the
// employer the person replaced leaves is the successor's.
export function employerLeftBy(paragraph: string, person: PersonMention, before: number): string | null {
  const window = paragraph.slice(person.end, before);
  const leaves = allMatches(window, LEAVES)[0];
  if (
    !leaves ||
    /^\s*(?:la|sa|ses|le|son)\s+(?:direction|présidence|tête|poste|fonctions)/u.test(
      window.slice(leaves.index + leaves[0].length),
    )
  )
    return null;
  return readCompanyAfter(paragraph, person.end + leaves.index + leaves[0].length)?.text ?? null;
}

interface Succession {
  person: string;
  kind: MoveKind;
  company: string;
  previous_companies: string[];
  predecessor: string | null;
}

// A predecessor who moves on in the same paragraph ("Elle succède à Marc Aubert, qui devient
// directeur général de Verdane Solaire") comes from the successor's company; one who takes
// another post in that same company ("qui devient directrice de la transformation de la
// mutuelle") is promoted in the house.
// "Talvia, filiale logistique du groupe Ferlog": the paragraph says one company belongs to the other
function namesSubsidiary(paragraph: string, child: string, parent: string): boolean {
  return compiledPattern(
    String.raw`${escapeRegExp(child)}\s*,\s*(?:la\s+)?filiale(?:\s+\p{Ll}+)?\s+(?:du groupe\s+|de\s+|d['’])${escapeRegExp(parent)}`,
    "u",
  ).test(paragraph);
}

// "Valtronic Défense" and "Valtronic Spatial": two houses named by one brand (a common word
// opening both, "Banque", "Groupe", names no brand)
function sameBrand(a: string, b: string): boolean {
  const brand = a.split(/\s+/u)[0] ?? "";
  return brand.length > 0 && foldWord(brand) === foldWord(b.split(/\s+/u)[0] ?? "") && !isFrenchWord(brand);
}

/**
 * With `readLater`, the records one reader read after the others ran this (slot-reader.ts): only
 * pairs where one of them is such a record, and only a leaver read moving on ("qui rejoint B")
 * takes the successor's house.
 */
export function addEmployersLeftBehind(
  moves: Succession[],
  paragraph = "",
  readLater?: readonly Succession[],
): void {
  for (const successor of moves) {
    if (!successor.predecessor) continue;
    const leaver = moves.find((m) => personKey(m.person) === personKey(successor.predecessor ?? ""));
    if (!leaver) continue;
    if (readLater && !(readLater.includes(successor) || readLater.includes(leaver))) continue;
    // ("…, qui devient directeur général de la filiale Maurelle Aéro Services" and "X a remplacé
    // Y, qui a pris la direction du groupe B": a leaver of any kind, read by either reader; but a
    // leaver read as promoted to a house of the same brand, "Valtronic Spatial" after "Valtronic
    // Défense", stays in the group)
    if (readLater && leaver.kind === "promoted" && sameBrand(successor.company, leaver.company)) continue;
    const key = companyKey(successor.company);
    const leaverKey = companyKey(leaver.company);
    // "Vectra Composites" and its parent "Vectra Group": one house
    const sameHouse =
      leaverKey === key ||
      key.startsWith(`${leaverKey} `) ||
      leaverKey.startsWith(`${key} `) ||
      // "Chez Burgo Nations, il remplacera Y" after "Burgo Nation": one house with a slip
      isLikelyTypo(key, leaverKey) ||
      namesSubsidiary(paragraph, successor.company, leaver.company) ||
      namesSubsidiary(paragraph, leaver.company, successor.company);
    if (sameHouse) {
      if (leaver.previous_companies.length === 0 && leaver.kind !== "joined") leaver.kind = "promoted";
      continue;
    }
    if (leaver.previous_companies.some((c) => companyKey(c) === key)) continue;
    // "Caisse régionale d'allocations solidaires" read in an apposition that the successor's
    // sentence names in full ("… Bourgogne-Est"): the longer name wins
    const shorter = leaver.previous_companies.findIndex((c) => key.startsWith(`${companyKey(c)} `));
    if (shorter >= 0) leaver.previous_companies.splice(shorter, 1, successor.company);
    else leaver.previous_companies.push(successor.company);
  }
}

// "X passe la main à sa fille, Y", "X devient CEO et cède la direction financière à Y", "X passe
// la main : il confie la direction générale à Y", "X passe le relais à Y": the one who hands the
// post over is the subject, the successor the object after "à". Only a post one held is handed
// over: "X confie la direction générale à Y" may come from a chair or a board, and says nothing of it.
const HANDED_POST =
  "la main|le relais|le flambeau|les rênes|la barre|sa place|son fauteuil|le fauteuil|ses fonctions|les fonctions|la direction|la présidence|le poste";
const HANDS_OVER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:cède|cèdera|cédera|a cédé)(?:\s+(?:${HANDED_POST})(?![\p{L}]))?|(?:passe|passera|a passé|transmet|transmettra|a transmis)\s+(?:${HANDED_POST})(?![\p{L}]))`,
  "giu",
);
const TO_SUCCESSOR = new RegExp(
  String.raw`^[^.;!?]{0,80}?(?<![\p{L}])(?:à|au)\s+(?:(?:son|sa|leur)\s+[\p{Ll}-]+\s*,?\s*)?(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);
// between the giver and the verb: an apposition ("X, 72 ans, passe la main"), another verb of
// theirs ("X devient CEO et cède…")
const GIVER_TO_VERB = /^\s*(?:,[^.;!?]{0,60},)?\s*,?\s*(?:[^,.;!?]{0,40}\set\s+)?$/u;
// "X a cédé à son dauphin les fonctions exécutives. À 43 ans, Y devient…": the heir named next
const TO_HEIR =
  /(?<![\p{L}])(?:à|au)\s+(?:son|sa)\s+(?:dauphine?|successeure?|héritière|héritier|adjointe?|bras droit|numéro deux|fils|fille)(?![\p{L}])/iu;
// "Kirin Motors le remplace par Y", "Pour lui succéder, Y": the one replaced was named before
const REPLACES_PRONOUN_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:le|la|l['’])\s*(?:remplace|remplacera|a remplacé|remplaçait)\s+par|(?<![\p{L}])pour\s+(?:lui\s+succéder|le\s+remplacer|la\s+remplacer)\s*,)\s*(?:(?:le|la)\s+\p{Ll}+\s+)?(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

function sentenceBefore(text: string, at: number): number {
  let start = 0;
  for (const end of allMatches(text.slice(0, at), /[.!?;](?=\s)/gu)) start = end.index + 1;
  return start;
}

/**
 * The predecessor a sentence names before its successor: the person who hands the post over
 * ("X passe la main à Y"), or the person a pronoun points back to ("Kirin Motors le remplace par Y").
 */
export function predecessorBeforeMover(
  text: string,
  moverStart: number,
  mover: string,
): PersonMention | null {
  const start = sentenceBefore(text, moverStart);
  const people = findPersonMentions(text).filter(
    (p) => isConfidentPerson(p) && personKey(p.name) !== personKey(mover),
  );
  if (REPLACES_PRONOUN_BEFORE.test(text.slice(start, moverStart)))
    return antecedentPerson(text, start, mover);
  const giverOf = (from: number, verb: RegExpMatchArray & { index: number }) =>
    people.filter((p) => p.start >= from && p.end <= from + verb.index).at(-1) ?? null;
  const sentence = text.slice(start, moverStart);
  for (const verb of allMatches(sentence, HANDS_OVER)) {
    if (!TO_SUCCESSOR.test(sentence.slice(verb.index + verb[0].length))) continue;
    const giver = giverOf(start, verb);
    if (giver && GIVER_TO_VERB.test(text.slice(giver.end, start + verb.index))) return giver;
  }
  // the heir of the sentence before, when this sentence names no one before its successor
  if (people.some((p) => p.start >= start && p.end <= moverStart) || start === 0) return null;
  const previousStart = sentenceBefore(text, start - 1);
  const previous = text.slice(previousStart, start);
  for (const verb of allMatches(previous, HANDS_OVER)) {
    const rest = previous.slice(verb.index + verb[0].length);
    if (!TO_HEIR.test(rest) || people.some((p) => p.start > previousStart + verb.index && p.end <= start))
      continue;
    const giver = giverOf(previousStart, verb);
    if (giver && GIVER_TO_VERB.test(text.slice(giver.end, previousStart + verb.index))) return giver;
  }
  return null;
}

// "X devient R, tandis que Y sera R2. Ils remplacent respectivement A et B": the movers named
// before, in their order, replace the people the sentence lists, in theirs.
const RESPECTIVE_SUCCESSION =
  /(?<![\p{L}])(?:ils|elles)\s+(?:remplacent|remplaceront|succèdent|succéderont)\s+respectivement\s+/giu;

export function addRespectivePredecessors(
  records: { person: string; predecessor: string | null }[],
  paragraph: string,
): void {
  const cues = allMatches(paragraph, RESPECTIVE_SUCCESSION);
  if (cues.length === 0) return;
  const mentions = findPersonMentions(paragraph);
  for (const cue of cues) {
    const from = cue.index + cue[0].length;
    const stop = /[.;](?=\s|$)/gu;
    stop.lastIndex = from;
    const end = stop.exec(paragraph)?.index ?? paragraph.length;
    const replaced = mentions.filter((p) => p.start >= from && p.end <= end && isConfidentPerson(p));
    const movers = records
      .map((record) => ({
        record,
        at: mentions.find((p) => personKey(p.name) === personKey(record.person))?.start ?? -1,
      }))
      .filter((mover) => mover.at >= 0 && mover.at < cue.index)
      .sort((a, b) => a.at - b.at);
    if (replaced.length < 2 || movers.length < replaced.length) continue;
    movers.slice(-replaced.length).forEach((mover, i) => {
      mover.record.predecessor ??= replaced[i]!.name;
    });
  }
}
