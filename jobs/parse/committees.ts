// Committees, bureaux and boards told in one sentence, several movers in it. A lead names the body and
// its employer, then a list of members, each "Name (post[, status])":
//   "Le nouveau comité exécutif de C : X (R, ex-A), Y (R, promue) et Z (R, confirmé)."
//   "C, fabricant de …, remanie son comité de direction : X (R, ex-A), Y (R, nommé) et Z (R, inchangée)."
//   "Autour de X, nouvelle R de C, on trouve Y (R, ex-A) et Z (R, venu de B), ainsi que W (R, confirmée), …"
//   "L'association C a élu son nouveau bureau : X (présidente, …), Y (vice-président) et Z (trésorier, reconduit)."
//   "Le conseil de surveillance de C accueille deux nouveaux membres : X (…) et Y (…), tandis que Z est reconduit."
//   "Le conseil d'administration de C se compose désormais de : président, X (A) ; secrétaire, Y, qui conserve son mandat."
//   "Chez C encore, deux arrivées : X (R) et Y (R, ex-A)."
//   "C étoffe son comité exécutif : X, venu de A, rejoint le comité comme R, Y est nommé R et Z, jusqu'ici R,
//    en devient R', et W reste R." (verb clauses: each becomes a sentence after the lead's company)
// Each member whose bracket tells a move becomes a sentence of its own that the sentence reader knows
// ("X (ex-A) → C, R", "Chez C, Y est promue R.", "Chez C, Y devient R."); a member confirmed, kept or
// re-elected is no move and is dropped. A lead that itself says the members are new (an election, new
// members, arrivals) makes a bare "(post)" a move; a committee's lead does not, so there a member whose
// bracket tells nothing the parser knows leaves the line as written, for an editor.
// It imports the lexicon and word-level readers only (gender, company spans), never section.ts, which uses it.

import { allMatches } from "./all-matches.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { feminineTitle, hasFeminineFirstName, masculineTitle } from "./gender.ts";
import { fullNameEarlier, isInstitutionHead, widenInstitution } from "./institutions.ts";
import { foldWord } from "./lexicon/fold.ts";
import { OFFICE_HEAD_NOUNS, TITLE_HEAD_NOUNS } from "./lexicon/titles.ts";

const COMMITTEE = String.raw`(?:comité\s+(?:exécutif|de\s+direction)|comex|codir|directoire|équipe\s+de\s+direction)`;
const BOARD = String.raw`(?:conseil\s+de\s+surveillance|conseil\s+d['’]administration|conseil\s+scientifique|comité\s+de\s+pilotage|comité\s+directeur|bureau)`;
// "de la C", "de l'C", "du C", "des C", "de C", "d'C" before the employer
const OF = String.raw`(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])`;
const COUNT = String.raw`(?:deux|trois|quatre|cinq|six|\d+)`;

const NEW_COMMITTEE = new RegExp(
  String.raw`^(?:l[ea]\s+)?(?:nouveau\s+|nouvelle\s+)?${COMMITTEE}\s+(?:de\s+|d['’])(\p{Lu}[^:]{1,80}?)\s*:\s*(.+?)\.?$`,
  "iu",
);
const RESHUFFLED = new RegExp(
  String.raw`^(\p{Lu}[^,:]{1,80}?)(?:,[^:]{1,160},)?\s+(?:remanie|renouvelle|recompose|dévoile|présente)\s+son\s+(?:nouveau\s+|nouvelle\s+)?${COMMITTEE}\s*:\s*(.+?)\.?$`,
  "iu",
);
// "Autour de X, nouvelle présidente du directoire de C, on trouve …": the employer is the first "de"
// followed by a capital, so "directrice des systèmes d'information" stays the post
const AROUND = new RegExp(
  String.raw`^Autour\s+(?:de\s+|d['’])(\p{Lu}[^,()]{2,60}?),\s+(?:nouvelle|nouvel|nouveau)\s+(\p{Ll}[^,()]{1,80}?)\s+${OF}(\p{Lu}[^,:()]{1,80}?),\s+(?:on\s+trouve|figurent|se\s+trouvent)\s+(.+?)\.?$`,
  "u",
);
// "Lors de son assemblée générale, C a élu son nouveau bureau : …": a fronted time, not the body's name
const FRONTED_OCCASION = String.raw`(?:(?:Lors|À\s+l['’]issue|Au\s+terme|Au\s+cours|Réunie?s?)\s[^,:()]{2,80},\s+)?`;
// "La fédération C a élu son nouveau bureau : …"
// ("Le Groupement des … (GAE) a désigné son bureau : …": the body's acronym in brackets after its name)
const ELECTED = new RegExp(
  String.raw`^${FRONTED_OCCASION}((?:la\s+|le\s+|l['’])?\p{Lu}[^,:()]{2,80}?)(?:\s+\([\p{Lu}\p{N}&-]{2,12}\))?\s+(?:a\s+élu|élit|a\s+renouvelé|renouvelle|a\s+désigné|désigne|s['’]est\s+donné|se\s+donne|complète|a\s+complété)\s+(?:son|un)\s+(?:nouveau\s+)?${BOARD}\s*:\s*(.+?)\.?$`,
  "u",
);
// "Le conseil de surveillance du C accueille trois nouveaux membres : …"
const NEW_MEMBERS = new RegExp(
  String.raw`^(?:Le\s+|La\s+|L['’])(${BOARD})\s+${OF}(\p{L}[^,:()]{1,80}?)\s+(?:accueille|compte)\s+${COUNT}\s+nouve(?:aux|lles?|l)\s+(membres|administrat\p{Ll}+)\s*:\s*(.+?)\.?$`,
  "u",
);
// "Le conseil d'administration de l'C se compose désormais de : président, X (A) ; …", "Le comité
// directeur de la ligue C s'organise ainsi : X, vice-président ; Y, secrétaire générale ; …"
const COMPOSED = new RegExp(
  String.raw`^(?:Le\s+|La\s+|L['’])(?:${BOARD})\s+${OF}(\p{L}[^,:()]{1,80}?)\s+(?:(?:se\s+compose|est\s+composée?)\s+(?:désormais\s+|ainsi\s+)?(?:de|d['’])|s['’]organise\s+(?:désormais\s+)?ainsi)\s*:\s*(.+?)\.?$`,
  "u",
);
// "Ligue de C : présidente, X ; secrétaire générale, Y ; trésorier, Z.": a body's name, a colon, then
// its officers, each post (a title the lexicon knows) before its holder; a sentence may follow
const LEAVING_OR_KEPT =
  /(?<![\p{L}])(?:reconduite?|réélue?|maintenue?|confirmée?|sortante?|démissionnaire)(?![\p{L}])/u;
const BODY_OFFICERS =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+[^,:;().—–]{1,80}?)?)\s*:\s*(\p{Ll}[^.!?]*?;[^.!?]*?)(?:\.\s+(\p{Lu}.*)|\.?)$/u;
// "Deux nouveaux visages entrent au conseil d'administration de C : X et Y, respectivement R1 et R2."
// (also "Trois nouvelles administratrices font leur entrée au conseil de surveillance du C :"): each
// member takes the board's seat (SEATS), the words after "respectivement" are who they are; "Deux
// nouveaux administrateurs entrent au conseil de C": the bare "conseil" is the board they name
const SEATED = new RegExp(
  String.raw`^(?:[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|\d+)\s+(?:nouveaux|nouvelles|nouvel)\s+(?:visages|membres|noms|têtes|recrues|(administrat)\p{Ll}+)\s+(?:entrent|font\s+leur\s+entrée|arrivent|siègent(?:\s+désormais)?|rejoignent)\s+(?:au|à\s+la|à\s+l['’]|dans\s+le|le|la|l['’])\s*(${BOARD}|conseil(?=\s+${OF}\p{Lu}))\s+${OF}(\p{Lu}[^:]{1,80}?)\s*:\s*(.+?)\.?$`,
  "u",
);
// "Nouveau conseil pour C. Ont été élus : X, présidente ; Y, vice-présidente." / "Le bureau de C se
// renouvelle : X (présidente), Y (trésorier)." / "Composition du nouveau bureau de C : …": a board
// said new, its members with their posts after the colon
const BOARD_WORDS = `(?:${BOARD}|conseil|comité)`;
const NEW_BOARD = new RegExp(
  String.raw`^(?:(?:Nouveau|Nouvelle)\s+${BOARD_WORDS}\s+(?:pour|chez|à|au\s+sein\s+d(?:e\s+|['’]))\s*((?:la\s+|le\s+|l['’])?\p{Lu}[^.:;]{1,80}?)(?:\s*\.\s*(?:(?:Ont\s+été|Sont)\s+(?:élu|nommé|désigné)e?s|Y\s+siègent|En\s+font\s+partie|Le\s+composent))?|(?:Le|La|L['’])\s*${BOARD_WORDS}\s+${OF}(\p{Lu}[^:]{1,80}?)\s+se\s+(?:renouvelle|recompose)|Composition\s+du\s+(?:nouveau\s+)?${BOARD_WORDS}\s+${OF}(\p{Lu}[^:]{1,80}?)|(?:Le|La|L['’])\s*(?:nouveau\s+|nouvelle\s+)${BOARD_WORDS}\s+${OF}(\p{Lu}[^:]{1,80}?))\s*:\s*(.+?)\.?$`,
  "u",
);
// the seat a board's new member takes when the line names none
const SEATS: [RegExp, string][] = [
  [/^conseil\s+d['’]administration$/iu, "administrateur"],
  [/^bureau$/u, "membre du bureau"],
];
function seatOf(board: string): string {
  const plain = board.replace(/\s+/gu, " ");
  return SEATS.find(([pattern]) => pattern.test(plain))?.[1] ?? `membre du ${plain}`;
}

// "Chez C encore, deux arrivées : …"
const ARRIVALS = new RegExp(
  String.raw`^Chez\s+(\p{Lu}[^,:()]{1,80}?)(?:\s+(?:encore|aussi|également))?,\s+${COUNT}\s+(?:arrivées|recrues|recrutements)\s*:\s*(.+?)\.?$`,
  "u",
);

// a person's name: capitalised words, maybe with a particle ("Bertille de La Malbranque", "d'Abadie")
const NAME =
  /^\p{Lu}[\p{L}'’-]*(?:(?:\s+(?:de\s+la|de|du|des|van|von)\s+|\s+|\s+d['’]|\s+de\s+l['’])\p{Lu}[\p{L}'’-]*){1,4}$/u;
const MEMBER = /^(\p{Lu}[^()]{2,60}?)\s*(?:\(([^()]+)\))?$/u;
// ("X, ancienne directrice financière de C": the post held before names the house left)
const FROM =
  /^(?:ex[-\s]|venue?\s+(?:de\s+(?:la\s+|l['’])?|du\s+|d['’])|passée?\s+par\s+|ancien(?:ne)?\s+\p{Ll}[^,()]*?\s(?:de\s+(?:la\s+|l['’])?|du\s+|d['’]))(\p{Lu}.*)$/u;
const PROMOTED = /^promue?$/iu;
const APPOINTED = /^(?:nommée?|élue?|désignée?)(?:\s+par\s+\S.*)?$/iu;
// an outgoing member listed with the new ones is no one to appoint: the line goes to an editor
const LEAVING = /\b(?:sortante?|démissionnaire|partante?|quitte)\b/iu;
const KEPT =
  /^(?:(?:est|sont)\s+)?(?:confirmée?|inchangée?|reconduite?|maintenue?|renouvelée?|réélue?)(?:\s+(?:dans\s+ses\s+fonctions|pour\s+\S+\s+ans))?$|^qui\s+(?:conserve|garde)\s+son\s+(?:mandat|siège|poste)$/iu;

type Lead = {
  company: string;
  /** The lead says the members are new: a bare "(post)" is a move. */
  newMembers: boolean;
  /** The post of a member whose bracket names none ("membre du conseil de surveillance"). */
  seat?: string;
  /** The lead's own mover ("Autour de X, nouvelle R de C"). */
  leadSentence?: string;
  /** What the line goes on with after the list's sentence, read as written. */
  after?: string;
};

interface Member {
  name: string;
  role: string | null;
  statuses: string[];
  /** Who the list says the member is, before their name ("le banquier X"). */
  described?: string;
}

// "la fédération Parcs & Plein Air" → "Parcs & Plein Air"; "la station de pilotage de P" → "Station de pilotage de P"
function bodyName(raw: string): string {
  const text = raw.trim().replace(/^(?:la|le|les)\s+|^l['’]/iu, "");
  const apposed = /^\p{Ll}+\s+(\p{Lu}.*)$/u.exec(text);
  if (apposed) return apposed[1]!;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The list's items at the top level (outside brackets): "A (x, y), B (z) et C, réélue" → A (x, y) | B (z) | C | réélue
function topLevelItems(list: string): string[] {
  // a private-use character stands for a comma inside brackets while the list is cut
  const masked = list.replace(/\([^()]*\)/gu, (bracket) => bracket.replace(/[,;]/gu, "\uE000"));
  return masked
    .split(/\s*[,;]\s*(?:et\s+|ainsi\s+que\s+)?|\s+(?:et|ainsi\s+que)\s+/u)
    .map((item) => item.replace(/\uE000/gu, ",").trim())
    .filter((item) => item.length > 0);
}

function members(list: string): Member[] | null {
  const found: Member[] = [];
  for (const item of topLevelItems(list)) {
    const member = MEMBER.exec(item);
    if (member && NAME.test(member[1]!.trim())) {
      const cells = member[2] ? member[2].split(/\s*,\s*/u) : [];
      found.push({ name: member[1]!.trim(), role: cells[0] ?? null, statuses: cells.slice(1) });
    } else if (DESCRIBED_MEMBER.test(item)) {
      // "… et le banquier X": who the member is, before the name
      const [, described, name] = DESCRIBED_MEMBER.exec(item)!;
      found.push({
        name: name!,
        role: null,
        statuses: [],
        described: described!.replace(/^(?:le|la|l['’])\s*/u, ""),
      });
    } else if (/^\p{Ll}/u.test(item) && found.length > 0) {
      // "…, réélue", "…, maintenue dans ses fonctions": said of the member before
      found.at(-1)!.statuses.push(item);
    } else return null;
  }
  return found.length >= 2 ? found : null;
}

// "président, X (A)" ; "secrétaire, Y, qui conserve son mandat": post first, then the name
function composedMembers(list: string): Member[] | null {
  const items = list.split(/\s*;\s*/u);
  const found: Member[] = [];
  for (const item of items) {
    const [role, ...rest] = item.split(/\s*,\s*(?![^()]*\))/u);
    const member = MEMBER.exec(rest[0] ?? "");
    if (!role || !/^\p{Ll}/u.test(role) || !member || !NAME.test(member[1]!.trim())) return null;
    // the bracket names the officer's own employer, no status: kept only when it tells one
    const bracket = member[2]?.trim();
    const statuses = [
      ...(bracket && (FROM.test(bracket) || KEPT.test(bracket)) ? [bracket] : []),
      ...rest.slice(1),
    ];
    found.push({ name: member[1]!.trim(), role, statuses });
  }
  return found.length >= 2 ? found : null;
}

// "président X (A), vice-présidente Y, secrétaire Z": each post then its officer with no comma between,
// the bracket naming the officer's own house (kept only when it tells a status, as composedMembers does)
const POST_THEN_NAME =
  /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2})\s+(\p{Lu}[^()]{2,60}?)\s*(?:\(([^()]+)\))?$/u;

function postFirstMembers(list: string): Member[] | null {
  const found: Member[] = [];
  for (const item of topLevelItems(list)) {
    const member = POST_THEN_NAME.exec(item);
    if (!member || !isBoardTitle(member[1]!) || !NAME.test(member[2]!.trim())) return null;
    const bracket = member[3]?.trim();
    found.push({
      name: member[2]!.trim(),
      role: member[1]!,
      statuses: bracket && (FROM.test(bracket) || KEPT.test(bracket)) ? [bracket] : [],
    });
  }
  return found.length >= 2 ? found : null;
}

// "X, présidente ; Y, vice-présidente" or "X (Présidente), Y (trésorier, réélu)": each name with its post
function postedMembers(list: string): Member[] | null {
  const items = list.includes(";") ? list.split(/\s*;\s*(?:et\s+)?/u) : null;
  const found: Member[] = [];
  for (const item of items ?? topLevelItems(list)) {
    const bracketed = MEMBER.exec(item.trim());
    const [name, ...cells] = bracketed?.[2]
      ? [bracketed[1]!, ...bracketed[2].split(/\s*,\s*/u)]
      : item.split(/\s*,\s*/u);
    // a post written with a capital ("(Trésorière)") is still a post when the lexicon says so
    const role = cells[0] && isBoardTitle(cells[0].toLowerCase()) ? cells[0].toLowerCase() : null;
    if (!name || !NAME.test(name.trim()) || !role) return null;
    found.push({ name: name.trim(), role, statuses: cells.slice(1) });
  }
  return found.length >= 2 ? found : null;
}

// The seat agreed with its member: by the description's first word ("ancienne", "consultante"), else
// by a first name the lexicon knows as feminine.
function agreeingSeat(seat: string, description: string | undefined, name: string): string {
  const word = description?.split(/\s+/u)[0]?.toLowerCase() ?? "";
  const saysFeminine = word !== "" && masculineTitle(word) !== word;
  const saysMasculine = word !== "" && feminineTitle(word) !== word;
  // "avocate", "ingénieur": a word whose ending tells no gender leaves it to the first name
  const feminine = saysFeminine !== saysMasculine ? saysFeminine : hasFeminineFirstName({ name });
  return feminine ? feminineTitle(seat) : seat;
}

function isBoardTitle(cell: string): boolean {
  const head = foldWord(cell.split(/\s+/u)[0]!);
  return TITLE_HEAD_NOUNS.includes(head) || OFFICE_HEAD_NOUNS.has(head);
}

function readLead(text: string): { lead: Lead; members: Member[] } | null {
  const committee = NEW_COMMITTEE.exec(text) ?? RESHUFFLED.exec(text);
  if (committee) {
    const list = members(committee[2]!);
    return (
      list && {
        lead: { company: committee[1]!.trim(), newMembers: false },
        members: list,
      }
    );
  }
  const around = AROUND.exec(text);
  if (around) {
    const list = members(around[4]!);
    const company = around[3]!.trim();
    const leadSentence = `Chez ${company}, ${around[1]!.trim()} devient ${around[2]!.trim()}.`;
    return list && { lead: { company, newMembers: false, leadSentence }, members: list };
  }
  const elected = ELECTED.exec(text);
  if (elected) {
    const list = members(elected[2]!) ?? postFirstMembers(elected[2]!);
    return list && { lead: { company: bodyName(elected[1]!), newMembers: true }, members: list };
  }
  const joined = NEW_MEMBERS.exec(text);
  if (joined) {
    const [, board, body, seatNoun, rawList] = joined;
    // "…, tandis que X, président, est reconduit": only a kept member may follow
    const [list, aside] = rawList!.split(/,?\s+tandis\s+qu['’e]\s*/u);
    if (
      aside !== undefined &&
      !/\b(?:reconduite?|réélue?|maintenue?|confirmée?)\b|conserve\s+son/u.test(aside)
    )
      return null;
    const found = members(list!);
    // "compte deux nouvelles administratrices : X et Y": the line names the seat, in its gender
    const seat = /^administratrices$/u.test(seatNoun!)
      ? "administratrice"
      : /^administrateurs$/u.test(seatNoun!)
        ? "administrateur"
        : `membre du ${board!.replace(/\s+/gu, " ")}`;
    return found && { lead: { company: bodyName(body!), newMembers: true, seat }, members: found };
  }
  const officers = BODY_OFFICERS.exec(text);
  if (officers && isInstitutionHead(officers[1]!.split(/\s+/u)[0]!)) {
    const list = composedMembers(officers[2]!);
    // (a post "reconduit", "sortant" tells no move: the line is left to the other readers)
    if (
      list?.every(
        (member) => member.role !== null && isBoardTitle(member.role) && !LEAVING_OR_KEPT.test(member.role),
      )
    )
      return {
        lead: { company: bodyName(officers[1]!), newMembers: true, after: officers[3] },
        members: list,
      };
  }
  const composed = COMPOSED.exec(text);
  if (composed) {
    const list = composedMembers(composed[2]!) ?? postedMembers(composed[2]!);
    return (
      list && {
        lead: { company: bodyName(composed[1]!), newMembers: true },
        members: list,
      }
    );
  }
  const seated = SEATED.exec(text);
  if (seated) {
    const [, directors, board, body, rawList] = seated;
    const [list, described] = rawList!.split(/,\s+respectivement\s+/u);
    const found = members(list!);
    if (!found) return null;
    // ("administrateurs" entering the bare "conseil": its directors; a named board keeps its seat)
    const seat = directors && board === "conseil" ? "administrateur" : seatOf(board!);
    // "respectivement ancienne notaire et consultant indépendant": one description a member, in order;
    // its first word agrees with the member and so gives the seat's gender
    const descriptions = described === undefined ? [] : topLevelItems(described);
    if (described !== undefined && descriptions.length !== found.length) return null;
    // "X (ex-A)", "Y (venue de B)": the bracket says where the member comes from, the seat is the board's
    const seatedMembers = found.map((member, i) => {
      const from = member.role !== null && FROM.test(member.role);
      return {
        ...member,
        role:
          from || !member.role
            ? agreeingSeat(seat, descriptions[i] ?? member.described, member.name)
            : member.role,
        statuses: from ? [member.role!, ...member.statuses] : member.statuses,
      };
    });
    return { lead: { company: bodyName(body!), newMembers: true }, members: seatedMembers };
  }
  const board = NEW_BOARD.exec(text);
  if (board) {
    const list = postedMembers(board[5]!);
    const company = (board[1] ?? board[2] ?? board[3] ?? board[4])!.trim();
    return list && { lead: { company: bodyName(company), newMembers: true }, members: list };
  }
  const arrivals = ARRIVALS.exec(text);
  if (arrivals) {
    const list = members(arrivals[2]!);
    return list && { lead: { company: arrivals[1]!.trim(), newMembers: true }, members: list };
  }
  return null;
}

// The sentence one member tells, "" when the member is kept (no move), null when nothing known is told.
function memberSentence(member: Member, lead: Lead): string | null {
  const { statuses } = member;
  // a new board member's bracket names a seat ("administratrice indépendante") or whom the member
  // stands for ("représentant du fonds A", "Chambre de commerce de K"): then the seat is the board's
  // and the bracket stays beside the name, which holds the record for review
  const seated = lead.seat && !(member.role && isBoardTitle(member.role));
  const role = seated ? lead.seat : member.role;
  const name = seated && member.role ? `${member.name} (${member.role})` : member.name;
  if (!role) return statuses.some((status) => KEPT.test(status)) ? "" : null;
  const company = lead.company;
  if (statuses.some((status) => LEAVING.test(status))) return null;
  if (statuses.some((status) => KEPT.test(status))) return "";
  // a house the sentence reader would cut short ("Phares et Balises de l'Iroise" read to "Phares") is
  // told as an arrow line's last cell, which is read whole (field-layouts.ts)
  const whole = readsWhole(company);
  const from = statuses.map((status) => FROM.exec(status)).find(Boolean);
  if (from)
    return whole
      ? `${name} (ex-${from[1]}) → ${company}, ${role}`
      : `${name} (ex-${from[1]}) → ${role}, ${company}`;
  const promoted = statuses.find((status) => PROMOTED.test(status));
  if (promoted) return `Chez ${company}, ${name} est ${promoted} ${role}.`;
  const appointed = statuses.find((status) => APPOINTED.test(status));
  if (appointed && !lead.newMembers) return `Chez ${company}, ${name} est ${appointed} ${role}.`;
  if (appointed || lead.newMembers)
    return whole ? `Chez ${company}, ${name} devient ${role}.` : `${name} → ${role}, ${company}`;
  return null;
}

function readsWhole(company: string): boolean {
  const span = readCompanyAfter(company, 0);
  return span !== null && span.start === 0 && span.end === company.length;
}

// ---- Members told with verb clauses ----
// "C étoffe son comité exécutif : X, venu de A, rejoint le comité comme R, Y est nommé R et Z, jusqu'ici R,
// en devient R', et W reste R." The lead's company employs every clause after the colon ("y", "en" and
// "le comité" stand for it); a new clause starts where a person's name follows ", ", " et " or "; " with
// its own verb (or an aside: "Z, jusqu'ici R,").

const DIRECTION_BODY = String.raw`(?:comité(?:\s+(?:exécutif|de\s+direction|stratégique|directeur))?|comex|codir|directoire|direction|état-major|équipe(?:\s+(?:dirigeante|de\s+direction))?|gouvernance)`;
// "C (expansion), …, <a few lower-case words> son|sa <body> :" ("étoffe", "rebat les cartes de",
// "annonce trois nominations à", "fait évoluer")
const CLAUSE_LEAD = new RegExp(
  String.raw`^(\p{Lu}[^,:()]{1,80}?)(?:\s+\(([^()]{3,80})\))?(?:,[^:]{1,160},)?\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,4}?(?:son|sa)\s+(?:nouveau\s+|nouvelle\s+)?${DIRECTION_BODY}(?:\s+\p{Ll}[\p{Ll}-]*)?\s*:\s*(.+?)\.?$`,
  "u",
);
const PERSON = String.raw`\p{Lu}[\p{L}'’-]*(?:(?:\s+(?:de\s+la|de|du|des|van|von|da)\s+|\s+|\s+d['’]|\s+de\s+l['’])\p{Lu}[\p{L}'’-]*){1,4}`;
// what may stand between the separator and the name: a kept member is often told after one
const CONNECTOR = String.raw`(?:(?:tandis|alors)\s+qu(?:e\s+|['’]\s*)|sans\s+changement\s+pour\s+|ainsi\s+que\s+)`;
const CLAUSE_BREAK = new RegExp(
  String.raw`(?:\s*[,;]\s+(?:et\s+)?|\s+et\s+)(?=${CONNECTOR}?${PERSON}(?:,|\s+\p{Ll}))`,
  "gu",
);
const CLAUSE = new RegExp(String.raw`^(${CONNECTOR})?(${PERSON})(?=,|\s+\p{Ll})(.*)$`, "u");
// no move: "reste R", "étant reconduite au poste de R", "conservant son poste", "est confirmée dans ses
// fonctions", "est maintenue comme R"; "sans changement pour X, toujours R"
const KEPT_CLAUSE =
  /^,?\s*(?:reste|demeure|(?:étant|est)\s+(?:reconduite?|confirmée?|maintenue?|réélue?)|conserv(?:e|ant)\s+son|gard(?:e|ant)\s+son)(?!\p{L})/u;
// "X, venu de A, rejoint le comité comme R"
const JOINS_BODY =
  /^(,\s*(?:venue?\s+d|ex-|passée?\s+par\s)[^,]+,)?\s+rejoint\s+(?:le|la|l['’])\s*[^,]{0,30}?\s+comme\s+(\p{Ll}[^,;]+)$/u;
// "Y est nommée R", "Y est promu R"
const NAMED = /^\s+est\s+((?:nommée?|promue?|désignée?|élue?))\s+(\p{Ll}[^,;]+)$/u;
// "Y y entre comme R": a seat on the body, an appointment ("devient" keeps the sentence free of gender)
const ENTERS = /^\s+y\s+entre\s+comme\s+(\p{Ll}[^,;]+)$/u;
// "Z, jusqu'ici R, en devient R'"; "Z passe de R à R'"
const FORMERLY = /^,\s*jusqu['’]ici\s+(\p{Ll}[^,]+),\s+(?:en\s+)?devient\s+(\p{Ll}[^,;]+)$/u;
const POST_TO_POST = /^\s+passe\s+(?:de\s+|d['’])(\p{Ll}[^,;]+?)\s+à\s+(\p{Ll}[^,;]+)$/u;
// "W arrive de A pour prendre le poste de R"
const ARRIVES =
  /^\s+arrive\s+(?:de\s+|d['’])(\p{Lu}.+?)\s+pour\s+prendre\s+le\s+poste\s+(?:de\s+|d['’])(\p{Ll}[^,;]+)$/u;

// a company's words are capitalised but for particles: "Kartodrome de Valsenne", "Motors & Loisirs", not
// "COMMUNIQUÉ — Poudralia annonce deux"
const COMPANY_WORDS =
  /^[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+(?:(?:de|du|des|la|le|les|et|sur|en|aux?|à|d['’]|l['’])\s*)?(?:[\p{Lu}\d&][\p{L}\d'’.&-]*))*$/u;

// "CPA (Comptoir du parapluie d'A)" → the name in full; "La marque digitale Nuée" → "Nuée"
function leadCompany(name: string, expansion: string | undefined): string {
  if (expansion && /^[\p{Lu}\d&.-]{2,8}$/u.test(name.trim())) return expansion.trim();
  const described = /^(?:L[ae]\s+|L['’]|Les\s+)(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}.*)$/u.exec(name.trim());
  return described ? described[1]!.trim() : name.trim();
}

// The sentence one clause tells: "" when the member is kept, null when the clause reads as nothing known.
function clauseSentence(clause: string, company: string): string | null {
  const read = CLAUSE.exec(clause.trim());
  if (!read) return null;
  const [, connector, name, rest] = read;
  if (connector && /^sans/u.test(connector)) return "";
  if (KEPT_CLAUSE.test(rest!)) return "";
  const joins = JOINS_BODY.exec(rest!);
  if (joins) return `${name}${joins[1] ?? ""} rejoint ${company} comme ${joins[2]}.`;
  const named = NAMED.exec(rest!);
  if (named) return `Chez ${company}, ${name} est ${named[1]} ${named[2]}.`;
  const enters = ENTERS.exec(rest!);
  if (enters) return `Chez ${company}, ${name} devient ${enters[1]}.`;
  const formerly = FORMERLY.exec(rest!) ?? POST_TO_POST.exec(rest!);
  if (formerly) return `Chez ${company}, ${name}, jusqu'ici ${formerly[1]}, devient ${formerly[2]}.`;
  const arrives = ARRIVES.exec(rest!);
  if (arrives)
    return `Chez ${company}, ${name} arrive de ${arrives[1]} pour prendre le poste de ${arrives[2]}.`;
  return null;
}

// "X est nommé R1, Y R2 et Z R3": the later clauses leave out the verb of the one before (a gapped
// coordination); each is told with that participle, agreeing with its own title ("nommée directrice")
const GAPPED = /^\s+(\p{Ll}[^,;]+)$/u;
function gappedSentence(clause: string, company: string, participle: string | null): string | null {
  if (!participle) return null;
  const read = CLAUSE.exec(clause);
  const role = read && !read[1] ? GAPPED.exec(read[3]!)?.[1]?.trim() : undefined;
  if (!read || !role || !isBoardTitle(role)) return null;
  const masculine = participle.replace(/e$/u, "");
  const agreed = masculineTitle(role) === role ? masculine : `${masculine}e`;
  return `Chez ${company}, ${read[2]} est ${agreed} ${role}.`;
}

// The sentences a lead and its verb clauses tell; a clause read as nothing known stays, after its
// company, a paragraph of its own for the reader (and an editor).
function clauseSentences(line: string): string[] | null {
  const lead = CLAUSE_LEAD.exec(line);
  if (!lead) return null;
  const company = leadCompany(lead[1]!, lead[2]);
  if (!COMPANY_WORDS.test(leadCompany(lead[1]!, undefined))) return null;
  const clauses = lead[3]!.split(CLAUSE_BREAK).map((clause) => clause.trim());
  if (clauses.length < 2 || !CLAUSE.test(clauses[0]!)) return null;
  const sentences: string[] = [];
  let moves = 0;
  let participle: string | null = null;
  for (const clause of clauses) {
    const sentence = clauseSentence(clause, company) ?? gappedSentence(clause, company, participle);
    participle = NAMED.exec(CLAUSE.exec(clause)?.[3] ?? "")?.[1] ?? participle;
    if (sentence === null) sentences.push(`Chez ${company}, ${clause}.`);
    else if (sentence) {
      sentences.push(sentence);
      moves++;
    }
  }
  return moves > 0 ? sentences : null;
}

// "Composition du bureau : X (R), Y (R)", "Le bureau est complété par X (R) et Y (R)", a heading
// "Fédération : deux entrées au bureau" over "X (R) et Y (R)", "Entrent au bureau : X (R), Y (R)": a bureau whose body the text before
// names (the paragraph's opening, the item before, the heading's head noun). The bureau's sentence may
// close a paragraph ("Assemblée générale de la Ligue C : … Composition du bureau : …").
const BODYLESS_BUREAU =
  /(?:^|(?<=[.!?]\s+))(?:Composition\s+du\s+(?:nouveau\s+)?bureau\s*:|Le\s+(?:nouveau\s+)?bureau\s+est\s+(?:complété|composé)\s+(?:par|de)|Le\s+nouveau\s+bureau\s*:|(?:Entrent|Font\s+leur\s+entrée)\s+au\s+bureau\s*:)\s*(.+?)\.?$/u;
const BUREAU_HEADING = /^\s*(\p{Lu}[\p{L}'’-]+)\s*:\s*[^:]*\bbureau\b[^:]*$/u;

// The body a bureau belongs to: the last institution named in `text` ("… à la présidence de la
// Fédération des spiruliniers"), or the last one whose name opens on `head` ("Syndicat" after "le
// Syndicat des selliers-harnacheurs"); null when the text names none.
function bodyNamedBefore(text: string, head: string | null): string | null {
  if (head !== null) return fullNameEarlier(text, head, text.length);
  let found: string | null = null;
  for (const match of allMatches(text, /(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu)) {
    if (!isInstitutionHead(match[0])) continue;
    const span = { text: match[0], start: match.index, end: match.index + match[0].length };
    const widened = widenInstitution(text, span);
    if (widened.end > span.end) found = widened.text;
  }
  return found;
}

// A lead's body named by its head noun alone ("Le Syndicat complète son bureau") is the fuller name
// the text before gave it; unresolved, the line is left for an editor.
function resolvedBody(company: string, before: string): string | null {
  if (/\s/u.test(company) || !isInstitutionHead(company)) return company;
  return bodyNamedBefore(before, company);
}

function bodylessBureau(line: string, before: string): { opening: string; sentences: string[] } | null {
  const bureau = BODYLESS_BUREAU.exec(line);
  // (the heading names its bureau: text before without the word has none, and cutting it into lines
  // at every line of an issue cost more than the rest of this reader)
  const heading =
    bureau || !before.includes("bureau")
      ? null
      : BUREAU_HEADING.exec(before.split("\n").findLast((l) => l.trim()) ?? "");
  const list = bureau
    ? postedMembers(bureau[1]!)
    : heading
      ? postedMembers(line.trim().replace(/\.$/u, ""))
      : null;
  if (!list) return null;
  const opening = bureau ? line.slice(0, bureau.index).trim() : "";
  const head = heading && isInstitutionHead(heading[1]!) ? heading[1]! : null;
  if (heading && head === null) return null;
  const company = bodyNamedBefore(`${before}\n${opening}`, head);
  if (company === null) return null;
  const lead: Lead = { company, newMembers: true };
  const sentences: string[] = [];
  for (const member of list) {
    const sentence = memberSentence(member, lead);
    if (sentence === null) return null;
    if (sentence) sentences.push(sentence);
  }
  return { opening, sentences };
}

// ---- Members entering a board told in one sentence ----
// "Entrent au conseil de surveillance de C : X et Y.", "C fait entrer à son conseil de surveillance X et
// Y.", "Au C, le conseil d'administration a coopté deux nouveaux administrateurs, X et Y.", "Deux entrées
// au conseil de surveillance du groupe C : X et Y, respectivement R1 et R2.", "C : X entre au conseil de
// surveillance.", "C : Pr X rejoint le conseil scientifique.", "C accueille Pr X, historien, à son conseil
// scientifique.", "C, de son côté, accueille au conseil d'administration l'ancien directeur de A, X.": each member takes
// the board's seat (SEATS), agreed with the words that describe them.
// (an advisory committee's seat is a membership too: "Entrent au comité d'orientation de C : X et Y")
const ENTERING_BOARD = String.raw`(?:conseil\s+de\s+surveillance|conseil\s+d['’]administration|conseil\s+scientifique|comité\s+(?:d['’]orientation|technique|stratégique|d['’]éthique))`;
const BODY = String.raw`(\p{Lu}[^,:()]{1,80}?)`;
// the same, opening a sentence
const ENTERING_BOARD_OPENING = String.raw`(?:Conseil\s+de\s+surveillance|Conseil\s+d['’]administration|Conseil\s+scientifique|Comité\s+(?:d['’]orientation|technique|stratégique|d['’]éthique))`;
// "Au conseil d'administration de C font leur entrée X et Y": the board fronted, the verb before its
// subjects (inverted subject); the same with "entrent", "fait son entrée", "entre"
const ENTERING_VERB = String.raw`(?:font\s+leur\s+entrée|fait\s+son\s+entrée|entrent|entre)`;
// an adverb between the verb and its object: "accueille aussi X", "fait également entrer X"
const ALSO = "(?:enfin|aussi|également|encore)";
const BOARD_ENTRIES: { pattern: RegExp; company: number; board: number; list: number }[] = [
  {
    pattern: new RegExp(
      String.raw`^(?:Au|À\s+la|À\s+l['’])\s*(${ENTERING_BOARD})\s+${OF}${BODY},?\s+${ENTERING_VERB}\s*:?\s+(\p{Lu}.+?)\.?$`,
      "u",
    ),
    board: 1,
    company: 2,
    list: 3,
  },
  // "Également entrés au conseil d'administration de C : X, médecin, et Y": the participle, fronted
  {
    pattern: new RegExp(
      String.raw`^(?:(?:Également|Aussi)\s+e|E)ntrée?s?\s+(?:au|à\s+la|à\s+l['’])\s*(${ENTERING_BOARD})\s+${OF}${BODY}\s*:\s*(.+?)\.?$`,
      "u",
    ),
    board: 1,
    company: 2,
    list: 3,
  },
  // "C s'est dotée d'un conseil d'administration : y entrent X, Y et Z", "Conseil d'administration
  // renouvelé au Syndicat C : y entrent X (A) et Y (B)": "y" stands for the board the lead names
  {
    pattern: new RegExp(
      String.raw`^${BODY}\s+(?:s['’]est\s+dotée?|se\s+dote)\s+d['’]un\s+(?:nouveau\s+)?(${ENTERING_BOARD})\s*:\s*y\s+${ENTERING_VERB}\s+(.+?)\.?$`,
      "u",
    ),
    company: 1,
    board: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^(${ENTERING_BOARD_OPENING})\s+(?:renouvelée?|recomposée?|élargie?)\s+(?:au|à\s+la|à\s+l['’]|chez)\s*${BODY}\s*:\s*y\s+${ENTERING_VERB}\s+(.+?)\.?$`,
      "u",
    ),
    board: 1,
    company: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:Entrent|Entre|Font\s+leur\s+entrée|Fait\s+son\s+entrée)\s+(?:au|à\s+la|à\s+l['’])\s*(${ENTERING_BOARD})\s+${OF}${BODY}\s*:\s*(.+?)\.?$`,
      "u",
    ),
    board: 1,
    company: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:${COUNT})\s+(?:entrées|arrivées)\s+(?:au|à\s+la|à\s+l['’])\s*(${ENTERING_BOARD})\s+${OF}${BODY}\s*:\s*(.+?)\.?$`,
      "iu",
    ),
    board: 1,
    company: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      // ("C, la start-up fondée par d'anciens de D, fait entrer …": the house described in apposition)
      // ("C fait entrer à son conseil d'administration l'ancienne sprinteuse X": described first)
      String.raw`^${BODY}(?:,\s+(?:la|le|l['’])\s*[^,:]{1,80},)?\s+fait\s+(?:${ALSO}\s+)?entrer\s+(?:à|dans)\s+son\s+(${ENTERING_BOARD})\s+((?:\p{Lu}|(?:l['’]|le\s+|la\s+)\p{Ll}).+?)\.?$`,
      "u",
    ),
    company: 1,
    board: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:Au|À\s+la|À\s+l['’]|Chez)\s*${BODY},\s+(?:le|la|l['’])\s*(${ENTERING_BOARD})\s+a\s+coopté\s+(?:${COUNT}\s+nouve(?:aux|lles)\s+\p{Ll}+\s*,\s*|(?:un|une)\s+nouve(?:l|lle)\s+\p{Ll}+\s*,\s*)?(\p{Lu}.+?)\.?$`,
      "u",
    ),
    company: 1,
    board: 2,
    list: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^${BODY}\s*:\s*(\p{Lu}[^:]+?)\s+(?:entrent|entre|rejoignent|rejoint)\s+(?:au|le|la|l['’])\s*(${ENTERING_BOARD})\.?$`,
      "u",
    ),
    company: 1,
    list: 2,
    board: 3,
  },
  {
    pattern: new RegExp(
      // "C fait aussi entrer X à son conseil d'administration": the same, the members before the board
      String.raw`^${BODY}\s+(?:accueille\s+(?:${ALSO}\s+)?|fait\s+(?:${ALSO}\s+)?entrer\s+)(\p{Lu}[^:]+?)\s+(?:à|dans)\s+son\s+(${ENTERING_BOARD})\.?$`,
      "u",
    ),
    company: 1,
    list: 2,
    board: 3,
  },
  {
    pattern: new RegExp(
      String.raw`^${BODY}(?:,\s+[^,:]{1,30},)?\s+accueille\s+(?:au|à\s+son)\s+(${ENTERING_BOARD})\s+(.+?)\.?$`,
      "u",
    ),
    company: 1,
    board: 2,
    list: 3,
  },
];

const HONORIFIC_BEFORE = /^(?:Dr|Pr|Me|M\.|Mme)\s+/u;

const DESCRIBED_MEMBER =
  /^((?:l['’]|le\s+|la\s+)\p{Ll}[^,()]*?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;

// The members a board entry names, each with the words that describe them (before or after the name,
// or one each after "respectivement").
function enteringMembers(list: string): { name: string; description?: string }[] | null {
  const [names, described] = list.split(/,\s+respectivement\s+/u);
  const found: { name: string; description?: string }[] = [];
  let pending: string | undefined;
  for (const item of topLevelItems(names!)) {
    // "X (Maison A)": the bracket names the member's own house, no post
    const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(item);
    if (bracketed && isBoardTitle(bracketed[2]!.toLowerCase())) return null;
    const name = (bracketed ? bracketed[1]! : item).replace(HONORIFIC_BEFORE, "");
    // "l'ancienne sprinteuse X": the words that describe the member, then the name, in one item
    const describedName = DESCRIBED_MEMBER.exec(name);
    if (describedName && NAME.test(describedName[2]!) && pending === undefined) {
      found.push({ name: describedName[2]!, description: describedName[1]! });
    } else if (NAME.test(name)) {
      found.push({ name, description: pending });
      pending = undefined;
    } else if (/^\p{Ll}/u.test(item)) {
      // "l'ancien directeur de A, X": said before the member; "X, historien de l'art": after
      if (found.length > 0 && found.at(-1)!.description === undefined) found.at(-1)!.description = item;
      else pending = item;
    } else return null;
  }
  if (found.length === 0 || pending !== undefined) return null;
  if (described !== undefined) {
    const descriptions = topLevelItems(described);
    if (descriptions.length !== found.length) return null;
    descriptions.forEach((description, i) => {
      found[i]!.description = description;
    });
  }
  return found;
}

// "Le réseau de mandataires C", "La coopérative laitière C": words describing the house before its
// name; "La chambre de métiers de Brenne" is a name that ends on its place
const DESCRIBED_BODY =
  /^(?:L[ae]\s+|L['’]|Les\s+)(?:\p{Ll}[\p{Ll}'’-]*\s+)*?(\p{Ll}[\p{Ll}'’-]*)\s+(\p{Lu}.*)$/u;

function apposedName(raw: string): string | null {
  const described = DESCRIBED_BODY.exec(raw.trim());
  return described && !/^(?:de|du|des|d['’]|la|l['’]|les)$/u.test(described[1]!)
    ? described[2]!.trim()
    : null;
}

function boardEntrySentences(line: string): string[] | null {
  for (const entry of BOARD_ENTRIES) {
    const read = entry.pattern.exec(line);
    if (!read) continue;
    const list = enteringMembers(read[entry.list]!);
    if (!list) return null;
    const seat = seatOf(read[entry.board]!.toLowerCase());
    const company = apposedName(read[entry.company]!) ?? bodyName(read[entry.company]!);
    const lead: Lead = { company, newMembers: true };
    return list.map(
      (member) =>
        memberSentence(
          { name: member.name, role: agreeingSeat(seat, member.description, member.name), statuses: [] },
          lead,
        )!,
    );
  }
  return null;
}

// The sentences a committee line tells, or null when it is no committee line or one member's bracket
// tells nothing known. `before` is the text the line follows, where a body named by its head noun
// alone or not at all was named in full.
export function committeeSentences(line: string, before = ""): string[] | null {
  const read = readLead(line.trim());
  if (!read) {
    const bureau = bodylessBureau(line, before);
    if (bureau) return [...(bureau.opening ? [bureau.opening] : []), ...bureau.sentences];
    return boardEntrySentences(line.trim()) ?? clauseSentences(line.trim());
  }
  const company = resolvedBody(read.lead.company, before);
  if (company === null) return null;
  read.lead.company = company;
  const sentences: string[] = read.lead.leadSentence ? [read.lead.leadSentence] : [];
  for (const member of read.members) {
    // a committee's member needs a post and a status ("(R, promue)"); a new member a post at least
    if (!read.lead.newMembers && member.statuses.length === 0) return null;
    const sentence = memberSentence(member, read.lead);
    if (sentence === null) return null;
    if (sentence) sentences.push(sentence);
  }
  return read.lead.after ? [...sentences, read.lead.after] : sentences;
}

// The few items before a line, where a body its bureau names by head noun alone was named in full.
const ITEMS_BEFORE = 6;

function textBefore(lines: readonly string[], at: number): string {
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && before.length < ITEMS_BEFORE; i--)
    if (lines[i]!.trim()) before.unshift(lines[i]!);
  return before.join("\n");
}

// The issue's lines with each committee line told as one paragraph a mover (blank lines between).
export function rewriteCommittees(lines: string[]): string[] {
  return lines.flatMap((line, at) => {
    const sentences = committeeSentences(line, textBefore(lines, at));
    if (!sentences) return [line];
    return ["", ...sentences.flatMap((sentence) => [sentence, ""])];
  });
}
