import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { runCarnet } from "../support/cli.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("carnet admin", () => {
  let test: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    test = await createTestDatabase();
    env = {
      DATABASE_URL: test.url,
      APP_SECRET: "cli-secret-cli-secret-cli-secret-0123456789",
      LOG_LEVEL: "warn",
    };
  });
  afterAll(async () => {
    await test.drop();
  });

  it("creates an account with the password read from standard input, then lists it", async () => {
    const created = await runCarnet(
      ["admin", "create", "--email", "Chef@Carnet.test", "--role", "admin", "--password-stdin"],
      env,
      "un mot de passe solide\n",
    );
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created admin account Chef@Carnet\.test/);
    const row = await test.db.selectFrom("admin_users").selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    // The journal says who: the command line and the system user who ran it.
    const audit = await test.db.selectFrom("audit_log").selectAll().executeTakeFirstOrThrow();
    expect(audit.actor_email).toBe(`ligne de commande (${os.userInfo().username})`);
    const listed = await runCarnet(["admin", "list"], env);
    expect(listed.stdout).toContain("Chef@Carnet.test\tadmin");
  });

  it("refuses a taken address, a short password and an unknown role with one line and exit 1", async () => {
    const taken = await runCarnet(
      ["admin", "create", "--email", "chef@carnet.test", "--role", "editor", "--password-stdin"],
      env,
      "un autre mot de passe\n",
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr.trim()).toBe("An account already exists for chef@carnet.test.");
    const short = await runCarnet(
      ["admin", "create", "--email", "b@carnet.test", "--role", "editor", "--password-stdin"],
      env,
      "court\n",
    );
    expect(short.code).toBe(1);
    expect(short.stderr.trim()).toBe("The password must be at least 12 characters long.");
    const role = await runCarnet(
      ["admin", "create", "--email", "c@carnet.test", "--role", "owner", "--password-stdin"],
      env,
      "x\n",
    );
    expect(role.code).toBe(1);
    expect(role.stderr.trim()).toBe('Unknown role "owner": use admin or editor.');
  });

  it("asks for --password-stdin when there is no terminal to prompt on", async () => {
    const res = await runCarnet(["admin", "create", "--email", "d@carnet.test", "--role", "editor"], env);
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toBe("No terminal to ask the password on: use --password-stdin.");
  });
});
