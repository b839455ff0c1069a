import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.ts";
import * as m0002 from "./0002_search.ts";
import * as m0003 from "./0003_alerts.ts";
import * as m0004 from "./0004_admin.ts";
import * as m0005 from "./0005_search_speed.ts";
import * as m0006 from "./0006_import_speed.ts";
import * as m0008 from "./0008_unread_paragraphs.ts";
import * as m0009_1 from "./0009_1_move_sources.ts";
import * as m0009_2 from "./0009_2_newsletter_sources.ts";
import * as m0009_3 from "./0009_3_source_health.ts";
import * as m0010_1 from "./0010_1_mail_outbox.ts";
import * as m0010_2 from "./0010_2_stale_alerts.ts";
import * as m0010_3 from "./0010_3_privacy.ts";
import * as m0011 from "./0011_watch.ts";
import * as m0013 from "./0013_scale.ts";
import * as m0014 from "./0014_person_requests.ts";
import * as m0015 from "./0015_watch_lists.ts";
import * as m0016 from "./0016_inbound_pipeline.ts";
import * as m0017_2 from "./0017_2_alert_claims.ts";
import * as m0017 from "./0017_alert_matching.ts";
import * as m0018 from "./0018_alert_digest_moves.ts";
import * as m0019 from "./0019_alert_digest_writes.ts";
import * as m0021 from "./0021_unread_outside_section.ts";
import * as m0025 from "./0025_inbound_retries.ts";
import * as m0025_subscribers from "./0025_subscriber_list.ts";
import * as m0026 from "./0026_legal_function.ts";
import * as m0027 from "./0027_name_word_deletions.ts";
import * as m0029 from "./0029_other_sources_flag.ts";
import * as m0030 from "./0030_empty_statement_triggers.ts";
import * as m0031 from "./0031_near_duplicate_queue.ts";
import * as m0032 from "./0032_previous_companies_record.ts";
import * as m0033 from "./0033_alert_matching_parts.ts";
import * as m0034 from "./0034_codirector_seniority.ts";

/**
 * Every migration, in order. Listed by hand rather than read from the folder so the same code runs
 * under tsx, Jest and a bundler alike. Add a line per new file; never edit a landed migration.
 *
 * Each number is used once (test/unit/migration-names.test.ts), with one exception that stays:
 * 0025_inbound_retries and 0025_subscriber_list landed the same evening from two pieces of work
 * handed the same number. Kysely records each migration by its full name in kysely_migration and
 * runs them in name order, so the pair runs fine (inbound_retries, then subscriber_list); but
 * renaming either would break every database that ran it: Kysely refuses to start when an executed
 * name is missing ("corrupted migrations"), and the renamed file would run its CREATE INDEX twice.
 */
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_search": m0002,
  "0003_alerts": m0003,
  "0004_admin": m0004,
  "0005_search_speed": m0005,
  "0006_import_speed": m0006,
  "0008_unread_paragraphs": m0008,
  "0009_1_move_sources": m0009_1,
  "0009_2_newsletter_sources": m0009_2,
  "0009_3_source_health": m0009_3,
  "0010_1_mail_outbox": m0010_1,
  "0010_2_stale_alerts": m0010_2,
  "0010_3_privacy": m0010_3,
  "0011_watch": m0011,
  "0013_scale": m0013,
  "0014_person_requests": m0014,
  "0015_watch_lists": m0015,
  "0016_inbound_pipeline": m0016,
  "0017_alert_matching": m0017,
  "0017_2_alert_claims": m0017_2,
  "0018_alert_digest_moves": m0018,
  "0019_alert_digest_writes": m0019,
  "0021_unread_outside_section": m0021,
  "0025_inbound_retries": m0025,
  "0025_subscriber_list": m0025_subscribers,
  "0026_legal_function": m0026,
  "0027_name_word_deletions": m0027,
  "0029_other_sources_flag": m0029,
  "0030_empty_statement_triggers": m0030,
  "0031_near_duplicate_queue": m0031,
  "0032_previous_companies_record": m0032,
  "0033_alert_matching_parts": m0033,
  "0034_codirector_seniority": m0034,
};
