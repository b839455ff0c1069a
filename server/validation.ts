import { z } from "zod";
import { dayFromField, isCalendarDay } from "../shared/calendar.ts";
import { Invalid } from "./errors.ts";

// The site, the API and the admin answer in French: a schema without a message of its own gets
// zod's French one ("Option invalide : une valeur parmi … attendue") instead of its English default.
// The environment's messages stay in English (config.ts asks for them at its parse).
z.config(z.locales.fr());

/**
 * C0 control characters (tab, line feed and carriage return excepted) and DEL. PostgreSQL refuses
 * NUL in text outright, and none of the others belongs in a name, a search or a form field: they are
 * refused at the edge with a 400 naming the field rather than reaching the database.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "caractère de contrôle interdit";

export const hasControlCharacter = (value: string): boolean => CONTROL_CHARACTER.test(value);

/**
 * The shared refinement: fails on any string, at any depth of the input (query, body, params),
 * holding a control character, with the issue's path on that string. parseInput and formInput put it
 * in front of every schema, so a schema written tomorrow is covered without remembering to.
 */
export const withoutControlCharacters = z.unknown().superRefine((input, ctx) => {
  const visit = (value: unknown, path: PropertyKey[]): boolean => {
    if (typeof value === "string") {
      if (!hasControlCharacter(value)) return false;
      ctx.addIssue({ code: "custom", path, message: CONTROL_CHARACTER_MESSAGE });
      return true;
    }
    if (Array.isArray(value)) return value.some((item, index) => visit(item, [...path, index]));
    if (value && typeof value === "object")
      return Object.entries(value).some(([key, item]) => visit(item, [...path, key]));
    return false;
  };
  visit(input, []);
});

/**
 * Each schema's guarded form, made once: building a zod pipe costs more than parsing a search's
 * query with it (5.7 µs against 2.2, issue 14), and every search built one, the page two.
 */
const guarded = new WeakMap<z.ZodType, z.ZodType>();

/** A schema guarded by the refinement above, for routes that render their own form errors. */
export function formInput<S extends z.ZodType>(schema: S) {
  let piped = guarded.get(schema) as ReturnType<typeof withoutControlCharacters.pipe<S>> | undefined;
  if (!piped) {
    piped = withoutControlCharacters.pipe(schema);
    guarded.set(schema, piped);
  }
  return piped;
}

/**
 * Parses request input with a zod schema; the first problem becomes an Invalid error naming the
 * field, so every route answers bad input with a 400 that says which parameter is wrong.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = formInput(schema).safeParse(input);
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0]!;
  // A bare value (no path) is a record's number taken from the address: /admin/entreprises/abc.
  const field = issue.path.map(String).join(".") || "id";
  throw new Invalid(field, `Paramètre « ${field} » invalide : ${issue.message}`);
}

const DAY_FORMAT = "date attendue au format jj/mm/aaaa (ou AAAA-MM-JJ)";

/**
 * A calendar day from a form or a URL: AAAA-MM-JJ (what a date field sends, and the API's form) or
 * jj/mm/aaaa (what the pages' hint says, and what a French reader types where the browser shows a
 * plain text box; shared/calendar.ts). Comes out as AAAA-MM-JJ; a day that does not exist
 * (30/02/2025) is refused.
 */
export const calendarDay = z
  .string({ error: DAY_FORMAT })
  .trim()
  .transform(dayFromField)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, DAY_FORMAT)
      .refine(isCalendarDay, "cette date n’existe pas"),
  );

/** A row's id in a URL or a form (a move, an account, a subscriber…): a positive integer. */
export const idParam = z.coerce
  .number({ error: "numéro attendu (un nombre entier positif)" })
  .int("numéro attendu (un nombre entier positif)")
  .positive("numéro attendu (un nombre entier positif)");

/** A person's or company's address in a URL. */
export const slugParams = z.object({ slug: z.string().max(200, "200 caractères au plus") });
