// Carnet's calendar is Paris's, whatever the server's own zone: a newsletter sent at 23:30 UTC on
// the 31st is dated the 1st, and "today" on the site, in exports and in imports is the Paris day.

export const PARIS_TIME_ZONE = "Europe/Paris";

// sv-SE formats a date as YYYY-MM-DD, the form PostgreSQL's `date` reads and writes.
const parisDayFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: PARIS_TIME_ZONE });

/** The calendar day in Paris of an instant, as YYYY-MM-DD. */
export const parisDay = (instant: Date): string => parisDayFormat.format(instant);

/*
 * The day a French reader types in a form's text field: jj/mm/aaaa, day first whatever the
 * browser's language (a browser's own date field types in its language's order, month first in an
 * English-language one). Stored, and sent by the API, as AAAA-MM-JJ. The two functions below are
 * each other's inverse on real days; anything else goes through as typed, so a form sent back with
 * its error shows what was typed, and the validation refuses it with a message.
 */

/** What a form's day field holds, as AAAA-MM-JJ: "5/3/2025" → "2025-03-05"; anything else as typed. */
export function dayFromField(typed: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(typed);
  return french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : typed;
}

/** A day shown in a form's field as its hint says: "2025-03-15" → "15/03/2025"; anything else as given. */
export function dayInField(day: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : day;
}

/** AAAA-MM-JJ naming a day that exists (2025-02-30 does not). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
