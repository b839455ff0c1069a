// Migration numbers are handed out to pieces of work landing in any order (db/database.ts): one
// number used twice is a slip that cannot be undone once a database ran both (db/migrations/index.ts
// says why the 0025 pair stays). This keeps it from happening again, and keeps the hand-written
// list in step with the folder.

import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { migrations } from "../../db/migrations/index.ts";
import { ROOT_DIR } from "../../server/paths.ts";

/** Names that share a number and must keep it: databases already ran them under these names. */
const LANDED_TWINS = new Set(["0025_inbound_retries", "0025_subscriber_list"]);

/** A migration's number: "0017" in 0017_alert_matching, "0017_2" in 0017_2_alert_claims. */
const numberOf = (name: string) => /^\d{4}(?:_\d+(?=_))?/u.exec(name)?.[0];

const files = readdirSync(path.join(ROOT_DIR, "db/migrations"))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.replace(/\.ts$/u, ""));

describe("migration names", () => {
  it("list every file of db/migrations, under its file name, and nothing else", () => {
    expect(Object.keys(migrations).sort()).toEqual([...files].sort());
  });

  it("start with a number of their own (the landed 0025 pair excepted)", () => {
    expect(files.filter((name) => numberOf(name) === undefined)).toEqual([]);
    const byNumber = new Map<string, string[]>();
    for (const name of files) {
      const number = numberOf(name)!;
      byNumber.set(number, [...(byNumber.get(number) ?? []), name]);
    }
    const shared = [...byNumber.values()].filter(
      (names) => names.length > 1 && !names.every((name) => LANDED_TWINS.has(name)),
    );
    expect(shared).toEqual([]);
  });

  it("tell a shared number apart from sub-numbers", () => {
    expect(numberOf("0017_alert_matching")).toBe("0017");
    expect(numberOf("0017_2_alert_claims")).toBe("0017_2");
    expect(numberOf("0025_subscriber_list")).toBe("0025");
    expect(numberOf("initial")).toBeUndefined();
  });
});
