import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { SendMailOptions } from "nodemailer";
import { matchRound } from "../../jobs/alerts/match.ts";
import { sendDueDigests } from "../../jobs/alerts/send.ts";
import { loadConfig } from "../../server/config.ts";
import { createDeps } from "../../server/deps.ts";
import { createLogger } from "../../server/logger.ts";
import { createMailTransport } from "../../server/mail/transport.ts";
import { explainMatching } from "./alerts-explain.ts";
import { openBenchDatabase } from "./bench-database.ts";

/**
 * npm run bench:alerts — 100,000 confirmed subscribers following 1 to 10 of 10,000 companies,
 * 1,000 newly published moves, a local smtp-server sink (own process) that accepts everything.
 * Matching is timed twice on the same moves: with follows only (issue 14: target ≤ 1 s), then,
 * the round's pairs cleared, with 20,000 of the subscribers also holding a saved search
 * (BENCH_SEARCHES; issue 18: target ≤ 3 s). Then our digests per second and, in the same run, raw
 * nodemailer → sink messages per second through the same pooled transport; the figure judged is
 * digests/s ÷ raw messages/s (target ≥ 0.9). BENCH_EXPLAIN=1 prints each matching statement's
 * EXPLAIN (ANALYZE, BUFFERS) (run in a rolled-back transaction before the timed one);
 * BENCH_MATCH_ONLY=1 stops after matching and keeps the database (its name is printed first);
 * ALERTS_BENCH_DATABASE names the database (default carnet_bench_alerts; the process id is added).
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const COMPANIES = 10_000;
const MOVES = 1_000;
const RAW_MESSAGES = 5_000;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 20_000);
const TARGETS = { followsMs: 1000, searchesMs: 3000, ratio: 0.9 };

const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const cpuPerMessage = (usage: NodeJS.CpuUsage, messages: number) =>
  `Node CPU ${(cpuMs(usage) / Math.max(1, messages)).toFixed(2)} ms/message`;
const perMessage = (ms: number | null, messages: number) =>
  ms === null || Number.isNaN(ms) ? "n/a" : `${(ms / Math.max(1, messages)).toFixed(2)} ms`;
const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`;

async function main() {
  // ALERTS_BENCH_DATABASE: a name of one's own, so a run beside the full bench (npm run bench, which
  // uses the default) never shares a database name with it.
  const bench = await openBenchDatabase(process.env.ALERTS_BENCH_DATABASE ?? "carnet_bench_alerts");
  const sink = await startSink();
  try {
    console.log(
      `Seeding ${bench.url.split("/").pop()}: ${SUBSCRIBERS.toLocaleString("en")} subscribers, ${COMPANIES.toLocaleString("en")} companies, ${SEARCHES.toLocaleString("en")} saved searches, ${MOVES} moves…`,
    );
    await seed(bench.db);

    const config = loadConfig(
      {
        DATABASE_URL: bench.url,
        SMTP_URL: sink.url,
        SMTP_MAX_CONNECTIONS: process.env.SMTP_MAX_CONNECTIONS ?? "5",
        DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "carnet-bench-data-")),
        APP_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        PUBLIC_URL: "https://carnet.example",
        LOG_LEVEL: "silent",
        LOG_FORMAT: "json",
      },
      { dotEnvFile: null },
    );
    const deps = await createDeps(config, createLogger({ level: "silent", format: "json" }), bench.url, {
      poolSize: 20,
    });

    const timedMatch = async (label: string) => {
      if (process.env.BENCH_EXPLAIN) console.log(await explainMatching(bench.db, deps.clock.now()));
      const cpuBefore = await backendCpuMs(bench.db);
      const started = performance.now();
      const result = await matchRound(deps, "immediate");
      const ms = performance.now() - started;
      const cpuAfter = await backendCpuMs(bench.db);
      const cpuMs = cpuBetween(cpuBefore, cpuAfter);
      const cpu = cpuMs === null ? "n/a" : seconds(cpuMs);
      const bySearch = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM alert_digests, unnest(reasons) r WHERE r = 'search'`.execute(bench.db);
      console.log(
        `Matching ${label}: ${result.duePairs.toLocaleString("en")} due pairs (${bySearch.rows[0]!.n.toLocaleString("en")} from saved searches) into ${result.digestIds.length.toLocaleString("en")} digests, ${seconds(ms)} (PostgreSQL CPU ${cpu}; ${load()})`,
      );
      return ms;
    };

    console.log(`Start: ${load()}`);
    const followsMs = await timedMatch("with follows only");
    // The same round again, with the saved searches: the first round's pairs are forgotten so
    // that both rounds see the same 1,000 moves as new.
    await sql`TRUNCATE alert_digests`.execute(bench.db);
    await seedSavedSearches(bench.db);
    const searchesMs = await timedMatch(`with ${SEARCHES.toLocaleString("en")} saved searches`);
    if (process.env.BENCH_MATCH_ONLY) {
      await deps.close();
      return;
    }

    const samples = await sampleMessages(deps);
    let cpu = process.cpuUsage();
    let sinkBefore = processCpuMs(sink.pid);
    const raw = await rawThroughput(sink.url, samples, config.SMTP_MAX_CONNECTIONS);
    const rawCpu = process.cpuUsage(cpu);
    const rawSinkMs = cpuSince(sinkBefore, processCpuMs(sink.pid));
    console.log(
      `Raw nodemailer → sink: ${raw.toFixed(0)} messages/s (${samples.length} of the round's digests, pre-rendered; ${cpuPerMessage(rawCpu, samples.length)}, sink CPU ${perMessage(rawSinkMs, samples.length)}; ${load()})`,
    );

    cpu = process.cpuUsage();
    sinkBefore = processCpuMs(sink.pid);
    const pgBefore = await backendCpuMs(bench.db);
    const started = performance.now();
    const tally = await sendDueDigests(deps);
    const sendMs = performance.now() - started;
    const sendCpu = process.cpuUsage(cpu);
    const sendSinkMs = cpuSince(sinkBefore, processCpuMs(sink.pid));
    const pgAfter = await backendCpuMs(bench.db);
    const pgMs = cpuBetween(pgBefore, pgAfter);
    const digestsPerSecond = tally.sent / (sendMs / 1000);
    console.log(
      `Digests: ${tally.sent.toLocaleString("en")} sent (${tally.retrying} retrying, ${tally.failed} failed) in ${seconds(sendMs)}: ${digestsPerSecond.toFixed(0)} digests/s (${cpuPerMessage(sendCpu, tally.sent)}, sink CPU ${perMessage(sendSinkMs, tally.sent)}, PostgreSQL CPU ${perMessage(pgMs, tally.sent)}/digest; ${load()})`,
    );
    // The judged ratio is of wall times, measured a minute apart on a machine shared with other
    // work; CPU per message summed over the three processes (sender, sink, PostgreSQL) says much the
    // same with less of the load in it: raw's ÷ ours, ≥ 1 when a digest costs no more than a raw
    // message. Not free of it: CPU per message still rises on a crowded machine, and raw runs first,
    // before V8 has optimised nodemailer's code.
    const rawTotal = cpuMs(rawCpu) + (rawSinkMs ?? Number.NaN);
    const sendTotal = cpuMs(sendCpu) + (sendSinkMs ?? Number.NaN) + (pgMs ?? Number.NaN);
    console.log(
      `CPU per message, sender + sink + PostgreSQL: raw ${perMessage(rawTotal, samples.length)}, digests ${perMessage(sendTotal, tally.sent)}; raw ÷ digests = ${(rawTotal / samples.length / (sendTotal / Math.max(1, tally.sent))).toFixed(2)} (CPU: less moved by load than the wall-time ratio)`,
    );
    const ratio = digestsPerSecond / raw;
    console.log(
      `\nmatching with follows ${seconds(followsMs)} (target ≤ ${seconds(TARGETS.followsMs)}) · with saved searches ${seconds(searchesMs)} (target ≤ ${seconds(TARGETS.searchesMs)}) · ratio digests/s ÷ raw messages/s = ${ratio.toFixed(2)} (target ≥ ${TARGETS.ratio}) · ${load()}`,
    );
    await deps.close();
    if (followsMs > TARGETS.followsMs || searchesMs > TARGETS.searchesMs || ratio < TARGETS.ratio)
      process.exitCode = 1;
  } finally {
    sink.stop();
    if (process.env.BENCH_MATCH_ONLY) await bench.close();
    else await bench.drop();
  }
}

async function seed(db: import("../../db/database.ts").DB) {
  await sql`SELECT setseed(0.42)`.execute(db);
  await sql`INSERT INTO companies (name, slug, key)
    SELECT 'Société ' || i, 'societe-' || i, 'societe ' || i FROM generate_series(1, ${COMPANIES}) i`.execute(
    db,
  );
  await sql`INSERT INTO subscribers (email, status, frequency, include_departures, confirmed_at)
    SELECT 'abonne' || i || '@bench.example', 'confirmed', 'immediate', i % 5 = 0, now() - interval '1 day'
    FROM generate_series(1, ${SUBSCRIBERS}) i`.execute(db);
  await sql`INSERT INTO follows (subscriber_id, company_name, company_key)
    SELECT s.id, 'Société ' || c, 'societe ' || c
    FROM subscribers s
    CROSS JOIN LATERAL generate_series(1, 1 + (s.id * 7919 % 10)) n
    CROSS JOIN LATERAL (SELECT 1 + floor(random() * ${COMPANIES})::int + n * 0 AS c) pick
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO newsletter_issues (title, source_file, content_hash, raw_text) VALUES ('Bench', 'bench.txt', 'bench', '')`.execute(
    db,
  );
  await sql`INSERT INTO people (name, slug, key) SELECT 'Personne ' || i, 'personne-' || i, 'personne ' || i FROM generate_series(1, ${MOVES}) i`.execute(
    db,
  );
  // Ten kinds of post, so saved searches' words and functions match some moves and not others.
  await sql`INSERT INTO moves (person_id, company_id, role, kind, seniority, function, issue_id, paragraph_index,
      paragraph_text, confidence, status, published_on, search_text)
    SELECT p.id, c, r.role, 'joined', r.seniority, r.function,
      (SELECT id FROM newsletter_issues LIMIT 1), p.id, 'Paragraphe ' || p.id, 0.95, 'published', current_date,
      concat_ws(' ', p.name, r.role, 'projet' || (p.id % 300), 'Société ' || c)
    FROM people p
    CROSS JOIN LATERAL (SELECT 1 + floor(random() * ${COMPANIES})::int + p.id * 0 AS c) pick
    JOIN (VALUES
      (0, 'directrice financière', 'director', 'finance'), (1, 'directeur marketing', 'director', 'marketing_communication'),
      (2, 'directeur commercial', 'director', 'sales'), (3, 'CTO', 'c_level', 'tech_product'),
      (4, 'DRH', 'director', 'hr'), (5, 'directeur des opérations', 'director', 'operations'),
      (6, 'directrice générale', 'c_level', 'general_management'), (7, 'head of data', 'head', 'tech_product'),
      (8, 'responsable juridique', 'head', 'other'), (9, 'directeur administratif et financier', 'director', 'finance')
    ) r (n, role, seniority, function) ON r.n = p.id % 10`.execute(db);
  await sql`INSERT INTO move_previous_companies (move_id, position, company_id)
    SELECT id, 0, 1 + floor(random() * ${COMPANIES})::int FROM moves`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
}

async function seedSavedSearches(db: import("../../db/database.ts").DB) {
  // Saved searches, one per subscriber among the first SEARCHES, in the shapes the search page
  // offers and about as narrow as a recruiter's: words naming a project or sector ('projetN' stands
  // for one: each matches a few of the 1,000 moves), a company, words at a company, words or
  // alternatives within a function; and 2 % broad ones (a function and a seniority: a tenth of
  // every round's moves each).
  await sql`
    INSERT INTO saved_searches (subscriber_id, name, query, words, words_query, company_key, seniority, function, anchor)
    SELECT id, 'Recherche ' || id, 'bench=' || id, words, tq, company_key, seniority, function,
      carnet_search_anchor(tq, company_key, function, seniority, NULL)
    FROM (
      SELECT s.id, x.seniority, x.function,
        replace(x.words, 'N', (s.id % 300)::text) AS words,
        CASE WHEN x.company THEN 'societe ' || (1 + s.id * 7 % ${COMPANIES}) END AS company_key,
        CASE WHEN x.words IS NOT NULL THEN websearch_to_tsquery('carnet_fr', replace(x.words, 'N', (s.id % 300)::text)) END AS tq
      FROM subscribers s
      JOIN (VALUES
        (0, 'directrice projetN', false, NULL, NULL), (1, 'projetN', false, NULL, NULL),
        (2, 'marketing projetN', false, NULL, NULL), (3, 'projetN', false, NULL, 'finance'),
        (4, NULL, true, NULL, NULL), (5, NULL, true, NULL, NULL),
        (6, 'directeur', true, NULL, NULL), (7, 'projetN or juridiqueN', false, NULL, 'other'),
        (8, 'head of data', true, NULL, NULL), (9, 'commercial projetN', false, NULL, 'sales')
      ) x (n, words, company, seniority, function) ON x.n = s.id % 10
      WHERE s.id <= ${SEARCHES} AND s.id % 50 <> 0
      UNION ALL
      SELECT s.id, 'director', 'finance', NULL, NULL, NULL FROM subscribers s
      WHERE s.id <= ${SEARCHES} AND s.id % 50 = 0) q`.execute(db);
  await sql`ANALYZE saved_searches`.execute(db);
}

/**
 * The raw baseline's messages: RAW_MESSAGES of the round's own digests, spread over all of them,
 * rendered and composed exactly as sendDueDigests does (headers, VERP envelope), to other
 * addresses at the same sink: raw nodemailer then sends the very messages our pipeline sends.
 */
async function sampleMessages(deps: Awaited<ReturnType<typeof createDeps>>) {
  const { loadDigestMoves } = await import("../../db/repositories/alerts.ts");
  const { digestEmail } = await import("../../jobs/alerts/digest.ts");
  const { composeEmail } = await import("../../server/mail/send.ts");
  const { createSignedLinks } = await import("../../server/mail/signed-links.ts");
  const { verpAddress } = await import("../../jobs/inbound/bounces.ts");
  const { rows: digests } = await sql<{ id: number; subscriberId: number; messageId: string }>`
    SELECT id, subscriber_id AS "subscriberId", message_id AS "messageId" FROM alert_digests
    WHERE id % greatest(1, (SELECT count(*) FROM alert_digests) / ${RAW_MESSAGES}) = 0
    ORDER BY id LIMIT ${RAW_MESSAGES}`.execute(deps.db);
  const moves = await loadDigestMoves(
    deps.db,
    digests.map((d) => d.id),
  );
  const movesOf = new Map<number, typeof moves>();
  for (const m of moves) movesOf.set(m.digestId, [...(movesOf.get(m.digestId) ?? []), m]);
  const context = {
    publicUrl: deps.config.PUBLIC_URL,
    mailFrom: deps.config.MAIL_FROM,
    links: createSignedLinks(deps.config),
  };
  return digests.map((d, i) => {
    const email = digestEmail(
      {
        subscriberId: d.subscriberId,
        to: `raw${i}@bench.example`,
        messageId: `<raw-${d.messageId.slice(1)}`,
        moves: movesOf.get(d.id) ?? [],
      },
      context,
    );
    const bounceTo = verpAddress(
      deps.config.INBOUND_ADDRESSES.split(",")[0]!.trim(),
      deps.config.APP_SECRET,
      d.subscriberId,
    );
    return composeEmail(deps, { ...email, bounceTo });
  });
}

async function rawThroughput(
  url: string,
  messages: SendMailOptions[],
  maxConnections: number,
): Promise<number> {
  const transport = createMailTransport(url, { maxConnections });
  const started = performance.now();
  // 200 in flight, as many as sendDueDigests keeps (4 lanes × 50).
  for (let i = 0; i < messages.length; i += 200) {
    await Promise.all(messages.slice(i, i + 200).map((m) => transport.sendMail(m)));
  }
  const elapsed = performance.now() - started;
  transport.close();
  return messages.length / (elapsed / 1000);
}

/**
 * CPU time PostgreSQL's backends for the bench database have used so far (ms), read from /proc
 * (the server is on this machine): on a machine shared with other work, wall time says how long
 * a round waited, this says how much work it was. Null when /proc cannot tell.
 */
async function backendCpuMs(db: import("../../db/database.ts").DB): Promise<Map<number, number> | null> {
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`.execute(
    db,
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    const used = processCpuMs(pid);
    if (used === null) return null;
    ticks.set(pid, used);
  }
  return ticks;
}

/** CPU ms the backends used between two readings (a connection opened meanwhile counts whole). */
function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, used] of after) ms += used - (before.get(pid) ?? 0);
  return ms;
}

/** CPU time one process on this machine has used so far (ms), from /proc; null when it cannot tell. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const cpuSince = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

async function startSink(): Promise<{ url: string; pid: number | undefined; stop(): void }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "alerts-sink.ts")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once("exit", (code) => reject(new Error(`SMTP sink exited with ${code}`)));
  });
  return { url: `smtp://127.0.0.1:${port}`, pid: child.pid, stop: () => child.kill("SIGTERM") };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
