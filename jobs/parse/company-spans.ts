// Company names inside one sentence: the run of capitalised words starting at a position, the
// one after a verb like "rejoint" (skipping articles and descriptors), or the one ending right
// before a verb ("La greentech Trace| accueille").

import { isFrenchWord } from "./french-words.ts";
import { isInstitutionHead, LOWER_HEADS, widenInstitution } from "./institutions.ts";
import {
  COMPANY_DESCRIPTORS,
  COMPANY_DESCRIPTORS_PATTERN,
  EMPLOYER_NOUNS,
  ENGLISH_DESCRIPTORS,
  FIRST_NAMES,
  foldWord,
  KINDS_KEPT_BEFORE_A_NAME,
  NAME_STOPWORDS,
  PART_OF_COMPANY_NAMES,
  PERSON_DESCRIPTION_OPENERS,
  PLACE_NAMED_HEADS,
  PLACES,
  PLURAL_TRADE_HEADS,
  PRESS_TITLE_HEADS,
  TITLE_HEADS,
  TITLE_WORDS_OUTSIDE_COMPANIES,
} from "./lexicon.ts";
import { isBlockedWord, type Span, type Token, TokenReader } from "./mentions.ts";
import { keptReading } from "./reading-memo.ts";

const COMPANY_TOKEN = /^(?:[\p{Lu}\p{N}]|[a-z][A-Z]|[LD]'\p{Lu})/u;
// "Cuevas del Sur", "Banca della Valle", "Vinhos do Porto": the Spanish, Italian and Portuguese
// small words of a name link its capitalised ones as "de" does in French
const COMPANY_CONNECTORS = new Set([
  "&",
  "and",
  "of",
  "de",
  "du",
  "des",
  "la",
  "et",
  "del",
  "della",
  "di",
  "da",
  "do",
  "dos",
]);
// Capitalised words that open a sentence before a company name but are not part of it.
const LEADING_NON_COMPANY = new Set([...NAME_STOPWORDS].filter((w) => !PART_OF_COMPANY_NAMES.includes(w)));

// "Puisqu'il n'a pas été réélu, …", "Lorsqu'elle …": a conjunction elided before a pronoun
const ELIDED_CONJUNCTION = /^\p{Lu}\p{Ll}*qu['’]\p{Ll}/u;

// "rejoint le centre social Les Passerelles": a kind of establishment the name keeps (lexicon)
const KIND_BEFORE_AN_ARTICLED_NAME = new RegExp(
  `(?<![\\p{L}'’])(?:${KINDS_KEPT_BEFORE_A_NAME.join("|")})\\s+$`,
  "iu",
);

const copySpan = (span: Span | null): Span | null => (span === null ? null : { ...span });

function isCompanyToken(core: string): boolean {
  return (
    COMPANY_TOKEN.test(core) &&
    !TITLE_WORDS_OUTSIDE_COMPANIES.has(foldWord(core)) &&
    !ELIDED_CONJUNCTION.test(core)
  );
}

// "L'enseigne de primeurs Au Panier Frais (84 magasins) se dote …": mid-sentence, after a lower-case
// word, the preposition would be written "au"; its capital makes it the first word of a shop's name
// ("Au Panier Frais", "Aux Délices du Port"), not grammar before it.
function capitalisedPrepositionOfAName(run: Token[], sentence: string): boolean {
  return (
    /^(?:Au|Aux)$/u.test(run[0]!.core) &&
    run.length > 1 &&
    /^\p{Lu}/u.test(run[1]!.core) &&
    /\p{Ll}\s+$/u.test(sentence.slice(0, run[0]!.start))
  );
}

function cleanCompany(tokens: Token[], sentence: string): Span | null {
  let run = tokens;
  // ("Dés & Pions": a word joined by "&" to the next is the name's own, whatever it folds to)
  while (
    run.length > 0 &&
    LEADING_NON_COMPANY.has(foldWord(run[0]!.core)) &&
    run[1]?.core !== "&" &&
    !capitalisedPrepositionOfAName(run, sentence)
  )
    run = run.slice(1);
  // "la SNVR", "L'agence Onde Claire": a lower-case article or an elided descriptor is grammar
  while (run.length > 1 && /^(?:la|le|les|[LlDd]'\p{Ll}+)$/u.test(run[0]!.core)) run = run.slice(1);
  // "Reinsurer Balmoral Re has hired …": an English descriptor capitalised by the sentence start
  if (
    run.length > 1 &&
    ENGLISH_DESCRIPTORS.has(foldWord(run[0]!.core)) &&
    sentence.slice(0, run[0]!.start).trim() === ""
  )
    run = run.slice(1);
  // "US-based Cardiopath has appointed …": where the house is based is no part of its name
  while (run.length > 1 && /^\p{Lu}[\p{L}-]*-based$/u.test(run[0]!.core)) run = run.slice(1);
  // "le spécialiste de la cybersécurité des PME Guardeo": a descriptor in capitals is no name
  while (run.length > 1 && /^\p{Lu}{2,}$/u.test(run[0]!.core) && COMPANY_DESCRIPTORS.includes(run[0]!.core))
    run = run.slice(1);
  // "Le Studio Paprika", "La Banque Verdier": the sentence's article before a descriptor word,
  // or before a longer name opening the sentence ("Le Secours Fraternel recrute"); "La Poste" stays
  // "sa filiale Le Journal de Saint-Ormel": a descriptor word followed by "de" + place is the head of
  // a title whose article, written in capitals mid-sentence, belongs to it
  const titleHead =
    /^(?:de|du|des)$/.test(run[2]?.core ?? "") && sentence.slice(0, run[0]?.start ?? 0).trim() !== "";
  if (
    run.length > 2 &&
    /^(?:Le|La|Les)$/.test(run[0]!.core) &&
    ((COMPANY_DESCRIPTORS.includes(run[1]!.core.toLowerCase()) && !titleHead) ||
      sentence.slice(0, run[0]!.start).trim() === "") &&
    !(run[0]!.core !== "Les" && isFancyName(run.slice(1))) &&
    !(run[0]!.core === "Les" && isPluralName(run.slice(1)) && !englishWordAfter(sentence, run.at(-1)!.end))
  ) {
    run = run.slice(1);
  }
  while (run.length > 0 && COMPANY_CONNECTORS.has(run[run.length - 1]!.core.toLowerCase()))
    run = run.slice(0, -1);
  // "The board of Sombreuse Ferments has elected": a connector in lower case opens no name
  while (run.length > 1 && COMPANY_CONNECTORS.has(run[0]!.core) && /^\p{Ll}/u.test(run[0]!.core))
    run = run.slice(1);
  // "La MAIF" → "MAIF": an article before an acronym is grammar, not name
  if (run.length === 2 && /^(?:La|Le|Les|L')$/.test(run[0]!.core) && /^\p{Lu}{2,}$/u.test(run[1]!.core)) {
    run = run.slice(1);
  }
  if (run.length === 0) return null;
  let start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  if (/^[ld]'/.test(sentence.slice(start, start + 2))) start += 2;
  // "L'AACI a élu…": a sentence-initial article elided before an acronym is grammar too
  else if (/^[LD]'\p{Lu}{2,}(?![\p{Ll}])/u.test(sentence.slice(start, end))) start += 2;
  // "L'Olympique de Castelrieu a nommé…": the sentence's article before a name built as noun + "de"
  // + place; a newspaper keeps it ("L'Écho d'Orlanges"), as does a name of one noun ("L'Étincelle")
  else {
    const elided = /^L['’](\p{Lu}[\p{L}-]*)\s+(?:de|du|des|d['’])/u.exec(sentence.slice(start, end));
    if (elided && !PRESS_TITLE_HEADS.has(foldWord(elided[1]!)) && !isFancyName(elidedRun(run))) start += 2;
    // "L'Association Esport Horizon", "L'Institut Ferlog": an institution's noun takes the
    // sentence's article, which is no part of its name
    else if (/^L['’](\p{Lu}[\p{L}-]*)\s/u.test(sentence.slice(start, end))) {
      const head = /^L['’](\p{Lu}[\p{L}-]*)\s+([^\s,;.]+)/u.exec(sentence.slice(start, end))!;
      // "L'Armement Dahouët-Pêche nomme": a common noun before a proper name is the house's trade,
      // the article the sentence's; "L'Atelier Gourmand", of common words, keeps it
      const tradeBeforeName =
        /^\p{Lu}/u.test(head[2]!) &&
        !isFrenchWord(head[2]!.toLowerCase()) &&
        !PRESS_TITLE_HEADS.has(foldWord(head[1]!)) &&
        isFrenchWord(head[1]!.toLowerCase());
      if (isInstitutionHead(head[1]!) || tradeBeforeName) start += 2;
    }
    // "L'Avere-Lorvois a élu son bureau": opening the sentence before one coined word (no French
    // word in it) and its verb, the article is the sentence's; "L'Étincelle", a common noun, keeps its
    // own, and so does a name standing alone (a heading's "chez L'Encadrure")
    else {
      const coined = /^L['’](\p{Lu}[\p{L}-]*)$/u.exec(sentence.slice(start, end));
      if (
        coined &&
        sentence.slice(0, start).trim() === "" &&
        /^\s+\p{Ll}/u.test(sentence.slice(end)) &&
        coined[1]!.split("-").every((part) => !isFrenchWord(part.toLowerCase()))
      )
        start += 2;
    }
  }
  // "L'Agence régionale pour l'économie circulaire de l'Ormand a désigné": an institution's head
  // alone before its lower-case complements takes the sentence's article; widened below, or kept
  // whole as before when nothing completes it
  const elidedHead = /^L['’](\p{Lu}[\p{L}-]*)$/u.exec(sentence.slice(start, end));
  if (elidedHead && isInstitutionHead(elidedHead[1]!)) {
    const head = { text: elidedHead[1]!, start: start + 2, end };
    const named = widenInstitution(sentence, head);
    if (named.end > end) return renamedByApposition(sentence, withTitleArticle(sentence, named));
    start += 2;
  }
  const kind = KIND_BEFORE_AN_ARTICLED_NAME.exec(sentence.slice(0, start));
  if (kind && /^(?:Le|La|Les|L['’])\s*\p{Lu}/u.test(sentence.slice(start, end)))
    return { text: sentence.slice(kind.index, end), start: kind.index, end };
  const text = sentence.slice(start, end);
  // "1er", "2e": the day of a date, not a company
  if (!/\p{L}/u.test(text) || /^\d+(?:er|re|e|ème|è)$/iu.test(text)) return null;
  if (/^[LlDd]'\p{Ll}+$/u.test(text)) return null; // "L'agence" is a descriptor with its article
  const widened = withPlaceAdjective(sentence, widenInstitution(sentence, { text, start, end }));
  // "Agence" alone is a descriptor; "Agence nationale des essais aéronautiques" is a name
  if (widened.end === end && widened.start === start && isBlockedWord(text)) return null;
  return renamedByApposition(sentence, withTitleArticle(sentence, widened));
}

// "La Baleine d'Or", "Le Circuit des Pins", "L'Aire des Faucons": a common noun completed by another
// common noun names a house by an image, not by its trade and its place ("Le Stade Valmorien", "La
// Fonderie de Brévilly", "L'Olympique de Castelrieu"); the article that opens it is the name's own,
// even where it opens the sentence ("Les Éditions du Sextant", plural, are a trade's: not told so).
// The words after the article: head, link, complement.
function isFancyName(words: Token[]): boolean {
  const [head, link, complement] = words;
  if (!head || !/^\p{Lu}\p{Ll}+$/u.test(head.core)) return false;
  const word = head.core.toLowerCase();
  if (!isFrenchWord(word) || COMPANY_DESCRIPTORS.includes(word) || isInstitutionHead(word)) return false;
  if (PLACE_NAMED_HEADS.has(foldWord(word)) || PRESS_TITLE_HEADS.has(foldWord(word))) return false;
  const commonNoun = (core: string) => /^\p{Lu}\p{Ll}+$/u.test(core) && isFrenchWord(core.toLowerCase());
  if (words.length === 2) {
    const elided = /^d['’](\p{Lu}\p{Ll}+)$/u.exec(link!.core);
    return elided !== null && commonNoun(elided[1]!);
  }
  return words.length === 3 && /^(?:de|du|des)$/u.test(link!.core) && commonNoun(complement!.core);
}

// "Les Truites du Haut-Sorbier ont nommé", "Les Furies de Cambrelieu", "Les Folies Sarrasines": a
// plural common noun completed by a place or a name is the house's own image, its article the name's
// even where it opens the sentence; a trade's plural ("Les Éditions du Sextant", "Les Voileries du
// Trieux": PLURAL_TRADE_HEADS and every "-eries") takes the sentence's article, as singular heads do.
function isPluralName(words: Token[]): boolean {
  const [head, next, after] = words;
  if (!head || !next || !/^\p{Lu}\p{Ll}{2,}[sx]$/u.test(head.core) || head.breakAfter) return false;
  const word = head.core.toLowerCase();
  const folded = foldWord(word);
  if (!isFrenchWord(word) || PLURAL_TRADE_HEADS.has(folded) || /eries$/u.test(folded)) return false;
  if (COMPANY_DESCRIPTORS.includes(word) || isInstitutionHead(word) || PLACE_NAMED_HEADS.has(folded))
    return false;
  const named = (core: string) => /^\p{Lu}/u.test(core) && !PLACES.has(foldWord(core));
  if (/^d['’]\p{Lu}/u.test(next.core) || named(next.core)) return true;
  return (
    /^(?:de|du|des)$/u.test(next.core) && after !== undefined && named(after.core.replace(/^l['’]/u, ""))
  );
}

// "Les Vergers du Ponant hires …": an English sentence copies the French article with the name, which
// the French items may write as grammar ("ancien des Vergers du Ponant"); issue.ts withOwnArticle
// gives it back where the issue writes it as the name's own.
function englishWordAfter(sentence: string, end: number): boolean {
  const next = /^\s+(\p{Ll}{3,})(?![\p{L}'’-])/u.exec(sentence.slice(end))?.[1];
  return next !== undefined && !isFrenchWord(next);
}

// "L'Aire des Faucons" as one token "L'Aire" then the rest: the head without its elided article.
function elidedRun(run: Token[]): Token[] {
  const [first, ...rest] = run;
  if (!first) return run;
  return [{ ...first, core: first.core.replace(/^L['’]/u, "") }, ...rest];
}

// "Ciments de l'Atlas oriental", "Forêts & Bois du Massif central", "la Sûreté publique": an
// adjective of place or scope after the last capitalised word ends the name, unless a complement of
// its own follows ("central de …" opens another phrase).
const PLACE_ADJECTIVE =
  /^\s+(?:oriental|occidental|central|méridional|septentrional|national|international|public|publique)e?s?(?![\p{L}'’-])(?!\s+(?:de|du|des|d['’])\s)/u;

function withPlaceAdjective(sentence: string, span: Span): Span {
  if (!/\p{Lu}[\p{L}'’-]*$/u.test(span.text)) return span;
  const adjective = PLACE_ADJECTIVE.exec(sentence.slice(span.end));
  if (!adjective) return span;
  const end = span.end + adjective[0].length;
  return { text: sentence.slice(span.start, end), start: span.start, end };
}

// "la filiale solaire d'Hydrolor, Hydrolor Solaire", "La régie des transports de Morlanges,
// Moviolve, recrute", "le family office de la famille Borderie, Borderie Participations": a unit
// described by its group, its owner or its place, then named in apposition. The employer is that
// name, not the group, owner or place that describes it.
const NAMED_UNIT =
  "(?:filiale|branche|entité|captive|coentreprise|joint-venture|holding|régie|gestionnaire|exploitant|concessionnaire|family office|société de gestion)s?";
const UNIT_DESCRIBED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:la|le|l['’]|sa|son|leur|du|de la|de l['’]|au|à la)\s*(?:(?:nouvelle|nouvel|nouveau|future?|jeune)\s+)?${NAMED_UNIT}(?:\s+[\p{Ll}'’-]+){0,6}\s*$`,
  "iu",
);
const UNIT_NAMED_FIRST = new RegExp(String.raw`^${NAMED_UNIT}\s`, "iu");
const APPOSED_NAME = /^\s*,\s*(?=[\p{Lu}\p{N}])/u;

function renamedByApposition(sentence: string, span: Span): Span {
  const comma = APPOSED_NAME.exec(sentence.slice(span.end));
  if (!comma) return span;
  const before = sentence.slice(Math.max(0, span.start - 80), span.start);
  if (!UNIT_DESCRIBED_BEFORE.test(before) && !UNIT_NAMED_FIRST.test(span.text)) return span;
  const tokens = new TokenReader(sentence, span.end + comma[0].length);
  const run: Token[] = [];
  for (let token = tokens.get(0); token && isCompanyToken(token.core); token = tokens.get(run.length)) {
    run.push(token);
    if (token.breakAfter || run.length === 5) break;
  }
  const last = run.at(-1);
  if (!last || !/^\s*(?:[,.;:]|$)/u.test(sentence.slice(last.end))) return span;
  // "la filiale de Ferlog, Marc Lin, …": a person in apposition is no name of the unit
  if (FIRST_NAMES.has(foldWord(run[0]!.core)) || (run.length === 1 && isBlockedWord(run[0]!.core)))
    return span;
  const start = run[0]!.start;
  return { text: sentence.slice(start, last.end), start, end: last.end };
}

// "rédacteur en chef du Courrier de Wavrelle" → "Le Courrier de Wavrelle": a newspaper's article is
// part of its title, told by the article or the contraction the sentence puts before it.
const ARTICLE_BEFORE = /(?:^|[\s'’])(du|au|le|la|l['’])\s*$/iu;

function withTitleArticle(sentence: string, span: Span): Span {
  if (/^(?:Le|La|Les|L['’])/u.test(span.text)) return span;
  const head = foldWord(/^[\p{L}-]+/u.exec(span.text)?.[0] ?? "");
  if (!PRESS_TITLE_HEADS.has(head)) return span;
  const article = ARTICLE_BEFORE.exec(sentence.slice(0, span.start))?.[1]?.toLowerCase();
  if (!article) return span;
  const text =
    article === "l'" || article === "l’"
      ? `L'${span.text}`
      : `${article === "la" ? "La" : "Le"} ${span.text}`;
  return { ...span, text };
}

const SUB_UNIT_BEFORE =
  /(?<![\p{L}])(?:délégation|agence|antenne|section|direction|usine|site|filiale|succursale|bureau|comité|fédération|ligue)s?\s+$/iu;

// "le bureau de Castelbrune de Dunmore Whitlock", "la plateforme logistique de Kervidel d'Entrepôts
// Ravanel": after a site's noun and "de", one word is the site's place and the next "de" names the house
const SITE_OF_PLACE_BEFORE =
  /(?<![\p{L}])(?:bureau|agence|antenne|site|usine|plateforme(?: logistique)?|entrepôt|délégation|succursale|implantation|campus)s?\s+(?:de|d['’])\s*$/iu;

function placeOfSite(sentence: string, run: Token[], connector: Token): boolean {
  return (
    run.length === 1 &&
    !connector.breakBefore &&
    !connector.breakAfter &&
    SITE_OF_PLACE_BEFORE.test(sentence.slice(0, run[0]!.start))
  );
}

// "Le Fer à Dorer", "Savonnerie du Fer à Cheval Bleu", "Pain au Levain d'Orgeval", "L'Arbre à
// Jouer": a house named by an image joins two capitalised dictionary words with "à", "au" or "aux",
// where a sentence's "à" before a place ("Ferlog à Lyon", "la Boulangerie à Paris") or after a
// coined name ("Kargo Rail à Temps Plein" has no image) ends the name. Both sides must be common
// words, neither a place, a first name, an article nor a title ("Journaliste à La Gazette de l'Olme"
// is a person's trade before the house).
const IMAGE_LINK = new Set(["à", "au", "aux"]);
const capitalisedCommonWord = (core: string) => {
  const word = core.replace(/^[LlDd]['’]/u, "");
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    !NAME_STOPWORDS.has(foldWord(word)) &&
    !TITLE_HEADS.has(foldWord(word)) &&
    isFrenchWord(word.toLowerCase()) &&
    !PLACES.has(foldWord(word)) &&
    !FIRST_NAMES.has(foldWord(word))
  );
};

// "passe de Bière du Causse à Fût & Bulle", "est mutée de C à D": "à" after a house one moves
// from names the house one moves to
const MOVES_FROM =
  /(?<![\p{L}])(?:pass|mut|transf[eé]r)\p{L}*\s+(?:(?:de|du|des)\s+(?:la\s+|l['’])?|d['’])?$/iu;

// ("Lettres à la Carte", "Plumes à la Ligne": the image may take "la" after "à" when a plural opens it,
// the connector rule then reading "la" and the word it leads to; "secrétaire d'État à la Justice" and
// "Élection à la Fédération des …" are an office and an event)
function joinsAnImage(
  sentence: string,
  run: Token[],
  link: Token,
  next: Token | undefined,
  afterNext: Token | undefined,
): boolean {
  const last = run.at(-1);
  const article =
    link.core === "à" && next?.core === "la" && !next.breakAfter && /[sx]$/u.test(last?.core ?? "");
  const image = article ? afterNext : next;
  return (
    last !== undefined &&
    !MOVES_FROM.test(sentence.slice(0, run[0]!.start)) &&
    image !== undefined &&
    IMAGE_LINK.has(link.core) &&
    !last.breakAfter &&
    !link.breakBefore &&
    !link.breakAfter &&
    capitalisedCommonWord(last.core) &&
    capitalisedCommonWord(image.core)
  );
}

// "chez Kirigama Ancienne cadre de Foldéa": a word that opens a description of a person, followed by
// a lower-case word, starts the next sentence whose period was dropped; "Brasserie de l'Ancienne
// Poste" keeps its capitalised next word
function opensPersonDescription(token: Token, next: Token | undefined): boolean {
  return (
    PERSON_DESCRIPTION_OPENERS.has(foldWord(token.core)) &&
    !token.breakAfter &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.core)
  );
}

// The company run that starts at the first token at or after `from` (kept: reading-memo.ts).
export const readCompanyRun = keptReading(readCompanyRunAt, copySpan);

function readCompanyRunAt(sentence: string, from: number): Span | null {
  const tokens = new TokenReader(sentence, from);
  const run: Token[] = [];
  for (let i = 0; tokens.get(i) && run.length < 9; i++) {
    const token = tokens.get(i)!;
    const stripped = token.core.replace(/^[ld]'/, "");
    if (
      (token.core === "de" && tokens.get(i + 1) && isCompanyToken(tokens.get(i + 1)!.core)) ||
      /^d'\p{Lu}/u.test(token.core)
    ) {
      if (placeOfSite(sentence, run, token)) {
        run.length = 0;
        if (token.core === "de") continue;
      }
    }
    if (run.length === 0) {
      if (!isCompanyToken(stripped)) return null;
      run.push(token);
    } else if (
      isCompanyToken(token.core) &&
      !token.breakBefore &&
      !opensPersonDescription(token, tokens.get(i + 1))
    ) {
      run.push(token);
    } else if (
      COMPANY_CONNECTORS.has(token.core.toLowerCase()) &&
      token.core !== "et" &&
      !token.breakBefore &&
      !token.breakAfter &&
      tokens.get(i + 1) &&
      (isCompanyToken(tokens.get(i + 1)!.core) ||
        (token.core === "de" && /^l['’]\p{Lu}/u.test(tokens.get(i + 1)!.core)) ||
        // "Théâtre de la Criée de …", "Banque de la Vallée d'…"; after a sub-unit's noun the run is
        // its place and "de la" names the house ("la délégation Isère de la Croix-Blanche")
        (token.core === "de" &&
          !SUB_UNIT_BEFORE.test(sentence.slice(0, run[0]!.start)) &&
          tokens.get(i + 1)!.core === "la" &&
          !tokens.get(i + 1)!.breakAfter &&
          tokens.get(i + 2) !== undefined &&
          isCompanyToken(tokens.get(i + 2)!.core)))
    ) {
      run.push(token);
    } else if (joinsAnImage(sentence, run, token, tokens.get(i + 1), tokens.get(i + 2))) {
      run.push(token);
    } else if (/^d'\p{Lu}/u.test(token.core) && !token.breakBefore) {
      run.push(token);
    } else if (/^l['’]\p{Lu}/u.test(token.core) && run.at(-1)?.core === "de" && !token.breakBefore) {
      // "Pêcheries de l'Iroise"
      run.push(token);
    } else {
      break;
    }
    if (token.breakAfter) break;
  }
  return cleanCompany(run, sentence);
}

const SKIPPABLE_BEFORE_COMPANY = /^(?:chez|au|aux|à|dans|sein|de|du|des|d'|le|la|les|l'|un|une|son|sa|ses)$/;
const NOT_A_DESCRIPTOR =
  /^(?:comme|en|pour|afin|où|qui|que|et|avec|après|avant|depuis|dès|tant|poste|qualité|ses|fonctions|il|elle|a|est|sera)$/;

const DESCRIPTOR_EN_STOP =
  /^(?:tant|remplacement|qualité|charge|provenance|poste|fonction|fonctions|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;
const LOWER_HEAD_AT = new RegExp(`^(?:${LOWER_HEADS})\\s*(?:de la |de l'|des |du |de |d')?(?=\\p{Lu})`, "u");

// After a verb like "rejoint": skip articles and lower-case descriptors ("la start up",
// "le groupe", "l'agence de conseil") and read the company name that follows. At a sentence
// start the article is capitalised ("La scale-up Hublo…"). Kept: reading-memo.ts.
export const readCompanyAfter = keptReading(readCompanyAfterAt, copySpan);

function readCompanyAfterAt(sentence: string, from: number): Span | null {
  const tokens = new TokenReader(sentence, englishDescriptorEnd(sentence, from) ?? from);
  let skipped = 0;
  for (let index = 0, token = tokens.get(0); token; token = tokens.get(++index)) {
    const core = token.core;
    // "la chambre de commerce et d'industrie du Val-de-Sorne": read from the proper name on;
    // widenInstitution takes the lower-case head back
    const head = LOWER_HEAD_AT.exec(sentence.slice(token.start));
    if (head) return readCompanyRun(sentence, token.start + head[0].length);
    const next = tokens.get(index + 1)?.core ?? "";
    // "L'assemblée générale de la Fédération …": an elided article opening a common noun
    if ((/^(?:Le|La|Les|L'|Un|Une)$/.test(core) && /^\p{Ll}/u.test(next)) || /^[LD]'\p{Ll}/u.test(core))
      continue;
    // "Paris-based robotics firm Automata Labs": a place-based descriptor, not the name
    if (/^\p{Lu}[\p{L}-]*-based$/u.test(core)) continue;
    if (/^[ld]'\p{Lu}/u.test(core) || COMPANY_TOKEN.test(core)) {
      const run = readCompanyRun(sentence, token.start);
      // "l'équipe commerciale France de la compagnie Oriane Air": a country or region names the
      // unit's scope; the house is named after its "de"
      if (run && PLACES.has(foldWord(run.text)) && /^\s+(?:de|du|des|d['’])/u.test(sentence.slice(run.end)))
        return readCompanyAfter(sentence, run.end) ?? run;
      return run;
    }
    const lower = core.toLowerCase();
    // "du cabinet de conseil en stratégie Orbis": "en" inside a descriptor's complement
    const complementEn =
      lower === "en" && skipped > 0 && /^\p{Ll}{4,}$/u.test(next) && !DESCRIPTOR_EN_STOP.test(next);
    if ((NOT_A_DESCRIPTOR.test(lower) && !complementEn) || !/^[\p{Ll}'-]+$/u.test(core) || token.breakBefore)
      return null;
    if (!SKIPPABLE_BEFORE_COMPANY.test(lower) && ++skipped > 4) return null;
    // "rejoint la maison mère, Ferlog Group, comme …": the parent named in apposition
    if (
      token.breakAfter &&
      !(/^(?:mère|holding)$/u.test(lower) && /^\s*,\s*\p{Lu}/u.test(sentence.slice(token.end)))
    )
      return null;
  }
  return null;
}

// "Belgian bike-leasing start-up CycloLease has hired …", "The Catholic charity Lumen Caritas has
// appointed …", "Auction platform Lotissimo has also named …": an English sentence opens on what the
// house is, capitalised only as the sentence's first word, then names it. Where the name starts, when
// the subject is read from the sentence's start and the sentence announces a move in English.
const ENGLISH_MOVE_VERB =
  /(?<![\p{L}])(?:has|have)\s+(?:also\s+|just\s+)?(?:appointed|hired|named|promoted|recruited|tapped|elected|selected|welcomed)(?![\p{L}])/u;
// "The Banque centrale des États de …": a name's own complements are no descriptor
const ENGLISH_DESCRIPTOR_OPENING =
  /^(?:(?:The|A|An)\s+)?\p{Lu}[\p{Ll}-]+((?:\s+(?!(?:de|du|des|la|le|les|et|en|au|aux|pour|sur|of|and|for)\s)\p{Ll}[\p{Ll}-]*){1,3})\s+(?=[\p{Lu}\p{N}])/u;

function englishDescriptorEnd(sentence: string, from: number): number | null {
  if (/\p{L}/u.test(sentence.slice(0, from))) return null;
  const opening = /^[^\p{L}]*/u.exec(sentence.slice(from))![0].length + from;
  const descriptor = ENGLISH_DESCRIPTOR_OPENING.exec(sentence.slice(opening));
  // an English descriptor has an English word ("bike-leasing start-up", "charity", "platform")
  const words = descriptor?.[1]?.trim().split(/\s+/u) ?? [];
  if (!descriptor || !words.some((word) => !isFrenchWord(word))) return null;
  const verb = ENGLISH_MOVE_VERB.exec(sentence);
  if (!verb || verb.index <= opening + descriptor[0].length) return null;
  return opening + descriptor[0].length;
}

const LEGAL_FORM_ABBREVIATION = /^(?:Co|Inc|Corp|Ltd|Cie|B\.V|N\.V|S\.A|S\.p\.A)$/u;
const abbreviatedLegalForm = (token: Token, sentence: string) =>
  LEGAL_FORM_ABBREVIATION.test(token.core) && sentence.slice(token.end, token.end + 2) === ". ";

// "La scale-up de Valdérac a recruté X": the subject describes a house by its kind, and the name
// after its "de" is where the house stands or who owns it ("la filiale de C"), not the house
// itself. Such a sentence names no employer; the one named before it is the subject's. A trade's
// acronym after "de" is the description's end and the name follows it ("Le groupe de BTP C").
const DESCRIBED_HOUSE_OF = new RegExp(
  String.raw`^[^\p{L}\p{N}]*(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:${COMPANY_DESCRIPTORS_PATTERN})\s+(?:de\s+|d['’]\s*)$`,
  "u",
);
export const isPlaceOrOwnerOfDescribedHouse = (sentence: string, read: Span): boolean =>
  DESCRIBED_HOUSE_OF.test(sentence.slice(0, read.start)) && !/^\p{Lu}{2,}\s/u.test(read.text);

// The company run that ends right before `end` ("La greentech Trace| accueille").
// "Le spécialiste du chronométrage par puce RFID, racheté par C, se dote de …": in a subject that
// describes the house ("Le spécialiste …"), an acronym right after a common noun that names no kind
// of house ("puce RFID", "norme ISO", "format MP3") is a technical term of the description, not the
// house's name; "le spécialiste des PME Guardeo" (after a preposition) and "le groupe SEB" (after a
// descriptor) keep theirs.
export function isTermInDescription(sentence: string, read: Span): boolean {
  if (!/^\p{Lu}{2,}\p{N}*$/u.test(read.text)) return false;
  const before = sentence.slice(0, read.start);
  if (!DESCRIPTION_SUBJECT.test(before)) return false;
  const noun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  if (!noun || !isFrenchWord(noun)) return false;
  const singular = noun.replace(/s$/u, "");
  return ![noun, singular].some(
    (word) => COMPANY_DESCRIPTORS.includes(word) || EMPLOYER_NOUNS.includes(word) || FRENCH_LINKS.test(word),
  );
}
const DESCRIPTION_SUBJECT = /^[^\p{L}]*(?:Le|La|Les|L['’])\s*\p{Ll}[^,;:.()]*$/u;
const FRENCH_LINKS = /^(?:de|du|des|la|le|les|et|en|chez|par|pour|sur|au|aux|à)$/u;

export function readCompanyBefore(sentence: string, end: number): Span | null {
  // tokens come in order, so those ending by `end` are the first ones
  const tokens: Token[] = [];
  const reader = new TokenReader(sentence);
  for (let token = reader.get(0); token && token.end <= end; token = reader.get(tokens.length))
    tokens.push(token);
  const run: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.breakAfter && run.length > 0) break;
    const isConnector =
      COMPANY_CONNECTORS.has(token.core.toLowerCase()) && token.core !== "et" && run.length > 0;
    if (isCompanyToken(token.core) || isConnector) run.unshift(token);
    // "le conseil d'administration d'Orlanges Habitat a désigné": an elided "d'" or "l'" opens the
    // name; "la coopérative d'HLM Le Toit Familial": an acronym there is the house's trade; a name of
    // one word too ("le conseil d'administration d'Agrunion a élu"; "Croix Bleue d'Ardelle", "Cercle de l'Aviron
    // d'Ourcq" are one name)
    else if (
      (run.length > 0 ||
        (/^d['’]/u.test(token.core) &&
          !(i > 0 && isCompanyToken(tokens[i - 1]!.core.replace(/^[ld]['’](?=\p{Lu})/u, ""))))) &&
      /^[ld]['’]\p{Lu}(?!\p{Lu}*$)/u.test(token.core) &&
      isCompanyToken(token.core.slice(2))
    ) {
      run.unshift(token);
      break;
    } else break;
    // the comma closing "Maison Vauclair, la marque …, nomme" ends the name, it does not cut it;
    // "Street Kitchen Co. has appointed", "WormWorks B.V. hires": a legal form's own full stop neither
    if (
      token.breakBefore ||
      (token.breakAfter &&
        token.end < end - 1 &&
        !(i === tokens.length - 1 && abbreviatedLegalForm(token, sentence)))
    )
      break;
  }
  return cleanCompany(run, sentence);
}
