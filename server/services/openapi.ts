import { JOB_FUNCTIONS as FUNCTIONS, MOVE_KINDS as KINDS, SENIORITIES } from "../../shared/vocabulary.ts";

/** The JSON API, described for machines (OpenAPI 3.1), served at /api/openapi.json. */

const link = {
  type: "object",
  required: ["name", "slug"],
  properties: { name: { type: "string" }, slug: { type: "string" } },
};

const error = {
  description: "Paramètre invalide : `error.field` nomme le paramètre.",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
          },
        },
      },
    },
  },
};

const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const unauthorized = { ...error, description: "Jeton d'API inconnu ou révoqué." };

const tooMany = {
  ...error,
  description: "Limite de requêtes atteinte : réessayez après Retry-After secondes.",
  headers: { "Retry-After": { description: "Secondes à attendre.", schema: { type: "integer" } } },
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
          parameters: [
            query(
              "q",
              "Texte libre : personne, poste, entreprise, entreprises précédentes. Sans accents ni casse, racines françaises ; noms approchants si rien ne correspond tel quel.",
            ),
            query("company", "Entreprise d'arrivée : slug, nom ou alias."),
            query("since", "Date de début incluse (AAAA-MM-JJ).", { type: "string", format: "date" }),
            query("until", "Date de fin incluse (AAAA-MM-JJ).", { type: "string", format: "date" }),
            query("kind", "Type de mouvement.", { type: "string", enum: KINDS }),
            query("seniority", "Niveau.", { type: "string", enum: SENIORITIES }),
            query("function", "Fonction.", { type: "string", enum: FUNCTIONS }),
            query("sort", "Tri (pertinence seulement avec q).", {
              type: "string",
              enum: ["date", "relevance"],
            }),
            query("limit", "Taille de page.", { type: "integer", minimum: 1, maximum: 100, default: 50 }),
            query("cursor", "Valeur de next_cursor de la page précédente (même requête)."),
          ],
          responses: {
            "200": {
              description: "Une page de mouvements.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["items", "next_cursor"],
                    properties: {
                      items: { type: "array", items: { $ref: "#/components/schemas/Move" } },
                      next_cursor: { type: ["string", "null"] },
                    },
                  },
                },
              },
            },
            "400": error,
            "401": unauthorized,
            "429": tooMany,
          },
        },
      },
      "/api/companies": {
        get: {
          operationId: "suggestCompanies",
          summary:
            "Autocomplétion d'entreprises (préfixe ou faute de frappe, accents ignorés, alias compris)",
          parameters: [{ ...query("q", "Début ou approximation du nom."), required: true }],
          responses: {
            "200": {
              description: "Au plus 10 entreprises.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { items: { type: "array", items: link } },
                  },
                },
              },
            },
            "400": error,
            "401": unauthorized,
            "429": tooMany,
          },
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
            "200": {
              description: "Les postes, le plus récemment pourvu d'abord.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      company: link,
                      posts: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            title: { type: "string" },
                            vacant: {
                              type: "boolean",
                              description: "Le dernier titulaire connu est parti depuis.",
                            },
                            holders: {
                              type: "array",
                              items: {
                                type: "object",
                                properties: {
                                  name: { type: "string" },
                                  person: { oneOf: [link, { type: "null" }] },
                                  since: { type: ["string", "null"], format: "date" },
                                  move_id: { type: ["integer", "null"] },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            "301": { description: "L'entreprise a été fusionnée : l'adresse de la fiche qui la remplace." },
            "400": error,
            "401": unauthorized,
            "404": { description: "Aucune entreprise publiée sous cet identifiant." },
            "429": tooMany,
          },
        },
      },
      "/api/people": {
        get: {
          operationId: "suggestPeople",
          summary: "Autocomplétion de personnes ayant un mouvement publié (début du nom, accents ignorés)",
          parameters: [{ ...query("q", "Début du nom."), required: true }],
          responses: {
            "200": {
              description: "Au plus 10 personnes.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { items: { type: "array", items: link } },
                  },
                },
              },
            },
            "400": error,
            "401": unauthorized,
            "429": tooMany,
          },
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
      schemas: {
        Move: {
          type: "object",
          required: [
            "id",
            "person",
            "company",
            "role",
            "kind",
            "seniority",
            "function",
            "published_on",
            "source",
          ],
          properties: {
            id: { type: "integer" },
            person: link,
            company: link,
            role: { type: "string" },
            kind: { type: "string", enum: KINDS },
            seniority: { type: "string", enum: SENIORITIES },
            function: { type: "string", enum: FUNCTIONS },
            previous_companies: { type: "array", items: link },
            predecessor: { type: ["string", "null"] },
            published_on: { type: "string", format: "date" },
            source: {
              type: "object",
              description: "Le numéro de newsletter et le paragraphe dont le mouvement est tiré.",
              properties: {
                issue_id: { type: "integer" },
                title: { type: ["string", "null"] },
                paragraph: { type: "string" },
              },
            },
          },
        },
      },
    },
  };
}
