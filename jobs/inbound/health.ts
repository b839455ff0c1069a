import type { DB } from "../../db/database.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import type { Config } from "../../server/config.ts";
import { type MailDeps, sendEmail } from "../../server/mail/send.ts";
import { paths } from "../../shared/site-paths.ts";
import { CADENCE_LABELS } from "../../shared/vocabulary.ts";

/**
 * Source health: an issue without its Mouvements section, one with far fewer moves than the median
 * of the source's last ten, or a source silent for twice its cadence becomes one source_alerts row
 * (shown as a banner in the admin and on the Sources page) and, when ADMIN_EMAIL is set, one e-mail.
 * The row's unique key makes the e-mail go once per event, whichever process notices it.
 */

export interface HealthDeps extends MailDeps {
  db: DB;
  config: Pick<Config, "ADMIN_EMAIL" | "MAIL_FROM" | "PUBLIC_URL">;
}

/** "Far fewer": under a third of the median, once the source has a median worth the name. */
const FEW_MOVES_RATIO = 1 / 3;
const MEDIAN_OF = 10;
const MIN_HISTORY = 3;

const CADENCE_DAYS = { daily: 1, weekly: 7, monthly: 31 } as const;

async function raise(
  deps: HealthDeps,
  alert: {
    sourceId: number;
    sourceName: string;
    kind: inbound.SourceAlertKind;
    eventKey: string;
    detail: string;
  },
): Promise<boolean> {
  const id = await inbound.raiseSourceAlert(deps.db, alert);
  if (id === null) return false;
  if (deps.config.ADMIN_EMAIL) {
    await sendEmail(deps, {
      to: deps.config.ADMIN_EMAIL,
      subject: `Carnet : la source « ${alert.sourceName} » demande votre attention`,
      template: "source-alert",
      data: {
        sourceName: alert.sourceName,
        detail: alert.detail,
        sourcesUrl: deps.config.PUBLIC_URL + paths.adminSources(),
      },
    });
    await inbound.markSourceAlertNotified(deps.db, id);
  }
  return true;
}

/** After a message of a source was processed: no section, or far fewer moves than usual. */
export async function checkIssueHealth(deps: HealthDeps, messageId: number): Promise<boolean> {
  const message = await inbound.processedMessage(deps.db, messageId);
  if (!message?.source_id) return false;
  const source = {
    sourceId: message.source_id,
    sourceName: message.source_name ?? "",
    eventKey: String(messageId),
  };
  if (message.status === "no_section")
    return raise(deps, {
      ...source,
      kind: "no_section",
      detail: `le numéro « ${message.subject ?? "sans objet"} » n’a pas de rubrique Mouvements.`,
    });
  if (message.status !== "imported" || message.moves_count === null) return false;
  const history = await inbound.recentMoveCounts(deps.db, message.source_id, messageId, MEDIAN_OF);
  if (history.length < MIN_HISTORY) return false;
  const sorted = [...history].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  if (message.moves_count >= median * FEW_MOVES_RATIO) return false;
  return raise(deps, {
    ...source,
    kind: "few_moves",
    detail: `le numéro « ${message.subject ?? "sans objet"} » ne compte que ${message.moves_count} mouvement${message.moves_count > 1 ? "s" : ""}, pour ${median} d’habitude.`,
  });
}

/** Sources silent for twice their cadence (checked by the inbound sweep). */
export async function checkSilentSources(deps: HealthDeps, now: Date): Promise<number> {
  let raised = 0;
  for (const source of await inbound.sourceSummaries(deps.db)) {
    if (!source.last_received_at) continue;
    const silentDays = (now.getTime() - source.last_received_at.getTime()) / 86_400_000;
    if (silentDays < 2 * CADENCE_DAYS[source.cadence]) continue;
    const raisedNow = await raise(deps, {
      sourceId: source.id,
      sourceName: source.name,
      kind: "silent",
      // One event per silence: the next message ends it, a later silence is another event.
      eventKey: source.last_received_at.toISOString(),
      detail: `aucun message depuis ${Math.floor(silentDays)} jours (cadence ${CADENCE_LABELS[source.cadence]}).`,
    });
    if (raisedNow) raised++;
  }
  return raised;
}
