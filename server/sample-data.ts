import type { DB } from "../db/database.ts";
import { type ImportSummary, importPaths } from "../jobs/import/run.ts";
import { SEEDS_DIR } from "./paths.ts";
import { proposeNearDuplicatesOfNewCompanies } from "./services/near-duplicates.ts";
import * as sources from "./services/sources.ts";

/** The newsletter of seeds/, as a source (created with the sample issues). */
export const SAMPLE_SOURCE = {
  name: "La Lettre Tech & Médias",
  slug: "lettre-tech",
  senders: ["lettre-tech.example"],
  cadence: "weekly" as const,
  hold_unauthenticated: false,
};

/**
 * `npm start`'s first run: the sample issues of seeds/, imported under their newsletter. The source
 * is what its next issue, sent to the dev inbound server (`carnet mail send-test seeds/by-mail/…`),
 * is recognised by, so it is imported rather than left in "Non reconnus"; the sample issues are
 * files, with no sender to be recognised by, so they are attached to it by hand: the Sources page
 * then counts them, and the next issue is measured against them.
 */
export async function importSampleData(deps: {
  db: DB;
  config: { AUTO_PUBLISH_CONFIDENCE: number };
}): Promise<ImportSummary> {
  const summary = await importPaths(deps, [SEEDS_DIR]);
  await proposeNearDuplicatesOfNewCompanies(deps.db);
  const source =
    (await sources.sourceBySlug(deps.db, SAMPLE_SOURCE.slug)) ??
    (await sources.createSource(deps.db, SAMPLE_SOURCE));
  const issueIds = summary.files.flatMap((file) => (file.issueId ? [file.issueId] : []));
  await sources.attachIssuesToSource(deps.db, source.id, issueIds);
  return summary;
}
