// Carnet's calendar is Paris's, whatever the server's own zone: a newsletter sent at 23:30 UTC on
// the 31st is dated the 1st, and "today" on the site, in exports and in imports is the Paris day.

export const PARIS_TIME_ZONE = "Europe/Paris";

// sv-SE formats a date as YYYY-MM-DD, the form PostgreSQL's `date` reads and writes.
const parisDayFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: PARIS_TIME_ZONE });

/** The calendar day in Paris of an instant, as YYYY-MM-DD. */
export const parisDay = (instant: Date): string => parisDayFormat.format(instant);
