import { type Response, Router } from "express";
import { z } from "zod";
import { paths } from "../../../shared/site-paths.ts";
import type { Deps } from "../../deps.ts";
import { NotFound } from "../../errors.ts";
import { actorOf, requireRole } from "../../middleware/require-admin.ts";
import { addAlias, removeAlias, rename } from "../../services/curation.ts";
import * as directory from "../../services/directory-admin.ts";
import { decideProposal, merge } from "../../services/merge.ts";
import { removePerson } from "../../services/suppression.ts";
import { idParam as id, parseInput } from "../../validation.ts";
import { deletedCounts, flash } from "./flash.ts";

const entityParam = z.enum(["person", "company"]).default("company");
const renameInput = z.object({
  name: z.string().trim().min(1, "nom requis").max(200),
  slug: z.string().trim().max(200).default(""),
});

// The French path segment and labels of each kind of record.
const KINDS = {
  person: { path: "personnes", one: "personne", title: "Personnes" },
  company: { path: "entreprises", one: "entreprise", title: "Entreprises" },
} as const;

/** People and companies: lists, renames, aliases, removal, merges and near-duplicate proposals. */
export function createDirectoryRouter({ db }: Deps): Router {
  const router = Router();

  for (const entity of ["person", "company"] as const) {
    const kind = KINDS[entity];

    router.get(`/${kind.path}`, async (req, res) => {
      const { q } = parseInput(z.object({ q: z.string().trim().max(200).default("") }), req.query);
      const rows = await directory.search(db, entity, q);
      res.render("admin/directory-list", { title: kind.title, section: kind.path, entity, kind, q, rows });
    });

    router.get(`/${kind.path}/:id`, async (req, res) => {
      const recordId = parseInput(id, req.params.id);
      const record =
        entity === "person"
          ? await directory.findPerson(db, recordId)
          : await directory.findCompany(db, recordId);
      if (!record) throw new NotFound(`Fiche introuvable.`);
      const [moves, redirects, aliases, online] = await Promise.all([
        directory.listMovesOf(db, entity === "person" ? { personId: recordId } : { companyId: recordId }),
        directory.redirectsTo(db, entity, recordId),
        entity === "company" ? directory.listAliases(db, recordId) : Promise.resolve([]),
        directory.isPublic(db, entity, recordId),
      ]);
      res.render("admin/directory-record", {
        title: record.name,
        section: kind.path,
        entity,
        isPerson: entity === "person",
        kind,
        record,
        moves,
        redirects,
        aliases,
        online,
      });
    });

    router.post(`/${kind.path}/:id`, async (req, res) => {
      const recordId = parseInput(id, req.params.id);
      const input = parseInput(renameInput, req.body);
      const { slug } = await rename(db, actorOf(res), entity, recordId, input);
      flash(req, `Fiche enregistrée (adresse publique : ${paths[entity](slug)}).`);
      res.redirect(303, `/admin/${kind.path}/${recordId}`);
    });
  }

  router.post("/entreprises/:id/alias", async (req, res) => {
    const companyId = parseInput(id, req.params.id);
    const { alias } = parseInput(
      z.object({ alias: z.string().trim().min(1, "alias requis").max(200) }),
      req.body,
    );
    const outcome = await addAlias(db, actorOf(res), companyId, alias);
    if (outcome === "added") flash(req, `Alias « ${alias} » ajouté.`);
    else
      flash(
        req,
        outcome === "name"
          ? `« ${alias} » est déjà le nom de cette entreprise (casse, accents et forme juridique ignorés) : rien n’a été ajouté.`
          : `« ${alias} » est déjà un alias de cette entreprise : rien n’a été ajouté.`,
        "error",
      );
    res.redirect(303, `/admin/entreprises/${companyId}`);
  });

  router.post("/entreprises/:id/alias/:aliasId/supprimer", async (req, res) => {
    const companyId = parseInput(id, req.params.id);
    await removeAlias(db, actorOf(res), companyId, parseInput(id, req.params.aliasId));
    flash(req, "Alias retiré.");
    res.redirect(303, `/admin/entreprises/${companyId}`);
  });

  router.post("/personnes/:id/supprimer", requireRole("admin"), async (req, res) => {
    const personId = parseInput(id, req.params.id);
    const { reason } = parseInput(z.object({ reason: z.string().trim().max(500).default("") }), req.body);
    const result = await removePerson(db, actorOf(res), personId, reason);
    flash(req, `${result.entry.name} : ${deletedCounts(result)} ; les prochains imports l’ignoreront.`);
    res.redirect(303, "/admin/suppressions");
  });

  router.get("/doublons", async (_req, res) => {
    const proposals = await directory.listOpenProposals(db);
    res.render("admin/duplicates", { title: "Doublons et fusions", section: "doublons", proposals });
  });

  /**
   * A merge cannot be undone: before it, the page shows both records and the moves that will be
   * joined, and only a second POST carrying confirme=1 merges.
   */
  const confirmMerge = async (
    res: Response,
    type: "person" | "company",
    loserId: number,
    survivorId: number,
    form: { action: string; fields: { name: string; value: string | number }[] },
  ) => {
    const find = type === "person" ? directory.findPerson : directory.findCompany;
    const [loser, survivor] = await Promise.all([find(db, loserId), find(db, survivorId)]);
    if (!loser || !survivor) throw new NotFound("L’une des deux fiches n’existe plus.");
    const movesOf = (recordId: number) =>
      directory.listMovesOf(db, type === "person" ? { personId: recordId } : { companyId: recordId });
    const [loserMoves, survivorMoves] = await Promise.all([movesOf(loserId), movesOf(survivorId)]);
    res.render("admin/merge-confirm", {
      title: "Confirmer la fusion",
      section: "doublons",
      isPerson: type === "person",
      loser,
      survivor,
      loserMoves,
      survivorMoves,
      form,
    });
  };

  router.post("/doublons/:id", async (req, res) => {
    const { decision, confirme } = parseInput(
      z.object({
        decision: z.enum(["keep_first", "keep_second", "dismiss"]),
        confirme: z.enum(["1"]).optional(),
      }),
      req.body,
    );
    if (decision !== "dismiss" && !confirme) {
      const proposalId = parseInput(id, req.params.id);
      const proposal = await directory.findProposal(db, proposalId);
      if (proposal?.status !== "open") throw new NotFound("Proposition introuvable ou déjà traitée.");
      const [survivor, loser] =
        decision === "keep_first"
          ? [proposal.first_id, proposal.second_id]
          : [proposal.second_id, proposal.first_id];
      return confirmMerge(res, proposal.entity, loser, survivor, {
        action: `/admin/doublons/${proposalId}`,
        fields: [{ name: "decision", value: decision }],
      });
    }
    await decideProposal(db, actorOf(res), parseInput(id, req.params.id), decision);
    flash(req, decision === "dismiss" ? "Proposition écartée." : "Fiches fusionnées.");
    res.redirect(303, "/admin/doublons");
  });

  // The merge page: two records named by their address (slug), side by side with their counts.
  router.get("/fusion", async (req, res) => {
    const query = parseInput(
      z.object({
        type: entityParam,
        a: z.string().trim().max(200).default(""),
        b: z.string().trim().max(200).default(""),
      }),
      req.query,
    );
    const load = async (slug: string) => {
      if (!slug) return null;
      const found = await directory.findBySlug(db, query.type, slug);
      if (!found) return { slug, missing: true };
      return { ...found, counts: await directory.countsFor(db, query.type, found.id) };
    };
    const [first, second] = await Promise.all([load(query.a), load(query.b)]);
    res.render("admin/merge", {
      title: "Fusionner deux fiches",
      section: "doublons",
      ...query,
      isPerson: query.type === "person",
      first,
      second,
      pair: [first, second],
      ready: first && second && "id" in first && "id" in second && first.id !== second.id,
      // the same address twice, or an old address that now redirects to the other
      same: first && second && "id" in first && "id" in second && first.id === second.id ? first : null,
    });
  });

  router.post("/fusion", async (req, res) => {
    const input = parseInput(
      z.object({
        type: z.enum(["person", "company"]),
        loser: id,
        survivor: id,
        confirme: z.enum(["1"]).optional(),
      }),
      req.body,
    );
    if (!input.confirme)
      return confirmMerge(res, input.type, input.loser, input.survivor, {
        action: "/admin/fusion",
        fields: [
          { name: "type", value: input.type },
          { name: "loser", value: input.loser },
          { name: "survivor", value: input.survivor },
        ],
      });
    const { survivorSlug } = await merge(db, actorOf(res), input.type, input.loser, input.survivor);
    flash(req, `Fusion faite : l’ancienne adresse redirige vers ${survivorSlug}.`);
    res.redirect(303, `/admin/${KINDS[input.type].path}/${input.survivor}`);
  });

  return router;
}
