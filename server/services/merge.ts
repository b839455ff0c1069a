import type { DB } from "../../db/database.ts";
import * as directory from "../../db/repositories/directory-admin.ts";
import * as merges from "../../db/repositories/merge.ts";
import * as moves from "../../db/repositories/moves.ts";
import { Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";

/**
 * Merging two people or two companies: moves, previous-employer links, follows and aliases move
 * to the survivor in one transaction, and the loser's address redirects to the survivor's.
 */
export async function merge(
  db: DB,
  actor: Actor,
  entity: directory.Entity,
  loserId: number,
  survivorId: number,
): Promise<{ survivorSlug: string }> {
  if (loserId === survivorId) throw new Invalid("second", "Choisissez deux fiches différentes.");
  return db.transaction().execute(async (trx) => {
    const find = entity === "person" ? directory.findPerson : directory.findCompany;
    const [loser, survivor] = await Promise.all([find(trx, loserId), find(trx, survivorId)]);
    if (!loser || !survivor) throw new NotFound("L’une des deux fiches n’existe plus.");
    const before = {
      loser: {
        id: loser.id,
        name: loser.name,
        slug: loser.slug,
        ...(await merges.countsFor(trx, entity, loserId)),
      },
      survivor: {
        id: survivor.id,
        name: survivor.name,
        slug: survivor.slug,
        ...(await merges.countsFor(trx, entity, survivorId)),
      },
    };
    if (entity === "person") await merges.mergePeople(trx, loserId, survivorId);
    else await merges.mergeCompanies(trx, loserId, survivorId);
    await moves.refreshSearchText(
      trx,
      entity === "person" ? { personId: survivorId } : { companyId: survivorId },
    );
    await record(trx, {
      actor,
      action: `${entity}.merge`,
      entity,
      entityId: survivorId,
      before,
      after: {
        survivor: {
          id: survivor.id,
          slug: survivor.slug,
          ...(await merges.countsFor(trx, entity, survivorId)),
        },
      },
    });
    return { survivorSlug: survivor.slug };
  });
}

export type ProposalDecision = "keep_first" | "keep_second" | "dismiss";

/** Accepts a near-duplicate proposal (merging into the chosen record) or dismisses it. */
export async function decideProposal(db: DB, actor: Actor, id: number, decision: ProposalDecision) {
  const proposal = await merges.findProposal(db, id);
  if (proposal?.status !== "open") throw new NotFound("Proposition introuvable ou déjà traitée.");
  if (decision === "dismiss") {
    await db.transaction().execute(async (trx) => {
      await merges.setProposalStatus(trx, id, "dismissed");
      await record(trx, {
        actor,
        action: "duplicate.dismiss",
        entity: proposal.entity,
        entityId: `${proposal.first_id},${proposal.second_id}`,
      });
    });
    return;
  }
  const [survivor, loser] =
    decision === "keep_first"
      ? [proposal.first_id, proposal.second_id]
      : [proposal.second_id, proposal.first_id];
  await merge(db, actor, proposal.entity, loser, survivor);
}
