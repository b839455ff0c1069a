// The company a clause left implicit, read from its context: the sentence's opening ("Chez C, …"),
// a heading before a colon, the subject of this or an earlier sentence, or, as a last guess, any
// company the paragraph names after "chez" or "de".

import { allMatches } from "./all-matches.ts";
import { bureauLineLabel } from "./bureau-lines.ts";
import { PASSING_SHAPES, type PlacedMove } from "./clause-move.ts";
import {
  isPlaceOrOwnerOfDescribedHouse,
  isTermInDescription,
  readCompanyAfter,
  readCompanyBefore,
  readCompanyRun,
} from "./company-spans.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { subjectStart } from "./fronted-clauses.ts";
import {
  APPOSITION_HEADS,
  COMPANY_DESCRIPTORS_PATTERN,
  EMPLOYER_NOUNS,
  foldWord,
  TEAM_QUALIFIERS,
} from "./lexicon.ts";
import { MEETING_BEFORE } from "./list-items.ts";
import { findPersonMentions, isConfidentPerson, type Span, tokenize } from "./mentions.ts";
import { companyKey } from "./names.ts";
import { isNoEmployer, isOnlyLeft, isSurnameOfPersonNamed } from "./not-an-employer.ts";
import { NOTES, type Note, note } from "./notes.ts";

// The company a sentence is about when it opens with it: "Happydemics est une entreprise…",
// "Le groupe Scalan est spécialisé…".
const OPENING_FUNCTION_WORD =
  /^(?:À|A|Au|Aux|En|Dans|Pour|Par|Avec|Depuis|Après|Avant|Dès|Sur|Sous|Entre|Pendant|Lors|Ce|Cette|Ces|Cet|Ont|Sont|Seront|Est|Sera)$/u;

function sentenceSubjectCompany(sentence: string, moverWords: Set<string>): Span | null {
  // "Départ surprise chez Lunéa : …": the heading names the employer after "chez"
  const chez = HEADING_CHEZ.exec(sentence);
  if (chez) return readCompanyAfter(sentence, chez[0].length);
  // "Congrès de l'Union française des … : X a été élu président": the heading names an event of
  // the body, the body is the employer
  const event = EVENT_HEADING.exec(sentence);
  if (event) return readCompanyAfter(sentence, event[0].length);
  // "•• La parfumerie C annonce …": an item's bullets stand before the subject
  // "Enfin, Urbanis annonce l'arrivée de X": a sentence adverb stands before the subject too
  const bullets =
    (ITEM_BULLETS.exec(sentence)?.[0].length ?? 0) +
    (ADVERB_OPENER.exec(sentence.slice(ITEM_BULLETS.exec(sentence)?.[0].length ?? 0))?.[0].length ?? 0);
  const company = readCompanyAfter(
    sentence,
    bullets + (frontedApposition(sentence.slice(bullets)) || subjectStart(sentence.slice(bullets))),
  );
  if (!company || isTermInDescription(sentence, company)) return null;
  if (isPlaceOrOwnerOfDescribedHouse(sentence, company)) return null;
  // "– Recrutement remarqué chez C, qui …": after a dash, a lone common noun opens a headline, not
  // the subject (a bullet proper was read so before dashes were)
  if (DASH_ITEM.test(sentence) && !company.text.includes(" ") && isFrenchWord(company.text)) return null;
  // "À cette occasion, …", "En mars, …": a capitalised preposition opens the sentence; "Ont
  // également été élus : …": an inverted passive
  if (OPENING_FUNCTION_WORD.test(company.text)) return null;
  // "Nommé en janvier directeur général de C, X …", "Actuel directeur de C, X …", "C'est X qui …":
  // a fronted participle, adjective or cleft, not the subject
  if (FRONTED_PARTICIPLE.test(company.text)) return null;
  // "Venu des Caves Réunies de Vézelières, il remplace …": a fronted origin, the house one comes from
  if (FRONTED_ORIGIN.test(company.text)) return null;
  // "Numéro deux européen des résines techniques, Polyvane …": a noun phrase in apposition opens
  // the sentence, not its subject
  if (APPOSITION_HEADS.has(foldWord(company.text))) return null;
  // "L'Association française des éditeurs de logiciels (AFEL) a élu …": the acronym marks where the
  // name ends (the reader stops at its first lower-case word); issue.ts's useNameBeforeAcronym then
  // records the full name it stands for
  const acronym = /^[^\p{Lu}(),.;:]{1,80}\(([\p{Lu}\p{N}&-]{2,12})\)/u.exec(sentence.slice(company.end));
  if (acronym?.[1]) {
    const start = company.end + acronym[0].length - acronym[1].length - 1;
    return { text: acronym[1], start, end: start + acronym[1].length };
  }
  // "Le Fonds régional … de l'Orvanne (Frac Orvanne) a recruté …": the short name in brackets
  // stands beside the subject, the verb comes after it
  const aside = /^\s*\([^()]{1,40}\)/u.exec(sentence.slice(company.end))?.[0].length ?? 0;
  // "Ferlog, de son côté, accueille …": an adverbial set between commas after the subject
  const adverbial = INSERTED_ADVERBIAL.exec(sentence.slice(company.end + aside))?.[0].length ?? 0;
  const next = tokenize(sentence).find((t) => t.start >= company.end + aside + adverbial);
  if (!next || !/^\p{Ll}/u.test(next.core)) return null;
  // "Changement de CEO chez…", "Arrivée d'un…": a noun phrase opens the sentence, not its subject
  if (company.text.split(/\s+/).length === 1 && /^(?:de|du|des|d'|chez|pour)$/u.test(next.core)) return null;
  // "Journaliste à La Gazette depuis 1994, X …", "Grandes manœuvres à La Dépêche": a common word
  // opening a noun phrase (a place after it, or a plural noun where a verb would stand), not a name
  if (
    !company.text.includes(" ") &&
    isFrenchWord(company.text) &&
    (/^(?:à|au|aux)$/u.test(next.core) || (/[sx]$/u.test(next.core) && !NOT_A_NOUN.test(next.core)))
  )
    return null;
  // "Quatrième recrue en six mois pour Hydrelis : …": an ordinal opens a noun phrase
  if (/^(?:premi(?:er|ère)|seconde?|dernière|dernier|\p{L}+ième)$/iu.test(company.text)) return null;
  if (
    findPersonMentions(sentence).some(
      (p) => isConfidentPerson(p) && p.start < company.end && company.start < p.end,
    )
  ) {
    return null;
  }
  if (namesAMover(company.text, moverWords)) return null;
  return company;
}

// A subject holding a mover's name is that person read as a house ("Dorval annonce …"), unless a
// common noun opens it: a house named after its family says so ("Malterie Dorval annonce
// l'arrivée de X. Il remplace Fabienne Dorval, qui prend la présidence du conseil").
function namesAMover(company: string, moverWords: Set<string>): boolean {
  const words = company.split(/[\s-]+/u);
  if (!words.some((w) => moverWords.has(foldWord(w)))) return false;
  const [head] = words;
  // ("Changement de tête aux Plâtres C": a headline's noun phrase, not a house's name; a particle the
  // mover's name shares, "de", says nothing)
  const houseName = company
    .split(/\s+/u)
    .every((word) => /^\p{Lu}/u.test(word) || /^(?:de|du|des|et)$/u.test(word));
  const sharesName = words.some((w) => /^\p{Lu}/u.test(w) && moverWords.has(foldWord(w)));
  if (!sharesName) return false;
  return !(words.length > 1 && houseName && isFrenchWord(head!) && !moverWords.has(foldWord(head!)));
}

const INSERTED_ADVERBIAL =
  /^\s*,\s*(?:de son côté|de leur côté|pour sa part|pour leur part|quant à (?:lui|elle|eux)|(?:lui|elle) aussi|à son tour|par ailleurs|également|aussi|encore|enfin),(?=\s*\p{Ll})/u;

// "Filiale du groupe Mécaloire, Hydrafor fabrique …", "Spécialiste lyonnais du froid, Ferlog
// annonce …": a noun phrase describing the subject, set before it up to a comma; the subject is
// the name after the comma.
const FRONTED_APPOSITION = /^\s*(\p{Lu}\p{Ll}+)\s[^,.;:()«»]{2,80},\s*(?=[\p{Lu}\p{N}])/u;

function frontedApposition(sentence: string): number {
  const fronted = FRONTED_APPOSITION.exec(sentence);
  return fronted && APPOSITION_HEADS.has(foldWord(fronted[1]!)) ? fronted[0].length : 0;
}

// Words ending in -s that may follow a subject where its verb would ("Ferlog, désormais dirigé…")
const NOT_A_NOUN =
  /^(?:depuis|dans|sous|après|plus|puis|alors|toujours|désormais|jamais|moins|très|près|dès|vers|sans|lors|ainsi|ensuite)$/u;

// "Restée sans direction depuis …, elle …", "Même mouvement du côté de C": a participle or a
// determiner opening the sentence, not a name
const FRONTED_PARTICIPLE =
  /^(?:C['’]est|Actuel(?:le)?|Ancien(?:ne)?|Futur(?:e)?|Nommée?s?|Promue?s?|Élue?s?|Recrutée?s?|Désignée?s?|Arrivée?s?|Passée?s?|Entrée?s?|Reconduite?s?|Restée?s?|Demeurée?s?|Privée?s?|Même)$/u;

const FRONTED_ORIGIN =
  /^(?:Venue?s?|Issue?s?|Arrivée?s?|Passée?s?|Débauchée?s?|Transfuges?|Originaires?)\s+(?:de|des|du|d['’])(?![\p{L}])/u;

// "— C a trouvé qui …": a dash set apart by a space opens an item as a bullet does
const DASH_ITEM = /^\s*[—–]\s/u;
const ITEM_BULLETS = /^\s*(?:(?:[→•▸►▪◦·*]+|[—–](?=\s))\s*)+/u;
const ADVERB_OPENER =
  /^\s*(?:Enfin|Par ailleurs|De plus|En outre|Parallèlement|Dans la foulée|De son côté|Pour sa part),\s*/u;
const OPENING_COMPANY = /^\s*(?:[→•▸►▪◦·*]+\s*)*(?:Chez|Au sein d(?:e|u)|Côté|Aux?|À|A|At)\s+/u;
// "TF Une : Caroline Bedos est nommée…": a company set before a colon heads the sentence.
const HEADING_COMPANY = /^\s*[\p{Lu}\p{N}][^:,.;]{1,60}\s:\s/u;
// "Double arrivée chez Hexaflow, l'éditeur… :", "Départ chez Kalido :", "Quatrième recrue en six
// mois pour Hydrelis :": a verbless heading that names the employer before the colon.
// No name stands before the cue but an acronym ("Nouveau DG chez C :"): "Le studio C1 débauche chez C2 :"
// is a sentence whose subject is C1.
// ("Trois promotions internes au sein du réseau C :": the house's descriptor before its name)
const HEADING_CHEZ = new RegExp(
  String.raw`^\s*(?:[→•▸►▪◦·*]+\s*)*\p{Lu}(?:[^:.;«»\p{Lu}]|\p{Lu}{2,}(?!\p{Ll})){0,40}?\s(?:chez|pour|au sein d(?:e\s|u\s|')|à la (?:direction|tête) d(?:e\s|u\s|es\s|'))\s*(?:(?:le|la|les)\s+|l['’])?(?:(?:${COMPANY_DESCRIPTORS_PATTERN})\s+)?(?=[\p{Lu}\p{N}])(?=[^:.;]{1,80}\s:\s)`,
  "u",
);

// "Congrès de l'Union … :", "Assemblée générale de la Fédération … :": a heading naming a body's
// meeting, where its officers are elected.
const EVENT_HEADING =
  /^\s*(?:[→•▸►▪◦·*]+\s*)*(?:Congrès|Assemblées? générales?|Assises|Colloque|Séminaire|Rencontres|Journées|Conseil d['’]administration|Conseil de surveillance|Comité directeur)\s+(?:(?:annuel(?:le)?|national(?:e)?)\s+)?(?:de la |de l['’]|du |des |de |d['’])\s*(?=[\p{Lu}\p{N}])(?=[^:.;]{1,80}\s:\s)/u;

// "X, responsable de C1 depuis 2019, en devient le directeur commercial", "X en prend la direction
// générale": "en" points back to the company the sentence named before the person, not to one in
// the person's own apposition.
const EN_ANAPHOR =
  /^(?:\s*\([^()]*\))?(?:\s*,[^;:.]{0,160}?,)?\s*(?:(?:qui|aussi|également|désormais|ainsi)\s+)*en\s+(?:devien|deviendr|prend|prendr|reprend|reprendr|assure|assurer|sera\s|est\s+(?:nommée?|promue?|désignée?|élue?))/iu;
// A record whose employer was read through "en" or an anaphoric noun carries
// NOTES.companyInferredFromAnaphor; doubts.ts holds such a record for review.

function pointedBackByEn(sentence: string, person: Span, moverWords: Set<string>): Span | null {
  if (!EN_ANAPHOR.test(sentence.slice(person.end))) return null;
  const people = findPersonMentions(sentence).filter(isConfidentPerson);
  let last: Span | null = null;
  for (const match of allMatches(sentence.slice(0, person.start), COMPANY_CUE)) {
    // "directeur général de Datacentres de Valorne": the "de" inside a name read already is its own
    if (last && match.index < last.end) continue;
    const company = readCompanyRun(sentence, match.index + match[0].length);
    if (!company || company.end > person.start) continue;
    if (people.some((p) => p.start < company.end && company.start < p.end)) continue;
    if (company.text.split(/[\s-]+/).some((w) => moverWords.has(foldWord(w)))) continue;
    last = company;
  }
  if (last) return last;
  // "Recrue de poids pour le Racing Kervidel : X … en devient …" is read above as a heading
  return null;
}
// "X, adjointe au directeur chez C, y devient directrice commerciale": "y" points back to the house
// of the person's own apposition, where the new post is a step up; whatever the sentences before
// named, the employer is that house.
const Y_ANAPHOR =
  /^\s*,\s*[^,;:.()]{1,80}?\s(?:chez|de|du|d['’]|at)\s*(?=[\p{Lu}\p{N}])([^,;:.()]{1,80}),\s*y\s+(?:devient|deviendra|est\s+(?:nommée?|promue?)|sera\s+(?:nommée?|promue?))(?![\p{L}])/u;

function houseOfY(sentence: string, person: Span): Span | null {
  const after = sentence.slice(person.end);
  const y = Y_ANAPHOR.exec(after);
  if (!y) return null;
  const at = person.end + y[0].indexOf(y[1]!, y[0].indexOf(","));
  const company = readCompanyRun(sentence, at);
  // the house must run to the comma before "y": a name cut short is no sure antecedent
  return company && company.end === at + y[1]!.trimEnd().length ? company : null;
}

// "…, transfuge de l'équipementier C, où X prend la présidence": "où" points back to the house
// named right before it, the mover's, whatever the sentence's subject
const WHERE_BEFORE = /,\s*où\s+(?:(?:le|la|l['’]|son|sa)\s*\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+)?$/u;

function houseOfWhere(sentence: string, person: Span): Span | null {
  const where = WHERE_BEFORE.exec(sentence.slice(0, person.start));
  if (!where) return null;
  const company = readCompanyBefore(sentence, where.index);
  return company && company.end === where.index ? company : null;
}

// "La start-up, qui vient de lever …, accueille X", "L'école recrute X", "Le conseil
// d'administration a choisi X": a subject naming the employer by its kind or by its board, with no
// name after it, points back to an employer named before the sentence. Not with "y" ("Le groupe y
// a nommé X": the subject acts in the house just named, not in itself).
const KIND_SUBJECT = new RegExp(
  String.raw`^\s*(?:[→•▸►▪◦·*]+\s*)*(?:Le|La|L['’]|Les)\s*(?:(?:nouvelle|nouveau|nouvel|jeune)\s+)?(${COMPANY_DESCRIPTORS_PATTERN}|${EMPLOYER_NOUNS.join("|")}|conseil d['’]administration|conseil de surveillance)(?![\p{L}-])(?!\s*(?:d(?:e|u|es)\s|d['’]|y\s|[\p{Lu}\p{N}]))`,
  "u",
);
// "à" only before a name whose article is its own, a newspaper's ("à La Dépêche de …")
const EMPLOYER_LINK = /(?<![\p{L}])(?:chez|de|du|des|d['’]|à(?=\s+(?:La|Le|Les|L['’])\s*\p{Lu}))\s*/gu;

// An employer named before `sentence`: the last one after the noun `kind` ("l'école de commerce
// C", "L'Association C"), or, without one, the first after "chez" or "de", the paragraph's topic.
function employerNamedBefore(
  sentence: Span,
  paragraph: string,
  moverWords: Set<string>,
  kind: string | null,
): Span | null {
  if (sentence.start === 0) return null;
  const before = paragraph.slice(0, sentence.start);
  const people = findPersonMentions(before).filter(isConfidentPerson);
  const escaped = kind && escapeRegExp(kind);
  const cues = kind ? compiledPattern(`(?<![\\p{L}])${escaped}(?![\\p{L}-])`, "giu") : EMPLOYER_LINK;
  let last: Span | null = null;
  for (const cue of allMatches(before, cues)) {
    if (last && cue.index < last.end) continue;
    const company =
      kind && /^\p{Lu}/u.test(cue[0])
        ? readCompanyRun(before, cue.index)
        : readCompanyAfter(before, cue.index + cue[0].length);
    if (!company || people.some((p) => p.start < company.end && company.start < p.end)) continue;
    if (company.text.split(/[\s-]+/).some((w) => moverWords.has(foldWord(w)))) continue;
    if (isNoEmployer(company.text, paragraph)) continue;
    if (!kind) return company;
    last = company;
  }
  return last;
}
const COMPANY_CUE = /(?<![\p{L}])(?:chez|de|du|d['’]|à|au|pour|pour le|pour la)\s*(?=[\p{Lu}\p{N}])/gu;

/** An employer guessed from the paragraph or the item's heading: no cue in the text points to it. */
export const isGuessedCompany = (found: { note: Note }): boolean =>
  found.note.kind === NOTES.companyGuessedFromParagraph ||
  found.note.kind === NOTES.companyGuessedFromItemHeading;

export function companyFromContext(
  move: PlacedMove,
  sentences: Span[],
  resolved: PlacedMove[],
  moverWords: Set<string>,
  paragraph: string,
  left?: string,
): { company: string; note: Note } | null {
  // a person or a portfolio the context offers is passed over for the next cue (not-an-employer.ts);
  // so is, when the clause read an employer the person left, any employer only named as left
  for (const found of contextCompanies(move, sentences, resolved, moverWords, paragraph, left)) {
    if (isNoEmployer(found.company, paragraph)) continue;
    if (left && (companyKey(found.company) === companyKey(left) || isOnlyLeft(found.company, paragraph)))
      continue;
    return found;
  }
  return null;
}

// "Valtronic Défense – X …", "» Agence Anaphore — X …": an employer heading the item before a dash,
// after the item's bullet if any, as "Chez C, …" does
export function headingCompany(paragraph: string): string | null {
  const heading = /^\s*(?:[»◼•◆◇▪■□►▸*·→]\s+)?([\p{Lu}\p{N}][^–—:.,;]{1,50}?)\s+[–—]\s+/u.exec(paragraph);
  if (!heading) return null;
  const span = readCompanyAfter(heading[1]!, 0);
  return span && span.text === heading[1]!.trim() ? span.text : null;
}

// "Fédération départementale des chasseurs de la Haute-Ambrane. À l'issue de …": an item whose first
// sentence is a name alone, a heading told as a sentence
// ("Fédération des vignerons du Causse : nouveau bureau. Président : A ; …": the name, then the body
// it renews, is a heading too)
const RENEWED_BODY =
  /\s*[:–—]\s+(?:(?:son|sa|le|la|un|une|nouveau|nouvelle|nouvel)\s+)*(?:bureau|conseil|comité|directoire|commission)(?:\s+[\p{Ll}'’ -]{1,40})?$/u;
function headingSentence(sentences: Span[]): string | null {
  const first = sentences[0]?.text.replace(/\.\s*$/u, "");
  if (!first || sentences.length < 2) return null;
  const renewed = RENEWED_BODY.exec(first);
  const name = renewed ? first.slice(0, renewed.index) : first;
  const span = readCompanyAfter(name, 0);
  return span && span.text === name.trim() ? span.text : null;
}

// "Au centre IORA de Mornevaux, X succède à Y à la présidence du centre", "À l'usine Valdor de
// Brenac, …": the opening names a site by its noun, its house (one word) and its town; the house
// employs, the site is the post's (paragraph.ts completes a title ending on the site's noun)
const OPENED_UNIT =
  /^\s*(?:Au|À|A)\s+(?:la\s+|l['’]\s*)?(centre|site|usine|station|agence|antenne|campus|laboratoire|établissement)\s+(\p{Lu}[\p{L}\d&'’-]*)\s+(d(?:e\s+|['’]))(\p{Lu}[\p{L}'’-]+)\s*,/u;
export function unitOfOpening(
  sentence: string,
): { noun: string; house: string; link: string; place: string } | null {
  const unit = OPENED_UNIT.exec(sentence);
  return unit
    ? { noun: unit[1]!, house: unit[2]!, link: unit[3]!.replace(/\s+/u, " "), place: unit[4]! }
    : null;
}

// The context's employers, the strongest cue first.
function* contextCompanies(
  move: PlacedMove,
  sentences: Span[],
  resolved: PlacedMove[],
  moverWords: Set<string>,
  paragraph: string,
  left: string | undefined,
): Generator<{ company: string; note: Note }> {
  const sentence = sentences[move.sentenceIndex]!;
  const here = houseOfY(sentence.text, move.person);
  if (here) yield { company: here.text, note: note(NOTES.companyPointedBackByY) };
  const where = houseOfWhere(sentence.text, move.person);
  if (where && !moverWords.has(foldWord(where.text)))
    yield { company: where.text, note: note(NOTES.companyPointedBackByWhere) };
  const opening = OPENING_COMPANY.exec(sentence.text);
  if (opening) {
    const unit = unitOfOpening(sentence.text);
    const company = readCompanyAfter(sentence.text, opening[0].length);
    if (unit) yield { company: unit.house, note: note(NOTES.companyFromSentenceOpening) };
    else if (company) yield { company: company.text, note: note(NOTES.companyFromSentenceOpening) };
  }
  const chez = HEADING_CHEZ.exec(sentence.text);
  const headed = chez && readCompanyAfter(sentence.text, chez[0].length);
  if (headed && headed.end < move.person.start && !moverWords.has(foldWord(headed.text)))
    yield { company: headed.text, note: note(NOTES.companyFromSentenceHeading) };
  const bullets = ITEM_BULLETS.exec(sentence.text)?.[0].length ?? 0;
  // "Vice-présidents : A – B": a bureau line's label is a title (bureau-lines.ts), not a heading
  const heading =
    HEADING_COMPANY.test(sentence.text.slice(bullets)) && !bureauLineLabel(sentence.text)
      ? readCompanyRun(sentence.text, bullets)
      : null;
  // "FC Valbrenne féminin : X devient …": the team a club word names is the employer
  const team = heading && /^\s+(\p{Ll}+)(?=\s:)/u.exec(sentence.text.slice(heading.end));
  const headingEnd =
    heading && (team && TEAM_QUALIFIERS.has(foldWord(team[1]!)) ? heading.end + team[0].length : heading.end);
  if (heading && /^\s:/u.test(sentence.text.slice(headingEnd!)) && !moverWords.has(foldWord(heading.text)))
    yield {
      company: sentence.text.slice(heading.start, headingEnd!),
      note: note(NOTES.companyFromSentenceOpening),
    };
  // "Hélivaud – X prend la direction financière du constructeur, qu'elle rejoint après huit ans chez
  // C": only for an employer the clause read as one left (the slot reader has its own order)
  const dashed = left ? headingCompany(paragraph) : null;
  if (dashed) yield { company: dashed, note: note(NOTES.companyFromSentenceHeading) };
  const pointedBack = pointedBackByEn(sentence.text, move.person, moverWords);
  if (pointedBack) yield { company: pointedBack.text, note: note(NOTES.companyInferredFromAnaphor) };
  const position = move.offset + move.person.start;
  const earlier: { at: number; name: string }[] = [];
  for (const other of resolved) {
    // "Il remplace Y, partie prendre la direction de D. Le verrier recrute aussi X": the house a
    // person named in passing leaves for is theirs, not the one the item speaks of
    if (PASSING_SHAPES.has(other.shape)) continue;
    if (other.company && other.offset + other.person.start < position) {
      earlier.push({ at: other.offset + other.company.start, name: other.company.text });
    }
  }
  const sameSentence = sentenceSubjectCompany(sentence.text, moverWords);
  if (sameSentence && sameSentence.start < move.person.start) {
    yield { company: sameSentence.text, note: note(NOTES.companyFromSentenceSubject) };
  }
  const kind = KIND_SUBJECT.exec(sentence.text);
  // "L'école de commerce C a choisi … L'école recrute aussi X": the house named with the same noun
  const sameKind =
    kind && !/^conseil/u.test(kind[1]!) && employerNamedBefore(sentence, paragraph, moverWords, kind[1]!);
  if (sameKind) yield { company: sameKind.text, note: note(NOTES.companyInferredFromEarlierSentence) };
  sentences.slice(0, move.sentenceIndex).forEach((s) => {
    const opener = OPENING_COMPANY.exec(s.text);
    // "Chez Ferrovia Industries, A succède à B… B prend la fonction de…"
    const subject =
      (opener && readCompanyAfter(s.text, opener[0].length)) || sentenceSubjectCompany(s.text, moverWords);
    // "… remplace Xavier Lambrechts. Lambrechts est attendu à …": a surname alone opening the
    // sentence is the person again ("Le fabricant de serrures Clavelle a élu …" names the house)
    const bare = subject && /^[\s•·*–—-]*$/u.test(s.text.slice(0, subject.start));
    if (subject && !(bare && isSurnameOfPersonNamed(subject.text, paragraph)))
      earlier.push({ at: s.start + subject.start, name: subject.text });
  });
  // the nearest first
  for (const { name } of earlier.filter((c) => c.at < position).sort((a, b) => b.at - a.at))
    yield { company: name, note: note(NOTES.companyInferredFromEarlierSentence) };
  // "… cofondateur de l'application Foulee. La start-up, qui …, accueille X": no earlier subject
  // names it, the last employer the paragraph named before the sentence does
  const lastNamed = kind && employerNamedBefore(sentence, paragraph, moverWords, null);
  if (lastNamed) yield { company: lastNamed.text, note: note(NOTES.companyInferredFromAnaphor) };
  // "Coutellerie de Thiéval — …, la coutellerie recrute X": the item's heading names the house whole,
  // where the guess below would read only the place after its "de"
  const itemHeading = left ? null : (headingCompany(paragraph) ?? headingSentence(sentences));
  if (itemHeading && !itemHeading.split(/[\s-]+/u).some((w) => moverWords.has(foldWord(w))))
    yield { company: itemHeading, note: note(NOTES.companyGuessedFromItemHeading) };

  // "… à La Dépêche de Castelmérac": after "à", only a name whose article is part of it (a newspaper's);
  // an employer the paragraph names only as one left ("après huit ans chez C") is the last guess
  const leftOnly: string[] = [];
  for (const match of paragraph.matchAll(
    /(?<![\p{L}])(?:chez|de|d'|at|à(?=\s+(?:La|Le|Les|L['’])\s*\p{Lu}))\s*(?=\p{Lu})/gu,
  )) {
    // "la conciergerie Clefs d'Azur": a name that joins two capitals by an elided "d'" is read whole,
    // from the capital before the link (never "Azur"), when a lower-case word stands before it
    const whole = /(?:^|[\s'’])\p{Ll}[\p{Ll}-]*\s+(\p{Lu}[\p{L}-]+\s*)$/u.exec(
      paragraph.slice(0, match.index),
    );
    // ("Responsable des ventes Sud de C": a region of the house, not the start of its name)
    const fromWhole =
      whole && /^d['’]/u.test(match[0]) && !REGION_WORD.test(whole[1]!.trim())
        ? readCompanyRun(paragraph, match.index - whole[1]!.length)
        : null;
    const company =
      fromWhole && fromWhole.end > match.index + match[0].length
        ? fromWhole
        : readCompanyRun(paragraph, match.index + match[0].length);
    if (!company || company.text.split(/[\s-]+/).some((w) => moverWords.has(foldWord(w)))) continue;
    // "lors de l'assemblée de Brévaux": where a meeting was held is no employer (list-items.ts)
    if (
      match[0].startsWith("d") &&
      MEETING_BEFORE.test(paragraph.slice(Math.max(0, match.index - 40), match.index).trimEnd())
    )
      continue;
    if (isOnlyLeft(company.text, paragraph)) leftOnly.push(company.text);
    else yield { company: company.text, note: note(NOTES.companyGuessedFromParagraph) };
  }
  for (const company of leftOnly) yield { company, note: note(NOTES.companyGuessedFromParagraph) };
}

// a region or scope written with a capital before a house's name ("les ventes Sud de C")
const REGION_WORD =
  /^(?:Nord|Sud|Est|Ouest|Centre|Europe|France|Asie|Afrique|Amériques?|International|Monde)$/u;
