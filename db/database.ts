import { createHash } from "node:crypto";
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { migrations } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type DB = Kysely<Database>;

// bigint ids and counts fit comfortably in a JS number; dates stay 'YYYY-MM-DD' strings so that
// a day never shifts with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseHandle {
  db: DB;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * A statement whose text starts with `/* prepared: <name> *\/` is sent as a named prepared
 * statement: PostgreSQL parses it once per connection rather than at every execution, and plans it
 * once too when the plan made without the values is priced no dearer than those made with them
 * (plan_cache_mode = auto: see planIgnoresValues in repositories/search.ts for what that takes).
 * The importer's statements are marked (run a few times per issue, thousands of issues: planning
 * them was a quarter of the database's work per issue). A marked statement's text must not vary
 * between calls: lists go in as one array parameter, not as `IN ($1, $2, …)`.
 */
const PREPARED_MARK = /^\s*(?:select\s+)?\/\* prepared(?:: ([a-z0-9_]+))? \*\//;

/**
 * `/* prepared *\/` without a name (or `select /* prepared *\/ …`, as Kysely's modifyFront writes
 * it) names the statement after its text: for statements built from a few optional parts (the
 * search's filters), each combination its own statement, a few dozen in all.
 */
function preparedName(text: string): string | undefined {
  const known = PREPARED_NAMES.get(text);
  if (known !== undefined) return known;
  const mark = PREPARED_MARK.exec(text);
  if (!mark) return undefined;
  const name = mark[1] ?? `auto_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  if (PREPARED_NAMES.size < 5000) PREPARED_NAMES.set(text, name);
  return name;
}

/**
 * The names of the prepared statements seen, by text: hashing a search's text (3–5 kB) at each
 * search was about 1 % of the server's CPU under bench:search. A search's text is the same string
 * each time (repositories/statement-shapes.ts), whose hash V8 keeps.
 */
const PREPARED_NAMES = new Map<string, string>();

/** What DescribedQuery uses of pg's Connection and Query beyond their published types. */
interface PgConnection {
  parsedStatements: Record<string, string | undefined>;
  describe(message: unknown): void;
}
interface PgQueryInternals {
  name?: string;
  prepare(connection: PgConnection): void;
  handleRowDescription(message: { fields: unknown[] }): void;
}
type QueryCallback = (error: Error | null, result: pg.QueryResult) => void;
const PgQuery = pg.Query as unknown as new (
  text: string,
  values: unknown[],
  callback: QueryCallback,
) => PgQueryInternals & pg.Submittable;

/** Each connection, with its Describe message made a no-op (see DescribedQuery). */
const describedAlready = new WeakMap<PgConnection, PgConnection>();
function withoutDescribe(connection: PgConnection): PgConnection {
  let same = describedAlready.get(connection);
  if (!same) {
    // The connection itself for everything else: parse, bind, execute and sync read and write
    // through it (its socket, its parsed statements).
    same = Object.create(connection) as PgConnection;
    same.describe = () => {};
    describedAlready.set(connection, same);
  }
  return same;
}

/**
 * A named statement's execution without its Describe message once the statement is known on the
 * connection. pg asks PostgreSQL to describe the result's columns at every execution (Describe,
 * answered by a RowDescription that pg parses and turns into column parsers again), but a prepared
 * statement's columns are fixed when it is parsed: PostgreSQL refuses to run one whose tables changed
 * them ("cached plan must not change result type"). So the description its first execution on this
 * connection received is handed to the query instead. Issue 14: a round trip of a search's row
 * shape, one connection, alternated, Node 192 -> 153 µs and the backend 90 -> 72 µs a statement.
 * Built from the text and values rather than pg's config object, which pg copies property by
 * property (Object.getOwnPropertyDescriptors) at every query.
 */
class DescribedQuery extends PgQuery {
  constructor(
    name: string,
    text: string,
    values: unknown[],
    private readonly described: Map<string, unknown[]>,
    callback: QueryCallback,
  ) {
    super(text, values, callback);
    this.name = name;
  }

  override prepare(connection: PgConnection) {
    const name = this.name as string;
    const fields = this.described.get(name);
    if (fields === undefined || connection.parsedStatements[name] === undefined)
      return super.prepare(connection);
    super.prepare(withoutDescribe(connection));
    this.handleRowDescription({ fields });
  }

  override handleRowDescription(message: { fields: unknown[] }) {
    this.described.set(this.name as string, message.fields);
    super.handleRowDescription(message);
  }
}

class PreparingClient extends pg.Client {
  /** The columns of the prepared statements run on this client's connection, by name. */
  readonly #described = new Map<string, unknown[]>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this passes them all through
  override query(...args: any[]): any {
    const [text, values] = args;
    const name = typeof text === "string" && args.length === 2 ? preparedName(text) : undefined;
    if (name) {
      return new Promise((resolve, reject) => {
        super.query(
          new DescribedQuery(name, text, values ?? [], this.#described, (error, result) =>
            error ? reject(error) : resolve(result),
          ),
        );
      }).catch((error: Error) => {
        // As pg does for its own promises: a stack that leads back to the caller, not to the socket.
        Error.captureStackTrace(error);
        throw error;
      });
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (super.query as any)(...args);
  }
}

export function createDatabase(
  connectionString: string,
  options: { max?: number; connectionTimeoutMillis?: number; preparedStatements?: boolean } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    // A pooler in transaction mode without prepared-statement support (PgBouncer < 1.21) hands each
    // transaction to any server connection, where a statement named on another does not exist:
    // DATABASE_PREPARED_STATEMENTS=false sends the marked statements unnamed, like all others.
    Client: options.preparedStatements === false ? pg.Client : PreparingClient,
  });
  // A client losing its server (a restart, pg_terminate_backend) must not crash the process. Idle, the
  // pool drops it and the next query reconnects; checked out (between two statements of a
  // transaction), pg emits 'error' on the client itself, and its next query fails, which is where the
  // caller hears of it.
  pool.on("error", () => {});
  pool.on("connect", (client) => {
    client.on("error", () => {});
    // No JIT: it compiles a statement whose estimated cost passes jit_above_cost, and a search's
    // statement is priced on index fallbacks that rarely run (see newestMatching): the search page's
    // statement, 4 ms to run, took 210 ms to compile. Carnet's statements are short; none pays it
    // back. Queued before anything the client is handed out for. Behind a transaction-mode pooler
    // the setting stays on one server connection: set it for the role there (README).
    client.query("SET jit = off").catch(() => {});
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    close: () => db.destroy(),
  };
}

export function createMigrator(db: DB): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Numbers are handed out to work landing in any order (0010 may land before 0008): a database
    // that already ran a later number still takes an earlier one that lands after it.
    allowUnorderedMigrations: true,
  });
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResultSet["results"],
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

async function check(run: Promise<MigrationResultSet>): Promise<MigrationResultSet> {
  const result = await run;
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed} failed: ${cause}`, result.results);
  }
  return result;
}

export const migrateToLatest = (db: DB) => check(createMigrator(db).migrateToLatest());
export const migrateDown = (db: DB) => check(createMigrator(db).migrateDown());
export const migrateUp = (db: DB) => check(createMigrator(db).migrateUp());

export interface MigrationStatus {
  name: string;
  executedAt: Date | null;
}

export async function migrationStatus(db: DB): Promise<MigrationStatus[]> {
  const list = await createMigrator(db).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}

/** True when the database answers and every migration has run: what /readyz reports. */
export async function isReady(db: DB): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    const status = await migrationStatus(db);
    return status.every((m) => m.executedAt !== null);
  } catch {
    return false;
  }
}
