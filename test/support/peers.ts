import { existsSync } from "node:fs";
import path from "node:path";
import { describe } from "@jest/globals";

/**
 * Real peers some tests start on 127.0.0.1, from Debian packages. On a machine without one (a fresh clone)
 * those tests are skipped, saying which package brings it; under CI (CI=true, where .ci/run installs them)
 * a missing peer fails instead, so CI never passes by skipping.
 */
const PEERS = {
  swaks: { found: () => onPath("swaks"), install: "apt-get install -y swaks" },
  dovecot: { found: () => existsSync("/usr/sbin/dovecot"), install: "apt-get install -y dovecot-imapd" },
  pgbouncer: { found: () => existsSync("/usr/sbin/pgbouncer"), install: "apt-get install -y pgbouncer" },
  nginx: { found: () => existsSync("/usr/sbin/nginx"), install: "apt-get install -y nginx-light" },
  systemd: { found: () => onPath("systemd-analyze"), install: "apt-get install -y systemd" },
  postgres15: {
    found: () =>
      existsSync(path.join(process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin", "pg_basebackup")),
    install: "apt-get install -y postgresql-15, or set PG_BIN_DIR",
  },
} as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, command)));
}

/** describe() for tests that need these peers: skipped with a message naming what to install when one is missing. */
export function describeWithPeers(...needed: (keyof typeof PEERS)[]): typeof describe | typeof describe.skip {
  const missing = needed.filter((name) => !PEERS[name].found());
  if (missing.length === 0 || process.env.CI) return describe;
  console.warn(
    `${missing.join(", ")} not found: tests skipped (${missing.map((name) => PEERS[name].install).join("; ")})`,
  );
  return describe.skip;
}
