import { openApiDocument } from "./openapi.ts";

/**
 * The API's page for people (/api): every fact read from the OpenAPI document that /api/openapi.json
 * serves, so the page and the machine description cannot disagree. This file only arranges them for
 * reading: a type in words, a required flag, and a curl line per endpoint.
 */

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  anyOf?: Schema[];
  $ref?: string;
};

/** "texte", "entier", "une de : a, b, c", "date (AAAA-MM-JJ)": what a reader needs to send the value. */
function typeInWords(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.enum) return `une de : ${schema.enum.join(", ")}`;
  if (schema.anyOf) return schema.anyOf.map(typeInWords).filter(Boolean).join(" ou ");
  if (schema.format === "date") return "date (AAAA-MM-JJ)";
  const words: Record<string, string> = {
    string: "texte",
    integer: "entier",
    number: "nombre",
    boolean: "booléen",
    null: "",
  };
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types
    .map((t) => words[t] ?? t)
    .filter(Boolean)
    .join(" ou ");
}

/** The query of each endpoint's curl line: values a reader can try as they are. */
const EXAMPLE_QUERIES: Record<string, string> = {
  "/api/moves": "?q=directeur+financier&limit=5",
  "/api/companies": "?q=sca",
  "/api/people": "?q=clai",
};

export function apiReferencePage(baseUrl: string) {
  const document = openApiDocument(baseUrl);
  const endpoints = Object.entries(document.paths).map(([path, { get }]) => {
    const operation = get as {
      summary: string;
      parameters: { name: string; in: string; required: boolean; description: string; schema: Schema }[];
      responses: Record<string, { description: string }>;
    };
    const example = path.replace("{slug}", "exemple-sa") + (EXAMPLE_QUERIES[path] ?? "");
    return {
      method: "GET",
      address: path,
      anchor: path.replace(/[^a-z]+/gu, "-").replace(/^-|-$/gu, ""),
      summary: operation.summary,
      parameters: operation.parameters.map((p) => ({
        name: p.name,
        where: p.in === "path" ? "dans l’adresse" : "paramètre d’URL",
        required: p.required,
        description: p.description,
        type: typeInWords(p.schema),
      })),
      responses: Object.entries(operation.responses).map(([status, r]) => ({
        status,
        description: r.description,
      })),
      curl: `curl '${baseUrl}${example}'`,
      curlWithToken: `curl -H 'Authorization: Bearer carnet_…' '${baseUrl}${example}'`,
    };
  });
  return {
    description: document.info.description,
    tokens: document.components.securitySchemes.apiToken.description,
    endpoints,
  };
}
