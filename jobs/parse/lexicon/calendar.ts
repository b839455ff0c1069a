// The calendar as dates are written in French, accents kept: regex alternations for running text
// ("le 1er mars", "en janvier", "depuis lundi"); folded, they are also words a name never starts with.
export const MONTH_NAMES = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;
export const WEEKDAY_NAMES = [
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
] as const;
/** "janvier|février|…|décembre" */
export const MONTH = MONTH_NAMES.join("|");
/** "lundi|…|dimanche" */
export const WEEKDAY = WEEKDAY_NAMES.join("|");
/** "lundi|…|vendredi": the days a newsletter dates an appointment by ("depuis lundi"). */
export const WORKDAY = WEEKDAY_NAMES.slice(0, 5).join("|");
