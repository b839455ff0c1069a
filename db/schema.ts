import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from "kysely";
import type {
  Frequency,
  JobFunction,
  MoveKind,
  MoveStatus,
  Seniority,
  SubscriberStatus,
} from "../shared/vocabulary.ts";

/**
 * The Kysely view of the schema built by db/migrations. bigint ids and counts arrive as numbers and
 * `date` columns as 'YYYY-MM-DD' strings (see the type parsers in db/database.ts).
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

// The vocabulary lives in shared/vocabulary.ts (the parser and the views use it too); the
// migration's CHECK constraints list the same values.
export type { Frequency, JobFunction, MoveKind, MoveStatus, Seniority, SubscriberStatus };

export type DigestStatus = "queued" | "sending" | "sent" | "retrying" | "failed";
export type AdminRole = "admin" | "editor";

export interface AdminUsersTable {
  id: GeneratedAlways<number>;
  email: string;
  password_hash: string;
  role: AdminRole;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  last_sign_in_at: Timestamp | null;
}

export interface NewsletterIssuesTable {
  id: GeneratedAlways<number>;
  title: string | null;
  published_on: string | null;
  source_file: string;
  content_hash: string;
  raw_text: string;
  section_found: Generated<boolean>;
  moves_count: Generated<number>;
  pending_count: Generated<number>;
  imported_by: number | null;
  imported_at: CreatedAt;
}

export interface CompaniesTable {
  id: GeneratedAlways<number>;
  name: string;
  slug: string;
  key: string;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export interface CompanyAliasesTable {
  id: GeneratedAlways<number>;
  company_id: number;
  alias: string;
  key: string;
  created_at: CreatedAt;
}

export interface PeopleTable {
  id: GeneratedAlways<number>;
  name: string;
  slug: string;
  key: string;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export interface SlugRedirectsTable {
  entity: "person" | "company";
  old_slug: string;
  target_id: number;
  created_at: CreatedAt;
}

export interface MovesTable {
  id: GeneratedAlways<number>;
  person_id: number;
  company_id: number;
  role: string;
  kind: MoveKind;
  seniority: Seniority;
  function: JobFunction;
  predecessor_name: string | null;
  issue_id: number;
  paragraph_index: number;
  paragraph_text: string;
  confidence: number;
  reasons: Generated<string[]>;
  status: Generated<MoveStatus>;
  published_on: string;
  /** Set by a trigger (0003) when the move enters 'published'; alerts count from it. */
  published_at: Timestamp | null;
  search_text: Generated<string>;
  search_vector: GeneratedAlways<string>;
  /** Another newsletter also announced this move (move_sources), kept by triggers (0029). */
  other_sources: Generated<boolean>;
  /** The record's previous employers (NULL for none), kept by triggers (migration 0032). */
  previous_companies: ColumnType<unknown, never, never>;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export interface MovePreviousCompaniesTable {
  move_id: number;
  position: number;
  company_id: number;
}

export interface DuplicateProposalsTable {
  id: GeneratedAlways<number>;
  entity: "person" | "company";
  first_id: number;
  second_id: number;
  similarity: number;
  status: Generated<"open" | "accepted" | "dismissed">;
  created_at: CreatedAt;
  decided_at: Timestamp | null;
}

export interface SuppressionsTable {
  id: GeneratedAlways<number>;
  person_key: string;
  name: string;
  reason: Generated<string>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface SubscribersTable {
  id: GeneratedAlways<number>;
  email: string;
  status: Generated<SubscriberStatus>;
  frequency: Generated<Frequency>;
  include_departures: Generated<boolean>;
  confirm_token_hash: string | null;
  confirm_token_expires_at: Timestamp | null;
  confirmed_at: Timestamp | null;
  unsubscribed_at: Timestamp | null;
  confirmation_sent_at: Timestamp | null;
  /** The consent wording shown on the form they submitted (0010_3). */
  consent_text_id: number | null;
  subscribed_ip: string | null;
  /** Which form: "alertes" (the page) or "entreprise" (a company page's "Suivre"). */
  subscribed_from: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export interface FollowsTable {
  id: GeneratedAlways<number>;
  subscriber_id: number;
  company_name: string;
  company_key: string;
  created_at: CreatedAt;
}

export interface AlertDigestsTable {
  id: GeneratedAlways<number>;
  subscriber_id: number | null;
  /** 'skipped' (0018): moves too old to mail (ALERTS_MAX_AGE_DAYS), recorded, never sent. */
  status: Generated<DigestStatus | "skipped">;
  message_id: string;
  subject: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Generated<Timestamp>;
  claimed_at: Timestamp | null;
  sent_at: Timestamp | null;
  created_at: CreatedAt;
  /**
   * The digest's moves (0018), with, at the same index, why each is in it and the saved search it
   * matched (null unless reason 'search'; a search deleted since keeps its id, read as none).
   */
  move_ids: Generated<number[]>;
  reasons: Generated<DeliveryReason[]>;
  saved_search_ids: Generated<(number | null)[]>;
  /** Set on a 'skipped' digest: why its moves were not mailed. */
  skipped_reason: string | null;
}

/** Why a move is in a subscriber's digest: a followed company (or one left), person or search. */
export type DeliveryReason = "arrival" | "departure" | "person" | "search";

/** A subscriber follows a person by id (0011); a merge re-points the row. */
export interface PersonFollowsTable {
  id: GeneratedAlways<number>;
  subscriber_id: number;
  person_id: number;
  created_at: CreatedAt;
}

/**
 * A /recherche query kept as an alert (0011): its canonical query string and the criteria the
 * alert round matches; `match_keys` (0017, generated) every key a match carries, which the round
 * anchors on (0011's single `anchor` is still filled but no longer read).
 */
export interface SavedSearchesTable {
  id: GeneratedAlways<number>;
  subscriber_id: number | null;
  webhook_id: number | null;
  name: string;
  query: string;
  words: string | null;
  words_query: string | null;
  company_key: string | null;
  kind: string | null;
  seniority: string | null;
  function: string | null;
  anchor: string;
  match_keys: GeneratedAlways<string[]>;
  created_at: CreatedAt;
}

export type WebhookFormat = "json" | "slack";

export interface WebhooksTable {
  id: GeneratedAlways<number>;
  name: string;
  url: string;
  secret: string;
  format: Generated<WebhookFormat>;
  company_keys: Generated<string[]>;
  person_ids: Generated<number[]>;
  active: Generated<boolean>;
  consecutive_failures: Generated<number>;
  disabled_reason: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface WebhookEventsTable {
  id: GeneratedAlways<number>;
  webhook_id: number;
  move_id: number;
  status: Generated<DigestStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Timestamp>;
  claimed_at: Timestamp | null;
  delivered_at: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
}

export interface WebhookAttemptsTable {
  id: GeneratedAlways<number>;
  event_id: number;
  attempted_at: CreatedAt;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface ApiTokensTable {
  id: GeneratedAlways<number>;
  name: string;
  token_hash: string;
  prefix: string;
  created_by: number | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: GeneratedAlways<number>;
  admin_user_id: number | null;
  actor_email: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown | null;
  after: unknown | null;
  created_at: CreatedAt;
}

/** Uploaded newsletters between the admin's parse preview and confirmation (0004). */
export interface ImportDraftsTable {
  id: GeneratedAlways<number>;
  token: string;
  admin_user_id: number;
  position: number;
  file_name: string;
  content: Buffer;
  created_at: CreatedAt;
}

/** A Mouvements paragraph the parser did not (fully) understand (migrations 0008, 0021). */
export interface UnreadParagraphsTable {
  id: GeneratedAlways<number>;
  issue_id: number;
  paragraph_index: number;
  paragraph_text: string;
  reason: "no_move" | "partly_read" | "outside_section";
  candidates: ColumnType<UnreadCandidates, string, string>;
  status: Generated<"pending" | "dismissed" | "resolved">;
  decided_by: number | null;
  decided_at: Timestamp | null;
  created_at: CreatedAt;
}

/** What an unread paragraph names, to pre-fill the form that adds its move. */
export interface UnreadCandidates {
  people: string[];
  companies: string[];
  roles: string[];
}

/** Companies created since the last near-duplicate pass (migration 0031): ids only, no key. */
export interface NearDuplicateQueueTable {
  company_id: number;
}

/** Distinct words of people's and companies' normalized names (migration 0005): typo corrections. */
export interface NameWordsTable {
  word: string;
}

/** One row: committed changes to what a search can return (migration 0005), for cached answers. */
export interface DirectoryVersionTable {
  singleton: Generated<boolean>;
  version: number;
}

/** E-mails owed by a web request, sent by the job queue (migration 0010_1). Ids only, no links. */
export type OutboxKind =
  | "subscription_confirm"
  | "subscription_manage_link"
  | "person_request_confirm"
  | "person_request_outcome";
export type OutboxStatus = "queued" | "sending" | "sent" | "failed";
export interface MailOutboxTable {
  id: GeneratedAlways<number>;
  kind: OutboxKind;
  subscriber_id: number | null;
  /** Added by 0014: the e-mails of a listed person's request. */
  person_request_id: Generated<number | null>;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  claimed_at: Timestamp | null;
  sent_at: Timestamp | null;
}

/** A listed person's request (0014): a correction or a removal, confirmed by e-mail, then decided. */
export type PersonRequestKind = "correction" | "removal";
export type PersonRequestStatus = "unconfirmed" | "open" | "accepted" | "refused";
export interface PersonRequestsTable {
  id: GeneratedAlways<number>;
  kind: PersonRequestKind;
  status: Generated<PersonRequestStatus>;
  person_id: number | null;
  person_name: string;
  person_slug: string;
  move_id: number | null;
  details: Generated<string>;
  email: string;
  confirm_token_hash: string | null;
  confirm_token_expires_at: Timestamp | null;
  created_at: CreatedAt;
  confirmed_at: Timestamp | null;
  due_at: Timestamp | null;
  decided_at: Timestamp | null;
  decided_by: number | null;
  response: string | null;
}

/** Versioned texts (0010_3): the privacy page and the consent wording; a change adds a version. */
export type LegalTextKind = "privacy" | "consent";
export interface LegalTextsTable {
  id: GeneratedAlways<number>;
  kind: LegalTextKind;
  version: number;
  body: string;
  created_by: number | null;
  created_at: CreatedAt;
}

/** A subscriber's consent trail after subscribing: confirmation, changes of follows, frequency, state. */
export interface SubscriberEventsTable {
  id: GeneratedAlways<number>;
  subscriber_id: number;
  event: string;
  detail: unknown | null;
  created_at: CreatedAt;
}

/** What erasure leaves: an HMAC of the address, never the address. */
export interface ErasedSubscribersTable {
  address_hash: string;
  erased_at: Timestamp;
}

export interface SessionTable {
  sid: string;
  sess: unknown;
  expire: Timestamp;
}

/** Shared rate-limit counters (UNLOGGED, primary only): see server/middleware/rate-limit.ts. */
export interface RateLimitHitsTable {
  limiter: string;
  key: string;
  hits: number;
  reset_at: Timestamp;
}

/** A CSV watch list read and matched, waiting for the subscriber to confirm its preview (0015). */
export interface WatchListUploadsTable {
  id: GeneratedAlways<number>;
  subscriber_id: number;
  file_name: string;
  /** 'add' keeps what is already followed; 'replace' makes the file the whole list. */
  mode: Generated<"add" | "replace">;
  /** The preview's items (server/services/watch-lists.ts WatchListItem), as JSON. */
  items: ColumnType<unknown, string, string>;
  created_at: CreatedAt;
}

export interface Database {
  admin_users: AdminUsersTable;
  newsletter_issues: NewsletterIssuesTable;
  companies: CompaniesTable;
  company_aliases: CompanyAliasesTable;
  people: PeopleTable;
  slug_redirects: SlugRedirectsTable;
  moves: MovesTable;
  move_previous_companies: MovePreviousCompaniesTable;
  duplicate_proposals: DuplicateProposalsTable;
  near_duplicate_queue: NearDuplicateQueueTable;
  suppressions: SuppressionsTable;
  subscribers: SubscribersTable;
  follows: FollowsTable;
  alert_digests: AlertDigestsTable;
  audit_log: AuditLogTable;
  session: SessionTable;
  import_drafts: ImportDraftsTable;
  name_words: NameWordsTable;
  directory_version: DirectoryVersionTable;
  rate_limit_hits: RateLimitHitsTable;
  unread_paragraphs: UnreadParagraphsTable;
  mail_outbox: MailOutboxTable;
  person_requests: PersonRequestsTable;
  legal_texts: LegalTextsTable;
  subscriber_events: SubscriberEventsTable;
  erased_subscribers: ErasedSubscribersTable;
  person_follows: PersonFollowsTable;
  saved_searches: SavedSearchesTable;
  webhooks: WebhooksTable;
  webhook_events: WebhookEventsTable;
  webhook_attempts: WebhookAttemptsTable;
  api_tokens: ApiTokensTable;
  watch_list_uploads: WatchListUploadsTable;
}

export type AdminUser = Selectable<AdminUsersTable>;
export type NewsletterIssue = Selectable<NewsletterIssuesTable>;
export type NewNewsletterIssue = Insertable<NewsletterIssuesTable>;
export type Company = Selectable<CompaniesTable>;
export type Person = Selectable<PeopleTable>;
export type Move = Selectable<MovesTable>;
export type NewMove = Insertable<MovesTable>;
export type MoveUpdate = Updateable<MovesTable>;
export type Subscriber = Selectable<SubscribersTable>;
export type Follow = Selectable<FollowsTable>;
export type AlertDigest = Selectable<AlertDigestsTable>;
export type AuditEntry = Selectable<AuditLogTable>;
