// Doubts: checks on a finished record that catch the shapes a clause pattern gets wrong on text
// it has never seen (a common word taken for a company, the person taken for the company, an
// adverb or the next clause kept in the role). Each is a typed row: the reason carried in the
// record (English, the JSON contract's), the French label the admin shows, and a penalty large
// enough to keep the record out of automatic publication (AUTO_PUBLISH_CONFIDENCE, 0.8 by
// default): a record with a doubt is read by an editor before it is published.

import { isFrenchWord } from "./french-words.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { DEPARTMENT_WORDS, FIRST_NAMES, foldWord, MONTH, ROLE_WORDS } from "./lexicon.ts";
import { companyKey, personKey } from "./names.ts";

export interface DoubtSubject {
  person: string;
  company: string;
  role: string;
  /** The paragraph the record was read from, for doubts that look at what follows the role. */
  paragraph?: string;
  /** The company is a name or alias the directory knows (gazetteer.ts): a name, whatever it spells. */
  known?: boolean;
}

export interface Doubt {
  id: string;
  reason: string;
  label: string;
  penalty: number;
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
  return isFrenchWord(word);
}

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
  String.raw`^(?:en outre|de justesse|à la même date|à cette date|à cette occasion|par ailleurs|également|aussi|désormais|dès|à compter|à partir|depuis|le \d+(?:er)?|au \d+(?:er)?|en (?:${MONTH}|\d{4})|officiellement|de nouveau|à nouveau|pour sa part|quant à|enfin|ensuite|alors|donc|ainsi|toutefois|cependant)(?![\p{L}])`,
  "iu",
);

// A verb or a subject pronoun inside the role: it ran into the next clause ("… président du
// conseil et le directeur financier Paul Girard devient …").
const CLAUSE_INSIDE =
  /(?<![\p{L}'’])(?:est|sont|sera|seront|était|a été|devient|deviendra|rejoint|rejoindra|succède|succédera|remplace|remplacera|prend|prendra|quitte|quittera|nomme|annonce|recrute|il|elle|ils|elles|tandis|alors qu|lequel|laquelle)(?![\p{L}])/iu;

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
  if (MASCULINE_HEAD.test(head)) return hasFeminineFirstName(person);
  return false;
}

// "directrice" read from "directrice de la banque de détail de Banque Aldéric": a bare title head
// whose text goes on with a lower-case complement was cut short by a descriptor-looking word.
function roleCutShort(record: DoubtSubject): boolean {
  const role = record.role.trim();
  if (!record.paragraph || role.includes(" ") || !/^\p{Ll}/u.test(role)) return false;
  const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:de la|de l['’]|du|des|d['’])\\s*\\p{Ll}`, "u").test(
    record.paragraph,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "Hydrolor" read from "Hydrolor Solaire", "CHU" from "CHU de Valmoray", "Énergies Citoyennes" from
// "Énergies Citoyennes de la Vesle": somewhere the paragraph runs the name on into another
// capitalised word, so the name read may be cut short.
function companyCutShort(record: DoubtSubject): boolean {
  if (!record.paragraph || !record.company.trim()) return false;
  const runsOn = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(record.company)}\\)?(?:\\s+\\p{Lu}[\\p{L}-]|\\s+(?:de la|de l['’]|du|de|d['’])\\s*\\p{Lu}\\p{Ll})`,
    "u",
  );
  return runsOn.test(record.paragraph);
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
  const of = /([\p{L}-]+)\s+(?:de la|de l['’]|du|de|d['’])\s*$/u.exec(before);
  if (!of) return false;
  const word = of[1]!;
  // "Chief Marketing Officer de Lumen": a title word closes the title read, not another name
  if (ROLE_WORDS.has(foldWord(word))) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return !/^(?:Chez|Groupe|Group|Caisse|Banque)$/u.test(word);
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
  return !isFrenchWord(first) && !/^(?:Head|Chief|Vice|Senior|Global|Managing|Country|Lead)$/u.test(first);
}

// "directrice en charge des achats, de la logistique et des partenariats" (11 words) is whole
const MAX_ROLE_WORDS = 14;
const MAX_ROLE_CHARACTERS = 110;

export const DOUBTS: readonly Doubt[] = [
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
    applies: (r) => !r.known && companyCutShort(r),
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
    id: "role_cut_short",
    reason: "role may be cut short",
    label: "la fonction semble tronquée",
    penalty: HOLD_FOR_REVIEW,
    applies: roleCutShort,
  },
];

/** The doubts a finished record raises, in table order. */
export function doubtsAbout(record: DoubtSubject): Doubt[] {
  return DOUBTS.filter((doubt) => doubt.applies(record));
}
