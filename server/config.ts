import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import dotenv from "dotenv";
import { z } from "zod";

/**
 * The only reader of process.env. Every variable is documented in README.md ("Configuration").
 * A bad value stops the program with one line per variable, naming it.
 */

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected an integer between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected an integer between ${min} and ${max}`);

/**
 * DATABASE_POOL_SIZE's default: twice the cores, four at least (PostgreSQL's rule of thumb). Past
 * as many backends as the cores can run, more connections only share the cores among more processes:
 * with 10 on 2 cores, bench:search's 16 connections kept up to ten backends runnable beside the
 * server's one event loop, which then came back to its ready work later (event-loop delay about twice that
 * with 4) and answered the API with a higher p95 in 10 of 12 alternated bursts (README "Search
 * against plain SQL", session 27). The requests beyond the pool wait their turn in its queue, first
 * come first served, the same wait for a cheap search and a dear one.
 */
const DEFAULT_POOL_SIZE = Math.min(100, Math.max(4, 2 * os.availableParallelism()));

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["1", "0", "true", "false", "yes", "no", "on", "off"].includes(v), "expected true or false")
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      `expected a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    );

// Five-field cron (minute hour day month weekday): checked loosely here, pg-boss checks the rest.
const cron = z
  .string()
  .trim()
  .regex(/^(\S+\s+){4}\S+$/, "expected a cron expression with five fields, such as */15 * * * *");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: integer(1, 65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PUBLIC_URL: url(["http:", "https:"]).optional(),
  DATABASE_URL: url(["postgres:", "postgresql:"]).optional(),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["pretty", "json"]).optional(),
  APP_SECRET: z.string().min(32, "expected at least 32 characters").optional(),
  SMTP_URL: url(["smtp:", "smtps:"]).optional(),
  // Connections kept open to SMTP_URL: as many as the server accepts from one client. Digests are
  // sent through all of them at once, so this bounds a round's sending rate.
  SMTP_MAX_CONNECTIONS: integer(1, 100).default(5),
  MAIL_FROM: z.string().trim().min(3).default("Carnet <alertes@carnet.localhost>"),
  ALERTS_CRON: cron.default("*/15 * * * *"),
  DAILY_CRON: cron.default("0 8 * * *"),
  WEEKLY_CRON: cron.default("0 8 * * 1"),
  ALERTS_TIMEZONE: z.string().trim().min(1).default("Europe/Paris"),
  SCHEDULER: flag.default(true),
  SEED_ON_START: flag.default(true),
  AUTO_PUBLISH_CONFIDENCE: z
    .string()
    .trim()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, "expected a number between 0 and 1")
    .transform(Number)
    // 0.85, not 0.8 (session 29): read by the parser that first met them, the records of real55-real100 that
    // reached exactly 0.8 (one doubt-free penalty off a clean reading) were wrong 17 times in 91, against 65
    // in 1,982 above them (test/fixtures/parse/MISSES.md, "Wrong records published at first read").
    .default(0.85),
  MAX_UPLOAD_BYTES: integer(1024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  TRUST_PROXY: flag.default(false),
  // Receiving newsletters (README "Receiving newsletters").
  INBOUND_SMTP_PORT: integer(0, 65535).optional(),
  INBOUND_SMTP_HOST: z.string().trim().min(1).default("127.0.0.1"),
  INBOUND_ADDRESSES: z
    .string()
    .trim()
    .regex(/^[^\s@,]+@[^\s@,]+(\s*,\s*[^\s@,]+@[^\s@,]+)*$/, "expected e-mail addresses separated by commas")
    .default("lettres@carnet.localhost"),
  INBOUND_MAX_BYTES: integer(1024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
  INBOUND_TLS_CERT: z.string().trim().min(1).optional(),
  INBOUND_TLS_KEY: z.string().trim().min(1).optional(),
  IMAP_URL: url(["imap:", "imaps:"]).optional(),
  IMAP_FOLDER: z.string().trim().min(1).default("INBOX"),
  IMAP_DONE_FOLDER: z.string().trim().min(1).optional(),
  IMAP_POLL_MINUTES: integer(1, 1440).default(5),
  ADMIN_EMAIL: z.string().trim().email("expected an e-mail address").optional(),
  // Running at scale (README "Running at scale").
  API_RATE_LIMIT: integer(0, 1_000_000).default(600),
  DATABASE_DIRECT_URL: url(["postgres:", "postgresql:"]).optional(),
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  /** Connections each process keeps to PostgreSQL (and to each replica); `carnet import` sets its own. */
  DATABASE_POOL_SIZE: integer(1, 100).default(DEFAULT_POOL_SIZE),
  DATABASE_REPLICA_URLS: z
    .string()
    .trim()
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(url(["postgres:", "postgresql:"]).pipe(z.string())))
    .default([]),
  REPLICA_MAX_LAG_SECONDS: integer(0, 86_400).default(10),
  /** Requests a minute to /api per read token (issue 18); API_RATE_LIMIT is per IP without one. */
  API_TOKEN_RATE_LIMIT: integer(0, 1_000_000).default(6000),
  /** Failed webhook attempts in a row after which a hook is switched off and admins are mailed. */
  WEBHOOK_DISABLE_AFTER: integer(1, 1000).default(10),
  // Privacy and data requests (issue 17): see README "Privacy and data requests".
  ALERTS_MAX_AGE_DAYS: integer(1, 365).default(14),
  RETENTION_UNCONFIRMED_DAYS: integer(3, 365).default(7),
  RETENTION_UPLOADS_HOURS: integer(1, 24 * 365).default(24),
  RETENTION_OUTBOX_DAYS: integer(1, 3650).default(30),
  // Listed people's requests: unconfirmed ones (link valid 48 h, so at least 3 days), and answered
  // ones, kept as proof that each request was answered.
  RETENTION_REQUESTS_UNCONFIRMED_DAYS: integer(3, 365).default(7),
  RETENTION_REQUESTS_DECIDED_DAYS: integer(30, 3650).default(1095),
  PURGE_CRON: cron.default("30 3 * * *"),
});

type Parsed = z.output<typeof schema>;

export interface Config extends Omit<Parsed, "PUBLIC_URL" | "APP_SECRET" | "LOG_FORMAT" | "DATA_DIR"> {
  PUBLIC_URL: string;
  APP_SECRET: string;
  LOG_FORMAT: "pretty" | "json";
  DATA_DIR: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/** A .env file's variables (dotenv's syntax); the real environment wins over them. */
export function readDotEnv(file: string): Record<string, string> {
  return existsSync(file) ? dotenv.parse(readFileSync(file)) : {};
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { dotEnvFile?: string | null } = {},
): Config {
  const dotEnvFile = options.dotEnvFile === undefined ? ".env" : options.dotEnvFile;
  const merged: Record<string, string | undefined> = {
    ...(dotEnvFile ? readDotEnv(dotEnvFile) : {}),
    ...env,
  };
  // An empty variable means "not set", as in most twelve-factor tools.
  for (const key of Object.keys(merged)) if (merged[key] === "") delete merged[key];

  // In English like every other line an operator reads, whatever locale the web side set (validation.ts).
  const result = schema.safeParse(merged, { error: z.locales.en().localeError });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `Invalid ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError([...new Set(problems)]);
  }
  const parsed = result.data;
  const dataDir = path.resolve(parsed.DATA_DIR);
  return Object.freeze({
    ...parsed,
    DATA_DIR: dataDir,
    PUBLIC_URL: (parsed.PUBLIC_URL ?? `http://${reachableHost(parsed.HOST)}:${parsed.PORT}`).replace(
      /\/+$/,
      "",
    ),
    APP_SECRET: parsed.APP_SECRET ?? localSecret(dataDir),
    LOG_FORMAT: parsed.LOG_FORMAT ?? (process.stdout.isTTY ? "pretty" : "json"),
  });
}

/**
 * The host a browser on this machine uses to reach the server. It is the one printed at start-up
 * and the one e-mail links use by default, so that a session opened from either stays the same
 * cookie jar ("localhost" and "127.0.0.1" are two sites to a browser). A wildcard address is not
 * something a browser can open, so it becomes "localhost".
 */
export function reachableHost(host: string): string {
  return host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
}

/**
 * Without APP_SECRET, a random secret is made once and kept in DATA_DIR, so that sessions and
 * the signed links in e-mails already sent stay valid across restarts of a self-hosted instance.
 */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
