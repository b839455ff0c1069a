// Successions told from the side of the one who leaves, the successor named after the verb.
// The employer fills a post someone left, naming the successor after the verb: "Ferlog le remplace
// par Anne Roy", "Kargo Rail promeut à sa place Paul Lin", "… chez Ferlog, qui a nommé à sa place
// Anne Roy". The one replaced is the person the pronoun or "sa place" points back to (the paragraph
// reader's antecedent); the employer is the subject. The title is the successor's own when their
// clause gives one (", promue directrice sportive", ", qui devient manager"), else the post the
// one replaced held at that employer, read from what the paragraph said of them (same-post.ts).

import { type ClauseReading, kindOfShape, type Match, type Shape } from "./clause-move.ts";
import { RECENT_DAY } from "./clause-readers.ts";
import {
  companyBeforeVerb,
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  nextMentionStart,
  objectAfter,
  subjectsBefore,
  titleGuessed,
  withoutGenderGuess,
} from "./clause-slots.ts";
import { readCompanyAfter, readCompanyBefore } from "./company-spans.ts";
import { escapeRegExp } from "./compiled-pattern.ts";
import { feminineTitle, headOfLedPost, masculineTitle } from "./gender.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, type Note, note } from "./notes.ts";
import { ROLE_INTRODUCER, readRole } from "./role-phrase.ts";
import type { Sentence } from "./sentence.ts";

// ", promue directrice sportive", ", directrice marketing, qui devient directrice du réseau"
const OWN_TITLE =
  /^\s*,\s*(?:[^,.;]{1,80},\s*)?(?:qui\s+(?:devient|deviendra|prend le titre de|sera)|promue?|nommée?)\s+/u;

// "La Croix Bleue d'Ardelle le remplace par X": a name the backward reading stops in, read forward
// from the sentence's start when it runs right up to the verb
function openingCompany(sentence: string, verbAt: number): Span | null {
  const opening = /^\s*(?:(?:La|Le|Les)\s+|L['’])?/u.exec(sentence)![0].length;
  const company = readCompanyAfter(sentence, opening);
  return company && /^\s*$/u.test(sentence.slice(company.end, verbAt)) ? company : null;
}

// "Il était directeur commercial d'Assurvie, qui le remplace par X": a one-word name glued to its
// elided "d'" right before the relative
function elidedCompanyBefore(sentence: string, end: number): Span | null {
  const elided = /(?<![\p{L}])[dl]['’](?=\p{Lu}[^\s,]*\s*$)/u.exec(sentence.slice(0, end));
  if (!elided) return null;
  const company = readCompanyAfter(sentence, elided.index + 2);
  return company && /^\s*$/u.test(sentence.slice(company.end, end)) ? company : null;
}

export function readEmployerReplaces(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person = objectAfter(sentence, mentions, end);
  if (!person) return [];
  // "… le fabricant de mouvements Horlotech, qui a promu à sa place X": the relative's antecedent
  const relative = /,\s*qui\s+$/u.exec(sentence.slice(0, match.index));
  const company = relative
    ? (readCompanyBefore(sentence, relative.index) ?? elidedCompanyBefore(sentence, relative.index))
    : (companyBeforeVerb(sentence, match.index, mentions) ?? openingCompany(sentence, match.index));
  if (!company) return [];
  const own = OWN_TITLE.exec(sentence.slice(person.end));
  const said = own ? readRole(sentence, person.end + own[0].length) : null;
  const role = said && looksLikeTitle(said.role) ? said.role : null;
  return [
    {
      person,
      kind: /promeut|promu/u.test(match[0]) ? "promoted" : "appointed",
      role,
      company,
      predecessor: null,
      predecessorIsAntecedent: true,
      notes: [],
    },
  ];
}

// "Chez C, le directeur général Luc Faure cède sa place à Anne Roy", "Luc Faure passe le relais à
// Anne Roy à la présidence de C": the one who leaves is the subject, the successor follows "à".
// The post is said after the successor ("à la présidence de C", "comme R"), else it is the title
// the one who leaves is given ("le directeur général Luc Faure", "Luc Faure, directeur général"),
// in the successor's gender; the employer may be the paragraph's (implicit-company.ts).
const POST_AFTER_SUCCESSOR =
  /^\s*(?:,\s*)?(?:à la (?=présidence|direction|tête)|(?:comme|au poste d(?:e\s|')|en tant qu(?:e\s|'))\s*)/u;
// ("le directeur général de Vernalis, Luc Faure, transmet les rênes …": the title may name its house)
const TITLE_BEFORE_NAME =
  /(?:^|,\s*|(?:le|la|l['’]|notre|son|sa)\s+)((?:\p{Ll}[\p{Ll}'’-]*\s+){1,4}(?:(?:de|du|d['’])\s*\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2}\s+)?)$/u;
const TITLE_AFTER_NAME = /^\s*,\s*/u;

export function readBatonPassed(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const person = objectAfter(sentence, mentions, end);
  const leaver = subjectsBefore(sentence, mentions, match.index)[0] ?? null;
  if (!person || !leaver) return [];
  const feminine = isFemininePerson(person, sentence.slice(person.start));
  const post = POST_AFTER_SUCCESSOR.exec(sentence.slice(person.end));
  if (post) {
    const from = person.end + post[0].length;
    const said = /à la $/u.test(post[0])
      ? leadershipRole(sentence, from, sentence.length, feminine)
      : { ...readRole(sentence, from), notes: [] };
    if (said?.role && looksLikeTitle(said.role))
      return [reading(person, leaver, said.role, said.company ?? null, said.notes)];
  }
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  // "le directeur général Luc Faure", "Notre correspondant à Pontcarral, Luc Faure,"
  const before = TITLE_BEFORE_NAME.exec(sentence.slice(0, leaver.start).replace(/,\s*$/u, " "));
  const described = before ? readRole(before[1]!, 0) : null;
  if (described && looksLikeTitle(described.role))
    return [reading(person, leaver, agree(described.role), null, [note(NOTES.postFromOneReplaced)])];
  const apposition = TITLE_AFTER_NAME.exec(sentence.slice(leaver.end, match.index));
  const title = apposition ? readRole(sentence, leaver.end + apposition[0].length, match.index) : null;
  if (title && looksLikeTitle(title.role))
    return [reading(person, leaver, agree(title.role), title.company, [note(NOTES.postFromOneReplaced)])];
  return [];
}

function reading(
  person: PersonMention,
  leaver: PersonMention,
  role: string,
  company: Span | null,
  notes: Note[],
): ClauseReading {
  return { person, kind: "appointed", role, company, predecessor: leaver, notes };
}

// "Luc Faure quitte la direction des achats de Ferlog pour prendre celle de Kargo Rail": the post
// left names the post taken, at the employer after "celle de".
const SAME_POST_AT = /\spour\s+(?:prendre|reprendre)\s+celle\s+(?:de\s+(?:la\s+|l['’])?|du\s|des\s|d['’])/u;

export function readSamePostElsewhere(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const taken = SAME_POST_AT.exec(sentence.slice(end));
  if (!taken) return [];
  const company = readCompanyAfter(sentence, end + taken.index + taken[0].length);
  if (!company) return [];
  return subjectsBefore(sentence, mentions, match.index).flatMap((person) => {
    const post = leadershipRole(sentence, end, end + taken.index, isFemininePerson(person, sentence));
    if (!post || withoutGenderGuess(post.notes).length > 0) return [];
    return [
      { person, kind: "joined" as const, role: post.role, company, predecessor: null, notes: post.notes },
    ];
  });
}

// "À la direction financière, Anne Roy (ex-Kargo Rail) ;": the post heads the item, the person and
// where they come from close it, with no verb; the employer is the paragraph's.
const ITEM_CLOSES =
  /^\s*(?:\([^)]{1,60}\)|,\s*(?:ex-|venue? d|arrivée? d|jusqu'(?:ici|alors))[^;.]{1,80})?\s*(?:[;.]|$)/u;

export function readPostHeadedItem(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const comma = sentence.indexOf(",", end);
  const person = mentions.find((m) => m.start > comma && /^,\s*$/u.test(sentence.slice(comma, m.start)));
  if (!person || !isConfidentPerson(person) || !ITEM_CLOSES.test(sentence.slice(person.end))) return [];
  const post = leadershipRole(sentence, end, comma, isFemininePerson(person, sentence.slice(person.start)));
  if (!post || withoutGenderGuess(post.notes).length > 0) return [];
  return [
    {
      person,
      kind: "appointed",
      role: post.role,
      company: post.company,
      predecessor: null,
      // no verb says the person takes the post: an editor checks (NOTES.postFromItemWithoutVerb, 0.1)
      notes: [...post.notes, note(NOTES.postFromItemWithoutVerb)],
    },
  ];
}

// "…, parti diriger C", "…, appelée à présider C": the house led is the verb's object; read as
// "la direction de C" / "la présidence de C" would be ("diriger les ventes de C" → "directeur des
// ventes")
const LED_OBJECT_ARTICLE = /^(?:(le|les)\s+|(la\s+|l['’]))?/iu;

// "diriger la future direction de l'équipement": the object is itself a department, the title its head's
const LED_DEPARTMENT = /^\s*la\s+(?:(?:nouvelle|future)\s+)?(?=direction\s)/u;

const ON_BEHALF_OF = /^\s*,?\s*pour le compte d(?:e\s|u\s|es\s|['’])/u;

export function ledObject(sentence: string, from: number, stopAt: number, noun: string, feminine: boolean) {
  const department = LED_DEPARTMENT.exec(sentence.slice(from));
  if (department) return leadershipRole(sentence, from + department[0].length, stopAt, feminine);
  const skip = /^\s*/u.exec(sentence.slice(from))![0].length;
  const article = LED_OBJECT_ARTICLE.exec(sentence.slice(from + skip))!;
  const contracted = article[1] ? (article[1].toLowerCase() === "le" ? "du " : "des ") : "de ";
  const tailAt = from + skip + (article[1] ? article[0].length : 0);
  const prefix = `${noun} ${contracted}`;
  const post = leadershipRole(
    `${prefix}${sentence.slice(tailAt, stopAt)}`,
    0,
    prefix.length + stopAt - tailAt,
    feminine,
  );
  if (!post) return null;
  const shift = (span: Span): Span => ({
    text: span.text,
    start: span.start - prefix.length + tailAt,
    end: span.end - prefix.length + tailAt,
  });
  // "diriger les finances de C" names a scope, which the house may call "directeur financier": no title
  if (article[1]?.toLowerCase() === "les") return null;
  // "diriger l'usine d'incinération de V pour le compte de C": the house it is run for employs
  const endAt = post.end - prefix.length + tailAt;
  const onBehalf = ON_BEHALF_OF.exec(sentence.slice(endAt));
  const company = onBehalf
    ? readCompanyAfter(sentence, endAt + onBehalf[0].length)
    : post.company && post.company.start >= prefix.length
      ? shift(post.company)
      : null;
  // "diriger le golf des Étangs de V" read as "directeur du golf" at "Étangs de V": the house's own
  // common noun was cut from its name, so neither title nor employer can be trusted
  const headCut =
    !onBehalf &&
    company &&
    /^\S+ (?:du|de la|de l['’])\s*\p{Ll}+$/u.test(post.role) &&
    /^\s*(?:des|du|de la|de l['’]|de|d['’])\s*$/u.test(sentence.slice(endAt, company.start));
  if (headCut) return null;
  return { role: post.role, company, notes: post.notes };
}

// "la filiale belge du groupe, Pétrolia Belgique", "le groupe de services à la personne Aidalys": an
// article and a lower-case description, then the house's name, after a comma or not
// ("les finances de C" names a scope; "le golf des Étangs de S": the name would lose its own noun)
const DESCRIBED_HOUSE =
  /^\s*(?:(?:le|la)\s+|l['’]\s*)\p{Ll}[^,.;:()]{0,80}?(?<!\s(?:de|des|du|d['’]|la|le|les|l['’]|à|au|aux))(?:,\s*|\s+)(?=[\p{Lu}\p{N}])/u;

function headTitle(verb: string, feminine: boolean): string {
  return headOfLedPost(verb === "présider" ? "présidence" : "direction", feminine);
}

// "Elle succède à Luc Faure, parti diriger Kargo Rail", "en remplacement d'Anne Roy, partie prendre la
// présidence de C", "…, parti chez Kargo Rail comme directeur commercial": the person named before
// the participle moves to the post it names. Without a post ("parti à la retraite", "appelée à
// d'autres fonctions") there is no record: a departure is not a move.
export function readDepartureToPost(s: Sentence, match: Match, shape: Shape): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const verb = match[0].toLowerCase();
  // "X quitte C pour prendre …": the leaver is the subject of "quitte", not the house it leaves
  const leftAt = /^pour/u.test(verb)
    ? sentence.slice(0, match.index).search(/(?<![\p{L}])quitt\p{L}*\s[^.;:!?]*$/u)
    : -1;
  const leaver = subjectsBefore(sentence, mentions, leftAt >= 0 ? leftAt : match.index).at(-1);
  if (!leaver) return [];
  const end = match.index + match[0].length;
  const stopAt = nextMentionStart(mentions, end, sentence);
  // the participle agrees with the person: "partie", "appelée"
  const feminine = /^(?:partie|appelée)/u.test(verb) || isFemininePerson(leaver, sentence);
  let post: { role: string; company: Span | null; notes: Note[] } | null = null;
  const led = /(diriger|présider)$/u.exec(verb);
  const lead = /^\s*(?:la\s+)?(?=(?:direction|présidence|tête)\s)/u.exec(sentence.slice(end));
  const reins = /^\s*les rênes\s+(?=d)/u.exec(sentence.slice(end));
  if (led)
    post = ledObject(sentence, end, stopAt, led[1] === "diriger" ? "direction" : "présidence", feminine);
  else if (/(?:prendre|la)$/u.test(verb)) {
    if (lead) post = leadershipRole(sentence, end + lead[0].length, stopAt, feminine);
    else if (reins) post = ledObject(sentence, end + reins[0].length, stopAt, "tête", feminine);
  } else if (/(?:chez|rejoindre)$/u.test(verb)) {
    const company = readCompanyAfter(sentence, end);
    const intro = company && ROLE_INTRODUCER.exec(sentence.slice(company.end, stopAt));
    const title = intro && readRole(sentence, company.end + intro.index + intro[0].length, stopAt);
    // the title comes right after the house: "chez C comme R", not "chez C, où il dirigera …"; and it
    // is read whole: "comme directrice de la marque" is not a bare "directrice"
    const titleAt = company ? company.end + (intro?.index ?? 0) + (intro?.[0].length ?? 0) : 0;
    const whole =
      title &&
      new RegExp(`^\\s*${escapeRegExp(title.role)}\\s*(?:[,.;]|$)`, "u").test(sentence.slice(titleAt));
    if (title && whole && /^\s*$/u.test(sentence.slice(company.end, company.end + intro.index)))
      post = { role: title.role, company: title.company ?? company, notes: [] };
  } else if (/comme$/u.test(verb)) {
    const title = readRole(sentence, end, stopAt);
    if (title) post = { role: title.role, company: title.company, notes: [] };
  }
  // "partie diriger la filiale belge du groupe, Pétrolia Belgique", "partie présider le groupe de
  // services à la personne Aidalys": a common noun describes the house its name then gives; the
  // title is the bare head's
  // (before the post ledObject reads: "la voilerie concurrente Toiles du Ponant" is a house described,
  // not "directeur de la voilerie concurrente Toiles")
  const description = DESCRIBED_HOUSE.exec(sentence.slice(end, stopAt))?.[0] ?? "";
  if (led && (!post?.company || (description !== "" && !/\p{Lu}/u.test(description)))) {
    const described = DESCRIBED_HOUSE.exec(sentence.slice(end, stopAt));
    const company = described && readCompanyAfter(sentence, end + described[0].length);
    // the name ends the clause: "le groupe Aidalys pour trois ans" could be cut
    if (company && /^\s*(?:[,.;)]|$)/u.test(sentence.slice(company.end)))
      post = { role: headTitle(led[1]!, feminine), company, notes: [] };
  }
  // the house left for is the one the clause names: the paragraph's context names the house the
  // person leaves, so without a name there is no record
  if (!post?.company || !looksLikeTitle(post.role)) return [];
  return [
    {
      person: leaver,
      kind: kindOfShape(shape, verb),
      role: post.role,
      company: post.company,
      predecessor: null,
      // the participle says the gender the title takes; not yet measured on a first-scored corpus:
      // held for review (chosen-holder.ts note(NOTES.newShape))
      notes: [note(NOTES.newShape), ...withoutGenderGuess(post.notes)],
    },
  ];
}

// "Depuis le 2 mai, Anne Roy dirige l'usine de Rodez de Tuileries Marvaud": the present of leading
// tells a post held, a new one when the sentence dates it from a recent day (as readIsNow's "est")
export function readLedSinceRecentDay(s: Sentence, match: Match): ClauseReading[] {
  const since = RECENT_DAY.exec(s.text);
  if (!since || since.index > match.index) return [];
  return readLedUnit(s, match, /présid/u.test(match[0]) ? "présidence" : "direction");
}

// "X a pris le 2 mars les commandes de l'usine de V du groupe C", "prend les rênes de l'atelier de V
// de C": the head of a unit of the house; a house alone ("les rênes de C") is read by "takes post"
export function readReinsOfUnit(s: Sentence, match: Match): ClauseReading[] {
  return readLedUnit(s, match, "direction");
}

// The unit the verb's object names, up to the next person or clause, led by each subject before the
// verb; a house alone ("dirige C", "les rênes de C") leaves the title to a guess the labels often do
// not share, and gives no record
function readLedUnit(s: Sentence, match: Match, noun: "direction" | "présidence"): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const end = match.index + match[0].length;
  const clauseEnd = /[;:(]|,\s+(?:qu|où|dont|il|elle)(?![\p{L}])/u.exec(sentence.slice(end));
  const stopAt = Math.min(
    nextMentionStart(mentions, end, sentence),
    clauseEnd ? end + clauseEnd.index : sentence.length,
  );
  return subjectsBefore(sentence, mentions, match.index).flatMap((person) => {
    const post = ledObject(sentence, end, stopAt, noun, isFemininePerson(person, sentence));
    if (!post?.company || titleGuessed(post.notes)) return [];
    return [
      {
        person,
        kind: "appointed" as const,
        role: post.role,
        company: post.company,
        predecessor: null,
        notes: [...post.notes, note(NOTES.newShape)],
      },
    ];
  });
}
