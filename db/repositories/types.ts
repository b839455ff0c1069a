import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";

/** A repository function runs on the pool or inside a caller's transaction alike. */
export type Queryable = Kysely<Database> | Transaction<Database>;
