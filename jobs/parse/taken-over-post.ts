// Successions told from the departure side: a sentence names who leaves (or moves on), the next one
// who takes the post, with neither title nor employer of its own.
//   "Chez C, la direction commerciale est reprise par X, jusqu'ici …"   the post named by its noun
//   "Son poste de directeur financier est repris par X, venu de …"      the post named outright
//   "Au centre des congrès de L, son poste est repris par l'adjointe, X"  the departing person's post
//   "La relève est assurée par X", "X prend sa suite", "C'est X qui lui succède"
// X is a mover whose predecessor is the departing person: the last person the paragraph moved
// before the sentence, else the last one the paragraph before moved. The employer is the one the
// sentence opens on ("Chez C", "À C", "Au C", or a noun of the departing person's house: "À la
// mutuelle"), else the house the departing person left, else theirs. The title is the post the
// sentence names; else the departing person's former post at that house as the text gives it ("où
// il était R", "qui dirigeait C"); for "son poste", "sa place", "la même fonction", their title.
// With no employer or no title, no record: the paragraph stays among those not understood.

import { allMatches } from "./all-matches.ts";
import { readCareers } from "./career.ts";
import { looksLikeTitle } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { escapeRegExp } from "./compiled-pattern.ts";
import { flatMap } from "./flat-map.ts";
import { isFrenchWord } from "./french-words.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { postLeftBy } from "./left-post.ts";
import { foldWord } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import type { DraftMove } from "./paragraph.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import { agreeTitle } from "./title-agreement.ts";

/** What the departing person's record says: who, where to, where from, as what. */
export type DepartingMove = Pick<DraftMove, "person" | "company" | "role" | "previous_companies">;

/** A successor's move, in the fields a paragraph's draft move has (paragraph.ts). */
export type TakenOverPost = Pick<
  DraftMove,
  "person" | "company" | "role" | "kind" | "previous_companies" | "predecessor"
>;

// "Chez C, ", "À C, ", "Au C, ", "À la mutuelle, ": the house the sentence is told at
const AT_HOUSE = /^\s*(?:Chez|À|Au|Aux)\s+([^,;]{2,80}),\s*/u;
// "c'est X qui lui succède", "c'est son adjointe, X, qui prend sa suite" (or "qui succède à Y", the
// pronoun written out by the discourse reader: Y must then be the one who left)
const IT_IS_WHO = /^\s*c['’]est\s+/iu;
// ("reprend le poste": the post told by reference, the one the person before left)
const WHO_SUCCEEDS =
  /^\s*(?:,[^,.;]{1,80},\s*)?,?\s*(?:qui\s+)?(?:lui succède|lui succèdera|lui succédera|prend sa suite|prendra sa suite|prend le relais|prendra le relais|le remplace|la remplace|le remplacera|la remplacera|(?:reprend|reprendra|a repris)\s+(?:le poste|la fonction|le flambeau)(?!\s+(?:de|d['’]|du|des|chez)\s)|(?:prend|prendra|reprend|reprendra)\s+(?:son|sa)\s+(?:ancien\s+poste|ancienne\s+fonction|poste|place)(?![\p{L}]|\s+(?:de|d['’])\s)|(?<named>succède|succèdera|succédera)\s+à(?=\s+\p{Lu}))(?![\p{L}])/u;
// "Son successeur, Y, …", "Sa remplaçante, Y, …": the successor in apposition to the noun that says
// so, opening the sentence (its verb tells the holder's past or the date, not the post)
const SUCCESSOR_OPENS =
  /^\s*(?:son|sa|leur)\s+(?:successeure?|successeuse|remplaçante?|nouvel(?:le)?\s+titulaire)\s*,\s*/u;
// "Il cède sa place à X", "Jean Marot cède son fauteuil à X" (a named subject is the one replaced)
// ("Y (59 ans), R de C depuis 2011, a cédé le manche à X": the one named may carry an age and an
// apposition before the verb; the post handed over by a figure: "le manche", "les rênes", "le flambeau")
const YIELDS_PLACE =
  /^\s*(?:(?:il|elle)\s+|(?<named>\p{L}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\([^()]{1,30}\))?(?:\s*,\s*\p{Ll}[^,;.()]{1,140},)?\s+)(?:cède|cèdera|cédera|a cédé|laisse|laissera|a laissé|passe|passera|a passé|transmet|transmettra|a transmis)\s+(?:sa place|son fauteuil|son siège|le manche|les rênes|le flambeau|le témoin)\s+à\s+/u;
// "Il est remplacé par X", "Elle sera remplacée par X": the one replaced is the person named before
// (a house that replaces them, "C le remplace par X", is employer-successions.ts's)
const REPLACED_BY =
  /^\s*(?:il|elle)\s+(?:est|sera|a été|va être)\s+remplacée?\s+(?:à ce poste\s+|à son poste\s+)?par\s+/u;
// "À C, où il était responsable de la maintenance, il est remplacé par …": the post the one who left
// held at the house, told between the house and the clause that replaces them
const WHERE_HELD = /^\s*où\s+(?:il|elle)\s+était\s+(?:jusqu['’]ici\s+)?(\p{Ll}[^,;.:()]{2,80}),\s*/u;
// "la direction commerciale est reprise par", "son poste de R est repris par", "la relève est
// assurée par", "sa fonction revient à": the post (its noun phrase), the verb, then the holder after
// a short description
const POST_TAKEN =
  /^\s*(?<post>la direction(?:\s+(?!est\s|sera\s|a\s)[^,;.]{1,80}?)?|la présidence(?:\s+(?!est\s|sera\s|a\s)[^,;.]{1,60}?)?|(?:son|sa)\s+(?:poste|place|fauteuil|fonction)(?:\s+(?:de|d['’])\s*[^,;.]{2,80}?)?|la même fonction|le même poste|la relève)\s+(?:(?:est|sera|a été)\s+(?:reprise?|assurée?|confiée?|occupée?)\s+(?:par|à)|(?:revient|reviendra|est revenue?|échoit|échoira)\s+à)\s+/u;
// "le poste laissé vacant par Y revient à X", "le poste, libéré par le départ de Y, est confié à X":
// the post named by the one who left it, alone or by surname ("par Carrasco"); it is Y's former post
const POST_LEFT_BY =
  /^\s*le\s+poste\s*,?\s+(?:laissé|libéré)\s+(?:(?:vacant|libre)\s+)?par\s+(?:le\s+départ\s+d(?:e\s+|['’]))?(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?(?<leaver>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*,?\s+(?:(?:est|sera|a été)\s+(?:reprise?|assurée?|confiée?|occupée?)\s+(?:par|à)|(?:revient|reviendra|est revenue?|échoit|échoira)\s+à)\s+/u;
// "l'adjointe, ", "son adjoint, ", "sa directrice commerciale, ", "Mme ": who the holder is, before the name
const HOLDER_DESCRIPTION =
  /^(?:(?:l['’]|son |sa |le |la )[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2},?\s+)?(?:(?:(?:le|la)\s+)?(?:M\.|Mme|Me|Dr|Pr)\s+)?/u;

const FEMININE_CUE = /(?:^|\s)(?:l['’]|sa\s)(?:adjointe|directrice|responsable|numéro deux)|Mme\s/u;

// "où il était directeur des partenariats santé", "qui dirigeait la filiale": the departing person's
// former post, told in their own sentence
const FORMER_POST =
  /(?:(?:où|qui)\s+(?:il|elle)\s+était|(?:[Ii]l|[Ee]lle)\s+était\s+jusqu['’]ici)\s+(?:jusqu['’]ici\s+|auparavant\s+)?([\p{Ll}][^,.;()]{2,80})/u;
const LED = /(?:[Ii]l|[Ee]lle|qui)\s+dirigeait|(?:[Ii]l|[Ee]lle)\s+était à la tête d/u;

// "Carrasco" names "Benoît Carrasco"; a full name names only itself
function isNamedBy(person: string, said: string): boolean {
  if (personKey(person) === personKey(said)) return true;
  return !said.includes(" ") && foldWord(person.split(/\s+/u).at(-1) ?? "") === foldWord(said);
}

function titleOfPost(post: string, feminine: boolean): string | null {
  const direction = /^la direction(?:\s+(.+))?$/u.exec(post);
  if (direction) {
    const head = feminine ? "directrice" : "directeur";
    return direction[1] ? `${head} ${direction[1]}` : null;
  }
  const presidency = /^la présidence(?:\s+(.+))?$/u.exec(post);
  if (presidency)
    return `${feminine ? "présidente" : "président"}${presidency[1] ? ` ${presidency[1]}` : ""}`;
  const named = /^(?:son|sa)\s+\p{Ll}+\s+(?:de|d['’])\s*(.+)$/u.exec(post);
  return named ? named[1]!.trim() : null;
}

// "médiatrice" → "médiateur": a head noun the agreement table lacks, put in the masculine by its ending
const masculineHead = (title: string) =>
  title.replace(
    /^(\p{Ll}+?)(trice|ière|euse|enne)(?=\s|$)/u,
    (_, stem: string, ending: string) =>
      `${stem}${{ trice: "teur", ière: "ier", euse: "eur", enne: "en" }[ending]}`,
  );

/** The house a sentence opens on ("Chez C, …", "Au C, …"), or the noun it names it by ("À la mutuelle"). */
function houseNamed(sentence: string): { name: string | null; noun: string | null } {
  const at = AT_HOUSE.exec(sentence);
  if (!at) return { name: null, noun: null };
  const named = at[1]!.trim();
  const noun = /^(?:la|le|l['’])\s*(\p{Ll}[\p{Ll}-]+)$/u.exec(named);
  if (noun) return { name: null, noun: noun[1]! };
  const span = readCompanyAfter(sentence, sentence.indexOf(named));
  return { name: span && /^\p{Lu}/u.test(span.text) ? span.text : null, noun: null };
}

const housesOf = (move: DepartingMove) => [...move.previous_companies, move.company].filter(Boolean);
const sameHouse = (a: string, b: string) => companyKey(a) === companyKey(b);

// "… qui lui succède à la tête de la filiale", "la remplace comme directrice …": the sentence names
// the post itself, the clause readers' case
const POST_AFTER_VERB =
  /^\s*(?:à la tête|à la direction|à la présidence|comme|au poste|en tant qu|en qualité)/u;
// "Elle succède à Y", "il remplace Y": the one replaced, named after the holder
const REPLACES =
  /(?:succède|succèdera|succédera|remplace|remplacera)\s+(?:à\s+|au\s+)?(?:(?:M\.|Mme|Dr|Me)\s+)?(?=\p{Lu})/u;

// ", jusqu'ici contrôleuse de gestion", ", responsable commerciale de la maison", ", son adjoint": the
// holder worked at the house already
const INSIDER =
  /^\s*,\s*(?:(?:jusqu['’](?:ici|alors|à présent)|auparavant|précédemment)\s+(?!chez|à|au|aux|dans)\p{Ll}|[^,.;]*\bde la maison\b|(?:qui était\s+)?(?:son|sa)\s+(?:adjoint|adjointe|bras droit|numéro deux)\b)/u;

// The holder stands where the sentence's shape wants a person ("prend sa suite" after it, "est repris
// par" before it): a first name the lexicon lacks ("Ornella Vauquelin-Sarr") is still a name, but a
// run opening on a French word ("Mutuelle Solivie", "Entraide Bocage") is a house.
const isHolderName = (holder: PersonMention) =>
  isConfidentPerson(holder) || !isFrenchWord(holder.text.split(/[\s-]+/u)[0]!);

// ", venue d'Imprimerie X", ", ex-Agence Y", ", qui était chez Z", ", transfuge de W", ", qui arrive de
// V": the house the
// successor comes from, in the apposition after their name
const COMES_FROM =
  /^\s*,\s*(?:(?:venue?|arrivée?|qui arrive|issue?|transfuge|débauchée?)\s+(?:de chez|de|du|des|d['’])\s*|ex-|qui quitte\s+|qui (?:était|travaillait|officiait) (?:jusqu['’]ici |auparavant )?(?:chez|à|au|aux)\s+)/u;

// "X, directeur de la franchise, …", "X, jusqu'ici vice-président fret de C, …": the title in the
// apposition after a person's name, the one they held until now
// (never "ancien directeur général de A": a post held long ago, not the one given up now; the
// apposition may close its sentence after "jusqu'ici": "… recrute X, jusqu'ici R de C.")
const APPOSED_TITLE =
  /^,\s+(?:(?:jusqu['’](?:ici|alors)\s+|actuel(?:le)?\s+)?(?!ancien|ex-)(\p{Ll}[^,.;()]{2,80}),|jusqu['’](?:ici|alors)\s+(\p{Ll}[^,.;()]{2,80})(?:[.;](?=\s|$)|$))/u;

/** The post a person held at the house as their apposition tells it, the house's name (as the
 * sentence writes it, or the company read) taken off; null when it names another house or is no title. */
function apposedPost(told: string, person: string, houses: string[], formerToo = false): string | null {
  const at = told.lastIndexOf(`${person},`);
  // "Y, 47 ans, ex-directeur des opérations de C, …": an age before the title; a former post ("ex-")
  // only for "Chez C, le poste laissé vacant par Y …" (`formerToo`), which says Y just left it at C
  const after = at < 0 ? "" : told.slice(at + person.length).replace(AGE, "");
  const former = formerToo ? APPOSED_FORMER.exec(after)?.[1] : undefined;
  const apposed = APPOSED_TITLE.exec(after);
  const title = at < 0 ? undefined : (apposed?.[1] ?? apposed?.[2] ?? former);
  // ", qui arrive de C,": a clause, not a title
  if (!title || !looksLikeTitle(title)) return null;
  if (title === former) return houseCut(title, houses);
  for (const name of houses.filter(Boolean)) {
    const house = new RegExp(
      `\\s+(?:de|du|des|chez|d['’])\\s*(?:la\\s+|le\\s+|l['’])?${escapeRegExp(name)}$`,
      "u",
    ).exec(title);
    if (house) return title.slice(0, house.index);
  }
  return /\p{Lu}/u.test(title) ? null : title;
}

const AGE = /^,\s+\d{2}\s+ans(?=,)/u;
const APPOSED_FORMER = /^,\s+ex-(\p{Ll}[^,.;()]{2,80})(?:,|[.;](?=\s|$)|$)/u;

// the title without the house it names, when it names one of `houses` (its descriptor may stand
// between: "de l'équipementier belvérinois Plastem"); null when it names none of them
function houseCut(title: string, houses: string[]): string | null {
  for (const name of houses.filter(Boolean)) {
    const house = new RegExp(
      `\\s+(?:de|du|des|chez|d['’])\\s*(?:(?:la|le|les)\\s+|l['’])?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${escapeRegExp(name)}$`,
      "u",
    ).exec(title);
    if (house) return title.slice(0, house.index);
  }
  return null;
}

/** A title cut where it names the opening words of the house it is held at. */
function withoutHouseHead(title: string, houses: string[]): string {
  for (const link of allMatches(title, /\s+(?:du|de la|de l['’]|des|de|d['’])\s*/gu)) {
    const rest = foldWord(title.slice(link.index + link[0].length));
    if (rest.length > 0 && houses.some((house) => house && foldWord(house).startsWith(rest)))
      return title.slice(0, link.index);
  }
  return title;
}

function houseComeFrom(after: string): string | null {
  const opening = COMES_FROM.exec(after);
  if (!opening) return null;
  const house = readCompanyAfter(after, opening[0].length);
  return house && /^\p{Lu}/u.test(house.text) ? house.text : null;
}

// "… qui lui succède. Il a fait ses débuts chez Neonika.": the sentence after the holder's, about them
const STARTED_AT =
  /[.!?]\s+(?:Il|Elle)\s+(?:a fait ses (?:débuts|armes)|a débuté|a commencé sa carrière|était auparavant|est passée? par)\s+(?:chez\s+)?/u;

function houseStartedAt(stretch: string): string | null {
  const opening = STARTED_AT.exec(stretch);
  if (!opening) return null;
  const house = readCompanyAfter(stretch, opening.index + opening[0].length);
  return house && /^\p{Lu}/u.test(house.text) ? house.text : null;
}

// "X devient directeur général ; Y, régisseuse depuis 2018, prend son ancien poste": the clause after
// a semicolon tells the succession as a sentence of its own would
const SEMICOLON = /\s*;\s+/gu;

function clausesOf(masked: string): Span[] {
  return flatMap(splitSentences(masked), (sentence) => {
    const clauses: Span[] = [];
    let start = 0;
    for (const cut of allMatches(sentence.text, SEMICOLON)) {
      clauses.push(clauseSpan(sentence, start, cut.index));
      start = cut.index + cut[0].length;
    }
    clauses.push(clauseSpan(sentence, start, sentence.text.length));
    return clauses;
  });
}

const clauseSpan = (sentence: Span, from: number, to: number): Span => ({
  text: sentence.text.slice(from, to),
  start: sentence.start + from,
  end: sentence.start + to,
});

/**
 * The records of a paragraph's successors told from the departure side. `read` are the paragraph's
 * records so far, `earlier` the issue's records before the paragraph, in order; `contextBefore` the
 * paragraph before, where the departing person's own sentence may stand.
 */
export function readTakenOverPosts(
  paragraph: string,
  read: DepartingMove[],
  earlier: DepartingMove[],
  contextBefore: string,
): TakenOverPost[] {
  const masked = maskQuotes(paragraph);
  const found: TakenOverPost[] = [];
  const readKeys = new Set(read.map((move) => personKey(move.person)));
  for (const sentence of clausesOf(masked)) {
    const text = sentence.text;
    const atHouse = AT_HOUSE.exec(text);
    const whereHeld = atHouse ? WHERE_HELD.exec(text.slice(atHouse[0].length)) : null;
    const from = atHouse ? atHouse[0].length + (whereHeld?.[0].length ?? 0) : 0;
    const heldThere = whereHeld?.[1]?.trim();
    // a sentence opens on a capital: "Son poste …", "La direction …"
    const rest = text.slice(from).replace(/^\s*\p{Lu}/u, (first) => first.toLowerCase());
    const mentions = findPersonMentions(text);
    let holder: PersonMention | undefined;
    let post = "";
    // "l'adjointe, X", "son directeur commercial, X": the holder described as one of the house's own
    let described = false;
    let replacedNamed: PersonMention | undefined;
    let yielder: PersonMention | undefined;
    let leaver: string | undefined;
    const taken = POST_TAKEN.exec(rest);
    const leftBy = taken ? null : POST_LEFT_BY.exec(rest);
    if (leftBy) {
      // the post is the leaver's own ("son poste"); the leaver, named in the clause, is the one replaced
      post = "son poste";
      leaver = leftBy.groups!.leaver!;
      const description = HOLDER_DESCRIPTION.exec(rest.slice(leftBy[0].length))![0];
      const at = from + leftBy[0].length + description.length;
      holder = mentions.find((m) => m.start === at);
      described = /\p{Ll}/u.test(description);
    } else if (taken) {
      post = taken.groups!.post!.trim();
      const description = HOLDER_DESCRIPTION.exec(rest.slice(taken[0].length))![0];
      const at = from + taken[0].length + description.length;
      holder = mentions.find((m) => m.start === at);
      described = /\p{Ll}/u.test(description);
    } else if (YIELDS_PLACE.test(rest)) {
      // "Il cède sa place à X", "Y cède son fauteuil à X": the post is the one the subject held,
      // told in the sentence before ("C change de directeur général", "Y, directeur de C, part")
      const opening = YIELDS_PLACE.exec(rest)!;
      const description = HOLDER_DESCRIPTION.exec(rest.slice(opening[0].length))![0];
      const at = from + opening[0].length + description.length;
      holder = mentions.find((m) => m.start === at);
      if (opening.groups?.named)
        yielder = mentions.find(
          (m) => m.start === from + /^\s*/u.exec(rest)![0].length && isConfidentPerson(m),
        );
      if (opening.groups?.named && !yielder) holder = undefined;
    } else if (REPLACED_BY.test(rest)) {
      const opening = REPLACED_BY.exec(rest)![0];
      const description = HOLDER_DESCRIPTION.exec(rest.slice(opening.length))![0];
      const at = from + opening.length + description.length;
      holder = mentions.find((m) => m.start === at);
      described = /\p{Ll}/u.test(description);
    } else if (SUCCESSOR_OPENS.test(rest)) {
      // "Son successeur, Y, dirigeait jusqu'ici …": the holder named in apposition to the noun
      const opening = SUCCESSOR_OPENS.exec(rest)![0];
      const description = HOLDER_DESCRIPTION.exec(rest.slice(opening.length))![0];
      const at = from + opening.length + description.length;
      holder = mentions.find((m) => m.start === at && /^\s*(?:,|\(|\p{Ll})/u.test(text.slice(m.end)));
    } else {
      const opening = IT_IS_WHO.exec(rest)?.[0] ?? "";
      const description = opening ? HOLDER_DESCRIPTION.exec(rest.slice(opening.length))![0] : "";
      const at = from + opening.length + description.length;
      described = /\p{Ll}/u.test(description);
      holder = mentions.find((m) => {
        if (m.start !== at) return false;
        const verb = WHO_SUCCEEDS.exec(text.slice(m.end));
        if (verb?.groups?.named) {
          const after = text.slice(m.end + verb[0].length);
          replacedNamed = mentions.find(
            (other) => other.start === m.end + verb[0].length + /^\s*/u.exec(after)![0].length,
          );
          // only the cleft sentence: "Y succède à Z" alone is the clause readers'
          if (!opening || !replacedNamed) return false;
        }
        return verb !== null && !POST_AFTER_VERB.test(text.slice(m.end + verb[0].length));
      });
      // "c'est Y, directrice de l'international, qui lui succède": a title of the house, no other
      // house named, tells one of its own
      const apposition = holder ? /^\s*,([^,.;]{1,80}),/u.exec(text.slice(holder.end))?.[1] : undefined;
      if (
        apposition &&
        !/\p{Lu}/u.test(apposition) &&
        !/^\s*(?:ancien|ex-|venu|issu|transfuge)/u.test(apposition)
      )
        described = true;
    }
    if (!holder || !isHolderName(holder) || readKeys.has(personKey(holder.name))) continue;
    const before = masked.slice(0, sentence.start);
    const house = houseNamed(text);
    // "la direction des achats est reprise par X": the post is named, the one who left it is whoever
    // left that house; "son poste", "lui succède": the last person named before
    const namesPost = /^la (?:direction|présidence)/u.test(post);
    const readBefore = read.filter((move) => before.includes(move.person.split(/\s+/u).at(-1) ?? "\u0000"));
    const candidates = [...readBefore].reverse().concat([...earlier].reverse());
    let departing: DepartingMove | null = null;
    if (namesPost) {
      const left = (move: DepartingMove) =>
        house.name !== null && move.previous_companies.some((name) => sameHouse(name, house.name!));
      departing = candidates.find(left) ?? null;
    } else {
      // the last person named before the sentence, a mover or not ("X prend sa retraite. Son poste de
      // R est confié à Y"), or the one who yields the place in it
      const named = yielder ?? findPersonMentions(before).filter(isConfidentPerson).at(-1);
      // the one who left the post, named in the clause by full name or surname: among the movers
      // before, else as named
      const leaverMove = leaver ? candidates.find((move) => isNamedBy(move.person, leaver!)) : undefined;
      const mover = leaver
        ? leaverMove
        : named
          ? candidates.find((move) => personKey(move.person) === personKey(named.name))
          : (readBefore.at(-1) ?? earlier.at(-1));
      // no mover found: the one named still departs, unless the leaver is told by surname alone
      const departingName = leaver ? (leaver.includes(" ") ? leaver : undefined) : named?.name;
      departing =
        mover ??
        (departingName ? { person: departingName, company: "", role: "", previous_companies: [] } : null);
    }
    if (departing && personKey(departing.person) === personKey(holder.name)) continue;
    if (replacedNamed && (!departing || personKey(departing.person) !== personKey(replacedNamed.name)))
      continue;
    const feminine = hasFeminineFirstName(holder) || FEMININE_CUE.test(text.slice(0, holder.start + 4));
    const fromNoun =
      house.noun && departing
        ? (housesOf(departing).find((name) =>
            foldWord(name)
              .split(/[\s'’-]+/u)
              .includes(foldWord(house.noun!)),
          ) ?? null)
        : null;
    // (with the yielder's own name, which the sentence before may describe: "C change de R. Y cède …")
    // (and the apposition between the yielder's name and the verb: "Y, R de C, cède le manche à X")
    const told = `${contextBefore}\n${before}${yielder ? text.slice(0, holder.start) : ""}`;
    // the post the departing person gives up, told beside their name ("X, directrice de C depuis
    // 2006, prend sa retraite", "X quitte le poste de R de C pour …": left-post.ts)
    const left = departing && !namesPost ? postLeftBy(told, departing.person) : null;
    const company =
      house.name ??
      fromNoun ??
      (departing
        ? (departing.previous_companies.find((name) => !sameHouse(name, departing!.company)) ??
          (departing.company || null))
        : null) ??
      left?.company ??
      null;
    // "directeur du centre hospitalier" at "centre hospitalier de Pont-Aval": the house's own head is
    // no part of the post
    const leftRole =
      left && company && sameHouse(left.company, company)
        ? withoutHouseHead(left.role, [atHouse?.[1]?.trim() ?? "", company])
        : null;
    const surname = departing?.person.split(/\s+/u).at(-1) ?? "";
    const aboutDeparting = surname ? told.slice(Math.max(0, told.lastIndexOf(surname))) : "";
    // "son directeur commercial, Bastien Roux, rejoint …", "le directeur technique Bastien Roux
    // devient …": the post told before the departing name (without a comma, a title the role classes know)
    const titledMatch =
      surname && departing
        ? new RegExp(
            `(?:son|sa|leur|le|la)\\s+([\\p{Ll}][^,.;()]{2,60})(,?)\\s+${escapeRegExp(departing.person.split(/\s+/u)[0]!)}`,
            "u",
          ).exec(told)
        : null;
    const titledBefore =
      titledMatch && (titledMatch[2] || looksLikeTitle(titledMatch[1]!)) ? titledMatch[1] : undefined;
    // "X, directeur de la franchise, prend du galon … Sa fonction revient à Y": the post told in the
    // departing person's apposition, the one they give up for the next
    // (or "X, jusqu'ici R de C, rejoint D. Chez C, c'est Y qui lui succède": the post at C)
    const apposed =
      departing && company && !namesPost && /^(?:(?:son|sa)\s+(?:poste|fonction|place))?$/u.test(post)
        ? apposedPost(
            told,
            departing.person,
            [atHouse?.[1]?.trim() ?? "", company],
            leaver !== undefined && atHouse !== null,
          )
        : null;
    const former = departing && !namesPost ? FORMER_POST.exec(aboutDeparting)?.[1]?.trim() : undefined;
    const led =
      departing && !namesPost && LED.test(aboutDeparting) ? (feminine ? "directrice" : "directeur") : null;
    const samePost = /^(?:la même fonction|le même poste)$/u.test(post) && departing ? departing.role : null;
    const role =
      titleOfPost(post, feminine) ??
      samePost ??
      heldThere ??
      former ??
      leftRole ??
      titledBefore ??
      apposed ??
      led;
    if (!company || !role) continue;
    // a holder the lexicon does not vouch for takes a post the text names plainly (the sentence's own,
    // or the one the departing person gives up), never one pieced together from other clauses
    // ("la direction de l'usine est confiée à Linh X": the title's gender would be a guess)
    const plainPost =
      role === leftRole || (/^(?:son|sa)\s/u.test(post) && titleOfPost(post, feminine) !== null);
    if (!isConfidentPerson(holder) && !plainPost) continue;
    // "sa médiatrice, Y. La relève est assurée par Anselme X": the post in the holder's gender
    // (a first name the lexicon lacks: the title the holder held until now, "jusqu'ici médiateur adjoint")
    const ownTitle =
      /^\s*,\s*(?:jusqu['’](?:ici|alors)\s+)?(\p{Ll}+)/u.exec(text.slice(holder.end))?.[1] ?? "";
    const masculine =
      !feminine && (hasMasculineFirstName(holder) || /(?:eur|ier|ien|ant|ent|if|é)$/u.test(ownTitle));
    const after = text.slice(holder.end);
    const previous = houseComeFrom(after);
    // "… Elle succède à Y": the one replaced, in the holder's sentence or the next one about them
    const following = masked.slice(sentence.start + holder.end);
    const ownStretch = /^[^.!?]*[.!?]?(?:\s+(?:Il|Elle)\s[^.!?]*)?/u.exec(following)![0];
    // "Son remplaçant, Y, 52 ans, a fait carrière chez B", "Son successeur, Y, ancien directeur de B,
    // …": the holder's own past, read by the career grammar (career.ts) on the holder's stretch
    const pastHouses = readCareers(`${holder.name}${ownStretch}`, [holder.name])
      .filter((phrase) => !phrase.holder || personKey(phrase.holder.name) === personKey(holder!.name))
      .flatMap((phrase) => phrase.employers.map((employer) => employer.text))
      .filter((name) => !sameHouse(name, company) && (!departing || !sameHouse(name, departing.person)));
    const joins =
      previous !== null ||
      pastHouses.length > 0 ||
      /(?:venue?|arrivée?|issue?)\s+(?:de|du|des|d['’])|ex-|recrutée?/u.test(after);
    const replaced = REPLACES.exec(ownStretch);
    const named = replaced
      ? findPersonMentions(ownStretch).find(
          (m) =>
            m.start === replaced.index + replaced[0].length && personKey(m.name) !== personKey(holder!.name),
        )
      : undefined;
    // "la direction de C est confiée à X" says nothing of who held it
    const entrusted = namesPost && /\sconfiée?\s/u.test(taken?.[0] ?? "");
    found.push({
      person: holder.name,
      company,
      role: masculine ? masculineHead(agreeTitle(role, false)) : agreeTitle(role, feminine ? true : null),
      // one of the house's own takes the post: promoted; nothing said of where the holder was: appointed
      kind: joins ? "joined" : described || INSIDER.test(after) ? "promoted" : "appointed",
      previous_companies: [previous, houseStartedAt(ownStretch), ...pastHouses].filter(
        (name, i, all): name is string =>
          name !== null && !sameHouse(name, company) && all.indexOf(name) === i,
      ),
      predecessor: named?.name ?? (entrusted ? null : (departing?.person ?? null)),
    });
    readKeys.add(personKey(holder.name));
  }
  return found;
}
