// The slot readers the clause patterns (clauses.ts) share: who stands before a verb (subject),
// who follows it (object), the title after a name, the employer before a verb, and the title
// implied by "prend la direction financière de C".

import { allMatches } from "./all-matches.ts";
import {
  isPlaceOrOwnerOfDescribedHouse,
  isTermInDescription,
  readCompanyAfter,
  readCompanyBefore,
} from "./company-spans.ts";
import { isFrenchWord } from "./french-words.ts";
import {
  feminineTitle,
  HOLDER_OF_POST,
  hasFeminineFirstName,
  hasMasculineFirstName,
  headOfLedPost,
} from "./gender.ts";
import { isInstitutionHead } from "./institutions.ts";
import {
  EMPLOYER_NOUNS,
  ENGLISH_TITLE_ENDINGS,
  FIRST_NAMES,
  foldWord,
  HONORIFIC,
  MOVE_TIME,
  OFFICE_HEAD_NOUNS,
  TITLE_HEADS,
  WEEKDAY,
} from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { hasNote, NOTES, type Note, note } from "./notes.ts";
import { ROLE_INTRODUCER, type RolePhrase, readRole } from "./role-phrase.ts";
import { classifyRole } from "./roles.ts";

const SUBJECT_GAP =
  /^(?:\s*|\s*,\s*|\s*,[\s\S]*,\s*|\s*\([^)]*\)\s*|\s*,\s*(?:qui|lequel|laquelle)\s*|\s*,?\s*(?:qui\s+)?(?:quitte|a quitté|quittera)\s+[^,.;]{1,60}?(?:,[^.;]*,)?(?:\s+et)?\s*(?:pour\s+)?|\s*,?\s*(?:quant à (?:lui|elle)|pour sa part|de son côté|lui aussi|elle aussi)\s*,?\s*|\s*,\s*who\s*|\s+(?:steps|stepped|will step) (?:down|aside) as [^,.;]{1,60}?\s+and\s*)(?:qui\s+)?(?:(?:lui|leur|en|y|le|la)\s+|l['’])?$/iu;
// "X quitte C, où il était R, pour rejoindre…": the left employer and its apposition sit between
// the subject and the verb; in English, "X, who becomes R", "X steps down as CEO and becomes R";
// "succède à Y, lequel prend la présidence": the literary relative is "qui"
// Honorifics between a verb and its object: "accueille Me Isabelle Fournier"
// "nomme par ailleurs Élodie Marchand", "recrute également A": a sentence adverb may sit between
// "recrute, à compter du 1er juin, Thibault Arnoux": a date set off by commas may sit between, or
// the time of the move without commas ("élira en décembre X", lexicon MOVE_TIME)
// "remplacée par son adjoint, Damien Corvisier", "par l'ancien grimpeur Marc Roche": who the
// object is before their name, in one or two lower-case words
// "recrute l'ancien président du tribunal de commerce de Morlanges, Marc Lin, comme …": a longer
// description closed by a comma
const OBJECT_DESCRIPTOR = String.raw`(?:(?:son|sa|leur)\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s*,\s*|l['’](?:ancien(?:ne)?|ex-)\s*\p{Ll}[\p{Ll}-]+\s+|l['’](?:ancien(?:ne)?|ex-)\s*\p{Ll}[^,;:.()]{2,80}?,\s*)`;
// "taps Kessler & Co veteran X", "hires Hydrosol alumna X": an English release tells where the
// object comes from in a capitalised name and a noun before theirs (career.ts reads the house left)
const ENGLISH_OBJECT_DESCRIPTOR = String.raw`(?:(?:former\s+)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,5}(?:veteran|alumnus|alumna|alum)\s+)`;
const OBJECT_GAP = new RegExp(
  String.raw`^\s*(?:,\s*(?:à compter|à partir|dès|depuis|le|ce|en)\s[^,]{1,30},\s*)?(?:${MOVE_TIME}\s+)?(?:(?:par ailleurs|également|aussi|aujourd'hui|désormais|officiellement|ainsi|hier|${WEEKDAY})\s+)?(?:${OBJECT_DESCRIPTOR}|${ENGLISH_OBJECT_DESCRIPTOR})?(?:(?:(?:le|la)\s+)?(?:${HONORIFIC})\s+)?$`,
  "u",
);
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:de|du|des|d['’]|chez)\s*(?:\p{Ll}+\s+)?$/u;
// "Domitille Vautrelle quitte Ors de Ventadour pour C": the house left, read as a capitalised pair,
// is the object of "quitte", not the subject of the verb after it
const LEFT_HOUSE_BEFORE = /(?<![\p{L}])(?:quitte|a quitté|quittera|quittent|ont quitté)\s+$/u;
const COORDINATION_GAP = /^\s*(?:,|et|,\s*et)\s*$/u;
// "Julie Roy, ex-Kargo, et Marc Lin, venu de Ferlog, rejoignent C": before a plural verb, a name and
// its apposition are coordinated with the next name too
const APPOSED_COORDINATION_GAP = /^\s*,[^,;:()]{1,80},\s*et\s*$/u;
// ("devient", "vient", "obtient" end in "-ent" too, in the singular)
const PLURAL_VERB_AT = /^\s*(?:(?:se|s['’])\s*)?(?:\p{Ll}+(?<!i)ent|sont|ont)(?![\p{L}])/u;
const AGENT_BEFORE = /(?<![\p{L}])\p{Ll}+(?:é|ée|és|ées|u|ue|i|ie|is|ise|it|ite)\s+par\s+$/u;
// "Chez C, qui vient de perdre X, Y est promu": a name inside a relative clause is that clause's
// object, not a subject coordinated with the next name
const INSIDE_RELATIVE = /(?:^|[,;:(])\s*(?:qui|que|qu['’]|dont|où)\s[^,;:()]*$/u;

// the apposition's close right before the verb ("…, en devient"), and the apposition itself, opened
// by a comma and holding no other
const CLOSING_COMMA = /^\s*,\s*(?:(?:lui|leur|en|y|le|la)\s+|l['’])?$/u;
const ONE_APPOSITION = /^\s*,[^,;:.()]+$/u;

export function subjectsBefore(
  sentence: string,
  mentions: PersonMention[],
  anchorStart: number,
): PersonMention[] {
  const before = mentions.filter((m) => m.end <= anchorStart);
  // "La direction laissée par X revient à Y": the agent of a participle right before the verb is not
  // its subject ("remplacé par X, …, qui devient R" and "piloté par X, nommée R" keep theirs)
  const fits = (m: PersonMention) => {
    const gap = sentence.slice(m.end, anchorStart);
    return SUBJECT_GAP.test(gap) && !(/^\s+$/u.test(gap) && AGENT_BEFORE.test(sentence.slice(0, m.start)));
  };
  for (let i = before.length - 1; i >= 0; i--) {
    if (!fits(before[i]!)) continue;
    // "Olivia Perrin, directrice générale de Fabrique Nomade, est nommée": a capitalised pair
    // inside the apposition is not the subject when a clear person opens it.
    if (!isConfidentPerson(before[i]!)) {
      const person = before.slice(0, i).findLast((m) => isConfidentPerson(m) && fits(m));
      // "Goulven Caradec, président du club Agri Avenir, vient d'être élu": a name governed by
      // "du club", "de", "chez" is a complement in the apposition, whoever opens it
      const leftHouse = LEFT_HOUSE_BEFORE.test(sentence.slice(0, before[i]!.start));
      const complement = COMPLEMENT_BEFORE.test(sentence.slice(0, before[i]!.start)) || leftHouse;
      const opener = complement ? before.slice(0, i).findLast(fits) : undefined;
      if (person ?? opener) i = before.indexOf((person ?? opener)!);
      // "X, élagueur, quitte Verts Horizons pour …": the house left is no subject, even when the
      // subject's apposition keeps the reader from reaching back to X
      else if (leftHouse) continue;
    } else if (
      COMPLEMENT_BEFORE.test(sentence.slice(0, before[i]!.start)) &&
      CLOSING_COMMA.test(sentence.slice(before[i]!.end, anchorStart))
    ) {
      // "Nadia Vernhes, architecte passée par l'atelier de Jean-Loup Thévenard, en devient associée":
      // a name governed by "de" at the end of the one apposition a comma opens after a clear person
      // is that apposition's complement; the person it describes is the subject ("prend la place
      // d'Agnès Roy, qui rejoint C" keeps Agnès Roy: the relative clause is hers)
      const described = before
        .slice(0, i)
        .findLast(
          (m) =>
            isConfidentPerson(m) && fits(m) && ONE_APPOSITION.test(sentence.slice(m.end, before[i]!.start)),
        );
      if (described) i = before.indexOf(described);
    }
    const subjects = [before[i]!];
    // "Claire Dupont et Paul Martin rejoignent…": walk back over coordinated names
    for (
      let j = i - 1;
      j >= 0 &&
      isConfidentPerson(before[j]!) &&
      !INSIDE_RELATIVE.test(sentence.slice(0, before[j]!.start)) &&
      (COORDINATION_GAP.test(sentence.slice(before[j]!.end, subjects[0]!.start)) ||
        (APPOSED_COORDINATION_GAP.test(sentence.slice(before[j]!.end, subjects[0]!.start)) &&
          PLURAL_VERB_AT.test(sentence.slice(anchorStart))));
      j--
    ) {
      subjects.unshift(before[j]!);
    }
    return subjects;
  }
  return [];
}

export function objectAfter(
  sentence: string,
  mentions: PersonMention[],
  anchorEnd: number,
): PersonMention | null {
  return (
    mentions.find(
      (m) =>
        m.start >= anchorEnd &&
        (OBJECT_GAP.test(sentence.slice(anchorEnd, m.start)) || isDescribedObject(sentence, m, anchorEnd)) &&
        // "taps Brasserie Kelmor veteran X": a house read as a name, the descriptor's complement
        !VETERAN_AFTER.test(sentence.slice(m.end)),
    ) ?? null
  );
}
const VETERAN_AFTER = /^\s+(?:veteran|alumnus|alumna|alum)\s/u;

// "has named Scottish chef X as executive chef", "appoints former Telnor executive X as CFO", "hires
// veteran banker X to lead its wealth division", "has appointed retired air marshal Dr X as …": who
// the object is, before their name, in English: a qualifier or a capitalised word (a nationality,
// the house they come from) opening a few words that end on a lower-case noun. Read only when the
// post follows the name ("as", "to"), so a title before the name ("has named chief executive X")
// stays a title; a profession alone, in lower case, describes the object too ("has named registered
// dietitian X as head of …", "has appointed print specialist X as …"). "has appointed its chief operating officer, X, as chairman of C": the post held
// before, as "son adjoint, X" (in a relative clause, "which promotes its R, X, to replace her", the
// house is the relative's: left to other readers).
const ENGLISH_DESCRIBED_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:its|their)\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,3}\s*,\s*$|(?:also\s+)?(?:(?:former|retired|veteran|longtime|long-time|seasoned|experienced|serial|award-winning|renowned|acclaimed|fellow|rival|outgoing)\s+|\p{Lu}[\p{L}&'’.-]*\s+)(?:(?!(?:as|to|from|at|in|for|with|by|and|or|who|which|that|the|its|their|his|her|a|an|on|is|was|has|will)\s)[\p{L}\p{N}&'’.-]+\s+){0,5}?\p{Ll}[\p{Ll}-]+\s+(?:(?:${HONORIFIC})\s+)?$|(?:also\s+)?(?:(?!(?:as|to|from|at|in|for|with|by|and|or|who|which|that|the|its|their|his|her|a|an|on|is|was|has|will|also)\s)\p{Ll}[\p{Ll}-]+\s+){1,3}(?:(?:${HONORIFIC})\s+)?$)`,
  "u",
);
const POST_AFTER_DESCRIBED = /^\s*,?\s*(?:as|to(?!\s+(?:replace|succeed)))\s/u;

// Two or three capitalised words none of which the dictionary has ("Hamish Beaton-Ferrer", "Lore van
// den Bossaert" less its particles): a name whose first name no lexicon knows, yet a person's where a
// description and "as R" frame it, or a list's item shaped like its neighbours
export function namedLikeAPerson(person: PersonMention): boolean {
  const all = person.name.split(/\s+/u);
  const words = all.filter(
    (word, i) => i === 0 || !/^(?:de|du|des|la|le|van|von|der|den|ter|ten)$/u.test(word),
  );
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isFrenchWord(word) && !isInstitutionHead(word))
  );
}

export function isDescribedObject(sentence: string, person: PersonMention, anchorEnd: number): boolean {
  const gap = sentence.slice(anchorEnd, person.start);
  // "taps Brasserie Kelmor veteran X" is the plain object gap's, long measured
  return (
    (isConfidentPerson(person) || namedLikeAPerson(person)) &&
    !OBJECT_GAP.test(gap) &&
    ENGLISH_DESCRIBED_OBJECT.test(gap) &&
    POST_AFTER_DESCRIBED.test(sentence.slice(person.end))
  );
}

// Where the next clearly-a-person name starts: a title stops there ("nomme A directrice et
// B directeur"). Unknown capitalised pairs ("Music Agency") do not count.
export function nextMentionStart(mentions: PersonMention[], after: number, sentence: string): number {
  return (
    mentions.find((m) => m.start >= after && (m.upperCase || m.knownFirstName))?.start ?? sentence.length
  );
}

export function looksLikeTitle(role: string): boolean {
  const { seniority, function: fn } = classifyRole(role);
  return seniority !== "other" || fn !== "other";
}

/**
 * A title the role classes know, or one opening on a title's or an office's head noun ("délégué
 * général", "chargé des marchés", "coordinatrice"): the reading for a slot that a title fills by its
 * place (a list item after a name, the words after "poste de").
 */
export function opensLikeTitle(role: string): boolean {
  const head = foldWord(role.split(/\s+/u)[0] ?? "");
  return looksLikeTitle(role) || TITLE_HEADS.has(head) || OFFICE_HEAD_NOUNS.has(head);
}

// "has named X chief executive", "… chairman", "… executive chef", "… secretary general": an English
// title the role classes leave unclassified, all in lower-case words and ending on a title's head
const ENGLISH_TITLE = /^(?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*$/u;
export function isEnglishTitle(role: string): boolean {
  if (!ENGLISH_TITLE.test(role)) return false;
  if (/^(?:secretary|general) (?:general|secretary)$/u.test(role)) return true;
  return ENGLISH_TITLE_ENDINGS.has(role.split(/\s+/u).at(-1)!);
}

const SECOND_NAMING_VERB =
  /\s*,?\s+et\s+(?:recrute|nomme|accueille|embauche|promeut|appelle|choisit|désigne|engage)(?![\p{L}])/u;

const NEXT_TITLED_HOLDER = new RegExp(
  String.raw`\s(?:and|et)\s+(?:(?:${HONORIFIC})\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:as|comme|en tant que)\s`,
  "u",
);

// Role after a person or company: first an introducer ("comme", "en tant que", "au poste de")
// anywhere before the next person, else a title placed right after the name or in an apposition.
export function roleAfter(
  sentence: string,
  from: number,
  stopAt: number,
  feminine = isFeminine(sentence),
  // the person's gender is known from their first name: a title need not guess it
  genderKnown = false,
): RolePhrase | null {
  // "promeut A directrice générale adjointe et recrute comme directeur financier B": a second
  // naming verb opens the next object's clause, whose title is not this person's
  const secondVerb = SECOND_NAMING_VERB.exec(sentence.slice(from, stopAt));
  if (secondVerb) stopAt = from + secondVerb.index;
  // "has elected A as president and Callum McBride as treasurer": the next holder and their title,
  // whatever their first name, are no part of this one's
  const nextHolder = NEXT_TITLED_HOLDER.exec(sentence.slice(from, stopAt));
  if (nextHolder) stopAt = from + nextHolder.index;
  stopAt = beforeCareerClause(sentence, from, stopAt);
  const window = sentence.slice(from, stopAt);
  // "a nommé Philippe Garnier à la présidence du directoire"
  const lead = /^\s*à (?:la|sa) (?=présidence|direction)/u.exec(window);
  // "à sa présidence comme présidente": the title said outright is the one to read
  if (lead && !ROLE_INTRODUCER.test(window)) {
    // only a named post: "à la direction de Kerlog" alone says too little to guess a title
    const role = leadershipRole(sentence, from + lead[0].length, stopAt, feminine);
    return role && withoutGenderGuess(role.notes, genderKnown).length === 0 ? role : null;
  }
  const intro = ROLE_INTRODUCER.exec(window);
  if (intro) return readRole(sentence, from + intro.index + intro[0].length, stopAt);
  // "has promoted X to country manager": English promotes the object to the title, "to" no part of it
  const to = /^\s+to\s+(?!(?:lead|head|run|join|become|take|oversee|manage|build|launch)\s)(?=\p{Ll})/u.exec(
    window,
  );
  if (to) {
    const promoted = readRole(sentence, from + to[0].length, stopAt);
    if (promoted && looksLikeTitle(promoted.role)) return promoted;
  }
  // "hires X to lead its wealth division": the unit led names the post, "head of the wealth division"
  const led = LED_UNIT.exec(window);
  if (led) {
    const end = from + led.index + led[0].length;
    return { role: `head of the ${led[1]!}`, end, company: null, truncated: false };
  }
  const ledFr = ledUnitFr(window, feminine);
  if (ledFr) return { role: ledFr.role, end: from + ledFr.length, company: null, truncated: false };
  // "hires X to lead the …" told otherwise is a purpose, not a title
  if (/^\s+to\s+(?:lead|head|run|oversee|manage)\s/u.test(window)) return null;
  const direct = readRole(sentence, from, stopAt);
  if (direct && (looksLikeTitle(direct.role) || isEnglishTitle(direct.role)) && /^\s*\p{L}/u.test(window))
    return direct;
  for (const comma of allMatches(window, /,\s*/g)) {
    const candidate = readRole(sentence, from + comma.index + comma[0].length, stopAt);
    if (candidate && looksLikeTitle(candidate.role)) return candidate;
  }
  return null;
}

const LED_UNIT =
  /^\s+to\s+(?:lead|head|run)\s+(?:its|the)\s+(?:new\s+)?((?:[\p{Ll}-]+\s+){0,3}(?:division|unit|business|team|department|arm|practice|operations))(?![\p{L}])/u;

// "fait appel à X pour diriger son pôle architecture intérieure", "arrive de C pour piloter
// l'activité jumeaux numériques": the French of the same, the unit's noun and its gender (for "son",
// "sa"), its name after it in lower case up to the next clause
const UNIT_GENDERS: Record<string, "m" | "f"> = {
  pôle: "m",
  département: "m",
  service: "m",
  site: "m",
  bureau: "m",
  laboratoire: "m",
  activité: "f",
  division: "f",
  branche: "f",
  unité: "f",
  équipe: "f",
  cellule: "f",
  usine: "f",
  réseau: "m",
};
const UNIT_WORD = String.raw`\s+(?!(?:de|du|des|et|à|au|aux|en|dès|pour|avec|qui|où|depuis|après|avant|le|la|les)(?![\p{L}]))\p{Ll}[\p{Ll}'-]*`;
// "pour diriger son réseau de cars", "son service d'urbanisme": what the unit serves, after a bare
// "de" (not "de la", which names an owner)
const UNIT_PURPOSE = String.raw`\s+(?:de\s+|d['’])\p{Ll}[\p{Ll}-]{2,}`;
const LED_UNIT_FR = new RegExp(
  String.raw`^[^.;:]{0,60}?\s+pour\s+(?:diriger|piloter|animer|prendre la tête d(?:e\s+|['’]))\s*(son|sa|ses|leur|le|la|les|l['’]|du|de la|de l['’]|des)\s*(${Object.keys(UNIT_GENDERS).join("|")})((?:${UNIT_WORD}){1,3}|${UNIT_PURPOSE}(?:${UNIT_WORD}){0,2})(?=\s*(?:[,.;:]|$))`,
  "u",
);

// "fait appel à X pour piloter sa direction des sinistres": the department led names the title
// ("directrice des sinistres"), its complement kept as written after "direction"
const LED_DEPARTMENT_FR =
  /^[^.;:]{0,60}?\s+pour\s+(?:diriger|piloter|animer)\s+(?:sa|la|leur)\s+direction\s+((?:des|du|de la|de l['’])\s*\p{Ll}[\p{Ll}'’-]*(?:\s+(?!(?:de|du|des|et|à|au|aux|en|dès|pour|avec|qui|où|depuis|après|avant|le|la|les)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*){0,2})(?=\s*(?:[,.;:]|$))/u;

function ledUnitFr(window: string, feminine: boolean): { role: string; length: number } | null {
  const department = LED_DEPARTMENT_FR.exec(window);
  if (department)
    return {
      role: `${feminine ? "directrice" : "directeur"} ${department[1]!}`,
      length: department[0].length,
    };
  const led = LED_UNIT_FR.exec(window);
  if (!led) return null;
  const noun = led[2]!;
  const article = /^[aeiouyéèêh]/iu.test(noun) ? "de l'" : UNIT_GENDERS[noun] === "f" ? "de la " : "du ";
  return {
    role: `${feminine ? "directrice" : "directeur"} ${article}${noun}${led[3]!}`,
    length: led[0].length,
  };
}

/** "arrive de C pour diriger l'activité X": the post paraphrased from the unit led, right after. */
export function ledUnitAfter(sentence: string, from: number, feminine: boolean): RolePhrase | null {
  const led = ledUnitFr(sentence.slice(from), feminine);
  return led && /^\s+pour\s/u.test(sentence.slice(from))
    ? { role: led.role, end: from + led.length, company: null, truncated: false }
    : null;
}

/** "hires X to lead its wealth division": the title is paraphrased from the unit led. */
export function isLedUnitPost(sentence: string, personEnd: number): boolean {
  const after = sentence.slice(personEnd);
  return LED_UNIT.test(after) || LED_UNIT_FR.test(after) || LED_DEPARTMENT_FR.test(after);
}

// Only a title brought by "comme", "en tant que"…, before the next person: ", qui devient R" and
// ", nommé R" are clauses of their own.
// "a promu X directrice qualité ; elle y était entrée en 2015 comme technicienne": past a semicolon
// the title introduced is the career's, unless the clause says the new post ("; il y sera R")
const NEW_POST_AFTER_SEMICOLON =
  /^;\s*(?:il|elle)\s+y\s+(?:devient|deviendra|sera|est nommée?|sera nommée?|occupe|occupera|prend|prendra)(?![\p{L}])/u;

function beforeCareerClause(sentence: string, from: number, stopAt: number): number {
  const semicolon = sentence.indexOf(";", from);
  return semicolon >= 0 && semicolon < stopAt && !NEW_POST_AFTER_SEMICOLON.test(sentence.slice(semicolon))
    ? semicolon
    : stopAt;
}

export function introducedRole(sentence: string, mentions: PersonMention[], from: number): RolePhrase | null {
  const stopAt = beforeCareerClause(sentence, from, nextMentionStart(mentions, from + 1, sentence));
  const intro = ROLE_INTRODUCER.exec(sentence.slice(from, stopAt));
  return intro ? readRole(sentence, from + intro.index + intro[0].length, stopAt) : null;
}

const MASCULINE_ADJECTIVES: [RegExp, string][] = [
  [/générale\b/u, "général"],
  [/ière\b/u, "ier"],
  [/ale\b/u, "al"],
  [/elle\b/u, "el"],
  [/ive\b/u, "if"],
];

/** A post's doubts less the gender guess, once the person's first name has told the gender. */
export function withoutGenderGuess(notes: Note[], genderKnown = true): Note[] {
  return genderKnown ? notes.filter((note) => note.kind !== NOTES.titleGenderGuessed) : notes;
}

/** leadershipRole named no title and guessed one from "la direction de": a guess is no reading. */
export const titleGuessed = (notes: readonly Note[]): boolean => hasNote(notes, NOTES.roleNotFoundGuessed);

// "prend la direction financière de C" → "directeur financier"; "la tête de C" → a guess.
export function leadershipRole(sentence: string, from: number, stopAt: number, feminine: boolean) {
  const phrase = readRole(sentence, from, stopAt);
  if (!phrase) return null;
  // "prend le secrétariat général (de C)": the office's holder, agreed with the person
  const office = /^secrétariat général(?=$|\s)/u.exec(phrase.role);
  if (office)
    return {
      ...phrase,
      role: `${feminine ? "secrétaire générale" : "secrétaire général"}${phrase.role.slice(office[0].length)}`,
      notes: [],
    };
  // "à la tête de la direction des risques": the post is the department named after "tête"
  const [led, ...rest] = phrase.role.replace(/^tête de la (?=direction|présidence)/u, "").split(" ");
  // "sa codirection artistique": a post shared by two holders, each its "codirecteur"
  const shared = /^co(?=direction$|présidence$)/u.test(led!);
  const noun = shared ? led!.slice(2) : led!;
  let qualifier = rest.join(" ");
  // only the adjectives of the post agree with the person: "de la commission médicale" stays
  const complement = /\s?(?:de|du|des|d')(?:\s|$)/u.exec(qualifier)?.index ?? qualifier.length;
  if (!feminine) {
    let own = qualifier.slice(0, complement);
    for (const [pattern, replacement] of MASCULINE_ADJECTIVES) own = own.replace(pattern, replacement);
    qualifier = own + qualifier.slice(complement);
  }
  const notes: Note[] = [];
  // "la direction de l'Est revient à X", "la direction du Sud-Ouest": a compass point names a region
  // of the house, not the house (the context gives the employer)
  if (
    phrase.company &&
    COMPASS_POINT.test(phrase.company.text) &&
    qualifier === "" &&
    (noun === "direction" || noun === "présidence")
  ) {
    const region = sentence.slice(phrase.end, phrase.company.end).trim();
    if (!feminine && !MASCULINE_CUE.test(sentence)) notes.push(note(NOTES.titleGenderGuessed));
    return { ...phrase, role: `${headOfLedPost(noun, feminine)} ${region}`, company: null, notes };
  }
  // "à la tête des ventes" names a scope, not a title: "directeur des ventes" may be
  // "directeur commercial" in the company's own words
  if (noun === "tête" && complement === 0) notes.push(note(NOTES.titleParaphrased, `la tête ${qualifier}`));
  if (!feminine && !MASCULINE_CUE.test(sentence)) notes.push(note(NOTES.titleGenderGuessed));
  let role: string;
  if (noun === "présidence" || noun === "gérance" || HOLDER_OF_POST[noun ?? ""])
    role = `${headOfLedPost(noun!, feminine)} ${qualifier}`;
  // "à la tête du conseil de surveillance", "à la tête du directoire": a board is chaired (not "du
  // bureau de Bruxelles": an office is directed)
  else if (noun === "tête" && CHAIRED_BOARD.test(qualifier))
    role = `${feminine ? "présidente" : "président"} ${qualifier}`;
  else if (qualifier.length > 0) role = `${headOfLedPost("direction", feminine)} ${qualifier}`;
  // "à la tête du Conseil national de …", "à la tête de l'Ordre des …": a council, a committee, a
  // commission or an order is chaired; its head is its "président"
  else if (noun === "tête" && phrase.company && isChairedBody(phrase.company.text))
    role = feminine ? "présidente" : "président";
  // "prend la direction du Théâtre de la Criée", "à la tête de l'office de tourisme de X": a museum,
  // a theatre, an office or an agency has a director, not a chief executive
  else if (
    (phrase.company && isInstitutionName(phrase.company.text)) ||
    (noun === "direction" && phrase.company && isDirectedNonProfit(phrase.company.text)) ||
    EMPLOYER_BY_COMMON_NOUN.test(sentence.slice(from, phrase.end)) ||
    (phrase.company !== null && ledByItsCommonNoun(sentence.slice(from, phrase.company.start)))
  )
    role = feminine ? "directrice" : "directeur";
  else {
    role = feminine ? "directrice générale" : "directeur général";
    notes.push(note(NOTES.roleNotFoundGuessed, `la ${noun} de`));
  }
  return { ...phrase, role: `${shared ? "co" : ""}${role.trim()}`, notes };
}

const COMPASS_POINT = /^(?:Nord|Sud|Est|Ouest)(?:-(?:Est|Ouest))?$/u;

// "reprend la direction de l'établissement", "prend la direction de la filiale viande de C": the
// house led is told by the common noun of an establishment, a festival or a subsidiary; a company
// ("la tête de l'éditeur de podcasts") has a chief executive
const EMPLOYER_BY_COMMON_NOUN = new RegExp(
  String.raw`^\s*(?:direction|tête)\s+(?:de la|de l['’]|du|des)\s*(?:nouvelle\s+|nouvel\s+|nouveau\s+)?(?:${EMPLOYER_NOUNS.join("|")}|filiale|branche|entité|division)(?![\p{L}])`,
  "u",
);

// Heads of names whose holder is "directeur" rather than "directeur général": public bodies, cultural
// houses and hospitals ("Musée de …", "Théâtre de …", "l'office de tourisme de …", "Direction
// interministérielle du …", "groupement hospitalier de …", "prend la direction des archives
// municipales de …", "du port fluvial de …"); a house of youth and culture (MJC) and an apprentices'
// training centre (CFA) are written by their acronyms.
const DIRECTED_HEADS = new Set(
  "musee theatre opera office observatoire institut centre agence direction groupement hopital bibliotheque mediatheque festival ecole conservatoire parc archives port jardin maison lycee college mjc cfa".split(
    " ",
  ),
);

// "à la direction de la maison de santé Les Oliviers", "à la tête du centre social Les Tilleuls":
// the common noun the text writes before the house's own name says what the house is
const COMMON_NOUN_BEFORE_NAME =
  /^\s*(?:direction|tête)\s+(?:de la\s+|de l['’]|du\s+|des\s+)(\p{Ll}[\p{Ll}-]*)(?:\s|$)/u;

function ledByItsCommonNoun(before: string): boolean {
  const noun = COMMON_NOUN_BEFORE_NAME.exec(before)?.[1];
  return noun !== undefined && DIRECTED_HEADS.has(foldWord(noun));
}

// "prend la direction de la Fondation X / de la Fédération X / de l'ESAT X": a foundation, a
// federation, an association or a sheltered workshop has a director (its head is elected
// "président"), where "la tête de" such a body may be its chair: only "direction" reads "directeur"
const DIRECTED_NON_PROFIT_HEADS = new Set("fondation federation association esat".split(" "));

function isDirectedNonProfit(company: string): boolean {
  const head = /^(?:[LlDd]['’])?([\p{L}-]+)/u.exec(company)?.[1] ?? "";
  return DIRECTED_NON_PROFIT_HEADS.has(foldWord(head));
}

const CHAIRED_BOARD = /^(?:du|de la|de l['’])\s*(?:conseil|comité|commission|directoire)(?![\p{L}])/u;
const CHAIRED_HEADS = new Set("conseil comite commission ordre".split(" "));

function isChairedBody(company: string): boolean {
  const head = /^(?:[LlDd]['’])?([\p{L}-]+)/u.exec(company)?.[1] ?? "";
  return CHAIRED_HEADS.has(foldWord(head));
}

function isInstitutionName(company: string): boolean {
  const head = /^(?:[LlDd]['’])?([\p{L}-]+)/u.exec(company)?.[1] ?? "";
  return DIRECTED_HEADS.has(foldWord(head));
}

export function isFeminine(sentence: string): boolean {
  return /(?<![\p{L}])(?:nommée|promue|élue|désignée|recrutée|arrivée|reconduite|choisie|appelée|elle|ancienne|directrice|présidente|associée|adjointe)(?![\p{L}])/iu.test(
    sentence,
  );
}

const MASCULINE_CUE =
  /(?<![\p{L}])(?:nommé|promu|élu|désigné|recruté|arrivé|reconduit|choisi|appelé|il|ancien|directeur|président|associé|M\.)(?![\p{L}])/iu;

// "Happydemics nomme …", "Lumen, spécialiste de la paie, nomme …": the employer is the subject,
// possibly before an apposition. A person there ("Paul Martin nomme …") is not an employer.
// A capitalised word and its lower-case complements, just before a capitalised name
const HEAD_AND_COMPLEMENTS_BEFORE =
  /(?:^|\s|['’])((\p{Lu}\p{L}+)(?:\s+(?:[\p{Ll}'’-]+|d['’]\p{Ll}+)){1,8}\s+)$/u;

const PARENT_AFTER_SUBSIDIARY =
  /(?<=(?:^|\s)(?:la|sa) (?:filiale|branche|division|marque)\s+[\p{Lu}\p{N}][^,;:]{0,50}?)\s+(?:du groupe|de la maison|du holding|de)\s+[\p{Lu}\p{N}][^,;:]{0,50}$/iu;

// "La Fédération de l'horlogerie romande a élu", "Le Centre technique des matériaux de terre cuite
// se dote d'un …": an institution's name may end on lower-case words no rule knows as its own
// ("romande", "cuite", "vidéo"). When the sentence opens on such a name and only one or two such
// words stand between it and the verb, they are its last words, not the sentence's.
const LOWER_WORDS_BEFORE_VERB = /^(?:\s+\p{Ll}[\p{Ll}-]{2,}){1,2}\s*$/u;
const NOT_A_NAME_WORD = new RegExp(
  `^(?:aussi|enfin|encore|également|désormais|déjà|lui|elle|eux|même|donc|ainsi|alors|ensuite|puis|qui|que|dont|hier|demain|bientôt|récemment|finalement|officiellement|notamment|actuellement|prochainement|dernièrement|unanimement|nouvellement|${WEEKDAY})$`,
  "u",
);

function institutionEndingOnLowerWords(sentence: string, verbStart: number): Span | null {
  const opening = /^[^\p{L}]*/u.exec(sentence)![0].length;
  const subject = readCompanyAfter(sentence, opening);
  if (!subject || subject.end >= verbStart) return null;
  if (!isInstitutionHead(/^(?:[LlDd]['’])?([\p{L}-]+)/u.exec(subject.text)?.[1] ?? "")) return null;
  const gap = sentence.slice(subject.end, verbStart);
  if (!LOWER_WORDS_BEFORE_VERB.test(gap)) return null;
  const words = gap.trim().split(/\s+/u);
  if (words.some((word) => NOT_A_NAME_WORD.test(word))) return null;
  const end = subject.end + gap.trimEnd().length;
  return { text: sentence.slice(subject.start, end), start: subject.start, end };
}

// "Charpentes et Couvertures Oudinet recrute X": two capitalised words joined by "et" at the sentence's
// start, before a verb in the singular, are one house's name ("Ferlog et Kargo recrutent" would be two);
// a first name opening it ("Anne et Paul Roy") is people.
const NAME_JOINED_BY_ET = /^[^\p{L}\p{N}]*((\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+et\s+)$/u;
const PLURAL_VERB = /^\s*(?:(?:s['’]|se\s+)?\p{L}+nt|ont|sont)(?![\p{L}])/u;

function withNameJoinedByEt(sentence: string, company: Span, verbStart: number): Span {
  const joined = NAME_JOINED_BY_ET.exec(sentence.slice(0, company.start));
  if (!joined || PLURAL_VERB.test(sentence.slice(verbStart))) return company;
  if (FIRST_NAMES.has(foldWord(joined[2]!))) return company;
  const start = company.start - joined[1]!.length;
  return { text: sentence.slice(start, company.end), start, end: company.end };
}

// "Le spécialiste de la location entre particuliers, Ferlog, a nommé": a descriptor in small letters
// opens the sentence and the employer's name stands alone in apposition after it
const DESCRIPTOR_OPENING = /^[^\p{L}]*(?:Le|La|Les|L['’])\s*\p{Ll}[^,\p{Lu}\d]*$/u;
function nameAfterDescriptor(sentence: string, prefix: string, apposition: RegExpExecArray): Span | null {
  if (!apposition[0].startsWith(",") || !DESCRIPTOR_OPENING.test(prefix.slice(0, apposition.index)))
    return null;
  const from = apposition.index + 1 + /^\s*/u.exec(apposition[0].slice(1))![0].length;
  const name = readCompanyAfter(sentence, from);
  return name && name.start === from && /^\s*,\s*$/u.test(sentence.slice(name.end, prefix.length))
    ? name
    : null;
}

export function companyBeforeVerb(
  sentence: string,
  verbStart: number,
  mentions: PersonMention[],
): Span | null {
  let end = verbStart;
  const prefix = sentence.slice(0, verbStart);
  // "Lumen, spécialiste de la paie, nomme", "L'AFSU (Association française des scale-ups) a élu"
  const apposition = /(?:,[^,]*,|\s*\([^()]*\))\s*$/u.exec(prefix);
  if (apposition) {
    // "Le spécialiste lyonnais de la paie, Lumen, nomme": the description comes first and the
    // commas hold the name itself
    const named = namedAfterDescription(sentence, prefix, apposition.index, mentions);
    if (named) return named;
    end = apposition.index;
  }
  // "La filiale Bétonor Granulats du groupe Bétonor nomme": the subsidiary, not its group
  const parent = PARENT_AFTER_SUBSIDIARY.exec(sentence.slice(0, end));
  if (parent) end = parent.index;
  const read =
    readCompanyBefore(sentence, end) ??
    institutionEndingOnLowerWords(sentence, end) ??
    (apposition ? nameAfterDescriptor(sentence, prefix, apposition) : null);
  if (!read || isTermInDescription(sentence, read)) return null;
  if (isPlaceOrOwnerOfDescribedHouse(sentence, read)) return null;
  // "L'Institut des sciences du vivant Lemarchand recrute": the institution's head noun and its
  // lower-case complements come before the capitalised word
  const before = HEAD_AND_COMPLEMENTS_BEFORE.exec(sentence.slice(0, read.start));
  // "Les Chantiers navals de Brévenec nomment": a capitalised head after the sentence's opening
  // article names the employer whole, whatever the head; an item's bullet may stand before it
  // ("• L'Aquarium océanographique de Lanmir nomme")
  const opensSentence =
    before !== null &&
    /^[^\p{L}\p{N}]*(?:les|le|la|l['’])\s*$/iu.test(sentence.slice(0, read.start - before[1]!.length));
  // "Conference interpreting agency Babel Booths has appointed": an English descriptor whose first
  // word folds to a French head ("conférence") is no name's head: no French link, an English word
  const complements = (before?.[1] ?? "").trim().split(/\s+/u).slice(1);
  const frenchComplements =
    complements.some((word) => /^(?:de|du|des|d['’]\p{L}+|la|l['’]\p{L}+|pour|en|et)$/u.test(word)) ||
    complements.every((word) => isFrenchWord(word));
  const start =
    before && (isInstitutionHead(before[2]!) || opensSentence) && frenchComplements
      ? read.start - before[1]!.length
      : read.start;
  const named = start === read.start ? read : { text: sentence.slice(start, read.end), start, end: read.end };
  const company = withNameJoinedByEt(sentence, named, verbStart);
  const isPerson = mentions.some(
    (m) => isConfidentPerson(m) && m.start < company.end && company.start < m.end,
  );
  return isPerson ? null : company;
}

// a sentence that opens on an article and a lower-case noun ("Le spécialiste …", "La start-up …"),
// then a capitalised name alone between commas right before the verb
const DESCRIPTION_OPENING = /^[^\p{L}]*(?:Le|La|Les|L['’])\s*\p{Ll}[^,;:.()]*$/u;
const NAME_IN_COMMAS = /^,\s*([\p{Lu}\p{N}][^,]*?)\s*,\s*$/u;

function namedAfterDescription(
  sentence: string,
  prefix: string,
  commaAt: number,
  mentions: PersonMention[],
): Span | null {
  if (!DESCRIPTION_OPENING.test(prefix.slice(0, commaAt))) return null;
  const inner = NAME_IN_COMMAS.exec(prefix.slice(commaAt));
  if (!inner) return null;
  const start = commaAt + prefix.slice(commaAt).indexOf(inner[1]!);
  const end = start + inner[1]!.length;
  const read = readCompanyBefore(sentence, end);
  if (!read || read.start !== start || read.end !== end) return null;
  const isPerson = mentions.some((m) => isConfidentPerson(m) && m.start < end && start < m.end);
  return isPerson ? null : read;
}

// "Arrivée de Nadia Benali chez Kerlog au poste de…": the employer right after the person.
export function employerRightAfter(sentence: string, from: number): Span | null {
  const link = /^\s*(?:chez|au sein d(?:e\s|u\s|es\s|'))\s*/u.exec(sentence.slice(from));
  return link ? readCompanyAfter(sentence, from + link[0].length) : null;
}

// "Le groupe Clairval a choisi X comme directeur général de sa régie Clairval Publicité": a
// possessive points from the subject to the subsidiary the person actually joins.
export function ownEmployer(sentence: string, role: RolePhrase | null): Span | null {
  if (!role?.company) return null;
  return /(?:^|\s)(?:sa|son|ses|leur)\s/u.test(sentence.slice(role.end, role.company.start))
    ? role.company
    : null;
}

// "X rejoint Caloria Group pour prendre la direction de sa filiale Caloria France": the post is
// at the subsidiary the possessive points to.
const SUBSIDIARY =
  /^[^.;:]{0,60}?\s(?:de|à) (?:sa|son|leur|ses) (?:filiale|branche|entité|division)s?(?:\s+\p{Ll}+)?\s+(?=[\p{Lu}\p{N}])/u;
export function subsidiaryOf(sentence: string, company: Span | null): Span | null {
  const link = company && SUBSIDIARY.exec(sentence.slice(company.end));
  return link ? readCompanyAfter(sentence, company.end + link[0].length) : null;
}

// "associés" → "associé", "directeurs généraux" → "directeur général"; the complement keeps its
// number ("chargés d'affaires" → "chargé d'affaires").
export function singularTitle(plural: string): string {
  const words = plural.trim().split(/\s+/);
  // "rédacteurs en chef adjoints": "en chef" belongs to the title, not a complement
  const complement = words.findIndex(
    (w, i) => i > 0 && /^(?:de|du|des|d'.*|en|à)$/u.test(w) && !(w === "en" && words[i + 1] === "chef"),
  );
  return words
    .map((w, i) =>
      complement >= 0 && i >= complement
        ? w
        : w.length > 3 && /aux$/u.test(w)
          ? w.replace(/aux$/u, "al")
          : w.replace(/(?<=\p{L}{3})[sx]$/u, ""),
    )
    .join(" ");
}

// The person's own first name first: in "Anne Roy devient directrice … tandis que Marc Lin prend la
// présidence", the sentence's feminine words are Anne's, not Marc's.
export function isFemininePerson(person: PersonMention, sentence: string): boolean {
  if (hasFeminineFirstName(person)) return true;
  if (hasMasculineFirstName(person)) return false;
  // a first name the lexicon does not know: French feminine endings ("Armelle", "Guillemette",
  // "Fabienne", "Séverine"), else the cues of the person's own clause, not of another item of a list
  // ("… devient directrice générale adjointe ; et Lucien Roy prend la direction de …")
  const first = (person.name.split(/\s+/u)[0] ?? "").split("-")[0] ?? "";
  if (!FIRST_NAMES.has(foldWord(first)) && FEMININE_NAME_ENDING.test(first)) return true;
  return isFeminine(ownItem(sentence, person.name));
}

// (and "-ie", "Octavie", "Léocadie", "Iphigénie": every unknown first name so ended in the corpora is
// a woman's; not the English diminutives "Eddie", "Archie", "Robbie")
const FEMININE_NAME_ENDING = /(?:elle|ette|ienne|ine|(?<!dd|bb|rch|ck|mm)ie)$/u;

// The item of a list set apart by semicolons that names the person (the whole sentence otherwise).
function ownItem(sentence: string, name: string): string {
  if (!sentence.includes(";")) return sentence;
  const surname = name.split(/\s+/u).at(-1) ?? name;
  const at = sentence.toLowerCase().indexOf(surname.toLowerCase());
  if (at < 0) return sentence;
  const start = sentence.lastIndexOf(";", at) + 1;
  const end = sentence.indexOf(";", at);
  return sentence.slice(start, end < 0 ? sentence.length : end);
}

// A title said once for several people ("trois nouveaux associés : Me A, Me B…"), in the
// singular and agreeing with each person.
export function titleFor(person: PersonMention, plural: string, sentence: string): string {
  const title = singularTitle(plural);
  return isFemininePerson(person, sentence) ? feminineTitle(title) : title;
}
