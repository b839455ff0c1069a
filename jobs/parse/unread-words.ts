// Words left unread around a record (issue 13 item 4): signals that do not name a shape the parser
// got wrong before, but look at what the record leaves over in its own sentence. A capitalised word
// that no slot of any record of the paragraph holds (not the person, the employer, the title, a past
// employer, a predecessor, another mover) is a name the record may have cut off or misplaced: a
// role cut before "de la Région Aubrac", an article left out of a name, a place read as employer
// while the real employer is still in the sentence.

import { allMatches } from "./all-matches.ts";
import { PASSING_SHAPES } from "./clause-move.ts";
import { flatMap } from "./flat-map.ts";
import {
  DEPARTMENT_WORDS,
  ENGLISH_TITLE_HEADS,
  FIRST_NAMES,
  foldWord,
  MONTH_NAMES,
  MOVE_SIGNAL,
  NAME_STOPWORDS,
  OFFICE_HEAD_NOUNS,
  ROLE_WORDS,
  TITLE_HEAD_VOCABULARY,
  TITLE_HEADS,
  WEEKDAY_NAMES,
} from "./lexicon.ts";
import { personKey } from "./names.ts";
import { namesKeepingTheirPost } from "./rejections.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";

export interface RecordSlots {
  person: string;
  company: string;
  role: string;
  previous_companies?: readonly string[];
  predecessor?: string | null;
  paragraph?: string;
  /** Every slot value of every record read from the same paragraph (other movers, their employers). */
  slotsInParagraph?: readonly string[];
}

/** The values of a record's own slots: person, employer, title, past employers, predecessor. */
const ownSlots = (record: Omit<RecordSlots, "slotsInParagraph">): string[] => [
  record.person,
  record.company,
  record.role,
  ...(record.previous_companies ?? []),
  record.predecessor ?? "",
];

/** Every slot value a record's sentence may hold: its own and those of the paragraph's other records. */
const allSlots = (record: RecordSlots): string[] => [...ownSlots(record), ...(record.slotsInParagraph ?? [])];

/** The slots of the other records read from the same paragraph as `record` (`slotsInParagraph`). */
export function slotsOfOtherRecords<
  T extends Omit<RecordSlots, "slotsInParagraph"> & { paragraph_index: number; shape?: string },
>(records: readonly T[], record: T): string[] {
  // a person named in passing (clause-move.ts PASSING_SHAPES) accounts for no word of another's
  // sentence: the doubts of the paragraph's movers stay what they were without that record
  return flatMap(
    records.filter(
      (other) =>
        other !== record &&
        other.paragraph_index === record.paragraph_index &&
        !(other.shape && PASSING_SHAPES.has(other.shape)),
    ),
    ownSlots,
  );
}

const WORD = /\p{L}[\p{L}\p{N}&-]*/gu;
const HONORIFIC_WORDS = new Set(["m", "mme", "mmes", "mlle", "dr", "pr", "me", "maitre", "mr", "mrs", "ms"]);
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map(foldWord));
// Currency codes and amounts' units ("1,5 milliard d'EUR", "40 MW", "12 M$"): figures, not names.
const UNITS = new Set(
  "eur euro euros usd chf gbp cad jpy cny xof xaf fcfa mad tnd dzd md mds mw gw kw mwh gwh twh ko mo go to".split(
    " ",
  ),
);

const foldedWords = (text: string): string[] => allMatches(text, WORD).map((m) => foldWord(m[0]));

// A capital after a sentence or item opening is the typography's, not a name's.
const OPENING_BEFORE = /(?:^|[.:;!?«»"([—–•*·|>#-]|\d[.)])\s*$/u;

// The sentence of the paragraph that names the person (quotes masked), or the paragraph. Each
// record's doubts ask for it several times: it is found once per paragraph and person, kept by
// paragraph then person (the paragraph is the same string each time, its hash computed once; a key
// joining the two was a new string to hash at each of the 80-odd calls an issue).
const sentencesNaming = new Map<string, Map<string, string>>();

export function sentenceNaming(record: { person: string; paragraph?: string }): string {
  const text = record.paragraph ?? "";
  let byPerson = sentencesNaming.get(text);
  if (byPerson === undefined) {
    if (sentencesNaming.size > 2_000) sentencesNaming.clear();
    byPerson = new Map();
    sentencesNaming.set(text, byPerson);
  }
  let found = byPerson.get(record.person);
  if (found === undefined) {
    const surname = personKey(record.person).split(" ").at(-1) ?? "";
    const paragraph = maskQuotes(text);
    found =
      splitSentences(paragraph).find((sentence) => personKey(sentence.text).includes(surname))?.text ??
      paragraph;
    byPerson.set(record.person, found);
  }
  return found;
}

/** Capitalised words of the record's sentence that no slot of the paragraph's records accounts for. */
export function unassignedCapitalisedWords(record: RecordSlots): string[] {
  if (!record.paragraph) return [];
  const sentence = sentenceNaming(record);
  const words = capitalisedNameWords(sentence);
  // the slots' words are folded only for a sentence that holds a capitalised word to account for
  if (words.length === 0) return [];
  // a reshuffle's "et Luc Faure reste trésorier" names who keeps a post: no slot is owed to them
  const accounted = new Set(flatMap([...allSlots(record), ...namesKeepingTheirPost(sentence)], foldedWords));
  return words.filter(({ folded }) => !accounted.has(folded)).map(({ word }) => word);
}

// The capitalised words of a sentence that may be a name: none opening the sentence or an item, no
// honorific, month, unit, title or department word. They depend on the sentence alone, and each
// record of the paragraph asks for them: kept by sentence, bounded like sentencesNaming.
const nameWordsOf = new Map<string, { word: string; folded: string }[]>();

function capitalisedNameWords(sentence: string): { word: string; folded: string }[] {
  let words = nameWordsOf.get(sentence);
  if (words !== undefined) return words;
  words = [];
  for (const match of allMatches(sentence, WORD)) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word)) continue;
    if (OPENING_BEFORE.test(sentence.slice(Math.max(0, match.index - 6), match.index))) continue;
    const folded = foldWord(word);
    if (
      word.length < 2 ||
      HONORIFIC_WORDS.has(folded) ||
      CALENDAR.has(folded) ||
      UNITS.has(folded) ||
      NAME_STOPWORDS.has(folded) ||
      ROLE_WORDS.has(folded) ||
      OFFICE_HEAD_NOUNS.has(folded) ||
      DEPARTMENT_WORDS.has(folded)
    )
      continue;
    words.push({ word, folded });
  }
  if (nameWordsOf.size > 2_000) nameWordsOf.clear();
  nameWordsOf.set(sentence, words);
  return words;
}

// Prefixes a title head takes ("co-directrice", "vice-présidente", "sous-directeur", "ex-").
const HEAD_PREFIX = /^(?:co|vice|sous|ex|pro|premier|première|nouveau|nouvelle|futur|future)-?/u;

/**
 * The title's first word is none the title lexicon knows ("directrice", "CFO", "délégué", …), with
 * its prefix ("vice-", "co-"), its compound's first half ("présidente-directrice générale") and any
 * trailing punctuation set aside; an English title may end on its head ("studio head").
 */
export function roleHeadOutsideLexicon(role: string): boolean {
  const words = role.trim().split(/\s+/u);
  const first = words[0];
  if (!first) return false;
  const folded = foldWord(first.replace(/['’].*$/u, "").replace(/[^\p{L}\p{N}]+$/u, ""));
  const known = (word: string) =>
    TITLE_HEADS.has(word) ||
    TITLE_HEAD_VOCABULARY.has(word) ||
    ROLE_WORDS.has(word) ||
    OFFICE_HEAD_NOUNS.has(word) ||
    FIRST_NAMES.has(word);
  if (known(folded) || known(folded.replace(HEAD_PREFIX, ""))) return false;
  if (folded.includes("-") && known(folded.split("-")[0]!)) return false;
  return !words.slice(1, 3).some((word) => ENGLISH_TITLE_HEADS.has(foldWord(word)));
}

// The words that tie a record's slots together in a move sentence: auxiliaries, articles,
// prepositions, the nouns of "au poste de", "en tant que", "au sein de". Folded.
const CONNECTORS = new Set(
  (
    "a ete est sera sont ont avait etait vient va devrait qui que poste postes fonction fonctions " +
    "tant titre qualite sein remplacement role mission charge rang equipe equipes direction " +
    "tete a à y s se sa son ses leur nouveau nouvelle nouvel nouveaux nouvelles ex rejoint " +
    "officiellement egalement aussi desormais prochainement recemment actuellement compter partir " +
    "interim ete rejoindre occuper prendre assurer assure assurera exercer exercera"
  ).split(" "),
);

// Stems of the verbs that open or close a move clause, folded ("nommee", "succede", "prendra").
const MOVE_VERB_STEM =
  /^(?:nomm|promu|elu|design|appel|choisi|recrut|succed|rempla|arriv|integr|occup|prend|pris)/u;
// Words that start the next clause or phrase rather than continue a span, folded.
const CLAUSE_WORDS = /^(?:depuis|apres|avant|pour|avec|dans|sur|en|et|ou|qui|dont)$/u;

function spansOf(sentence: string, value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const needle = value.trim().toLowerCase();
  if (needle.length < 2) return spans;
  const haystack = sentence.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    spans.push([at, at + needle.length]);
  return spans;
}

/**
 * Words between the record's slots in its sentence (from the first of person, role, employer to
 * the last) that no slot of the paragraph's records and no connector accounts for: "directeur des
 * opérations [du bureau de Valbrenne] d'Eyrand Conseil", "rejoint [le] FC Valbrenne [féminin]".
 */
export function wordsLeftBetweenSlots(record: RecordSlots): string[] {
  if (!record.paragraph) return [];
  const sentence = sentenceNaming(record);
  const surname = record.person.trim().split(/\s+/u).at(-1) ?? "";
  const person = spansOf(sentence, record.person);
  const anchors = [
    person.length > 0 ? person : spansOf(sentence, surname),
    spansOf(sentence, record.role),
    spansOf(sentence, record.company),
  ];
  if (anchors.filter((spans) => spans.length > 0).length < 3) return [];
  // the first occurrence of each slot after the person's: the clause that produced the record
  const start = anchors[0]![0]![0];
  const firsts = anchors.map((spans) => spans.find(([from]) => from >= start) ?? spans[0]!);
  const from = Math.min(...firsts.map(([a]) => a));
  const to = Math.max(...firsts.map(([, b]) => b));
  const covered = [
    ...firsts,
    ...flatMap(
      [...(record.previous_companies ?? []), record.predecessor ?? "", ...(record.slotsInParagraph ?? [])],
      (value) => spansOf(sentence, value),
    ),
  ];
  const left: string[] = [];
  for (const match of allMatches(sentence.slice(from, to), WORD)) {
    const at = from + match.index;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const word = match[0];
    const folded = foldWord(word);
    if (
      NAME_STOPWORDS.has(folded) ||
      CONNECTORS.has(folded) ||
      HONORIFIC_WORDS.has(folded) ||
      CALENDAR.has(folded) ||
      MOVE_SIGNAL.test(word) ||
      MOVE_VERB_STEM.test(folded)
    )
      continue;
    left.push(word);
  }
  return left;
}

// After a role or an employer, the words of the same clause that may still belong to it: a
// complement ("du bureau de Valbrenne"), an adjective ("féminin"), a name ("Europe").
// ("R of C", "R at C": English links a title to its house as "de" does)
const RUN_ON_AFTER =
  /\s*(?:(?:de la|de l['’]|du|des|de|d['’]|(?:of|at)(?: the)?(?![\p{L}]))\s*)?((?:[\p{L}][\p{L}\p{N}&-]*))/uy;

/**
 * The word that follows the role or the employer in the record's sentence, with no punctuation
 * between, when no slot of the paragraph's records and no connector accounts for it: the span was
 * cut before its complement ("directeur des opérations [du bureau] de Valbrenne", "FC Valbrenne
 * [féminin]").
 */
export function wordRightAfterASlot(record: RecordSlots): string[] {
  if (!record.paragraph) return [];
  const sentence = sentenceNaming(record);
  const covered = flatMap(allSlots(record), (value) => spansOf(sentence, value));
  // "Lyria Vie promeut …", "Nordhav has appointed …": an employer before the mover is the
  // sentence's subject and a verb follows it; only the slots of the clause after the mover run on
  const surname = record.person.trim().split(/\s+/u).at(-1) ?? "";
  const person = spansOf(sentence, record.person)[0] ?? spansOf(sentence, surname)[0];
  if (!person) return [];
  // "rédacteur en chef du Messager de Lavry" for "Le Messager de Lavry"
  const company = record.company.replace(/^(?:le|la|les|l['’])\s*/iu, "");
  covered.push(...spansOf(sentence, company));
  const left: string[] = [];
  for (const slot of [record.role, company]) {
    const span = spansOf(sentence, slot).find(([from]) => from >= person[1]);
    if (!span) continue;
    RUN_ON_AFTER.lastIndex = span[1];
    const match = RUN_ON_AFTER.exec(sentence);
    if (!match) continue;
    const word = match[1]!;
    const at = match.index + match[0].length - word.length;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const folded = foldWord(word);
    if (
      NAME_STOPWORDS.has(folded) ||
      CONNECTORS.has(folded) ||
      CALENDAR.has(folded) ||
      MOVE_SIGNAL.test(word) ||
      CLAUSE_WORDS.test(folded) ||
      MOVE_VERB_STEM.test(folded)
    )
      continue;
    left.push(word);
  }
  return left;
}
