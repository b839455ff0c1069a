import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import type request from "supertest";
import { checkIssueHealth, checkSilentSources } from "../../jobs/inbound/health.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { importSampleData } from "../../server/sample-data.ts";
import { processInboundMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { useSignedInAdminApp } from "../support/app.ts";

/** The cells of the Sources table's row for a source, as text. */
function sourceRow(html: string, name: string): string[] {
  const row = html.split("<tr>").find((r) => r.includes(`<td>${name} <span class="muted">(lettres+`));
  if (!row) throw new Error(`no row for ${name}`);
  return [...row.matchAll(/<td>(.*?)<\/td>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, "").trim());
}

describe("the sample data of a first `npm start`", () => {
  const carnet = useSignedInAdminApp();
  let agent: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    agent = carnet.agent;
    await importSampleData(carnet.deps);
  });

  it("counts the sample issues and their moves under their newsletter on the Sources page", async () => {
    const page = await agent.get("/admin/sources").expect(200);
    const [, senders, cadence, issues, moves] = sourceRow(page.text, "La Lettre Tech &amp; Médias");
    expect({ senders, cadence, issues, moves }).toEqual({
      senders: "lettre-tech.example",
      cadence: "hebdomadaire",
      issues: "3",
      moves: "29",
    });
    // Each sample issue's message names its source.
    expect(page.text.match(/<td>La Lettre Tech &amp; Médias<\/td>/g)).toHaveLength(3);
  });

  it("imports the newsletter's next issue, sent by mail, under the same source", async () => {
    const raw = await readFile(path.join(SEEDS_DIR, "by-mail", "lettre-tech-2025-06-24.eml"));
    const { id } = await storeReceived(carnet.deps.db, raw, {
      via: "smtp",
      recipients: ["lettres@carnet.localhost"],
    });
    expect(await processInboundMessage(carnet.deps.db, id, { autoPublishConfidence: 0.8 })).toBe("imported");
    await checkIssueHealth(carnet.deps, id);
    const page = await agent.get("/admin/sources").expect(200);
    const [, , , issues, moves] = sourceRow(page.text, "La Lettre Tech &amp; Médias");
    expect({ issues, moves }).toEqual({ issues: "4", moves: "32" });
    // Measured against the sample issues, as README's "Trying it on your machine" says.
    expect(page.text).toContain("ne compte que 3 mouvements, pour 10 d’habitude.");

    // The import history says how each issue came in: by mail, or by `carnet import` for the samples.
    const history = await agent.get("/admin/imports").expect(200);
    const cameBy = (title: string) =>
      history.text
        .slice(history.text.indexOf("Historique"))
        .split("<tr>")
        .find((row) => row.includes(title))
        ?.match(/<span class="muted">([^<]+)<\/span><\/td>\s*<\/tr>/u)?.[1];
    expect(cameBy("24 juin 2025")).toBe("SMTP");
    expect(cameBy("20 mai 2025")).toBe("ligne de commande");
  });

  it("says in French, on every admin page, how long the newsletter has been silent", async () => {
    const inAMonth = new Date(Date.now() + 30 * 86_400_000);
    expect(await checkSilentSources(carnet.deps, inAMonth)).toBe(1);
    const page = await agent.get("/admin/revue").expect(200);
    expect(page.text).toContain("aucun message depuis 30 jours (cadence hebdomadaire).");
  });
});
