/** SR-ANOMALY — the contract of the building's anomalies (zod/mini): the list, one anomaly, the providers, a request. */
import * as z from 'zod/mini';

import {
  ANOMALY_AUTHOR_KINDS,
  ANOMALY_CRITICALITIES,
  ANOMALY_SOURCE_KINDS,
  ANOMALY_STATES,
  MESSAGE_MAX_LENGTH,
  REQUEST_KINDS,
} from './model.js';

export * from './model.js';

const Id = z.string().check(z.minLength(1));
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const AnomalyAuthor = z.object({
  kind: z.enum(ANOMALY_AUTHOR_KINDS),
  /** What the column « Anomalie créée par » shows (« Claire Martin », « Commission de sécurité du 12/05/2026 »). */
  name: z.string().check(z.minLength(1)),
  /** The company of a provider's technician. */
  company: z.optional(z.nullable(z.string())),
});
export type AnomalyAuthor = z.infer<typeof AnomalyAuthor>;

export const AnomalyLocation = z.object({
  /** « Bâtiment A », « Parking », « Chaufferie »… */
  building: z.string().check(z.minLength(1)),
  /** « 2ᵉ étage, palier » (may be empty). */
  place: z.string(),
});
export type AnomalyLocation = z.infer<typeof AnomalyLocation>;

/** One row of the list. */
export const AnomalySummary = z.object({
  id: Id,
  /** « ANO-2026-014 » */
  reference: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  site: z.string(),
  location: AnomalyLocation,
  criticality: z.enum(ANOMALY_CRITICALITIES),
  state: z.enum(ANOMALY_STATES),
  createdOn: Day,
  createdBy: AnomalyAuthor,
  /** How many requests were made on it. */
  requestCount: z.int().check(z.gte(0)),
});
export type AnomalySummary = z.infer<typeof AnomalySummary>;

export const AnomalyListResponse = z.object({ anomalies: z.array(AnomalySummary) });
export type AnomalyListResponse = z.infer<typeof AnomalyListResponse>;

export const AnomalySource = z.object({
  kind: z.enum(ANOMALY_SOURCE_KINDS),
  /** « Rapport de vérification des installations électriques du 03/09/2026 » */
  label: z.string().check(z.minLength(1)),
});
export type AnomalySource = z.infer<typeof AnomalySource>;

/** One request sent to one provider (the server's fan-out of a submit). */
export const AnomalyRequestRecord = z.object({
  id: Id,
  kind: z.enum(REQUEST_KINDS),
  providerId: Id,
  providerName: z.string(),
  /** The contacts it went to (the provider's chosen ones and the account's own). */
  contacts: z.array(z.object({ id: Id, name: z.string() })),
  message: z.string(),
  wishedDate: z.nullable(Day),
  sentAt: z.string(),
  sentBy: z.string(),
  /** The submit it came from: requests of one submit share it. */
  batchId: Id,
});
export type AnomalyRequestRecord = z.infer<typeof AnomalyRequestRecord>;

export const AnomalyDetails = z.extend(AnomalySummary, {
  description: z.string(),
  source: AnomalySource,
  /** Newest first. */
  requests: z.array(AnomalyRequestRecord),
});
export type AnomalyDetails = z.infer<typeof AnomalyDetails>;

export const ProviderContact = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  /** « Technicien », « Chargée d’affaires »… */
  role: z.string(),
  email: z.string(),
});
export type ProviderContact = z.infer<typeof ProviderContact>;

export const Provider = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  /** « Vérifications réglementaires », « Extincteurs »… */
  trade: z.string(),
  contacts: z.array(ProviderContact),
});
export type Provider = z.infer<typeof Provider>;

/** The providers with their contacts, and the account's own contacts (its users), who may be copied too. */
export const ProviderDirectory = z.object({
  providers: z.array(Provider),
  accountContacts: z.array(ProviderContact),
});
export type ProviderDirectory = z.infer<typeof ProviderDirectory>;

/** `POST safety-register/anomalies/:id/requests`: ONE request, any number of providers and contacts. */
export const AnomalyRequestBody = z.object({
  kind: z.enum(REQUEST_KINDS),
  providerIds: z.array(Id).check(z.minLength(1)),
  contactIds: z.array(Id),
  message: z.string().check(z.maxLength(MESSAGE_MAX_LENGTH)),
  wishedDate: z.nullable(Day),
});
export type AnomalyRequestBody = z.infer<typeof AnomalyRequestBody>;

/** What the server created: one request per provider. */
export const AnomalyRequestResult = z.object({
  anomalyId: Id,
  batchId: Id,
  kind: z.enum(REQUEST_KINDS),
  requests: z.array(AnomalyRequestRecord),
  /** The anomaly's state afterwards (an open one is now in progress). */
  state: z.enum(ANOMALY_STATES),
});
export type AnomalyRequestResult = z.infer<typeof AnomalyRequestResult>;
