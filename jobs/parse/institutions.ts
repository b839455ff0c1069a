// French institutions are named by a common noun and its complements, mostly in lower case:
// "Caisse des dépôts et consignations", "Syndicat de la presse magazine", "ministère de
// l'Économie", "l'ordre des avocats de Toulouse". A capitalised-word reader stops after
// "Caisse" or keeps only "Toulouse"; these helpers widen such a span to the whole name.

import { allMatches } from "./all-matches.ts";
import { compiledPattern } from "./compiled-pattern.ts";
import { isFrenchWord } from "./french-words.ts";
import {
  COMPANY_DESCRIPTORS,
  foldWord,
  INSTITUTION_HEADS,
  INSTITUTION_QUALIFIERS,
  PLACE_NAMED_HEADS,
  ROLE_WORDS,
  SITES_NAMED_BY_THEIR_PLACE,
  SPORT_NAME_TAILS,
  TITLE_WORDS_OUTSIDE_COMPANIES,
} from "./lexicon.ts";
import type { Span } from "./mentions.ts";

// Adjectives that qualify an institution ("régionale", "française", "bancaire", "polytechnique",
// "supérieure"). A word a possessive follows is the sentence's verb, whatever its ending ("Le
// Conservatoire des arts du plâtre renouvelle son conseil", "L'Institut publie ses comptes").
const ADJECTIVE = `(?![\\p{Ll}-]+\\s+(?:son|sa|ses|leur|leurs)\\s)(?:(?!(?:avant|pendant|durant|devant|cependant|maintenant|suivant|avants)(?![\\p{L}]))(?:\\p{Ll}+-)?\\p{Ll}+(?:ale|al|aux|ique|aire|aise|ais|ienne|ien|éenne|éen|ère|ier|ière|ive|if|elle|el|ale|able|ible|quée|uée|isée|tée|ge|cole|ant|ante)s?|\\p{Ll}+(?:caine|baine)s?|\\p{Ll}{3,}ents|publi(?:c|que)s?|privée?s?|mixtes?|maritimes?|\\p{Ll}+érieure?s?|(?!autrefois|toutefois|parfois)\\p{Ll}{4,}oise?s?|${INSTITUTION_QUALIFIERS.join("|")})`;
// Lower-case words that end a name because the sentence goes on ("… consignations a nommé").
const STOP =
  /^(?:a|ont|est|sont|sera|qui|que|où|pour|en|et|avant|après|comme|depuis|dont|avec|au|aux|à|le|la|les|vient|annonce|tant|qualité|remplacement|charge|nomme|recrute|accueille|confie|choisit|élit|désigne|renforce|intègre|promeut)$/u;
// "du poste client a recruté", "de la presse magazine régionale a désigné", "de l'entretien textile –":
// a noun (and its adjective) closing the last complement, told by the auxiliary or the dash after it;
// an adverb there is the sentence's ("… de la presse hier a nommé")
const NOUN_BEFORE_VERB = String.raw`\s+(?!(?:hier|aussi|ainsi|enfin|encore|également|récemment|déjà|donc|alors|toujours|désormais|elle-même|lui-même)(?![\p{L}-]))\p{Ll}{4,}(?:-\p{Ll}+)?(?:\s+${ADJECTIVE}(?![\p{L}]))?(?=\s+(?:a|ont|est|sont|sera|[–—])\s)`;
const COMPLEMENT = new RegExp(
  `^(?:\\s+${ADJECTIVE}(?![\\p{L}]))?\\s+(?:de la |de l'|des |du |de |d'|en |aux |pour la |pour le |pour les |pour l')\\s*([\\p{L}][\\p{L}'-]*)((?:\\s+(?:${SPORT_NAME_TAILS.join("|")})(?![\\p{L}])|(?:\\s+${ADJECTIVE}(?![\\p{L}])){1,2}|\\s+\\p{Ll}{4,}(?=\\s+(?:de la |de l'|des |du |de |d'))|\\s+\\p{Ll}{4,}(?=\\s*[,.;:]|\\s+\\(\\p{Lu}{2,}\\)|$)|\\s+\\p{Lu}[\\p{L}-]*(?=\\s*[,.;:]|\\s+\\p{Ll}|$)|${NOUN_BEFORE_VERB})?)`,
  "u",
);
const LEADING_ADJECTIVE = new RegExp(
  `^(?:\\s+${ADJECTIVE}(?![\\p{L}])){1,2}((?:\\s+\\p{Lu}[\\p{L}'-]*)*)`,
  "u",
);
// Local government and chambers are named the same way: "la préfecture du Morbihan", "la mairie
// de Rivemont", "la communauté d'agglomération du Val-de-Sorne", "la région Centre-Val de Loire".
export const LOWER_HEADS =
  // "le conseil régional de l'ordre des vétérinaires de X": the order's council is the employer
  "ministère|secrétariat d'État|(?:conseil (?:national |régional |interrégional |départemental )?de l'|chambre (?:régionale |départementale |nationale )?de discipline de l')?ordre des [\\p{Ll}-]+(?: de| du)?|centre hospitalier(?: universitaire| régional| intercommunal)*|groupe hospitalier|mairie|préfecture|sous-préfecture|ville|région|" +
  "communauté (?:d'agglomération|de communes|urbaine)|conseil (?:départemental|régional|municipal|général|de prud['’]hommes)|" +
  // a public or local body named by its noun and a place: "la commune de Saint-Ormel", "le port de
  // Port-Aubrac", "le syndicat mixte des transports de la Vesle", "la faculté de médecine de Brenville"
  // a State's service in a département: "la direction départementale des territoires de la Lisonne"
  // or a region: "la direction régionale des affaires culturelles du Lorvois"
  `direction (?:départementale|régionale|interrégionale|interdépartementale) (?:de la |des |du |de l')\\p{Ll}+(?:\\s+${ADJECTIVE}(?![\\p{L}]))?(?: et (?:de la |des |du |de l')?\\p{Ll}+)?|` +
  // ("le syndicat Nutri-Compléments France": a union's noun right before its name describes it)
  "commune|métropole|département|syndicat mixte(?: des? \\p{Ll}+)?|syndicat(?: des? \\p{Ll}+)?(?=\\s*(?:de la |de l'|des |du |de |d'))|port|aéroport|faculté(?: de \\p{Ll}+)?|université|" +
  // a school of music or dance a town runs: "le conservatoire de Brenville" (not "lycée" nor
  // "collège": "le lycée Notre-Dame de X" has a name of its own, "le collège de l'Autorité" is a board)
  "conservatoire|" +
  // a town's police ("la police municipale de X"; "la police nationale du X" is a State's service
  // whose direction names the employer)
  "police (?:municipale|intercommunale|rurale)|" +
  "hôpital|clinique(?: \\p{Ll}+)?|(?:tennis |football |rugby )?club|autorité organisatrice des mobilités|" +
  "groupement hospitalier de territoire|maison des \\p{Ll}+|office des \\p{Ll}+|" +
  // a fish auction or a tourist office named by its place or its own name: "la criée de Port-Olvène",
  // "l'office de tourisme Cœur de Brenne" ("thermes" is not here: "la régie des thermes de X" is the
  // régie's name, read from its own head)
  "criée|office (?:de|du) tourisme(?: intercommunal)?|" +
  // a twinning committee is named by the towns it twins ("le comité de jumelage Brenne-Altdorf"):
  // its noun is part of the name, which would otherwise read as the towns alone
  "comité de jumelage|" +
  "chambre (?:de commerce et d'industrie|d'agriculture|de métiers et de l'artisanat|des métiers)";
const LOWER_HEAD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${LOWER_HEADS})\\s*(?:de la |de l'|des |du |de |d'|l')?$`,
  "u",
);

// "L'office de tourisme du pays de Castelrieu change de président": a word ending like an adjective
// but followed by "de" and a bare noun is the sentence's verb, not part of the name
const ADJECTIVE_WORD = new RegExp(`^${ADJECTIVE}$`, "u");
const TRAILING_ADJECTIVES = new RegExp(
  `^(?:\\s+${ADJECTIVE}(?![\\p{L}])(?!\\s+d(?:e\\s+|['’])\\p{Ll})){1,2}`,
  "u",
);

// "l'office de tourisme de Valbrenne", "la Fédération des hôteliers d'Ardelle", "le comité des
// fêtes de Loubière", "Comité régional du tourisme d'Ardelle": an institution's head noun, its
// lower-case complements, then the place that ends its name. A place after such a head is almost
// never the employer by itself. The head is the nearest institution noun within a few words.
const LINK_BEFORE_NAME = /(?:^|\s)(?:de la |de l['’]|des |du |de |d['’]|l['’])$/u;
const HEAD_WINDOW = 9;
// In lower case, these heads name a part of a house as often as an institution ("l'agence de
// Castelrieu de la Banque …", "le centre d'essais de …", "le conseil de surveillance de …"): the
// place after them is the sub-unit's, so they are not widened here.
const SUB_UNIT_HEADS = new Set(
  "agence centre conseil commission societe compagnie groupement cercle banque".split(" "),
);
// "l'agence régionale de santé de …", "le centre de gestion de la fonction publique territoriale de
// …": a sub-unit's noun with an adjective or two complements before the place names an institution;
// "le centre d'essais de …", "l'agence de …" stay a part of a house.
function namesAnInstitution(words: { 0: string }[], head: number): boolean {
  const after = words.slice(head + 1).map((w) => w[0]);
  if (after.length > 0 && ADJECTIVE_WORD.test(after[0]!)) return true;
  return after.filter((w) => /^(?:de|du|des|d['’]\p{Ll}+)$/u.test(w)).length >= 2;
}

// A house's own bodies and seats, not institutions: "membre du comité exécutif de Ferlog".
const GOVERNING_BODY =
  /^(?:comit[ée]|conseil|commission|bureau|assembl[ée]e)s?\s+(?:d['’]administration|de surveillance|ex[ée]cutif|de direction|directeur|strat[ée]gique|d['’]audit|scientifique|d['’]orientation|consultatif|d['’]entreprise|des? (?:r[ée]mun[ée]rations?|nominations|risques|investissements?)|g[ée]n[ée]rale?|permanent|de gestion)(?![\p{L}])/iu;

const BOARD_OF_A_BODY = /^coll[èe]ges?\s+(?:de la |de l['’]|du |des |de |d['’])$/iu;

// "établissement de Brenville" alone is a site of the house; "établissement public de santé
// mentale de …" is an institution.
const HEADS_NEEDING_COMPLEMENT = new Set(["etablissement"]);

// Lower-case nouns of a public establishment that its place completes: "le lycée horticole de
// Fontaix", "le port de plaisance de X", "la maison départementale des personnes handicapées de X",
// "les archives municipales de X". Only with a complement between them and the place: "le port de X"
// is read by LOWER_HEADS already. Folded.
// "la maison mère de Portal": a group's parent, not an establishment
const PARENT_HOUSE = /^m[èe]re$/u;
const ESTABLISHMENT_HEADS = new Set("lycee college archives jardin marche port maison".split(" "));

// A place of several words opens on a common noun of geography: "l'agence régionale de santé du Pays
// d'Ambrelle", "le parc naturel régional des Marais de la Sévrane", "le Val de Sorne".
const PLACE_OF_WORDS =
  /^(?:Pays|Val|Vallée|Monts?|Marais|Côtes?|Plaine|Bassin|Causses?|Îles?|Haute?s?-\p{Lu}[\p{L}-]*|Grand|Petite?)\s+(?:de la |de l['’]|des |du |de |d['’])\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:de la |de l['’]|des |du |de |d['’])\s*\p{Lu}[\p{L}’'-]*)?$/u;

function headWithComplementsBefore(sentence: string, span: Span): number | null {
  // only a place: one word ("Valbrenne", "Saint-Ormel", "l'Ardelle") or a place named by its kind
  // ("Pays d'Ambrelle"); a longer name ("CHU de Brest", "Havard Paris") is a name of its own
  if (!/^\p{Lu}[\p{L}’'-]*$/u.test(span.text) && !PLACE_OF_WORDS.test(span.text)) return null;
  // only the few words before the place are read (a head stands within HEAD_WINDOW words)
  const from = Math.max(0, span.start - 160);
  const before = sentence.slice(from, span.start);
  const link = LINK_BEFORE_NAME.exec(before.slice(-8));
  if (!link) return null;
  const linkAt = before.length - 8 > 0 ? before.length - 8 + link.index : link.index;
  const words = allMatches(before.slice(0, linkAt), /[^\s]+/gu).map((w) => ({
    0: w[0],
    index: from + w.index,
  }));
  let siteHead: number | null = null;
  for (let i = words.length - 1; i >= Math.max(0, words.length - HEAD_WINDOW); i--) {
    const raw = words[i]![0];
    const word = raw.replace(/^[LlDd]['’]/u, "");
    // punctuation, a figure or a second capitalised word ends the search
    // "Commissariat aux assurances du …": "aux" right after an institution's head links its complement
    const linksHead = word === "aux" && i > 0 && INSTITUTION_HEADS.has(foldWord(words[i - 1]![0]));
    // "de la fonction publique territoriale", "de formation en soins infirmiers": an article after
    // "de" and "en" between two nouns belong to a complement
    const inComplement =
      (/^(?:la|les)$/u.test(word) && words[i - 1]?.[0] === "de") ||
      (word === "en" &&
        /^\p{Ll}{4,}$/u.test(words[i - 1]?.[0] ?? "") &&
        /^\p{Ll}{4,}$/u.test(words[i + 1]?.[0] ?? ""));
    if (
      !/^[\p{L}'’-]+$/u.test(raw) ||
      (i < words.length - 1 && STOP.test(word) && !linksHead && !inComplement)
    )
      return siteHead;
    const capitalised = /^\p{Lu}/u.test(word);
    const folded = foldWord(word);
    // "la commission médicale d'établissement": an elided "d'" makes the noun a complement
    const elided = /^[Dd]['’]/u.test(raw);
    const bare = i === words.length - 1;
    if (
      (INSTITUTION_HEADS.has(folded) ||
        PLACE_NAMED_HEADS.has(folded) ||
        (ESTABLISHMENT_HEADS.has(folded) && !capitalised && !bare && !PARENT_HOUSE.test(words[i + 1]![0]))) &&
      !elided &&
      (capitalised || !SUB_UNIT_HEADS.has(folded) || namesAnInstitution(words, i)) &&
      !(bare && HEADS_NEEDING_COMPLEMENT.has(folded))
    ) {
      const headAt = words[i]!.index + raw.length - word.length;
      if (GOVERNING_BODY.test(sentence.slice(headAt, span.start))) return siteHead;
      // "présidente du collège de l'Autorité des jeux": a body's college is its board, the body the employer
      if (BOARD_OF_A_BODY.test(sentence.slice(headAt, span.start))) return siteHead;
      return headAt;
    }
    // "au golf de Kerlosquer": a site's noun names it with its place, unless a body further back owns
    // the site ("le syndicat mixte du golf de Pont-Garel")
    if (siteHead === null && !capitalised && !elided && SITES_NAMED_BY_THEIR_PLACE.has(folded)) {
      siteHead = words[i]!.index + raw.length - word.length;
      continue;
    }
    if (capitalised && pluralHeadAfterDescriptor(words, i)) return words[i]!.index;
    if (capitalised && !/^(?:De|Du|Des|D['’])$/u.test(word)) return siteHead;
  }
  return siteHead;
}

// "l'association Jardins botaniques du Lorvois", "les Brasseurs indépendants de la Sorne": a plural
// noun with a capital, after a descriptor or an article and before lower-case words agreeing with it,
// opens the name the place ends (the backward reading of pluralQualifiersOf).
const DESCRIPTOR_OR_ARTICLE = new RegExp(
  `^(?:les|chez|[ld]['’](?:${COMPANY_DESCRIPTORS.filter((d) => /^[aeéiou]/u.test(d)).join("|")})|${COMPANY_DESCRIPTORS.join("|")})$`,
  "u",
);
function pluralHeadAfterDescriptor(words: { 0: string }[], head: number): boolean {
  const word = words[head]![0];
  if (!/^\p{Lu}\p{Ll}{3,}[sx]$/u.test(word) || !isFrenchWord(word.toLowerCase())) return false;
  if (ROLE_WORDS.has(foldWord(word)) || TITLE_WORDS_OUTSIDE_COMPANIES.has(foldWord(word))) return false;
  const qualifiers = words.slice(head + 1).map((w) => w[0]);
  if (qualifiers.length === 0 || qualifiers.length > 2) return false;
  if (!qualifiers.every((q) => /^\p{Ll}[\p{Ll}-]*[sx]$/u.test(q) && isFrenchWord(q) && !STOP.test(q)))
    return false;
  return head > 0 && DESCRIPTOR_OR_ARTICLE.test(words[head - 1]![0]);
}

const LOWER_HEAD_AFTER_LEAD = /^\s+(\p{Ll}+)(?=\s)/u;
const HEADS_AFTER_LEAD = new Set([...INSTITUTION_HEADS, ...PLACE_NAMED_HEADS, "port"]);

/** "Institut", "Caisse", "Fédération"…: a noun that opens an institution's name. */
export function isInstitutionHead(word: string): boolean {
  return INSTITUTION_HEADS.has(foldWord(word));
}

export function widenInstitution(sentence: string, span: Span): Span {
  let { start, end } = span;
  const before = LOWER_HEAD_BEFORE.exec(sentence.slice(0, start));
  const headAt = before ? before.index : headWithComplementsBefore(sentence, span);
  if (headAt !== null) {
    start = headAt;
    // "ministère de la Transition territoriale": the adjectives after the capitalised name
    const trailing = TRAILING_ADJECTIVES.exec(sentence.slice(end));
    if (trailing) end += trailing[0].length;
    // "ministère de l'Europe et des Affaires étrangères": a ministry's name joins its portfolios
    if (/^ministère/u.test(sentence.slice(start))) {
      const portfolio = MINISTRY_PORTFOLIO.exec(sentence.slice(end));
      if (portfolio) end += portfolio[0].length;
    }
  }
  const words = sentence.slice(span.start, end).split(/\s+/);
  const head = words[words.length === 2 && /^(?:La|Le|L')$/.test(words[0]!) ? 1 : 0]!;
  // "Haut conseil de la commande publique", "Grand port maritime de Port-Olve": a capitalised
  // adjective before the head in lower case; "Maison des sports de Saint-Ormel": a house of a kind
  const lowerHead =
    headAt === null && words.length === 1 ? LOWER_HEAD_AFTER_LEAD.exec(sentence.slice(end)) : null;
  const leadsHead =
    lowerHead !== null &&
    ((/^(?:Haute?|Grande?)$/u.test(head) && HEADS_AFTER_LEAD.has(foldWord(lowerHead[1]!))) ||
      (head === "Maison" && /^d/u.test(lowerHead[1]!)));
  if (leadsHead && !/^d/u.test(lowerHead[1]!)) end += lowerHead[0].length;
  const kind =
    headAt === null && words.length <= 2
      ? headKind(head, leadsHead, words.length === 1 || head !== words[0])
      : null;
  if (kind !== null) {
    const headStart = words.length === 2 ? sentence.indexOf(head, start) : start;
    let nameEnd = end;
    const adjective = LEADING_ADJECTIVE.exec(sentence.slice(nameEnd));
    if (adjective) nameEnd += adjective[0].length;
    else if (words.length === 1) nameEnd += pluralQualifiersOf(head, sentence.slice(nameEnd));
    // up to four complements: "des dépôts et consignations", "de la presse magazine",
    // "d'entraînement en altitude de Font-Romeu", "de formation aux métiers du bois de Brenne"
    for (let i = 0; i < 4; i++) {
      const complement = COMPLEMENT.exec(sentence.slice(nameEnd));
      if (!complement || STOP.test(complement[1]!) || NOT_A_NAME_COMPLEMENT.test(complement[1]!)) break;
      nameEnd += complement[0].length;
      // "des réseaux et du numérique", "de pelote et de paume", "des artisans et petites entreprises
      // du …": a second complement joined by "et"
      const and = JOINED_COMPLEMENT.exec(sentence.slice(nameEnd));
      if (and && !STOP.test(and[1]!)) nameEnd += and[0].length;
    }
    // "l'Opéra national de Vendrac", "la Banque maritime de l'Atlantique": another common noun is
    // an institution's head only when its complements end on the place that names it
    if (kind === "institution" || (nameEnd > end && ENDS_ON_PLACE.test(sentence.slice(headStart, nameEnd)))) {
      start = headStart;
      end = nameEnd;
    }
  }
  // "Ligue de Normandie de canoë-kayak", "Comité d'Occitanie de course à pied": the sport or the
  // trade a body names after its place, in lower case, still belongs to its name
  if (INSTITUTION_HEADS.has(foldWord(/^[\p{L}-]+/u.exec(sentence.slice(start))?.[0] ?? ""))) {
    const sport = SPORT_AFTER_PLACE.exec(sentence.slice(end));
    if (sport && !STOP.test(sport[1]!) && !NOT_A_NAME_COMPLEMENT.test(sport[1]!)) end += sport[0].length;
  }
  if (start === span.start && end === span.end) return span;
  return { text: sentence.slice(start, end), start, end };
}

// one lower-case complement right after the place, closing the clause (a verb after it, "… change de
// directeur", "… pour les années", is the sentence's)
const SPORT_AFTER_PLACE = new RegExp(
  String.raw`^\s+(?:de la |de l['’]|des |du |de |d['’])(\p{Ll}[\p{Ll}'’-]*)(?:\s+(?:${SPORT_NAME_TAILS.join("|")}))?(?=\s*[,.;:)]|\s*$)`,
  "u",
);

// "élue présidente de l'Office de tourisme de Valbrenne de façon unanime", "… de nouveau": the
// sentence's adverbial phrases and dates after a name are no complement of it
const NOT_A_NAME_COMPLEMENT =
  /^(?:façon|manière|sorte|nouveau|plus|moins|retour|droit|fait|justesse|suite|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;

// "Compagnons bâtisseurs de l'Aumance", "Vignerons réunis de la Vesnière", "Tuiliers associés du
// Causse": a plural noun opening a name takes one or two lower-case words that agree with it (a
// noun in apposition or a participle, which ADJECTIVE's endings miss) before its complements. Only
// dictionary words, none of them the sentence's ("sont", "nous"), and only as long as a complement
// follows: the name must still end on its place (ENDS_ON_PLACE) to be widened.
const PLURAL_QUALIFIERS =
  /^(?:\s+(\p{Ll}[\p{Ll}-]*[sx]))(?:\s+(\p{Ll}[\p{Ll}-]*[sx]))?(?=\s+(?:de la |de l['’]|des |du |de |d['’]))/u;
const NOT_A_QUALIFIER =
  /^(?:sont|nous|vous|leurs|ses|mes|tes|nos|vos|les|des|aux|plus|moins|puis|depuis|dans|sous|sans|vers|chez|mais|jamais|toujours|alors|ainsi|tous|toutes|deux|trois|mois|fois|ans|jours)$/u;

function pluralQualifiersOf(head: string, after: string): number {
  if (!/^\p{Lu}\p{Ll}{3,}[sx]$/u.test(head) || !isFrenchWord(head.toLowerCase())) return 0;
  const qualifiers = PLURAL_QUALIFIERS.exec(after);
  if (!qualifiers) return 0;
  const words = [qualifiers[1]!, qualifiers[2]].filter((w): w is string => w !== undefined);
  if (words.some((w) => NOT_A_QUALIFIER.test(w) || STOP.test(w) || !isFrenchWord(w))) return 0;
  return qualifiers[0].length;
}

const MINISTRY_PORTFOLIO = new RegExp(
  `^\\s+et\\s+(?:de la |de l'|des |du |de |d')\\p{Lu}[\\p{L}'-]*(?:\\s+${ADJECTIVE}(?![\\p{L}]))?`,
  "u",
);
// ("et de garde-meubles": a hyphenated noun is one word; "… de Lorvac et l'institut norvégien
// Kelvab": a noun after a bare article that a name follows opens the next house, not a complement)
const JOINED_COMPLEMENT =
  /^\s+et\s+(?!(?:la |l')\p{Ll}+(?:\s+\p{Ll}+)?\s+\p{Lu})(?:du |de la |de l'|des |de |d'|la |l')?(\p{Ll}{4,}(?:-\p{Ll}+)?)(?:\s+\p{Ll}{4,}(?=\s+(?:de|du|des|d['’])))?(?=[\s,.;]|$)/u;
const ENDS_ON_PLACE = /(?:\s|['’])\p{Lu}\p{Ll}[\p{L}-]*$/u;

// Which words open a name read on through lower-case complements: an institution's noun
// ("Fédération", "Syndicat"), or a noun naming a house by its place ("Banque", "Opéra", "Coopération"
// : a capitalised word of the French lexicon that is no title).
function headKind(head: string, leadsHead: boolean, alone: boolean): "institution" | "placed" | null {
  const folded = foldWord(head);
  if (INSTITUTION_HEADS.has(folded) || leadsHead) return "institution";
  // "Laiteries Montbrun pour …": a noun before a proper name is that name's, not a head
  if (!alone) return null;
  if (PLACE_NAMED_HEADS.has(folded)) return "placed";
  if (
    /^\p{Lu}\p{Ll}{3,}$/u.test(head) &&
    !TITLE_WORDS_OUTSIDE_COMPANIES.has(folded) &&
    !ROLE_WORDS.has(folded) &&
    isFrenchWord(head.toLowerCase())
  )
    return "placed";
  return null;
}

/**
 * "Ont également été élus au bureau de l'Union : …" after "… à la présidence de l'Union des
 * coopératives d'Ambrelle": an institution named by its head noun alone points back to the fuller
 * name the paragraph gave it before `before`; the last such name wins.
 */
export function fullNameEarlier(paragraph: string, head: string, before: number): string | null {
  // "… de l'Opéra" after "l'Opéra national de Vendrac": a noun naming a house by its place too
  const namesByPlace =
    PLACE_NAMED_HEADS.has(foldWord(head)) || /^(?:Opéra|Musée|Théâtre|Hôpital|Aéroport|Port)$/u.test(head);
  if (/\s/u.test(head) || !(isInstitutionHead(head) || namesByPlace)) return null;
  let found: string | null = null;
  const pattern = compiledPattern(`(?<![\\p{L}])${head}(?![\\p{L}])`, "gu");
  for (const match of allMatches(paragraph.slice(0, before), pattern)) {
    const span = { text: head, start: match.index, end: match.index + head.length };
    const widened = widenInstitution(paragraph, span);
    if (widened.end > span.end && widened.end <= before) found = widened.text;
  }
  return found;
}

// One complement of a name: " de la mécanique", " d'art", " de Vernemont".
const NAME_COMPLEMENT = /^\s+(?:de la\s+|de l['’]|du\s+|des\s+|de\s+|d['’])[\p{L}-]+/u;

/**
 * "du Musée de la mécanique d'art de Vernemont": a noun that names an institution by its place
 * (PLACE_NAMED_HEADS), read on through its complements (four at most) to the last capitalised one,
 * the place. Null when no place follows.
 */
export function placeNamedInstitution(sentence: string, head: Span): Span | null {
  if (!PLACE_NAMED_HEADS.has(foldWord(head.text))) return null;
  let end = head.end;
  let placeEnd: number | null = null;
  for (let i = 0; i < 4; i++) {
    const complement = NAME_COMPLEMENT.exec(sentence.slice(end));
    if (!complement) break;
    end += complement[0].length;
    if (/\p{Lu}[\p{L}-]*$/u.test(complement[0])) placeEnd = end;
  }
  return placeEnd === null
    ? null
    : { text: sentence.slice(head.start, placeEnd), start: head.start, end: placeEnd };
}
