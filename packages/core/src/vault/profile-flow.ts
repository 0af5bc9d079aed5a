/**
 * VA-PROFILE — the flow of `<vault-profile>` (the convention of `shared/flow.ts`): load the
 * person's profile, open one of its forms at a time (« Changer d'e-mail », « Changer de mot de
 * passe »), and say what was saved:
 *
 *     loading ─loaded→ ready ─toggle(form)→ editing(form) ─email-change-requested / password-changed→ ready (+ saved, event)
 *             ─load-failed→ failed ─load→ loading          ─toggle(form) / cancel→ ready
 *
 * The forms themselves (their fields, their checks, their submission and the secrets they hold)
 * are the shared credential-form controller's; what a submission answered is fed to this flow.
 * Focus: opening a form moves it to the form's first field (`<form>-panel`), closing, cancelling
 * or saving moves it back to the form's toggle (`<form>-toggle`).
 * Host events (`emit`): `vault-email-change-requested` (`{ email }`: the new, pending address),
 * `vault-password-changed` (no payload: no secret leaves the widget).
 */
import type { VigieClient } from '../api/client.js';
import { isApiError, type ApiFailure } from '../api/errors.js';
import type { CallRunner } from '../shared/flow.js';
import type * as Api from './api.js';
import type { MessageKey } from '../i18n/index.js';
import type { MachineContext } from '../shared/machine.js';
import type { Flow, FlowEffect, Step } from '../shared/flow.js';
import { isVaultSessionRefused } from './documents-flow.js';
import type { VaultProfile, VaultSession } from './schemas.js';

/** The forms of the profile that can be open (one at a time). */
export const VAULT_PROFILE_FORMS = ['email', 'password'] as const;
export type VaultProfileForm = (typeof VAULT_PROFILE_FORMS)[number];

export const isVaultProfileForm = (value: unknown): value is VaultProfileForm =>
  (VAULT_PROFILE_FORMS as readonly unknown[]).includes(value);

export interface ProfileContext extends MachineContext {
  /** The form the host asked to open (the element's `editing` property) when the flow starts. */
  readonly editing?: VaultProfileForm;
}

export type ProfileRequest = { readonly op: 'get' };

export interface ProfileState {
  readonly load: 'loading' | 'done' | 'failed';
  readonly profile?: VaultProfile;
  readonly failure?: ApiFailure;
  /** The form open, if any. */
  readonly editing?: VaultProfileForm;
  /** The last confirmation (e-mail or password changed), said politely. */
  readonly saved?: MessageKey;
  /** The server refused the session: the element ends it for every vault widget. */
  readonly sessionRefused?: ApiFailure;
}

export type ProfileEvent =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly profile: VaultProfile }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  /** The form's toggle was pressed: open it (closing the other), or close it. */
  | { readonly type: 'toggle'; readonly form: VaultProfileForm }
  /** « Annuler » in a form. */
  | { readonly type: 'cancel'; readonly form: VaultProfileForm }
  /** The host set `editing` (no focus move: the host did it, not the person). */
  | { readonly type: 'edit'; readonly form: VaultProfileForm | undefined }
  /** The e-mail change was accepted: the profile with its pending address. */
  | { readonly type: 'email-change-requested'; readonly profile: VaultProfile }
  | { readonly type: 'password-changed' };

export type ProfileEffect = FlowEffect<ProfileRequest, ProfileEvent>;
export type ProfileStep = Step<ProfileState, ProfileRequest, ProfileEvent>;

/** The `data-focus` targets the element marks. */
export const profileFocus = {
  toggle: (form: VaultProfileForm) => `${form}-toggle`,
  panel: (form: VaultProfileForm) => `${form}-panel`,
} as const;

const step = (state: ProfileState, ...effects: ProfileEffect[]): ProfileStep => ({ state, effects });
const focus = (target: string): ProfileEffect => ({ type: 'focus', target });

/** Closes the form open and forgets the last confirmation. */
function closed(state: ProfileState): ProfileState {
  const { editing: _, saved: __, ...rest } = state;
  return rest;
}

export function profileTransition(state: ProfileState, event: ProfileEvent, _ctx: ProfileContext): ProfileStep {
  switch (event.type) {
    case 'load':
      return step({ ...state, load: 'loading' }, { type: 'call', request: { op: 'get' }, key: 'get' });
    case 'loaded': {
      const { failure: _, ...rest } = state;
      return step({ ...rest, load: 'done', profile: event.profile });
    }
    case 'load-failed':
      if (event.failure.kind === 'aborted') return step(state);
      return step({
        ...state,
        load: 'failed',
        failure: event.failure,
        ...(isVaultSessionRefused(event.failure) ? { sessionRefused: event.failure } : {}),
      });
    case 'toggle': {
      const opening = state.editing !== event.form;
      const next = closed(state);
      return opening
        ? step({ ...next, editing: event.form }, focus(profileFocus.panel(event.form)))
        : step(next, focus(profileFocus.toggle(event.form)));
    }
    case 'cancel': {
      const { editing: _, ...rest } = state;
      return step(rest, focus(profileFocus.toggle(event.form)));
    }
    case 'edit': {
      if (event.form === state.editing) return step(state);
      const { editing: _, ...next } = state;
      return step(event.form ? { ...next, editing: event.form } : next);
    }
    case 'email-change-requested': {
      const next: ProfileState = { ...closed(state), profile: event.profile, saved: 'vault.profile.email.sent' };
      return step(next, focus(profileFocus.toggle('email')), {
        type: 'emit',
        name: 'vault-email-change-requested',
        detail: { email: event.profile.pendingEmail ?? event.profile.email },
      });
    }
    case 'password-changed':
      return step({ ...closed(state), saved: 'vault.profile.password.saved' }, focus(profileFocus.toggle('password')), {
        type: 'emit',
        name: 'vault-password-changed',
      });
  }
}

/** VA-PROFILE: the flow of `<vault-profile>` (start it with a vault session: it loads at once). */
export const profileFlow: Flow<ProfileState, ProfileEvent, ProfileRequest, ProfileContext> = {
  init: (ctx) =>
    step({ load: 'loading', ...(ctx.editing ? { editing: ctx.editing } : {}) }, { type: 'call', request: { op: 'get' }, key: 'get' }),
  transition: profileTransition,
};

/** The `CallRunner` of {@link profileFlow}: the profile read with the vault session (`calls`: `await import('@vigie/core/vault/api')`). */
export function profileCallRunner(
  client: () => VigieClient,
  session: () => VaultSession | undefined,
  calls: () => Pick<typeof Api, 'getVaultProfile'> | Promise<Pick<typeof Api, 'getVaultProfile'>>,
): CallRunner<ProfileRequest, ProfileEvent> {
  return async (_request, signal) => {
    try {
      return { type: 'loaded', profile: await (await calls()).getVaultProfile(client(), { signal, session: session() }) };
    } catch (error) {
      return { type: 'load-failed', failure: isApiError(error) ? error.failure : { kind: 'network', message: 'The request failed' } };
    }
  };
}
