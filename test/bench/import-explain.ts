/**
 * npx tsx test/bench/import-explain.ts [-- --million]: what one issue's import sends to PostgreSQL.
 * Imports 500 synthetic issues into a fresh database (or, with --million, into a copy of bench:import's
 * million-move directory, which `npm run bench:import -- --keep` leaves), then one more through a
 * connection that runs each statement first under EXPLAIN (ANALYZE, BUFFERS) inside a savepoint
 * rolled back at once, and prints the round trips, each statement's plan, planning and execution
 * time, triggers, and the sum. Then, in a transaction rolled back, the same issue's moves insert
 * timed with the full-text GIN index and the row triggers, and without each.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { createDatabase, type DB, migrateToLatest } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { parseIssueText } from "../../jobs/parse/index.ts";
import { importReceivedFile, type ReceivedFile } from "../../server/services/import-issue.ts";
import { databaseUrl } from "../support/urls.ts";
import { adminQuery, benchServerUrl } from "./search-bench-database.ts";
import { syntheticIssue } from "./synthetic-issues.ts";

const million = process.argv.includes("--million");
const name = `carnet_bench_import_explain_${process.pid}`;
await adminQuery(
  million ? `CREATE DATABASE ${name} TEMPLATE carnet_bench_import_million` : `CREATE DATABASE ${name}`,
);
const url = databaseUrl(benchServerUrl, name);

interface Explained {
  statement: string;
  plan: string[];
}
const explained: Explained[] = [];
let roundTrips = 0;
let explaining = false;
const UNEXPLAINED = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET)\b/i;

class ExplainingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() overloads, passed through
  override query(...args: any[]): any {
    const [text, values] = args;
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const passThrough = () => (super.query as any)(...args);
    if (typeof text !== "string") return passThrough();
    if (explaining) roundTrips++;
    if (!explaining || UNEXPLAINED.test(text)) return passThrough();
    return (async () => {
      await super.query("SAVEPOINT explain");
      const plan = await super.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      await super.query("ROLLBACK TO SAVEPOINT explain");
      explained.push({
        statement: text.trim().split("\n")[0]!.slice(0, 100),
        plan: plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]!),
      });
      return super.query(text, values);
    })();
  }
}

const received = (index: number): ReceivedFile => {
  const { name: file, text } = syntheticIssue(index);
  const bytes = Buffer.from(text);
  return { name: file, bytes, via: "cli", parsed: parseIssueText(text), contentHash: contentHash(bytes) };
};
const importIssue = (db: DB, index: number) =>
  importReceivedFile(db, received(index), { autoPublishConfidence: 0.8 });

const handle = createDatabase(url, { max: 1 });
try {
  await migrateToLatest(handle.db);
  for (let i = 0; i < 500; i++) await importIssue(handle.db, i);
  await sql`ANALYZE`.execute(handle.db);
  const pool = new pg.Pool({ connectionString: url, max: 1, Client: ExplainingClient });
  const explainingDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // A warm connection (plans cached, PL/pgSQL compiled), as in a long import.
  for (let i = 500; i < 520; i++) await importIssue(explainingDb, i);
  explaining = true;
  const sample = 20;
  let moves = 0;
  for (let i = 0; i < sample; i++) moves += (await importIssue(explainingDb, 500_000 + i)).movesCreated;
  explaining = false;
  console.log(
    `${sample} issues, ${moves} moves created; ${(roundTrips / sample).toFixed(1)} round trips an issue`,
  );
  const byStatement = new Map<
    string,
    { count: number; planning: number; execution: number; triggers: Map<string, number> }
  >();
  for (const { statement, plan } of explained) {
    const text = plan.join("\n");
    const entry = byStatement.get(statement) ?? { count: 0, planning: 0, execution: 0, triggers: new Map() };
    entry.count++;
    entry.planning += Number(/Planning Time: ([\d.]+)/.exec(text)?.[1] ?? 0);
    entry.execution += Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? 0);
    for (const [, name, time] of text.matchAll(/Trigger (.*?): time=([\d.]+)/g))
      entry.triggers.set(name!, (entry.triggers.get(name!) ?? 0) + Number(time));
    byStatement.set(statement, entry);
    if (entry.count === 1) {
      console.log(`\n--- ${statement}`);
      for (const line of plan) console.log(line);
    }
  }
  console.log(
    `\nPer issue (average of ${sample}; execution includes triggers; planning is what an unprepared run pays):`,
  );
  let total = 0;
  for (const [statement, e] of byStatement) {
    total += e.execution / sample;
    console.log(
      `${(e.execution / sample).toFixed(3).padStart(8)} ms exec ${(e.planning / sample).toFixed(3).padStart(7)} ms plan  ${(e.count / sample).toFixed(2)}×  ${statement}`,
    );
    for (const [name, time] of e.triggers)
      console.log(`${(time / sample).toFixed(3).padStart(8)} ms      trigger ${name}`);
  }
  console.log(`${total.toFixed(3).padStart(8)} ms exec in all`);
  await explainingDb.destroy();
} finally {
  await handle.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
