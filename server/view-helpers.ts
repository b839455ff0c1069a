import type { HelperOptions } from "handlebars";

/**
 * Every Handlebars helper, registered once by server/views.ts. Dates are shown in fr-FR, in the
 * Europe/Paris zone, whatever the server's own zone.
 */

export const KIND_LABELS: Record<string, string> = {
  joined: "Arrivée",
  appointed: "Nomination",
  promoted: "Promotion",
};

export const SENIORITY_LABELS: Record<string, string> = {
  c_level: "Direction générale (C-level)",
  vp: "Vice-président·e",
  director: "Directeur·rice",
  head: "Responsable (head of)",
  manager: "Manager",
  other: "Autre",
};

export const FUNCTION_LABELS: Record<string, string> = {
  finance: "Finance",
  marketing_communication: "Marketing & communication",
  sales: "Commercial",
  tech_product: "Tech & produit",
  hr: "Ressources humaines",
  operations: "Opérations",
  general_management: "Direction générale",
  other: "Autre",
};

const TZ = "Europe/Paris";
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

export const formatDateFr = (value: unknown) => {
  const d = toDate(value);
  return d ? longDate.format(d) : "";
};

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
  number: (value: unknown) => (typeof value === "number" ? numberFormat.format(value) : String(value ?? "")),
  /** {{plural count "mouvement" "mouvements"}} → "1 mouvement", "3 mouvements" (French: 0 and 1 are singular). */
  plural: (count: unknown, singular: string, pluralForm: string) => {
    const n = Number(count) || 0;
    return `${numberFormat.format(n)} ${Math.abs(n) < 2 ? singular : pluralForm}`;
  },
  /** Positions are stored from 0; people count from 1 ("paragraphe 1"). */
  position: (index: unknown) => (Number(index) || 0) + 1,
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
  /** Block helper: {{#times 3}}…{{/times}}. */
  times(this: unknown, n: number, options: HelperOptions) {
    let out = "";
    for (let i = 0; i < n; i++) out += options.fn({ index: i });
    return out;
  },
};
