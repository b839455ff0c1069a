// Reads a job title out of running text. The title is whatever follows "comme", "en tant que",
// "est nommée"… up to the first sign that the sentence has moved on: punctuation, a date
// ("à compter du 1er avril"), a new clause ("et sera", "pour piloter"), or the employer
// ("chez Ogilvy Paris", "de Lumen", "de la MAIF") which we hand back as the company.

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter, readCompanyRun } from "./company-spans.ts";
import { isFrenchWord } from "./french-words.ts";
import {
  COMPANY_DESCRIPTORS_PATTERN,
  DEPARTMENT_WORDS,
  EMPLOYER_NOUNS,
  ENGLISH_TITLE_ENDINGS,
  FIRST_NAMES,
  foldWord,
  isTradeNoun,
  LOWER_BODY_HEADS,
  PLACES,
  WEEKDAY,
  WORLD_REGIONS,
} from "./lexicon.ts";
import type { Span } from "./mentions.ts";
import { keptReading } from "./reading-memo.ts";
import { UNIT_NAMED_IN_QUOTES } from "./sentences.ts";

export interface RolePhrase {
  role: string;
  end: number;
  company: Span | null;
  truncated: boolean;
}

// "as executive chef", "as non-executive chairman", "as support lead": English "as" before lower-case
// words ending on a title's head (lexicon ENGLISH_TITLE_ENDINGS) introduces the title; "as well",
// "as part of" do not
const AS_ENGLISH_TITLE = `as(?= (?:[\\p{Ll}-]+ ){0,4}(?:${[...ENGLISH_TITLE_ENDINGS].join("|")})(?![\\p{L}-]))`;

export const ROLE_INTRODUCER = new RegExp(
  String.raw`(?<![\p{L}])(?:${AS_ENGLISH_TITLE}|comme|en tant que|en tant qu'|en qualité de|en qualité d'|à titre de|à titre d'|au (?:nouveau )?poste (?:(?:nouvellement |spécialement )?créé )?de|au (?:nouveau )?poste (?:(?:nouvellement |spécialement )?créé )?d'|aux fonctions de|aux fonctions d'|à la fonction de|au rang de|au titre de|pour (?:y )?(?:occuper|prendre) (?:le (?:même )?poste|les (?:mêmes )?fonctions|la (?:même )?fonction) d(?:e |')|pour (?:en |y )?devenir|(?:and )?(?:becomes|will become)|to become|pour en faire (?:son|sa|leur) |(?:et )?en (?:fait|fera|a fait) (?:son|sa|leur) |avec le titre d(?:e |')|dans (?:ses|la|les) fonctions? d(?:e |')|as(?= \p{Lu}| (?:its|their|the|a|an|chief|head|managing|general|vice)\s)|to(?= (?:chief|head|managing|general|vice|senior|executive|deputy|global|group)\s)|et (?:y )?devient|où (?:il|elle) (?:devient|est désormais|occupe|occupera|sera|prend le poste de|prendra le poste de)|(?<=[:;]\s*)(?:il|elle) y (?:devient|deviendra|sera|est nommée?|sera nommée?|occupe le poste d(?:e |')|occupera le poste d(?:e |')|prend le poste d(?:e |')|prendra le poste d(?:e |')))(?:(?<=['\s])|(?![\p{L}]))\s*`,
  "iu",
);

const LEADING_FILLER = new RegExp(
  String.raw`^(?:(?:aujourd'hui|désormais|officiellement|donc|ainsi|hier|(?:${WEEKDAY})(?: dernier| prochain)?)\s+)?(?:(?:le poste|les fonctions|la fonction|le titre|le rôle|dans ses fonctions) d(?:e |')|(?:its|their|the|an?) (?:new |first )?|(?:le|la|l'|un|une|son|sa) (?=(?:nouvel|nouveau|nouvelle|futur|future|\p{L}+)\b))?(?:(?:nouvel|nouveau|nouvelle|futur|future) )?`,
  "iu",
);

// "un secrétaire général venu du privé", "de la concession familiale fondée en 1952": a participle
// that tells where the holder comes from or when the house was founded ends the title
export const HOLDER_ORIGIN =
  /\s(?:venue?s?|issue?s?|fondée?s?|créée?s?) (?:de|du|des|d'|en|par|il y a)(?![\p{L}])/u;

const CLAUSE_BREAK = new RegExp(
  [
    '[,;:!?()«»"\\[\\]]',
    "\\.(?=\\s|$)",
    "\\s[–—-]\\s",
    // dates, purposes, relative clauses and circumstances that follow a title
    // English: "Chief Product Officer from Stackwise", "… officer on July 1"
    "\\s(?:from|effective|replacing|succeeding|who|where|on|starting|after)(?![\\p{L}])",
    // "choisie comme directrice générale par le conseil de …": who chose is no part of the title
    // ("par intérim" is)
    "\\spar (?:le|la|les|l'|son|sa|ses|un|une)(?![\\p{L}])",
    // "nommée directrice du centre d'essais par décret du 12 février": the act that appoints
    "\\spar (?:décret|arrêté|ordonnance|délibération|vote|acclamation)(?![\\p{L}])",
    // ("conseillère pour les musiques actuelles", "chargé de mission pour l'export": an adviser's
    // field, after the head of the title, is the title's own)
    "\\s(?:à compter|à partir|dès|depuis|pour(?<!(?:conseill(?:er|ère)s?|chargée? de mission|référente?)\\s+pour)(?=\\s)|pour(?!\\s+(?:les|la|le|l['’])\\s*\\p{Ll})|afin|après(?!-)|avant|en remplacement|en succession|succédant|où|qui|dont|aux côtés|sous(?!-)|basée?s?|installée?s?|rattachée?s?|placée?s?|d'ici|jusqu|lors|suite|effecti(?:f|ve)|le \\d+(?:er|re|e)?|au \\d+(?:er|re|e)?|en \\d|le mois|la semaine|ce |cette |cet |il y a|en remplacement|à son|à sa|à ses|à l'issue|au cours|mi-|fin |début )(?![\\p{L}])",
    // "avec" opens a circumstance ("directeur commercial avec effet au 1er mars", "… avec pour mission
    // de"), except in the title idiom "relations avec" ("directrice des relations avec les
    // collectivités", "chargé des relations avec la presse"), whose complement is the title's own
    "(?<!(?<![\\p{L}])relations?)\\savec(?![\\p{L}])",
    // a second clause or who left the post: "directrice technique alors que X …", "la direction des
    // opérations laissée par X", a vote count, a passive ("ont été officialisées")
    "\\s(?:alors|tandis) qu(?:e(?![\\p{L}])|['’])",
    HOLDER_ORIGIN.source,
    "\\s(?:laissée?s?|occupée?s?|vacante?s?|tenue?s?) par(?![\\p{L}])",
    // "au poste de technicienne rivières laissé vacant": what the post was, not its title
    "\\s(?:laissée?s?|restée?s?|devenue?s?|jusqu'ici) vacante?s?(?![\\p{L}])",
    "\\spar \\d",
    "\\s(?:ont|a|avaient|avait|sont) été(?![\\p{L}])",
    // "directeur sportif et l'arrivée de X", "associée gérante et Me X": the next item of a list
    "\\set\\s(?:l['’]|la |le |les )(?:arrivée|nomination|départ|promotion|recrutement)(?![\\p{L}])",
    "\\set\\s(?:Me|Maître|Mme|M\\.|Dr|Pr)\\s",
    // "partner in its Paris office": the office, not the title; "technical director for its light rail
    // business": the business the title serves, which the labels leave out as they leave the employer
    "\\s(?:in|for) (?:its|their)(?![\\p{L}])",
    // "et" that opens a new clause rather than joining two title words
    "\\set\\s(?:membre|sera|a|aura|est|il|elle|rejoint|rejoindra|succède|succédera|prend|prendra|devient|deviendra|intègre|intégrera|siège|siégera|pilote|pilotera|remplace|remplacera|reporte|reportera|rapporte|rapportera|entre|conserve|conservera|garde|gardera|occupe|occupera|dirige|dirigera|supervise|supervisera|va|vient|devra|promeut|nomme|recrute|accueille|confie|désigne|choisit|annonce|renforce|cède|cédera|laisse|laissera|passe|passera|travaillera|accompagnera|aussi|également|ce|cette|son|sa|ses)(?![\\p{L}])",
    // "a désigné X au poste de secrétaire générale et confié la délégation … à Y": a second act of
    // the same subject, its auxiliary left out ("a promu X directeur commercial et recruté Y comme …")
    "\\set\\s(?:confié|nommé|désigné|élu|porté|choisi|reconduit|appelé|coopté|promu|recruté|embauché|engagé|accueilli|débauché|titularisé)e?s?(?![\\p{L}])",
  ].join("|"),
  "iu",
);

// "bâtonnier de l'ordre des avocats de Toulouse", "directrice de cabinet du ministère de…",
// "cheffe de service à la direction régionale de l'agriculture du Lorvois" (a state's regional
// directorate, named with its region): institutions whose name opens in lower case; English "at" a word of its own ("responsable
// atelier", "manèges et attractions" hold no employer)
const EMPLOYER_CUT =
  /\s(?:chez|at(?=\s)|au sein d(?:e |u |es |')|auprès d(?:e |u )|(?:de l'|du )(?=ordre des \p{Ll}+ d|ministère d)|(?:du |au )(?=centre hospitalier|groupe hospitalier)|à la (?=direction (?:régionale|départementale|interrégionale|interdépartementale) (?:de l['’]|de la |des |du )\p{Ll}[^,.;:]{0,80}?\s(?:du|de la|de l['’]|des|d['’])\s*\p{Lu})|(?:à l['’]|au |à la )(?=(?:Institut|Agence|Université|Office|École|Hôpital|Autorité|Observatoire|Académie|Assemblée|CHU|CHR|Centre|Conseil|Musée|Caisse|Fondation|Fédération|Mutuelle|Société)(?![\p{L}])))/u;
// English "managing director of Kirin Motors France" too, after a title's noun in lower case
// ("Head of Growth", "head of AI" name a function, not the employer), or after the function a "head
// of" or "VP" title names ("head of people of Kayaro", "VP partnerships of C": the second "of" opens
// the employer; "general counsel of Société des Eaux de C": the house opens at "of", not at its own "des")
// (the look-ahead "(?=\sof )" before the look-behind spares its backward run at every other offset;
// implied by the "\sof" after it, it changes no match)
const OF_CAPITALISED =
  /(?:\s(?:de la |de l'|de |du |des |d')|(?=\sof )(?<=(?<![\p{L}])(?:(?:director|officer|president|chairman|chairwoman|chair|partner|executive|manager|counsel|secretary|treasurer|controller|editor|curator)s?|(?:head of|VP)(?:\s+[\p{Ll}&-]+){1,3}))\sof (?:the )?)(?=[\p{Lu}\p{N}]|[a-z][A-Z])/gu;
// "du groupe Armor Industries", "de la néobanque Kard", "de sa régie Clairval Publicité": a
// descriptor between "de" and the name still makes it the employer, after an adjective too ("de la
// nouvelle entité Albane Beauté"), and a festival's name after its noun ("du festival Vents d'Olme").
const OF_DESCRIPTOR = new RegExp(
  `\\s(?:de la |de l'|de |du |des |d')(?:(?:sa|son|ses|leur|leurs|notre) )?(?:(?:nouvel|nouvelle|nouveau|future?|jeune) )?(?:${COMPANY_DESCRIPTORS_PATTERN}|maison|centrale d'achats?|(?:centrale|festival)(?=\\s+\\p{Lu}))(?:\\s+(?!(?:du|des|la|le|les|au|aux)\\s|[lL]['’])\\p{Ll}[\\p{Ll}'’-]*){0,4}(?<!\\s(?:de|du|des|en|à|d'))\\s+(?=[\\p{Lu}\\p{N}])`,
  "u",
);
// "directeur industriel du briquetier Ignol": a trade's agent noun no descriptor lists (isTradeNoun),
// right before a capitalised word that opens no person's name, is a descriptor too.
const OF_TRADE = /\s(?:de la |de l'|du |des |d')(\p{Ll}[\p{Ll}-]+)\s+(?=([\p{Lu}\p{N}][\p{L}\p{N}'’-]*))/gu;
function ofTradeAt(text: string): number | undefined {
  for (const m of text.matchAll(OF_TRADE))
    if (isTradeNoun(m[1]!) && !FIRST_NAMES.has(foldWord(m[2]!.split(/[-'’]/u)[0]!))) return m.index;
  return undefined;
}
const CHARGE_AFTER_COMMA = /^,\s*chargée?s?\s+(?:de|du|des|d['’])[\s\p{Ll}'’-]*?(?=\s*(?:[.;]\s|[.;]?$))/u;
const LOCATION_CUT = /\s(?:à|en)\s(?=\p{Lu})/u;
const DANGLING_END = /\s+(?:de|du|des|d'|et|en|à|au|aux|la|le|les|l'|pour|of|and|&|chez|avec)$/iu;

// A title less the common noun that points back to its employer ("directeur général de
// l'entreprise familiale" → "directeur général"), for whoever checks a title against its sentence.
export function withoutEmployerNoun(role: string): string {
  return FUNCTION_NETWORK.test(role) ? role : role.replace(EMPLOYER_BY_NOUN, "");
}

const MAX_ROLE_WORDS = 12;

// A body named in lower case (LOWER_BODY_HEADS): its head, up to two adjectives ("national",
// "régionale", "interprofessionnel"), then what it gathers ("des fabricants de sucre", "de la
// meunerie"), to the end of the title; a head alone ("de la fédération") points back to a body the
// text named before, which role-cleanup.ts drops from the title
const LOWER_BODY_IN_TITLE = new RegExp(
  String.raw`\s+(?:du|de la|de l['’])\s*((?:${LOWER_BODY_HEADS})(?:\s+\p{Ll}+(?:e|al|aux|el|le|les|ale|ales|aire|aires|if|ive|ifs|ives|ique|iques)){0,2}\s+(?:des|de la|de l['’]|du|d['’])\s*\p{Ll}[\p{Ll}'’-]*(?:\s+(?:(?:de|des|du|de la|de l['’]|d['’]|et|en|à)\s*)?\p{Ll}[\p{Ll}'’-]*){0,5})$`,
  "u",
);
const UNIT_IN_TITLE =
  /\s(?:(?:de|du|d['’])\s*(?:(?:sa|son|leur|la|le|l['’])\s*)?(?:(?:nouvelle|nouvel|nouveau)\s+)?(?:filiale|branche|entité|coentreprise|captive)(?:\s+\p{Ll}[\p{Ll}-]*){0,2}|of (?:its|their|the)(?:\s+[\p{L}-]+)?\s+(?:subsidiary|branch|division|unit|arm))$/u;
// "la direction générale de l'office", "directeur financier de la mutuelle": a common noun that
// points back to the employer named elsewhere is not part of the title.
// Adjectives the trade press gives an employer it does not name again: a demonym ("l'assureur
// lyonnais", "du motoriste allemand") or what kind of house it is ("l'entreprise familiale", "la
// caisse régionale", "la filiale française").
const EMPLOYER_ADJECTIVE = String.raw`(?:\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande)s?|suisse|belge|européenne?|internationale?|familiale?|régionale?|nationale?|locale?|mutualiste|historique|voisine?)`;
const EMPLOYER_BY_NOUN = new RegExp(
  // "directrice de la chaîne d'approvisionnement" is a function, not a TV channel
  String.raw`\s(?:de la|de l'|du)\s*(?:(?:nouvelle|nouvel|nouveau|future?|jeune) )?(?!chaîne (?:d'approvisionnement|logistique|de valeur|de production))` +
    // "directrice de la banque de détail de Banque Ferlog": a bank's business line, not the bank
    "(?!banque (?:de détail|privée|d'affaires|d'investissement|de financement|commerciale|des particuliers|des entreprises|patrimoniale))" +
    // "du numéro trois régional": the employer by its rank in its market
    // "du nouvel ensemble": the house a merger forms ("de l'ensemble des achats" names a scope, and
    // keeps its complement)
    String.raw`(?:${EMPLOYER_NOUNS.join("|")}|${COMPANY_DESCRIPTORS_PATTERN}|numéro (?:un|deux|trois|quatre|cinq|\d+)|(?<=(?:nouvel|nouveau) )ensemble)` +
    String.raw`(?:\s+${EMPLOYER_ADJECTIVE})?` +
    // "de la société de production", "du groupe de presse": the noun's own complement, and "de la
    // filiale française du motoriste allemand": the group it belongs to, by its own descriptor
    String.raw`(?:\s+d(?:e |u |')\s*\p{Ll}+(?:\s+${EMPLOYER_ADJECTIVE})?)?$`,
  "u",
);

const FUNCTION_NETWORK =
  /^(?:directeur|directrice|responsable|chef|cheffe) du réseau(?: \p{Ll}[\p{Ll}-]+)?(?: (?:de |d['’]|des )\s*\p{Ll}[\p{Ll}-]+)?$/u;

function earliest(...indexes: (number | undefined)[]): number {
  return Math.min(...indexes.map((i) => (i === undefined || i < 0 ? Number.POSITIVE_INFINITY : i)));
}

// "de" + capitalised word is the employer unless the word is a department ("Directeur de la
// Stratégie") or a lone place ("Directeur de France" is rare; "directeur Europe" has no "de").
const SUB_UNITS =
  "site|usine|raffinerie|centrale|entrepôt|plateforme|agence|bureau|centre|dépôt|laboratoire|délégation|antenne|succursale|magasin|sucrerie|distillerie|fonderie|aciérie|papeterie|verrerie|cimenterie|scierie|imprimerie|studio|atelier|terminal|carrière|mine|fabrique|manufacture";
// A sub-unit may carry what it does ("le centre de tri", "le centre d'essais", "l'usine
// d'assemblage") before its town: "directeur du centre de tri de Montbrenier" names a site too.
// Case-sensitive: "l'usine Chimitec de Port-Aubrac" names the company's plant, not a purpose.
const SUB_UNIT_PURPOSE = String.raw`(?:\s+(?:de |d['’])\s*\p{Ll}[\p{Ll}-]{2,})?`;
const SITE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:du|de l['’]|de la|de (?:son|sa|leur)(?:\s+(?:nouvel|nouveau|nouvelle))?|le|la|l['’])\s*(?:${SUB_UNITS})s?${SUB_UNIT_PURPOSE}$`,
  "u",
);

// "directeur de l'usine Chimitec de Port-Aubrac", "directrice du site Ferlog d'Orvault": a site named
// by the company's brand then its town; the brand is the employer, the site and town stay in the title
const BRANDED_SITE = new RegExp(
  String.raw`^([\p{Ll}][\p{L}' -]{1,40}?\s(?:de la|de l['’]|du)\s*(?:${SUB_UNITS}))\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})\s+((?:de |d['’])\s*\p{Lu}[\p{L}'’-]*)(?=\s*(?:[,.;:()]|$)|\s+(?:depuis|à compter|en remplacement|où|qui|et)\s)`,
  "u",
);

// "responsable qualité, sécurité et environnement", "directrice en charge des achats, de la
// logistique et des partenariats (de Ferlog)", "… et environnement chez Ferlog": duties listed inside
// the title stay whole; so do they before the employer's descriptor ("… et environnement du groupe Armoral")
const TITLE_ENUMERATION = new RegExp(
  String.raw`^[\p{L}' -]{3,40}?(?:,\s*(?:(?:de la|de l'|des|du|de|d')\s*)?\p{Ll}[\p{Ll}-]+){1,3}\s+et\s+(?:(?:de la|de l'|des|du|de|d')\s*)?\p{Ll}[\p{Ll}-]+(?=\s*(?:[,.;:()]|$)|\s+(?:de la |de l'|des |du |de |d')\s*(?:(?:${COMPANY_DESCRIPTORS_PATTERN})\s+)?\p{Lu}|\s+(?:chez|at|au sein d)(?![\p{L}]))`,
  "u",
);

// "directrice de l'agence de Castelrieu de la Banque de l'Ardelle": a sub-unit named by its town
// and followed by another "de" + name; that last name is the employer, the sub-unit stays in the title
// ("directeur de la délégation territoriale de la Haute-Lorve de l'Agence nationale de la faune": a
// place may take its article)
const SUB_UNIT_NAMED = new RegExp(
  String.raw`^[^,;:()]*?\s(?:de la|de l['’]|du|des)\s*(?:${SUB_UNITS})s?(?:\s+\p{Ll}[\p{Ll}-]*)?${SUB_UNIT_PURPOSE}\s+(?:de la |de |d['’])\s*\p{Lu}[\p{L}'’-]*(?=\s+(?:de la |de l['’]|de |du |d['’])\s*[\p{Lu}\p{N}])`,
  "u",
);

function findEmployerAfterOf(text: string, from = 0): number | undefined {
  for (const match of allMatches(text, OF_CAPITALISED)) {
    if (match.index < from) continue;
    const after = text.slice(match.index + match[0].length);
    const word = /^[\p{L}\p{N}&'-]+/u.exec(after)?.[0] ?? "";
    const followedByCapital = /^[\p{L}\p{N}&'-]+\s+\p{Lu}/u.test(after);
    const folded = foldWord(word);
    if (DEPARTMENT_WORDS.has(folded)) continue;
    if (PLACES.has(folded) && !followedByCapital) continue;
    // "directeur du site de Saint-Avold de Chimex": a site is named after its town
    if (/^\s(?:de |d')$/u.test(match[0]) && SITE_BEFORE.test(text.slice(0, match.index))) continue;
    return match.index;
  }
  return undefined;
}

// A title's scope after the words that would end it: the department Québec and Belgian pages write
// after a comma ("vice-présidente, Affaires coopératives", "vice-président, Fusions et acquisitions"), a list of countries ("directrice
// France, Belgique et Luxembourg") and a region after "pour" ("managing partner pour l'Ardelle").
const BARE_TITLE =
  /(?:^|\s)(?:(?:premier |première |senior |executive )?vice[- ]pr[eé]sidente?|présidente?|directeur|directrice|cheffe?|associée?|partner|director|head)(?:\s+(?:principale?|principal|adjointe?|exécutive?|exécutif|senior|général|générale))?$/iu;
const DEPARTMENT_AFTER_COMMA =
  /^,\s*(\p{Lu}\p{Ll}+)((?:\s+(?:et|&)\s+\p{Ll}{3,}|\s+\p{Ll}{3,}){0,3})(?=\s*(?:[,.;:()]|$)|\s+(?:chez|at|au sein|en remplacement)(?![\p{L}]))/u;
// … and in lower case ("vice-président, finances", "vice-présidente, ventes et marketing"): then
// only a department's own word, up to the clause's end
const LOWER_DEPARTMENT_AFTER_COMMA =
  /^,\s*(\p{Ll}{2,})((?:\s+(?:et|&)\s+\p{Ll}{2,}|\s+\p{Ll}{3,}){0,3})(?=\s*(?:[.;:()]|$))/u;
// English titles name their department so too ("Vice President, Sustainability")
const ENGLISH_DEPARTMENTS = new Set(
  "Sustainability Finance Marketing Sales Operations Engineering Product Technology Strategy Communications Legal Compliance Research Procurement People Talent Risk Growth Partnerships Security Data Digital Innovation".split(
    " ",
  ),
);
const PLACE_WORD = String.raw`\p{Lu}[\p{L}-]+`;
const PLACES_LISTED = new RegExp(
  String.raw`^((?:,\s*${PLACE_WORD})*\s+et\s+${PLACE_WORD})(?![\p{L}'’-])`,
  "u",
);
// (a region is proper-cased: "pour la CEMR" names the employer), or a territory's noun and up to two
// words that name it ("chef de tournée pour le secteur nord", "déléguée pour la zone Sud-Ouest")
const REGION_AFTER_POUR =
  /^\s+pour (?:(?:la |le |les |l['’])\p{Lu}\p{Ll}[\p{L}'’-]*|(?:la |le |l['’])(?:secteur|zone|région|territoire|périmètre|bassin|façade)(?:\s+[\p{L}-]+){1,2})(?=\s*(?:[,.;:()]|$))/u;

// Search and consulting firms name the practice a title belongs to after a comma ("Partner, practice
// Digital & Technology", "consultante senior, practice Santé"): part of the title, not a new clause
const PRACTICE_AFTER_COMMA = /^,\s*practice\s+[\p{L}&'’ -]{2,40}?(?=\s*(?:[,.;:()]|$))/u;

// … and the region it covers ("chief medical officer, Europe", "managing director, France",
// "president, North America"), to the clause's end
const REGION_AFTER_COMMA = /^,\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?=\s*(?:[,.;:()]|$))/u;
const ENGLISH_TITLE_HEAD = /(?:^|\s)(?:officer|president|director|manager|head|chair)$/iu;

function titleScope(role: string, after: string): string {
  const practice = PRACTICE_AFTER_COMMA.exec(after);
  if (practice) return practice[0];
  const region = REGION_AFTER_COMMA.exec(after);
  if (
    region &&
    (BARE_TITLE.test(role) || ENGLISH_TITLE_HEAD.test(role)) &&
    WORLD_REGIONS.has(foldWord(region[1]!).replace(/\s+/gu, "-"))
  )
    return region[0];
  if (BARE_TITLE.test(role)) {
    const department = DEPARTMENT_AFTER_COMMA.exec(after);
    // a department is a common noun written with a capital ("Trésorerie", "Sustainability"), not a
    // company's name
    const noun = department?.[1] ?? "";
    if (department && (isFrenchWord(noun) || ENGLISH_DEPARTMENTS.has(noun)) && !PLACES.has(foldWord(noun)))
      return department[0];
    const lower = LOWER_DEPARTMENT_AFTER_COMMA.exec(after);
    // ("vice president, engineering": an English department in lower case too)
    if (
      lower &&
      (DEPARTMENT_WORDS.has(foldWord(lower[1]!)) ||
        ENGLISH_DEPARTMENTS.has(lower[1]!.charAt(0).toUpperCase() + lower[1]!.slice(1)))
    )
      return lower[0];
  }
  const lastWord = foldWord(role.split(/\s+/).at(-1) ?? "");
  if (PLACES.has(lastWord)) {
    const listed = PLACES_LISTED.exec(after)?.[0] ?? "";
    const names = listed
      .split(/,|\set\s/u)
      .map((w) => foldWord(w.trim()))
      .filter(Boolean);
    if (listed && names.every((name) => PLACES.has(name))) return listed;
  }
  return REGION_AFTER_POUR.exec(after)?.[0] ?? "";
}

// A unit a title heads, then its name in guillemets: "du comité « culture et santé »", "de la collection
// « Petits Pas »" (which maskQuotes leaves for the title)
const QUOTED_UNIT_NAME = new RegExp(String.raw`^[^,;:!?()«»"[\]]*?${UNIT_NAMED_IN_QUOTES}`, "u");

// Breaks are written with the space before them; a text that opens on one ("pour piloter…")
// has no title at all.
function atStart(pattern: RegExp, text: string): number | undefined {
  const index = pattern.exec(` ${text}`)?.index;
  return index === undefined ? undefined : Math.max(0, index - 1);
}

// Kept (reading-memo.ts): the clause readers, the slot reader and the careers grammar read the same
// titles again.
export const readRole = keptReading(readRoleAt, (role: RolePhrase | null) =>
  role === null ? null : { ...role, company: role.company === null ? null : { ...role.company } },
);

function readRoleAt(sentence: string, from: number, stopAt = sentence.length): RolePhrase | null {
  const window = sentence.slice(from, stopAt).replace(/^\s+/, (space) => {
    from += space.length;
    return "";
  });
  const filler = LEADING_FILLER.exec(window)?.[0] ?? "";
  const text = window.slice(filler.length);
  const offset = from + filler.length;

  // "directeur de l'usine Chimitec de Port-Aubrac": the company's site in a town
  const site = BRANDED_SITE.exec(text);
  if (site && !PLACES.has(foldWord(site[2]!)) && !FIRST_NAMES.has(foldWord(site[2]!.split(/\s/u)[0]!))) {
    const brandAt = offset + site[1]!.length + site[0].slice(site[1]!.length).indexOf(site[2]!);
    return {
      role: `${site[1]} ${site[3]}`,
      end: offset + site[0].length,
      company: { text: site[2]!, start: brandAt, end: brandAt + site[2]!.length },
      truncated: false,
    };
  }
  // "responsable qualité, sécurité et environnement": an enumeration inside the title
  // "présidente du comité « culture et santé »": a unit's own name between guillemets is the title's
  // (the labels write it with or without them); the guillemets break no clause there
  const quotedUnit = QUOTED_UNIT_NAME.exec(text)?.[0].length ?? 0;
  const listed = Math.max(quotedUnit, TITLE_ENUMERATION.exec(text)?.[0].length ?? 0);
  const breakAfterList = atStart(CLAUSE_BREAK, text.slice(listed));
  const clauseBreak = breakAfterList === undefined ? undefined : listed + breakAfterList;
  const employerCut = atStart(EMPLOYER_CUT, text);
  const subUnit = SUB_UNIT_NAMED.exec(text)?.[0].length ?? 0;
  const descriptorAt = earliest(
    OF_DESCRIPTOR.exec(text.slice(subUnit))?.index,
    ofTradeAt(text.slice(subUnit)),
  );
  const ofCut = earliest(
    findEmployerAfterOf(text, subUnit),
    descriptorAt === Number.POSITIVE_INFINITY ? undefined : subUnit + descriptorAt,
  );
  const locationCut = atStart(LOCATION_CUT, text);
  const cut = earliest(clauseBreak, employerCut, ofCut, locationCut, text.length);

  let company: Span | null = null;
  if (cut === employerCut || cut === ofCut) company = readCompanyAfter(sentence, offset + cut + 1);
  // "directrice des achats auprès de Marc Lin": a person after "auprès de" is a manager, not the employer
  if (
    company &&
    /^\sauprès/u.test(text.slice(cut)) &&
    FIRST_NAMES.has(foldWord(company.text.split(/\s+/u)[0] ?? ""))
  )
    company = null;
  // "bâtonnier de l'ordre des avocats de Toulouse": an institution named in lower case starts
  // before the capitalised word that cut the title
  let titleEnd = company && company.start < offset + cut ? Math.max(0, company.start - offset) : cut;
  let scopeEnd = cut;
  // "directeur d'exploitation du réseau Est", "directrice de la zone France": a region or country
  // after a unit's noun is the title's scope, not the employer
  if (
    company &&
    company.start >= offset + cut &&
    !/\s/u.test(company.text) &&
    (PLACES.has(foldWord(company.text)) || company.text === "Est") &&
    /(?:^|\s)(?:du|de la|de l['’])\s*(?:réseau|zone|région|secteur|division|branche|pôle|marché|périmètre)\s+$/u.test(
      sentence.slice(Math.max(0, company.start - 30), company.start),
    )
  ) {
    titleEnd = scopeEnd = company.end - offset;
    company = null;
  }

  let role = text.slice(0, titleEnd).trim();
  // "délégué général du syndicat national des fabricants de bougies", "directrice de la fédération
  // régionale des bouilleurs de cru": a body named all in lower case, by its head noun and what it
  // gathers, has no capital to cut the title at; its name, as written, is the employer
  const body = company ? null : LOWER_BODY_IN_TITLE.exec(role);
  if (body) {
    const at = role.length - body[1]!.length;
    company = { text: body[1]!, start: offset + at, end: offset + role.length };
    role = role.slice(0, body.index).trim();
    // (the title ends where the body's name starts: no scope nor charge after it)
  }
  // "président de sa filiale immobilière, Olvest Real Estate": the unit the title names is the
  // employer when its name follows in apposition
  const unit = company ? null : UNIT_IN_TITLE.exec(role);
  const unitName = unit ? readCompanyRun(sentence, offset + cut + 1) : null;
  if (
    unit &&
    unitName &&
    /^,\s*$/u.test(sentence.slice(offset + cut, unitName.start)) &&
    /^\s*(?:[,.;:]|$)/u.test(sentence.slice(unitName.end))
  ) {
    company = unitName;
    role = role.slice(0, unit.index).trim();
  } else if (!company) {
    const scope = titleScope(role, text.slice(cut));
    role += scope;
    scopeEnd += scope.length;
    // "est nommé directeur adjoint, chargé de la formation des guides.": the charge set after a
    // comma, in lower case to the clause's end, is part of the title (as "directeur général adjoint
    // chargé des finances" is without the comma)
    const charge = scope ? null : CHARGE_AFTER_COMMA.exec(text.slice(cut));
    if (charge) {
      role += charge[0].trimEnd();
      scopeEnd += charge[0].trimEnd().length;
    }
  } else if (company.start >= offset + cut) {
    // "délégué régional du CNRA pour la Sarlène": the region after the employer; "directrice
    // générale de C en France" is written "directrice générale France"
    const after = sentence.slice(company.end);
    const country = /^\s+en\s+(\p{Lu}[\p{L}-]+)(?=\s*(?:[,.;:()]|$))/u.exec(after);
    if (country && PLACES.has(foldWord(country[1]!))) role += ` ${country[1]}`;
    else role += REGION_AFTER_POUR.exec(after)?.[0] ?? "";
  }
  while (DANGLING_END.test(role)) role = role.replace(DANGLING_END, "").trim();
  // "directeur du réseau" (of lines, stores, agencies) names a function, not the employer
  role = withoutEmployerNoun(role);
  let truncated = false;
  const words = role.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS) {
    role = words.slice(0, MAX_ROLE_WORDS).join(" ").replace(DANGLING_END, "");
    truncated = true;
  }
  if (!/\p{L}{2}/u.test(role)) return null;
  // "élue « dirigeante de l'année » par les lecteurs de…": a title never opens on a preposition
  if (/^(?:par|pour|dans|avec|sur|sans|vers|contre|parmi|by|for|with)\s/iu.test(role)) return null;
  return { role, end: offset + scopeEnd, company, truncated };
}
