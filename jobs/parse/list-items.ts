// Appointments listed after a colon, one item per person and no verb of their own: the lead before
// the colon announces the moves and often names the employer, each item gives a name and its
// title ("Trois arrivées chez C : A, directeur de la billetterie ; B, responsable RSE ; et D,
// directrice du centre de formation", "C a nommé un nouveau directoire : – A, présidente ; – B,
// trésorier", "Ont également été élus : trésorière, A (C1) ; secrétaire général, B (C2)").
// A whole-sentence pass of clauses.ts: it reads only people no row of the shapes table read.

import { allMatches } from "./all-matches.ts";
import type { ClauseMove } from "./clause-move.ts";
import { looksLikeTitle, opensLikeTitle, singularTitle, titleFor } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { placeNamedInstitution, widenInstitution } from "./institutions.ts";
import { foldWord, PLACE_NAMED_HEADS, TITLE_HEAD_VOCABULARY, TITLE_HEADS } from "./lexicon.ts";
import { isConfidentPerson, type PersonMention, type Span } from "./mentions.ts";
import { NOTES, note } from "./notes.ts";
import { readRole } from "./role-phrase.ts";
import type { MoveKind } from "./types.ts";
import { TITLED_LIST } from "./verb-patterns.ts";

// What a lead must say for the items after its colon to be moves: a count or plural of an
// announcement noun, a body newly formed, or a verb that appoints or welcomes.
const LIST_LEAD = new RegExp(
  [
    "(?:arrivées|nominations|recrutements|promotions|recrues|renforts|mouvements|changements|élus|élues|nommés|nommées|membres|dirigeants|dirigeantes)",
    "(?:nouveau|nouvelle|nouvel) (?:directoire|bureau|comité|conseil|équipe|tandem|trio|binôme)",
    // "Nouvelles têtes chez C :", "Nouveaux visages au comité de C :": the press's word for arrivals,
    // whose origins the items tell ("ex-D", "promu")
    "(?:nouvelles|nouveaux) (?:têtes|visages)",
    // "Arrivent au comité de direction : R1, A ; R2, B": arrivals told by the verb fronted before a body
    // (not a board: "Entrent au conseil d'administration : A, avocate, et B" names seats, the items'
    // titles being the new directors' own jobs)
    "(?:^|\\s)(?:arrivent|arriveront|entrent|entreront) (?:au|à la|dans (?:le|la|son|sa)) (?:comité|directoire|direction|équipe)",
    "(?:un|une|son|sa|leur) (?:tandem|trio|binôme|équipe)",
    // "avec trois vice-présidents délégués :", "en même temps que tout le bureau :"
    "(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix) \\p{L}+",
    "(?:tout le|le nouveau|son|leur) (?:bureau|directoire)",
    // "a renouvelé son comité lors de l'assemblée :", "renouvelle son conseil :"
    "(?:renouvelé|renouvelle|renouvellent) (?:son|leur|le|tout le) (?:bureau|directoire|comité|conseil)",
    // "Le bureau est complété : vice-président, A ; …", "a complété son bureau :"
    "(?:bureau|directoire|comité) (?:est|a été|sera) (?:complété|renouvelé|élu|constitué|composé)",
    "(?:complété|complète) (?:son|leur|le) (?:bureau|directoire|comité|conseil)",
    "(?:nomme|a nommé|ont nommé|désigne|a désigné|élit|a élu|ont élu|accueille|recrute|a recruté|promeut|a promu|annonce|se dote|se renforce|renforce|a choisi|choisit|s'entoure)",
  ].join("|"),
  "iu",
);
// "Dans l'attente de sa remplaçante, la direction sera assurée par un trio : A (R1), B (R2)": a post
// held for the time being by people who keep their own, whose titles the items give
const HELD_FOR_NOW =
  /(?<![\p{L}])(?:(?:assurée?|assumée?|exercée?)s?\s+par|intérim|dans l['’]attente)(?![\p{L}])/iu;
const PROMOTING_LEAD = /promotions?|promeut|a promu|promue?s?/iu;
const JOINING_LEAD =
  /arrivées|arrivent|arriveront|recrues|recrutements|renforts|accueille|recrute|a recruté|se renforce|renforce/iu;

// Where the lead names the employer: "chez C", "à l'AS C", "de la Fondation C", "au sein de C".
// "chez l'enseigne de centres auto C": after "chez", the house's description before its name
const EMPLOYER_CUE =
  /(?<![\p{L}])(?:chez|au sein d(?:e\s|u\s|')|à|de|du|d')\s*(?:(?:la|le|les)\s+|l['’])?(?=[\p{Lu}\p{N}])|(?<![\p{L}])chez\s+(?:(?:la|le|les)\s+|l['’])\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,5}\s+(?=[\p{Lu}\p{N}])/gu;

// What opens an item and is not part of it: a dash, a bullet, "et", "ainsi que".
const ITEM_OPENER = /^\s*(?:[–—•·▪*-]\s*)?(?:(?:et|ainsi qu(?:e\s|'))\s*)?(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/u;
const BODY_IN_LEAD = /(?<![\p{L}])(?:directoire|bureau|conseil|comité|commission)(?![\p{L}])/iu;
const HONORIFIC_BEFORE = /(?:M\.|Mme|Me|Dr|Pr)\s+$/u;
// "nommé directeur", "est directrice marketing", "comme Chief Product Officer": what may stand
// before the item's title
const TITLE_LEAD =
  /^\s*(?:(?:est|sera|comme|en tant que|en qualité de|au poste de)\s+)?(?:(?:nommée?|promue?|élue?|désignée?|reconduite?)\s+)?/u;
// "(finances)", "et", "ainsi qu'": no part of a title
// "A (directrice juridique, ex-C), B (…)": an item whose title opens a bracket the next part closes
const PART_OPENER = /^\s*(?:\([^)]*\)\s*|\((?=[^)]*$)\s*)?(?:(?:et|ainsi qu(?:e\s|'))\s*)?/u;
// What is said of a person beside the new title: an age, a past post, where they come from
const BACKGROUND_PART =
  /^\s*(?:\d{1,3}\s+ans\s*$|jusqu|ex-|anciens?\s|ancienne?s?\s|précédemment|auparavant|actuellement|venue?s?\s|arrivée?s?\s|issue?s?\s|passée?s?\s|qui\s|dont\s|tous deux|toutes deux)/iu;

export function addListItems(sentence: string, mentions: PersonMention[], moves: ClauseMove[]): void {
  const colon = sentence.search(/\s?:\s/u);
  if (colon < 0) return;
  const lead = sentence.slice(0, colon);
  if (!LIST_LEAD.test(lead) || HELD_FOR_NOW.test(lead)) return;
  const itemsFrom = colon + sentence.slice(colon).indexOf(":") + 1;
  const kind: MoveKind = PROMOTING_LEAD.test(lead)
    ? "promoted"
    : JOINING_LEAD.test(lead)
      ? "joined"
      : "appointed";
  const company = employerInLead(sentence, lead, mentions);
  // "Le cabinet C élit un nouveau managing partner : Me A, associée, succède à B": one person
  // after the colon is a title opener's, and the apposition is no title; a list has two items
  const items: { person: PersonMention; role: string; text: string }[] = [];
  // "deux nominations : A, chargé des marchés, …": an item's title is known by its head alone; but after
  // "a coopté deux nouveaux administrateurs :" the lead gives the title, and "A, gérante de la scierie
  // D" says the post A holds elsewhere
  const byHead = !allMatches(sentence.slice(0, itemsFrom), TITLED_LIST).some((m) =>
    opensLikeTitle(singularTitle(m[1]!)),
  );
  let itemStart = itemsFrom;
  for (const itemEnd of itemEnds(sentence, itemsFrom, mentions)) {
    // "B et C, vice-présidents": two officers of one item, its title in the plural for both
    const pair = coordinatedOfficers(sentence, mentions, itemStart, itemEnd);
    if (pair) {
      items.push(...pair.map((officer) => ({ ...officer, text: sentence.slice(itemStart, itemEnd) })));
      itemStart = itemEnd + 1;
      continue;
    }
    const person = mentions.find((m) => m.start >= itemStart && m.end <= itemEnd);
    const title = person ? itemTitle(sentence, mentions, person, itemStart, itemEnd, byHead) : null;
    // "– Mme Valentina Crivelli, directrice adjointe", "trésorier, Corentin Dubreuil (C)", "…, et
    // Tatiana Morelli, DRH": the honorific, the title before the name or the list's comma or "et"
    // vouches for a rare first name
    // (the first item, right after the lead's colon, is vouched for by the list as the next ones
    // are by its comma or "et": "Trois arrivées au C : Maddi Irigoyen, ex-D, comme R1 ; …")
    const vouched =
      person &&
      (isConfidentPerson(person) ||
        title?.before ||
        (itemStart === itemsFrom && ITEM_OPENER.test(sentence.slice(itemsFrom, person.start))) ||
        HONORIFIC_BEFORE.test(sentence.slice(itemStart, person.start)) ||
        LIST_JOINT.test(sentence.slice(itemsFrom, person.start)));
    if (person && title && vouched)
      items.push({ person, role: title.role, text: sentence.slice(itemStart, itemEnd) });
    itemStart = itemEnd + 1;
  }
  if (items.length < 2) {
    addSharedRank(sentence, lead, itemsFrom, mentions, moves, kind, company);
    return;
  }
  // "a nommé un nouveau directoire : – A, présidente": an officer of the body the lead names, whose
  // title may or may not carry the body's name ("présidente du directoire")
  const notes = BODY_IN_LEAD.test(lead) ? [note(NOTES.bodyOfficer)] : [];
  for (const { person, role, text } of items) {
    const read = moves.find((m) => overlaps(m.person, person));
    // "…, et Tatiana Morelli, ex-Campéo, DRH": a name the lexicon does not vouch for, read for its place
    const own = isConfidentPerson(person) ? notes : [...notes, note(NOTES.weakName)];
    // "– M. Loïc Antille, 32 ans, nommé directeur": the item's own participle read it; the lead
    // still names the employer
    if (read?.role) {
      // "A devient R1, B directeur des villages et C, ex-D, DRH": a title read on into the next
      // item's name is the item's own
      if (
        items.some((other) => other.person !== person && read.role!.includes(textOf(sentence, other.person)))
      )
        read.role = role;
      // only a title the item states is the lead's employer's: "et C prend la direction de la
      // communication" was turned into a title by its own reader, which may have guessed
      if (text.includes(read.role)) read.company ??= company;
      continue;
    }
    // the verb read the person ("a nommé un nouveau directoire : – A, …"), the item the title
    if (read) {
      read.role = role;
      read.company ??= company;
      read.shape = "list item";
      read.notes.push(...own);
    } else moves.push({ shape: "list item", person, kind, role, company, predecessor: null, notes: own });
  }
}

const textOf = (sentence: string, span: Span) => sentence.slice(span.start, span.end);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Where each item ends: at a semicolon when the list has them, else where the next person named
 * after the colon starts ("A, premier vice-président, B, trésorier, et C, secrétaire").
 */
const LIST_JOINT = /(?:,|(?<![\p{L}])et|ainsi qu(?:e|['’]))\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?$/u;

function* itemEnds(sentence: string, from: number, mentions: PersonMention[]): Generator<number> {
  const joined = (m: PersonMention) => LIST_JOINT.test(sentence.slice(from, m.start));
  if (sentence.indexOf(";", from) >= 0)
    for (let at = sentence.indexOf(";", from); at >= 0; at = sentence.indexOf(";", at + 1)) yield at;
  // a weak name ("Tatiana Morelli") starts an item too when a comma or "et" brings it
  else
    for (const next of mentions
      .filter((m) => m.start > from && (isConfidentPerson(m) || joined(m)))
      .slice(1)) {
      yield next.start - 1;
      // "Me A, associée en droit fiscal, succède à Me B": a verb, not a comma or "et", before the
      // next name ends the list
      if (!LIST_JOINT.test(sentence.slice(from, next.start))) return;
    }
  yield sentence.length;
}

/** The item's own title: "A, directeur de la billetterie" or, `before` the name, "trésorière, A (C)". */
function itemTitle(
  sentence: string,
  mentions: PersonMention[],
  person: PersonMention,
  itemStart: number,
  itemEnd: number,
  byHead: boolean,
): { role: string; before: boolean } | null {
  const before = sentence.slice(itemStart, person.start);
  if (ITEM_OPENER.test(before)) {
    // the first part between commas that says something new of the person is the title:
    // "A (finances), …" says nothing, "B, ancienne de C, est directrice marketing" the third part
    for (const part of allMatches(sentence.slice(person.end, itemEnd), /[^,]+/gu)) {
      // "et D (directeur juridique)": a title told whole in the bracket after the name
      const bracketed = /^\s*\(([^()]+)\)/u.exec(part[0]);
      if (bracketed && part.index === 0) {
        const at = person.end + bracketed[0].indexOf("(") + 1;
        const role = readRole(sentence, at, at + bracketed[1]!.length);
        const head = foldWord(role?.role.split(/\s+/u)[0] ?? "");
        if (role && !role.company && looksLikeTitle(role.role) && TITLE_HEADS.has(head))
          return { role: role.role, before: false };
      }
      const from = person.end + part.index + (PART_OPENER.exec(part[0])?.[0].length ?? 0);
      const text = sentence.slice(from, person.end + part.index + part[0].length);
      if (!/\p{L}/u.test(text) || BACKGROUND_PART.test(text)) continue;
      const skipped = TITLE_LEAD.exec(text)?.[0].length ?? 0;
      // the title stops at the next name, weak or not ("directeur des villages et Tatiana Morelli")
      const partEnd = person.end + part.index + part[0].length;
      const nextName = mentions.find((m) => m.start > from)?.start ?? partEnd;
      const role = readRole(sentence, from + skipped, Math.min(partEnd, nextName));
      // after the name in an announced list, a title by its place: its head is enough ("chargé des marchés")
      // (any noun a title opens with: "comme préparatrice physique", "comme kinésithérapeute")
      const isTitle = byHead ? opensLikeTitleInAList : looksLikeTitle;
      return role && isTitle(role.role) ? { role: role.role, before: false } : null;
    }
    return null;
  }
  // "trésorière, Annick Lebrun (Vergers de Kervidel)": the title first
  const titled = /^\s*(?:[–—•·▪*-]\s*)?(?:et\s+)?(\p{Ll}[\p{Ll}\s'’-]{2,60}?)\s*,\s*$/u.exec(before);
  if (!titled) return null;
  const title = titled[1]!.trim();
  // "secrétaire, Quentin X": in a list of officers, the secretary's office is a title by itself
  return looksLikeTitle(title) || OFFICER_ALONE.test(title) ? { role: title, before: true } : null;
}

const opensLikeTitleInAList = (role: string) =>
  opensLikeTitle(role) || TITLE_HEAD_VOCABULARY.has(foldWord(role.split(/\s+/u)[0] ?? ""));

const OFFICER_ALONE = /^secrétaires?(?:\s+adjointe?s?)?$/u;

// "; Corinne Roy et Marc Lin, vice-présidents ;": confident names joined by "et" or commas that open
// the item, then one title in the plural, each officer's in the singular and agreeing with them
function coordinatedOfficers(
  sentence: string,
  mentions: PersonMention[],
  itemStart: number,
  itemEnd: number,
): { person: PersonMention; role: string }[] | null {
  const inItem = mentions.filter((m) => m.start >= itemStart && m.end <= itemEnd);
  if (inItem.length < 2 || !ITEM_OPENER.test(sentence.slice(itemStart, inItem[0]!.start))) return null;
  const people = [inItem[0]!];
  for (const next of inItem.slice(1)) {
    if (!NAME_JOINT.test(sentence.slice(people.at(-1)!.end, next.start))) break;
    people.push(next);
  }
  if (people.length < 2 || !people.every(isConfidentPerson)) return null;
  const comma = /^\s*,\s*/u.exec(sentence.slice(people.at(-1)!.end, itemEnd));
  if (!comma) return null;
  const role = readRole(sentence, people.at(-1)!.end + comma[0].length, itemEnd);
  // the title is said in the plural: "vice-présidents", "secrétaires adjoints"
  if (!role || !/[sx](?:\s|$)/u.test(role.role) || !looksLikeTitle(singularTitle(role.role))) return null;
  return people.map((person) => ({
    person,
    role: titleFor(person, role.role, sentence.slice(person.start)),
  }));
}

/** The first employer the lead names after "chez", "à", "de"…, not a person's name. */
function employerInLead(sentence: string, lead: string, mentions: PersonMention[]): Span | null {
  for (const cue of allMatches(lead, EMPLOYER_CUE)) {
    // "Parcs Éoliens du Littoral a annoncé trois nominations": the cue inside a name reads it whole
    const capitalisedBefore = /^d/u.test(cue[0])
      ? /(?:^|[\s'’])((?:\p{Lu}[\p{L}'’&-]*\s+)+)$/u.exec(lead.slice(0, cue.index))
      : null;
    const run =
      (capitalisedBefore && readCompanyAfter(sentence, cue.index - capitalisedBefore[1]!.length)) ||
      readCompanyAfter(sentence, cue.index + cue[0].length);
    if (!run || run.end > lead.length) continue;
    // "accueille deux transfuges de D :": the house the people come from, not the employer
    if (/^d/u.test(cue[0]) && ORIGIN_BEFORE.test(lead.slice(0, cue.index))) continue;
    // "du Musée de la mécanique d'art de Vernemont": an institution's name runs on in lower case
    // "du Musée de la mécanique d'art de Vernemont": the name runs on to its place
    const company = placeNamedInstitution(sentence, run) ?? widenInstitution(sentence, run);
    if (mentions.some((m) => isConfidentPerson(m) && overlaps(m, company))) continue;
    if (!/\s/u.test(company.text) && PLACE_NAMED_HEADS.has(foldWord(company.text))) continue;
    // "a élu son bureau lors de son congrès de Millau": where a meeting was held is no employer
    if (MEETING_BEFORE.test(lead.slice(0, cue.index))) continue;
    return company;
  }
  // "L'Union des guides (UG) a élu son nouveau bureau lors de … :": the lead's subject
  const subject = readCompanyAfter(sentence, 0);
  if (subject && subject.end <= lead.length && LEAD_VERB_AFTER.test(sentence.slice(subject.end, lead.length)))
    return placeNamedInstitution(sentence, subject) ?? widenInstitution(sentence, subject);
  return null;
}

const ORIGIN_BEFORE =
  /(?<![\p{L}])(?:transfuges?|anciens?|anciennes?|venue?s?|issue?s?|débauchée?s?|arrivée?s?)\s*$/u;

// the meeting whose place the lead names: "lors de son congrès de", "à l'assemblée générale de"
export const MEETING_BEFORE =
  /(?:congrès|assemblée(?:\s+générale)?|réunion|séance|session|colloque|salon|séminaire|journées)\s*$/u;
// the subject's verb, after an acronym in brackets: "(UG) a élu", "a renouvelé", "s'est doté"
const LEAD_VERB_AFTER =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,]{1,80},\s*)?(?:a|ont|vient d['’]|s['’]est)\s+\p{Ll}/u;

// "trois promotions au rang d'associé : A, B et C, arrivés en 2016": the rank the lead names is
// every listed person's title, agreeing with each
const RANK_IN_LEAD =
  /(?:au rang|au poste|aux postes|aux fonctions|au titre|au grade) d(?:e\s+|['’])(\p{Ll}[\p{Ll}\s'’-]{1,40}?)\s*$/u;
// names one after the other: "A, B et C"
const NAME_JOINT = /^\s*(?:,|,?\s*et)\s*$/u;

function addSharedRank(
  sentence: string,
  lead: string,
  itemsFrom: number,
  mentions: PersonMention[],
  moves: ClauseMove[],
  kind: MoveKind,
  company: Span | null,
): void {
  const rank = RANK_IN_LEAD.exec(lead)?.[1];
  if (!rank || !looksLikeTitle(singularTitle(rank))) return;
  const people: PersonMention[] = [];
  let from = itemsFrom;
  for (const mention of mentions.filter((m) => m.start >= itemsFrom)) {
    const gap = sentence.slice(from, mention.start);
    if (people.length > 0 ? !NAME_JOINT.test(gap) : /\S/u.test(gap)) break;
    if (!isConfidentPerson(mention)) break;
    people.push(mention);
    from = mention.end;
  }
  if (people.length < 2) return;
  for (const person of people) {
    const read = moves.find((m) => overlaps(m.person, person));
    const role = titleFor(person, rank, sentence.slice(person.start));
    if (read) {
      if (!read.role) {
        read.role = role;
        read.company ??= company;
        read.notes.push(note(NOTES.roleSharedByList));
      }
      continue;
    }
    moves.push({
      shape: "list item",
      person,
      kind,
      role,
      company,
      predecessor: null,
      notes: [note(NOTES.roleSharedByList)],
    });
  }
}
