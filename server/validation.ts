import type { z } from "zod";
import { Invalid } from "./errors.ts";

/**
 * Parses request input with a zod schema; the first problem becomes an Invalid error naming the
 * field, so every route answers bad input with a 400 that says which parameter is wrong.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "input";
  throw new Invalid(field, `Paramètre « ${field} » invalide : ${issue.message}`);
}
