// Successions the employer tells, naming whom it replaces and then who takes the post, often items
// after the one where the replaced person left:
//   "C remplace X par Y, recruté chez B, au même poste"       the one replaced named
//   "C le remplace par Y, transfuge de B"                      the one replaced told before
//   "C a trouvé qui remplacera X : Y, 36 ans, …"
//   "C a désigné pour remplacer X à la qualité Y"
//   "C n'a pas tardé à trouver son remplaçant : Y"
//   "Chez C, la succession revient à Y, jusqu'ici …"
// One row per phrasing (SUCCESSIONS). The mover is Y, the employer C (the subject, or the house a
// "Chez C," opening names), the predecessor X. The post is the one the sentence names ("comme R",
// "à la R"); else, for "au même poste", the post X took; else the post the text says X held at C;
// else, as a guess held for review, the post X took elsewhere. Where Y comes from (", recruté chez
// B", ", transfuge de B") makes the move a hire; ", promu", ", jusqu'ici …" of the house, a promotion.

import { isFemininePerson } from "./clause-slots.ts";
import { readCompanyAfter, readCompanyBefore } from "./company-spans.ts";
import { headOfLedPost } from "./gender.ts";
import { HONORIFIC } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import { postHeldAt } from "./same-post.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import type { DepartingMove, TakenOverPost } from "./taken-over-post.ts";
import { agreeTitle } from "./title-agreement.ts";

/** A record told before, with the paragraph that told it when known (ParsedMove.paragraph). */
export type EarlierMove = DepartingMove & { paragraph?: string };

export interface SuccessionRow {
  id: string;
  /** The employer's verb phrase; the one replaced follows it ("named") or was told before ("earlier"). */
  cue: RegExp;
  replaced: "named" | "earlier";
  /** What stands between the one replaced (or the cue) and the successor; `post` the post it names. */
  toHolder: RegExp;
  /** What must follow the successor's name ("… X à ce poste"), when the row asks for it. */
  afterHolder?: RegExp;
  /** The kind the cue's verb says ("promeut": one of the house's own), before where Y comes from. */
  kindOfCue?: (cue: string) => "promoted" | null;
  example: string;
  expected: { person: string; company: string; role: string; predecessor: string; kind: string };
}

const HONORIFIC_BEFORE = new RegExp(String.raw`^(?:(?:${HONORIFIC})\s+)?`, "u");

export const SUCCESSIONS: readonly SuccessionRow[] = [
  {
    id: "employer replaces X by Y",
    cue: /\s(?:remplace|remplacera|a remplacé|va remplacer)\s+(?=\p{Lu})/u,
    replaced: "named",
    // ("C remplace X à la tête du site de L par son adjoint, Y": the post led, and the holder described)
    toHolder:
      /^\s+(?:(?:(?:comme|au poste d(?:e\s+|['’])|en tant que)\s*(?<post>\p{Ll}[^,;.]{2,60}?)|(?<led>à la tête (?:de la|de l['’]|du|des|de|d['’])\s*\p{Ll}[^,;.]{2,60}?))\s+)?par\s+(?<deputy>(?:son|sa|l['’])\s*(?:adjointe?|bras droit|numéro deux)\s*,?\s*)?$/u,
    example:
      "Léa Vidal devient directrice des achats de Kargo Rail. Ferlog remplace Léa Vidal par Marc Lin, recruté chez Orvane, au même poste.",
    expected: {
      person: "Marc Lin",
      company: "Ferlog",
      role: "directeur des achats",
      predecessor: "Léa Vidal",
      kind: "joined",
    },
  },
  {
    id: "employer replaces the one told before by Y",
    cue: /\s(?:le|la|l['’])\s*(?:remplace|remplacent|remplacera|a remplacée?|ont remplacée?)\s+par\s+/u,
    replaced: "earlier",
    // ("C le remplace par son adjoint, Y": the holder described as the house's own)
    toHolder: /^(?<deputy>(?:son|sa|l['’])\s*(?:adjointe?|bras droit|numéro deux)\s*,?\s*)?$/u,
    example:
      "Chez Orvane, où elle dirigeait le service export depuis 2019, Léa Vidal rejoint Kargo Rail comme directrice commerciale.\n\nOrvane la remplace par Marc Lin, transfuge de Ferlog.",
    expected: {
      person: "Marc Lin",
      company: "Orvane",
      role: "directeur du service export",
      predecessor: "Léa Vidal",
      kind: "joined",
    },
  },
  {
    id: "employer found who replaces X",
    cue: /\s(?:a trouvé|trouve|tient)\s+(?:qui|celui qui|celle qui)\s+(?:remplacera|remplace|succédera à|succède à)\s+(?=\p{Lu})/u,
    replaced: "named",
    toHolder: /^\s*:\s*$/u,
    example:
      "Léa Vidal, directrice artistique de Ferlog, part pour Kargo Rail.\n\nFerlog a trouvé qui remplacera Léa Vidal : Marc Lin, 36 ans, qui dessinait jusqu'ici pour Orvane.",
    expected: {
      person: "Marc Lin",
      company: "Ferlog",
      role: "directeur artistique",
      predecessor: "Léa Vidal",
      kind: "joined",
    },
  },
  {
    id: "employer chooses Y to replace X",
    cue: /\s(?:a désigné|désigne|a choisi|choisit|a nommé|nomme|a recruté|recrute)\s+pour\s+(?:remplacer|succéder à)\s+(?=\p{Lu})/u,
    replaced: "named",
    toHolder:
      /^(?:\s+(?<post>à la (?:direction|présidence|tête)(?:\s+(?:de la|de l['’]|du|des)\s*\p{Ll}[\p{Ll}' -]{2,40}?)?|à la \p{Ll}[\p{Ll}-]{2,30}))?\s+$/u,
    example:
      "Léa Vidal quitte Ferlog pour Kargo Rail.\n\nFerlog a désigné pour remplacer Léa Vidal à la qualité Marc Lin, recruté chez Orvane.",
    expected: {
      person: "Marc Lin",
      company: "Ferlog",
      role: "directeur de la qualité",
      predecessor: "Léa Vidal",
      kind: "joined",
    },
  },
  {
    id: "employer found its successor",
    cue: /\s(?:n['’]a pas tardé à trouver|a trouvé|a déjà trouvé|tient|a choisi)\s+(?:son|sa)\s+(?:remplaçante?|successeure?|successeur)\s*:\s*/u,
    replaced: "earlier",
    toHolder: /^$/u,
    example:
      "Léa Vidal, directrice commerciale de Ferlog, part pour Kargo Rail.\n\nFerlog n'a pas tardé à trouver sa remplaçante : Anne Roy, jusqu'ici responsable export.",
    expected: {
      person: "Anne Roy",
      company: "Ferlog",
      role: "directrice commerciale",
      predecessor: "Léa Vidal",
      kind: "promoted",
    },
  },
  {
    id: "the succession falls to Y",
    cue: /(?:^|,)\s*(?:la|sa)\s+(?:succession|relève)\s+(?:revient|reviendra|échoit|échoira|est confiée|a été confiée|sera confiée)\s+à\s+/iu,
    replaced: "earlier",
    toHolder: /^$/u,
    example:
      "Léa Vidal quitte Ferlog pour Kargo Rail, où elle devient directrice générale.\n\nChez Ferlog, la succession revient à Marc Lin, jusqu'ici chef d'atelier de la maison.",
    expected: {
      person: "Marc Lin",
      company: "Ferlog",
      role: "directeur général",
      predecessor: "Léa Vidal",
      kind: "promoted",
    },
  },
  {
    id: "employer promotes Y to this post",
    // "C promeut (dans la foulée) X à ce poste": the post is the one the sentence or item before
    // named, of the one who left C
    cue: /\s(?:promeut|a promu|promouvra|nomme|a nommé|nommera|désigne|a désigné)\s+(?:(?:dans la foulée|à son tour|aussitôt|en interne|par ailleurs|de son côté)\s+)?(?=\p{Lu})/u,
    replaced: "earlier",
    toHolder: /^$/u,
    afterHolder: /^\s*(?:,[^,.;]{1,80},\s*)?à ce poste(?![\p{L}])/u,
    kindOfCue: (cue) => (/prom/u.test(cue) ? "promoted" : null),
    example:
      "Léa Vidal, responsable export de Ferlog, rejoint Kargo Rail comme directrice commerciale.\n\nFerlog promeut dans la foulée Marc Lin à ce poste.",
    expected: {
      person: "Marc Lin",
      company: "Ferlog",
      role: "responsable export",
      predecessor: "Léa Vidal",
      kind: "promoted",
    },
  },
];

// A post given by guess (the post the one replaced took elsewhere, which the text never says they
// held at the house that replaces them) carries NOTES.postGuessedFromNewPost (issue.ts).

// "Chez C, …", "À C, …": the house the sentence is told at
const AT_HOUSE = /^\s*(?:Chez|À|Au|Aux)\s+(?=\p{Lu})/u;
// ", recruté chez B", ", transfuge de B", ", venu de B", ", ex-B": where the successor comes from
// (", 36 ans, qui dessinait jusqu'ici pour l'Atelier B", ", maître FIDE et ancien du Cercle B", ", qui
// arrivera de B le 15 janvier")
const COMES_FROM =
  /^\s*,\s*(?:\d{2} ans,\s*)?(?:(?:recrutée?|débauchée?)\s+(?:chez|à|au|aux)\s+|(?:venue?|arrivée?|issue?|transfuge|débauchée?|en provenance)\s+(?:de chez|de|du|des|d['’])\s*|ex-|qui\s+(?:arrive|arrivera|vient|viendra)\s+(?:de chez|de la|de l['’]|du|des|de|d['’])\s*|qui\s+\p{Ll}+ait\s+(?:jusqu['’](?:ici|alors)\s+)?(?:pour|chez)\s+(?:l['’]|le\s+|la\s+|les\s+)?|(?:[^,.;]{1,40}\s+et\s+)?ancien(?:ne)?\s+(?:du|de la|de l['’]|des|de|d['’])\s*)/u;
// ", promu depuis le service client", ", jusqu'ici chef d'atelier", ", son adjoint": one of the house's own
const INSIDER =
  /^\s*,\s*(?:promue?|(?:jusqu['’](?:ici|alors|à présent)|auparavant)\s+(?!chez|à|au|aux|dans)\p{Ll}|(?:son|sa)\s+(?:adjoint|adjointe|bras droit|numéro deux)\b|[^,.;]*\bde la maison\b)/u;

const DESCRIBED_SUBJECT = /^\s*,\s*(?:la|le|l['’]|les|un|une)\s*\p{Ll}[^,;.]{2,100},\s*$/u;

const sameHouse = (a: string, b: string) => companyKey(a) === companyKey(b);

function employerOf(text: string, cueAt: number): string | null {
  const at = AT_HOUSE.exec(text);
  if (at) {
    const house = readCompanyAfter(text, at[0].length);
    if (house && /^\s*,/u.test(text.slice(house.end))) return house.text;
  }
  // "C, la filiale après-vente du groupe D, promeut …": the subject before its apposition
  const opening = readCompanyAfter(text, /^\s*/u.exec(text)![0].length);
  if (opening && DESCRIBED_SUBJECT.test(text.slice(opening.end, cueAt))) return opening.text;
  const subject = readCompanyBefore(text, cueAt);
  return subject && /^\p{Lu}/u.test(subject.text) ? subject.text : null;
}

// "à la qualité" → "directeur de la qualité", "à la présidence" → "président", "comme R" → R
function postOf(said: string, feminine: boolean): string | null {
  const led = /^à la (direction|présidence|tête)(?:\s+(.+))?$/u.exec(said);
  if (led) {
    const head = headOfLedPost(led[1] === "présidence" ? "présidence" : "direction", feminine);
    return led[2] ? `${head} ${led[2]}` : led[1] === "tête" ? null : head;
  }
  const scope = /^à la (\p{Ll}.+)$/u.exec(said);
  if (scope) return `${feminine ? "directrice" : "directeur"} de la ${scope[1]}`;
  return said;
}

// "chez C, où elle dirigeait le bureau d'études depuis 2018": the post led at C, told after its name
const LED_AFTER_HOUSE =
  /^\s*,\s*où\s+(?:il|elle)\s+(?:dirigeait|pilotait)\s+(?:jusqu['’](?:ici|alors)\s+)?(le|la|les|l['’])\s*(\p{Ll}[^,.;]*?)(?:\s+depuis\s[^,.;]*)?(?=[,.;]|$)/u;
const OF_ARTICLE: Record<string, string> = {
  le: "du ",
  la: "de la ",
  les: "des ",
  "l'": "de l'",
  "l’": "de l'",
};

// "Elle quitte Agrilab, où elle était ingénieure d'études.": the post held at C, whatever its head
const HELD_AFTER_HOUSE =
  /^\s*,\s*où\s+(?:il|elle)\s+(?:était|officiait comme|occupait le poste d(?:e\s+|['’]))\s*(\p{Ll}[^,.;]*?)(?:\s+depuis\s[^,.;]*)?(?=[,.;]|$)/u;

function postLedAt(text: string, house: string, feminine: boolean): string | null {
  for (let at = text.indexOf(house); at >= 0; at = text.indexOf(house, at + 1)) {
    const after = text.slice(at + house.length);
    const led = LED_AFTER_HOUSE.exec(after);
    if (led) return `${feminine ? "directrice" : "directeur"} ${OF_ARTICLE[led[1]!]}${led[2]}`;
    const held = HELD_AFTER_HOUSE.exec(after);
    if (held && held[1]!.split(/\s+/u).length <= 6) return held[1]!;
  }
  return null;
}

function feminineOf(holder: PersonMention, text: string): boolean | null {
  const after = text.slice(holder.end, holder.end + 60);
  if (
    /^\s*,\s*(?:recrutée|promue|venue|arrivée|débauchée|jusqu['’]ici\s+\p{Ll}+(?:rice|euse|ière|ienne)\b)/u.test(
      after,
    )
  )
    return true;
  return null;
}

/**
 * The successors a paragraph's employer names, each with their predecessor (SUCCESSIONS). `read` are
 * the paragraph's records so far, `earlier` the issue's before it, `contextBefore` the paragraph before.
 */
export function readEmployerSuccessions(
  paragraph: string,
  read: DepartingMove[],
  earlier: EarlierMove[],
  contextBefore: string,
): (TakenOverPost & { guessed: boolean; row: string })[] {
  const masked = maskQuotes(paragraph);
  const found: (TakenOverPost & { guessed: boolean; row: string })[] = [];
  const readKeys = new Set(read.map((move) => personKey(move.person)));
  for (const sentence of splitSentences(masked)) {
    const text = sentence.text;
    const mentions = findPersonMentions(text);
    for (const row of SUCCESSIONS) {
      const cue = row.cue.exec(text);
      if (!cue) continue;
      const cueEnd = cue.index + cue[0].length;
      const company = employerOf(text, cue.index);
      if (!company) continue;
      let replaced: PersonMention | undefined;
      let holderFrom = cueEnd;
      let said: string | null = null;
      // "par son adjoint, Y": one of the house's own takes the post
      let deputy = false;
      if (row.replaced === "named") {
        const honorific = HONORIFIC_BEFORE.exec(text.slice(cueEnd))![0].length;
        replaced = mentions.find((m) => m.start === cueEnd + honorific);
        if (!replaced) continue;
        holderFrom = replaced.end;
      }
      let holder: PersonMention | undefined;
      for (const mention of mentions) {
        if (mention.start < holderFrom || mention === replaced) continue;
        const between = row.toHolder.exec(
          text.slice(holderFrom, mention.start).replace(HONORIFIC_BEFORE_END, ""),
        );
        if (!between) continue;
        said = (between.groups?.post ?? between.groups?.led)?.trim() ?? null;
        deputy = between.groups?.deputy !== undefined;
        holder = mention;
        break;
      }
      if (!holder || !isConfidentPerson(holder) || readKeys.has(personKey(holder.name))) continue;
      if (row.afterHolder && !row.afterHolder.test(text.slice(holder.end))) continue;
      if (replaced && personKey(replaced.name) === personKey(holder.name)) continue;
      const candidates = [...earlier].reverse();
      const before = masked.slice(0, sentence.start);
      let departing: EarlierMove | null = null;
      if (replaced) {
        departing = [...read, ...candidates].find(
          (move) => personKey(move.person) === personKey(replaced!.name),
        ) ?? { person: replaced.name, company: "", role: "", previous_companies: [] };
      } else {
        // the one who left this house, else the last person named before the sentence
        departing =
          [...read].reverse().find((move) => move.previous_companies.some((n) => sameHouse(n, company))) ??
          candidates.find((move) => move.previous_companies.some((n) => sameHouse(n, company))) ??
          null;
        if (!departing) {
          const named = findPersonMentions(`${contextBefore}\n${before}`).filter(isConfidentPerson).at(-1);
          departing = named
            ? (candidates.find((move) => personKey(move.person) === personKey(named.name)) ?? {
                person: named.name,
                company: "",
                role: "",
                previous_companies: [],
              })
            : null;
        }
      }
      if (!departing || personKey(departing.person) === personKey(holder.name)) continue;
      const feminine = feminineOf(holder, text) ?? isFemininePerson(holder, text);
      const after = text.slice(holder.end);
      const told = `${departing.paragraph ?? ""}\n${contextBefore}\n${before}`;
      const samePost = /^\s*,[^;]*?(?:^|\s)(?:au|à un|le|pour le) même poste|aux mêmes fonctions/u.test(
        after,
      );
      const tookElsewhere =
        departing.role && departing.company && !sameHouse(departing.company, company) ? departing.role : null;
      const heldHere = postLedAt(told, company, feminine) ?? postHeldAt(told, company, told.length, feminine);
      const role =
        (said ? postOf(said, feminine) : null) ??
        (samePost ? tookElsewhere : null) ??
        heldHere ??
        tookElsewhere;
      if (!role) continue;
      const guessed = !said && !samePost && !heldHere;
      const comes = COMES_FROM.exec(after);
      const previous = comes ? readCompanyAfter(after, comes[0].length) : null;
      const previousName = previous && /^\p{Lu}/u.test(previous.text) ? previous.text : null;
      found.push({
        person: holder.name,
        company,
        role: agreeTitle(role, feminine),
        kind:
          row.kindOfCue?.(cue[0]) ??
          (comes ? "joined" : deputy || INSIDER.test(after) ? "promoted" : "appointed"),
        previous_companies: previousName && !sameHouse(previousName, company) ? [previousName] : [],
        predecessor: departing.person,
        guessed,
        row: row.id,
      });
      readKeys.add(personKey(holder.name));
      break;
    }
  }
  return found;
}

// "… par Mme Y": an honorific before the successor's name is no part of what stands between
const HONORIFIC_BEFORE_END = new RegExp(String.raw`(?:${HONORIFIC})\s+$`, "u");
