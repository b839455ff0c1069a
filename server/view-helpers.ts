import type { HelperOptions } from "handlebars";
import { noteLabel } from "../jobs/parse/notes.ts";
import { noteOfReason } from "../jobs/parse/reason-texts.ts";
import { dayInField, PARIS_TIME_ZONE } from "../shared/calendar.ts";
import { type PathName, paths } from "../shared/site-paths.ts";
import * as vocabulary from "../shared/vocabulary.ts";

/**
 * Every Handlebars helper, registered once by server/views.ts. Dates are shown in fr-FR, in the
 * Europe/Paris zone, whatever the server's own zone.
 */

// Widened to string keys: templates pass whatever code a row holds, and an unknown one is shown as is.
export const KIND_LABELS: Record<string, string> = vocabulary.KIND_LABELS;
export const SENIORITY_LABELS: Record<string, string> = vocabulary.SENIORITY_LABELS;
export const FUNCTION_LABELS: Record<string, string> = vocabulary.FUNCTION_LABELS;

/**
 * French labels of the codes Carnet stores (in English) and the admin shows, by kind, in one place:
 * templates write {{fr "frequency" subscriber.frequency}}, code calls frLabel("action", …). A code
 * without a label is shown as it is, so a new one is visible rather than hidden.
 */
export const FR_LABELS: Record<string, Record<string, string>> = {
  kind: KIND_LABELS,
  seniority: SENIORITY_LABELS,
  function: FUNCTION_LABELS,
  frequency: vocabulary.FREQUENCY_LABELS,
  cadence: vocabulary.CADENCE_LABELS,
  moveStatus: vocabulary.MOVE_STATUS_LABELS,
  subscriberStatus: vocabulary.SUBSCRIBER_STATUS_LABELS,
  personRequestKind: { correction: "Correction", removal: "Retrait" },
  subscriberMail: {
    subscription_confirm: "Lien de confirmation",
    subscription_manage_link: "Lien de gestion",
  },
  personRequestMail: {
    person_request_confirm: "Lien de confirmation",
    person_request_outcome: "Réponse",
  },
  /** Every kind of the outbox, for the site-wide mail log where both families sit together. */
  outboxMail: {
    subscription_confirm: "Confirmation d’abonnement",
    subscription_manage_link: "Lien de gestion des alertes",
    person_request_confirm: "Confirmation de demande (fiche)",
    person_request_outcome: "Réponse à une demande (fiche)",
  },
  personRequestStatus: {
    unconfirmed: "Non confirmée",
    open: "À traiter",
    accepted: "Acceptée",
    refused: "Refusée",
  },
  role: { admin: "Administrateur", editor: "Éditeur" },
  /** How a received newsletter came in (inbound_messages.via). */
  via: { smtp: "SMTP", imap: "IMAP", upload: "téléversement", cli: "ligne de commande" },
  entity: {
    move: "Mouvement",
    person: "Personne",
    company: "Entreprise",
    issue: "Numéro",
    subscriber: "Abonné",
    admin_user: "Compte",
    suppression: "Retrait",
    paragraph: "Paragraphe",
    person_request: "Demande d’une personne citée",
  },
  action: {
    "move.approve": "Mouvement publié",
    "move.reject": "Mouvement rejeté",
    "move.edit": "Mouvement corrigé",
    "move.edit_approve": "Mouvement corrigé et publié",
    "person.rename": "Personne modifiée",
    "company.rename": "Entreprise modifiée",
    "person.merge": "Personnes fusionnées",
    "company.merge": "Entreprises fusionnées",
    "company.alias_add": "Alias ajouté",
    "company.alias_remove": "Alias retiré",
    "duplicate.dismiss": "Doublon écarté",
    "issue.import": "Numéro importé",
    "paragraph.add_move": "Mouvement ajouté depuis un paragraphe",
    "paragraph.dismiss": "Paragraphe écarté",
    "subscriber.resend_confirmation": "Confirmation renvoyée",
    "suppression.create": "Retrait ajouté",
    "suppression.update": "Retrait modifié",
    "suppression.delete": "Retrait levé",
    "account.create": "Compte créé",
    "account.update": "Compte modifié",
    "person_request.submit": "Demande d’une personne citée envoyée",
    "person_request.confirm": "Demande d’une personne citée confirmée",
    "person_request.accept": "Demande d’une personne citée acceptée",
    "person_request.refuse": "Demande d’une personne citée refusée",
    "person_request.notify": "Réponse envoyée au demandeur",
  },
  /** Fields of the audit log's before/after. */
  field: {
    status: "Statut",
    role: "Poste",
    function: "Fonction",
    kind: "Type",
    seniority: "Niveau",
    name: "Nom",
    slug: "Adresse",
    alias: "Alias",
    email: "E-mail",
    disabled: "Désactivé",
    published_on: "Date",
    person: "Personne",
    company: "Entreprise",
    predecessor: "Prédécesseur",
    reason: "Motif",
    loser: "Fiche fusionnée",
    survivor: "Fiche gardée",
    moves: "Mouvements",
    previousCompanyLinks: "Ancien employeur dans",
    aliases: "Alias",
    follows: "Suivis",
    id: "N°",
    title: "Titre",
    file: "Fichier",
    response: "Réponse",
    due_at: "Échéance",
    move: "Mouvement",
    people: "Fiches",
    predecessors_cleared: "Prédécesseurs effacés",
    paragraphs_redacted: "Paragraphes anonymisés",
  },
};

/**
 * A code as an editor reads it. A record's reason (English in the JSON contract) is shown by the
 * French label of its kind (jobs/parse/notes.ts, doubts.ts), the newsletter's words it quotes kept
 * as written; a reason no kind writes (an older record's) is shown as stored.
 */
export function frLabel(kind: string, value: unknown): string {
  const code = String(value ?? "");
  if (kind === "reason") {
    const said = noteOfReason(code);
    return said ? noteLabel(said) : code;
  }
  return FR_LABELS[kind]?.[code] ?? code;
}

const TZ = PARIS_TIME_ZONE;
const longDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TZ,
});
const shortDate = new Intl.DateTimeFormat("fr-FR", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: TZ,
});
const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeStyle: "short", timeZone: TZ });
const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: TZ });
const numberFormat = new Intl.NumberFormat("fr-FR");

/**
 * A count as French writes it ("1 250"). Below a thousand that is its digits, which need no Intl call
 * (about 1.5 µs each): the search page's facets show some thirty counts, all at most COUNT_CAP, and
 * formatting them was most of what rendering the facets cost (issue 14: the page's CPU against the API's).
 */
const formatCount = (value: number) =>
  Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numberFormat.format(value);

/** 'YYYY-MM-DD' is a calendar day, not an instant: read it at noon UTC so no zone moves it. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  if (typeof value === "string" || typeof value === "number") {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/**
 * Calendar days as shown, remembered: Intl formatting costs about 3 µs a date, a third of what the
 * search page's move list costs to render (issue 14), and a directory's pages show the same few
 * hundred days again and again. Bounded like the search's memos: cleared when full.
 */
const longDays = new Map<string, string>();
const DAYS_REMEMBERED = 5_000;

export const formatDateFr = (value: unknown) => {
  const day = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  const known = day && longDays.get(day);
  if (known) return known;
  const d = toDate(value);
  const shown = d ? longDate.format(d) : "";
  if (day) {
    if (longDays.size >= DAYS_REMEMBERED) longDays.clear();
    longDays.set(day, shown);
  }
  return shown;
};

/** "1 mouvement", "3 mouvements", "0 paragraphe": French takes the singular below 2. */
/**
 * What an import left for review, worded the same after the upload and in the imports history: moves waiting
 * for review ("pending") and paragraphs the parser did not understand (the queue's "Paragraphe non compris").
 */
export function reviewLeftText(pendingMoves: number, unreadParagraphs: number): string {
  return `${countOf(pendingMoves, "mouvement à relire", "mouvements à relire")}, ${countOf(
    unreadParagraphs,
    "paragraphe non compris",
    "paragraphes non compris",
  )}`;
}

export function countOf(count: number, singular: string, pluralForm: string): string {
  return `${formatCount(count)} ${Math.abs(count) < 2 ? singular : pluralForm}`;
}

export const helpers = {
  date: (value: unknown) => formatDateFr(value),
  dateShort: (value: unknown) => {
    const d = toDate(value);
    return d ? shortDate.format(d) : "";
  },
  dateTime: (value: unknown) => {
    const d = toDate(value);
    return d ? dateTime.format(d) : "";
  },
  monthYear: (value: unknown) => {
    const d = toDate(value);
    return d ? monthYear.format(d) : "";
  },
  isoDate: (value: unknown) => toDate(value)?.toISOString().slice(0, 10) ?? "",
  /**
   * A day in a form's text field, as its hint says (jj/mm/aaaa): "2025-03-15" → "15/03/2025".
   * Anything else (what someone typed and the form sends back with its error) is shown as typed.
   */
  dayField: (value: unknown) => (typeof value === "string" ? dayInField(value) : ""),
  number: (value: unknown) => (typeof value === "number" ? formatCount(value) : String(value ?? "")),
  /** {{plural count "mouvement" "mouvements"}} → "1 mouvement", "3 mouvements" (French: 0 and 1 are singular). */
  /** {{reviewLeft pending unread}} → "1 mouvement à relire, 2 paragraphes non compris" (see reviewLeftText). */
  reviewLeft: (pending: unknown, unread: unknown) =>
    reviewLeftText(Number(pending) || 0, Number(unread) || 0),
  plural: (count: unknown, singular: string, pluralForm: string) =>
    countOf(Number(count) || 0, singular, pluralForm),
  /** Positions are stored from 0; people count from 1 ("paragraphe 1"). */
  position: (index: unknown) => (Number(index) || 0) + 1,
  /** {{fr "frequency" value}}: the French label of a stored code (FR_LABELS). */
  fr: (kind: string, value: unknown) => frLabel(kind, value),
  kindLabel: (kind: string) => KIND_LABELS[kind] ?? kind,
  seniorityLabel: (value: string) => SENIORITY_LABELS[value] ?? value,
  functionLabel: (value: string) => FUNCTION_LABELS[value] ?? value,
  percent: (value: unknown) => `${Math.round((Number(value) || 0) * 100)} %`,
  eq: (a: unknown, b: unknown) => a === b || String(a) === String(b),
  ne: (a: unknown, b: unknown) => !(a === b || String(a) === String(b)),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (value: unknown) => !value,
  json: (value: unknown) => JSON.stringify(value),
  /** {{#each}}-friendly key/value list of an object, for <select> options built from label maps. */
  entries: (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label })),
  /** {{urlWith base query "cursor" next}}: the same search with one parameter changed or removed. */
  urlWith: (base: string, query: Record<string, unknown>, ...rest: unknown[]) => {
    const pairs = rest.slice(0, -1) as unknown[];
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
    }
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = String(pairs[i]);
      const value = pairs[i + 1];
      if (value === undefined || value === null || value === "") params.delete(key);
      else params.set(key, String(value));
    }
    const qs = params.toString();
    return qs ? `${base}?${qs}` : base;
  },
  /** {{path "person" slug}}: a page's address from shared/site-paths.ts, never spelled out in a template. */
  path: (name: string, ...rest: unknown[]) => {
    const build = paths[name as PathName] as ((...args: unknown[]) => string) | undefined;
    if (!build) throw new Error(`{{path}}: no page named "${name}" in shared/site-paths.ts`);
    // Handlebars passes its options last. One argument is the common case (a slug, an id): called
    // directly, without copying the arguments (a hundred calls a search page).
    return rest.length === 2 ? build(rest[0]) : build(...rest.slice(0, -1));
  },
  /** Block helper: {{#times 3}}…{{/times}}. */
  times(this: unknown, n: number, options: HelperOptions) {
    let out = "";
    for (let i = 0; i < n; i++) out += options.fn({ index: i });
    return out;
  },
};
