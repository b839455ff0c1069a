// The vocabulary Carnet stores and shows, in one place, importing nothing: the database schema,
// the parser, the services and the views all take their lists and French labels from here. The
// migrations' CHECK constraints list the same values (migrations never import app code).

export const MOVE_KINDS = ["joined", "appointed", "promoted"] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export const SENIORITIES = ["c_level", "vp", "director", "head", "manager", "other"] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const JOB_FUNCTIONS = [
  "finance",
  "marketing_communication",
  "sales",
  "tech_product",
  "hr",
  "operations",
  "general_management",
  "legal",
  "other",
] as const;
export type JobFunction = (typeof JOB_FUNCTIONS)[number];

/** How often a subscriber receives alerts; each has its own round (jobs/register.ts). */
export const FREQUENCIES = ["immediate", "daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const MOVE_STATUSES = ["pending", "published", "rejected"] as const;
export type MoveStatus = (typeof MOVE_STATUSES)[number];

export const SUBSCRIBER_STATUSES = ["pending", "confirmed", "unsubscribed"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

// French labels, typed by the lists above so that a new value without a label fails to compile.

export const KIND_LABELS: Record<MoveKind, string> = {
  joined: "Arrivée",
  appointed: "Nomination",
  promoted: "Promotion",
};

export const SENIORITY_LABELS: Record<Seniority, string> = {
  c_level: "Direction générale (C-level)",
  vp: "Vice-président·e",
  director: "Directeur·rice",
  head: "Responsable (head of)",
  manager: "Manager",
  other: "Autre",
};

export const FUNCTION_LABELS: Record<JobFunction, string> = {
  finance: "Finance",
  marketing_communication: "Marketing & communication",
  sales: "Commercial",
  tech_product: "Tech & produit",
  hr: "Ressources humaines",
  operations: "Opérations",
  general_management: "Direction générale",
  legal: "Juridique",
  other: "Autre",
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  immediate: "Dès leur parution",
  daily: "Une fois par jour",
  weekly: "Une fois par semaine",
};

/** How often a newsletter source is expected to send an issue (newsletter_sources.cadence). */
export const CADENCE_LABELS = { daily: "quotidienne", weekly: "hebdomadaire", monthly: "mensuelle" } as const;

export const MOVE_STATUS_LABELS: Record<MoveStatus, string> = {
  pending: "En attente",
  published: "Publié",
  rejected: "Rejeté",
};

export const SUBSCRIBER_STATUS_LABELS: Record<SubscriberStatus, string> = {
  pending: "En attente",
  confirmed: "Confirmé",
  unsubscribed: "Désabonné",
};
