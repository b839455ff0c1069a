// Doubts: checks on a finished record that catch the shapes a clause pattern gets wrong on text
// it has never seen (a common word taken for a company, the person taken for the company, an
// adverb or the next clause kept in the role). Each is a typed row: the reason carried in the
// record (English, the JSON contract's), the French label the admin shows, and a penalty large
// enough to keep the record out of automatic publication (AUTO_PUBLISH_CONFIDENCE, 0.85 by
// default): a record with a doubt is read by an editor before it is published.

import { allMatches } from "./all-matches.ts";
import { compiledPattern, escapeRegExp } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import {
  COLLOQUIAL_TITLES,
  COMPANY_DESCRIPTORS,
  DEPARTMENT_WORDS,
  DESCRIPTOR_ACRONYMS,
  EMPLOYER_NOUNS,
  FIRST_NAMES,
  foldWord,
  HONORIFIC,
  INSTITUTION_HEADS,
  LOWER_BODY_HEADS,
  MONTH,
  NAME_STOPWORDS,
  PLACE_NAMED_HEADS,
  PLACES,
  PRESS_TITLE_HEADS,
  PUBLIC_POST_HEADS,
  ROLE_WORDS,
  SECTOR_ACRONYMS,
  TITLE_HEADS,
  WEEKDAY_NAMES,
} from "./lexicon.ts";
import { isConfidentPerson, personMentionAtStart } from "./mentions.ts";
import { companyKey, isLikelyTypo, personKey } from "./names.ts";
import { hasNote, NOTES, type Note, type NoteKind } from "./notes.ts";
import { withoutEmployerNoun } from "./role-phrase.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import { writtenMasculineFor } from "./title-agreement.ts";
import {
  roleHeadOutsideLexicon,
  sentenceNaming,
  unassignedCapitalisedWords,
  wordRightAfterASlot,
} from "./unread-words.ts";
import { isInstitutionOrPlaceHead, mayNameAnInstitutionBefore, PLACE_LINKS } from "./words-before.ts";

export interface DoubtSubject {
  person: string;
  company: string;
  role: string;
  /** The paragraph the record was read from, for doubts that look at what follows the role. */
  paragraph?: string;
  /** The company is a name or alias the directory knows (gazetteer.ts): a name, whatever it spells. */
  known?: boolean;
  /** Names the directory knows that the paragraph gives (gazetteer.ts knownSpansIn). */
  knownInParagraph?: readonly string[];
  /** The record was read by the slot reader (slot-reader.ts), not by a sentence pattern. */
  readBySlots?: boolean;
  /** The readers' notes so far (implicit-company.ts marks an employer read through an anaphor). */
  reasons?: readonly Note[];
  previous_companies?: readonly string[];
  predecessor?: string | null;
  /** Every slot of the other records read from the same paragraph (their people, employers, titles). */
  slotsInParagraph?: readonly string[];
  /** The people the other records of the paragraph name (their movers and predecessors). */
  peopleInParagraph?: readonly string[];
  /** The issue's moves section (its paragraphs), for doubts that compare a name with the whole issue. */
  sectionText?: string;
  /** The whole issue's text, where the section is cut short of names the issue writes elsewhere. */
  issueText?: string;
  /**
   * The slot reader's reading of the same person, the record itself left out of what was read
   * (second-reading.ts); null when it reads nothing, absent when not asked (the slot reader's own drafts).
   */
  secondReading?: { company: string; role: string } | null;
}

// How often the section writes each capitalised word of four letters or more, by companyKey: asked
// for every record of an issue, so the counts of the last section are kept.
let countedSection = "";
let countedSpellings = new Map<string, number>();
function spellingsOf(text: string): ReadonlyMap<string, number> {
  if (text === countedSection) return countedSpellings;
  const counts = new Map<string, number>();
  for (const [word] of allMatches(text, /\p{Lu}[\p{L}-]{3,}/gu)) {
    const key = companyKey(word);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  countedSection = text;
  countedSpellings = counts;
  return counts;
}

export interface Doubt extends NoteKind {
  applies(record: DoubtSubject): boolean;
}

// Below the default publication threshold from the clean 0.95 a record starts at.
const HOLD_FOR_REVIEW = 0.3;

// A value a spreadsheet would run as a formula (issue 12 item 6): exports neutralise it, and the
// parser never publishes it unread.
const FORMULA_START = /^[=+\-@\t\r]/u;

// Ordinary words capitalised at a sentence or title start ("Même", "Quatre", "Formalité",
// "Générale"): a one-word employer that the dictionary knows is more often such a word than a
// brand. Brands that are words ("Orange") are held for review too; an editor publishes them once.
function isCommonWordCompany(company: string): boolean {
  const words = company.trim().split(/\s+/u);
  if (words.length !== 1) return false;
  const word = words[0]!.replace(/^(?:l|d)['’]/iu, "");
  // an acronym in capitals ("SNCF", "EDF") is a name whatever its letters spell
  if (/^\p{Lu}{2,}$/u.test(word) && word.length <= 5) return false;
  return isFrenchWord(word) || ENGLISH_LINKING_ADVERBS.has(word.toLowerCase());
}

// "Also at C: X has been promoted …": an English sentence's first word, linking it to the one before,
// capitalised as any first word is; no house is named so
const ENGLISH_LINKING_ADVERBS = new Set(
  "also meanwhile elsewhere additionally separately likewise furthermore moreover however finally besides".split(
    " ",
  ),
);

function surnameWords(person: string): string[] {
  const words = personKey(person)
    .split(" ")
    .filter((w) => w.length >= 3);
  return words.length > 1 ? words.slice(1) : words;
}

// "Paul Girard" joining "Girard", or "Girard Conseil" for Paul Girard: the person read as employer.
function companyNamesPerson(record: DoubtSubject): boolean {
  const company = ` ${companyKey(record.company)} `;
  const person = personKey(record.person);
  if (!person || company.trim() === "") return false;
  if (company.trim() === person || person.includes(company.trim())) return true;
  return surnameWords(record.person).some((surname) => company.includes(` ${surname} `));
}

// "Julie Morel" as a company: a known first name followed by one capitalised word.
function companyLooksLikeAPerson(company: string): boolean {
  const words = company.trim().split(/\s+/u);
  return (
    words.length === 2 &&
    FIRST_NAMES.has(foldWord(words[0]!)) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    /^\p{Lu}[\p{Ll}\p{Lu}'-]+$/u.test(words[1]!)
  );
}

// An adverbial or date phrase the role kept from the clause ("de justesse président", "en outre
// country manager", "à la même date directeur général"): see ROLE_ADVERBIALS in role-cleanup.ts,
// which removes the known ones; what is left is a doubt.
const ADVERBIAL_START = new RegExp(
  String.raw`^(?:en outre|de justesse|à la même date|à cette date|à cette occasion|par ailleurs|également|aussi|désormais|dès|à compter|à partir|depuis|le \d+(?:er)?|au \d+(?:er)?|\d{1,2}(?:er)? (?:${MONTH})|en (?:${MONTH}|\d{4})|officiellement|de nouveau|à nouveau|pour sa part|quant à|enfin|ensuite|alors|donc|ainsi|toutefois|cependant)(?![\p{L}])`,
  "iu",
);

// A verb or a subject pronoun inside the role: it ran into the next clause ("… président du
// conseil et le directeur financier Paul Girard devient …").
const CLAUSE_INSIDE =
  /(?<![\p{L}'’])(?:est|sont|sera|seront|était|a été|devient|deviendra|rejoint|rejoindra|succède|succédera|remplace|remplacera|prend|prendra|quitte|quittera|nomme|annonce|recrute|il|elle|ils|elles|tandis|alors qu|lequel|laquelle)(?![\p{L}])/iu;

// A gerund or a verb inside the employer: the name ran on into the clause after it ("Sidéral en
// venant d'Aciérie du Lérin"); no house is named with one. Nor does a name end on an adverb of the
// sentence ("Au Groupement d'employeurs de l'Aurin toujours, X devient …", real77).
const COMPANY_CLAUSE =
  /(?<![\p{L}])(?:en\s+\p{Ll}{2,}ant|est|sont|sera|était|a été|devient|rejoint|quitte|succède|remplace)(?![\p{L}])|\s(?:toujours|aussi|également|encore|désormais|enfin|ensuite|donc|déjà)$/u;

// The title's head agrees with the person ("directrice", "présidente", "associée"); a title of the
// other gender than a well-known first name was read from a neighbouring mover or slot.
const FEMININE_HEAD =
  /^(?:\p{Ll}+-)?(?:directrice|présidente|administratrice|associée|fondatrice|cofondatrice|trésorière|gérante|conseillère|avocate|cheffe|doyenne|rédactrice|déléguée|adjointe|consultante|responsable|secrétaire)(?![\p{L}])/u;
const MASCULINE_HEAD =
  /^(?:\p{Ll}+-)?(?:directeur|président|administrateur|associé|fondateur|cofondateur|trésorier|gérant|conseiller|avocat|chef|doyen|rédacteur|délégué|adjoint|consultant)(?![\p{L}])/u;

function titleDisagreesWithName(record: DoubtSubject): boolean {
  const person = { name: record.person };
  const head = record.role.trim().toLowerCase();
  if (/^(?:responsable|secrétaire)/u.test(head)) return false; // both genders
  if (FEMININE_HEAD.test(head)) return hasMasculineFirstName(person);
  // "Marie X est nommée directeur général": the post as the house writes it (title-agreement.ts)
  if (MASCULINE_HEAD.test(head))
    return (
      hasFeminineFirstName(person) && !writtenMasculineFor(record.role, record.person, record.paragraph ?? "")
    );
  return false;
}

// "a élu Gwenola Caradec à sa présidence": the title is the parser's, paraphrased from the seat, and
// its gender a guess when the first name tells none (neither list knows it) and the paragraph never
// writes the title itself ("présidente" or "président")
function titleGenderGuessed(record: DoubtSubject): boolean {
  const head = record.role.trim().toLowerCase().split(/\s+/u)[0] ?? "";
  if (!(FEMININE_HEAD.test(head) || MASCULINE_HEAD.test(head)) || /^(?:responsable|secrétaire)/u.test(head))
    return false;
  const person = { name: record.person };
  if (hasFeminineFirstName(person) || hasMasculineFirstName(person)) return false;
  const paragraph = (record.paragraph ?? "").toLowerCase();
  // compiled once per title head (compiled-pattern.ts): a handful of heads, asked of every record
  return paragraph !== "" && !compiledPattern(`(?<![\\p{L}])${head}(?![\\p{L}])`, "u").test(paragraph);
}

// "directrice" read from "directrice de la banque de détail de Banque Aldéric": a bare title head
// whose text goes on with a lower-case complement was cut short by a descriptor-looking word.
const HEAD_TITLE = /^(?:présidente?|directeur|directrice|dirigeante?|gérante?|patron|patronne)$/u;

function roleCutShort(record: DoubtSubject): boolean {
  const role = record.role.trim();
  const paragraph = record.paragraph;
  if (!paragraph || role.includes(" ") || !/^\p{Ll}/u.test(role)) return false;
  const escaped = escapeRegExp(role);
  const longer = (record.slotsInParagraph ?? []).filter((slot) => slot.startsWith(`${role} `));
  // "directeur" of "nommé lundi directeur de Télécom X" beside "Il succède à Y, nommé directeur
  // des services partagés": the longer title is another record's, not this one cut short
  for (const found of allMatches(
    paragraph,
    compiledPattern(`(?<![\\p{L}])${escaped}\\s+(?:de la|de l['’]|du|des|d['’])\\s*\\p{Ll}`, "gu"),
  )) {
    if (longer.some((slot) => paragraph.startsWith(slot, found.index))) continue;
    // "directeur des thermes de Saint-X" read as "directeur" at "thermes de Saint-X": the words
    // after the title are the employer read, not a longer title
    const after = paragraph.slice(found.index + found[0].length - 1);
    if (record.company && /^\p{Ll}/u.test(record.company) && after.startsWith(record.company)) continue;
    // "président de la filiale française": the words after a head's title point back to the
    // employer ("médecin du club" is a post of its own)
    const clause = /^[^,;:.!?()]*/u.exec(paragraph.slice(found.index))![0].trim();
    if (HEAD_TITLE.test(role) && withoutEmployerNoun(clause).trim() === role) continue;
    return true;
  }
  return false;
}

// "Hydrolor" read from "Hydrolor Solaire", "CHU" from "CHU de Valmoray", "Énergies Citoyennes" from
// "Énergies Citoyennes de la Vesle": somewhere the paragraph runs the name on into another
// capitalised word, so the name read may be cut short.
const RUNS_ON = /\)?(?:\s+\p{Lu}[\p{L}-]|\s+(?:de la|de l['’]|du|de|d['’])\s*\p{Lu}\p{Ll})/uy;
// "Fédération française de pelote et de paume", "Union des industries et des métiers": a name whose
// last complement is coordinated with another, cut at "et".
const RUNS_ON_COORDINATED = /\s+et\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Ll}/uy;

function companyCutShort(record: DoubtSubject): boolean {
  if (!record.paragraph || !record.company.trim()) return false;
  // every place the paragraph gives the name (a search per record, not a pattern built per record:
  // the parser reads whole archives)
  for (
    let at = record.paragraph.indexOf(record.company);
    at >= 0;
    at = record.paragraph.indexOf(record.company, at + 1)
  ) {
    if (/\p{L}/u.test(record.paragraph.charAt(at - 1))) continue;
    RUNS_ON.lastIndex = at + record.company.length;
    if (RUNS_ON.test(record.paragraph)) return true;
    RUNS_ON_COORDINATED.lastIndex = at + record.company.length;
    if (
      /\s(?:de|du|des|d['’])\s*\p{Ll}[\p{L}-]+$/u.test(record.company) &&
      RUNS_ON_COORDINATED.test(record.paragraph)
    )
      return true;
    // "service départemental d'incendie et de secours de la Haute-Sarlène" read from "secours": a
    // name opening on a common noun coordinated with the one before, cut at "et"; "port de
    // Port-Magnac" read from "Le grand port de Port-Magnac": an adjective between article and name
    if (
      /^\p{Ll}/u.test(record.company) &&
      (COORDINATED_BEFORE.test(record.paragraph.slice(Math.max(0, at - 40), at)) ||
        ADJECTIVE_BEFORE.test(record.paragraph.slice(Math.max(0, at - 40), at)))
    )
      return true;
  }
  return false;
}
const COORDINATED_BEFORE = /\s\p{Ll}[\p{L}'’-]*\s+et\s+(?:de la|de l['’]|du|des|de|d['’])\s*$/u;
const ADJECTIVE_BEFORE =
  /(?<![\p{L}])(?:le|la|les)\s+(?:grand|grande|petit|petite|nouveau|nouvelle|vieux|vieille)\s+$/iu;

/** Where `needle` first appears in `text`, case ignored (both keep their lengths when lowered). */
function indexIgnoringCase(text: string, needle: string): number {
  return text.toLowerCase().indexOf(needle.toLowerCase());
}

// "la filiale solaire d'Hydrolor, Hydrolor Solaire": a known name, yet the paragraph also gives a
// longer known name that starts with it, so the known one may be the group, not the employer.
function longerNameKnown(record: DoubtSubject): boolean {
  const key = companyKey(record.company);
  return (record.knownInParagraph ?? []).some((name) => companyKey(name).startsWith(`${key} `));
}

// Title words that name a person, not an employer, when a name follows ("au côté du fondateur Hadrien
// Moulin"), and nouns that make a place the complement of an institution ("le tennis club de
// Valmoray", "l'usine Chimitec de Port-Aubrac"): the company read there is likely not the employer.
const PERSON_TITLE_BEFORE =
  /(?<![\p{L}])(?:fondat(?:eur|rice)|cofondat(?:eur|rice)|président(?:e)?|directeur|directrice|patron(?:ne)?|dirigeant(?:e)?|associé(?:e)?|PDG|DG|CEO)\s+$/u;

function companyReadOffItsName(record: DoubtSubject): boolean {
  if (!record.paragraph) return false;
  const at = record.paragraph.indexOf(record.company);
  if (at < 0) return false;
  const before = record.paragraph.slice(Math.max(0, at - 60), at);
  if (PERSON_TITLE_BEFORE.test(before)) return true;
  // "Au lycée Notre-Dame de Brenville, …": the name read without the noun of the public body it
  // names, which an editor keeps ("lycée Notre-Dame")
  const bareHead = /(?<![\p{L}'’])(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before);
  if (bareHead && PUBLIC_POST_HEADS.has(foldWord(bareHead[1]!))) return true;
  const of = /([\p{L}-]+)\s+(?:de la|de l['’]|du|des|de|d['’])\s*$/u.exec(before);
  if (!of) return false;
  const word = of[1]!;
  // "Chief Marketing Officer de Lumen": a title word closes the title read, not another name
  if (ROLE_WORDS.has(foldWord(word))) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return !/^(?:Chez|Groupe|Group|Caisse|Banque)$/u.test(word);
  // "responsable du salon de Tournelles de Galerie Vermande": the title ends on a site's noun and the
  // company read opens on the site's town (no dictionary word), then names the house after a second "de"
  const townThenHouse =
    /^(\p{Lu}[\p{L}-]+)\s+(?:de|d['’])\s*\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)+$/u.exec(
      record.company.trim(),
    );
  if (
    townThenHouse &&
    /^\p{Ll}{4,}$/u.test(word) &&
    !NOT_A_NAME_PART.test(word) &&
    !DEPARTMENT_WORDS.has(foldWord(word)) &&
    !isFrenchWord(townThenHouse[1]!)
  ) {
    return true;
  }
  // "le centre de gestion de la fonction publique territoriale de la Vesle": a lower-case name runs
  // on before the place read as the company
  return (
    (INSTITUTION_NOUN.test(word) ||
      (/^\p{Ll}{4,}$/u.test(word) && !NOT_A_NAME_PART.test(word) && !DEPARTMENT_WORDS.has(foldWord(word)))) &&
    // "prend la direction financière du Groupe Berthier" → "directeur financier": the word agrees
    // with a word of the role, in the other gender
    !record.role
      .split(/\s+/u)
      .some((part) => foldWord(part.replace(/^[ld]['’]/iu, "")).slice(0, 6) === foldWord(word).slice(0, 6))
  );
}
// Words before "de <Company>" that are grammar, not part of a name ("rejoint l'équipe de", "nommé … de")
const NOT_A_NAME_PART =
  /^(?:chez|auprès|depuis|après|avant|nommée?|promue?|désignée?|élue?|issue?|venue?|arrivée?|partie?|sortie?|ancienne?|équipe|comité|direction|présidence|tête|rangs|sein|compte|part|nouvelle?|nouveau|actuelle?|future?|poste|fonctions?|rôle|mandat|carrière|parcours|administration|surveillance|exécutif|exécutive|opérations|board|conseil|directoire|assemblée|bureau|gouvernance|développement|transformation|stratégie|ventes|affaires|activités|filiales?|marques?|magasins|usines|sites|équipes|clients|produits|services|programmes)$/u;

// Lower-case nouns of bodies named after a place ("club de", "usine de", "faculté de", "port de")
const INSTITUTION_NOUN =
  /^(?:club|usine|site|port|aéroport|faculté|université|commune|ville|mairie|département|région|syndicat|tournoi|festival|stade|hôpital|clinique|centre|lycée|collège|école|sucrerie|raffinerie|agence|antenne|bureau|filiale|succursale|campus|musée|théâtre|orchestre)$/u;

// "Brenville" read as the role of "prend la présidence de l'AS Brenville": a title opens on a title
// word or a dictionary word, never on a proper name.
function roleIsAName(role: string): boolean {
  const words = role.trim().split(/\s+/u);
  const first = words[0] ?? "";
  // "Creative Director", "Head of Sales": a title word anywhere makes it a title
  if (!/^\p{Lu}\p{Ll}/u.test(first) || words.some((word) => ROLE_WORDS.has(foldWord(word)))) return false;
  return !isFrenchWord(first);
}

// Words no title holds: a verb or auxiliary of the clause, a pronoun, a conjunction or relative
// that opens another clause, a weekday. Their presence means the role ran past its end into what
// the sentence says next ("entraîneur ont été officialisées lundi", "celui de directrice …",
// "directrice technique alors que", "partner in its Paris office"). Lower case, accents kept: "a"
// (has) is a verb, "à" a preposition of titles ("délégué à la souveraineté numérique").
const NOT_IN_A_TITLE = new Set([
  ...(
    "que qu qui dont lequel laquelle lesquels lesquelles alors tandis lorsque quand puis mais car donc " +
    "il elle ils elles lui celui celle ceux celles on " +
    "a est sont sera seront était étaient ont avait avaient été fut doit devra va vont vient viennent " +
    "its his her their he she who which will has was is are were"
  ).split(" "),
  ...WEEKDAY_NAMES,
]);
// "et" before an article, a possessive or an honorific starts the next coordinated clause
// ("associée gérante et Me Victor …", "directeur sportif et l'arrivée de …"); "et" before a
// lower-case word stays in the title ("directeur commercial et marketing").
const NEXT_CLAUSE_AFTER_AND = new RegExp(
  String.raw`(?<![\p{L}])et\s+(?:l['’]|(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s|(?:${HONORIFIC})(?![\p{L}]))`,
  "u",
);
// A role never ends on a word that needs a complement ("directeur de", "présidente et").
const DANGLING_END = /(?:^|\s)(?:et|de|du|des|la|le|les|à|au|aux|en|pour|chez|avec|par|sur|[dl]['’])$/u;

// asked of every record, and an archive repeats its titles: kept by title, bounded
const clauseWordAnswers = new Map<string, boolean>();

function roleHoldsClauseWords(role: string): boolean {
  let answer = clauseWordAnswers.get(role);
  if (answer === undefined) {
    answer = readsClauseWords(role);
    if (clauseWordAnswers.size > 5_000) clauseWordAnswers.clear();
    clauseWordAnswers.set(role, answer);
  }
  return answer;
}

function readsClauseWords(role: string): boolean {
  const words = role
    .toLowerCase()
    .split(/[\s,;:()«»"]+/u)
    .map((word) => word.replace(/['’].*$/u, ""));
  return (
    words.some((word) => NOT_IN_A_TITLE.has(word)) ||
    NEXT_CLAUSE_AFTER_AND.test(role) ||
    DANGLING_END.test(role.trim())
  );
}

// "conseillère technique régionale de boxe pour les Hautes-Combes": a title whose adjective already
// says it covers a territory, the territory named after "pour" (role-phrase.ts keeps it): the labels
// write such a title with the territory or without it, as its holder's card would
const TERRITORY_SAID_TWICE =
  /(?<![\p{L}])(?:inter)?(?:régional|départemental|territorial)e?s?(?![\p{L}])[^,;]*\spour (?:la |le |les |l['’])\s*\p{Lu}[\p{L}'’-]*$/u;

// Bodies named after a place: "directrice de l'institut de formation … de Lavernay", "présidente
// du tribunal judiciaire de Morlanges", "directrice du tournoi de Valmoray". When the role ends on
// such a body and the text names its place, either the place was read as the employer (the body,
// or the group that owns it, is the employer) or the role lost its place: an editor decides.
const PLACE_BODIES = new Set(
  (
    "club usine site port aéroport faculté université commune ville mairie région syndicat tournoi " +
    "festival stade hôpital clinique centre lycée collège école sucrerie raffinerie distillerie agence " +
    "antenne bureau succursale campus musée théâtre orchestre institut barreau tribunal cour centrale " +
    "studio parc académie établissement laboratoire maison magasin entrepôt atelier plateforme " +
    "conservatoire office caisse chambre délégation agglomération métropole communauté pôle abbaye " +
    "domaine opéra cité préfecture rectorat ambassade consulat hypermarché supermarché boutique " +
    "restaurant hôtel palais filature manufacture salle patinoire piscine gymnase refuge gare halle " +
    "mine carrière ferme cave chai criée marché grotte château jardin zoo aquarium observatoire terminal " +
    "bibliothèque médiathèque réserve conservatoire"
  ).split(" "),
);
// ("chargé de mission au Conservatoire des rivages": a body whose own name opens on a capital, read
// in the role after "au", its place alone taken for the employer)
const BODY_IN_ROLE =
  /(?:^|\s)(?:de la|de l['’]|du|des|au|à la|à l['’])\s*(?:(?:nouvelle|nouveau|nouvel|futur|future|grand|grande|principal|principale)\s+)?(\p{L}[\p{Ll}-]+)((?:\s+[\p{Ll}'’-]+){0,6})$/gu;

// "blanchisserie", "fromagerie", "tonnellerie", "verrerie": a noun in -erie names the house where a trade
// is carried on, a body as "usine" is; the two that name a department ("trésorerie", "ingénierie") are not
const TRADE_HOUSE = /^\p{Ll}{3,}erie$/u;
const DEPARTMENTS_IN_ERIE = new Set(["trésorerie", "ingénierie", "messagerie"]);
function isTradeHouse(word: string): boolean {
  return TRADE_HOUSE.test(word) && !DEPARTMENTS_IN_ERIE.has(word);
}

function roleEndsOnAPlacesBody(record: DoubtSubject): boolean {
  if (!record.paragraph || !record.company.trim()) return false;
  for (const tail of allMatches(record.role, BODY_IN_ROLE)) {
    const written = tail[1]!;
    const body = written.toLowerCase();
    if (!PLACE_BODIES.has(body) && !isTradeHouse(body)) continue;
    // the text goes on from the role into a name: "directrice du tournoi de Valmoray"
    const roleRunsOn = compiledPattern(
      `(?<![\\p{L}])${escapeRegExp(record.role)}\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*\\p{Lu}`,
      "u",
    );
    if (roleRunsOn.test(record.paragraph)) return true;
    // the employer read is what follows the body: "… de son nouveau studio d'Orlanges"
    const bodyThenCompany = compiledPattern(
      `(?<![\\p{L}])${escapeRegExp(written)}(?:\\s+[\\p{Ll}'’-]+){0,6}?\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*${escapeRegExp(record.company)}`,
      "u",
    );
    if (!record.known && bodyThenCompany.test(record.paragraph)) return true;
  }
  return false;
}

// "L'éditeur de logiciels RH Payrolia", "le groupe de BTP Constructa", "le fabricant de fenêtres PVC
// Baies Morvenne": a sector's or a product's acronym closing a descriptor read as the first word of
// a name that stands on its own.
function companyOpensWithDescriptorAcronym(record: DoubtSubject): boolean {
  const parts = /^(\p{Lu}{2,5})\s+(\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}\p{Ll}[\p{L}-]*){0,3})$/u.exec(
    record.company.trim(),
  );
  if (!parts || !record.paragraph) return false;
  // after the acronym, a word the dictionary knows may be the name's own ("BTP Conseil"); a name of
  // several words needs one the dictionary does not know ("fenêtres PVC Baies Morvenne")
  if (parts[2]!.split(/\s+/u).every((word) => isFrenchWord(word))) return false;
  const at = record.paragraph.indexOf(record.company);
  if (at < 0) return false;
  const before = /([\p{L}-]+)\s+(?:(?:de|d['’]|du|des)\s+)?$/u.exec(
    record.paragraph.slice(Math.max(0, at - 40), at),
  )?.[1];
  if (!before || !/^\p{Ll}/u.test(before) || ROLE_WORDS.has(foldWord(before))) return false;
  // a descriptor noun ("groupe", "éditeur") or a plural noun of the sector ("logiciels RH")
  return COMPANY_DESCRIPTORS.includes(before) || (/\p{Ll}{3,}[sx]$/u.test(before) && isFrenchWord(before));
}

// "À 43" read from "À 43 ans, …": a name never opens on a preposition or a pronoun.
const GRAMMAR_OPENINGS = new Set(
  "a à au aux en par pour dans avec sans sur sous depuis après avant ce cet cette il elle selon lors chez dont qui que quand comme si".split(
    " ",
  ),
);

function companyOpensWithGrammar(record: DoubtSubject): boolean {
  const first = record.company.trim().split(/\s+/u)[0] ?? "";
  if (!GRAMMAR_OPENINGS.has(first.toLowerCase())) return false;
  // "l'enseigne de primeurs Au Panier Frais": a capitalised "Au"/"Aux" written after a lower-case
  // word is the name's own first word, which a preposition mid-sentence would not be
  return !(
    /^(?:Au|Aux)$/u.test(first) &&
    compiledPattern(`\\p{Ll}\\s+${escapeRegExp(record.company)}`, "u").test(record.paragraph ?? "")
  );
}

// A person read from an institution's name: "Chu de Montcassin" (from "du CHU de Montcassin"),
// "Autenberg de Aubernheim" (from "l'usine Autenberg de Aubernheim"). Without a known first name,
// a name that the text puts after an article or a body's noun is not a person's.
function personLooksLikeAnInstitution(record: DoubtSubject): boolean {
  if (!record.paragraph) return false;
  const words = record.person.trim().split(/\s+/u);
  if (FIRST_NAMES.has(foldWord(words[0]!.split("-")[0]!))) return false;
  const at = indexIgnoringCase(record.paragraph, record.person);
  if (at < 0) return false;
  const before = /([\p{L}'’]+)\s*$/u.exec(record.paragraph.slice(Math.max(0, at - 30), at))?.[1];
  if (!before) return false;
  return /^(?:du|des|le|la|les|au|aux|[ld]['’])$/iu.test(before) || PLACE_BODIES.has(before.toLowerCase());
}

// "Lina Ammar-Giraud, Bertrand Caussade et Manon Riquier sont nommés rédacteurs en chef adjoints":
// a plural title is the list's, and each person's title (gender, number) is to be written.
const PLURAL_TITLE =
  /^(?:\p{Ll}+-)?(?:directeur|directrice|président|présidente|rédacteur|rédactrice|associé|associée|administrateur|administratrice|délégué|déléguée|responsable|chef|cheffe|conseiller|conseillère|gérant|gérante|membre|adjoint|adjointe|avocat|avocate|secrétaire|trésorier|trésorière|fondateur|fondatrice|cofondateur|cofondatrice|partner|manager)s(?![\p{L}])|(?<![\p{L}])(?:adjoints|adjointes|généraux|associés|délégués)(?![\p{L}])/u;

// "Ampérance a désigné Frédéric Lamarche-Viel directeur de la centrale de Sainte-Ysore", "Le studio
// Pixelmoor a choisi DIANE FAUCHEUX-RIVA comme directrice de son nouveau studio d'Orlanges": the
// sentence's subject appoints the person, so it is the employer; another name read as employer is
// a place, a subsidiary or a slip. "Le ministre des Finances a fait appel à X, directeur de C, pour
// redresser D": the minister calls on the person for another house than the one read.
// ("Mobilitas, qui exploite le service de vélos de la métropole, nomme X directeur de Vélobrune": an
// aside between commas may part the subject from its verb)
const APPOINTER =
  /((?:[LlDd]['’])?\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:de|du|des|de la|d['’]|et|&)\s*)?\p{Lu}[\p{L}\p{N}&'’-]*)*)(?:\s*,\s*(?:qui|dont|filiale|spécialiste|numéro|leader|fabricant|éditeur)\s[^,;:.]{1,160},)?\s+(?:(?:a|avait|vient d['’])\s+)?(?:nomme|nommé|désigne|désigné|recrute|recruté|choisit|choisi|promeut|promu|engage|engagé|embauche|embauché|appelle|appelé|fait appel à)\s+(?:(?:M\.|Mme|Me|Dr)\s+)?$/u;

const APPOINTING_VERB = /(?<![\p{L}])(?:nomm|désign|recrut|chois|promeut|promu|engag|embauch|appel)/iu;

function appointerIsNotTheEmployer(record: DoubtSubject): boolean {
  if (!record.paragraph || !APPOINTING_VERB.test(record.paragraph)) return false;
  const sentence = sentenceNaming(record);
  const at = indexIgnoringCase(sentence, record.person);
  if (at < 0 || !APPOINTING_VERB.test(sentence.slice(0, at))) return false;
  const subject = APPOINTER.exec(sentence.slice(0, at))?.[1]?.replace(/^(?:Le|La|Les|L['’])\s*/u, "");
  // "Elle recrute …": a pronoun; "Paul Roche nomme …": a person, who appoints for the employer
  if (!subject) return false;
  const words = subject.split(/\s+/u);
  if (NAME_STOPWORDS.has(foldWord(words[0]!))) return false;
  if (words.some((word) => FIRST_NAMES.has(foldWord(word.split("-")[0]!)))) return false;
  const appointer = companyKey(subject);
  const employer = companyKey(record.company);
  return appointer !== "" && !employer.includes(appointer) && !appointer.includes(employer);
}

// "Camille Orsoni est reconduite dans ses fonctions", "a été reconduite à la présidence": a renewed
// mandate is news to some newsletters and none to others; an editor decides.
const RENEWED =
  /(?<![\p{L}])(?:reconduite?s?|(?:renouvelée?s?|confirmée?s?|maintenue?s?) dans (?:ses|son|leurs?) (?:fonctions|mandat|poste))(?![\p{L}])/iu;

// "ministère des Affaires" read from "ministère des Affaires maritimes": a name written in sentence
// case (an institution) goes on with its lower-case adjectives.
const NOT_AN_ADJECTIVE = new Set(
  (
    "de du des et à au aux en pour depuis après avant comme qui dont où avec sans sur sous par chez dans " +
    "il elle le la les un une son sa ses a est sera sont ont avait était ou mais puis ainsi afin dès lors " +
    "jusqu lequel laquelle auprès entre vers selon"
  ).split(" "),
);

// Adjectives, not verbs ("le syndicat des eaux se dote", "l'agence recrute"), carry the name on.
const ADJECTIVE_ENDING =
  /(?:al|aux|ales?|iques?|aires?|iens?|iennes?|aise?s?|elles?|els?|ifs?|ives?|eux|euses?|ée?s?|ines?|imes?|iers?|ières?|oise?s?|ante?s?|ente?s?|ables?|ibles?)$/u;

// "Le Centre technique des matériaux de terre cuite se dote d'un …" read "… de terre": an
// institution's name in lower-case complements runs on to the word before the sentence's verb
const VERB_AFTER_NAME =
  /^(?:se|s['’]|a|est|sera|vient|nomme|recrute|accueille|choisit|confie|change|élit|désigne|promeut|annonce)(?![\p{L}])/u;

function institutionNameRunsOnToVerb(record: DoubtSubject): boolean {
  const words = record.company.split(/\s+/u);
  if (words.length < 3 || !INSTITUTION_HEADS.has(foldWord(words[0]!)) || !/^\p{Ll}/u.test(words.at(-1)!))
    return false;
  const next = compiledPattern(`${escapeRegExp(record.company)}\\s+(\\p{Ll}[\\p{Ll}-]+)\\s+(\\S+)`, "u").exec(
    record.paragraph ?? "",
  );
  if (
    next !== null &&
    !NOT_AN_ADJECTIVE.has(next[1]!) &&
    !VERB_AFTER_NAME.test(next[1]!) &&
    isFrenchWord(next[1]!) &&
    VERB_AFTER_NAME.test(next[2]!)
  )
    return true;
  // "Le Groupement des infirmiers de santé au travail a élu …" read "… de santé": a complement
  // ("au travail", "en mer") carries the name on to the verb
  const complement = compiledPattern(
    `${escapeRegExp(record.company)}\\s+(?:au|aux|à|en|de|du|des|d['’])\\s*(\\p{Ll}[\\p{Ll}-]+)\\s+(\\S+)`,
    "u",
  ).exec(record.paragraph ?? "");
  return (
    complement !== null &&
    !NOT_AN_ADJECTIVE.has(complement[1]!) &&
    !MONTH_WORD.test(complement[1]!) &&
    isFrenchWord(complement[1]!) &&
    VERB_AFTER_NAME.test(complement[2]!)
  );
}
const MONTH_WORD = new RegExp(`^(?:${MONTH})$`, "iu");

function lowerCaseNameCutShort(record: DoubtSubject): boolean {
  if (institutionNameRunsOnToVerb(record)) return true;
  if (!record.paragraph || !/^\p{Ll}/u.test(record.company)) return false;
  const next = compiledPattern(`${escapeRegExp(record.company)}\\s+(\\p{Ll}[\\p{Ll}-]+)`, "u").exec(
    record.paragraph,
  )?.[1];
  return (
    next !== undefined && !NOT_AN_ADJECTIVE.has(next) && ADJECTIVE_ENDING.test(next) && isFrenchWord(next)
  );
}

// The person's own clause in its sentence: from the name to the next ";", ":" or the sentence's
// end; and what the sentence says before the name.
function clauseAfterPerson(record: DoubtSubject): string {
  const sentence = sentenceNaming(record);
  const at = indexIgnoringCase(sentence, record.person);
  return at < 0 ? "" : (sentence.slice(at + record.person.length).split(/[;:]/u)[0] ?? "");
}

function sentenceBeforePerson(record: DoubtSubject): string {
  const sentence = sentenceNaming(record);
  const at = indexIgnoringCase(sentence, record.person);
  return at < 0 ? "" : sentence.slice(0, at);
}

// A past event recalled, not news: the person's clause is in the pluperfect ("X, directeur général
// adjoint, avait assuré l'intérim", "X, nommée en juin 2024 directrice de …, y avait été la première
// femme"), the appointment dates a period ("le poste était vacant depuis la nomination de X comme
// …"), or the sentence opens on a reminder ("On se souvient que X …"). A pluperfect inside a
// relative clause is about something else ("X fait son retour chez C, qu'elle avait quittée").
// (participles in -int and -ert too: "X, 64 ans, avait rejoint C en 1987 comme …", "avait ouvert")
const PLUPERFECT =
  /(?<![\p{L}])(?:avait|avaient)\s+(?:(?:déjà|alors|ensuite|aussi)\s+)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|int|inte|ints|intes|ert|erte|erts|ertes)(?![\p{L}])/u;
const RELATIVE_BEFORE = /(?<![\p{L}])(?:(?:qui|que|dont|où|quand)(?![\p{L}])|(?:qu|lorsqu)['’])/iu;
const SINCE_A_MOVE = new RegExp(
  String.raw`(?<![\p{L}])depuis\s+(?:la nomination|la désignation|la promotion|l['’]arrivée|l['’]élection|le départ)\s+(?:de\s+|d['’])(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);
const REMINDER = /(?<![\p{L}])(?:on se souvient|on se rappelle|rappelons|pour rappel)(?![\p{L}])/iu;

// "X, ancien directeur de C (2009-2017), a été nommé en 2017 président de …": an appointment dated by
// a year alone, in the past tense, is a career told, not the news (the news gives its day or month)
const DATED_BY_A_YEAR =
  /^[^;:]*?(?<![\p{L}])(?:a|ont)\s+été\s+(?:nommée?s?|élue?s?|désignée?s?|promue?s?|recrutée?s?|choisie?s?|cooptée?s?)\s+en\s+(?:19|20)\d\d(?!\d)/u;

function pastEventRecalled(record: DoubtSubject): boolean {
  if (!record.paragraph) return false;
  const clause = clauseAfterPerson(record);
  const pluperfect = PLUPERFECT.exec(clause);
  if (pluperfect && !RELATIVE_BEFORE.test(clause.slice(0, pluperfect.index))) return true;
  const dated = DATED_BY_A_YEAR.exec(clause);
  if (dated && !RELATIVE_BEFORE.test(dated[0])) return true;
  const before = sentenceBeforePerson(record);
  return SINCE_A_MOVE.test(before) || REMINDER.test(before);
}

// "Hugo Barrère, arrivé de C, en devient le directeur des opérations", "X en a été élue présidente":
// "en" points back to the last thing the sentence named (an office, a federation), while the
// employer was taken from the sentence's opening name: the two may differ.
const EN_BEFORE_THE_VERB =
  /^\s*(?:,[^,]*,\s*)?en\s+(?:a\s+été|avait\s+été|est|sera|devient|deviendra|prend|prendra|reprend|reprendra|assure|assurera|occupe|occupera|dirige|dirigera)(?![\p{L}])/iu;

// The employer was taken from an earlier sentence, while the person's apposition places them at a
// house of their own now: "X, actuelle directrice financière de C, en deviendra directrice générale"
// ("en" points back to C), "X, qui a fait toute sa carrière chez C, devient directeur de la
// recherche" (a step up inside C). An apposition telling where the person comes from ("qui arrive
// de C", "ex-C") names a house left, which says nothing against the employer inferred.
const APPOSITION_AFTER_PERSON = /^\s*(?:\([^()]*\)\s*)?,([^,;:]{3,160}),/u;
const HOUSE_IN_APPOSITION = /(?<![\p{L}])(?:chez|de|du|d['’]|au sein d(?:e|u))\s*(?=[\p{Lu}\p{N}])/gu;
const COMES_OR_LEAVES =
  /(?<![\p{L}])(?:arriv\p{L}*|vien\p{L}*|venue?s?|issue?s?|ex|ancien(?:ne)?|passée?|provenance|transfuge|débauchée?|quitt\p{L}*|après|jusqu['’]ici|jusqu['’]alors|précédemment|auparavant)(?![\p{L}])/iu;
const NOW_OR_WHOLE_CAREER =
  /(?<![\p{L}])(?:actuel(?:le)?|actuellement|toute\s+sa\s+carrière|en\s+poste|depuis)(?![\p{L}])/iu;

function inferredButHouseInApposition(record: DoubtSubject): boolean {
  if (!hasNote(record.reasons, NOTES.companyInferredFromEarlierSentence)) return false;
  const clause = clauseAfterPerson(record);
  const apposition = APPOSITION_AFTER_PERSON.exec(clause);
  if (!apposition || COMES_OR_LEAVES.test(apposition[1]!)) return false;
  const company = companyKey(record.company);
  const houses = allMatches(apposition[1]!, HOUSE_IN_APPOSITION).filter(
    (cue) => !companyKey(apposition[1]!.slice(cue.index + cue[0].length)).startsWith(company),
  );
  if (houses.length === 0) return false;
  const pointedBack = EN_BEFORE_THE_VERB.test(clause.slice(apposition[0].length));
  return pointedBack || NOW_OR_WHOLE_CAREER.test(apposition[1]!);
}

// "C, nouvelle directrice générale : X, …": the sentence opens on a name of its own, not a person's,
// before a comma or a colon, and the employer was taken from an earlier sentence all the same
const OPENING_NAME =
  /^[\s•▪►▸◦■*·–—-]*((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:(?:de|du|des|d['’]|la|le|les|l['’]|et|&)\s*)?\p{Lu}[\p{L}'’&.-]*)*)\s*[,:]/u;
const SENTENCE_OPENERS = new Set(
  "chez enfin ensuite puis côté selon pour par dans depuis après avant au aux à en le la les un une son sa ses ce cette nom".split(
    " ",
  ),
);

function inferredButSentenceOpensOnAName(record: DoubtSubject): boolean {
  if (!hasNote(record.reasons, NOTES.companyInferredFromEarlierSentence)) return false;
  const before = sentenceBeforePerson(record);
  const opening = OPENING_NAME.exec(before);
  if (!opening) return false;
  const name = opening[1]!;
  const words = name.split(/\s+/u);
  if (SENTENCE_OPENERS.has(foldWord(words[0]!).replace(/['’].*$/u, ""))) return false;
  if (words.length === 1 && isFrenchWord(name)) return false;
  if (companyKey(name) === companyKey(record.company)) return false;
  // a person opening the sentence ("Laurent ROY, directeur général depuis 2018, est nommé …"); a name
  // of no known first name is a house ("Chambres Fortes du Léman")
  const person = personMentionAtStart(name);
  if (person && isConfidentPerson(person)) return false;
  return !companyKey(record.company).includes(companyKey(name));
}

// "Rivages du Nord" read from "Les Rivages du Nord … directrice des Rivages du Nord": a name the
// text writes with "Les" and contracts ("des", "aux") carries its article.
function companyArticleDropped(record: DoubtSubject): boolean {
  const { paragraph, company } = record;
  if (!paragraph || !company || /^(?:Le|La|Les|L['’])/u.test(company)) return false;
  // searched, not compiled per record: the parser reads whole archives
  let withLes = false;
  let contracted = false;
  for (let at = paragraph.indexOf(company); at >= 0; at = paragraph.indexOf(company, at + 1)) {
    if (/\p{L}/u.test(paragraph.charAt(at + company.length))) continue;
    const before = paragraph.slice(Math.max(0, at - 5), at);
    withLes ||= LES_BEFORE.test(before);
    contracted ||= CONTRACTED_ARTICLE_BEFORE.test(before);
  }
  return withLes && contracted;
}
const LES_BEFORE = /(?:^|[^\p{L}])Les\s+$/u;
const CONTRACTED_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:des|aux)\s+$/u;

// "Les Ateliers C nomment …" read "Ateliers C": the section writes the name after "Les", which
// newsletters keep in some names and drop in others of the same shape ("Les Voileries du Trieux"
// is written "Voileries du Trieux", "Les Galeries Orlanaises" keeps its article): no reading can
// tell which, an editor does. The contracted "des"/"aux" alone says nothing (companyArticleDropped).
function companyWrittenAfterLes(record: DoubtSubject): boolean {
  const { company } = record;
  const text = record.sectionText ?? record.paragraph;
  if (!text || !company || /^(?:Le|La|Les|L['’])/u.test(company)) return false;
  for (let at = text.indexOf(company); at >= 0; at = text.indexOf(company, at + 1)) {
    if (/\p{L}/u.test(text.charAt(at + company.length))) continue;
    if (LES_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return true;
  }
  return false;
}

// A convention, not a misreading: a reading by slots that raises it is kept (slot-reader.ts).
export const COMPANY_WRITTEN_AFTER_LES: Doubt = {
  id: "company_written_after_les",
  reason: "the section writes the employer after Les",
  label: "la rubrique écrit le nom après « Les » (« Les Ateliers … ») : l’article fait-il partie du nom ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => !r.known && companyWrittenAfterLes(r),
};

// "La Pipe de Vauclair fête ses 150 ans … entrent au conseil de la Pipe de Vauclair": the issue writes
// the employer only after an article, and with a capital only where it opens a sentence, so nothing
// tells whether the article is the name's own (issue.ts keepOwnArticle decides only from a capital
// mid-sentence); an editor does.
const ARTICLE_BEFORE_NAME = /(?:^|[^\p{L}])(?:le|la|l['’]|du|au)\s*$/iu;
const SENTENCE_OPENING_ARTICLE = /(?:^|[.!?:]\s+|\n\s*)(?:Le|La|L['’])\s*$/u;
function companyOnlyAfterAnArticle(record: DoubtSubject): boolean {
  const { company } = record;
  const text = record.issueText ?? record.sectionText;
  if (!text || !company.includes(" ") || /^(?:Le|La|Les|L['’])/u.test(company)) return false;
  // a common noun of the language heads the name; an institution's, a trade's or a club's noun
  // takes the sentence's article, which the records drop ("la Fédération de …", "le Théâtre de …")
  const head = /^\p{Lu}\p{Ll}+/u.exec(company)?.[0];
  if (!head || !isFrenchWord(head.toLowerCase())) return false;
  const folded = foldWord(head);
  if (INSTITUTION_HEADS.has(folded) || PLACE_NAMED_HEADS.has(folded) || PRESS_TITLE_HEADS.has(folded))
    return false;
  if (COMPANY_DESCRIPTORS.includes(head.toLowerCase())) return false;
  let openingArticle = false;
  for (let at = text.indexOf(company); at >= 0; at = text.indexOf(company, at + 1)) {
    if (/\p{L}/u.test(text.charAt(at + company.length))) continue;
    const before = text.slice(Math.max(0, at - 8), at);
    if (!ARTICLE_BEFORE_NAME.test(before)) return false;
    openingArticle ||= SENTENCE_OPENING_ARTICLE.test(before);
  }
  // the record's own paragraph writes it after a lower-case article only ("de la Pipe de …"): a
  // paragraph opening on "La Pipe de … nomme" tells the records' convention for that sentence
  const own = record.paragraph ?? "";
  const ownAt = own.indexOf(company);
  return (
    openingArticle && ownAt > 0 && !SENTENCE_OPENING_ARTICLE.test(own.slice(Math.max(0, ownAt - 8), ownAt))
  );
}

// A convention, not a misreading, as company_written_after_les.
export const COMPANY_ONLY_AFTER_AN_ARTICLE: Doubt = {
  id: "company_only_after_an_article",
  reason: "the issue writes the employer only after an article",
  label:
    "le nom ne s’écrit qu’après un article (« La Pipe de … » en tête de phrase) : l’article fait-il partie du nom ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => !r.known && companyOnlyAfterAnArticle(r),
};

// "Elle remplace Y, qui a rejoint en septembre C comme directeur général": a relative clause tells
// a move dated before the news, the predecessor's past, which newsletters do not list as a move of
// their own ("Y, qui rejoint C comme …", told as news, they do).
const DATED_RELATIVE = new RegExp(
  String.raw`^\s*,\s*qui\s+(?:a|avait)\s+(?:déjà\s+)?(?:rejoint|intégré|pris|repris|quitté|été\s+(?:nommée?|promue?|élue?|désignée?|appelée?|recrutée?))(?![\p{L}])[^;:.,]{0,60}?(?<![\p{L}])(?:(?:en|début|fin|mi-|courant)\s*(?:${MONTH})|le\s+\d{1,2}(?:er)?\s+(?:${MONTH})|en\s+\d{4})(?![\p{L}\p{N}])`,
  "iu",
);
const pastMoveInARelative = (record: DoubtSubject) =>
  !!record.paragraph && DATED_RELATIVE.test(clauseAfterPerson(record));

// "promeut A directeur des opérations et Léa B directrice juridique": a second person, whose first
// name the mention finder does not know, and their title ran into the role; a compound first name
// ("et Lou-Anne B directrice …") is one word of the name.
const SECOND_NAMED_TITLE =
  /(?<![\p{L}])(?:et|and)\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+(?:(?:de|du|des|d['’]|van|von|le|la)\s*)?\p{Lu}[\p{L}'’-]+){1,3}\s+(\p{Ll}[\p{L}-]+)/u;
function roleHoldsASecondPerson(role: string): boolean {
  const next = SECOND_NAMED_TITLE.exec(role)?.[1];
  return next !== undefined && ROLE_WORDS.has(foldWord(next));
}

// "pharmacienne gérante de ses cliniques", tidied to "… des cliniques" (role-cleanup.ts): the
// title names the employer's own units by a possessive, with no name of their own, which
// newsletters keep or drop ("pharmacienne gérante"); an editor decides.
function roleNamesUnitsByPossessive(record: DoubtSubject): boolean {
  return roleUnitToldByPossessive(record, FRENCH_UNIT_ARTICLE, FRENCH_POSSESSIVE);
}

// The role-cleanup rule "possessive" puts an article back where the text names the employer's unit by
// a possessive ("président de son conseil d'administration" → "du conseil d'administration", "confie la
// direction de son bureau d'études à X" → "directeur du bureau d'études"); "English possessive" does the
// same ("director of its Paris office" → "director of Paris office"). Whether such a unit is part of the
// title is a convention newsletters settle both ways: of the records published so read over real1–real76,
// 13 were right with the article and 7 wrong (the rounds since real66 keep the possessive or drop the
// unit), far beyond the 2 % of issue 13. So an editor reads every title whose unit the text tells by a
// possessive, whatever its number: the tail after any article of the role, written in the paragraph
// right after a possessive (a "nouveau" between, as the cleanup drops it).
const FRENCH_UNIT_ARTICLE = /(?<=\s)(?:du |de la |de l['’]|des )/gu;
const FRENCH_POSSESSIVE = String.raw`(?:son|sa|ses|leur|leurs)\s+(?:(?:nouvel|nouvelle|nouveau|nouveaux|nouvelles)\s+)?`;
const ENGLISH_UNIT_ARTICLE = /(?<=\s)of (?:the )?/gu;
const ENGLISH_POSSESSIVE = String.raw`(?:its|their)\s+(?:new\s+)?`;
const ANY_POSSESSIVE = /(?<![\p{L}])(?:son|sa|ses|leurs?|its|their)\s/iu;

function roleUnitToldByPossessive(record: DoubtSubject, article: RegExp, possessive: string): boolean {
  const text = record.paragraph;
  if (!text || !ANY_POSSESSIVE.test(text)) return false;
  return allMatches(record.role, article).some((found) => {
    const unit = record.role.slice(found.index + found[0].length);
    return (
      unit.length >= 3 &&
      text.includes(unit) &&
      compiledPattern(String.raw`(?<![\p{L}])${possessive}${escapeRegExp(unit)}(?![\p{L}])`, "iu").test(text)
    );
  });
}

// "Il succède à Y, qui devient présidente d'honneur": an honorary title given to the one who leaves,
// which some newsletters list as a move and most do not; an editor decides.
const HONORARY_TITLE = /(?<![\p{L}])(?:d['’]honneur|honoraire|emeritus|émérite)(?![\p{L}])/iu;

// "nommé directeur de l'image de l'Hebdo de …": a newspaper's title read with an article the text
// writes in lower case ("l'Hebdo", never "L'Hebdo"), which the expected records keep or drop.
function pressArticleWrittenLowerCase(record: DoubtSubject): boolean {
  const found = /^L['’](\p{Lu}.*)$/u.exec(record.company.trim());
  const text = record.sectionText ?? record.paragraph;
  if (!found || !text || !PRESS_TITLE_HEADS.has(foldWord(found[1]!.split(/\s+/u)[0]!))) return false;
  const rest = found[1]!;
  return (
    (text.includes(`l'${rest}`) || text.includes(`l’${rest}`)) &&
    !text.includes(`L'${rest}`) &&
    !text.includes(`L’${rest}`)
  );
}

// "creative director of its new Paris studio", tidied to "of the new …" (role-cleanup.ts), "head of its
// Paris desk" to "head of Paris desk": the employer's unit told by a possessive, which newsletters keep
// or drop (roleUnitToldByPossessive).
function englishRoleNamesAUnitByPossessive(record: DoubtSubject): boolean {
  return roleUnitToldByPossessive(record, ENGLISH_UNIT_ARTICLE, ENGLISH_POSSESSIVE);
}

// "Startups : Nuagine (…) recrute X": the employer read is the rubric before the item's colon, while
// a name that is no person's follows the colon (after "Ferlog : Anne Roy devient …" the rubric is the
// employer)
function companyIsARubric(record: DoubtSubject): boolean {
  const company = record.company.trim();
  if (!record.paragraph?.startsWith(company)) return false;
  const after = /^\s*:\s+(\p{Lu}[\p{L}'’-]+)/u.exec(record.paragraph.slice(company.length));
  if (!after) return false;
  const person = /^\s*:\s+/u.exec(record.paragraph.slice(company.length))![0].length + company.length;
  return (
    !/^(?:M\.|Mme|Me|Mr|Dr)\s/u.test(record.paragraph.slice(person)) &&
    !startsWithPerson(record.paragraph.slice(person))
  );
}

const startsWithPerson = (text: string) => personMentionAtStart(text) !== undefined;

// "2/ Au Centre …", "5/ Startups : C …": an item's number read into the employer
const ITEM_NUMBER_OPENING = /^\d{1,3}\s*[/)]\s*/u;

// Three shapes of the records published wrong on real75–real76 and real67–real71 (session 23), each
// held for an editor on evidence of the sentence alone; measured over real1–real76 before switching
// on (published right / wrong held): 0 / 2, 0 / 1, 0 / 1.

// "Orvalis (OVS) : Jeanne Ribault devient …": the employer read is the acronym the text sets in brackets
// right after a capitalised name, the house's own or a product's; the expected records (and the
// directory) write the name, so an editor picks it.
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;
function companyIsTheAcronymAfterAName(record: DoubtSubject): boolean {
  const company = record.company.trim();
  if (!ACRONYM.test(company) || !record.paragraph?.includes(`(${company})`)) return false;
  return compiledPattern(String.raw`\p{Lu}[\p{L}'’.-]*\s*\(${escapeRegExp(company)}\)`, "u").test(
    record.paragraph,
  );
}

// "La direction des soins du centre Jean-Verdier est confiée à X" read as "directrice des soins du centre
// Jean-Verdier" at "Jean-Verdier": the employer read is a word of the title itself, so the title runs
// on into the house's name, and that name was cut short of its head noun.
function roleHoldsTheEmployersName(record: DoubtSubject): boolean {
  const company = record.company.trim();
  return (
    company.length >= 4 &&
    record.role.includes(company) &&
    compiledPattern(String.raw`(?<![\p{L}])${escapeRegExp(company)}(?![\p{L}])`, "u").test(record.role)
  );
}

// "X, directrice générale adjointe, succède à Y, qui lui a cédé son fauteuil de directeur général.
// Elle devient directrice générale.": the next sentence gives the mover, by a pronoun, a title other
// than the one read (here the apposition's, the post held until now); which one is the news, an editor
// decides.
const PRONOUN_THEN_TITLE =
  /^\s*(?:Il|Elle)\s+(?:devient|deviendra|est\s+nommée?|sera\s+nommée?|est\s+promue?|sera\s+promue?)\s+(?:(?:le|la|l['’])\s*)?(\p{Ll}[\p{L}'’ -]*?)\s*(?:[.;,]|$)/u;
function roleRetitledInTheNextSentence(record: DoubtSubject): boolean {
  const text = record.paragraph;
  if (!text || !/(?:^|[.!?]\s+)(?:Il|Elle)\s/u.test(text)) return false;
  const sentences = splitSentences(maskQuotes(text));
  const own = sentenceNaming(record);
  const at = sentences.findIndex((sentence) => sentence.text === own);
  const next = at >= 0 ? sentences[at + 1] : undefined;
  const title = next ? PRONOUN_THEN_TITLE.exec(next.text)?.[1] : undefined;
  return (
    title !== undefined &&
    TITLE_HEADS.has(foldWord(title.split(/\s+/u)[0]!)) &&
    title.toLowerCase() !== record.role.trim().toLowerCase()
  );
}

// "Le fabricant C a élu son nouveau conseil de surveillance. Sa présidence revient à X": the possessive
// opening the person's sentence points back at the board the sentence before names, which the title
// read ("présidente") leaves out.
const POSSESSIVE_POST_OPENING =
  /^\s*(?:Sa|Son|Leur)\s+(?:présidence|vice-présidence|coprésidence|direction)(?![\p{L}])/u;
const BOARD_NAMED = /(?<![\p{L}])(conseil|directoire|comité|bureau|commission)(?![\p{L}])/iu;
function roleMissesTheBoardPointedBack(record: DoubtSubject): boolean {
  const text = record.paragraph;
  if (!text || !/[.!?]\s+(?:Sa|Son|Leur)\s/u.test(text)) return false;
  const own = sentenceNaming(record);
  if (!POSSESSIVE_POST_OPENING.test(own)) return false;
  const sentences = splitSentences(maskQuotes(text));
  const at = sentences.findIndex((sentence) => sentence.text === own);
  const board = at > 0 ? BOARD_NAMED.exec(sentences[at - 1]!.text)?.[1] : undefined;
  return board !== undefined && !record.role.toLowerCase().includes(board.toLowerCase());
}

// "X rejoint le conseil de surveillance de C en tant que membre indépendant": a seat given as a bare
// "membre" while the mover's sentence names the board it sits on; the press and the labels write it
// "membre du conseil de surveillance", "membre indépendant du conseil…" or "membre indépendant" alike.
const BARE_MEMBER = /^membres?(?:\s+(?:indépendante?s?|salariée?s?|associée?s?|qualifiée?s?))?$/iu;
const BOARD_OF_A_HOUSE =
  /(?<![\p{L}])(?:conseil de surveillance|conseil d['’]administration|directoire|comité exécutif|comité de direction|board)(?![\p{L}])/iu;
function roleBareMemberOfABoardNamed(record: DoubtSubject): boolean {
  if (!record.paragraph || !BARE_MEMBER.test(record.role.trim())) return false;
  return BOARD_OF_A_HOUSE.test(sentenceNaming(record));
}

// "Société : Mutuelle centrale de réassurance (MCR)": the employer read keeps the acronym the text
// brackets after the name, which the expected records (and the directory) leave out.
const BRACKETED_ACRONYM_AT_THE_END = /\s\(\p{Lu}[\p{Lu}\d&-]{1,7}\)$/u;

// "Chez Orgues Ravelon — le nom commercial de la manufacture — X devient …": an aside in lower case
// right after the employer read says something about that name (a trade name, a former name), so the
// house's own name may be another one.
const LOWER_CASE_ASIDE = /^\s*[—–]\s*\p{Ll}/u;
function companyFollowedByAnAside(record: DoubtSubject): boolean {
  const company = record.company.trim();
  const text = record.paragraph;
  if (!company || !text || !/[—–]/u.test(text)) return false;
  for (let at = text.indexOf(company); at >= 0; at = text.indexOf(company, at + 1))
    if (LOWER_CASE_ASIDE.test(text.slice(at + company.length, at + company.length + 8))) return true;
  return false;
}

// "Ventis Aerospace has promoted X to vice president, engineering.": an English vice-president's title
// read without the department the text writes after a comma, up to the sentence's end.
const VICE_PRESIDENT = /^(?:senior |executive )?vice[- ]president$/iu;
function vicePresidentWithoutItsDepartment(record: DoubtSubject): boolean {
  const role = record.role.trim();
  const text = record.paragraph;
  if (!text || !VICE_PRESIDENT.test(role)) return false;
  // lower-case words only, none of a date or a place ("effective immediately", "based in Lyon")
  return compiledPattern(
    String.raw`${escapeRegExp(role)},\s+(?!(?:effective|starting|from|as|based|reporting|who|which)\s)\p{Ll}[\p{Ll} &-]*(?:[.;]|$)`,
    "u",
  ).test(text);
}

// A field that runs past the end of its own text into the next one: a stop glued to the next
// sentence's capital ("Verreries Ondine.Verreries Ondine"), a bullet or a semicolon that parts two
// list items or two cells ("Ondine • Cristaux Bellac", "Ondine ; Ex- : Cristaux Bellac"), a
// parenthesis of lower-case words that tags the item ("Ondine (promu)"). A title ending on its
// sentence's stop is not asked: the stop is a glitch of the span, the title itself is right.
// Session 21's replay over the first scores of real17–real70 (thirteen parsers, each on the round it
// had never read), beyond today's doubts: 22 wrong records held for no right one (19 on real45/real46,
// then 1 on real53 and 2 on real61/real62, rounds written after it by other hands: 3 / 0 judged only
// by the rounds before); today's parser publishes none such, right or wrong (no output changes).
const FIELD_SEPARATOR = /[;•·▪►|]/u;
const STOP_GLUED_TO_A_CAPITAL = /\p{Ll}{2}[.!?]\p{Lu}/u;
const LOWER_CASE_TAG = /\(\p{Ll}[\p{Ll}\s-]*\)/u;
export function fieldRunsPastItsText(record: DoubtSubject): boolean {
  const company = record.company.trim();
  const role = record.role.trim();
  return (
    FIELD_SEPARATOR.test(company) ||
    STOP_GLUED_TO_A_CAPITAL.test(company) ||
    LOWER_CASE_TAG.test(company) ||
    FIELD_SEPARATOR.test(role)
  );
}

// "FC Valbrenne féminin : SANDRA MOULIN-DIAKITÉ devient directrice sportive": the heading names the
// employer up to its colon, lower-case words included.
const LOWER_CASE_WORD_THEN_COLON = /\s+\p{Ll}[\p{L}-]*\s*:/uy;

function headingRunsOn(record: DoubtSubject): boolean {
  const { paragraph, company } = record;
  if (!paragraph || !company.trim()) return false;
  for (let at = paragraph.indexOf(company); at >= 0; at = paragraph.indexOf(company, at + 1)) {
    // the name opens the paragraph or a line
    if (paragraph.slice(paragraph.lastIndexOf("\n", at) + 1, at).trim() !== "") continue;
    LOWER_CASE_WORD_THEN_COLON.lastIndex = at + company.length;
    if (LOWER_CASE_WORD_THEN_COLON.test(paragraph)) return true;
  }
  return false;
}

// "Oliver Stratton as chief underwriting officer for France": the country is the post's scope,
// which newsletters keep or drop.
const ENGLISH_SCOPE = /(?<![\p{L}])for\s+(?:the\s+)?\p{Lu}/u;

// "au poste de Chief Risk Officer et membre du comité de direction": newsletters keep or drop the
// seat on a board that comes with the title (both are in the corpora).
const AND_A_BOARD_SEAT = /\s+et\s+membre\s/uy;

function roleThenBoardSeat(record: DoubtSubject): boolean {
  const { paragraph, role } = record;
  if (!paragraph || !role.trim()) return false;
  for (let at = paragraph.indexOf(role); at >= 0; at = paragraph.indexOf(role, at + 1)) {
    AND_A_BOARD_SEAT.lastIndex = at + role.length;
    if (AND_A_BOARD_SEAT.test(paragraph)) return true;
  }
  return false;
}

// "Il succède à X, nommé directeur des services partagés du groupe": "du groupe" names the employer
// by reference; when the employer read ("Télécom Hexagone Sarmaise-Ouest") extends a name the issue
// also gives alone ("Télécom Hexagone remanie sa direction"), the group may be that parent.
const GROUP_BY_REFERENCE = /^\s+(?:du groupe|de la maison mère)(?![\p{L}])/u;

function groupMayBeTheParent(record: DoubtSubject): boolean {
  const { paragraph, sectionText, role } = record;
  if (!paragraph || !sectionText || !role.trim()) return false;
  const at = paragraph.indexOf(role);
  if (at < 0 || !GROUP_BY_REFERENCE.test(paragraph.slice(at + role.length))) return false;
  const words = record.company.trim().split(/\s+/u);
  for (let width = words.length - 1; width >= 1; width--) {
    const parent = escapeRegExp(words.slice(0, width).join(" "));
    // the shorter name on its own: not followed by another capitalised word of the longer one
    if (compiledPattern(`(?<![\\p{L}])${parent}(?![\\p{L}-])(?!\\s+\\p{Lu})`, "u").test(sectionText))
      return true;
  }
  return false;
}

// "to chief investment officer", "à titre de vice-présidente principale", "au poste nouvellement créé
// de directrice …": a title never opens on a preposition; the clause's introducer was kept.
const ROLE_OPENS_WITH_PREPOSITION =
  /^(?:(?:à|au|aux|to|as|de|du|des|pour|par|sur|en|comme|chez|avec)(?![\p{L}'’])|[dl]['’])/iu;

// "Courrier de Wavrelle", "Messager de Lavry": a newspaper's name is written with its article
// ("Le Courrier de Wavrelle"), which a sentence's "du" or "au" swallows.
function pressTitleWithoutArticle(company: string): boolean {
  return PRESS_TITLE_HEADS.has(foldWord(company.trim().split(/\s+/u)[0] ?? ""));
}

// "syndicat national des fabricants de sucre" (role-phrase.ts LOWER_BODY_IN_TITLE): no capital
// marks where such a name ends, so the reading waits for an editor
// "Changement de génération à la Cressonnière X. La maison familiale de B confie sa direction
// générale à Y": a house described by its common noun and an adjective ("la maison familiale",
// "l'entreprise voisine"), its town at most, after the paragraph has named a house by its name, is
// most often that house again, or one the editor must tell apart from it.
const DESCRIBED_HOUSE = new RegExp(
  `^(?:${[...COMPANY_DESCRIPTORS, ...EMPLOYER_NOUNS].map(escapeRegExp).join("|")})\\s+(?!(?:de|du|des|la|le|les|et|en|pour)\\s)\\p{Ll}[\\p{Ll}-]{3,}(?:\\s+(?:de|du|des|d['’]|de la)\\s*\\p{Lu}[\\p{L}'’-]*)?$`,
  "u",
);
const NAMED_HOUSE_BEFORE = /(?<![\p{L}])(?:à la|à l['’]|au|aux|chez)\s+\p{Lu}[\p{L}'’-]+/u;

function houseDescribedAfterOneNamed(record: DoubtSubject): boolean {
  const company = record.company.trim();
  if (!DESCRIBED_HOUSE.test(company) || record.paragraph === undefined) return false;
  const at = record.paragraph.search(compiledPattern(`(?<![\\p{L}])${escapeRegExp(company)}`, "iu"));
  return at > 0 && NAMED_HOUSE_BEFORE.test(record.paragraph.slice(0, at));
}

const LOWER_BODY_NAME = new RegExp(`^(?:${LOWER_BODY_HEADS})\\s[^\\p{Lu}]*$`, "u");

// "L'assureur-crédit Garantia": a lower-case descriptor kept before the name it describes. Bodies
// named in sentence case keep theirs ("région Sarlène", "syndicat des eaux du Val de Loubière").
function companyOpensWithADescriptor(company: string): boolean {
  const found = /^(?:L['’]|Le\s|La\s|Les\s)?(\p{Ll}[\p{L}-]*)\s+\p{Lu}/u.exec(company.trim());
  if (!found) return false;
  const word = found[1]!;
  return !PLACE_BODIES.has(word) && !INSTITUTION_HEADS.has(foldWord(word)) && !INSTITUTION_NOUN.test(word);
}

// "Atlantique-Nord" read from "la préfecture maritime de l'Atlantique-Nord", "Lyon": a place alone
// is where the employer is, not who it is.
// "Salle Marcel-Aubry", "Piscine Jean-Vauclair": a municipal venue named after a person (first name
// and surname joined by a hyphen, the French convention) is a place whose staff the town or the house
// operating it employs, not an employer by itself ("Salle 8-Bits", "Stade Brestois" are houses)
const VENUE_NAMED_AFTER_SOMEONE =
  /^(?:Salle|Stade|Patinoire|Piscine|Gymnase|Vélodrome|Hippodrome|Boulodrome|Halle|Espace|Complexe sportif)\s+(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}/u;

function isVenueNamedAfterSomeone(name: string): boolean {
  const venue = VENUE_NAMED_AFTER_SOMEONE.exec(name);
  return venue !== null && FIRST_NAMES.has(foldWord(venue[1]!));
}

function companyIsAPlace(company: string): boolean {
  const name = company.trim();
  if (isVenueNamedAfterSomeone(name)) return true;
  return (
    !/\s/u.test(name) &&
    (PLACES.has(foldWord(name)) ||
      /^\p{Lu}[\p{L}]+-(?:Nord|Sud|Est|Ouest)$/u.test(name) ||
      // "Haute-Vordane", "Hautes-Marches", "Bas-Tarnel": the shape of départements and regions
      /^(?:Haute?s?|Bas|Basses?)-\p{Lu}[\p{L}-]+$/u.test(name))
  );
}

// "directeur départemental des finances publiques", "directrice interrégionale des services
// pénitentiaires": a territorial title with its complement names an administration, which is the
// employer ("direction départementale des finances publiques du Val-d'Ormance"); the title is the
// head and its adjective alone. A record that keeps the body in the title read something else as
// the employer (the place that follows, or a name from another sentence).
const TERRITORIAL_TITLE_WITH_BODY =
  /(?:^|\s)(?:inter)?(?:départemental|régional|ministériel)(?:e|le)?s?\s+(?:de la|de l['’]|du|des|d['’])\s*\p{Ll}/u;

// "… du service pénitentiaire d'insertion et de probation de la Serrance": one name written with
// an article after the title ("de la Serrance", "du Val-d'Ormance") is a département or a region,
// not an employer; the body before it is. A name after "du" is one only when compound ("du
// Val-d'Ormance"): "président du Synaudi" names a union.
const PUBLIC_UNIT_IN_TITLE =
  /\s(?:de la|du|de l['’])\s*(?:cellule|service|unité|pôle|mission|centre|antenne|délégation|observatoire|plateforme|établissement|maison|foyer|station|réserve|parc)(?![\p{L}])/u;
function companyWrittenAsATerritory(record: DoubtSubject): boolean {
  const name = record.company.trim();
  const role = record.role.trim();
  if (!record.paragraph || !role || !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(name)) return false;
  // "… de la cellule d'urgence médico-psychologique de l'Orbaine": the elided article too, after a
  // title that names a public unit ("directeur général de l'Ademe", "directeur de la communication
  // de l'Urssaf" name none: such a name is as often a house written with its article)
  const elided = PUBLIC_UNIT_IN_TITLE.test(role) && /^[AEIOUÉÈÊÂÎÔÛ]/u.test(name);
  // no pattern to compile unless the paragraph writes the name with an article
  if (
    !record.paragraph.includes(`de la ${name}`) &&
    !record.paragraph.includes(`du ${name}`) &&
    !(elided && (record.paragraph.includes(`de l'${name}`) || record.paragraph.includes(`de l’${name}`)))
  )
    return false;
  return compiledPattern(
    `(?<![\\p{L}])${escapeRegExp(role)}\\s+(?:de la\\s+|${name.includes("-") ? "du\\s+" : "de la\\s+"}${elided ? "|de l['’]\\s*" : ""})${escapeRegExp(name)}(?![\\p{L}])`,
    "u",
  ).test(record.paragraph);
}

// "Ex-Amplison", "Fondateur de Dentaliance": a former employer or a title opening what was read as
// the employer's name.
function companyOpensWithATitleOrEx(company: string): boolean {
  const name = company.trim();
  if (/^ex-/iu.test(name)) return true;
  const first = /^([\p{L}-]+)\s+(?:de|d['’]|du|des)\s*/u.exec(name)?.[1];
  return first !== undefined && /^\p{Lu}\p{Ll}/u.test(first) && TITLE_HEADS.has(foldWord(first));
}

// "À Kerlandec, c'est X qui lui succède": one word the sentence opens on after "À" is where the
// move happens; the employer there ("le port de Kerlandec") is to be named
function companySetAsAPlace(record: DoubtSubject): boolean {
  const name = record.company.trim();
  if (!record.paragraph || /\s/u.test(name)) return false;
  const at = record.paragraph.indexOf(`À ${name},`);
  return at >= 0 && /(?:^|[.!?;:]\s*)$/u.test(record.paragraph.slice(0, at));
}

// "Modalunne" where the issue writes "Modalune" twice: a slip in one spelling or the other. In a
// name of several words, each capitalised word of it ("Robes Delormaux" where the issue writes
// "Robes Delormeau" three times: a slip in a long word's ending is one too).
function companySpeltOtherwise(record: DoubtSubject): boolean {
  const text = record.issueText ?? record.sectionText;
  if (!text) return false;
  const spellings = spellingsOf(text);
  const key = companyKey(record.company);
  if (!key.includes(" ")) return speltOtherwise(key, spellings, false);
  // a common word is spelt as the name wants it ("Mutuelle" beside "Mutuelles", "Billards")
  return record.company
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}[\p{L}-]{3,}$/u.test(word) && !isFrenchWord(word.toLowerCase()))
    .some((word) => speltOtherwise(companyKey(word), spellings, true));
}

// "La Grange à Swingue" where the issue also writes "La Grange à Swing": the whole name again, one
// capitalised word of it written with two or three letters more or less at its end,
// as often as the record's spelling or more. With the other words the same, the two spellings name
// one house and either may be the one meant, so an editor says which. A plural "s" is a name's own
// inflection ("Assurance" beside "Assurances"); a slip inside a word ("Parners" beside "Partners") is
// left to the spelling repairs, whose pick on the corpora is the labels' when both are written once.
// The name's opening article is left out: "du Chai à Rumba" writes "Le Chai à Rumba" again.
function nameWrittenWithOneWordVaried(company: string, text: string): boolean {
  const words = company
    .trim()
    .replace(/^(?:Le|La|Les)\s+|^L['’]\s*/u, "")
    .split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  // the issue's text is searched only for a word that some capitalised word of it could vary
  const runs = capitalisedRunsOf(text);
  const mayVary = words.map(
    (word) => /^\p{Lu}[\p{L}-]{3,}$/u.test(word) && hasEndingVariant(foldWord(word), runs),
  );
  if (!mayVary.includes(true)) return false;
  const own = wholeMatches(text, words.map(escapeRegExp).join("\\s+")).length;
  for (const [index, word] of words.entries()) {
    if (!mayVary[index]) continue;
    const key = foldWord(word);
    const pattern = words
      .map((other, at) => (at === index ? "(\\p{Lu}[\\p{L}-]{3,})" : escapeRegExp(other)))
      .join("\\s+");
    const variants = new Map<string, number>();
    for (const match of wholeMatches(text, pattern)) {
      const other = foldWord(match[1]!);
      if (other !== key) variants.set(other, (variants.get(other) ?? 0) + 1);
    }
    for (const [other, count] of variants) if (count >= own && endingVariant(other, key)) return true;
  }
  return false;
}

// Every word a capitalised slot of nameWrittenWithOneWordVaried's patterns can take in `text`, folded
// and filed by its first four letters (a variant shares them): a run of letters and hyphens from a
// capital no letter precedes, to its end. Read once a text, the same for every record of an issue.
let runsText = "";
let runsOfText = new Map<string, Set<string>>();
function capitalisedRunsOf(text: string): ReadonlyMap<string, ReadonlySet<string>> {
  if (text === runsText) return runsOfText;
  const runs = new Map<string, Set<string>>();
  for (const [run] of allMatches(text, /(?<![\p{L}])\p{Lu}[\p{L}-]{3,}/gu)) {
    // a capital after a hyphen starts a run of its own ("ex-Lumen", "Jean-Lumen")
    const pieces = run.split("-");
    for (let at = 0; at < pieces.length; at++) {
      const tail = pieces.slice(at).join("-");
      if (!/^\p{Lu}[\p{L}-]{3,}$/u.test(tail)) continue;
      const folded = foldWord(tail);
      const prefix = folded.slice(0, 4);
      const filed = runs.get(prefix);
      if (filed) filed.add(folded);
      else runs.set(prefix, new Set([folded]));
    }
  }
  runsText = text;
  runsOfText = runs;
  return runs;
}

function hasEndingVariant(key: string, runs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const other of runs.get(key.slice(0, 4)) ?? [])
    if (other !== key && endingVariant(other, key)) return true;
  return false;
}

// One word the other with two or three letters more at its end ("swing", "swingue"), a plural
// ("es") apart. One letter more is a slip ("Lavall", "Phébée") or an inflection ("Lorvoise"), which
// the spelling repairs and their own doubts weigh.
function endingVariant(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  const extra = longer.slice(shorter.length);
  return (
    shorter.length >= 4 &&
    extra.length >= 2 &&
    extra.length <= 3 &&
    longer.startsWith(shorter) &&
    extra !== "es"
  );
}

// The places `text` writes `pattern` as whole words.
function wholeMatches(text: string, pattern: string): RegExpExecArray[] {
  return allMatches(text, compiledPattern(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, "gu"));
}

function speltOtherwise(key: string, spellings: ReadonlyMap<string, number>, endings: boolean): boolean {
  const own = spellings.get(key) ?? 0;
  const slipInEnding = (other: string) =>
    endings && key.length >= 8 && other.length === key.length && other.slice(0, -3) === key.slice(0, -3);
  // a plural beside its singular is no slip in a name's word ("Truffière" beside "Truffières")
  const plural = (other: string) => endings && (other === `${key}s` || key === `${other}s`);
  for (const [other, count] of spellings)
    if (
      count > own &&
      other.charAt(0) === key.charAt(0) &&
      !plural(other) &&
      (isLikelyTypo(other, key) || slipInEnding(other))
    )
      return true;
  return false;
}

// "élu président par intérim par le conseil fédéral": a chair held until an election is not a
// move (REAL-CORPORA.md's conventions); an acting executive named by a board may be one, so only
// an election to an interim chair is held.
const INTERIM_CHAIR = /^(?:président|présidente|PDG)\s+(?:par intérim|intérimaire)/iu;
// Any post held "par intérim" ("interim general manager", "acting CEO"): the labels count an interim
// holder as a move only when the text presents the appointment as one, and most are named in
// passing (REAL-CORPORA.md's conventions). Over the 100 corpora real1-real86/blind/heldout (session
// 25), 6 of the 9 records with such a title are wrong (no move expected), 2 of the 4 published.
const INTERIM_POST = /(?<![\p{L}])(?:par intérim|intérimaire|interim|acting)(?![\p{L}])/iu;
// An employer read with the sentence's opening before its name: an English preposition ("At C, X has
// been promoted …") or a trade noun written as one hyphenated word ("Screen-printer C has hired X").
const COMPANY_OPENS_ON_NO_NAME = /^(?:(?:At|From|With|In|For|By)\s+|\p{Lu}\p{Ll}+-\p{Ll}{3,}\s+)(?=\p{Lu})/u;
const ELECTED = /(?<![\p{L}])(?:élue?s?|réélue?s?)(?![\p{L}])/iu;

// "nomme à leur direction commune X", "prend leur tête": the post is over bodies the sentence named
// before (a plural possessive), not over the employer read, so the title lacks its complement.
const PLURAL_POSSESSIVE_POST =
  /(?<![\p{L}])(?:à|de|prend(?:ra)?|assurera|assure)\s+leurs?\s+(?:direction|tête|présidence|gestion)(?![\p{L}])/iu;

// The employer was taken from an earlier sentence or clause (NOTES.companyInferredFromEarlierSentence), yet the person's own clause names a body: "qui rejoint le conseil économique … comme
// vice-présidente" (an employer in lower case after a joining verb), "nommée directrice des sports
// de la région Hautes-Marches" (the role ends on a body with its name).
// Public bodies, employers in their own right ("le conseil économique, social et environnemental
// régional", "la région Hautes-Marches"), unlike a company's own sites ("l'usine de Saint-Ormel") or
// the descriptors that point back to it ("rejoint le meunier", "intègre l'équipe").
const PUBLIC_BODIES = new Set(
  (
    "conseil chambre agence office région département commune ville mairie métropole agglomération " +
    "communauté préfecture rectorat ministère ambassade consulat commission autorité assemblée sénat " +
    "tribunal cour collectivité"
  ).split(" "),
);
// a board of the employer itself, not another body
const OWN_BOARD =
  /^\s*(?:d['’]administration|de surveillance|de direction|exécutif|scientifique|stratégique)/u;
const JOINS_A_BODY =
  /(?<![\p{L}])(?:rejoint|rejoindra|intègre|intégrera|entre|entrera)\s+(?:au|à la|à l['’]|le|la|les|l['’])\s*(\p{Ll}+)/u;
const ROLE_NAMES_A_BODY =
  /(?:^|\s)(?:de la|de l['’]|du|des)\s*([\p{Ll}-]+)\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?\p{Lu}/gu;

const ROLE_NAMES_A_BODY_IN_WORDS =
  /(?:^|\s)(?:de la|de l['’]|du|des)\s*([\p{Ll}-]+)(\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Ll}[\p{Ll}-]*)/gu;

// "…, qui rejoint la Banque centrale de Kalandie comme directrice": the clause joins a body it names
const JOINS_A_NAMED_BODY =
  /(?<![\p{L}])(?:rejoint|rejoindra|intègre|intégrera)\s+(?:(?:la|le|les)\s+|l['’])?(\p{Lu}[\p{L}'’-]+)/u;

const BODY_BY_REFERENCE =
  /(?<![\p{L}])(?:direction|présidence|tête)\s+(?:de l['’]|du\s|de la\s)(?:établissement|entreprise|société|structure|site|usine|magasin|clinique|hôpital|école)(?![\p{L}])/u;

const BODY_BY_ITS_NOUN =
  /(?<![\p{L}])(?:direction|présidence|tête)(?:\s+\p{Ll}+)?\s+(?:de l['’]|du\s|de la\s)(ligue|fédération|association|union|comité|syndicat|club|confédération)(?![\p{L}])(?!\s+(?:de|du|des|d['’])\s*\p{Lu})/u;

function ownClauseNamesAnotherBody(record: DoubtSubject): boolean {
  if (!hasNote(record.reasons, NOTES.companyInferredFromEarlierSentence)) return false;
  const clause = clauseAfterPerson(record);
  const named = JOINS_A_NAMED_BODY.exec(clause);
  if (named && !record.company.includes(named[1]!)) return true;
  // "C'est son adjointe, X, qui reprend la direction de l'établissement": a body told by reference,
  // which the sentence before may name otherwise than the employer inferred
  if (BODY_BY_REFERENCE.test(clause)) return true;
  // "qui prendra la direction technique de la ligue": a body told by its noun alone, which the
  // employer inferred does not open on (a judo club is no league)
  const byNoun = BODY_BY_ITS_NOUN.exec(clause);
  if (byNoun && !record.company.toLowerCase().startsWith(byNoun[1]!)) return true;
  const joined = JOINS_A_BODY.exec(clause);
  if (
    joined &&
    PUBLIC_BODIES.has(joined[1]!) &&
    !OWN_BOARD.test(clause.slice(joined.index + joined[0].length))
  )
    return true;
  if (allMatches(record.role, ROLE_NAMES_A_BODY).some((match) => PUBLIC_BODIES.has(match[1]!))) return true;
  // "qui prend la direction de l'agence de l'eau du bassin C": a body named by its lower-case
  // complement ("de l'eau", "d'agriculture", "de tourisme"), not by a place, is another employer
  // than the one inferred; the employer's own boards ("du conseil de surveillance") are not.
  return allMatches(record.role, ROLE_NAMES_A_BODY_IN_WORDS).some(
    (match) => PUBLIC_BODIES.has(match[1]!) && !OWN_BOARD.test(match[2]!),
  );
}

// "Géotherm Services recrute A. Forage Armor remplace B par C. Le foreur recrute aussi X": the employer
// was inferred from an earlier sentence, yet the nearest sentence before the mover's that opens on a
// name (the subject of its verb, neither a person nor a word of the dictionary) opens on another house:
// a descriptor ("le foreur", "la maison") may point back to either, so the two compete.
const NEAREST_SUBJECT_NAME =
  /^\s*(?:(?:Chez|À|Au sein de)\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,4})(?=\s+\p{Ll})/u;
const NOT_A_NAME_OPENING = new Set(
  "le la les l un une des du de il elle ils elles on ce cet cette ces son sa ses leur leurs nous c".split(
    " ",
  ),
);

function inferredEmployerNotTheNearestSubject(record: DoubtSubject): boolean {
  if (!record.paragraph || !hasNote(record.reasons, NOTES.companyInferredFromEarlierSentence)) return false;
  const paragraph = maskQuotes(record.paragraph);
  const sentences = splitSentences(paragraph);
  const own = sentenceNaming(record);
  const ownIndex = sentences.findIndex((sentence) => sentence.text === own);
  const employer = companyKey(record.company);
  for (let index = ownIndex - 1; index >= 0; index--) {
    const opening = NEAREST_SUBJECT_NAME.exec(sentences[index]!.text)?.[1];
    if (!opening) continue;
    const words = opening.split(/\s+/u);
    if (NOT_A_NAME_OPENING.has(foldWord(words[0]!.replace(/['’].*$/u, "")))) continue;
    if (words.every((word) => isFrenchWord(word))) continue;
    const person = personMentionAtStart(opening);
    // a person no list knows by first name, whom another record of the paragraph reads as a mover
    // (a person's slot, not an employer's: "Malterie Sorbiac remplace X par Y" opens on a house)
    if (person && (isConfidentPerson(person) || record.peopleInParagraph?.includes(opening))) continue;
    const key = companyKey(opening);
    return !(key.includes(employer) || employer.includes(key));
  }
  return false;
}

// "Verrerie Olvanne : X, nommé …" while the section's running text writes "la verrerie Olvanne":
// the capital a heading or a sentence start gives the descriptor noun made it part of the name, which
// the section writes without it.
const KEPT_DESCRIPTOR_HEADS = new Set(["groupe", "les", "le", "la", "aux", "au"]);

function companyOpensWithADescriptorWrittenLowerElsewhere(record: DoubtSubject): boolean {
  const parts = /^(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}[\p{L}\p{N}&'’ -]*)$/u.exec(record.company.trim());
  // an institution's head ("Mutuelle", "Agence", "Fondation") and "Groupe" belong to the names that
  // carry them, whatever the running text writes; an article opens a name ("Les Dockers de …")
  if (!parts || KEPT_DESCRIPTOR_HEADS.has(foldWord(parts[1]!)) || INSTITUTION_HEADS.has(foldWord(parts[1]!)))
    return false;
  const section = record.sectionText ?? record.paragraph ?? "";
  const lower = `${parts[1]!.toLowerCase()} ${parts[2]}`;
  if (!section.includes(lower)) return false;
  return compiledPattern(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, "u").test(section);
}

// "Deux nominations chez le constructeur Aéralis : A devient présidente d'Aéralis Structures … ; X
// prend la direction des essais en vol": the employer inferred is a longer name whose first word the
// paragraph also gives alone, so the group and its subsidiary compete for it.
// "Le groupe G réorganise sa filiale Baies du Lac. Le directeur d'exploitation, X, en devient
// directeur général": the paragraph names the group and, by a possessive, a subsidiary of its own, so
// the employer read from context may be either.
const POSSESSIVE_SUBSIDIARY =
  /(?<![\p{L}])(?:sa|leur|une|la)\s+(?:nouvelle\s+|jeune\s+)?(?:filiale|branche|division)(?:\s+[\p{Ll}-]+){0,2}\s+(\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|d[eu]s?|d['’]\p{Lu}[\p{L}-]*|&))*)/gu;
function possessiveSubsidiaryOtherThan(company: string, paragraph: string): boolean {
  const key = companyKey(company);
  return allMatches(paragraph, POSSESSIVE_SUBSIDIARY).some((match) => companyKey(match[1]!) !== key);
}

function inferredSubsidiaryOrGroup(record: DoubtSubject): boolean {
  if (!record.paragraph || !hasNote(record.reasons, NOTES.companyInferredFromEarlierSentence)) return false;
  if (possessiveSubsidiaryOtherThan(record.company, record.paragraph)) return true;
  const words = record.company.trim().split(/\s+/u);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const head = words[0]!;
  for (let at = record.paragraph.indexOf(head); at >= 0; at = record.paragraph.indexOf(head, at + 1)) {
    if (/\p{L}/u.test(record.paragraph.charAt(at - 1))) continue;
    if (
      !record.paragraph.startsWith(record.company, at) &&
      !/^\s*\p{Lu}/u.test(record.paragraph.slice(at + head.length))
    )
      return true;
  }
  return false;
}

// "… tandis que X sera directrice exécutive chargée de la recherche … X a pour sa part rejoint C en
// 2022 comme vice-présidente …": the title was read from a later sentence (a career recalled) while
// the sentence that first names the person gives a title of its own.
const DATED_IN_THE_PAST = /(?<![\p{L}])(?:en|depuis|dès)\s+(?:19|20)\d\d(?!\d)/u;

function roleFromALaterSentence(record: DoubtSubject): boolean {
  if (!record.paragraph || !record.role.trim()) return false;
  const sentence = sentenceNaming(record);
  if (indexIgnoringCase(sentence, record.role) >= 0) return false;
  const later = splitSentences(maskQuotes(record.paragraph)).find(
    (other) => indexIgnoringCase(other.text, record.role) >= 0,
  );
  // the later sentence dates the title: a career recalled, not the news
  if (!later || !DATED_IN_THE_PAST.test(later.text)) return false;
  const clause = clauseAfterPerson(record);
  return allMatches(clause, /\p{L}[\p{L}-]*/gu).some((word) => TITLE_HEADS.has(foldWord(word[0])));
}

// "a désigné le successeur du Dr P, son directeur scientifique, … : X … reprendra la direction de la
// recherche": the post is the predecessor's, named in apposition; a title read elsewhere in the
// sentence that is not it may be a part of the post, or the person's current one.
const SUCCESSOR_OF_A_TITLED_PERSON =
  /(?<![\p{L}])(?:successeur|successeure|succède|succédera|remplace|remplacera)\s+(?:du|de la|de|d['’]|à|au)?\s*(?:(?:Dr|Pr|M\.|Mme|Me)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4},\s+(?:son|sa|leur)\s+(\p{Ll}[\p{L}'’ -]{2,60}?)\s*(?=[,;:.]|\s(?:qui|depuis|parti|partie)\s)/u;

function roleIsNotThePredecessors(record: DoubtSubject): boolean {
  const found = SUCCESSOR_OF_A_TITLED_PERSON.exec(sentenceNaming(record));
  if (!found) return false;
  const title = found[1]!.trim();
  if (!TITLE_HEADS.has(foldWord(title.split(/\s+/u)[0] ?? ""))) return false;
  // either gender: "directeur scientifique" for "directrice scientifique", word stems compared
  const stems = (text: string) =>
    text
      .split(/[\s'’]+/u)
      .map((word) => foldWord(word).slice(0, 6))
      .join(" ");
  return !stems(record.role).includes(stems(title));
}

// "directrice en charge des achats, de la logistique et des partenariats" (11 words) is whole
const MAX_ROLE_WORDS = 14;
const MAX_ROLE_CHARACTERS = 110;

// A record the slot reader (slot-reader.ts) filled from a clause no sentence pattern knows: the
// person is a mover by the same evidence unread.ts uses, but each slot is the nearest plausible
// span, so an editor reads it before it is published (0.95 - 0.2 = 0.75, under the default 0.8;
// lower still when the employer came from the context).
// exported for unread.ts: such a record accounts for nobody its paragraph names
export const PERSON_LIKE_AN_INSTITUTION: Doubt = {
  id: "person_looks_like_an_institution",
  reason: "person is named like an institution",
  label: "la personne porte un nom d’établissement",
  penalty: HOLD_FOR_REVIEW,
  applies: personLooksLikeAnInstitution,
};

export const READ_BY_SLOTS: Doubt = {
  id: "read_by_slots",
  reason: "read slot by slot, no sentence pattern matched",
  label: "lu case par case (aucune forme de phrase connue) : vérifier la personne, le poste et l’employeur",
  penalty: 0.2,
  applies: (r) => r.readBySlots === true,
};

// "X en devient le directeur": the employer is the company "en" points back to, the one the
// sentence named before the person (implicit-company.ts). Right more often than not, but a wrong
// antecedent is a wrong record, so an editor confirms it.
export const COMPANY_FROM_ANAPHOR: Doubt = {
  id: "company_from_anaphor",
  reason: "employer read through an anaphor",
  label: "employeur déduit d’un renvoi (« en devient », « le groupe ») : vérifier l’employeur",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => hasNote(r.reasons, NOTES.companyInferredFromAnaphor),
};

// A capitalised word of the record's sentence that no slot of the paragraph's records holds
// (unread-words.ts): a name the record may have cut off or misplaced (a role cut before "de la
// Région X", an article left out, a place read as employer while the employer is still in the
// sentence). Designed on real1-real6 and switched on after it was measured on real7/real8, which
// it had never seen: on those it caught 12 of the 22 wrong records published at >= 0.8 for 13
// right ones held back; on the development corpora, whose wrong records were already fixed, it
// holds back about one published record in eight for review (README, Parser accuracy).
export const CAPITALISED_UNASSIGNED: Doubt = {
  id: "capitalised_unassigned",
  reason: "a capitalised word of the sentence is in no field",
  label: "un mot en majuscule de la phrase n’est repris dans aucun champ : vérifier le poste et l’employeur",
  penalty: 0.2,
  applies: (r) => unassignedCapitalisedWords(r).length > 0,
};

// The word right after the title or the employer, with no punctuation between, that no slot of
// the paragraph holds (unread-words.ts): the span may have been cut before its complement
// ("directrice de l'animation [du réseau]", "PDG par intérim [du gestionnaire] …"). Designed on
// real1-real8 and switched on after it was measured on real9/real10, which it had never seen: on
// those it caught 2 + 1 of the 7 + 5 wrong records published at >= 0.8 and held back no right one;
// on the development corpora it holds back 28 right records published before (README, Parser
// accuracy).
export const WORD_AFTER_A_SLOT: Doubt = {
  id: "word_after_a_slot",
  reason: "a word right after the title or the employer is in no field",
  label:
    "le mot qui suit la fonction ou l’employeur n’est repris dans aucun champ : le nom ou le titre est-il coupé ?",
  penalty: 0.2,
  applies: (r) => wordRightAfterASlot(r).length > 0,
};

// Two readings of one sentence, compared: an employer or a title is the same when the keys match
// once articles and possessives are set aside ("président de son conseil" is "président du
// conseil"), when one is the other's acronym ("MATS") or one slip from it.
// The small words an acronym may skip ("Société des droits musicaux" is "SDM" or "SDDM"):
// prepositions, articles and conjunctions of a company's name, French and English.
const WORDS_ACRONYMS_SKIP = new Set(
  "de du des d la le les l et en sur sous au aux à a pour of the and for y".split(" "),
);
const nameKey = (text: string) => companyKey(text).replace(/^(?:le|la|les|l) /u, "");
const titleKey = (role: string) =>
  ` ${companyKey(role)} `
    .replace(/ de (?:son|leur) /gu, " du ")
    .replace(/ de sa /gu, " de la ")
    .replace(/ de (?:ses|leurs) /gu, " des ")
    .trim();
const initialsOf = (name: string, withParticles: boolean) =>
  companyKey(name)
    .split(" ")
    .filter((word) => withParticles || !WORDS_ACRONYMS_SKIP.has(word))
    .map((word) => word[0])
    .join("");
function sameEmployerReading(a: string, b: string): boolean {
  const [keyA, keyB] = [nameKey(a), nameKey(b)];
  if (keyA === keyB || isLikelyTypo(keyA, keyB)) return true;
  const acronym = (short: string, long: string) =>
    !short.includes(" ") &&
    short.length >= 2 &&
    (initialsOf(long, false) === short || initialsOf(long, true) === short);
  return acronym(keyA, keyB) || acronym(keyB, keyA);
}
const nestedIn = (inner: string, outer: string) => inner !== outer && ` ${outer} `.includes(` ${inner} `);
const nested = (a: string, b: string) => nestedIn(a, b) || nestedIn(b, a);

/**
 * Where the second reading differs from the record: its employer, its title, and whether either
 * nests in the other's word for word (one reader cut the span short or ran it on: "Marais de la
 * Sévrane" in "parc naturel régional des Marais de la Sévrane", "directrice technique alors que").
 * Null when there is no second reading.
 */
export function readingDifferences(
  record: DoubtSubject,
): { company: boolean; role: boolean; nested: boolean } | null {
  const other = record.secondReading;
  if (!other) return null;
  const company = !sameEmployerReading(other.company, record.company);
  const role = titleKey(other.role) !== titleKey(record.role);
  return {
    company,
    role,
    nested:
      (company && nested(nameKey(other.company), nameKey(record.company))) ||
      (role && nested(titleKey(other.role), titleKey(record.role))),
  };
}

// The slot reader, asked to read the record's person as if no clause pattern had, gives an employer
// or a title nested in the record's (or the record's in its): the two readers disagree on where a
// span ends. Designed on real1-real6's first-score records (23 of their 69 wrong published records
// for 1 right one) and measured before it was switched on, unchanged, on the records the first-score
// parsers of real7/real8 (31a57ec) and real9/real10 (183f367) published: 2 of their 34 wrong records
// for no right one; it holds back 11 of the 1,342 right records published today (README, Parser
// accuracy; test/unit/parse/confidence-candidates.ts).
export const READINGS_NEST: Doubt = {
  id: "readings_nest",
  reason: "a second reading of the sentence gives a longer or shorter name or title",
  label:
    "une seconde lecture de la phrase donne un nom ou un titre plus long ou plus court : vérifier l’employeur et le poste",
  penalty: 0.2,
  applies: (r) => readingDifferences(r)?.nested === true,
};

// The role's first word is no title head of the lexicon (TITLE_HEAD_VOCABULARY, titles.ts): the
// role was cut at the wrong place ("plus jeune directeur général de l'histoire", "mois dernier
// directeur …", "à celui de responsable …", "aux commandes du site …", "dauphine du barreau").
// Judged by leave-one-corpus-out on the records earlier parsers published on corpora they had never
// seen, beyond the signals that were themselves judged on unseen rounds (test/unit/parse/
// confidence-loco.ts): 12 distinct wrong records caught on 7 of 10 corpora for no right one; it
// holds back no record today's parser publishes, and on the held-out real11/real12 1 wrong for 2
// right (README, Parser accuracy).
export const ROLE_HEAD_UNKNOWN: Doubt = {
  id: "role_head_unknown",
  reason: "the role opens on a word no title starts with",
  label: "la fonction ne commence pas par un intitulé de poste connu : vérifier où elle commence",
  penalty: 0.2,
  applies: (r) => roleHeadOutsideLexicon(r.role),
};

// A title holding a word that points back into the text: a possessive, "même", "place", a
// demonstrative ("directrice financière du même établissement", "président de son directoire",
// "vice-président … à la place", "directrice générale de sa nouvelle entité X"). The title ran past its
// end or names its body through the sentence, which a directory entry cannot. Judged (session 9) by
// issue 13 item 4's leave-one-round-out (test/unit/parse/confidence-loco.ts --rounds): chosen on
// real1/real2's first-score records (2 wrong, no right one), it caught nothing on the five rounds after
// (none of their first-score records has such a title) and 6 wrong records for no right one over
// every earlier parser's records of later corpora; it holds back none of the records today's parser
// publishes. Written after reading those wrong records: the next blind round is its judge.
const REFERENCE_IN_ROLE =
  /(?<![\p{L}])(?:son|sa|ses|leur|leurs|même|mêmes|cette|cet|ces|à (?:la|sa) place)(?![\p{L}])/iu;
export const ROLE_POINTS_BACK: Doubt = {
  id: "role_points_back",
  reason: "the role holds a word that points back into the text",
  label:
    "la fonction contient un mot qui renvoie au texte (« son », « même », « à la place ») : vérifier où elle s’arrête et l’employeur",
  penalty: 0.2,
  applies: (r) => REFERENCE_IN_ROLE.test(r.role),
};

// An article in the title that no preposition or conjunction introduces opens another noun phrase
// run into the title: an apposition or the next clause ("président le sénateur honoraire",
// "directeur des opérations laissée par …" is role_clause_words'). Judged like role_points_back:
// chosen on real1/real2 (2 wrong, no right), 1 wrong and no right one on the five rounds after
// (real11's first score), 4 wrong for 1 right over the whole pool; none of today's published records.
const BARE_ARTICLE_IN_ROLE =
  /(?<!(?:^|\s)(?:de|à|a|par|pour|sur|avec|dans|sous|en|vers|chez|entre|contre|et|ou|après|auprès))\s(?:(?:le|la|les)\s|l['’]\p{L})/iu;
export const ROLE_BARE_ARTICLE: Doubt = {
  id: "role_bare_article",
  reason: "the role holds an article no preposition introduces",
  label:
    "la fonction contient un article sans préposition (« président le sénateur ») : une apposition ou la suite de la phrase y est-elle entrée ?",
  penalty: 0.2,
  applies: (r) => BARE_ARTICLE_IN_ROLE.test(r.role),
};

// "Ferralis Gares promeut X directeur de la gare de Y": a public body read as the employer from the
// title ("gare de Y", institution-of-post.ts) while the sentence opens on a house that appoints: the
// house may be the employer and the body the post's scope ("directeur de la gare de Y" at it).
const APPOINTING_HOUSE_BEFORE =
  /(?:^|[.:;]\s+)(?:(?:Chez|Le groupe|La société)\s+)?\p{Lu}[\p{L}&'’-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]+)*\s+(?:promeut|nomme|recrute|choisit|désigne|confie|accueille|a nommé|a promu|a recruté|a choisi)\s/u;

function publicBodyBesideAppointingHouse(record: DoubtSubject): boolean {
  const head = record.company.split(/\s+/u)[0] ?? "";
  if (!/^\p{Ll}/u.test(head) || !PUBLIC_POST_HEADS.has(foldWord(head))) return false;
  return APPOINTING_HOUSE_BEFORE.test(sentenceBeforePerson(record));
}

export const PUBLIC_BODY_OR_HOUSE: Doubt = {
  id: "public_body_or_house",
  reason: "employer read from the title while the sentence names an appointing house",
  label:
    "l’employeur est lu dans le titre (établissement public) alors que la phrase nomme une entreprise qui nomme : laquelle est l’employeur ?",
  penalty: HOLD_FOR_REVIEW,
  applies: publicBodyBesideAppointingHouse,
};

// Four shapes of the wrong records still published on real11, real13 and real14 (session 10), each a
// typed signal with an invented-sentence test (doubts.test.ts); written on those records, so the next
// blind round judges them.

// "Le port a nommé X, son directeur adjoint, directeur du port de pêche": the title read is the
// one set off by commas right after the name (the person's current post, often with a possessive)
// while another title follows it: the new post is the second.
const APPOSITION_OPENERS = String.raw`(?:(?:son|sa|leur|notre|l['’]actuel(?:le)?|actuel(?:le)?)\s+)?`;
const SECOND_TITLE_OPENERS = String.raw`(?:(?:est|a été|sera)\s+(?:nommée?|promue?)\s+|(?:au poste de|comme|en tant que)\s+)?`;
export function roleIsTheApposition(record: DoubtSubject): boolean {
  const role = record.role.trim();
  const company = record.company.trim();
  if (!role) return false;
  const sentence = sentenceNaming(record);
  const start = indexIgnoringCase(sentence, record.person);
  if (start < 0) return false;
  const after = sentence.slice(start + record.person.length);
  // the pattern below is compiled for each title: most names are followed by no comma, which the
  // pattern needs first (its compilation was 1.3 % of the parser's CPU on the bench's issues)
  if (!/^\s*,/u.test(after)) return false;
  // nor for one with no second comma, which the pattern needs after the title
  if (after.indexOf(",", after.indexOf(",") + 1) < 0) return false;
  const found = compiledPattern(
    // the current post may name its house ("X, directrice des ventes de C, présidente")
    String.raw`^\s*,\s*${APPOSITION_OPENERS}${escapeRegExp(role)}${company ? String.raw`(?:\s+(?:de la|de l['’]|du|des|de|d['’]|chez)\s*${escapeRegExp(company)})?` : ""}\s*,\s*${SECOND_TITLE_OPENERS}([\p{L}-]+)`,
    "iu",
  ).exec(after);
  return found !== null && TITLE_HEADS.has(foldWord(found[1]!));
}

// "L'assemblée générale a élu X, directeur général de la clinique de V, en remplacement de Y": an
// appointing verb with no title after the name, then the mover's current post and house set off by
// commas, then whom they replace; the new post goes unsaid in the clause (told by the sentence before,
// "C change de président"), so the apposition read as the move names the house they come from.
const APPOINTED_WITHOUT_TITLE =
  /(?<![\p{L}])(?:(?:a|ont|avait|vient d['’]|viennent d['’]|va|vont)\s*)?(?:élu|élire|élit|élisent|élira|nommé|nommer|nomme|nomment|nommera|désigné|désigner|désigne|désignera|coopté|coopte|choisi|choisit)\s*$/u;
const REPLACEMENT_AFTER_APPOSITION =
  "(?:en remplacement d|pour (?:succéder|remplacer)|succédant|qui (?:succède|remplace))";
export function appositionBeforeReplacement(record: DoubtSubject): boolean {
  const role = record.role.trim();
  const company = record.company.trim();
  if (!role || !company) return false;
  if (!APPOINTED_WITHOUT_TITLE.test(sentenceBeforePerson(record))) return false;
  const after = clauseAfterPerson(record);
  if (!/^\s*,/u.test(after)) return false;
  return compiledPattern(
    String.raw`^\s*,\s*${APPOSITION_OPENERS}${escapeRegExp(role)}\s+(?:de la|de l['’]|du|des|de|d['’]|chez)\s*${escapeRegExp(company)}\s*,\s*${REPLACEMENT_AFTER_APPOSITION}`,
    "iu",
  ).test(after);
}

// "président-directeur général et directeur de la clinique" at "clinique de X": the title ends on
// the employer's own head noun, so it names the employer a second time (the title stops before it).
export function roleNamesTheEmployersHead(record: DoubtSubject): boolean {
  const head = foldWord(record.company.trim().split(/\s+/u)[0] ?? "");
  if (head.length < 3) return false;
  const found = /\s(?:de la|du|de l['’]|des)\s*([\p{L}-]+)$/u.exec(record.role.trim());
  return found !== null && foldWord(found[1]!) === head;
}

// "X est nommé chef du centre de déminage de C", "le nouveau chef de la station de pilotage de C": a
// bare "chef" over a body named in lower case is written both ways, the title alone with the body as
// employer ("chef", "station de pilotage de C") or the title holding the body's noun ("chef du
// centre"); over the 114 corpora, one each. A body named with capitals ("cheffe du Centre national
// d'archéologie") is a name, and the title is "cheffe" alone.
const BARE_CHIEF = /^chef(?:fe)?$/iu;
export function bareChiefOfALowerCaseBody(record: DoubtSubject): boolean {
  const company = record.company.trim();
  if (!BARE_CHIEF.test(record.role.trim()) || !/^\p{Ll}/u.test(company)) return false;
  const head = company.split(/\s+/u)[0]!;
  return compiledPattern(
    `(?<![\\p{L}])chef(?:fe)?\\s+(?:de la|du|de l['’]|des)\\s*${escapeRegExp(head)}(?![\\p{L}])`,
    "iu",
  ).test(sentenceNaming(record));
}

// "L'Association régionale de dialyse Aldéa": an institution's lower-case complement ("de dialyse")
// runs straight into one capitalised word, no preposition between: a descriptor ("association de
// dialyse") set before a brand's name, not one name.
const DESCRIPTOR_THEN_BRAND = /(?:^|\s)de\s+\p{Ll}[\p{L}-]{2,}\s+\p{Lu}[\p{Ll}\p{M}]+$/u;
// "Office supplies group Deskline Europe", "packaging firm Corrubox Ltd": an English descriptor ends on
// a lower-case noun set right before the capitalised name, with no preposition between.
const LOWER_CASE_NOUN_THEN_NAME = /(?:^|\s)(\p{Ll}[\p{L}-]{2,})\s+\p{Lu}/gu;
const ENGLISH_DESCRIPTOR_NOUNS = new Set(
  (
    "group company firm maker manufacturer provider specialist supplier distributor retailer operator " +
    "developer publisher brand chain startup start-up platform business"
  ).split(" "),
);
// "Insurtech Parapluie hires …": a sector's "-tech" noun is what the house is, capitalised as a
// sentence's first word, before its name
const TECH_DESCRIPTOR_THEN_NAME = /^\p{Lu}\p{Ll}+tech\s+\p{Lu}/u;

export function companyRunsADescriptorIntoABrand(company: string): boolean {
  const first = company.trim().split(/\s+/u)[0] ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  if (DESCRIPTOR_THEN_BRAND.test(company.trim())) return true;
  if (TECH_DESCRIPTOR_THEN_NAME.test(company.trim()) && COMPANY_DESCRIPTORS.includes(first.toLowerCase()))
    return true;
  // only an English descriptor's noun: a French lower-case word there is an institution's own
  // ("Caisse régionale Armor Océan", "Institut des sciences du vivant Lemarchand")
  return allMatches(company.trim(), LOWER_CASE_NOUN_THEN_NAME).some((m) =>
    ENGLISH_DESCRIPTOR_NOUNS.has(m[1]!),
  );
}

// "Tiago Ferreira-Vidal, qui dirigeait …, prend la tête de l'entreprise. Il succède à B, qui prend la
// présidence": an employer inferred from an earlier sentence's subject may be a mover no clause reader
// read, whose first name no list knows; a name the paragraph makes the subject of a verb only a person
// takes (taking the lead, succeeding, being appointed), right after it or after a relative clause.
const PERSON_PREDICATE =
  /^\s*(?:,\s*qui\s[^.;:]{1,160}?,\s*)?(?:prend(?:ra)?\s+(?:la\s+tête|ses\s+fonctions)|succède|succédera|(?:est|a\s+été|sera)\s+(?:nommée?|promue?|élue?)(?![\p{L}]))/u;
export function companyIsAMover(record: DoubtSubject): boolean {
  const { paragraph, company } = record;
  if (!paragraph || !company.trim()) return false;
  for (let at = paragraph.indexOf(company); at >= 0; at = paragraph.indexOf(company, at + 1)) {
    if (PERSON_PREDICATE.test(paragraph.slice(at + company.length, at + company.length + 200))) return true;
  }
  return false;
}

// "directrice adjointe | Calèmes" where the section writes "le Parc national des Calèmes": a one-word
// employer that the section also writes as the place closing an institution's full name is most often
// that name shortened, which the expected records (and directories) write in full.
export function companyShortOfANameWrittenOut(record: DoubtSubject): boolean {
  const company = record.company.trim();
  const section = record.sectionText ?? record.paragraph ?? "";
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(company) || !section.includes(company)) return false;
  // an acronym stays: the corpora's records keep one the section spells out as often as they expand it
  if (/^\p{Lu}{2,8}$/u.test(company)) return false;
  // the pattern holds " {link}{company}" as written: a section without any has no such name, and
  // the pattern, built around the name, is neither compiled nor run over the whole section
  if (!PLACE_LINKS.some((link) => section.includes(` ${link}${company}`))) return false;
  // nor where none of the words before those places opens on an institution's head (words-before.ts)
  if (!mayNameAnInstitutionBefore(section, company)) return false;
  const full = compiledPattern(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*)(?: \\p{Ll}[\\p{Ll}-]*){0,3} (?:de la |de l['’]|du |des |de |d['’])${escapeRegExp(company)}(?![\\p{L}'’-])`,
    "gu",
  );
  return allMatches(section, full).some((match) => isInstitutionOrPlaceHead(foldWord(match[1]!)));
}

// "Au conseil de surveillance, M. X succède à M. Y comme président": the board that scopes the title
// opens the sentence, where the title's reader does not look; a title and an employer without it leave
// the board out.
const FRONTED_BOARD =
  /^\s*(?:Au|À la|À l['’])\s*(conseil|directoire|comité|bureau|board)(?![\p{L}])[^,.;:]{0,60},/iu;
export function roleMissesAFrontedBoard(record: DoubtSubject): boolean {
  if (!record.paragraph) return false;
  const board = FRONTED_BOARD.exec(sentenceNaming(record))?.[1];
  // "Au conseil départemental de X, Y devient DGS": a fronted body read as the employer is no scope
  const word = board?.toLowerCase();
  return (
    word !== undefined &&
    !record.role.toLowerCase().includes(word) &&
    !record.company.toLowerCase().includes(word)
  );
}

// "la joaillière de la place Vendôme Maison Orsenne": the employer read opens on the name of the
// street or square that stands before it in the text.
const STREET_NOUN_BEFORE = /(?:^|\s)(?:place|rue|avenue|boulevard|quai|cours|allée|square|impasse)\s+$/iu;
export function companyOpensWithAStreetName(record: DoubtSubject): boolean {
  const sentence = sentenceNaming(record);
  const at = indexIgnoringCase(sentence, record.company.trim());
  return at > 0 && STREET_NOUN_BEFORE.test(sentence.slice(0, at));
}

// "L'Olympique de X", "L'Armement Y", "Le Fonds": the employer read keeps an article at its head and is
// no newspaper's title (whose article belongs to the name: press_title_without_article). Directories
// and the expected records drop it for most names and keep it for some ("Les Galeries Orlanaises"), so
// an editor decides. Judged (session 10) by issue 13 item 4's leave-one-round-out
// (test/unit/parse/confidence-loco.ts --rounds, confidence-candidates.ts "company_article_not_press"):
// chosen on real1-real4's first-score records, then on each later round's first score it caught 1 of
// real5/6's, 3 of real7/8's and 2 (with slots_disagree_role) of real13/14's wrong published records for
// 2 right ones held; among those, "L'Olympique de …" (real4) and "L'Armement …" (real11) no other doubt
// holds. It holds back 5 of the 1,536 right records published today.
const ARTICLE_AT_THE_HEAD = /^(?:L['’]|Le\s+|La\s+|Les\s+)([\p{L}-]+)/u;
export function companyKeepsAnArticle(company: string): boolean {
  const found = ARTICLE_AT_THE_HEAD.exec(company.trim());
  return found !== null && !PRESS_TITLE_HEADS.has(foldWord(found[1]!));
}
export const COMPANY_KEEPS_AN_ARTICLE: Doubt = {
  id: "company_keeps_an_article",
  reason: "the employer keeps an article at its head",
  label: "l’employeur commence par un article (« L’Olympique de … ») : le garder dans le nom ou non ?",
  penalty: 0.2,
  applies: (r) => !r.known && companyKeepsAnArticle(r.company),
};

// The doubts below tell a convention the newsletters settle both ways (a unit told by a possessive) or
// a slot the sentence fills twice (an acronym beside the name, a second title, a board pointed back
// to): they send a record to review and never remove one (slot-reader.ts REVIEW_ONLY).
export const ROLE_UNITS_BY_POSSESSIVE: Doubt = {
  id: "role_units_by_possessive",
  reason: "the role names the employer's units by a possessive",
  label:
    "la fonction désigne une entité de l’employeur par un possessif (« de son conseil », « de ses cliniques ») : la garder ?",
  penalty: HOLD_FOR_REVIEW,
  applies: roleNamesUnitsByPossessive,
};

export const ROLE_ENGLISH_UNIT_BY_POSSESSIVE: Doubt = {
  id: "role_english_unit_by_possessive",
  reason: "the English role names the employer's unit by a possessive",
  label:
    "la fonction anglaise désigne une entité de l’employeur par un possessif (« of its new … studio ») : la garder ?",
  penalty: HOLD_FOR_REVIEW,
  applies: englishRoleNamesAUnitByPossessive,
};

export const COMPANY_IS_THE_ACRONYM_AFTER_A_NAME: Doubt = {
  id: "company_is_the_acronym_after_a_name",
  reason: "the employer read is the acronym bracketed after a name",
  label: "l’employeur lu est le sigle entre parenthèses qui suit un nom : garder plutôt le nom ?",
  penalty: HOLD_FOR_REVIEW,
  applies: companyIsTheAcronymAfterAName,
};

export const ROLE_HOLDS_THE_EMPLOYERS_NAME: Doubt = {
  id: "role_holds_the_employers_name",
  reason: "the title holds the employer's name",
  label:
    "la fonction contient le nom de l’employeur (« directrice des soins du centre X » chez X) : couper la fonction, compléter le nom ?",
  penalty: HOLD_FOR_REVIEW,
  applies: roleHoldsTheEmployersName,
};

export const ROLE_RETITLED_IN_THE_NEXT_SENTENCE: Doubt = {
  id: "role_retitled_in_the_next_sentence",
  reason: "the next sentence gives the mover another title",
  label:
    "la phrase suivante donne un autre titre (« Elle devient directrice générale. ») : lequel est le nouveau poste ?",
  penalty: HOLD_FOR_REVIEW,
  applies: roleRetitledInTheNextSentence,
};

export const ROLE_MISSES_THE_BOARD_POINTED_BACK: Doubt = {
  id: "role_misses_the_board_pointed_back",
  reason: "the title leaves out the board a possessive points back to",
  label:
    "la fonction omet le conseil désigné par le possessif (« … son conseil de surveillance. Sa présidence revient à X ») : le compléter ?",
  penalty: HOLD_FOR_REVIEW,
  applies: roleMissesTheBoardPointedBack,
};

export const ROLE_BARE_MEMBER_OF_A_BOARD_NAMED: Doubt = {
  id: "role_bare_member_of_a_board_named",
  reason: "the title is a bare member's while the sentence names the board",
  label:
    "la fonction est « membre » sans le conseil que la phrase nomme (« rejoint le conseil de surveillance … en tant que membre indépendant ») : le compléter ?",
  penalty: HOLD_FOR_REVIEW,
  applies: roleBareMemberOfABoardNamed,
};

export const COMPANY_KEEPS_ITS_BRACKETED_ACRONYM: Doubt = {
  id: "company_keeps_its_bracketed_acronym",
  reason: "the employer keeps the acronym bracketed after its name",
  label: "l’employeur garde le sigle entre parenthèses (« Mutuelle … (MCR) ») : l’enlever ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => BRACKETED_ACRONYM_AT_THE_END.test(r.company.trim()),
};
export const COMPANY_FOLLOWED_BY_AN_ASIDE: Doubt = {
  id: "company_followed_by_an_aside",
  reason: "an aside right after the employer says something of its name",
  label: "une incise suit l’employeur (« C — le nom commercial de la manufacture — ») : est-ce son nom ?",
  penalty: HOLD_FOR_REVIEW,
  applies: companyFollowedByAnAside,
};
export const VICE_PRESIDENT_WITHOUT_ITS_DEPARTMENT: Doubt = {
  id: "vice_president_without_its_department",
  reason: "the vice president's department follows after a comma",
  label: "le département suit le titre après une virgule (« vice president, engineering ») : le garder ?",
  penalty: HOLD_FOR_REVIEW,
  applies: vicePresidentWithoutItsDepartment,
};
// "Le groupement des sous-traitants de la Vairelle a élu X président" read at "Vairelle": the one-word
// employer is written, in the person's sentence, as the complement of a common noun that the title
// does not hold ("… des sous-traitants de la C", "la filière bois du C"); a firm's name takes no article,
// a place's does, so the employer is more likely the body the noun phrase names. Over every record
// real1–real76 read (any confidence) it fired on 10 wrong and 1 right, on records published 1 wrong, 0 right.
const COMMON_NOUN_THEN_ARTICLE = String.raw`(?<![\p{L}])(\p{Ll}[\p{L}-]{2,})\s+(?:de la |du |de l['’]|des )`;
const ARTICLES_BEFORE_THE_PLACE = ["de la ", "du ", "de l'", "de l’", "des "];
function companyIsThePlaceOfABody(record: DoubtSubject): boolean {
  const company = record.company.trim();
  // an acronym takes the article too ("le conseil d'administration de la MNSP") and is no place
  if (!record.paragraph || !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(company)) return false;
  const sentence = sentenceNaming(record);
  // the pattern spells the name as written, right after the article: a sentence without them is
  // answered without a pattern compiled for the name (asked of every record)
  if (!ARTICLES_BEFORE_THE_PLACE.some((article) => sentence.includes(`${article}${company}`))) return false;
  const found = compiledPattern(
    `${COMMON_NOUN_THEN_ARTICLE}${escapeRegExp(company)}(?![\\p{L}\\p{N}'’-])`,
    "u",
  ).exec(sentence);
  return found !== null && !record.role.toLowerCase().split(/\s+/u).includes(found[1]!);
}

// "Hallbrook's French subsidiary has hired X as …" read "Hallbrook's French": an English possessive
// inside the employer ends the house's name, and what follows it is the unit the sentence speaks of.
// Over every record real1–real76 read it fired on none (a name ending on the possessive, an auction
// house's "Heathcote's", is left alone).
const POSSESSIVE_INSIDE = /\p{L}['’]s\s+\S/u;

// "X est nommé chef de service de la police municipale de Saint-Aubrelle" read as "chef de service de la
// police municipale" at "Saint-Aubrelle": the title ends on a body of local government (a noun and
// "municipal", "départemental", "régional" …), and the employer read is a bare place name, the town
// or region the body serves. The labels write the body as the employer ("police municipale de C",
// "patinoire municipale de C", "chambre régionale des comptes de C"), which the readers cannot
// build when the text names the place elsewhere ("Ormeville : X … à la direction de la police
// municipale"). Over every record of the 102 corpora (session 26) it fired on 8 wrong and no right
// one; on records published, 3 wrong (real87) and none right.
const LOCAL_BODY_NOUNS = new Set([
  ...PLACE_BODIES,
  "police",
  "fourrière",
  "direction",
  "service",
  "conseil",
  "section",
  "unité",
]);
const LOCAL_BODY_AT_THE_END =
  /(?:^|\s)(?:de la|du|de l['’]|des)\s*([\p{Ll}-]+)\s+(?:municipale?s?|municipaux|communale?s?|communaux|intercommunale?s?|intercommunaux|départementale?s?|départementaux|régionale?s?|régionaux|métropolitaine?s?)(?:\s+[\p{Ll}'’-]+){0,3}$/u;
// a name with no lower-case word of its own (its particles aside): a place's, not a body's
const LOWER_NOUN_IN_NAME = /(?:^|\s)\p{Ll}[\p{Ll}-]{3,}/u;
const NAME_PARTICLES = /(?:^|\s)(?:de|du|des|la|le|les|et|sur|en|lès|aux?)(?=\s)/gu;
function roleEndsOnALocalBody(record: DoubtSubject): boolean {
  const body = LOCAL_BODY_AT_THE_END.exec(record.role.trim())?.[1];
  const company = record.company.trim();
  return (
    body !== undefined &&
    LOCAL_BODY_NOUNS.has(body) &&
    company !== "" &&
    !LOWER_NOUN_IN_NAME.test(company.replace(NAME_PARTICLES, " "))
  );
}
// "X quitte la direction de l'usine C de Lorchamp pour prendre celle du site D d'Ormeville": the post
// taken is the direction of a body of the new house ("celle du site …"), while the title read is the
// one left, its own body and place with it. Over every record of the 102 corpora (session 26) it
// fired on one, real87's, wrong and published: no evidence beyond the corpus that taught it, but
// it holds nothing else.
function samePostAtABody(record: DoubtSubject): boolean {
  const company = record.company.trim();
  if (!record.paragraph || company === "" || !/(?:celle|celui)s?\s/u.test(record.paragraph)) return false;
  return compiledPattern(
    `(?<![\\p{L}])(?:celle|celui|celles|ceux)\\s+(?:du|de la|de l['’]|des)\\s*\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2}\\s+${escapeRegExp(company)}`,
    "u",
  ).test(record.paragraph);
}
export const SAME_POST_AT_A_BODY: Doubt = {
  id: "same_post_at_a_body",
  reason: "the post taken is that of a body of the new house, the title read is the one left",
  label:
    "le poste pris est celui d’un site ou service de la nouvelle maison (« prendre celle du site … ») : la fonction lue est celle quittée",
  penalty: HOLD_FOR_REVIEW,
  applies: samePostAtABody,
};
export const ROLE_ENDS_ON_A_LOCAL_BODY: Doubt = {
  id: "role_ends_on_a_local_body",
  reason: "the title ends on a body of local government and the employer read is a place",
  label:
    "la fonction se termine par un service local (« … de la police municipale ») et l’employeur lu est un lieu : l’employeur est-il ce service ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => !r.known && roleEndsOnALocalBody(r),
};
export const COMPANY_IS_THE_PLACE_OF_A_BODY: Doubt = {
  id: "company_is_the_place_of_a_body",
  reason: "the employer is written as the place of a body the sentence names",
  label:
    "l’employeur est écrit comme le lieu d’un organisme (« le groupement des … de la C ») : l’employeur est-il cet organisme ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => !r.known && companyIsThePlaceOfABody(r),
};
export const COMPANY_RUNS_PAST_A_POSSESSIVE: Doubt = {
  id: "company_runs_past_a_possessive",
  reason: "the employer runs past an English possessive",
  label: "l’employeur continue après un possessif anglais (« C's UK … ») : le nom s’arrête-t-il avant ?",
  penalty: HOLD_FOR_REVIEW,
  applies: (r) => POSSESSIVE_INSIDE.test(r.company.trim()),
};
// Session 23's doubts on the families of records published wrong: each sends a record to review and
// never removes one, so the slot reader does not count them against its own readings (slot-reader.ts).
export const WRONG_PUBLISHED_FAMILY_DOUBTS: readonly Doubt[] = [
  COMPANY_IS_THE_ACRONYM_AFTER_A_NAME,
  ROLE_HOLDS_THE_EMPLOYERS_NAME,
  ROLE_RETITLED_IN_THE_NEXT_SENTENCE,
  ROLE_MISSES_THE_BOARD_POINTED_BACK,
  ROLE_BARE_MEMBER_OF_A_BOARD_NAMED,
  COMPANY_KEEPS_ITS_BRACKETED_ACRONYM,
  COMPANY_FOLLOWED_BY_AN_ASIDE,
  VICE_PRESIDENT_WITHOUT_ITS_DEPARTMENT,
  COMPANY_IS_THE_PLACE_OF_A_BODY,
  COMPANY_RUNS_PAST_A_POSSESSIVE,
  ROLE_ENDS_ON_A_LOCAL_BODY,
  SAME_POST_AT_A_BODY,
];

export const DOUBTS: readonly Doubt[] = [
  PUBLIC_BODY_OR_HOUSE,
  READ_BY_SLOTS,
  COMPANY_FROM_ANAPHOR,
  CAPITALISED_UNASSIGNED,
  WORD_AFTER_A_SLOT,
  READINGS_NEST,
  ROLE_HEAD_UNKNOWN,
  ROLE_POINTS_BACK,
  ROLE_BARE_ARTICLE,
  COMPANY_KEEPS_AN_ARTICLE,
  {
    id: "formula",
    reason: "a field starts like a spreadsheet formula",
    label: "un champ commence comme une formule de tableur (= + - @)",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => [r.person, r.company, r.role].some((value) => FORMULA_START.test(value)),
  },
  {
    id: "company_common_word",
    reason: "company is a common French word",
    label: "l’entreprise est un mot courant",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && isCommonWordCompany(r.company),
  },
  {
    id: "company_names_person",
    reason: "company holds the person's name",
    label: "l’entreprise porte le nom de la personne",
    penalty: HOLD_FOR_REVIEW,
    applies: companyNamesPerson,
  },
  {
    // "prend la présidence du comité d'organisation de l'Open de C": an event's organising committee
    // is a body of its own, which the press gives as the employer ("président du comité
    // d'organisation de l'Open de C") as often as the event; an editor says which
    id: "role_organising_committee",
    reason: "role names an organising committee, which may be the employer",
    label: "le poste nomme un comité d’organisation, qui est peut-être l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => /(?<![\p{L}])comité d['’]organisation(?![\p{L}])/iu.test(r.role),
  },
  {
    // "J.-M. Vallorcine": a person known by initials alone is matched to no one across issues (the
    // directory keys people by name); an editor writes the first name out before it is published
    id: "person_first_name_initials",
    reason: "the person's first name is given as initials only",
    label: "le prénom n’est donné qu’en initiales : l’écrire en entier",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => /^(?:\p{Lu}\.-)*\p{Lu}\.\s/u.test(r.person),
  },
  {
    id: "company_looks_like_person",
    reason: "company looks like a person's name",
    label: "l’entreprise ressemble à un nom de personne",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyLooksLikeAPerson(r.company),
  },
  {
    id: "role_adverbial",
    reason: "role opens with an adverbial phrase",
    label: "la fonction commence par un complément (date, adverbe)",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => ADVERBIAL_START.test(r.role),
  },
  {
    id: "role_clause",
    reason: "role runs into another clause",
    label: "la fonction déborde sur une autre proposition",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => CLAUSE_INSIDE.test(r.role),
  },
  {
    id: "company_clause",
    reason: "employer runs into another clause",
    label: "l’employeur déborde sur une autre proposition (« C en venant de D ») : le couper",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && COMPANY_CLAUSE.test(r.company),
  },
  {
    id: "role_too_long",
    reason: "role is unusually long",
    label: "fonction anormalement longue",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) =>
      r.role.length > MAX_ROLE_CHARACTERS || r.role.trim().split(/\s+/u).length > MAX_ROLE_WORDS,
  },
  {
    id: "company_cut_short",
    reason: "company name may run on in the text",
    label: "le nom de l’entreprise semble se prolonger dans le texte",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => (!r.known && (companyCutShort(r) || lowerCaseNameCutShort(r))) || longerNameKnown(r),
  },
  {
    id: "company_off_its_name",
    reason: "company read after a person's title or an institution's noun",
    label: "l’entreprise suit un titre de personne ou le nom d’un établissement",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyReadOffItsName(r),
  },
  {
    id: "role_is_a_name",
    reason: "role is a proper name, not a title",
    label: "la fonction est un nom propre, pas un titre",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => roleIsAName(r.role),
  },
  {
    id: "title_gender",
    reason: "title gender differs from the first name",
    label: "le genre du titre ne correspond pas au prénom",
    penalty: HOLD_FOR_REVIEW,
    applies: titleDisagreesWithName,
  },
  {
    id: "title_gender_guessed",
    reason: "title gender guessed: the text writes no title and the first name tells no gender",
    label: "le genre du titre est deviné : le texte ne l’écrit pas et le prénom ne le dit pas",
    penalty: HOLD_FOR_REVIEW,
    applies: titleGenderGuessed,
  },
  {
    id: "role_cut_short",
    reason: "role may be cut short",
    label: "la fonction semble tronquée",
    penalty: HOLD_FOR_REVIEW,
    applies: roleCutShort,
  },
  {
    id: "role_clause_words",
    reason: "role holds words no title holds",
    label: "la fonction contient des mots qui ne sont pas d’un titre (verbe, pronom, conjonction)",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => roleHoldsClauseWords(r.role),
  },
  {
    id: "role_territory_said_twice",
    reason: "a territorial title's region said again after 'pour'",
    label: "le territoire est dit deux fois (« régionale … pour la Lorvanne ») : fait-il partie du titre ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => TERRITORY_SAID_TWICE.test(r.role),
  },
  {
    id: "role_ends_on_a_place_body",
    reason: "role ends on a body named after the place read as employer",
    label: "la fonction finit par un établissement dont le lieu a été pris pour l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: roleEndsOnAPlacesBody,
  },
  {
    id: "role_plural",
    reason: "role is a plural title shared by a list",
    label: "la fonction est au pluriel (partagée par une liste)",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => PLURAL_TITLE.test(r.role),
  },
  {
    id: "company_descriptor_acronym",
    reason: "company opens with the acronym of its descriptor",
    label: "l’entreprise commence par le sigle de sa description (« RH », « BTP »)",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithDescriptorAcronym(r),
  },
  {
    id: "company_opens_with_grammar",
    reason: "company opens with a preposition or a pronoun",
    label: "l’entreprise commence par une préposition ou un pronom",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithGrammar(r),
  },
  PERSON_LIKE_AN_INSTITUTION,
  {
    id: "appointer_not_employer",
    reason: "the sentence's subject appoints the person but another name was read as employer",
    label: "la phrase nomme la personne au nom d’un autre employeur que celui retenu",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && appointerIsNotTheEmployer(r),
  },
  {
    id: "past_event_recalled",
    reason: "the sentence recalls a past appointment",
    label:
      "la phrase rappelle une nomination passée (plus-que-parfait, « depuis la nomination de ») : est-ce un mouvement ?",
    penalty: HOLD_FOR_REVIEW,
    applies: pastEventRecalled,
  },
  {
    id: "en_points_elsewhere",
    reason: '"en" points back to something other than the opening name',
    label:
      "« en » renvoie peut-être à autre chose que l’entreprise citée en tête : vérifier l’employeur et le poste",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) =>
      hasNote(r.reasons, NOTES.companyFromSentenceOpening) && EN_BEFORE_THE_VERB.test(clauseAfterPerson(r)),
  },
  {
    id: "inferred_employer_but_house_in_apposition",
    reason: "employer taken from elsewhere while the person's apposition names the house they are at",
    label:
      "employeur repris d’une autre phrase alors que l’apposition de la personne nomme la maison où elle est (« actuelle directrice de C, en devient … ») : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: inferredButHouseInApposition,
  },
  {
    id: "inferred_employer_but_sentence_opens_on_a_name",
    reason: "employer taken from elsewhere while the sentence opens on a name of its own",
    label:
      "employeur repris d’une autre phrase alors que la phrase s’ouvre sur un nom (« C, nouvelle directrice : X ») : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: inferredButSentenceOpensOnAName,
  },
  {
    id: "company_article_dropped",
    reason: "company is written with its article elsewhere",
    label: "le nom s’écrit ailleurs avec son article (« Les … », « des … ») : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyArticleDropped(r),
  },
  {
    id: "company_heading_runs_on",
    reason: "the heading names the employer further",
    label: "l’intitulé en tête prolonge le nom de l’employeur jusqu’aux deux-points",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && headingRunsOn(r),
  },
  {
    id: "company_is_a_sector",
    reason: "company is the acronym of a sector",
    label: "l’employeur est le sigle d’un secteur (« BTP », « ESN ») : le nom est ailleurs",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) =>
      !r.known && (SECTOR_ACRONYMS.has(r.company.trim()) || DESCRIPTOR_ACRONYMS.has(r.company.trim())),
  },
  {
    id: "role_opens_with_preposition",
    reason: "role opens with a preposition",
    label:
      "la fonction commence par une préposition (« à titre de », « au poste de », « to ») : la raccourcir",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => ROLE_OPENS_WITH_PREPOSITION.test(r.role.trim()),
  },
  {
    id: "press_title_without_article",
    reason: "newspaper named without its article",
    label: "titre de presse sans son article (« Le Courrier de … ») : vérifier le nom",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && pressTitleWithoutArticle(r.company),
  },
  {
    id: "company_opens_with_descriptor",
    reason: "company opens with a lower-case descriptor",
    label: "l’employeur commence par un nom commun (« l’assureur-crédit … ») : garder le seul nom",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithADescriptor(r.company),
  },
  {
    id: "house_described_after_one_named",
    reason: "company is a house described after one the paragraph names",
    label:
      "l’employeur est une maison décrite (« la maison familiale de … ») après une autre nommée : vérifier laquelle",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && houseDescribedAfterOneNamed(r),
  },
  {
    id: "body_named_in_lower_case",
    reason: "company is a body named all in lower case",
    label:
      "l’employeur est un organisme écrit en minuscules (« syndicat national des … ») : vérifier où finit son nom",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && LOWER_BODY_NAME.test(r.company.trim()),
  },
  {
    id: "company_is_a_place",
    reason: "company is a place",
    label: "l’employeur est un lieu : l’établissement qui s’y trouve est à nommer",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) =>
      !r.known && (companyIsAPlace(r.company) || companySetAsAPlace(r) || companyWrittenAsATerritory(r)),
  },
  {
    id: "role_holds_an_administration",
    reason: "a territorial title keeps the administration it heads",
    label:
      "la fonction contient le nom de l’administration (« directeur départemental des finances publiques ») : l’employeur est cette administration",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => TERRITORIAL_TITLE_WITH_BODY.test(r.role),
  },
  {
    id: "company_opens_with_a_title",
    reason: "company opens with a title or a former employer mark",
    label: "l’employeur commence par un titre ou « Ex- » (« Fondateur de … ») : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithATitleOrEx(r.company),
  },
  {
    id: "role_colloquial",
    reason: "role is a familiar word, not a title",
    label: "la fonction est un mot familier (« patron »), pas le titre : le préciser",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => COLLOQUIAL_TITLES.has(foldWord(r.role.trim().split(/\s+/u)[0] ?? "")),
  },
  {
    id: "role_english_scope",
    reason: "role ends on the region it covers",
    label: "la fonction porte son périmètre (« for France ») : le garder ou non",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => ENGLISH_SCOPE.test(r.role),
  },
  {
    id: "role_then_board_seat",
    reason: "a board seat follows the title",
    label: "un siège (« et membre du comité … ») suit le titre : l’inclure ou non",
    penalty: HOLD_FOR_REVIEW,
    applies: roleThenBoardSeat,
  },
  {
    id: "group_may_be_the_parent",
    reason: "the employer is named as the group and the issue names a parent",
    label:
      "l’employeur est désigné comme « le groupe » et le numéro cite une maison mère : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && groupMayBeTheParent(r),
  },
  {
    id: "company_spelt_otherwise",
    reason: "the issue spells the company otherwise more often",
    label: "le numéro écrit plus souvent ce nom autrement (coquille ?) : vérifier l’orthographe",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companySpeltOtherwise(r),
  },
  {
    id: "company_spelt_two_ways",
    reason: "the issue writes the company's whole name again with one word spelt otherwise",
    label:
      "le numéro écrit ce nom en entier une autre fois avec un mot orthographié autrement (« Swing » / « Swingue ») : laquelle est la bonne ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => {
      const text = r.issueText ?? r.sectionText;
      return !r.known && text !== undefined && nameWrittenWithOneWordVaried(r.company, text);
    },
  },
  {
    id: "mandate_renewed",
    reason: "a mandate renewed in the same post",
    label: "mandat reconduit dans le même poste",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => r.paragraph !== undefined && RENEWED.test(r.paragraph) && RENEWED.test(sentenceNaming(r)),
  },
  {
    id: "company_opens_on_no_name",
    reason: "the employer read opens on a preposition or a trade noun",
    label:
      "le nom de l’employeur commence par une préposition ou un métier (« At C », « Screen-printer C ») : le corriger",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => COMPANY_OPENS_ON_NO_NAME.test(r.company),
  },
  {
    id: "interim_chair_elected",
    reason: "an interim chair elected until an election",
    label: "président élu par intérim en attendant une élection : est-ce un mouvement ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => INTERIM_CHAIR.test(r.role.trim()) && ELECTED.test(sentenceNaming(r)),
  },
  {
    id: "interim_post",
    reason: "the post is held by interim",
    label: "poste tenu par intérim : est-ce un mouvement ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => INTERIM_POST.test(r.role),
  },
  {
    id: "post_over_bodies_named_before",
    reason: "the post is over bodies named before (a plural possessive)",
    label: "le poste porte sur des établissements cités avant (« à leur direction ») : compléter la fonction",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => PLURAL_POSSESSIVE_POST.test(sentenceNaming(r)),
  },
  {
    id: "inferred_employer_but_own_body",
    reason: "employer taken from elsewhere while the person's clause names a body",
    label:
      "employeur repris d’une autre phrase alors que la phrase de la personne nomme un organisme : vérifier l’employeur",
    penalty: HOLD_FOR_REVIEW,
    applies: ownClauseNamesAnotherBody,
  },
  {
    id: "inferred_employer_group_or_subsidiary",
    reason: "employer taken from elsewhere, group and subsidiary both named",
    label: "employeur repris d’une autre phrase, le groupe et sa filiale sont tous deux cités : lequel ?",
    penalty: HOLD_FOR_REVIEW,
    applies: inferredSubsidiaryOrGroup,
  },
  {
    id: "role_from_a_later_sentence",
    reason: "title read from a later sentence while the first names another",
    label:
      "fonction lue dans une phrase suivante (parcours ?) alors que la première phrase en donne une autre",
    penalty: HOLD_FOR_REVIEW,
    applies: roleFromALaterSentence,
  },
  {
    id: "role_is_the_apposition",
    reason: "the title read is the one in apposition after the name while another follows",
    label:
      "la fonction retenue est celle en apposition après le nom (poste actuel ?) alors qu’un autre titre suit : lequel est le nouveau ?",
    penalty: HOLD_FOR_REVIEW,
    applies: roleIsTheApposition,
  },
  {
    id: "apposition_before_replacement",
    reason:
      "the title and employer read are the apposition after an appointed name, before whom they replace",
    label:
      "la fonction et l’employeur lus sont l’apposition après le nom (« a élu X, directeur de C, en remplacement de Y ») : quel est le nouveau poste ?",
    penalty: HOLD_FOR_REVIEW,
    applies: appositionBeforeReplacement,
  },
  {
    id: "role_names_the_employer",
    reason: "the title ends on the employer's own head noun",
    label:
      "la fonction se termine par le nom de l’employeur (« directeur de la clinique ») : la raccourcir ?",
    penalty: HOLD_FOR_REVIEW,
    applies: roleNamesTheEmployersHead,
  },
  {
    id: "bare_chief_of_a_lower_case_body",
    reason: "a bare chief's title over a body named in lower case",
    label:
      "« chef » seul devant un organisme écrit en minuscules (« chef du centre de … ») : la fonction est-elle « chef du centre » ?",
    penalty: HOLD_FOR_REVIEW,
    applies: bareChiefOfALowerCaseBody,
  },
  {
    id: "company_descriptor_before_brand",
    reason: "a descriptor runs into a brand's name",
    label:
      "l’employeur joint une description (« association de dialyse ») au nom d’une marque : garder le seul nom ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyRunsADescriptorIntoABrand(r.company),
  },
  {
    id: "company_opens_with_a_street_name",
    reason: "the employer opens on the name of a street or square",
    label: "l’employeur commence par le nom d’une rue ou d’une place (« place Vendôme ») : le retirer",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithAStreetName(r),
  },
  {
    id: "role_not_the_predecessors",
    reason: "the person succeeds a titled predecessor and another title was read",
    label: "la personne succède à un prédécesseur dont le titre est donné : le poste est-il le sien ?",
    penalty: HOLD_FOR_REVIEW,
    applies: roleIsNotThePredecessors,
  },
  {
    id: "inferred_employer_not_the_nearest_subject",
    reason: "the employer was inferred, and the sentence before opens on another house",
    label:
      "employeur déduit d’une phrase précédente, mais la phrase juste avant parle d’une autre maison : laquelle ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && inferredEmployerNotTheNearestSubject(r),
  },
  {
    id: "company_descriptor_written_lower_elsewhere",
    reason: "the section writes the employer's first word in lower case, as a descriptor",
    label:
      "la rubrique écrit ailleurs le premier mot de l’employeur en minuscule (« la verrerie … ») : garder le seul nom ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyOpensWithADescriptorWrittenLowerElsewhere(r),
  },
  {
    id: "company_short_of_a_name_written_out",
    reason: "the section writes the employer out in full",
    label:
      "la rubrique écrit ailleurs le nom complet de l’employeur (« Parc national des … ») : le reprendre ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyShortOfANameWrittenOut(r),
  },
  {
    id: "company_is_a_mover",
    reason: "the employer is the subject of a verb only a person takes",
    label: "l’employeur est le sujet de « prend la tête », « succède », « est nommé » : c’est une personne",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && companyIsAMover(r),
  },
  {
    id: "role_scope_fronted",
    reason: "the sentence opens on the board the title belongs to",
    label: "la phrase commence par l’instance (« Au conseil de surveillance, … ») : l’ajouter au titre ?",
    penalty: HOLD_FOR_REVIEW,
    applies: roleMissesAFrontedBoard,
  },
  COMPANY_WRITTEN_AFTER_LES,
  COMPANY_ONLY_AFTER_AN_ARTICLE,
  {
    id: "past_move_in_a_relative",
    reason: "a relative clause tells a move dated before the news",
    label:
      "une relative raconte un mouvement daté d’avant (« Y, qui a rejoint en septembre C ») : est-ce une nouvelle ?",
    penalty: HOLD_FOR_REVIEW,
    applies: pastMoveInARelative,
  },
  {
    id: "role_holds_a_second_person",
    reason: "the role holds another person and their title",
    label:
      "la fonction contient une autre personne et son titre (« … et Léa B directrice juridique ») : la couper",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => roleHoldsASecondPerson(r.role),
  },
  ROLE_UNITS_BY_POSSESSIVE,
  {
    id: "role_honorary",
    reason: "the role is an honorary title",
    label: "la fonction est un titre honorifique (« président d’honneur ») : est-ce un mouvement ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => HONORARY_TITLE.test(r.role),
  },
  {
    id: "press_article_lower_case",
    reason: "the newspaper's article is written in lower case",
    label:
      "l’article du titre de presse est écrit en minuscule (« de l’Hebdo de … ») : le garder dans le nom ?",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => !r.known && pressArticleWrittenLowerCase(r),
  },
  ROLE_ENGLISH_UNIT_BY_POSSESSIVE,
  {
    id: "company_opens_with_item_number",
    reason: "the employer opens with an item's number",
    label: "l’employeur commence par le numéro d’un élément de liste (« 2/ … ») : le nom est à relire",
    penalty: HOLD_FOR_REVIEW,
    applies: (r) => ITEM_NUMBER_OPENING.test(r.company.trim()),
  },
  {
    id: "title_agrees_in_part",
    reason: "the title agrees with the mover in part only",
    label:
      "la fonction n’est accordée qu’en partie (« directrice administrative et financier ») : laquelle garder ?",
    penalty: HOLD_FOR_REVIEW,
    // a feminine title whose coordinated adjective stayed masculine: neither the written title nor its
    // agreement ("Directeur administratif et financier : Raphaëlle …" is kept as written by some editors)
    applies: (r) => /(?:rice|ive|ière|elle|euse)\s+et\s+\p{Ll}+(?:ier|if|el|eur)$/u.test(r.role.trim()),
  },
  {
    id: "company_is_a_rubric",
    reason: "the employer is the rubric that opens the item",
    label: "l’employeur est la rubrique qui ouvre l’élément (« Startups : C … ») : le nom est à relire",
    penalty: HOLD_FOR_REVIEW,
    applies: companyIsARubric,
  },
  {
    id: "field_runs_past_its_text",
    reason: "a field runs past a stop, a bullet or a separator into the next text",
    label:
      "un champ déborde sur le texte suivant (point collé, puce, point-virgule, « (promu) ») : le couper",
    penalty: HOLD_FOR_REVIEW,
    applies: fieldRunsPastItsText,
  },
  ...WRONG_PUBLISHED_FAMILY_DOUBTS,
];

/** The doubts a finished record raises, in table order. */
export function doubtsAbout(record: DoubtSubject): Doubt[] {
  return DOUBTS.filter((doubt) => doubt.applies(record));
}
