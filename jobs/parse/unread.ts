// Paragraphs of the Mouvements section the parser did not (fully) understand. A move the parser
// misses must leave a trace an editor can see: a paragraph that yields no move, or that names
// more people beside a move verb than it yields moves for, is handed to the review queue as
// "Paragraphe non compris", with the names, companies and titles it holds so the editor can add
// the move in a few keystrokes.

import { allMatches } from "./all-matches.ts";
import { NEW_SHAPE } from "./chosen-holder.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { PERSON_LIKE_AN_INSTITUTION, READ_BY_SLOTS } from "./doubts.ts";
import { readFieldRecord, recordTellsNoMove, unreadPersonCell } from "./field-layouts.ts";
import { isFrenchWord } from "./french-words.ts";
import { foldWord, MOVE_SIGNAL, PLACES, POST_TAKEN_SIGNAL, SPEECH, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { isBareDeparture } from "./mercato-lines.ts";
import { companyKey, personKey } from "./names.ts";
import { READ_TAKEN_OVER_POST } from "./paragraph.ts";
import { rejectionOf } from "./rejections.ts";
import { readsLikeAMove } from "./section.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import { titledNamesIn } from "./titled-names.ts";
import type { ParsedMove, UnreadParagraph } from "./types.ts";
import {
  frontedTitleName,
  givenFirstMention,
  givenNameFirst,
  verblessListNames,
  withoutTrailingLabels,
} from "./unread-layouts.ts";
import { FIRST_PERSON_MOVE, nonMoveReasonOf } from "./unread-people.ts";

// the particles of a name ("de", "van der", "El" in "Nour El Houda"), not counted among its words
const NAME_PARTICLE =
  /^(?:de|du|des|d['’]|la|le|van|von|der|den|del|della|di|da|dos|das|el|al|ben|bin|bint|abd|ould|ait)$/iu;

// An unread paragraph's candidate people: a list of a dozen movers is offered whole to the editor
const MAX_CANDIDATES = 16;

// "Iribarne-Sall Évrard" and "Évrard Iribarne-Sall": the same words in another order
const sameWords = (a: string, b: string) =>
  personKey(a).split(" ").sort().join(" ") === personKey(b).split(" ").sort().join(" ");

// Records that are proposals, not readings: the slot reader's, a post taken from the one replaced,
// and those of a shape no first-scored corpus has measured yet (chosen-holder.ts)
const PROPOSALS = new Set([
  READ_BY_SLOTS.reason,
  PERSON_LIKE_AN_INSTITUTION.reason,
  "post taken from the one replaced",
  NEW_SHAPE,
  // a successor told from the departure side, the post and house the departing person's (taken-over-post.ts)
  READ_TAKEN_OVER_POST,
]);

// A record whose "person" is a house's name, not someone's ("Fondation Génération Avenir" out of "La
// déléguée générale de la Fondation Génération Avenir rejoindra …"): it accounts for nobody the
// paragraph names, who stay candidates. A person's name the doubt mistook ("Iseult Fontanges-Roux")
// still reads as one (looksLikeAName).
function namesAHouse(move: ParsedMove): boolean {
  if (!move.reasons.includes(PERSON_LIKE_AN_INSTITUTION.reason)) return false;
  const mention = findPersonMentions(move.person)[0];
  return mention === undefined || !looksLikeAName(mention);
}

// Where a title starts: the head noun of a title ("directrice", "head", "CFO"); adjectives of the
// role lexicon ("générale", "senior") only follow one.
const TITLE_START = /(?<![\p{L}])[\p{L}-]+(?![\p{L}])/gu;
const TITLE_STOP = /[,;:.()]|\s(?:de|du|des|d'|chez|au sein|à|pour|en|qui|et|depuis|jusqu)(?:\s|$)/u;

function titlesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of allMatches(text, TITLE_START)) {
    const lower = foldWord(word[0]);
    // "dg", "daf" are titles only in capitals (DG, DAF)
    if (!TITLE_HEADS.has(lower) || (lower.length <= 3 && !/^\p{Lu}+$/u.test(word[0]))) continue;
    if (found.some((t) => t.includes(word[0]))) continue;
    const rest = text.slice(word.index, word.index + 80);
    // the title with its first complement ("directrice des ressources humaines")
    const cut = /^(\S+(?:\s+(?:de la|des|du|de l'|d')?\s*[\p{Ll}-]+){0,3})/u.exec(rest)?.[1] ?? word[0];
    const stop = TITLE_STOP.exec(cut);
    found.push((stop ? cut.slice(0, stop.index) : cut).trim());
  }
  return found.slice(0, 5);
}

function companiesIn(text: string, people: Set<string>): string[] {
  const found: string[] = [];
  for (const cue of text.matchAll(
    /(?<![\p{L}])(?:chez|rejoint|rejoindra|intègre|de|du|d'|à|au sein de)\s+/giu,
  )) {
    const span = readCompanyAfter(text, cue.index + cue[0].length);
    if (!span || people.has(personKey(span.text))) continue;
    if (!found.includes(span.text)) found.push(span.text);
  }
  return found.slice(0, 5);
}

// Moves only the review queue listens for (the records' readers do not use them): a promotion in
// the present ("promeut"), a post given ("porte à la présidence", "au profit d'", "met à disposition",
// "revient à son adjointe"), a departure to a post ("parti diriger", "quitte X pour la direction"),
// a post announced by its holder's title ("Nouvelle directrice des sinistres chez …: X") and the
// words of a personal announcement ("a commencé un nouveau poste", "Bienvenue à", "je prends la
// direction", "I'm joining").
const REVIEW_SIGNAL = new RegExp(
  [
    "promeu[tv]",
    "promouv",
    "port(?:e|ent|é|ée|era) à la (?:présidence|direction|tête)",
    "élev\\p{L}* au rang",
    "au profit d",
    "(?:met|mettent|mis|mise) à (?:sa |leur |la )?disposition",
    "parti(?:e|s|es)? (?:chez|diriger|présider|rejoindre|prendre)",
    // the present too: "il succède à X, qui part diriger C"
    "part(?:ent|ira|iront)? (?:diriger|présider|rejoindre|prendre la)",
    // "…, qui part chez C en tant que directrice générale": a post elsewhere (a house alone is no move)
    "part(?:ent|ira|iront)? chez [^,.;]{1,60}? (?:en tant que|comme|au poste d|en qualité d)",
    // "X, qui préside désormais le conseil de surveillance": a post held from now on
    "(?:préside|président|dirige|dirigent|pilote|pilotent|copréside|codirige)\\s+désormais",
    // "quitte la direction financière de A pour celle de B": the same post elsewhere
    "quitt\\p{L}*\\s[^.;]{1,90}?\\spour (?:celle|celui|ceux|celles) d",
    "(?:prend|prendra|pris|prise|assure|assurera) (?:sa|leur) relève",
    "fai\\p{L}* (?:aussi |également )?entrer",
    "s['’](?:est|sont) donnée?s? (?:pour|comme)",
    "transfuge",
    // a hand-over, an adverb allowed in between: "passe d'ailleurs la direction générale à son neveu"
    "(?:passe|passera|cède|cèdera|cédera|transmet|transmettra|laisse|laissera)\\s+(?:d['’]ailleurs\\s+|\\p{L}+ment\\s+)?(?:la (?:direction|présidence)|les rênes|la main|le relais|le flambeau|sa place|son fauteuil)",
    "pour (?:prendre )?la (?:direction|présidence|tête)",
    "revien(?:t|nent|dra) à",
    "nouve(?:au|l|lle) poste",
    "new (?:position|role|job)",
    "bienvenue à",
    "welcom(?:e|es|ing)(?![\\p{L}])",
    "prends (?:la|le|les)",
    // "X et Y prennent respectivement la direction commerciale et la direction technique"
    "(?:prennent|prendront|ont pris) (?:respectivement )?(?:la|les|le) (?:direction|présidence|tête|responsabilité)",
    "joining(?![\\p{L}])",
    // a post taken with words in between: "prendra pour sa part la direction générale de C", "qui
    // prend au siège la direction générale", "qui assumera la direction artistique du Teatro"
    "(?:prend|prendra|reprend|reprendra|assume|assumera|assure|assurera)\\s+(?:[^\\s,.;]+\\s+){0,3}?la (?:direction|présidence|tête)(?![\\p{L}])",
    "assur\\p{L}* (?:désormais |aussi |également )?la (?:gestion|responsabilité)",
    "nouvelles? fonctions?",
    // "Sa remplaçante aux Tamaris est X"
    "(?:son|sa|leur) (?:remplaçante?|successeure?|successrice)",
    "new chapter|nouveau chapitre|(?:i'm|i am) starting|moving to|moves to|will join|has joined",
    // a succession told from the post: "Ornella Roy, venue de C, prend sa suite", "Son poste est
    // repris par X", "La relève est assurée par X", "X a pris ses fonctions de …", "a choisi X pour
    // occuper le poste de …", "débauche X chez C et en fait sa directrice …"
    "pr(?:end|endra|is|ise|ennent) (?:sa|leur) suite",
    "(?:poste|siège|fauteuil|place|fonction)s? (?:est|sera|a été|sont|seront|ont été) (?:repris|reprise|occupée?)",
    "relève (?:est|sera|a été) assurée",
    "pr(?:end|endra|is|ise|ennent) ses fonctions",
    "occuper le poste",
    // "assure depuis lundi les fonctions de directeur commercial de C", "exercera la fonction de présidente"
    "(?:assur|exerc)\\p{L}*\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:les|ses|la) fonctions? d",
    "en fait (?:sa|son|leur) (?:nouvel(?:le)? |nouveau )?\\p{L}",
    // "Depuis le 2 novembre, X, ex-C, est directrice du domaine de D": a post held now, the house left named
    ",\\s*ex-[^,;.]{1,60},\\s+(?:est|sera|devient)\\s+(?:désormais\\s+)?(?:la |le |l['’])?(?:nouvel(?:le)?\\s+|nouveau\\s+)?(?:directeur|directrice|président|présidente|responsable|chef|cheffe|délégué|déléguée|secrétaire|gérant|gérante|administrateur|administratrice|head|managing)",
    // "succède à X, à la suite de son élection à la présidence de C": the predecessor's own move
    "(?:son|sa|leur) (?:élection|nomination|arrivée|promotion) (?:à|au|aux|comme|en tant que)(?![\\p{L}])",
  ].join("|"),
  "iu",
);

// "Nouvelle directrice des sinistres chez …", "notre nouveau CTO": a title announced as new
// ("its new chief financial officer": the English announces so too)
const NEW_TITLE = /(?<![\p{L}])(?:nouve(?:au|l|lle)|(?:its|their|our|as) new)\s+([\p{L}-]+)/giu;
const newTitle = (text: string) =>
  allMatches(text, NEW_TITLE).some((m) => {
    const head = foldWord(m[1] ?? "");
    return TITLE_HEADS.has(head) && (head.length > 3 || /^\p{Lu}+$/u.test(m[1] ?? ""));
  });

// "Aérofibre Composites : Tomás Egurrola à la direction technique": a name given a post with no verb
// (case-sensitive: the word before the post is a name's)
const VERBLESS_POST = /\p{Lu}[\p{L}'’-]+\s+à la (?:co-?)?(?:direction|présidence|tête)(?![\p{L}])/u;

const signalsAMove = (text: string) =>
  MOVE_SIGNAL.test(text) ||
  POST_TAKEN_SIGNAL.test(text) ||
  REVIEW_SIGNAL.test(text) ||
  VERBLESS_POST.test(text) ||
  newTitle(text);

// "tandis qu'Aude Roy prend …", "lorsqu'Yves …": the elided conjunction is glued to the name.
// Blanked (offsets kept) so the name is found like any other.
const ELIDED_CONJUNCTION = /(?<![\p{L}])(?:qu|lorsqu|puisqu|jusqu)['’](?=\p{Lu})/gu;

// "…, lui, la direction": an aside pronoun between a verb and its object
const ASIDE_PRONOUN = /,\s*(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,/gu;

// "Celui-ci a pris en juillet la direction de …": the sentence is about the last person named
// "Elle devient conseillère du président de C": so is a sentence opening on a subject pronoun,
// unless it is the pronoun of the one replaced ("Il sera remplacé par Y" names Y's move, not theirs)
const DEMONSTRATIVE_OPENING =
  /^\s*(?:Ce dernier|Cette dernière|Celui-ci|Celle-ci|(?:Il|Elle)(?=\s)(?!\s+(?:est|sera|a été|va être|vient d'être)\s+(?:remplacée?|relayée?)(?![\p{L}])))(?![\p{L}])/u;

// "…, Delphine Roy, comme directrice générale déléguée": a title brought to the name after it
const INTRODUCED_TITLE =
  /^\s*,?\s*(?:comme|en tant que|en qualité de)\s+(?:nouvel(?:le)?\s+|nouveau\s+)?([\p{L}-]+)/u;
const introducesATitle = (clause: string) => {
  const head = INTRODUCED_TITLE.exec(clause)?.[1];
  return head !== undefined && TITLE_HEADS.has(foldWord(head));
};

// "prendra la succession de", "succède à", "remplace", "replaces": a verb whose object is the one replaced
const SUCCESSION_BEFORE =
  /(?:succession\s+d(?:e\s+|['’])|succ[èé]d\p{L}*\s+à\s+|remplac\p{L}*\s+|(?:replaces|replacing|succeeds|succeeding|will\s+(?:replace|succeed))\s+)$/u;

// "…, où lui succède son adjoint, X", "Le remplace à ce poste X": the subject after the verb is the
// successor, a mover, though a reader may have taken them for the one replaced
const INVERTED_SUCCESSOR =
  /(?:^|[,;:]\s*|\s(?:où|et)\s+)(?:lui|le|la)\s+(?:succède|succèdera|succédera|remplace|remplacera)\s+(?:[^,.;]{0,40},\s*)?(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/u;

// "C engage comme directeur sportif X": the object of an appointing verb with its title before the
// name is a mover, even when the next sentence names them as the one replaced
const TITLED_OBJECT =
  /(?:nomme|nomment|recrute|recrutent|engage|engagent|désigne|désignent|choisit|accueille|accueillent|appelle|promeut)\s+(?:comme|en tant que|au poste de|en qualité de)\s+[\p{Ll}' -]{2,60}$/u;

// A name the lexicon does not know but that reads as a person's: two or three capitalised words
// that are neither dictionary words nor the words of a company ("Roland Espitalier", "Leonardo
// Ibáñez-Sola"; not "Tempora Intérim", "Grand Ouest", "Cci de Valbrèze")
const COMPANY_WORD =
  /^(?:groupe?|group|partners|capital|conseil|consulting|holding|france|international|industries|assurances?|bank|banque|labs?|studios?|media|médias|tech|solutions|services|systems|energy|énergie|immobilier|santé|finance|sa|sas|inc|ltd|gmbh|ag|co|cci|club|fondation|institut|agence|association|fédération|syndicat|université|fund|fonds|trust|foundation)$/iu;
function looksLikeAName(mention: PersonMention): boolean {
  const words = mention.name.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)))
    return false;
  const [first] = words;
  if (first!.length < 3 || isFrenchWord(first!) || PLACES.has(foldWord(first!))) return false;
  return words.every((word) => !COMPANY_WORD.test(word)) && !isFrenchWord(words.at(-1)!);
}

// "Directrice éditoriale de C depuis le 1er mars, Yuna Roy …", "Nommée en janvier directrice de C,
// Aiko Roy …": a post fronted with the date it was taken is a move announced, the name after it a
// mover even when the first-name lexicon does not know it (an interview's chapô, a portrait)
const TAKEN_SINCE =
  /^[^.;:!?]{0,160}?(?<![\p{L}])(?:depuis|nommée?|promue?|élue?)(?![\p{L}])[^.;:!?]{0,80},/iu;
function newlyTitled(paragraph: string): string[] {
  const first = splitSentences(paragraph)[0]?.text ?? "";
  if (!TAKEN_SINCE.test(first)) return [];
  const named = frontedTitleName(
    paragraph,
    (mention) => !isTaglineName(mention) && (isConfidentPerson(mention) || looksLikeAName(mention)),
  );
  return named ? [named] : [];
}

// The words before and after a name in its sentence, for the table of non-move reasons
function sentenceAround(text: string, name: string): { before: string; clause: string } | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const start = Math.max(0, text.slice(0, at).search(/[.!?;][^.!?;]*$/u) + 1);
  const after = text.slice(at + name.length);
  const end = after.search(/[.!?;]/u);
  return { before: text.slice(start, at).slice(-80), clause: end < 0 ? after : after.slice(0, end + 1) };
}

// "Sa collègue Églantine Roux le remplacera", "son adjoint, Damien Roy": a noun that only a person
// takes names a person right after it, whatever the dictionary says of the name's words
const PERSON_NOUN_BEFORE =
  /(?<![\p{L}])(?:son|sa|leur|le|la|l['’]|une?)\s+(?:collègue|adjointe?|bras droit|numéro deux|fils|fille|successeure?|remplaçante?|associée?|cofondat(?:eur|rice)|fondat(?:eur|rice)|homologue)\s*,?\s*$/iu;

// "Le Britannique Rajiv Sandhu-Hale": a capitalised descriptor after its article ran into the name
function withoutDescriptor(mention: PersonMention): PersonMention {
  const words = mention.name.split(/\s+/u);
  // (an elided article may have stayed on it: "L'Écossais Ewan Roy")
  if (words.length < 3 || !isFrenchWord(words[0]!.replace(/^l['’]/iu, ""))) return mention;
  return { ...mention, name: words.slice(1).join(" ") };
}

// "→ « Congratulations to our newly promoted Partners: A, B and C! » (C, bureau de Lyon)": a
// paragraph that is one quote is an announcement quoted whole, not someone speaking about a move
function quotedWhole(paragraph: string): boolean {
  const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;
  const outside = maskQuotes(paragraph);
  return outside !== paragraph && letters(outside) * 3 < letters(paragraph) && !SPEECH.test(outside);
}

// "appelé à d'autres fonctions": a departure, not a post (rejections.ts "other_duties")
const OTHER_DUTIES = /(?:à|vers) (?:d['’]autres|de nouvelles) (?:fonctions|missions|responsabilités)/iu;

// "dont le mandat arrivait à échéance", "Gabriel Roy reste seul aux commandes": nothing changes
const STAYS =
  /^[\s,]*(?:reste|restera|demeure|demeurera)(?![\p{L}])|arriv\p{L}* à (?:échéance|son terme|expiration)/iu;

// "Léonore Roy cède la direction générale à Damien Sauvestre, jusqu'ici directeur des opérations,
// et devient présidente": after a hand-over, the coordinated verb is the giver's.
// So is the verb of the hand-over's purpose: "cède son poste de R à Y pour devenir R'".
const HANDOVER_THEN_VERB =
  /^[^.;]{0,60}(?:cède|cèdera|laisse|laissera|transmet|transmettra)\s[^.;]{0,160}(?:,\s*et\s+(?:devient|deviendra|prend|prendra|rejoint|rejoindra|est nommée?|sera nommée?|conserve)|\spour\s+(?:devenir|prendre|rejoindre))(?![\p{L}])/u;

// "Il sera assisté de deux vice-présidents, A et B", "… ses deux adjoints : A et B", "Deux
// vice-présidents l'épaulent : A et B": a post given to several people, counted, names the people
// after it, who have a post of their own even without a move verb of theirs.
const PLURAL_POST =
  /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+(?:nouve(?:aux|lles)\s+)?(?:co-?|vice-)?(?:président|présidente|adjoint|adjointe|directeur|directrice|administrateur|administratrice|associé|associée|délégué|déléguée|secrétaire|trésorier|trésorière|conseiller|conseillère|membre|dirigeant|dirigeante|responsable|manager|partner)s(?![\p{L}])/iu;

// A move verb whose object is the name right after it: "remplacé par", "confiée à", "en la
// personne d'", "nomme", "recrute" (not "rejoint", whose object is an employer).
const GOVERNED = new RegExp(
  `(?:(?:${MOVE_SIGNAL.source}|${POST_TAKEN_SIGNAL.source})[\\p{L}]*\\s+(?:par|à|au)|en la personne d['’]|(?:nomme|nomment|recrute|recrutent|désigne|promeut|accueille|choisit|choisi|appelle)(?![\\p{L}]))\\s*(?:à (?:sa|leur) (?:place|suite),?\\s*)?(?:(?:M\\.|Mme|Me|Dr|Pr)\\s+)?$`,
  "iu",
);

// A sponsor's descriptor or a heading's words in capitals ("CABINET DE RECRUTEMENT DIGITAL" after
// "+ MOUVEMENTS, avec …", "CONSEIL EN TALENTS") read as a name in capitals: a "name" whose first
// name the parser does not know and whose every word the dictionary has is no one.
const isTaglineName = (mention: PersonMention) =>
  !mention.knownFirstName && mention.name.split(/[\s'’-]+/u).every((word) => !word || isFrenchWord(word));

interface Anchor {
  name: string;
  start: number;
  end: number;
  mention?: PersonMention;
}

// Where each person of a sentence is named, in full or, once named in the paragraph, by surname
// alone ("Pouilly, qui dirigeait l'entreprise depuis 2011, devient …"), in text order.
function anchorsIn(sentence: string, mentions: PersonMention[], people: string[]): Anchor[] {
  const anchors: Anchor[] = mentions.map((mention) => ({
    name: mention.name,
    start: mention.start,
    end: mention.end,
    mention,
  }));
  const lower = sentence.toLowerCase();
  for (const name of people) {
    const surname = (name.split(/\s+/u).at(-1) ?? "").toLowerCase();
    if (surname.length < 3) continue;
    for (let at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(end))) continue;
      if (anchors.some((a) => a.start <= at && a.end >= end)) continue;
      anchors.push({ name, start: at, end });
    }
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/**
 * The section's paragraphs that yield no move though they look like they announce one, or fewer
 * moves than the people they name beside a move verb. A paragraph without a move verb and without
 * a person-looking name (a sponsor line, an introduction) is not listed. Someone with a verb of
 * their own ("Elle succède à Marc Bellamy, promu directeur général Europe", "Pouilly … devient
 * président du conseil de surveillance") and no record of their own leaves the paragraph partly
 * read even when they are another mover's predecessor.
 */
export function findUnreadParagraphs(paragraphs: string[], moves: ParsedMove[]): UnreadParagraph[] {
  const unread: UnreadParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    // a row that says its post is held ad interim, or a departure, is understood: no move to add
    const record = readFieldRecord(paragraph);
    if (record && recordTellsNoMove(record) && !moves.some((m) => m.paragraph_index === index)) return;
    // "OUT : Y quitte A": a departure that names no destination is no move left unread
    if (isBareDeparture(paragraph)) return;
    const own = moves.filter((m) => m.paragraph_index === index);
    // a record the slot reader guessed (slot-reader.ts) is a proposal, not a reading: its person
    // stays a candidate, so the paragraph is still listed as partly read beside the record
    // (so is one whose title the paragraph never gives its person, taken from the one replaced:
    // "Il est remplacé par Y" names Y, the paragraph may hold more than the reader saw)
    const read = own.filter((m) => !m.reasons.some((reason) => PROPOSALS.has(reason)) && !namesAHouse(m));
    const movers = new Set(read.map((m) => personKey(m.person)));
    const accounted = new Set(
      read.flatMap((m) => [m.person, m.predecessor ?? ""]).map((name) => personKey(name)),
    );
    // "X prendra la succession de Y comme R de C", "X succeeds Y as R": the title after the one
    // replaced, right after the verb, is the mover's, which the record holds (a predecessor the
    // paragraph names again may have a move of their own told there: "C en confie la direction à Y.
    // Chez D, X remplace Y comme R")
    const predecessors = new Set(
      read
        .map((m) => m.predecessor ?? "")
        .filter((name) => name && paragraph.split(name).length === 2)
        .map(personKey),
    );
    // a run that holds a mover's or predecessor's whole name is them ("Théo Lambert de Fluxia", "Arrivée
    // d'Edwige Roy": the run took in a word before or after)
    const accountedWithin = (key: string) =>
      [...accounted].some((other) => other && ` ${key} `.includes(` ${other} `));
    // a run like "Lumen Analytics" read as a name is the company of a move, not someone left out
    const companies = new Set(read.flatMap((m) => [m.company, ...m.previous_companies]).map(companyKey));
    const masked = (quotedWhole(paragraph) ? paragraph : maskQuotes(paragraph)).replace(
      ELIDED_CONJUNCTION,
      (elided) => " ".repeat(elided.length),
    );
    // the people a quote names, where it names them: "« … a choisi X pour diriger le groupe »,
    // annonce le communiqué. Elle succédera à Y" is about X
    const quoted = findPersonMentions(paragraph).filter(
      (mention) => isConfidentPerson(mention) && masked.slice(mention.start, mention.end).trim() === "",
    );
    const named: string[] = [];
    const confident: string[] = [];
    // the person-like names as a record would spell them, for the editor (unread-layouts.ts)
    const candidateNames: string[] = [];
    const nameLikeNames: string[] = [];
    // the confident names that are not a tagline's words (isTaglineName)
    let personLike = false;
    const unaccounted: string[] = [];
    // (a person the first names vouch for is someone even when a record took their name for its
    // employer: "Ardouin Cortiça | directeur général | Tiago Ferreira-Vidal")
    const leaveOut = (name: string, sure = false) => {
      if (!unaccounted.includes(name) && (sure || !companies.has(companyKey(name)))) unaccounted.push(name);
    };
    // someone who tells their own move in a quote they sign is no mere speaker (unread-people.ts)
    const firstPersonMove = FIRST_PERSON_MOVE.test(paragraph);
    let signal = false;
    for (const sentence of splitSentences(masked)) {
      for (const mention of quoted)
        if (mention.end <= sentence.start && !confident.includes(mention.name)) confident.push(mention.name);
      const moveSentence = signalsAMove(sentence.text);
      signal ||= moveSentence;
      const mentions = findPersonMentions(sentence.text);
      for (const mention of mentions) {
        if (!named.includes(mention.name)) named.push(mention.name);
        if (isConfidentPerson(mention) && !confident.includes(mention.name)) confident.push(mention.name);
        personLike ||= isConfidentPerson(mention) && !isTaglineName(mention);
        // the name as a record spells it, and one whose run took in a card's next label ("Qui ?
        // Ornella Roy Quoi ? …"): the editor's candidates, and a person-like name of the paragraph
        // (a name the lexicon vouches for first: the review form opens on the first candidate)
        const name = givenFirstMention(
          withoutTrailingLabels(mention),
          sentence.text.slice(Math.max(0, mention.start - 12), mention.start),
        );
        const sure = isConfidentPerson(name);
        if ((sure || looksLikeAName(name)) && !isTaglineName(name)) {
          const spelt = name.name;
          const list = sure ? candidateNames : nameLikeNames;
          if (!spelt.split(/\s+/u).some((word) => MOVE_WORD_START.test(word)) && !list.includes(spelt))
            list.push(spelt);
          personLike ||= name.name !== mention.name;
        }
      }
      // Each person named, in full or by surname, with the clause that follows up to the next one
      const anchors = anchorsIn(sentence.text, mentions, confident);
      const demonstrative = DEMONSTRATIVE_OPENING.exec(sentence.text);
      const last = confident.findLast((name) => !mentions.some((m) => m.name === name));
      if (demonstrative && last && (anchors[0]?.start ?? Number.POSITIVE_INFINITY) >= demonstrative[0].length)
        anchors.unshift({ name: last, start: 0, end: demonstrative[0].length });
      // a person's clause runs to the next person named; a weak name (often a company) does not end it
      const isPerson = (anchor: Anchor) =>
        anchor.mention === undefined ||
        isConfidentPerson(anchor.mention) ||
        accounted.has(personKey(anchor.name));
      anchors.forEach((anchor, i) => {
        if (movers.has(personKey(anchor.name))) return;
        const rest = sentence.text.slice(anchor.end);
        const next = anchors.slice(i + 1).find(isPerson);
        const clause = sentence.text
          .slice(anchor.end, next?.start ?? sentence.text.length)
          .replace(ASIDE_PRONOUN, "");
        const asWritten = sentence.text.slice(anchor.start, anchor.end);
        const background =
          OTHER_DUTIES.test(clause) ||
          STAYS.test(clause) ||
          rejectionOf({ person: asWritten, role: "", company: "", sentence: sentence.text })?.id ===
            "passing_appointment";
        if (background) return;
        const before = sentence.text.slice(anchors[i - 1]?.end ?? 0, anchor.start).slice(-80);
        // someone beside a move verb who is neither a mover nor a predecessor, or anyone with a
        // verb of their own ("…, promu directeur général Europe", "Pouilly … devient …", "…, X, comme
        // directrice générale déléguée", "engage comme directeur sportif X")
        const besideAVerb = anchor.mention !== undefined && signalsAMove(sentence.text);
        const pluralPost = PLURAL_POST.exec(sentence.text);
        const ownVerb =
          (pluralPost !== null && anchor.start >= pluralPost.index + pluralPost[0].length) ||
          signalsAMove(clause) ||
          HANDOVER_THEN_VERB.test(rest) ||
          (introducesATitle(clause) &&
            !(predecessors.has(personKey(anchor.name)) && SUCCESSION_BEFORE.test(before))) ||
          TITLED_OBJECT.test(before.trimEnd()) ||
          INVERTED_SUCCESSOR.test(before);
        if (isPerson(anchor)) {
          const key = personKey(anchor.name);
          const sure = anchor.mention?.knownFirstName === true;
          if (ownVerb) leaveOut(anchor.name, sure);
          else if (!accountedWithin(key) && (besideAVerb || (read.length > 0 && sure))) {
            // everyone the paragraph names is accounted for: someone beside a move verb, or anyone
            // the first names vouch for in a paragraph with records, verb or none, unless named for
            // a reason that is no move of theirs (unread-people.ts)
            const reason = nonMoveReasonOf({ before, clause });
            if (!reason || (reason.id === "speaks" && firstPersonMove)) leaveOut(anchor.name, sure);
          }
          return;
        }
        // a name the text gives weakly ("Stefanie Auerbach") is someone when a move verb governs it
        // right before: "Il est remplacé par Stefanie Auerbach", "… est confiée à Rania Abi-Nader"
        // (a predecessor is governed so too, "Il succède à Christiane Mollard", and has its slot)
        const nameKey = companyKey(anchor.name);
        const partOfACompany = [...companies].some(
          (key) => key && (nameKey.includes(key) || key.includes(nameKey)),
        );
        if (partOfACompany || accounted.has(personKey(anchor.name))) return;
        // …or when it reads as a person's and stands beside a move verb ("c'est Roland Espitalier,
        // fondateur de C, qui s'ouvre à une nouvelle fonction à la tête de …")
        const namelike =
          anchor.mention !== undefined &&
          (PERSON_NOUN_BEFORE.test(before) ||
            (!isTaglineName(anchor.mention) && looksLikeAName(withoutDescriptor(anchor.mention))));
        if (GOVERNED.test(before.slice(-40)) || (namelike && (besideAVerb || ownVerb)))
          leaveOut(anchor.mention ? withoutDescriptor(anchor.mention).name : anchor.name);
      });
    }
    // A person-looking name with a title or a career cue beside it and no record of their own, on any
    // line of the paragraph, whatever its verbs: the verbless layouts (lines, tables, labelled items)
    // announce movers so, and a block of lines is accounted for line by line (titled-names.ts)
    const nameLike = (mention: PersonMention) =>
      !isTaglineName(mention) && (isConfidentPerson(mention) || looksLikeAName(mention));
    const titledLeft = [
      ...titledNamesIn(masked, nameLike).map((titled) => titled.name),
      ...newlyTitled(masked),
    ].filter((name) => {
      const key = companyKey(name);
      const person = personKey(name);
      // "Von Halden était directeur …": a mover named again by surname
      return (
        ![...accounted].some((other) => other === person || other.endsWith(` ${person}`)) &&
        ![...companies].some((company) => company && (key.includes(company) || company.includes(key)))
      );
    });
    // a titled name is accounted for like any other: "Il rendra compte au président, Luc Roy" names
    // his superior, "…, se félicite Anne Roy, présidente de C" someone speaking (unread-people.ts)
    const titledUnread = titledLeft.filter((name) => {
      const around = sentenceAround(masked, name);
      const reason = around && nonMoveReasonOf(around);
      return !reason || (reason.id === "speaks" && firstPersonMove);
    });
    for (const name of titledUnread) leaveOut(name);
    // Without a move verb, a person's name still makes a paragraph worth a look, unless it is
    // someone speaking ("…, explique Marc Olivetti, président de Cobalt").
    const speaking = SPEECH.test(masked);
    // An advertising line or a heading's run-on: words in capitals, no sentence, nobody in it but
    // dictionary words. Its move word is a noun ("CABINET DE RECRUTEMENT DIGITAL"), not a move.
    const tagline = !personLike && !/[\p{Ll}.!?]/u.test(paragraph);
    // (a paragraph whose only records the slot reader guessed is read no more than one without)
    // (a titled name makes even a short line worth a look: "Anne Roy | DRH | Ferlog")
    const noMove =
      read.length === 0 &&
      ((!tagline && (signal || (personLike && !speaking)) && paragraph.trim().length >= 25) ||
        titledUnread.length > 0);
    // Partly read: someone beside a move verb who is neither a mover nor a predecessor. Previous
    // employers and quoted people fall outside (quotes are masked; employers are not people).
    // a record whose person took in more than a name ("Bateaux-Hôtels Amarine Évrard Thévenoux": an
    // employer run into the name) may name someone else: the name at its end is offered to the editor
    for (const move of read) {
      const words = move.person.split(/\s+/u).filter((word) => !NAME_PARTICLE.test(word));
      if (words.length >= 4) leaveOut(words.slice(-2).join(" "));
    }
    const partly = read.length > 0 && unaccounted.length > 0;
    // a record of a field layout names its mover outright: a record the reader could not fill (no role,
    // no company) is shown, whatever its words (field-layouts.ts)
    // a table's row or labelled fields whose person cell holds words read as no name ("Nom : Ana ;
    // Poste : …") and gave no move: the cell is the mover the editor looks for
    const unnamed = record === null && read.length === 0 ? unreadPersonCell(paragraph) : null;
    const recordLeft =
      (record !== null && !recordTellsNoMove(record) && !movers.has(personKey(record.person))) ||
      unnamed !== null;
    if (!noMove && !partly && !recordLeft) return;
    candidateNames.push(...nameLikeNames.filter((name) => !candidateNames.includes(name)));
    const people = new Set(named.map(personKey));
    // "Iribarne-Sall Évrard" is the editor's "Évrard Iribarne-Sall"
    const spelt = (name: string) =>
      candidateNames.find((other) => personKey(other) !== personKey(name) && sameWords(other, name)) ?? name;
    unread.push({
      paragraph_index: index,
      paragraph,
      // "partly read" when the slot reader proposed records for it: they wait in the review queue
      reason: (noMove || recordLeft) && own.length === 0 ? "no_move" : "partly_read",
      candidates: {
        people: [
          ...new Set([
            ...(record && recordLeft ? [record.person] : unnamed ? [unnamed] : []),
            ...(noMove ? (candidateNames.length > 0 ? candidateNames : named) : unaccounted.map(spelt)),
            ...titledUnread.map(spelt),
          ]),
        ].slice(0, MAX_CANDIDATES),
        companies: companiesIn(masked, people),
        roles: titlesIn(masked),
      },
    });
  });
  return unread;
}

/**
 * An issue whose moves section was not found: its paragraphs that read like a move (a verb of the
 * move lexicon and a person-looking name, the section finder's own test), wherever they stand, so
 * that a mover in a layout the finder does not know is not lost in silence. Quotes are masked first
 * (someone quoted about a move is no mover); indexes count the issue's paragraphs.
 */
export function findOutsideSectionParagraphs(paragraphs: string[]): UnreadParagraph[] {
  const unread: UnreadParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.trim().length < 25 || !readsLikeAMove(maskQuotes(paragraph))) return;
    unread.push(outsideSection(paragraph, index));
  });
  return unread;
}

function outsideSection(paragraph: string, index: number, verbless: string[] = []): UnreadParagraph {
  const masked = maskQuotes(paragraph);
  const named: string[] = [];
  const spelt: string[] = [...verbless];
  for (const sentence of splitSentences(masked))
    for (const mention of findPersonMentions(sentence.text)) {
      if (!named.includes(mention.name)) named.push(mention.name);
      const name = givenNameFirst(
        mention,
        sentence.text.slice(Math.max(0, mention.start - 12), mention.start),
      );
      if (!spelt.some((other) => sameWords(other, name))) spelt.push(name);
    }
  return {
    paragraph_index: index,
    paragraph,
    reason: "outside_section",
    candidates: {
      people: spelt.slice(0, MAX_CANDIDATES),
      companies: companiesIn(masked, new Set(named.map(personKey))),
      roles: titlesIn(masked),
    },
  };
}

// how far from a name its move verb may stand ("X, directeur financier du port depuis 2018, qui lui
// succède comme directeur général")
const NEAR = 120;

// "LA MINUTE CYBER", "LA LETTRE DU VIN": a title in capitals after its article is no one's name
const SHOUTED_ARTICLE = /(?<![\p{L}])(?:LA|LE|LES|L['’]|UNE?|DU|DES)\s*$/u;

// "… après cinq ans. — Clara Roy", "… ! — Dr Ingrid Roy": the signature under a post
const SIGN_OFF = /(?:^|[.!?…»"])\s*[—–]\s*(?:(?:Dr|Pr|Me|M\.|Mme)\s+)?$/u;

// a name that opens a word with a move verb or noun is a heading ("NOMINATIONS AGENDA"); inside a
// word it is not ("Nkemelu")
const MOVE_WORD_START = new RegExp(`(?<![\\p{L}])(?:${MOVE_SIGNAL.source})`, "iu");

const squeezed = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * `paragraph` with every occurrence of `texts` cut out (a space left for each). The section's
 * paragraphs follow one another in the issue, so each is looked for first after the last one found:
 * a line of 16,000 table cells, each a paragraph of the section, is walked once instead of once per
 * cell (cutting each by split and join, from the start, had taken seconds).
 */
function withoutTexts(paragraph: string, texts: string[]): string {
  const cuts: Array<[number, number]> = [];
  let cursor = 0;
  for (const text of texts) {
    let at = paragraph.indexOf(text, cursor);
    if (at < 0) at = paragraph.indexOf(text);
    if (at < 0) continue;
    let last = at;
    for (; at >= 0; at = paragraph.indexOf(text, at + text.length)) {
      cuts.push([at, at + text.length]);
      last = at;
    }
    cursor = Math.max(cursor, last + text.length);
  }
  if (cuts.length === 0) return paragraph;
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start >= from) kept.push(paragraph.slice(from, start));
    from = Math.max(from, end);
  }
  kept.push(paragraph.slice(from));
  return kept.join(" ");
}

/**
 * An issue whose moves section was found: its other paragraphs that read like a move (the same test
 * as findOutsideSectionParagraphs), so that a mover the section's end cut off ("• Nouvelle directrice
 * …" on lines after the last blank line) or one announced before its heading is not lost in silence.
 * The section's own text is taken out of each issue paragraph first; what is left is listed. Indexes
 * follow the section's (section length + the issue paragraph's index): an issue's unread paragraphs
 * have distinct indexes, and those already stored keep theirs (an issue read again adds none twice).
 * The index is therefore no reading position: the paragraphs are answered apart, those standing
 * before the section's first paragraph and those from it on, for the caller to list in the issue's
 * order (the review queue shows them in the order they are stored).
 */
export function findBesideSectionParagraphs(
  issue: string[],
  section: string[],
): { beforeSection: UnreadParagraph[]; afterSection: UnreadParagraph[] } {
  const inSection = section.map(squeezed).filter((text) => text.length > 0);
  const sectionParagraphs = new Set(inSection);
  let sectionStart = -1;
  const rest = issue.map((paragraph, at) => {
    const whole = squeezed(paragraph);
    // most of an issue's paragraphs are one of the section's, or hold none of it
    const rest = sectionParagraphs.has(whole) ? "" : squeezed(withoutTexts(whole, inSection));
    if (sectionStart < 0 && rest !== whole) sectionStart = at;
    return rest;
  });
  const beforeSection: UnreadParagraph[] = [];
  const afterSection: UnreadParagraph[] = [];
  rest.forEach((paragraph, at) => {
    const masked = maskQuotes(paragraph);
    // movers without a verb: a list of marked items, each a name with a title, or a paragraph
    // opening on the title of the person it names (unread-layouts.ts)
    const nameLike = (mention: PersonMention) =>
      !isTaglineName(mention) &&
      !MOVE_WORD_START.test(mention.name) &&
      isConfidentPerson(givenFirstMention(mention));
    const verbless = [
      ...new Set([
        ...verblessListNames(masked, nameLike),
        frontedTitleName(masked, nameLike) ?? "",
        ...newlyTitled(masked),
      ]),
    ].filter(Boolean);
    // a heading (the section's own, "LES NOMINATIONS DE LA SEMAINE"): a few words, no sentence
    if (verbless.length === 0 && !/[.!?]/u.test(paragraph) && paragraph.split(/\s+/u).length <= 10) return;
    // stricter than readsLikeAMove: a move verb and a name read as a person in one sentence,
    // nobody speaking (news items around a section name a company "rejoint le consortium …" and
    // quote its head in the next sentence)
    const moveSentence = splitSentences(masked).some((sentence) => {
      if (SPEECH.test(sentence.text)) return false;
      return findPersonMentions(sentence.text).some((mention) => {
        // a post signed off "… ! — Name" is its author's: the whole paragraph is near the name
        const signOff = SIGN_OFF.test(masked.slice(0, sentence.start + mention.start));
        // a name the lexicon does not know reads as a person's too ("Ornella Roy, venue de C, prend
        // sa suite"): next to a move word, within the sentence
        const personLike = isConfidentPerson(mention) || (looksLikeAName(mention) && !isTaglineName(mention));
        if (!personLike || MOVE_WORD_START.test(mention.name)) return false;
        // "NOMINATIONS AGENDA" is a heading, "LA MINUTE CYBER" a title
        if (SHOUTED_ARTICLE.test(sentence.text.slice(Math.max(0, mention.start - 6), mention.start)))
          return false;
        const near = signOff
          ? masked
          : sentence.text.slice(Math.max(0, mention.start - NEAR), mention.end + NEAR);
        return signalsAMove(near);
      });
    });
    if (!moveSentence && verbless.length === 0) return;
    const listed = outsideSection(paragraph, section.length + at, verbless);
    if (sectionStart >= 0 && at < sectionStart) beforeSection.push(listed);
    else afterSection.push(listed);
  });
  return { beforeSection, afterSection };
}
