/**
 * SR-ANOMALY — « CRÉER UNE DEMANDE D'INTERVENTION » / « CRÉER UNE DEMANDE DE DEVIS » as a `Flow`
 * machine: the providers and their contacts (loaded once), any number of providers and contacts
 * chosen, a message, a wished date; ONE submit sends ONE request (the server fans it out, one per
 * provider). It never sends without a provider; a second submit while one is on its way does
 * nothing; what the user typed survives a failed request, and a retry of the same content reuses
 * the same `Idempotency-Key` (the server answers the first result again instead of sending twice).
 */
import type { ApiFailure } from '../../api/errors.js';
import { calendarDateOf } from '../../shared/calendar.js';
import { stay, type Flow, type Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import { normalizeRecipients, parseDayFr, wishedDateIssue, type RecipientDirectory, type WishedDateIssue } from './rules.js';
import { MESSAGE_MAX_LENGTH, type AnomalyRequestKind } from './model.js';
import type { AnomalyRequestBody, AnomalyRequestResult, ProviderDirectory } from './schemas.js';

/** The `data-focus` targets of the form. */
export const anomalyRequestFocus = {
  providers: 'request-providers',
  contacts: 'request-contacts',
  message: 'request-message',
  wishedDate: 'request-wished-date',
  notice: 'request-notice',
  done: 'request-done',
} as const;

export interface AnomalyRequestErrors {
  readonly providers?: 'provider-required';
  readonly contacts?: 'unknown-contact';
  readonly wishedDate?: WishedDateIssue;
  readonly message?: 'too-long';
}

export interface AnomalyRequestState {
  readonly anomalyId: string;
  readonly kind: AnomalyRequestKind;
  readonly status: 'loading' | 'directory-error' | 'editing' | 'sending' | 'failed' | 'sent';
  readonly directory?: ProviderDirectory;
  readonly providerIds: readonly string[];
  readonly contactIds: readonly string[];
  readonly message: string;
  /** As typed (JJ/MM/AAAA). */
  readonly wishedDate: string;
  readonly errors: AnomalyRequestErrors;
  /** The key of the request on its way, kept after a failure for a retry of the same content; an edit drops it. */
  readonly key?: string;
  readonly failure?: ApiFailure;
  readonly result?: AnomalyRequestResult;
}

export type AnomalyRequestEvent =
  | { readonly type: 'directory-loaded'; readonly directory: ProviderDirectory }
  | { readonly type: 'directory-failed'; readonly failure: ApiFailure }
  | { readonly type: 'directory-retried' }
  | { readonly type: 'provider-toggled'; readonly id: string }
  | { readonly type: 'provider-removed'; readonly id: string }
  | { readonly type: 'contact-toggled'; readonly id: string }
  | { readonly type: 'contact-removed'; readonly id: string }
  | { readonly type: 'message-changed'; readonly value: string }
  | { readonly type: 'date-changed'; readonly value: string }
  /** `key`: a fresh `Idempotency-Key`, used unless a failed attempt of the same content left one. */
  | { readonly type: 'submitted'; readonly key: string }
  | { readonly type: 'sent'; readonly result: AnomalyRequestResult }
  | { readonly type: 'send-failed'; readonly failure: ApiFailure; readonly errors?: AnomalyRequestErrors };

export type AnomalyRequestRequest =
  | { readonly op: 'providers' }
  | { readonly op: 'send'; readonly anomalyId: string; readonly key: string; readonly body: AnomalyRequestBody };

export interface AnomalyRequestSentDetail {
  readonly anomalyId: string;
  readonly kind: AnomalyRequestKind;
  readonly batchId: string;
  readonly providerIds: readonly string[];
  readonly contactIds: readonly string[];
  readonly requestIds: readonly string[];
}

type S = AnomalyRequestState;
type E = AnomalyRequestEvent;
type R = AnomalyRequestRequest;
type Out = Step<S, R, E>;

const EMPTY: RecipientDirectory = { providers: [], accountContacts: [] };

/** The form's fields judged now (the wished date against the account's today). */
export function anomalyRequestErrors(s: S, now: number): AnomalyRequestErrors {
  const wished = wishedDateIssue(s.wishedDate, calendarDateOf(now));
  return {
    ...(s.providerIds.length === 0 ? { providers: 'provider-required' as const } : {}),
    ...(wished ? { wishedDate: wished } : {}),
    ...(s.message.length > MESSAGE_MAX_LENGTH ? { message: 'too-long' as const } : {}),
  };
}

/** The body of the one call a submit makes. */
export function anomalyRequestBody(s: S): AnomalyRequestBody {
  const r = normalizeRecipients(s.directory ?? EMPTY, s);
  return {
    kind: s.kind,
    providerIds: [...r.providerIds],
    contactIds: [...r.contactIds],
    message: s.message.trim(),
    wishedDate: s.wishedDate.trim() === '' ? null : (parseDayFr(s.wishedDate) ?? null),
  };
}

const firstError = (e: AnomalyRequestErrors): string | undefined =>
  e.providers
    ? anomalyRequestFocus.providers
    : e.contacts
      ? anomalyRequestFocus.contacts
      : e.message
        ? anomalyRequestFocus.message
        : e.wishedDate
          ? anomalyRequestFocus.wishedDate
          : undefined;

const editable = (s: S) => s.status === 'editing' || s.status === 'failed';

/** An edit: the new content, its errors cleared where fixed, the old key dropped (a new content is a new request). */
function edit(s: S, patch: Partial<Pick<S, 'providerIds' | 'contactIds' | 'message' | 'wishedDate'>>): Out {
  if (!editable(s)) return stay(s);
  const next = { ...s, ...patch };
  const recipients = normalizeRecipients(next.directory ?? EMPTY, next);
  const errors: AnomalyRequestErrors = {
    ...s.errors,
    ...(recipients.providerIds.length > 0 ? { providers: undefined } : {}),
    ...('wishedDate' in patch ? { wishedDate: undefined } : {}),
    ...('message' in patch ? { message: undefined } : {}),
    ...('contactIds' in patch || 'providerIds' in patch ? { contacts: undefined } : {}),
  };
  return { state: { ...next, ...recipients, errors, key: undefined }, effects: [] };
}

const toggle = (ids: readonly string[], id: string) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);

export function anomalyRequestFlow(anomalyId: string, kind: AnomalyRequestKind, directory?: ProviderDirectory): Flow<S, E, R> {
  return {
    init: () =>
      directory
        ? {
            state: {
              anomalyId,
              kind,
              status: 'editing',
              directory,
              providerIds: [],
              contactIds: [],
              message: '',
              wishedDate: '',
              errors: {},
            },
            effects: [],
          }
        : {
            state: { anomalyId, kind, status: 'loading', providerIds: [], contactIds: [], message: '', wishedDate: '', errors: {} },
            effects: [{ type: 'call', request: { op: 'providers' }, key: 'providers' }],
          },
    transition: (s, e, ctx: MachineContext): Out => {
      switch (e.type) {
        case 'directory-loaded':
          return s.status === 'loading'
            ? {
                state: { ...s, status: 'editing', directory: e.directory },
                effects: [{ type: 'focus', target: anomalyRequestFocus.providers }],
              }
            : stay(s);
        case 'directory-failed':
          return s.status === 'loading' ? stay({ ...s, status: 'directory-error', failure: e.failure }) : stay(s);
        case 'directory-retried':
          return s.status === 'directory-error'
            ? {
                state: { ...s, status: 'loading', failure: undefined },
                effects: [{ type: 'call', request: { op: 'providers' }, key: 'providers' }],
              }
            : stay(s);
        case 'provider-toggled':
          return edit(s, { providerIds: toggle(s.providerIds, e.id) });
        case 'provider-removed':
          return edit(s, { providerIds: s.providerIds.filter((x) => x !== e.id) });
        case 'contact-toggled':
          return edit(s, { contactIds: toggle(s.contactIds, e.id) });
        case 'contact-removed':
          return edit(s, { contactIds: s.contactIds.filter((x) => x !== e.id) });
        case 'message-changed':
          return edit(s, { message: e.value });
        case 'date-changed':
          return edit(s, { wishedDate: e.value });
        case 'submitted': {
          // A second submit while the first is on its way (a double click, Enter twice) sends nothing.
          if (!editable(s)) return stay(s);
          const errors = anomalyRequestErrors(s, ctx.now);
          const target = firstError(errors);
          if (target) return { state: { ...s, status: 'editing', errors }, effects: [{ type: 'focus', target }] };
          const key = s.key ?? e.key;
          return {
            state: { ...s, status: 'sending', errors: {}, key, failure: undefined },
            effects: [{ type: 'call', request: { op: 'send', anomalyId: s.anomalyId, key, body: anomalyRequestBody(s) }, key: 'send' }],
          };
        }
        case 'sent': {
          if (s.status !== 'sending') return stay(s);
          const r = e.result;
          const detail: AnomalyRequestSentDetail = {
            anomalyId: r.anomalyId,
            kind: r.kind,
            batchId: r.batchId,
            providerIds: r.requests.map((x) => x.providerId),
            contactIds: [...new Set(r.requests.flatMap((x) => x.contacts.map((c) => c.id)))],
            requestIds: r.requests.map((x) => x.id),
          };
          return {
            state: { ...s, status: 'sent', result: r, key: undefined },
            effects: [
              { type: 'emit', name: 'anomaly-request-sent', detail },
              {
                type: 'announce',
                message: { key: `sr.anomalies.request.sent.${r.kind}`, params: { count: r.requests.length } },
                tone: 'success',
              },
              { type: 'focus', target: anomalyRequestFocus.done },
            ],
          };
        }
        case 'send-failed': {
          if (s.status !== 'sending') return stay(s);
          const fieldErrors = e.errors && Object.values(e.errors).some(Boolean) ? e.errors : undefined;
          return {
            state: { ...s, status: 'failed', failure: e.failure, errors: fieldErrors ?? {}, key: fieldErrors ? undefined : s.key },
            effects: [{ type: 'focus', target: (fieldErrors && firstError(fieldErrors)) ?? anomalyRequestFocus.notice }],
          };
        }
      }
    },
  };
}
