import { describe, expect, it } from "@jest/globals";
import { runCarnet } from "../support/cli.ts";

describe("carnet CLI", () => {
  it("describes every subcommand in --help", async () => {
    const { code, stdout } = await runCarnet(["--help"]);
    expect(code).toBe(0);
    for (const command of ["start", "serve", "worker", "migrate", "import", "parse", "alerts", "admin"]) {
      expect(stdout).toMatch(new RegExp(`\\n\\s+${command}\\b`));
    }
  });

  it("stops at once on a bad PORT with one line naming it", async () => {
    const { code, stderr, stdout } = await runCarnet(["serve"], { PORT: "abc" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("Invalid PORT: expected an integer between 1 and 65535");
    expect(stdout).toBe("");
  });

  it("explains a database that cannot be reached instead of printing a stack trace", async () => {
    const { code, stderr } = await runCarnet(["migrate", "status"], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/carnet",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Cannot connect to DATABASE_URL \(postgres:\/\/postgres@127\.0\.0\.1:1\/carnet\): .*ECONNREFUSED/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an unknown migrate direction", async () => {
    const { code, stderr } = await runCarnet(["migrate", "sideways"], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/x",
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown migrate direction "sideways"');
  });
});
