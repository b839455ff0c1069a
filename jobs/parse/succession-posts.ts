// The post a succession names right after its verb or after the purpose that states it: "Y lui
// succède à la direction technique", "Y la remplace aux achats", "Pour lui succéder à la tête de
// C, …", "C choisit Y pour succéder à X comme directrice générale", "Pour le remplacer chez C, …".
// A succession whose verb swallowed its "à" ("lui succède à" read as "succède à" someone) leaves
// the post starting on the article.

import { allMatches } from "./all-matches.ts";
import type { ClauseMove } from "./clause-move.ts";
import {
  isFemininePerson,
  leadershipRole,
  looksLikeTitle,
  nextMentionStart,
  objectAfter,
  titleGuessed,
  withoutGenderGuess,
} from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { hasFeminineFirstName, hasMasculineFirstName, masculineTitle } from "./gender.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { hasNote, NOTES, type Note, note } from "./notes.ts";
import { readRole } from "./role-phrase.ts";

export interface SuccessionPost {
  role: string | null;
  company: Span | null;
  notes: Note[];
}

const LED = /^\s*,?\s*(?:à\s+)?la\s+(?=(?:tête|direction|présidence)(?![\p{L}]))/u;
const INTRODUCED =
  /^\s*,?\s*(?:au poste d(?:e\s|['’])|aux fonctions d(?:e\s|['’])|comme|en tant qu(?:e\s|['’]))\s*/u;
// "aux achats", "à la distribution", "à la logistique": a department, whose head the successor
// becomes; the house may call that head otherwise ("directeur commercial" for "aux ventes"), so the
// title is a paraphrase held for review
const SCOPE =
  /^\s*,?\s*(?:(aux)\s+(\p{Ll}[\p{Ll}-]{3,})|(?:à\s+)?(la|l['’])\s*(\p{Ll}[\p{Ll}-]*(?:tion|ique)))(?=\s*(?:[,.;)]|$))/u;
const AT_HOUSE = /^\s*,?\s*chez\s+(?=\p{Lu})/u;

/**
 * What the words at `from` say of the post a successor takes, up to `stopAt`; `genderKnown` when
 * the successor's first name tells it, so the title's agreement is no guess.
 */
export function postNamedAfter(
  sentence: string,
  from: number,
  stopAt: number,
  feminine: boolean,
  genderKnown: boolean,
): SuccessionPost | null {
  const rest = sentence.slice(from, stopAt);
  const led = LED.exec(rest);
  if (led) {
    const post = leadershipRole(sentence, from + led[0].length, stopAt, feminine);
    if (!post) return null;
    const notes = withoutGenderGuess(post.notes, genderKnown);
    return { role: post.role, company: post.company, notes };
  }
  const introduced = INTRODUCED.exec(rest);
  if (introduced) {
    const title = readRole(sentence, from + introduced[0].length, stopAt);
    return title && looksLikeTitle(title.role)
      ? { role: title.role, company: title.company, notes: [] }
      : null;
  }
  const scope = SCOPE.exec(rest);
  if (scope) {
    const [article, word] = scope[1]
      ? ["des ", scope[2]!]
      : [scope[3] === "la" ? "de la " : "de l'", scope[4]!];
    const head = feminine ? "directrice" : "directeur";
    return {
      role: `${head} ${article}${word}`,
      company: null,
      notes: [note(NOTES.titleParaphrased, scope[0].trim().replace(/^,\s*/u, ""))],
    };
  }
  const house = AT_HOUSE.exec(rest);
  if (house) {
    const company = readCompanyAfter(sentence, from + house[0].length);
    return company && company.end <= stopAt ? { role: null, company, notes: [] } : null;
  }
  return null;
}

// "Pour lui succéder, C promeut Y", "C a élu pour le remplacer Y", "C a choisi Y pour succéder à X
// à la direction générale": the purpose names the succession the main verb fills. The one replaced
// is the person named after "succéder à" / "remplacer", else the one the pronoun points back to
// (found by the paragraph reader); the post is the one the purpose names, else the one the person
// replaced held (paragraph.ts). "remplacer" is no purpose of a move when it replaces a thing
// ("pour remplacer l'usine"): only a pronoun or a person's name counts.
// "Y est promue à sa place": the place is the one of the person "sa" points back to
const PURPOSE =
  /(?<![\p{L}])(?:pour\s+(?:(?:lui|leur)\s+succéder|(?:le|la|les)\s+remplacer|succéder\s+(?:à|au|aux)(?=\s)|remplacer(?=\s))|à\s+sa\s+place(?![\p{L}]))/giu;
const KIN_OR_TITLE = /^\s*(?:(?:son|sa|leur)\s+(?:\p{Ll}[\p{Ll}-]+)(?:\s*,)?\s*)?/u;

export function addPurposeSuccessions(
  sentence: string,
  mentions: PersonMention[],
  moves: ClauseMove[],
): void {
  if (
    moves.length === 0 ||
    !/pour\s+(?:lui\s+|leur\s+|le\s+|la\s+|les\s+)?(?:succéder|remplacer)|à\s+sa\s+place/iu.test(sentence)
  )
    return;
  for (const cue of allMatches(sentence, PURPOSE)) {
    const end = cue.index + cue[0].length;
    const pronoun = /(?:lui|leur|le|la|les)\s+\S+$|sa\s+place$/iu.test(cue[0]);
    const named = pronoun ? null : objectAfter(sentence, mentions, end);
    // "pour remplacer l'usine de Brest": a named purpose with no person replaced is no succession
    const kin = pronoun || named ? null : KIN_OR_TITLE.exec(sentence.slice(end));
    if (!pronoun && !named && !kin?.[0].trim()) continue;
    // the mover the purpose is told of: the first after it, else, when nobody is named after it, the
    // last before it ("recrute, pour la remplacer, Y" names Y, read or not)
    const after = moves.find((move) => move.person.start >= end && move.person !== named);
    const namedAfter = mentions.some((m) => m.start >= end && m !== named && isConfidentPerson(m));
    const target =
      after ?? (namedAfter ? undefined : moves.filter((move) => move.person.end <= cue.index).at(-1));
    if (!target || (named && target.person.name === named.name)) continue;
    // "pour remplacer Y, X, 42 ans, est promu directeur des achats": the one replaced, named before
    // the mover, is no second subject of the verb; a reading giving Y the mover's own post goes
    if (named && target.role) {
      const post = masculineTitle(target.role);
      for (let i = moves.length - 1; i >= 0; i--) {
        const other = moves[i]!;
        if (other.person.name === named.name && other.role && masculineTitle(other.role) === post)
          moves.splice(i, 1);
      }
    }
    if (!target.predecessor) {
      if (named) target.predecessor = named;
      else if (pronoun && !target.predecessorIsAntecedent) {
        target.predecessorIsAntecedent = true;
        target.pronounAt = cue.index;
      }
    }
    // "a désigné pour le remplacer X, directrice commerciale depuis 2019": after the purpose, the
    // words after the name may be the post held until now; held for review
    const inGap =
      /^pour/iu.test(cue[0]) &&
      target.person.start >= end &&
      /^[\s,]*$/u.test(sentence.slice(end, target.person.start));
    if (inGap && target.role && !hasNote(target.notes, NOTES.newShape))
      target.notes.push(note(NOTES.newShape));
    const from = named?.end ?? end + (kin?.[0].length ?? 0);
    const stopAt = nextMentionStart(mentions, from + 1, sentence);
    const person = target.person;
    const post = postNamedAfter(
      sentence,
      from,
      stopAt,
      isFemininePerson(person, sentence),
      hasFeminineFirstName(person) || hasMasculineFirstName(person),
    );
    if (!post) continue;
    // "Pour lui succéder à la présidence, le conseil a choisi X, directrice financière depuis 2020":
    // the post succeeded to is the purpose's, the title after the name the one held until now. The
    // post is told by the purpose, not by the verb that moves the person: held for review
    if (post.role) {
      target.role = post.role;
      target.company = post.company ?? target.company;
      if (!hasNote(target.notes, NOTES.newShape)) target.notes.push(note(NOTES.newShape));
      target.notes.push(...post.notes);
    } else if (!target.company && post.company) target.company = post.company;
  }
}

// "Chez C, le fondateur X cède la direction générale à Y, jusqu'ici directrice financière, et devient
// président du conseil", "X passe la main à Y et prend la présidence de C": the one who hands the
// post over is the subject of the verb coordinated after the successor, and moves too.
const GIVER_NEXT_VERB =
  /^[^.;:]*?,?\s+et\s+(?:(devient|deviendra)|(?:prend|prendra|reprend|reprendra)\s+(?:la\s+)?(?=(?:direction|présidence|tête)(?![\p{L}])))\s*/u;
const GIVING_SHAPES = new Set(["hands over the post", "gives up the post", "passes the baton"]);

export function addGiversNextPost(sentence: string, mentions: PersonMention[], moves: ClauseMove[]): void {
  for (const successor of [...moves]) {
    const giver = successor.predecessor;
    if (!giver || !GIVING_SHAPES.has(successor.shape) || giver.end > successor.person.start) continue;
    if (moves.some((move) => move.person.name === giver.name)) continue;
    const verb = GIVER_NEXT_VERB.exec(sentence.slice(successor.person.end));
    if (!verb) continue;
    const from = successor.person.end + verb[0].length;
    // no one else named between the successor and the verb: the verb is still the giver's
    if (mentions.some((m) => m.start > successor.person.end && m.start < from)) continue;
    const stopAt = nextMentionStart(mentions, from, sentence);
    const feminine = isFemininePerson(giver, sentence.slice(0, successor.person.start));
    const known = hasFeminineFirstName(giver) || hasMasculineFirstName(giver);
    const title = verb[1] ? readRole(sentence, from, stopAt) : null;
    const post: { role: string; company: Span | null; notes: Note[] } | null = verb[1]
      ? title && { role: title.role, company: title.company, notes: [] }
      : leadershipRole(sentence, from, stopAt, feminine);
    if (!post?.role || !looksLikeTitle(post.role)) continue;
    const notes = withoutGenderGuess(post.notes, known);
    if (titleGuessed(notes)) continue;
    moves.push({
      shape: successor.shape,
      person: giver,
      kind: "appointed",
      role: post.role,
      company: post.company,
      predecessor: null,
      // not yet measured on a first-scored corpus: held for review
      notes: [note(NOTES.newShape), ...notes],
    });
  }
}
