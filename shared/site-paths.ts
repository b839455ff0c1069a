// Every address of the public site, in one place: routes declare them (`paths.person(":slug")`),
// templates write {{path "person" slug}}, and feeds, exports, webhooks and e-mails prefix them with
// PUBLIC_URL. Renaming a page is then one edit here, and no link is left pointing at the old name.

export const paths = {
  home: () => "/",
  person: (slug: string) => `/personnes/${slug}`,
  company: (slug: string) => `/entreprises/${slug}`,
  companyFeed: (slug: string) => `/entreprises/${slug}/feed.atom`,
  issue: (id: number | string) => `/numeros/${id}`,
  /** `query` is a query string, "?" included, or empty. */
  search: (query = "") => `/recherche${query}`,
  searchFeed: (query = "") => `/recherche.atom${query}`,
  searchCsv: (query = "") => `/recherche.csv${query}`,
  privacy: () => "/confidentialite",
  alerts: () => "/alertes",
  confirmSubscription: (token: string) => `/alertes/confirmer/${token}`,
  manageSubscription: (signed: string) => `/alertes/gerer/${signed}`,
  /** A CSV watch list's upload, then its preview's confirmation (issue 18). */
  watchList: (signed: string) => `/alertes/gerer/${signed}/liste`,
  watchListPreview: (signed: string, id: number | string) => `/alertes/gerer/${signed}/liste/${id}`,
  followsCsv: (signed: string) => `/alertes/gerer/${signed}/suivis.csv`,
  unsubscribe: (signed: string) => `/alertes/desabonnement/${signed}`,
  /** "Vous figurez dans Carnet ?": a listed person's request (issue 17), then its mailed confirmation. */
  personRequest: (slug: string) => `/personnes/${slug}/demande`,
  confirmPersonRequest: (token: string) => `/demandes/confirmer/${token}`,
  adminSources: () => "/admin/sources",
  adminIntegrations: () => "/admin/integrations",
} as const;

export type PathName = keyof typeof paths;
