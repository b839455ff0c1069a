// An issue's date and title read from its own first line ("La Lettre RH — 17 juin 2025"), and the
// range of dates an issue may carry. Pure: "today" is passed in.

import { foldWord, MONTH_NAMES } from "./lexicon.ts";

const MONTH_NUMBERS = new Map(MONTH_NAMES.map((name, index) => [foldWord(name), index + 1]));
// Title lines are often typed without accents ("3 fevrier 2026").
const MONTH_WITH_OR_WITHOUT_ACCENTS = MONTH_NAMES.map((name) =>
  name.replace(/é/gu, "[ée]").replace(/û/gu, "[ûu]"),
).join("|");

// "17 juin 2025", "1er juillet 2025", "mardi 3 février 2026", and the numeric "17/06/2025".
const WORD_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(1er|\d{1,2})\s+(${MONTH_WITH_OR_WITHOUT_ACCENTS})\s+(\d{4})(?!\d)`,
  "iu",
);
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/u;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A French date written in a line of text, as 'YYYY-MM-DD', or null. */
export function frenchDate(line: string): string | null {
  const words = WORD_DATE.exec(line);
  if (words) {
    const day = words[1]!.toLowerCase() === "1er" ? 1 : Number(words[1]);
    return isoDate(Number(words[3]), MONTH_NUMBERS.get(foldWord(words[2]!))!, day);
  }
  const numeric = NUMERIC_DATE.exec(line);
  return numeric ? isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) : null;
}

// A heading, not a paragraph: short, and not ending like a sentence (unless it carries a date).
const MAX_TITLE_LENGTH = 150;

/**
 * The first line of a plain-text issue when it reads as the newsletter's title line, with the date
 * it carries. A section heading ("+ MOUVEMENTS") or a paragraph is no title.
 */
export function readTitleLine(text: string): { title: string | null; published_on: string | null } {
  const first = text
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .find((line) => line !== "");
  if (!first || first.startsWith("+") || first.length > MAX_TITLE_LENGTH)
    return { title: null, published_on: null };
  const published_on = frenchDate(first);
  if (!published_on && /[.!?;,:]$/u.test(first)) return { title: null, published_on: null };
  return { title: first, published_on };
}

/** Issues older than this are not newsletters we read (e-mail newsletters barely existed). */
export const EARLIEST_ISSUE_DATE = "1990-01-01";
/** An issue may be dated a little ahead (time zones, a newsletter sent the evening before). */
export const DAYS_AHEAD_ALLOWED = 3;

/** The latest date an issue may carry when today is `today` ('YYYY-MM-DD'). */
export function latestIssueDate(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + DAYS_AHEAD_ALLOWED);
  return date.toISOString().slice(0, 10);
}

// The person importing reads dates as the site shows them (« 7 décembre 2026 »); a year the
// formatter cannot write (five digits) is shown as it was given.
const FRENCH_DAY = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
function readableDate(isoDay: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(isoDay) ? FRENCH_DAY.format(new Date(`${isoDay}T00:00:00Z`)) : isoDay;
}

/** Null when `date` is a plausible issue date, else why not (in French, for the person importing). */
export function issueDateProblem(date: string, today: string): string | null {
  const parts = /^[+-]?(\d{4,})-(\d{2})-(\d{2})$/u.exec(date);
  if (!parts || !isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])))
    return `la date « ${date} » n’est pas une date valide.`;
  const latest = latestIssueDate(today);
  if (parts[1]!.length > 4 || date < EARLIEST_ISSUE_DATE || date > latest)
    return `la date du numéro (${readableDate(date)}) est hors de la plage admise, du ${readableDate(EARLIEST_ISSUE_DATE)} au ${readableDate(latest)}.`;
  return null;
}
