import os from "node:os";
import { describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../server/config.ts";

const load = (env: Record<string, string>) =>
  loadConfig({ DATA_DIR: "/tmp/carnet-config-test", ...env }, { dotEnvFile: null });

function problems(env: Record<string, string>): string[] {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("rejects a non-numeric PORT with one line naming the variable", () => {
    expect(problems({ PORT: "abc" })).toEqual(["Invalid PORT: expected an integer between 1 and 65535"]);
  });

  it("lists every bad variable at once", () => {
    const found = problems({
      PORT: "70000",
      DATABASE_URL: "mysql://x",
      AUTO_PUBLISH_CONFIDENCE: "2",
      SCHEDULER: "maybe",
    });
    expect(found).toEqual(
      expect.arrayContaining([
        "Invalid PORT: expected an integer between 1 and 65535",
        "Invalid DATABASE_URL: expected a URL starting with postgres:// or postgresql://",
        "Invalid AUTO_PUBLISH_CONFIDENCE: expected a number between 0 and 1",
        "Invalid SCHEDULER: expected true or false",
      ]),
    );
  });

  it("uses documented defaults and derives the public URL from the port", () => {
    const config = load({ PORT: "4000", APP_SECRET: "x".repeat(40) });
    expect(config.PORT).toBe(4000);
    // The address printed at start-up, so that e-mail links open in the same browser session.
    expect(config.PUBLIC_URL).toBe("http://127.0.0.1:4000");
    expect(config.AUTO_PUBLISH_CONFIDENCE).toBe(0.85);
    expect(config.ALERTS_CRON).toBe("*/15 * * * *");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("derives a public URL a browser can open when listening on every interface", () => {
    expect(load({ HOST: "0.0.0.0", PORT: "4000", APP_SECRET: "x".repeat(40) }).PUBLIC_URL).toBe(
      "http://localhost:4000",
    );
    expect(load({ HOST: "::1", PORT: "4000", APP_SECRET: "x".repeat(40) }).PUBLIC_URL).toBe(
      "http://[::1]:4000",
    );
  });

  it("keeps twice the cores in the database pool by default, four at least, unless told", () => {
    const cores = os.availableParallelism();
    expect(load({ APP_SECRET: "x".repeat(40) }).DATABASE_POOL_SIZE).toBe(
      Math.min(100, Math.max(4, 2 * cores)),
    );
    expect(load({ APP_SECRET: "x".repeat(40), DATABASE_POOL_SIZE: "10" }).DATABASE_POOL_SIZE).toBe(10);
  });

  it("treats an empty variable as unset", () => {
    expect(load({ PORT: "", APP_SECRET: "x".repeat(40) }).PORT).toBe(3000);
  });
});

describe("configuration from a .env file", () => {
  it("reads variables from .env, and the real environment wins over it", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-env-"));
    const file = path.join(dir, ".env");
    await writeFile(file, 'PORT=4123\n# a comment\nMAIL_FROM="Carnet <alertes@exemple.fr>"\n');
    const fromFile = loadConfig({ DATA_DIR: dir, APP_SECRET: "x".repeat(40) }, { dotEnvFile: file });
    expect(fromFile.PORT).toBe(4123);
    expect(fromFile.MAIL_FROM).toBe("Carnet <alertes@exemple.fr>");
    const overridden = loadConfig(
      { DATA_DIR: dir, APP_SECRET: "x".repeat(40), PORT: "5000" },
      { dotEnvFile: file },
    );
    expect(overridden.PORT).toBe(5000);
  });
});
