/** SR-ANOMALY — the fixed scales of an anomaly (no zod: the list's first screen reads them). */
export const ANOMALY_STATES = ['open', 'in-progress', 'closed'] as const;
export type AnomalyState = (typeof ANOMALY_STATES)[number];

/** From the least to the most serious (the criticality sort follows this order, not the labels). */
export const ANOMALY_CRITICALITIES = ['minor', 'major', 'critical'] as const;
export type AnomalyCriticality = (typeof ANOMALY_CRITICALITIES)[number];

/** Who created the anomaly: a user of the account, a provider's technician, or a safety commission. */
export const ANOMALY_AUTHOR_KINDS = ['user', 'provider', 'commission'] as const;
export type AnomalyAuthorKind = (typeof ANOMALY_AUTHOR_KINDS)[number];

/** Where an anomaly comes from: a report, a commission, a visit, or typed by hand. */
export const ANOMALY_SOURCE_KINDS = ['report', 'commission', 'visit', 'manual'] as const;
export type AnomalySourceKind = (typeof ANOMALY_SOURCE_KINDS)[number];

export const REQUEST_KINDS = ['intervention', 'quote'] as const;
export type AnomalyRequestKind = (typeof REQUEST_KINDS)[number];

/** The longest message of a request. */
export const MESSAGE_MAX_LENGTH = 2000;
