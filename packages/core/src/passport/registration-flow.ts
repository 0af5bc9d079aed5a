/**
 * PP-REGISTER — the flow of `<company-registration>` (the convention of `shared/flow.ts`):
 *
 *     editing ─captcha-checking→ checking ─captcha-checked→ editing
 *     editing / checking ─submit→ sending (call register) ─registered→ registered ─reset→ editing
 *                                                          └─refused→ editing (+ answer: the failure and its fields)
 *     editing ─switch-identification→ editing (SIRET ⇄ VAT number; focus on the field)
 *
 * The fields' values stay in the element's form controller; the rules that decide what may be
 * sent are core's (`checkRegistration`, `toRegistrationRequest`). This flow owns what the element
 * used to keep in `@state` fields: which identifier is asked (and what was typed in the other
 * one), an anti-robot check under way, the request, the refusal said on the fields (with « the
 * passwords were cleared »), and the confirmation. The anti-robot token and the passwords only
 * ever travel in the `register` request (data of one effect), never in the state.
 *
 * Effects: the call; `captcha-token-used` once the token was sent (whatever the answer), then
 * `company-registered` (`companyName`, `email`) and the focus on the title on success.
 */
import type { ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';
import type { MessageKey } from '../i18n/index.js';
import type { MachineContext } from '../shared/machine.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import { PASSPORT_FIELD_ISSUES, fieldIssueMessageKey, type PassportFieldIssue } from './forms.js';
import { passportProblemOfFailure } from './problems.js';
import type { IdentificationKind, RegistrationField } from './registration.js';
import type { RegistrationRequest } from './schemas.js';

/** The form's fields (core's names, `identifier` being the SIRET or the VAT number, whichever is asked). */
export type RegistrationFormField = Exclude<RegistrationField, 'siret' | 'vat'> | 'identifier';

export type RegistrationFlowRequest = { readonly op: 'register'; readonly request: RegistrationRequest };

export type RegistrationFlowEvent =
  /** « Vous n’avez pas de numéro SIRET ? » (or back): `typed` is what the identifier field holds now. */
  | { readonly type: 'switch-identification'; readonly typed: string }
  /** The host's anti-robot check is running (its token is a promise). */
  | { readonly type: 'captcha-checking' }
  | { readonly type: 'captcha-checked' }
  | { readonly type: 'submit'; readonly request: RegistrationRequest }
  | { readonly type: 'registered'; readonly companyName: string; readonly email: string }
  | { readonly type: 'refused'; readonly failure: ApiFailure }
  /** A password was typed again after a refusal cleared them. */
  | { readonly type: 'password-typed' }
  /** Back to an empty form. */
  | { readonly type: 'reset' };

export interface RegistrationAnswer {
  /** Each answer once (the element hands it to its form). */
  readonly seq: number;
  readonly failure?: ApiFailure;
  /** The refusal said on the form's fields (a failure without them is the form's notice, with a retry). */
  readonly fields?: Partial<Record<RegistrationFormField, MessageKey>>;
}

export interface RegistrationFlowState {
  readonly phase: 'editing' | 'checking' | 'sending' | 'registered';
  readonly identification: IdentificationKind;
  /** What was typed in the identifier field of the other kind (back when switching again). */
  readonly otherIdentifier: string;
  /** A refusal was answered on the fields: the passwords it cleared must be typed again. */
  readonly passwordsCleared: boolean;
  /** The account is created (what the confirmation says). */
  readonly registered?: { readonly companyName: string; readonly email: string };
  readonly answer?: RegistrationAnswer;
  /** The company's name being sent (for the confirmation). */
  readonly sending?: string;
}

type RegistrationStep = Step<RegistrationFlowState, RegistrationFlowRequest, RegistrationFlowEvent>;
export type RegistrationFlowEffect = FlowEffect<RegistrationFlowRequest, RegistrationFlowEvent>;

export const REGISTRATION_START: RegistrationFlowState = {
  phase: 'editing',
  identification: 'siret',
  otherIdentifier: '',
  passwordsCleared: false,
};

/** A server's field name (`identification.siret`, `referent.email`, `regions[1]`…) → the form's. */
const SERVER_FIELDS: Readonly<Record<string, RegistrationFormField>> = {
  siret: 'identifier',
  vat: 'identifier',
  identification: 'identifier',
  'identification.siret': 'identifier',
  'identification.vat': 'identifier',
  companyName: 'companyName',
  regions: 'regions',
  referentLastName: 'referentLastName',
  'referent.lastName': 'referentLastName',
  referentFirstName: 'referentFirstName',
  'referent.firstName': 'referentFirstName',
  email: 'email',
  'referent.email': 'email',
  emailConfirmation: 'emailConfirmation',
  password: 'password',
  passwordConfirmation: 'passwordConfirmation',
  antiRobotToken: 'antiRobotToken',
};

const isFieldIssue = (issue: unknown): issue is PassportFieldIssue =>
  typeof issue === 'string' && (PASSPORT_FIELD_ISSUES as readonly string[]).includes(issue);

/** A 422's `{ field, issue }` list on the form's fields: each issue's message (an issue this client does not know: « not accepted »). */
function serverFieldErrors(failure: ApiFailure): Partial<Record<RegistrationFormField, MessageKey>> {
  const errors: Partial<Record<RegistrationFormField, MessageKey>> = {};
  const list = problemOf(failure)?.['errors'];
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = SERVER_FIELDS[String(e.field ?? '').replace(/(\.\d+|\[\d+\])$/, '')];
    if (!field || errors[field]) continue;
    errors[field] = isFieldIssue(e.issue) ? fieldIssueMessageKey(e.issue) : 'passport.registration.error.invalid';
  }
  return errors;
}

/**
 * PP-REGISTER: a refusal said on the form's fields (the SIRET or VAT number already registered,
 * the anti-robot token refused, a 422's fields), or undefined for a failure the form shows with a
 * retry.
 */
export function registrationRefusalFields(
  failure: ApiFailure,
  identification: IdentificationKind,
): Partial<Record<RegistrationFormField, MessageKey>> | undefined {
  switch (passportProblemOfFailure(failure)) {
    case 'companyExists':
      return { identifier: identification === 'siret' ? 'passport.registration.error.siretTaken' : 'passport.registration.error.vatTaken' };
    case 'robotCheckFailed':
      return { antiRobotToken: 'passport.registration.captcha.refused' };
    case 'validation': {
      const errors = serverFieldErrors(failure);
      return Object.keys(errors).length > 0 ? errors : undefined;
    }
    default:
      return undefined;
  }
}

const step = (state: RegistrationFlowState, ...effects: RegistrationFlowEffect[]): RegistrationStep => ({ state, effects });
const nextSeq = (s: RegistrationFlowState) => (s.answer?.seq ?? 0) + 1;

export function registrationTransition(
  state: RegistrationFlowState,
  event: RegistrationFlowEvent,
  _ctx?: MachineContext,
): RegistrationStep {
  switch (event.type) {
    case 'switch-identification':
      if (state.phase !== 'editing') return step(state);
      return step(
        { ...state, identification: state.identification === 'siret' ? 'vat' : 'siret', otherIdentifier: event.typed },
        { type: 'focus', target: 'identifier' },
      );
    case 'captcha-checking':
      return state.phase === 'editing' ? step({ ...state, phase: 'checking' }) : step(state);
    case 'captcha-checked':
      return state.phase === 'checking' ? step({ ...state, phase: 'editing' }) : step(state);
    case 'submit':
      // One submission at a time; the identifier sent must be the kind asked.
      if ((state.phase !== 'editing' && state.phase !== 'checking') || event.request.identification.kind !== state.identification)
        return step(state);
      return step(
        { ...state, phase: 'sending', sending: event.request.companyName },
        { type: 'call', request: { op: 'register', request: event.request } },
      );
    case 'registered':
      if (state.phase !== 'sending') return step(state);
      return step(
        {
          ...state,
          phase: 'registered',
          sending: undefined,
          passwordsCleared: false,
          registered: { companyName: event.companyName, email: event.email },
          answer: { seq: nextSeq(state) },
        },
        { type: 'emit', name: 'captcha-token-used' },
        { type: 'emit', name: 'company-registered', detail: { companyName: event.companyName, email: event.email } },
        { type: 'focus', target: 'title' },
      );
    case 'refused': {
      if (state.phase !== 'sending') return step(state);
      const fields = registrationRefusalFields(event.failure, state.identification);
      // A refusal on the fields was judged by the server: the passwords it saw are cleared (to be typed again).
      return step(
        {
          ...state,
          phase: 'editing',
          sending: undefined,
          passwordsCleared: fields ? true : state.passwordsCleared,
          answer: { seq: nextSeq(state), failure: event.failure, ...(fields ? { fields } : {}) },
        },
        { type: 'emit', name: 'captcha-token-used' },
      );
    }
    case 'password-typed':
      return state.passwordsCleared ? step({ ...state, passwordsCleared: false }) : step(state);
    case 'reset':
      return step({ ...REGISTRATION_START, answer: state.answer });
  }
}

/** PP-REGISTER as a flow (it starts on the empty form, sends nothing by itself). */
export const registrationFlow: Flow<RegistrationFlowState, RegistrationFlowEvent, RegistrationFlowRequest> = {
  init: () => step(REGISTRATION_START),
  transition: registrationTransition,
};
