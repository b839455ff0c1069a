import { z } from "zod";
import { apiError, apiMove, companyPosts, movePage, suggestions, suggestQuery } from "./api-schemas.ts";
import { searchQuerySchema } from "./search.ts";

/**
 * The JSON API, described for machines (OpenAPI 3.1), served at /api/openapi.json. Every schema in
 * it (query parameters and response bodies) is generated from the zod schemas that validate the
 * requests and type the answers (api-schemas.ts, searchQuerySchema); this file adds only what HTTP
 * needs besides: paths, descriptions, status codes and security.
 */

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a value as it is once parsed or as it is sent. */
function jsonSchema(schema: z.ZodType): JsonSchema {
  // "output": a query parameter's preprocessing (blank means absent, text to number) is not part
  // of its contract; the type it is read as is.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return rest;
}

/** The components, each zod schema registered under its name; references between them by $ref. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(apiMove, { id: "Move" });
  registry.add(movePage, { id: "MovePage" });
  registry.add(suggestions, { id: "Suggestions" });
  registry.add(companyPosts, { id: "CompanyPosts" });
  registry.add(apiError, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $schema: _dialect, $id: _id, ...schema }]) => [name, schema]),
  );
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: string) => ({
  description,
  content: { "application/json": { schema: ref(schema) } },
});

const SEARCH_PARAMETERS: Record<keyof typeof searchQuerySchema.shape, string> = {
  q: "Texte libre : personne, poste, entreprise, entreprises précédentes. Sans accents ni casse, racines françaises ; noms approchants si rien ne correspond tel quel.",
  company: "Entreprise d'arrivée : slug, nom ou alias.",
  since: "Date de début incluse (AAAA-MM-JJ).",
  until: "Date de fin incluse (AAAA-MM-JJ).",
  kind: "Type de mouvement.",
  seniority: "Niveau.",
  function: "Fonction.",
  sort: "Tri (pertinence seulement avec q).",
  limit: "Taille de page (50 par défaut).",
  cursor: "Valeur de next_cursor de la page précédente (même requête).",
};

const queryParameters = (shape: Record<string, z.ZodType>, descriptions: Record<string, string>) =>
  Object.entries(descriptions).map(([name, description]) => ({
    name,
    in: "query",
    required: !shape[name]!.safeParse(undefined).success,
    description,
    schema: jsonSchema(shape[name]!),
  }));

const errors = {
  "400": json("Paramètre invalide : `error.field` nomme le paramètre.", "Error"),
  "401": json("Jeton d'API inconnu ou révoqué.", "Error"),
  "429": {
    ...json("Limite de requêtes atteinte : réessayez après Retry-After secondes.", "Error"),
    headers: { "Retry-After": { description: "Secondes à attendre.", schema: { type: "integer" } } },
  },
};

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Carnet API",
      version: "1",
      description:
        "Mouvements publiés (nominations, arrivées, promotions) relevés dans les newsletters. Lecture seule. Sans authentification : 600 requêtes par minute et par adresse IP par défaut (API_RATE_LIMIT). Avec un jeton d'API créé par un administrateur (Administration › Intégrations), envoyé en `Authorization: Bearer <jeton>` : 6 000 requêtes par minute et par jeton par défaut (API_TOKEN_RATE_LIMIT). Au-delà : 429 avec Retry-After. Un jeton inconnu ou révoqué : 401.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: baseUrl }],
    // Public, or with a read token for a higher limit: the empty requirement ({}) makes
    // authentication optional (OpenAPI 3.1 §4.8.10), the bearer scheme says how to send a token.
    security: [{}, { apiToken: [] }],
    paths: {
      "/api/moves": {
        get: {
          operationId: "searchMoves",
          summary: "Rechercher des mouvements publiés, du plus récent au plus ancien (ou par pertinence)",
          parameters: queryParameters(searchQuerySchema.shape, SEARCH_PARAMETERS),
          responses: { "200": json("Une page de mouvements.", "MovePage"), ...errors },
        },
      },
      "/api/companies": {
        get: {
          operationId: "suggestCompanies",
          summary:
            "Autocomplétion d'entreprises (préfixe ou faute de frappe, accents ignorés, alias compris)",
          parameters: queryParameters(suggestQuery.shape, { q: "Début ou approximation du nom." }),
          responses: { "200": json("Au plus 10 entreprises.", "Suggestions"), ...errors },
        },
      },
      "/api/companies/{slug}/posts": {
        get: {
          operationId: "companyPosts",
          summary:
            "Qui occupe quel poste dans une entreprise : par poste, les titulaires connus du plus ancien au plus récent (prédécesseurs compris)",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              description: "Identifiant de l'entreprise.",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": json("Les postes, le plus récemment pourvu d'abord.", "CompanyPosts"),
            "301": { description: "L'entreprise a été fusionnée : l'adresse de la fiche qui la remplace." },
            ...errors,
            "404": json("Aucune entreprise publiée sous cet identifiant.", "Error"),
          },
        },
      },
      "/api/people": {
        get: {
          operationId: "suggestPeople",
          summary: "Autocomplétion de personnes ayant un mouvement publié (début du nom, accents ignorés)",
          parameters: queryParameters(suggestQuery.shape, { q: "Début du nom." }),
          responses: { "200": json("Au plus 10 personnes.", "Suggestions"), ...errors },
        },
      },
    },
    components: {
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description:
            "Jeton d'API en lecture (carnet_…), créé et révocable dans Administration › Intégrations.",
        },
      },
      schemas: componentSchemas(),
    },
  };
}
