import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import type request from "supertest";
import * as inbound from "../../db/repositories/inbound.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { processInboundMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";
import type { TestDatabase } from "../support/database.ts";

describe("admin Sources page", () => {
  const carnet = useSignedInAdminApp();
  let test: TestDatabase;
  let deps: OwnedDeps;
  let agent: ReturnType<typeof request.agent>;

  beforeAll(() => {
    ({ test, deps, agent } = carnet);
  });

  it("adds a source, shows an unknown sender's newsletter in the tray, and imports it once assigned", async () => {
    const page = await agent.get("/admin/sources").expect(200);
    await agent
      .post("/admin/sources")
      .type("form")
      .send({
        _csrf: csrfOf(page.text),
        nom: "La Lettre Tech & Médias",
        expediteurs: "autre.example",
        cadence: "weekly",
      })
      .expect(303);
    const raw = await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"));
    const { id } = await storeReceived(deps.db, raw, {
      via: "smtp",
      recipients: ["lettres@carnet.localhost"],
    });
    expect(await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("unrecognised");

    const tray = await agent.get("/admin/sources").expect(200);
    expect(tray.text).toContain("lettre@lettre-tech.example");
    expect(tray.text).toContain("Attribuer et importer");
    const [source] = await inbound.sourceSummaries(deps.db);
    await agent
      .post(`/admin/sources/messages/${id}/attribuer`)
      .type("form")
      .send({ _csrf: csrfOf(tray.text), source: String(source!.id) })
      .expect(303);
    const after = await agent.get("/admin/sources").expect(200);
    expect(after.text).toContain("Message attribué : importé.");
    expect(after.text).toContain("Aucun message en attente.");
    const [summary] = await inbound.sourceSummaries(deps.db);
    expect(summary).toMatchObject({ issues: 1, senders: ["autre.example", "lettre@lettre-tech.example"] });
    expect(summary!.moves).toBeGreaterThan(3);
  });

  it("holds for review a message that fails DMARC when its source asks for it, and imports it on the admin's word", async () => {
    const page = await agent.get("/admin/sources").expect(200);
    await agent
      .post("/admin/sources")
      .type("form")
      .send({
        _csrf: csrfOf(page.text),
        nom: "La Lettre RH",
        expediteurs: "lettre-rh.example",
        cadence: "weekly",
        authentification: "on",
      })
      .expect(303);
    const raw = (await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"), "utf8"))
      .replaceAll("lettre@lettre-tech.example", "lettre@lettre-rh.example")
      .replace("<2025-05-20@lettre-tech.example>", "<usurpe@lettre-rh.example>")
      .replace("20 May 2025", "21 May 2025");
    const { id } = await storeReceived(deps.db, Buffer.from(raw), {
      via: "smtp",
      recipients: ["lettres@carnet.localhost"],
      auth: { spf: "fail", dkim: "none", dmarc: "fail" },
    });
    const issues = async () =>
      Number((await test.pool.query("SELECT count(*) FROM newsletter_issues")).rows[0].count);
    const before = await issues();
    expect(await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("held");
    expect(await issues()).toBe(before);

    const tray = await agent.get("/admin/sources").expect(200);
    expect(tray.text).toContain(
      "Retenu pour vérification (La Lettre RH) : authentification insuffisante (DMARC fail)",
    );
    const rh = (await inbound.sourceSummaries(deps.db)).find((s) => s.name === "La Lettre RH")!;
    await agent
      .post(`/admin/sources/messages/${id}/attribuer`)
      .type("form")
      .send({ _csrf: csrfOf(tray.text), source: String(rh.id) })
      .expect(303);
    const after = await agent.get("/admin/sources").expect(200);
    expect(after.text).toContain("Message attribué : importé.");
    expect(after.text).not.toContain("Retenu pour vérification");
    expect(await issues()).toBe(before + 1);
  });

  it("shows each message's state and reads one again on 'Relire' without doubling its moves", async () => {
    const raw = (await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"), "utf8"))
      .replace("<2025-05-20@lettre-tech.example>", "<sans-rubrique@lettre-tech.example>")
      .replace(/<h2>\+ MOUVEMENTS[\s\S]*<h2>\+ AGENDA<\/h2>/u, "<h2>+ AGENDA</h2>");
    const { id } = await storeReceived(deps.db, Buffer.from(raw), {
      via: "smtp",
      recipients: ["lettres+la-lettre-tech-medias@carnet.localhost"],
    });
    expect(await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("no_section");

    const page = await agent.get("/admin/sources").expect(200);
    expect(page.text).toMatch(/importé \(<a href="[^"]+">\d+ mouvements<\/a>\)/u);
    // How each message came, in French: not the stored code ('smtp', 'cli').
    await storeReceived(deps.db, Buffer.from(raw.replace("<sans-rubrique@", "<par-la-console@")), {
      via: "cli",
    });
    const listed = (await agent.get("/admin/sources")).text;
    expect(listed).toContain("<td>ligne de commande</td>");
    expect(listed).toContain("<td>SMTP</td>");
    expect(listed).not.toMatch(/<td>(cli|smtp)<\/td>/u);
    expect(page.text).toContain("pas de rubrique Mouvements");
    const moves = async () => Number((await test.pool.query("SELECT count(*) FROM moves")).rows[0].count);
    const before = await moves();
    const [imported] = await inbound.recentMessages(deps.db, { status: "imported", limit: 1 });
    await agent
      .post(`/admin/sources/messages/${imported!.id}/relire`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    expect((await agent.get("/admin/sources")).text).toContain("Message relu : importé.");
    await agent
      .post("/admin/sources/relire")
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    const reread = (await agent.get("/admin/sources")).text;
    expect(reread).toMatch(/\d+ messages? relus?, dont \d+ importés?\./u);
    expect(reread).not.toContain("(s)");
    expect(await moves()).toBe(before);
  });

  it("lists a newsletter's 'confirmez votre inscription' mail with its link, for a one-click subscription", async () => {
    const optIn = [
      "From: La Lettre RH <inscription@lettre-rh.example>",
      "To: lettres+la-lettre-rh@carnet.localhost",
      "Subject: Confirmez votre inscription à La Lettre RH",
      "Message-ID: <optin-page@lettre-rh.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>Pour confirmer votre inscription, cliquez : <a href="https://lettre-rh.example/optin?t=xyz&amp;u=2">Je confirme</a></p>',
    ].join("\r\n");
    const { id } = await storeReceived(deps.db, Buffer.from(optIn), {
      via: "smtp",
      recipients: ["lettres+la-lettre-rh@carnet.localhost"],
    });
    expect(await processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("confirmation");
    const page = await agent.get("/admin/sources").expect(200);
    expect(page.text).toContain("Inscriptions à confirmer");
    // Handlebars escapes '=' in attributes as &#x3D;; a browser reads the same address.
    expect(page.text.replaceAll("&#x3D;", "=")).toContain(
      'href="https://lettre-rh.example/optin?t=xyz&amp;u=2"',
    );
  });

  it("refuses a source without a valid sender with a 400 naming the field", async () => {
    const page = await agent.get("/admin/sources");
    const res = await agent
      .post("/admin/sources")
      .type("form")
      .send({ _csrf: csrfOf(page.text), nom: "Vide", expediteurs: "pas une adresse", cadence: "weekly" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("expediteurs");
  });
});
