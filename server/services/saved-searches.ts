import type { SavedSearchCriteria } from "../../db/repositories/saved-searches.ts";
import { companyKey } from "../../shared/names.ts";
import { FUNCTION_LABELS, KIND_LABELS, SENIORITY_LABELS } from "../../shared/vocabulary.ts";
import { Invalid } from "../errors.ts";
import { type SearchQuery, searchQuerySchema } from "./search.ts";

/**
 * A /recherche URL turned into a saved search: its criteria (the dates, sort and page dropped —
 * an alert is about what is published from now on), a canonical query string that identifies it
 * and a name for the digest's heading.
 */

/** The criteria an alert keeps, in the order of the canonical query string. */
const KEPT = ["q", "company", "kind", "seniority", "function"] as const;

/** The search page's names for its parameters, for a message about a pasted address. */
const PARAMETER_NAMES: Record<string, string> = {
  q: "mots cherchés",
  company: "entreprise",
  since: "date de début",
  until: "date de fin",
  kind: "type",
  seniority: "niveau",
  function: "fonction",
  sort: "tri",
  cursor: "page",
  limit: "nombre de résultats",
};
const CHOICES: Record<string, Record<string, string>> = {
  kind: KIND_LABELS,
  seniority: SENIORITY_LABELS,
  function: FUNCTION_LABELS,
};

/** Accepts a whole URL ("https://…/recherche?q=…"), a path, or just the query string. */
export function savedSearchFrom(input: string, field = "searches"): SavedSearchCriteria {
  const text = input.trim();
  const queryString = text.includes("?") ? text.slice(text.indexOf("?") + 1) : text;
  const params = Object.fromEntries(new URLSearchParams(queryString.split("#")[0]));
  const parsed = searchQuerySchema.safeParse(params);
  if (!parsed.success) {
    // In the page's words: "type : valeur inconnue (Arrivée, Nomination, Promotion)", not the
    // parameter's codes (joined, appointed…), which a reader never saw.
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? "");
    const choices = CHOICES[parameter];
    const problem = choices ? `valeur inconnue (${Object.values(choices).join(", ")})` : issue.message;
    throw new Invalid(field, `Recherche collée : ${PARAMETER_NAMES[parameter] ?? parameter} : ${problem}.`);
  }
  const query = parsed.data;
  if (!KEPT.some((k) => query[k]))
    throw new Invalid(
      field,
      "Cette recherche n’a aucun critère (mots, entreprise, fonction, niveau ou type) : elle enverrait tout.",
    );
  const canonical = new URLSearchParams();
  for (const k of KEPT) if (query[k]) canonical.set(k, query[k]!);
  return {
    query: canonical.toString(),
    name: searchName(query),
    words: query.q ?? null,
    companyKey: query.company ? companyKey(query.company) || null : null,
    kind: query.kind ?? null,
    seniority: query.seniority ?? null,
    function: query.function ?? null,
  };
}

/** "« directrice financière » · Scalian · Finance · Arrivée". */
export function searchName(query: Pick<SearchQuery, (typeof KEPT)[number]>): string {
  return [
    query.q ? `« ${query.q} »` : null,
    query.company ?? null,
    query.function ? FUNCTION_LABELS[query.function] : null,
    query.seniority ? SENIORITY_LABELS[query.seniority] : null,
    query.kind ? KIND_LABELS[query.kind] : null,
  ]
    .filter(Boolean)
    .join(" · ")
    .slice(0, 200);
}
