// A verbless headline over a short body that speaks of the headline's person without naming them:
//   "Arrivée de Jeanne X chez C" + "L'ancienne directrice des ventes de D prend en charge … comme R."
//   "Promotion interne pour Paul X" + "Chef de rayon depuis 2017, il devient directeur du magasin de C."
//   "Paul X chez C" + "Venu de D, il y occupera le poste de R."
//   "Nomination de Jeanne X à la tête de C" + "Le conseil lui confie le poste de directrice générale."
// The headline gives the mover (and the employer when it names one); the body gives the post, in a
// sentence whose subject is a pronoun ("il", "elle"), a descriptor ("L'ancienne directrice des ventes
// de D") or the name again, and whose "y" is the headline's employer. The item is told again as the
// sentence it stands for ("Chez C, ancienne directrice des ventes de D, Jeanne X prend en charge …")
// and read like any other. Flattened HTML glues the headline to its body on one line ("… chez C Venu
// de D, il …"): the body then starts at the first word that opens such a sentence. A body that says
// nothing of the headline's person in these ways leaves the item as written.

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { isFrenchWord } from "./french-words.ts";
import { foldWord } from "./lexicon/fold.ts";
import { COLLOQUIAL_TITLES, TITLE_HEADS } from "./lexicon/titles.ts";
import { findPersonMentions, type PersonMention, personMentionAtStart } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";

// "Arrivée de", "Promotion interne pour", "Nomination d'", "Recrutement de": the news the headline
// tags, before its person (a headline may also open on the person: "Paul X chez C")
const HEADLINE_TAG =
  /^(?:(?:Arrivée|Nomination|Promotion(?:\s+interne)?|Recrutement|Retour|Élection|Désignation)\s+(?:de\s+|d['’]|pour\s+))?/u;
// "C : Jeanne X nommée", "C : Paul X monte en grade": the employer as the headline's label
const EMPLOYER_LABEL = /^([\p{Lu}\p{N}][^:;.!?]{1,60}?)\s+:\s+/u;
// what a headline may say of its person after the name: a participle, a promotion, a title after a comma
const AFTER_PERSON =
  /^(?:\s+(?:nommée?|promue?|élue?|réélue?|désignée?|recrutée?|monte en grade|aux commandes)(?![\p{L}])|,\s+[\p{Ll}][\p{Ll}'’ -]{2,50}?(?=\s+\p{Lu}))?/u;
// the employer the headline names: "chez C", "à la tête de C", "à C"
const EMPLOYER_LINK =
  /^\s+(?:chez|à la tête d(?:e\s+(?:la\s+|l['’])?|u\s+|['’])|à|au sein d(?:e\s+|['’]))\s*/u;

// The words a body opens on when it speaks of the headline's person without naming them: a
// pronoun, a descriptor ("L'ancienne …", "L'ex-…"), a fronted clause ("Venue de D,", "Ancien de D,",
// "Entrée chez C en 2009,", "Dans la maison depuis douze ans,", "Passé par D,"), a board that
// hands the post over ("Le conseil lui confie …")
const BODY_OPENER =
  /^(?:Il|Elle)\s|^L['’](?:ancien(?:ne)?\s|ex-)|^(?:Ancien(?:ne)?|Venue?|Passée?|Issue?|Entrée?|Arrivée?)\s+(?:de|d['’]|du|des|par|chez|comme|au|à)[\s\p{L}]|^Dans la maison\s|^(?:Le|La|Son|Sa)\s+[\p{Ll}][\p{L}-]*(?:\s+(?:de|d['’]|du)\s*[\p{L}-]+)?\s+lui\s/u;
// a body opening on the person's post held until now: "Responsable du réseau Sud depuis 2019, elle …"
const FRONTED_THEN_PRONOUN = /^[\p{Lu}][^.;:!?«»]{2,110}?,\s+(?:il|elle)\s/u;

const PRONOUN_SUBJECT = /(^|,\s+)([Ii]l|[Ee]lle)\s+(?:y\s+)?/u;
const DESCRIPTOR_SUBJECT = /^L['’](ancien(?:ne)?\s+|ex-)/u;
const GIVES_HIM_THE_POST = /^([^.;:!?]{2,80}?)\s+lui\s+(confie|attribue|offre|propose)\s+/u;

interface Headline {
  person: PersonMention;
  employer: string | null;
  body: string;
}

// A paragraph is asked for its headline-and-body sentence by the section finder (section.ts) and
// twice by the issue reader (issue.ts: the paragraph, then without its item tag, most often the
// same text): the answer depends on the text alone, so it is kept, as findPersonMentions' are.
const sentenceByParagraph = new Map<string, string | null>();

export function headlineBodySentence(paragraph: string): string | null {
  let sentence = sentenceByParagraph.get(paragraph);
  if (sentence === undefined) {
    sentence = tellHeadlineItems(paragraph);
    if (sentenceByParagraph.size > 2_000) sentenceByParagraph.clear();
    sentenceByParagraph.set(paragraph, sentence);
  }
  return sentence;
}

function tellHeadlineItems(paragraph: string): string | null {
  // flattened items glued on one line, each after its bullet
  const pieces = paragraph.split(/\s+(?=•\s)/u);
  let changed = false;
  const told = pieces.map((piece) => {
    const bullet = /^•\s+/u.exec(piece)?.[0] ?? "";
    const sentence = tellItem(piece.slice(bullet.length));
    if (sentence === null) return piece;
    changed = true;
    return `${bullet}${sentence}`;
  });
  return changed ? told.join(" ") : null;
}

function tellItem(item: string): string | null {
  const headline = readHeadline(item);
  if (!headline) return tellPostHeadline(item);
  const { person, employer } = headline;
  const [first, rest] = firstSentence(headline.body);
  const said = bodyAboutPerson(first, person.name, employer);
  if (said === null) return null;
  const namesEmployer = employer !== null && companyKey(said).includes(companyKey(employer));
  const atEmployer = employer && !namesEmployer ? `Chez ${employer}, ${lowerFirst(said)}` : said;
  return `${atEmployer}${rest}`;
}

function readHeadline(item: string): Headline | null {
  const labelled = EMPLOYER_LABEL.exec(item);
  // the label is a house's whole name ("Nouveau CTO chez C : X" is a headline item of its own)
  const labelName = labelled?.[1]?.trim() ?? "";
  const labelSpan = labelled ? readCompanyAfter(labelName, 0) : null;
  const label = labelSpan?.start === 0 && labelSpan.end === labelName.length ? labelled : null;
  if (labelled && !label) return null;
  const from = label ? label[0].length : (HEADLINE_TAG.exec(item)?.[0].length ?? 0);
  // read from the name on: "Arrivée d'Edwige X" would read as one name
  const found = personMentionAtStart(item.slice(from));
  if (!found) return null;
  const person = { ...found, start: from, end: from + found.end };
  const said = AFTER_PERSON.exec(item.slice(person.end))![0];
  const at = person.end + said.length;
  // a headline opening on its person says more of them: "X chez C", "X, directeur général"
  if (!label && from === 0 && !said.startsWith(",") && !/^\s+chez\s/u.test(item.slice(at))) return null;
  let employer = label ? label[1]!.trim() : null;
  const link = !employer ? EMPLOYER_LINK.exec(item.slice(at)) : null;
  const bodyStart = findBodyStart(
    item,
    link ? at + link[0].length : at + /^\s*/u.exec(item.slice(at))![0].length,
    person.name,
  );
  if (bodyStart === null) return null;
  if (link) {
    const span = readCompanyAfter(item.slice(0, bodyStart).replace(/[\s.]+$/u, ""), at + link[0].length);
    // "chez C au poste de R. Passée par D, elle …": a headline that says more than its house is read as written
    if (!span || item.slice(span.end, bodyStart).replace(/[.\s]/gu, "") !== "") return null;
    employer = item.slice(span.start, span.end).trim();
  } else if (item.slice(at, bodyStart).replace(/[.\s]/gu, "") !== "") return null;
  return { person, employer, body: item.slice(bodyStart) };
}

// Where the body starts: after a full stop that ends the headline, or at the first word that opens
// a sentence speaking of the headline's person (the line was glued to its headline).
function findBodyStart(item: string, from: number, name: string): number | null {
  const words = allMatches(item.slice(from), /(?:^|\s)(\p{Lu})/gu).map(
    (word) => from + word.index + word[0].length - 1,
  );
  const stop = words.find((at) => at > from && /\.\s*$/u.test(item.slice(from, at)));
  // "C : Paul X aux commandes Paul X est nommé …": the body names the headline's person again
  const opener = words.find(
    (at) => BODY_OPENER.test(item.slice(at)) || (at > from && item.startsWith(`${name} `, at)),
  );
  if (opener !== undefined && (stop === undefined || opener <= stop)) return opener;
  if (stop !== undefined) return stop;
  // a fronted post ("Responsable du réseau Sud depuis 2019, elle …") only right after the person: an
  // employer's name before the pronoun would read as one
  return FRONTED_THEN_PRONOUN.test(item.slice(from)) ? from : null;
}

// A headline that tags the news at a house, without its person, over a body that names them:
//   "Promotion interne chez C" + "Jeanne X, jusqu'alors R0, est promue R."
//   "Relève assurée chez C" + "C'est Paul X, transfuge de D, qui prend la succession de Y comme R."
//   "Montée en grade chez C" + "Directrice adjointe depuis 2016, Jeanne X devient R."
// The headline opens on a common word of the lexicon ("Promotion", "Relève", "Succession"), never a
// house's name; the item is told as "Chez C, <body>". Glued on one line, the house ends where the
// body starts: at "C'est", at a name the lexicon knows, or at a fronted clause ending on the name.
// The link before the house: "chez C", "au sein de C", "pour C" ("Nouvelle tête pour C"), "à la
// direction de C" ("Changement de cap à la direction de C"), "à la tête de C", "dans les rangs de C"
const NEWS_AT_HOUSE =
  /^(\p{Lu}[\p{Ll}'’-]+)((?:\s+[\p{Ll}][\p{Ll}'’-]*){0,3})\s+(?:chez|pour(?:\s+(?:la|le|l['’]))?|au sein d(?:e\s+|['’])|(?:à la (?:direction|tête|présidence|barre)|dans les rangs|du côté) d(?:e\s+(?:la\s+|l['’])?|u\s+|['’]))\s*(?=\p{Lu})/u;
const HOUSE_LINKS = /^(?:de|du|des|d['’]\S+|la|le|les|l['’]\S+|et|à|en|sur|sous|aux?)$/u;
// "Le conseil a confié à X le poste de R", "Le directoire a nommé X …": the body's subject is the house's
// board, which gives the post
const BOARD_GIVES_POST =
  /^(?:Le|La|L['’])\s*(?:conseil|directoire|comité|bureau|assemblée|actionnaire)[\p{Ll}'’ -]{0,40}?\s(?:a|vient d['’])\s*(?:confié|nommé|désigné|choisi|porté|élu|appelé|confier|nommer|désigner|choisir)\s/u;
// "C'est Paul X, transfuge de D, qui prend …": the person retained, told as the subject
const RETAINED_WHO = /^C['’]est\s+([^.;:!?]{3,120}?),?\s+qui\s+/u;
// "Directrice adjointe depuis 2016, Jeanne X …", "Jusqu'ici chez D, Paul X …"
// (its first word goes on in lower case: "Atelier Grain de Cuir" is a name)
const FRONTED_CLAUSE =
  /^([\p{Lu}][\p{Ll}'’-]*)(?=(?:\s+(?:de|du|des|la|le|les|d['’]|l['’]))*\s+\p{Ll})[^.;:!?]{0,80}?,\s+/u;

export function newsHeadlineSentence(paragraph: string): string | null {
  const headline = NEWS_AT_HOUSE.exec(paragraph);
  if (!headline || !isFrenchWord(headline[1]!.toLowerCase())) return null;
  // "Nouvelle directrice pour C", "Un nouveau patron chez C": a headline naming the post is
  // tellPostHeadline's, whose body gives the person and not the post
  const words = `${headline[1]}${headline[2]}`.toLowerCase().split(/\s+/u);
  if (words.some((word) => TITLE_HEADS.has(foldWord(word)) || COLLOQUIAL_TITLES.has(foldWord(word))))
    return null;
  const rest = paragraph.slice(headline[0].length);
  const bodyAt = newsBodyStart(rest);
  if (bodyAt === null) return null;
  const house = rest.slice(0, bodyAt).replace(/[\s.]+$/u, "");
  // the house alone: "Double arrivée chez C : X …, Y …" is a headline item of its own grammar
  if (/[\n:;,!?]/u.test(house) || house.split(/\s+/u).length > 7) return null;
  // a name's words, its links between ("Atelier Grain de Cuir", "Le Fer à Dorer"): a lower-case word
  // is the body's ("C La chaîne recrute X" would read "C La chaîne recrute" as the house)
  if (!house.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}(&]/u.test(word) || HOUSE_LINKS.test(word)))
    return null;
  const span = readCompanyAfter(house, 0);
  const person = personMentionAtStart(house);
  if (span?.start !== 0 || person?.knownFirstName || person?.upperCase) return null;
  // a house the company reader cuts short ("Savonnerie du Fer à Cheval Bleu" read to "Fer") would be
  // the short one in the told sentence too: left as written
  // (an acronym's expansion in brackets after it is still the house: "SDF (Safraniers de France)")
  if (/\p{L}/u.test(house.slice(span.end).replace(/\([^()]*\)/gu, ""))) return null;
  const [first, after] = firstSentence(rest.slice(bodyAt).replace(/\s*\n\s*/gu, " "));
  const retained = RETAINED_WHO.exec(first);
  const body = retained ? `${retained[1]}, ${first.slice(retained[0].length)}` : first;
  return `Chez ${house}, ${lowerFirst(body)}${after}`;
}

// Where the body starts after the headline's house: a line break, "C'est", a fronted clause whose
// comma the person's name follows, or a name whose first name the lexicon knows
function newsBodyStart(rest: string): number | null {
  const lineBreak = rest.indexOf("\n");
  if (lineBreak > 0) return lineBreak + 1;
  for (const word of allMatches(rest, /\s(?=\p{Lu})/gu)) {
    const at = word.index + word[0].length;
    const text = rest.slice(at);
    // the headline set apart by a full stop (section.ts isHeadlineOverBody): "… de C. Le conseil a confié …"
    if (/\.\s+$/u.test(rest.slice(0, at))) return at;
    if (/^C['’]est\s/u.test(text) || BOARD_GIVES_POST.test(text)) return at;
    const fronted = FRONTED_CLAUSE.exec(text);
    if (
      fronted &&
      isFrenchWord(fronted[1]!.toLowerCase().replace(/['’].*$/u, "")) &&
      personMentionAtStart(text.slice(fronted[0].length))?.knownFirstName === true
    )
      return at;
    const name = personMentionAtStart(text);
    if (name && (name.knownFirstName || name.upperCase)) return at;
  }
  // a first name the lexicon lacks: the last name a verb or an apposition follows ("C Donatien X,
  // adjoint depuis 2021, est …")
  return nameStart(rest);
}

function firstSentence(body: string): [string, string] {
  const end = /[.!?](?=\s+\p{Lu}|\s*$)/u.exec(body);
  return end ? [body.slice(0, end.index + 1), body.slice(end.index + 1)] : [body, ""];
}

// The body's first sentence with the headline's person as its subject, or null when it does not
// speak of them.
function bodyAboutPerson(sentence: string, name: string, employer: string | null): string | null {
  if (findPersonMentions(sentence).some((m) => personKey(m.name) === personKey(name))) return sentence;
  const descriptor = DESCRIPTOR_SUBJECT.exec(sentence);
  if (descriptor) return descriptorSubject(sentence, descriptor[0].length, name);
  const gives = GIVES_HIM_THE_POST.exec(sentence);
  // "La coopérative de Montbérac lui confie sa direction": the subject describes the headline's
  // employer, which hands the post over
  const giver = gives && employer && /^(?:Le|La|L['’])\s*\p{Ll}/u.test(gives[1]!) ? employer : gives?.[1];
  if (gives) return `${giver} ${gives[2]} à ${name} ${sentence.slice(gives[0].length)}`;
  const pronoun = PRONOUN_SUBJECT.exec(sentence);
  if (!pronoun) return null;
  // "il y occupera le poste": "y" is the headline's employer, or the house the fronted clause names
  const hasThere = /\sy\s+$/u.test(pronoun[0]);
  const fronted = sentence.slice(0, pronoun.index);
  const told = `${fronted}${pronoun[1]}${name} ${sentence.slice(pronoun.index + pronoun[0].length)}`;
  if (!hasThere || employer) return told;
  const chez = /\bchez\s+/u.exec(fronted);
  const there = chez ? readCompanyAfter(fronted, chez.index + chez[0].length) : null;
  return there ? `Chez ${fronted.slice(there.start, there.end).trim()}, ${lowerFirst(told)}` : told;
}

// "L'ancienne directrice des ventes de D prend en charge …": the descriptor, without its article,
// fronted before the name ("ancienne directrice des ventes de D, Jeanne X prend en charge …"); its
// title is the post "au même poste" stands for.
function descriptorSubject(sentence: string, from: number, name: string): string | null {
  for (const of of allMatches(sentence.slice(from), /\s(?:de|d['’]|du)\s*(?=\p{Lu})/gu)) {
    const companyAt = from + of.index + of[0].length;
    const span = readCompanyAfter(sentence, companyAt);
    if (!span || span.start !== companyAt) continue;
    const predicate = sentence.slice(span.end);
    if (!/^\s+[\p{Ll}]/u.test(predicate)) continue;
    const title = sentence.slice(from, from + of.index).trim();
    const descriptor = sentence.slice(2, span.end);
    return `${descriptor}, ${name}${predicate.replace(/\sau même poste(?![\p{L}])/u, ` comme ${title}`)}`;
  }
  return null;
}

function lowerFirst(text: string): string {
  // a name or a house opens on a capital it keeps; a common word loses it after "Chez C, "
  const word = /^[\p{L}-]+/u.exec(text)?.[0] ?? "";
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  if (BODY_OPENER.test(text) || FRONTED_THEN_PRONOUN.test(text)) return lower;
  if (personMentionAtStart(text) !== undefined) return text;
  return isFrenchWord(word.toLowerCase()) ? lower : text;
}

// A headline that names the post and the house, the body the person:
//   "Nouvelle directrice commerciale chez C" + "Jeanne X, dans la maison depuis 2011, devient …"
//   "Un nouveau DAF pour C" + "Il s'agit de Paul X, jusqu'ici contrôleur de gestion chez D."
//   "C recrute une directrice artistique" + "C'est Jeanne X, venue de D, qui a été retenue."
//   "C se dote d'un directeur général" + "Paul X, ancien de D, prend ses fonctions lundi."
const POST_THEN_HOUSE =
  /^(?:(?:Un|Une)\s+(?:nouveau\s+|nouvelle\s+|nouvel\s+)?|(?:Nouveau|Nouvelle|Nouvel|Nouveaulle)\s+)((?:[\p{Ll}][\p{Ll}'’-]*|\p{Lu}{2,5})(?:\s+(?!pour\s|chez\s|à\s)[\p{Ll}][\p{Ll}'’-]*){0,4})\s+(?:chez|pour)\s+/u;
// (or a sentence of its own: "C s'est trouvé un directeur de course. L'organisateur a retenu X, …")
const HOUSE_THEN_POST =
  /^([\p{Lu}][^.;:!?]{1,60}?)\s+(?:recrute|se dote d['’]|accueille|s['’]offre|s['’]est trouvée?|a trouvé)\s*(?:un|une)\s+(?:nouveau\s+|nouvelle\s+|nouvel\s+)?((?:[\p{Ll}][\p{Ll}'’-]*|\p{Lu}{2,5})(?:\s+(?!pour\s|à\s|afin\s)[\p{Ll}][\p{Ll}'’-]*){0,4})(?:\s*\.)?\s+(?=\p{Lu})/u;
// the body names the person as the one retained: "C'est X, venue de D, qui a été retenue", "Il s'agit de X, …",
// "L'organisateur a retenu X, …", "Le club a choisi X" (the house, by its noun or a pronoun, chose them)
const CHOSEN_BY_HOUSE = String.raw`(?:(?:Le|La|L['’])\s*\p{Ll}[\p{Ll}-]+|Il|Elle)\s+a\s+(?:retenu|choisi|désigné|recruté|engagé)\s+`;
const RETAINED = new RegExp(String.raw`^(?:C['’]est\s+|Il s['’]agit d(?:e\s+|['’])|${CHOSEN_BY_HOUSE})`, "u");
const RETAINED_AHEAD = new RegExp(String.raw`(?:^|\s)(?=C['’]est\s|Il s['’]agit d|${CHOSEN_BY_HOUSE})`, "u");
// the body says the post itself: a verb of appointment or the title after "comme"
const SAYS_POST =
  /\s(?:devient|est\s+(?:nommée?|promue?)|a été\s+(?:nommée?|promue?|désignée?)|au poste de)\s/u;

function tellPostHeadline(item: string): string | null {
  const postFirst = POST_THEN_HOUSE.exec(item);
  const houseFirst = postFirst ? null : HOUSE_THEN_POST.exec(item);
  if (!postFirst && !houseFirst) return null;
  const post = (postFirst ? postFirst[1] : houseFirst![2])!;
  const from = (postFirst ?? houseFirst)![0].length;
  const rest = item.slice(from);
  // where the body starts: "C'est", "Il s'agit de", or the person's name
  const retained = RETAINED_AHEAD.exec(rest);
  const bodyAt = retained ? retained.index + retained[0].length : (nameStart(rest) ?? -1);
  if (bodyAt < 0 || (houseFirst && bodyAt > 0)) return null;
  // "Nouvelle directrice chez C : X." is the headline item's own grammar (headline-items.ts, shapes.ts)
  if (!houseFirst && /:\s*$/u.test(rest.slice(0, bodyAt))) return null;
  const house = houseFirst ? houseFirst[1]!.trim() : rest.slice(0, bodyAt).replace(/[\s.,]+$/u, "");
  const span = house ? readCompanyAfter(house, 0) : null;
  if (!span || !/^(?:(?:Le|La|Les|L['’])\s*)?$/u.test(house.slice(0, span.start))) return null;
  if (house.split(/\s+/u).length > 7) return null;
  const [first, after] = firstSentence(rest.slice(bodyAt));
  const retainedAt = RETAINED.exec(first);
  const body = retainedAt ? first.slice(retainedAt[0].length) : first;
  const person = personMentionAtStart(body);
  if (!person) return null;
  if (!retainedAt && SAYS_POST.test(body)) return `Chez ${house}, ${body}${after}`;
  // the name and what is said of it between commas ("X, venue de D,"), then the headline's post
  let apposition = /^,[^,;.]{2,80}(?=,|\.|$)/u.exec(body.slice(person.end))?.[0] ?? "";
  // "X quitte D pour prendre ce poste": D is the house left
  const leaves = /^\s+quitte\s+/u.exec(body.slice(person.end + apposition.length));
  const left = leaves && readCompanyAfter(body, person.end + apposition.length + leaves[0].length);
  if (left) apposition += `, ex-${body.slice(left.start, left.end).trim()}`;
  return `${body.slice(0, person.end)}${apposition}${apposition ? "," : ""} rejoint ${houseFirst ? span.text : house} comme ${post}.${after}`;
}

// Where the body's person starts, read from each capital on, since a house's name before it would
// run into it ("Puzzles Castagnol Hermine X"): the first name the lexicon knows or whose surname is
// in capitals; failing that, the last name a verb or a comma follows ("… de Vaucrestre Lazare X est
// promu": "Vaucrestre Lazare X" reads as a name too, "Lazare X" is the last)
const AFTER_BODY_NAME = /^(?:,|\s+(?:est|devient|a été|rejoint|prend|succède)\s)/u;
function nameStart(text: string): number | null {
  let last: number | null = null;
  for (const word of allMatches(text, /(?:^|\s)(?=\p{Lu})/gu)) {
    const at = word.index + word[0].length;
    const name = personMentionAtStart(text.slice(at));
    if (!name) continue;
    if (name.knownFirstName || name.upperCase) return at;
    if (
      !/^(?:Le|La|Les|De|Du|Des|Van|Von)\s/u.test(name.text) &&
      AFTER_BODY_NAME.test(text.slice(at + name.end))
    )
      last = at;
  }
  return last;
}
