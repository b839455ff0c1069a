// The clause shapes where the employer is the subject and the person its object: "C nomme X
// directrice marketing", "C accueille X et Y comme associés", "C annonce l'arrivée de X", and
// the lists after a colon ("C recrute deux profils seniors : A, …, et B, …").

import { allMatches } from "./all-matches.ts";
import { type ClauseReading, kindOfShape, type Match, type Shape } from "./clause-move.ts";
import {
  companyBeforeVerb,
  employerRightAfter,
  introducedRole,
  isDescribedObject,
  isFemininePerson,
  isLedUnitPost,
  leadershipRole,
  looksLikeTitle,
  namedLikeAPerson,
  nextMentionStart,
  objectAfter,
  ownEmployer,
  roleAfter,
  singularTitle,
  titleFor,
  titleGuessed,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { hasFeminineFirstName, hasMasculineFirstName, headOfLedPost, writtenTitleFor } from "./gender.ts";
import {
  ENGLISH_TITLE_HEADS,
  OFFICE_HEAD_NOUNS,
  TITLE_ACRONYMS,
  TITLE_HEAD_VOCABULARY,
  TITLE_HEADS,
} from "./lexicon/titles.ts";
import { foldWord, HONORIFIC } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { HOLDER_ORIGIN, type RolePhrase, readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";
import { ANNOUNCES, APPOINTS, LISTED_TITLE, WELCOMES } from "./verb-patterns.ts";

// "recrute un animateur, X", "accueille une conservatrice : X", "nomme commissaire générale X": a
// post the employer announces right before its holder, where nothing but a title stands. There a
// title's head the role classes (roles.ts) rank nowhere still names the post: any head of the
// wider vocabulary of titles (lexicon/titles.ts TITLE_HEAD_VOCABULARY) is read, held for review
// (note(NOTES.newShape)) until measured.
function opensOnATitleHead(title: string): boolean {
  const head = foldWord(title.trim().split(/\s+/u)[0] ?? "");
  return TITLE_HEAD_VOCABULARY.has(head) && !NO_POST_ALONE.has(head);
}
// heads of the wider vocabulary that name no post on their own ("deux nouveaux membres", "un cadre")
const NO_POST_ALONE = new Set("membre cadre premier premiere haut haute senior junior general".split(" "));
// one post announced ("un animateur,"), not a list's shared word; "sa nouvelle déléguée générale,
// X" is the title opener's (fronted-clauses.ts), which reads it as well as measured
const ONE_POST = /^\s*(?:un|une)\s/u;
// "accueille deux nouvelles formatrices permanentes, A et B": a counted list's plural post, its head
// one of the wider vocabulary's (held for review as any title the role classes do not know)
const COUNTED_POSTS = /^\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s/u;

// "recrute sa déléguée générale, X", "se dote de son directeur technique : X": a hiring verb's
// possessive post before its holder is the post the house fills (after "promeut son adjoint, X" or
// "débauche chez D son directeur commercial, X" it is the post held until now, so only the verbs
// that bring someone in read it)
// ("recrute sa future directrice des achats : X": the post's tense is no part of its title)
const OWN_POST_THEN_HOLDER =
  /^\s*(?:son|sa|leur)\s+(?:(?:futur|future|prochain|prochaine|nouveau|nouvel|nouvelle)\s+)?([\p{Ll}][\p{Ll}\s'-]{1,40}?)\s*(?::|,(?=\s*\p{Lu}[\p{Ll}\p{Lu}-]+\s+\p{Lu}))\s*/u;
const BRINGS_IN =
  /^(?:recrut|a recruté|ont recruté|accueill|a accueilli|ont accueilli|engag|a engagé|embauch|a embauché|se dot|s'est doté|se dotera)/iu;

// "a élu à sa coprésidence A, fondatrice de C, et B, CEO de D", "porte à sa présidence A, PDG de
// C": the seat comes before the people, and what follows each name is the job they keep.
// "porte à sa tête X": a body carries its chair there as well (after "nomme à sa tête X" the post
// is a company's head, often its chief executive: not read here)
const FRONTED_SEAT = /^\s*à (?:sa|la|leur) (co|vice-)?présidence\s+/u;
const CARRIED_TO_ITS_HEAD = /^\s*à (?:sa|leur) tête\s+/u;
const ANOTHER_SEAT_HOLDER = new RegExp(
  String.raw`^\s*(?:,[^,.;:]*)?,?\s*et\s+(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);

function seatHolders(sentence: string, mentions: PersonMention[], from: number): PersonMention[] {
  const people: PersonMention[] = [];
  let at = from;
  for (const mention of mentions) {
    // the first holder stands where the verb's object does, right after the seat: a name there is
    // someone whatever their first name ("porte à sa présidence Maialen Etxeberri"), as objectAfter reads
    if (mention.start < at || (people.length > 0 && !isConfidentPerson(mention))) continue;
    const between = sentence.slice(at, mention.start);
    const joined = people.length === 0 ? /^\s*$/u : ANOTHER_SEAT_HOLDER;
    if (!joined.test(between)) break;
    people.push(mention);
    at = mention.end;
  }
  return people;
}

// "l'arrivée de A, ex-C, comme associé, et de B, en provenance de D, comme counsel": after the
// first person's apposition, "et de" brings the next object of the same verb.
const AND_OF = new RegExp(
  String.raw`^[^.;:]{0,160}?,?\s+et\s+(?:de\s+|d['’]\s*)(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);
// "accueille A comme R1 et B comme R2", "nomme A, B": the next object of the same verb.
const NEXT_OBJECT = new RegExp(String.raw`^\s*(?:,\s*|,?\s*(?:et|and)\s+)(?:(?:${HONORIFIC})\s+)?$`, "u");

// "has elected A as president and B as treasurer", "accueille A comme R1 et B comme R2": a name after
// "and", "et" or a comma that its own introducer follows opens the next object, known first name or
// not; the title before it stops there
const PARALLEL_BEFORE = /(?:,|\s(?:and|et))\s+(?:(?:M\.|Mme|Mr|Mrs|Ms|Dr|Me|Pr)\s+)?$/u;
const PARALLEL_AFTER = /^\s+(?:as|comme|en tant que|en qualité de)\s/u;

function parallelObjectStart(sentence: string, mentions: PersonMention[], after: number): number {
  const next = mentions.find(
    (m) =>
      m.start > after &&
      PARALLEL_BEFORE.test(sentence.slice(after, m.start)) &&
      PARALLEL_AFTER.test(sentence.slice(m.end)),
  );
  return next ? next.start : sentence.length;
}

function coordinatedObject(
  sentence: string,
  mentions: PersonMention[],
  after: number,
): PersonMention | undefined {
  const next = mentions.find((m) => m.start > after && isConfidentPerson(m));
  return next && AND_OF.test(sentence.slice(after, next.start)) ? next : undefined;
}

// In a list after a colon, an item is a person whose first name we may not know ("et Fatou
// Diallo, qui a travaillé chez …, comme DRH") when it stands where an item starts and a title is
// introduced after it; an employer named inside an item ("ex-Lysandre") stands elsewhere.
function listedPerson(sentence: string, mentions: PersonMention[], mention: PersonMention): boolean {
  if (isConfidentPerson(mention)) return true;
  const before = sentence.slice(0, mention.start);
  // the first item right after "se choisit un directeur technique :" is a person whatever their first name
  if (
    LISTED_TITLE.test(
      sentence
        .slice(0, mention.start)
        .replace(/^.*?(?=\s(?:un|une|deux|trois|quatre|son|sa|ses|leur|leurs)\s[^:,]*[:,]\s*$)/u, ""),
    )
  )
    return true;
  if (!/(?::|,|\bet)\s*$/u.test(before) || /\b(?:ex|chez|de|du|des|à|par)[\s-]*$/iu.test(before))
    return false;
  // "trois directeurs de sites : A à Oudrecourt, B à Mervelle et C à Dinval": an item shaped like the
  // list's others, its holder named like a person whatever their first name
  if (namedLikeAPerson(mention) && ITEM_PLACE.test(sentence.slice(mention.end))) return true;
  return introducedRole(sentence, mentions, mention.end) !== null;
}
const ITEM_PLACE = /^\s+à\s+\p{Lu}[\p{L}'’-]+\s*(?:[,;.]|\set\s|$)/u;

// "Le conseil de surveillance de Banque Ondine accueille X en qualité de membre indépendant": the
// board that welcomes is the one the member sits on.
const BOARD_SUBJECT =
  /^\s*(?:le|son)\s+(conseil de surveillance|conseil d'administration|comité exécutif|comité de direction)\s+d(?:e\s|u\s|es\s|')/iu;

function withSubjectBoard(role: string | null, sentence: string, verbAt: number): string | null {
  const board = BOARD_SUBJECT.exec(sentence.slice(0, verbAt))?.[1];
  if (!role || !board || !/^membre(?![\p{L}])/iu.test(role) || /conseil|comité|board/iu.test(role))
    return role;
  return `${role} du ${board.toLowerCase()}`;
}

// "C a élu présidente X", "C choisit pour directeur général X", "a élu président Dr X", "C
// accueille comme directeur des ressources humaines X": the title between the verb and the name,
// with no article and no comma
// (a title may end on one capitalised word, a region or an acronym: "directrice commerciale Europe X")
const BARE_TITLE_BEFORE_NAME = new RegExp(
  String.raw`^\s*(?:(?:pour|comme|en qualité d(?:e\s+|['’])|en tant que|au poste d(?:e\s+|['’]))\s*)?(\p{Ll}[\p{Ll}' -]{2,60}?(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:(?:le|la)\s+)?(?:(?:${HONORIFIC})\s+)?$`,
  "u",
);
// "se choisit un secrétaire général venu du privé :": where the holder comes from is no part of the title
const ORIGIN_TO_END = new RegExp(`${HOLDER_ORIGIN.source}.*$`, "u");
const DESCRIBED_HOLDER = /(?<!(?:^|\s)(?:de|à|avec|pour|sur|dans|par|entre|en|chez))\s+(?:le|la|les)\s.*$/u;
// "C nomme à la direction de ses achats X", "a nommé à la tête de sa filiale brésilienne X": the
// post led, between the verb and the name
const LED_POST_BEFORE_NAME = /^\s*à (?:la|sa) (?=(?:direction|tête|présidence)\s)/u;
// "C coopte au conseil de surveillance X": a seat on the board
const BOARD_SEAT_BEFORE_NAME =
  /^\s*(?:au|à son)\s+(conseil de surveillance|conseil d'administration|directoire|comité exécutif|comité de direction)\s+$/u;

// "C a coopté X au sein de son conseil d'administration", "a élu X au conseil de surveillance":
// the seat after the name; the press calls a seat on the board of directors "administrateur"
const BOARD_SEAT_AFTER_NAME =
  /^\s*,?\s*(?:au sein de son|au sein du|à son|au|dans son)\s+(conseil d'administration|conseil de surveillance)(?![\p{L}])/u;

// "C has co-opted X onto its board", "has elected X to its supervisory board": the English seat
const ENGLISH_SEAT_AFTER_NAME =
  /^\s*(?:to|onto|on)\s+(?:its|the)\s+(?:(supervisory|advisory)\s+)?board(?![\p{L}])/u;

function boardSeatAfter(sentence: string, person: PersonMention): string | null {
  const english = ENGLISH_SEAT_AFTER_NAME.exec(sentence.slice(person.end));
  if (english) return english[1] ? `member of the ${english[1]} board` : "board member";
  const board = BOARD_SEAT_AFTER_NAME.exec(sentence.slice(person.end))?.[1];
  if (!board) return null;
  if (board === "conseil de surveillance") return "membre du conseil de surveillance";
  return isFemininePerson(person, sentence) ? "administratrice" : "administrateur";
}

const DESCRIBED_AT_LENGTH = /(?<![\p{L}])l['’](?:ancien(?:ne)?|ex-)[^,]*,\s*$/u;

interface TitledHolder {
  person: PersonMention;
  title: string;
  company: Span | null;
  notes: Note[];
}

// "…, ancienne directrice de Cofibat, comme administratrice indépendante": the seat's own title,
// given after the holder and her apposition
const SEAT_TITLE_AFTER_HOLDER =
  /^[^.;:]{0,160}?\s(?:comme|en tant qu['’]|en qualité d['’])\s*(administrat(?:eur|rice)(?: indépendante?)?)(?![\p{L}])/u;

/** A seat on a board of directors is an "administrateur" (the seat's own title when given); on
 * other bodies, a member. */
function boardSeatTitle(board: string, person: PersonMention, sentence: string): string {
  if (board !== "conseil d'administration") return `membre du ${board}`;
  const given = SEAT_TITLE_AFTER_HOLDER.exec(sentence.slice(person.end))?.[1];
  if (given) return given;
  return isFemininePerson(person, sentence.slice(person.start)) ? "administratrice" : "administrateur";
}

function holderAfterBareTitle(sentence: string, mentions: PersonMention[], end: number): TitledHolder | null {
  const person = mentions.find((m) => m.start >= end && isConfidentPerson(m));
  if (!person) return null;
  const between = sentence.slice(end, person.start);
  const board = BOARD_SEAT_BEFORE_NAME.exec(between)?.[1];
  // the press writes "administrateur", "administratrice indépendante" as often: held for review
  if (board)
    return {
      person,
      title: boardSeatTitle(board, person, sentence),
      company: null,
      notes: [note(NOTES.titleFromBoardSeat)],
    };
  const led = LED_POST_BEFORE_NAME.exec(between);
  if (led) {
    const post = leadershipRole(
      sentence,
      end + led[0].length,
      person.start,
      isFemininePerson(person, sentence.slice(person.start)),
    );
    // the post ends right before the name: nothing else stands between
    if (!post || !/^\s*,?\s*$/u.test(sentence.slice(post.end, person.start))) return null;
    const title = ownDepartment(post.role);
    return { person, title, company: post.company, notes: post.notes };
  }
  // "élit président le sénateur honoraire X", "a nommé recteur le père X": an article that no
  // preposition governs opens the person's descriptor, which is no part of the title
  const title = BARE_TITLE_BEFORE_NAME.exec(between)?.[1]?.replace(DESCRIBED_HOLDER, "");
  if (!title) return capitalisedTitleBefore(person, between);
  const head = foldWord(title.split(/\s+/u)[0]!);
  if (TITLE_HEADS.has(head) || OFFICE_HEAD_NOUNS.has(head))
    return { person, title, company: null, notes: [] };
  // a head only the wider vocabulary knows ("commissaire générale", "porte-parole", "maître de
  // chai"): not yet measured, held for review
  return opensOnATitleHead(title) ? { person, title, company: null, notes: [note(NOTES.newShape)] } : null;
}

// "nomme Chief Digital Officer X", "nommera PDG X": an English title or an acronym, capitalised,
// between the verb and the name; not yet measured, so held for review
const CAPITALISED_TITLE_BEFORE_NAME = /^\s*(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|and|&))*)\s+$/u;

function capitalisedTitleBefore(person: PersonMention, between: string): TitledHolder | null {
  const title = CAPITALISED_TITLE_BEFORE_NAME.exec(between)?.[1];
  if (!title) return null;
  const words = title.split(/\s+/u).map(foldWord);
  const isTitle =
    (words.length === 1 && TITLE_ACRONYMS.includes(words[0]!)) ||
    (words.length > 1 && ENGLISH_TITLE_HEADS.has(words.at(-1)!));
  return isTitle ? { person, title, company: null, notes: [note(NOTES.newShape)] } : null;
}

// "nomme deux directeurs : A, directeur des achats maquillage (ex-C), et B, …": each item's own
// title, right after its name, says more than the title shared by the list
function ownListedTitle(sentence: string, personEnd: number, item: string, shared: string): string | null {
  const comma = /^\s*,\s*/u.exec(item);
  if (!comma) return null;
  const own = readRole(sentence, personEnd + comma[0].length, personEnd + item.length);
  const head = (title: string) => foldWord(title.split(/\s+/u)[0] ?? "").slice(0, 5);
  // (a title with its own employer is the post the person leaves: "A, directeur général adjoint de C")
  return own &&
    !own.company &&
    looksLikeTitle(own.role) &&
    head(own.role) === head(shared) &&
    own.role.length > shared.length
    ? own.role
    : null;
}

// Words for people who hold posts without naming one ("a désigné ses nouveaux responsables : A,
// présidente ; B, trésorière"): no title is shared, each item's own clause gives its post.
const HOLDERS_OF_POSTS = new Set(["responsable", "dirigeant", "dirigeante", "elu", "elue"]);

// "a nommé trois directeurs régionaux : A (Grand Ouest), …" and "deux directeurs régionaux : A,
// venue de C, pour le Sud-Ouest, et B": a regional title's region, said item by item, in one or
// more words and before the "et" of the next item ("A, ex-C, pour le Grand Ouest et B, … pour le Sud-Est")
const LISTED_REGION =
  /^\s*(?:\((\p{Lu}[\p{L}' -]{1,30})\)|[^;()]*?,\s*pour (?:le |la |l['’])\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s*(?:[,;.]|\set\s*$|$))/u;

// "trois directeurs de sites : A à Oudrecourt, …": each heads one of the units the plural names, the
// one in the place said after the name ("directeur du site d'Oudrecourt")
const PLURAL_UNITS: Record<string, string> = {
  sites: "du site",
  usines: "de l'usine",
  magasins: "du magasin",
  agences: "de l'agence",
  établissements: "de l'établissement",
  restaurants: "du restaurant",
  hôtels: "de l'hôtel",
};
const TITLE_OF_PLURAL_UNITS = new RegExp(
  `^(.+?)\\s+(?:de|d['’])\\s*(${Object.keys(PLURAL_UNITS).join("|")})$`,
  "u",
);
const ITEM_AT_PLACE = /^\s+à\s+(\p{Lu}[\p{L}'’-]+)\s*(?:[,;.]|\set\s|$)/u;

/** The title one holder of a list takes, when the list names units in the plural and the item their place. */
export function titleAtListedPlace(title: string, item: string): string | null {
  const units = TITLE_OF_PLURAL_UNITS.exec(title);
  const place = ITEM_AT_PLACE.exec(item)?.[1];
  if (!units || !place) return null;
  const of = /^[AEIOUYÂÉÈÊÎÔÛaeiouy]/u.test(place) ? "d'" : "de ";
  return `${units[1]!} ${PLURAL_UNITS[units[2]!]!} ${of}${place}`;
}

function listedScope(title: string, item: string): string {
  if (!/(?<![\p{L}])régionaux|régionales?(?![\p{L}])/u.test(title)) return "";
  const region = LISTED_REGION.exec(item);
  return region ? ` ${region[1] ?? region[2]}` : "";
}

// "la direction de ses achats", "à la tête de sa filiale": the employer's own department, told by a
// possessive, is named with an article in the title ("directeur des achats")
function ownDepartment(role: string): string {
  // ("de son agence" → "de l'agence": a vowel takes the elided article)
  return role
    .replace(/(?<=\s)de ses(?=\s)/u, "des")
    .replace(/(?<=\s)de (?:son|sa)\s+(?=[aeiouyhâàéèêëîïôöûüœ])/iu, "de l'")
    .replace(/(?<=\s)de sa(?=\s)/u, "de la")
    .replace(/(?<=\s)de son(?=\s)/u, "du");
}

// "C confie à X, directrice régionale de la maison depuis 2017, le poste de directrice générale": the
// post given comes after the holder's apposition, which tells the post held until now
const POST_GIVEN_AFTER_APPOSITION =
  /^\s*,[^;:]*?,\s*(?:le poste|la fonction|les fonctions|le rôle) d(?:e\s+|['’])/u;

// "C confie à X la direction commerciale", "… la présidence de son directoire": the post led, right
// after the holder
const OWN_UNIT_LED =
  /^direction\s+de\s+(?:son|sa|ses)\s+(?:agence|filiale|usine|site|antenne|succursale|établissement|laboratoire|atelier)s?(?![\p{L}])/u;
const LED_POST_AFTER_HOLDER = /^\s*(?:la|sa) (?=(?:direction|présidence)(?![\p{L}]))/u;

function confidedPost(
  sentence: string,
  verb: string,
  from: number,
  stopAt: number,
  feminine: boolean,
  masculine = false,
): RolePhrase | null {
  if (!/confi/u.test(verb)) return null;
  const window = sentence.slice(from, stopAt);
  const given = POST_GIVEN_AFTER_APPOSITION.exec(window);
  if (given) return readRole(sentence, from + given[0].length, stopAt);
  const led = LED_POST_AFTER_HOLDER.exec(window);
  // "… la direction de son pôle data, avec le titre de Chief Data Officer": the title says more
  if (!led || /(?<![\p{L}])titre d/u.test(window)) return null;
  const post = leadershipRole(sentence, from + led[0].length, stopAt, feminine);
  // (a title's gender guessed is no doubt for a first name the lexicon knows as a man's)
  // and a unit of the house's own ("la direction de son agence portuaire"; "de ses opérations", a
  // department, is no post: slot-reader.test.ts)
  const guessed = (said: Note) =>
    masculine && said.kind === NOTES.titleGenderGuessed && OWN_UNIT_LED.test(window.slice(led[0].length));
  if (!post || post.notes.some((said) => !guessed(said))) return null;
  const { notes: _doubts, ...phrase } = post;
  return { ...phrase, role: ownDepartment(post.role) };
}

// "le conseil a porté X à la tête de l'interprofession C", "C porte X à sa tête": a body's members
// carry someone to its head by electing them, its chair ("à la présidence" is read as led posts are)
const CARRIED_TO_THE_HEAD =
  /^\s*à\s+(?:sa|leur|la)\s+tête(?![\p{L}])(\s+(?:de la|de l['’]|du|des|de|d['’])\s*)?/u;

function carriedToTheHead(
  sentence: string,
  verb: string,
  from: number,
  stopAt: number,
  feminine: boolean,
): RolePhrase | null {
  if (!/port/u.test(verb)) return null;
  const head = CARRIED_TO_THE_HEAD.exec(sentence.slice(from, stopAt));
  if (!head) return null;
  const after = from + head[0].length;
  const company = head[1] ? readCompanyAfter(sentence, after) : null;
  const end = company?.end ?? after;
  return { role: headOfLedPost("présidence", feminine), company, end, truncated: false };
}

// "C promeut X à la tête de l'usine de Brenac", "nomme X à la direction de sa filiale": the post led,
// right after the holder, for the verbs that appoint ("porte X à la tête de", a body's election, is
// carriedToTheHead's)
const LED_POST_AFTER_APPOINTED = /^\s*à la (?=(?:tête|direction|présidence)(?![\p{L}]))/u;

function ledPostAfterAppointed(
  sentence: string,
  verb: string,
  from: number,
  stopAt: number,
  feminine: boolean,
): RolePhrase | null {
  if (!/^(?:nomm|a nomm|promeu|a promu|désign|a désign)/iu.test(verb)) return null;
  const led = LED_POST_AFTER_APPOINTED.exec(sentence.slice(from, stopAt));
  if (!led) return null;
  const post = leadershipRole(sentence, from + led[0].length, stopAt, feminine);
  // "à la tête de l'usine de Brenac" reads "directrice de l'usine de Brenac"; a chief executive
  // guessed from "la direction de C" is no reading
  if (!post || titleGuessed(post.notes)) return null;
  const role = ownDepartment(post.role);
  const reading = { role, end: post.end, company: post.company, truncated: post.truncated };
  LED_POSTS_READ.add(reading);
  return reading;
}
// the posts ledPostAfterAppointed read: a paraphrase not yet measured, held for review
const LED_POSTS_READ = new WeakSet<RolePhrase>();

// "Légumix recrute X comme responsable de la station expérimentale de Pont-Véran": a site a house
// runs, named by its place, is the unit the post heads when the subject names the house; the title
// keeps it, the subject is the employer (alone, "X est nommé directeur de la station de V", the
// station is the employer)
const HOUSE_RUN_SITES = new Set(["station"]);
function siteOfTheSubject(sentence: string, role: RolePhrase | null, subject: Span | null): string | null {
  const site = role?.company;
  if (!site || !subject || !HOUSE_RUN_SITES.has(foldWord(/^\p{Ll}+/u.exec(site.text)?.[0] ?? "")))
    return null;
  const link = /\s(?:de\s+la|du|de\s+l['’]|des)\s*$/u.exec(sentence.slice(0, site.start));
  return link ? `${role.role}${sentence.slice(link.index, site.end)}` : null;
}

// "Responsable sécurité des chantiers : C a recruté X, ancien R chez D", "Responsable qualité
// recherchée… et trouvée : C accueille X": the post heads the sentence before its colon when the
// object names none; not yet measured, held for review
const POST_BEFORE_COLON =
  /^\s*(\p{Lu}[\p{Ll}'’ -]{2,60}?)(?:\s+recherchée?s?(?:[.…\s]+et\s+trouvée?s?)?)?\s*:\s/u;
function postBeforeColon(sentence: string, verbStart: number, person: PersonMention): string | null {
  const heading = POST_BEFORE_COLON.exec(sentence);
  if (!heading || heading[0].length > verbStart) return null;
  const title = heading[1]!.charAt(0).toLowerCase() + heading[1]!.slice(1);
  if (!looksLikeTitle(title)) return null;
  return writtenTitleFor(title, isFemininePerson(person, sentence));
}

// "C promeut A directrice scientifique et recrute B comme R": the verb after "et" shares the subject
// of the verb of the same rows before it
function coordinatedSubject(sentence: string, verbStart: number, mentions: PersonMention[]): Span | null {
  if (!/\set\s+$/u.test(sentence.slice(0, verbStart))) return null;
  for (const pattern of [APPOINTS, WELCOMES])
    for (const earlier of allMatches(sentence.slice(0, verbStart), pattern)) {
      const subject = companyBeforeVerb(sentence, earlier.index, mentions);
      if (subject) return subject;
    }
  return null;
}

export function readEmployerSubject(s: Sentence, match: Match, shape: Shape): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const moves: ClauseReading[] = [];
  const add = (move: ClauseReading) => moves.push(move);
  const pattern = shape.verb;
  {
    const end = match.index + match[0].length;
    const company = pattern === ANNOUNCES ? null : companyBeforeVerb(sentence, match.index, mentions);
    // "Sébastien N'Diaye intègre Altéo Conseil": only an employer integrates people
    if (!company && /^int[èé]gr/iu.test(match[0])) return moves;
    const kind = kindOfShape(shape, match[0]);
    const announced = LISTED_TITLE.exec(sentence.slice(end));
    const ownPost =
      !announced && pattern === WELCOMES && BRINGS_IN.test(match[0])
        ? OWN_POST_THEN_HOLDER.exec(sentence.slice(end))
        : null;
    const list = announced ?? ownPost;
    if (list) {
      // "nomme deux nouveaux associés : A, qui vient de C, et B": one title, in the singular,
      // for every clear person after the colon; "intègre deux nouveaux talents : A, qui devient
      // R1, et B, nommé R2" names no title, so each one's own clause does.
      const people = mentions.filter(
        (m) => m.start >= end + list[0].length && listedPerson(sentence, mentions, m),
      );
      // "promeut trois de ses collaborateurs au rang d'associé :": the rank is the title
      const listed = list[1]!.replace(
        /^.*?\s(?:au rang|au poste|aux fonctions|au titre) d(?:e\s+|['’])/u,
        "",
      );
      const said = listed.replace(ORIGIN_TO_END, "");
      const ranked = looksLikeTitle(singularTitle(said));
      const title =
        (ranked ||
          ((ownPost || ONE_POST.test(list[0])) && opensOnATitleHead(said)) ||
          (COUNTED_POSTS.test(list[0]) && opensOnATitleHead(singularTitle(said)))) &&
        !HOLDERS_OF_POSTS.has(foldWord(singularTitle(said)))
          ? said
          : null;
      for (const [index, person] of people.entries()) {
        const item = sentence.slice(person.end, people[index + 1]?.start);
        add({
          person,
          kind,
          // "recrute deux profils seniors : A, ex-C, comme R1, et B, arrivée de D, comme R2"
          role: title
            ? (ownListedTitle(sentence, person.end, item, title) ??
              // agreeing with what is said of this person, not with "l'arrivée de trois associés"
              titleFor(
                person,
                titleAtListedPlace(title, item) ?? title,
                sentence.slice(person.start, people[index + 1]?.start),
              ) + listedScope(title, item))
            : (introducedRole(sentence, mentions, person.end)?.role ?? null),
          company,
          predecessor: null,
          notes: [
            ...(title && people.length > 1 ? [note(NOTES.roleSharedByList)] : []),
            // a title only the wider vocabulary knows, or the house's own post: not yet measured
            ...(title && (!ranked || ownPost) ? [note(NOTES.newShape)] : []),
          ],
        });
      }
      return moves;
    }
    const seat =
      FRONTED_SEAT.exec(sentence.slice(end)) ??
      (/port/u.test(match[0]) ? CARRIED_TO_ITS_HEAD.exec(sentence.slice(end)) : null);
    if (seat) {
      for (const person of seatHolders(sentence, mentions, end + seat[0].length)) {
        const title = `${seat[1] ?? ""}président`;
        add({
          person,
          kind,
          role: isFemininePerson(person, sentence) ? `${title}e` : title,
          company,
          predecessor: null,
          notes: [],
        });
      }
      return moves;
    }
    const first = objectAfter(sentence, mentions, end);
    if (!first) {
      const titled =
        pattern === APPOINTS || pattern === WELCOMES ? holderAfterBareTitle(sentence, mentions, end) : null;
      if (titled)
        add({
          person: titled.person,
          kind,
          role: titled.title,
          company: titled.company ?? company,
          predecessor: null,
          // only "C a élu présidente X" has shown itself reliable; the other fronted posts wait for review
          notes: [
            pattern === APPOINTS && titled.notes.length === 0
              ? note(NOTES.titleStatedBeforeName)
              : note(NOTES.titleBetweenVerbAndPerson),
            // "élève au rang de R X": not yet measured
            ...(/él[eè]v/u.test(match[0]) ? [note(NOTES.newShape)] : []),
            ...titled.notes,
          ],
        });
      return moves;
    }
    const found: { person: PersonMention; role: RolePhrase | null; employer: Span | null }[] = [];
    // "nomme A directrice marketing et B directeur commercial", "accueille A et B comme associés"
    for (let person: PersonMention | undefined = first; person; ) {
      const current: PersonMention = person;
      const stopAt = Math.min(
        nextMentionStart(mentions, current.end + 1, sentence),
        parallelObjectStart(sentence, mentions, current.end),
      );
      const role: RolePhrase | null =
        confidedPost(
          sentence,
          match[0],
          current.end,
          stopAt,
          isFemininePerson(current, sentence),
          hasMasculineFirstName(current),
        ) ??
        carriedToTheHead(sentence, match[0], current.end, stopAt, isFemininePerson(current, sentence)) ??
        roleAfter(
          sentence,
          current.end,
          stopAt,
          isFemininePerson(current, sentence),
          hasMasculineFirstName(current) || hasFeminineFirstName(current),
        ) ??
        ledPostAfterAppointed(sentence, match[0], current.end, stopAt, isFemininePerson(current, sentence));
      found.push({ person: current, role, employer: employerRightAfter(sentence, current.end) });
      person =
        mentions.find((m) => {
          if (m.start <= current.end) return false;
          // what follows this person's title: "accueille A comme R1 et B comme R2"
          const titleAt = role ? sentence.indexOf(role.role, current.end) : -1;
          const between = sentence.slice(titleAt < 0 ? current.end : titleAt + role!.role.length, m.start);
          return NEXT_OBJECT.test(between);
        }) ?? coordinatedObject(sentence, mentions, current.end);
    }
    let sharedRole: RolePhrase | null = null;
    for (const entry of found.reverse()) {
      const role: RolePhrase | null = entry.role ?? sharedRole;
      sharedRole = role;
      const seat = role || pattern !== APPOINTS ? null : boardSeatAfter(sentence, entry.person);
      // "recrute l'ancien patron de l'hôtellerie de D, X, pour prendre la tête de …": a long
      // description before the name, not yet measured
      const described =
        entry.person === first &&
        (DESCRIBED_AT_LENGTH.test(sentence.slice(end, first.start)) ||
          // "has named Scottish chef X as executive chef": not yet measured either
          isDescribedObject(sentence, first, end));
      const subject = company ?? coordinatedSubject(sentence, match.index, mentions);
      const site = seat ? null : siteOfTheSubject(sentence, role, subject);
      const headed = seat || role ? null : postBeforeColon(sentence, match.index, entry.person);
      add({
        person: entry.person,
        kind,
        role: site ?? seat ?? headed ?? withSubjectBoard(role?.role ?? null, sentence, match.index),
        company: site ? subject : (ownEmployer(sentence, role) ?? role?.company ?? company ?? entry.employer),
        predecessor: null,
        // "to lead its wealth division" paraphrased as "head of the wealth division": held too
        notes:
          seat ||
          headed ||
          described ||
          isLedUnitPost(sentence, entry.person.end) ||
          (role && LED_POSTS_READ.has(role)) ||
          // "fait entrer X à son comité exécutif comme R": a verb new in session 31, not yet measured
          /entrer$/u.test(match[0])
            ? [note(NOTES.newShape)]
            : [],
      });
    }
  }
  return moves;
}
