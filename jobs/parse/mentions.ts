// Sentence tokens and the people a move sentence names. Readers work on positions inside one
// sentence so the clause patterns (clauses.ts) can say "the person just before this verb";
// company names are read the same way in company-spans.ts.

import {
  ACRONYMS,
  COMPANY_DESCRIPTORS,
  COMPANY_NAME_WORDS,
  COMPOUND_FIRST_NAME_OPENERS,
  EMPLOYER_NOUNS,
  FIRST_NAMES,
  foldWord,
  HONORIFIC,
  NAME_PARTICLES,
  NAME_STOPWORDS,
  ROLE_WORDS,
} from "./lexicon.ts";
import { properCaseName } from "./names.ts";

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface PersonMention extends Span {
  name: string; // proper-cased
  knownFirstName: boolean;
  upperCase: boolean; // the surname in capitals (see surnameInCapitals)
}

export interface Token {
  core: string;
  start: number;
  end: number;
  breakBefore: boolean;
  breakAfter: boolean;
}

// "tandis qu'Anne Roy", "lorsqu'Élise…": the elided conjunction opens a clause, the name follows it
const LEAD = /^(?:[(«"[]+|(?:[Qq]u|[Ll]orsqu|[Pp]uisqu)['’](?=\p{Lu}))/u;
const TRAIL = /[,;:.!?)»"\]]+$/;
// The first and last characters LEAD and TRAIL can match: most words have neither, and skip both.
const LEAD_FIRST = new Set([...'(«"[QqLlPp']);
const TRAIL_LAST = new Set([...',;:.!?)»"]']);
const NON_SPACE_RUN = /\S+/g;

function tokenOf(raw: string, at: number): Token {
  const lead = LEAD_FIRST.has(raw.charAt(0)) ? (LEAD.exec(raw)?.[0] ?? "") : "";
  const rest = lead ? raw.slice(lead.length) : raw;
  const trail = TRAIL_LAST.has(rest.charAt(rest.length - 1)) ? (TRAIL.exec(rest)?.[0] ?? "") : "";
  const core = rest.slice(0, rest.length - trail.length);
  const start = at + lead.length;
  return {
    core,
    start,
    end: start + core.length,
    breakBefore: lead.length > 0,
    breakAfter: trail.length > 0,
  };
}

/**
 * The tokens of `sentence` from `from` on, read only as far as the caller asks: a company name is
 * read from its first few tokens, and tokenizing the rest of the paragraph each time was most of
 * what reading one cost. `get(i)` is the i-th token, undefined past the last.
 */
export class TokenReader {
  private readonly tokens: Token[] = [];
  private next: number;

  constructor(
    private readonly sentence: string,
    from = 0,
  ) {
    this.next = from;
  }

  get(index: number): Token | undefined {
    while (this.tokens.length <= index && this.next >= 0) {
      NON_SPACE_RUN.lastIndex = this.next;
      const match = NON_SPACE_RUN.exec(this.sentence);
      if (!match) {
        this.next = -1;
        break;
      }
      this.next = NON_SPACE_RUN.lastIndex;
      this.tokens.push(tokenOf(match[0], match.index));
    }
    return this.tokens[index];
  }
}

export function tokenize(sentence: string, from = 0): Token[] {
  const reader = new TokenReader(sentence, from);
  const tokens: Token[] = [];
  for (let token = reader.get(0); token; token = reader.get(tokens.length)) tokens.push(token);
  return tokens;
}

// "GAUTIER-d'ESTRAY": an elided particle in small letters may open a hyphenated part of a surname
// in capitals, as "Gautier-d'Estray" in ordinary case (PROPER_WORD)
const UPPER_WORD = /^\p{Lu}(?:[\p{Lu}'-]|(?<=-)d')*\p{Lu}$/u;
// "N'Diaye", "O'Neill": a one-letter elided prefix; "Kerloc'h", "Le Floc'h-Danielou": a Breton 'h
// "Kowalski-N'Diaye", "Delaunay-M'Bodj": the elided prefix may open a hyphenated part too
// "Vuillet-à-Cîles", "Dupont-sur-Rives": a small linking word between hyphenated capitalised parts
const PROPER_WORD =
  /^(?:\p{Lu}')?\p{Lu}\p{Ll}+(?:'h)?(?:\p{Lu}\p{Ll}+)?(?:(?:-(?:à|en|sur|sous|lès|de|du|des|la|le|aux?)-|-(?:\p{Lu}'|d')?|')\p{Lu}\p{Ll}+(?:'h)?)*$/u;

// A capitalised word that is a stopword, a title or an acronym: neither a name nor a company.
export function isBlockedWord(word: string): boolean {
  const folded = foldWord(word);
  // "Morgane Le Dû": an accented word is not the particle it folds to
  if (NAME_PARTICLES.has(folded) && folded !== word.toLowerCase()) return false;
  return NAME_STOPWORDS.has(folded) || ROLE_WORDS.has(folded) || ACRONYMS.has(folded);
}

// Every token of every sentence is asked whether it may be part of a name, most of them several
// times (each reader tokenizes anew): the answer depends on the word alone, so it is kept.
const nameWordAnswers = new Map<string, boolean>();

function isNameWord(core: string): boolean {
  // Both word patterns open on a capital (after "d'" at most): a token opening on any other ASCII
  // character (a word in small letters, a figure, punctuation), most of a sentence's, is none, and
  // needs no lookup (hashing each new token string was about 1 % of a parse, session 27).
  const first = core.charCodeAt(0);
  if (first < 128 && (first < 65 || first > 90) && !(first === 100 && core.charCodeAt(1) === 39))
    return false;
  let answer = nameWordAnswers.get(core);
  if (answer === undefined) {
    const elided = /^[dD]'(.+)$/.exec(core);
    const word = elided ? elided[1]! : core;
    answer = (UPPER_WORD.test(word) || PROPER_WORD.test(word)) && !isBlockedWord(word);
    if (nameWordAnswers.size > 50_000) nameWordAnswers.clear();
    nameWordAnswers.set(core, answer);
  }
  return answer;
}

function isParticle(core: string): boolean {
  return NAME_PARTICLES.has(core.toLowerCase());
}

// "À"/"A" before one surname word in capitals, then a comma or a word in small letters (a verb):
// "JEAN-MARC À BECKET, …", "ANNE A BECKET rejoint …"; "PAUL MARTIN A REJOINT" stays a verb
function isCapitalsParticle(sentence: string, tokens: Token[], at: number): boolean {
  const [particle, surname, next] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!particle || !surname || particle.breakAfter || surname.breakBefore) return false;
  if (particle.core !== "À" && particle.core !== "A") return false;
  if (!UPPER_WORD.test(surname.core) || !isNameWord(surname.core)) return false;
  if (surname.breakAfter) return sentence.charAt(surname.end) === ",";
  return next !== undefined && /^\p{Ll}/u.test(next.core);
}

function startsWithKnownFirstName(word: string): boolean {
  return FIRST_NAMES.has(foldWord(word.split("-")[0] ?? ""));
}

// "Ha Linh Tran", "Thi Thu Nguyen-Roux": an opener of a two-word first name (lexicon/people.ts),
// then a known first name, then the surname
function opensCompoundFirstName(run: Token[]): boolean {
  return (
    run.length >= 3 &&
    COMPOUND_FIRST_NAME_OPENERS.has(foldWord(run[0]!.core)) &&
    /^\p{Lu}\p{Ll}/u.test(run[0]!.core) &&
    startsWithKnownFirstName(run[1]!.core)
  );
}

// A paragraph's text is scanned for people by each of the parser's steps (clauses, previous
// employers, predecessor…): scanned once, the mentions are handed out again, frozen, in a new array.
const mentionsByText = new Map<string, readonly PersonMention[]>();

export function findPersonMentions(sentence: string): PersonMention[] {
  let mentions = mentionsByText.get(sentence);
  if (mentions === undefined) {
    mentions = Object.freeze(scanPersonMentions(sentence).map((m) => Object.freeze(m)));
    if (mentionsByText.size > 2_000) mentionsByText.clear();
    mentionsByText.set(sentence, mentions);
  }
  return [...mentions];
}

// Runs of name words joined by particles ("BRUNE DE BODMAN", "Anne-Sophie d'Argent",
// "Pieter van der Berg"), at least two name words long.
// How far the scan's first run can look: a run holds at most eight tokens (six, the last step
// adding a particle pair and its name word), and decides on at most five tokens past its end
// (surnameFollows, namesACompany). Tokens are runs of non-space, so the first 32 of a text are
// the same tokens whether the text goes on or stops after them.
const OPENING_TOKENS = 32;
const OPENING = new RegExp(`^\\s*(?:\\S+\\s+){0,${OPENING_TOKENS - 1}}\\S+`, "u");

/**
 * The person a text opens on, as findPersonMentions(text).find((m) => m.start === 0) gives it:
 * read from the text's first words only (headlines, cells and bodies ask this of text running on
 * for a paragraph, sometimes at each of its capitalised words). A mention at 0 is the scan's first
 * run, opening on a capital (a lead or an elision moves its start), and that run never looks past
 * the opening tokens.
 */
export function personMentionAtStart(text: string): PersonMention | undefined {
  const first = text.charCodeAt(0);
  // the common ASCII case without a pattern: a lower-case letter, a digit, a space or a sign
  if (first < 0x41 || (first > 0x5a && first < 0x80) || !/^\p{Lu}/u.test(text)) return undefined;
  const known = mentionsByText.get(text);
  if (known !== undefined) return known[0]?.start === 0 ? known[0] : undefined;
  const opening = OPENING.exec(text)![0];
  // a short text is its own opening, and the readers after this one scan it whole: it is scanned
  // whole here and kept for them. A longer one's opening is read no further than the scan's first
  // run, the only one that can open at 0, and that answer is kept for the same opening asked again.
  if (opening.length === text.length) {
    const mentions = findPersonMentions(text);
    return mentions[0]?.start === 0 ? mentions[0] : undefined;
  }
  let person = openingPeople.get(opening);
  if (person === undefined) {
    const read = scanPersonMentions(opening, true)[0];
    person = read?.start === 0 ? Object.freeze(read) : null;
    if (openingPeople.size > 2_000) openingPeople.clear();
    openingPeople.set(opening, person);
  }
  return person ?? undefined;
}

// The person a long text's opening opens on (null for none), by opening.
const openingPeople = new Map<string, PersonMention | null>();

/** With `firstRunOnly`, the mention the scan's first run reads, if any, and no other. */
function scanPersonMentions(sentence: string, firstRunOnly = false): PersonMention[] {
  const tokens = tokenize(sentence);
  const mentions: PersonMention[] = [];
  let i = 0;
  // "Paul R. Girard": a middle initial, its full stop no break
  const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.core) && sentence.slice(t.end, t.end + 2) === ". ";
  while (i < tokens.length) {
    // "A. DE PIERREFEU", "J. van der Berg": the surname after the initials may open on its particles
    const opensWithInitials =
      isFirstNameInitials(tokens[i]!, sentence) &&
      i + 1 < tokens.length &&
      !tokens[i + 1]!.breakBefore &&
      surnameFollows(tokens, i + 1);
    if (!isNameWord(tokens[i]!.core) && !opensWithInitials) {
      if (firstRunOnly) break;
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (
      j < tokens.length &&
      (!run[run.length - 1]!.breakAfter ||
        (run.length > 1 && isInitial(run[run.length - 1]!)) ||
        (run.length === 1 && opensWithInitials)) &&
      !tokens[j]!.breakBefore &&
      run.length < 6
    ) {
      const token = tokens[j]!;
      // "Inès F. du Corbineau", "ARMELLE C. DE LA BÉNAZET": the surname after the initial may open
      // on its particles
      if (run.length === 1 && isInitial(token) && surnameFollows(tokens, j + 1)) {
        run.push(token);
        j++;
        continue;
      }
      // "BENOÎT LARZUL-MÉNARD d'Armateurs de l'Atlantique": a name printed in capitals ends where
      // the words in ordinary case begin (the employer after "de")
      const ordinaryCase = (t: Token) => inCapitals(run) && /\p{Ll}/u.test(t.core.replace(/^[dl]['’]/u, ""));
      if (isNameWord(token.core) && ordinaryCase(token)) break;
      if (isNameWord(token.core)) {
        run.push(token);
        j++;
        continue;
      }
      // particles ("de", "de la", "van der") only count when a name word follows them
      let k = j;
      while (k < tokens.length && k - j < 2 && isParticle(tokens[k]!.core) && !tokens[k]!.breakAfter) k++;
      // "LOUIS-ÉTIENNE À BECKET rejoint …": "À" is a surname's particle in a name all in capitals
      // that a verb or a comma follows
      if (k === j && isCapitalsParticle(sentence, tokens, j) && run.every((t) => !/\p{Ll}/u.test(t.core))) {
        run.push(tokens[j]!, tokens[j + 1]!);
        j += 2;
        continue;
      }
      if (
        k > j &&
        k < tokens.length &&
        isNameWord(tokens[k]!.core) &&
        !ordinaryCase(tokens[k]!) &&
        !tokens[k]!.breakBefore &&
        !namesACompany(tokens, k)
      ) {
        run.push(...tokens.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    const trimmed = opensWithInitials ? run : trimToFirstName(run);
    // "J.-M. VALLORCINE": the initials stand for the first name
    const nameWords = trimmed.filter((t, index) => isNameWord(t.core) || (index === 0 && opensWithInitials));
    // "qui a fait carrière chez Axelle Ré": what follows "chez" is an employer, whatever it looks like
    const afterChez = /(?<![\p{L}])chez\s+$/iu.test(
      sentence.slice(Math.max(0, trimmed[0]!.start - 6), trimmed[0]!.start),
    );
    // "Kaldera REIM", "Ormesson Capital", "Orlane Consulting": a run ending on a company's suffix word
    // is a company, even in capitals and even when it opens on a word that is also a first name
    const companyLike = COMPANY_NAME_WORDS.has(foldWord(nameWords.at(-1)?.core ?? ""));
    const afterDescriptor = AFTER_DESCRIPTOR.test(
      sentence.slice(Math.max(0, trimmed[0]!.start - 60), trimmed[0]!.start),
    );
    if (nameWords.length >= 2 && !afterChez && !companyLike && !afterDescriptor) {
      // "l'arrivée d'OLIVIER MENDÈS": the elided "de" before a name is grammar
      const elided = /^[dD]'/.test(trimmed[0]!.core) ? 2 : 0;
      const start = trimmed[0]!.start + elided;
      const end = trimmed[trimmed.length - 1]!.end;
      const text = sentence.slice(start, end);
      mentions.push({
        text,
        start,
        end,
        name: properCaseName(text),
        knownFirstName:
          opensWithInitials ||
          startsWithKnownFirstName(trimmed[0]!.core.slice(elided)) ||
          (elided === 0 && opensCompoundFirstName(trimmed)) ||
          AFTER_COURTESY_TITLE.test(sentence.slice(Math.max(0, start - 10), start)),
        upperCase: surnameInCapitals(text),
      });
    }
    if (firstRunOnly) break;
    i = j;
  }
  return mentions;
}

// A surname from token `at` on: a name word, or one or two particles and then a name word
function surnameFollows(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < 2 && isParticle(tokens[k]!.core) && !tokens[k]!.breakAfter) k++;
  return k < tokens.length && isNameWord(tokens[k]!.core) && (k === at || !tokens[k]!.breakBefore);
}

// "J.-M. Vallorcine", "U.-J. FAUVELET", "E. SAINT-PASTOU": a first name printed as its initials, each
// a capital and a full stop, hyphenated as the first name is. A lone "M." is "Monsieur", not an initial.
const FIRST_NAME_INITIALS = /^(?:\p{Lu}\.-)*\p{Lu}$/u;

function isFirstNameInitials(token: Token, sentence: string): boolean {
  return (
    FIRST_NAME_INITIALS.test(token.core) &&
    token.core !== "M" &&
    sentence.slice(token.end, token.end + 2) === ". "
  );
}

// "la nouvelle entité Albéric Beauté", "la marque Iris Lormeau": a capitalised run right after "le"/"la"
// and a descriptor that only ever names a house (never a person, as "le négociant X" or "l'éditeur X"
// do) is that house's name, even when it opens on a first name. After "de" the descriptor may end a
// title instead ("directrice de la marque Anne Roy"), so only the article may open it.
const HOUSE_ONLY_DESCRIPTORS = "entité compagnie marque enseigne fondation société entreprise filiale";
const AFTER_DESCRIPTOR = new RegExp(
  String.raw`(?<![\p{L}'’])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:(?:nouvelle|nouveau|nouvel|jeune)\s+)?` +
    String.raw`(?:${HOUSE_ONLY_DESCRIPTORS.replaceAll(" ", "|")})\s+$`,
  "u",
);

// "Me Gwenola Penhoat-Camara", "M. Bakary Sow": a title of courtesy vouches for the name after it as a
// known first name does, whatever the first name
const AFTER_COURTESY_TITLE = new RegExp(`(?:^|[\\s(«"'’])(?:${HONORIFIC}|Mlle)\\s+$`, "u");

const inCapitals = (run: Token[]) =>
  run.length >= 2 && run.every((t) => !/\p{Ll}/u.test(t.core) && /\p{Lu}{2}/u.test(t.core));

// "débauche Clara Lemaire de Nordal Bank": after "de", a run of capitalised words that ends like a
// company's name is where the person comes from, not the rest of their name.
function namesACompany(tokens: Token[], from: number): boolean {
  for (let m = from; m < tokens.length && m < from + 4 && isNameWord(tokens[m]!.core); m++) {
    if (COMPANY_NAME_WORDS.has(foldWord(tokens[m]!.core))) return true;
    if (tokens[m]!.breakAfter) break;
  }
  return false;
}

// "Nora BELKACEM", "JEAN-MARC LE BIHAN": the surname in capitals, the way Mouvements sections
// print names. A short capital word is more often an acronym ("Groupe SEB").
function surnameInCapitals(text: string): boolean {
  const words = text
    .replace(/\b(?:de|du|des|la|le|d'|van|von|der|den)\b/g, "")
    .trim()
    .split(/\s+/);
  const surname = words.slice(1).join(" ");
  if (/\p{Ll}/u.test(surname)) return false;
  if (!/\p{Ll}/u.test(words[0] ?? "")) return true;
  return surname.replace(/[^\p{Lu}]/gu, "").length >= 4 && !words.some((w) => ACRONYMS.has(foldWord(w)));
}

// "Lyonnais Paul Martin" → "Paul Martin": start the name at a known first name when the run's
// first word is not one.
// "l'ancien de Bateaux-Hôtels Amarine Évrard THÉVENOUX": an unknown first name printed before a
// surname in capitals is one word; the ordinary-case words before it name the house the person
// comes from
const HOUSE_HEAD_NOUNS: ReadonlySet<string> = new Set(
  [...COMPANY_DESCRIPTORS, ...EMPLOYER_NOUNS, "galerie", "atelier", "librairie"].map(foldWord),
);
const ORDINARY_CASE_NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;

function trimToFirstName(run: Token[]): Token[] {
  if (startsWithKnownFirstName(run[0]!.core)) return run;
  // "La Galerie Nadja Feuerstein", "Fondation Lucie Marchal": a house's head noun opening the run names
  // a house after its founder, not a person after a stray word
  if (HOUSE_HEAD_NOUNS.has(foldWord(run[0]!.core))) return run;
  // "Départ d'Aurélien Le Bihan-Costa": the elided "de" before a known first name opens the name
  const at = run.findIndex(
    (t, index) => index > 0 && startsWithKnownFirstName(t.core.replace(/^[dD]['’]/u, "")),
  );
  // ("Ha Linh Tran": the word before the known first name opens a first name of two words)
  if (at === 1 && opensCompoundFirstName(run)) return run;
  if (at > 0 && run.length - at >= 2) return run.slice(at);
  const surname = run.findIndex((t) => CAPITALS_WORD.test(t.core));
  if (
    surname >= 3 &&
    run.slice(0, surname).every((t) => ORDINARY_CASE_NAME_WORD.test(t.core)) &&
    run.slice(surname).every((t) => CAPITALS_WORD.test(t.core))
  )
    return run.slice(surname - 1);
  return run;
}

// A capitalised pair is taken for a person only with a known first name or in capitals, the
// way Mouvements sections print names; "Sopra Steria" or "Crédit Méridional" stay companies.
export function isConfidentPerson(mention: PersonMention): boolean {
  return mention.upperCase || mention.knownFirstName;
}
