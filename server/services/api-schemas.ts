import { z } from "zod";
import { JOB_FUNCTIONS, MOVE_KINDS, SENIORITIES } from "../../shared/vocabulary.ts";

/**
 * The JSON API's shapes as zod schemas: the input ones validate requests (routes/api.ts, with
 * searchQuerySchema from search.ts), the output ones type what the services return, and
 * openapi.ts turns both into the published document, so the three never drift apart. Output
 * objects are closed (additionalProperties: false): a field the SQL adds must be described here.
 */

/** ?q= of the autocompletion endpoints. */
export const suggestQuery = z.object({
  q: z
    .string({ error: "texte attendu (au moins un caractère)" })
    .trim()
    .min(1, "au moins un caractère")
    .max(100, "100 caractères au plus"),
});

const link = z.object({ name: z.string(), slug: z.string() });
const day = z.iso.date();

export const apiMove = z.object({
  id: z.int(),
  person: link,
  company: link,
  role: z.string(),
  kind: z.enum(MOVE_KINDS),
  seniority: z.enum(SENIORITIES),
  function: z.enum(JOB_FUNCTIONS),
  previous_companies: z.array(link),
  predecessor: z.string().nullable(),
  published_on: day,
  source: z
    .object({ issue_id: z.int(), title: z.string().nullable(), paragraph: z.string() })
    .meta({ description: "Le numéro de newsletter et le paragraphe dont le mouvement est tiré." }),
});

export const movePage = z.object({ items: z.array(apiMove), next_cursor: z.string().nullable() });

export const suggestions = z.object({ items: z.array(link) });

export const companyPosts = z.object({
  company: link,
  posts: z.array(
    z.object({
      title: z.string(),
      holders: z.array(
        z.object({
          name: z.string(),
          person: link.nullable(),
          since: day.nullable(),
          move_id: z.int().nullable(),
          source: z.object({ issue_id: z.int(), title: z.string().nullable() }).nullable(),
        }),
      ),
      vacant: z.boolean().meta({ description: "Le dernier titulaire connu est parti depuis." }),
    }),
  ),
});
export type ApiCompanyPosts = z.input<typeof companyPosts>;

export const apiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
