/**
 * VA-LOGIN — the steps of `<vault-login>` as templates: the failure and the lock (with the ways
 * out and the support), the one-time code, the new password in place of a temporary one, and
 * « signed in ». Pure rendering of the login machine's state; the element passes its forms and
 * what its buttons do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  CODE_LENGTH,
  formatSupportHours,
  formatTimeOfDay,
  isLoginCodeExpired,
  lockRemainingMinutes,
  loginResendWaitSeconds,
  supportMailHref,
  supportPhoneHref,
  type ApiFailure,
  type LoginFailed,
  type LoginLocked,
  type LoginMustChangePassword,
  type LoginSecondFactor,
  type LoginSignedIn,
  type MessageKey,
  type Params,
  type VaultSession,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { codeField, passwordField, requiredNote, submitButton, type FieldError } from '../../base/forms/index.js';
import type { FormController } from '../../base/forms/form-controller.js';
import { checkIcon, errorIcon, lockIcon } from '../../base/forms/form-icons.js';
import { safeHref, unbreakable, withParts } from '../../base/forms/helpers.js';
import { refusedPasswordError } from '../../base/forms/password-feedback.js';
import { writeToSupport } from '../vault-helpers.js';
import type { VaultRecoveryKind } from './vault-login.events.js';

/** What the steps need of the element. */
export interface LoginView {
  readonly uid: string;
  readonly services: VigieServices;
  readonly resetHref: string | undefined;
  readonly recoveryHref: string | undefined;
  t(key: MessageKey, params?: Params): string;
  heading(id: string, text: string): TemplateResult;
  /** Fires `vault-recovery-requested` (and follows `href` unless the host cancelled it). */
  recovery(kind: VaultRecoveryKind, href: string | undefined, e: Event): void;
}

/** What the step buttons do. */
export interface StepActions {
  readonly resend: () => void;
  readonly cancel: () => void;
  readonly signOut: () => void;
}

/** The form of a step (any fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StepForm = FormController<any, any>;

/** The login form's last failure, and its retry. */
export interface FailureSource {
  readonly failure: ApiFailure | undefined;
  readonly secretsCleared: boolean;
  retry(): unknown;
}

export function renderFailure(v: LoginView, failed: LoginFailed, login: FailureSource) {
  switch (failed.reason) {
    case 'invalid-credentials':
      // The same words for a wrong password and an unknown identifier (no count either): nothing to learn from them.
      return alertBox(v.t('vault.login.error.invalidCredentials'));
    case 'challenge-expired':
      return alertBox(v.t('vault.login.error.challengeExpired'));
    case 'session-expired':
      return html`<div class="vigie-failure" role="status"><p class="vigie-title">${errorIcon}<span>${v.t('vault.login.error.sessionExpired')}</span></p></div>`;
    case 'unavailable': {
      const failure = login.failure;
      const detail = failure && v.services ? v.services.describeFailure(failure) : undefined;
      return html`<div class="vigie-failure" role="alert">
        <p class="vigie-title">${errorIcon}<span>${v.t(login.secretsCleared ? 'vault.login.error.unavailable' : 'vault.login.error.unavailable.kept')}</span></p>
        ${detail ? html`<p>${detail}</p>` : nothing}
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => login.retry()}>${v.t('common.retry')}</button>
      </div>`;
    }
  }
}

export function renderLock(v: LoginView, locked: LoginLocked, now: number) {
  const minutes = lockRemainingMinutes(locked, now);
  const message =
    minutes > 1
      ? v.t('vault.login.locked.remaining', { minutes })
      : minutes === 1
        ? v.t('vault.login.locked.remaining.one')
        : v.t('vault.login.locked.over');
  // Seed 002, « Compte bloqué »: the message and the time left, then the ways out (steps 5 and 6),
  // once: the recovery procedures named in the sentence are its links; then the support.
  const ways = withParts(v.t('vault.login.locked.help'), {
    password: recoveryLink(v, 'password', v.resetHref, v.t('vault.login.locked.help.password'), true),
    identifier: recoveryLink(v, 'identifier', v.recoveryHref, v.t('vault.login.locked.help.identifier'), true),
  });
  return html`<div class="vigie-login__locked">
    <div class="vigie-panel-message vigie-panel-message--error vigie-login__lock" role="alert" tabindex="-1" id="${v.uid}-lock">
      ${lockIcon}
      <div class="vigie-panel-message-body" aria-live="off">
        <p class="vigie-login__countdown">${message}</p>
        <p class="vigie-login__until">${v.t('vault.login.locked.until', { time: formatTimeOfDay(locked.lockedUntil) })}</p>
      </div>
    </div>
    <div class="vigie-login__help">
      <p class="vigie-login__ways">${ways}</p>
      ${renderSupport(v)}
    </div>
  </div>`;
}

/** VA-SUPPORT: the provider's support contact (e-mail, phone, opening hours). */
function renderSupport(v: LoginView) {
  const s = v.services;
  const { email, phone, hours } = s.support;
  return html`<div class="vigie-login__support">
    <p class="vigie-login__help-title">${v.t('vault.support.title')}</p>
    <p>${v.t('vault.login.locked.support')}</p>
    <ul class="vigie-login__contact">
      <li><a class="vigie-panel-link" href=${supportMailHref(email)}>${writeToSupport((key, params) => v.t(key, params), email)}</a></li>
      <li>
        <a class="vigie-panel-link" href=${supportPhoneHref(phone)}>${v.t('vault.support.phone', { phone: unbreakable(phone) })}</a>
        <span class="vigie-login__hours">${capitalize(formatSupportHours(s.locale, hours))}</span>
      </li>
    </ul>
  </div>`;
}

/** « Mot de passe oublié ? » and « Identifiant perdu ? » under the form (while no lock shows them). */
export function renderRecoveryLinks(v: LoginView) {
  return html`<ul class="vigie-login__links">
    <li>${recoveryLink(v, 'password', v.resetHref, v.t('vault.login.forgotPassword'))}</li>
    <li>${recoveryLink(v, 'identifier', v.recoveryHref, v.t('vault.login.lostIdentifier'))}</li>
  </ul>`;
}

/** A recovery link (a button that only fires the event when the host gave no address); `inline` in a sentence. */
function recoveryLink(v: LoginView, kind: VaultRecoveryKind, address: string | undefined, text: string, inline = false) {
  const href = safeHref(address);
  const onClick = (e: Event) => v.recovery(kind, href, e);
  const cls = inline ? 'vigie-panel-link vigie-panel-link--inline' : 'vigie-panel-link';
  return href
    ? html`<a class=${cls} href=${href} @click=${onClick}>${text}</a>`
    : html`<button type="button" class=${cls} @click=${onClick}>${text}</button>`;
}

export function renderCode(v: LoginView, f: StepForm, on: StepActions, view: LoginSecondFactor, busy: boolean, now: number) {
  const title = `${v.uid}-code-title`;
  const sent = `${v.uid}-code-sent`;
  const expiry = `${v.uid}-code-expiry`;
  const wait = loginResendWaitSeconds(view, now);
  const error = busy ? undefined : view.error;
  const resendBlocked = busy || wait > 0;
  return html`${v.heading(title, v.t('vault.code.title'))}
  ${f.renderForm(
    html`${error ? alertBox(codeError(v, view)) : nothing}
      ${
        view.resent && !error && !busy
          ? html`<p class="vigie-login__notice" role="status">${checkIcon}<span>${v.t('vault.code.resent')}</span></p>`
          : nothing
      }
      <p class="vigie-login__text" id=${sent}>
        ${v.t(view.channel === 'sms' ? 'vault.code.sent.sms' : 'vault.code.sent.email', { length: CODE_LENGTH, destination: unbreakable(view.destination) })}
      </p>
      ${codeField(f.field('code'), { describedBy: `${sent} ${expiry}`, enterKeyHint: 'done' })}
      <p class="vigie-hint" id=${expiry} role="status">
        ${isLoginCodeExpired(view, now) ? v.t('vault.code.expired') : v.t('vault.code.expiresAt', { time: formatTimeOfDay(view.expiresAt) })}
      </p>
      ${submitButton(f, v.t('vault.code.submit'))}
      <div class="vigie-login__secondary">
        <button
          type="button"
          class="vigie-button vigie-button--secondary vigie-panel-resend vigie-login__resend"
          aria-disabled=${resendBlocked ? 'true' : 'false'}
          @click=${on.resend}
        >
          ${wait > 0 ? v.t('vault.code.resendIn', { seconds: wait }) : v.t('vault.code.resend')}
        </button>
      </div>
      <p class="vigie-hint">${v.t('vault.code.notReceived')}</p>
      <div class="vigie-login__secondary">
        <button type="button" class="vigie-panel-link" @click=${on.cancel}>${v.t('vault.code.cancel')}</button>
      </div>`,
    { labelledby: title },
  )}`;
}

/** A field error (a catalog key, with its parameters) as text. */
function message(v: LoginView, error: FieldError): string {
  return typeof error === 'string' ? v.t(error) : v.t(error.key, error.params);
}

function codeError(v: LoginView, view: LoginSecondFactor): string {
  switch (view.error) {
    case 'invalid-code':
      return view.attemptsLeft !== undefined
        ? v.t('vault.code.error.attemptsLeft', { count: view.attemptsLeft })
        : v.t('vault.code.error.invalid');
    case 'resend-too-early':
      return v.t('vault.code.error.tooEarly');
    default:
      return v.t('vault.code.error.unavailable');
  }
}

export function renderNewPassword(v: LoginView, f: StepForm, on: StepActions, view: LoginMustChangePassword, busy: boolean) {
  const title = `${v.uid}-new-title`;
  const error = busy ? undefined : view.error;
  const failure = f.failure;
  return html`${v.heading(title, v.t('vault.mustChange.title'))}
  ${f.renderForm(
    html`${error === 'password-rejected' ? alertBox(message(v, refusedPasswordError(failure))) : nothing}
      ${
        error === 'unavailable'
          ? alertBox(
              v.t('form.failure.title'),
              failure && v.services ? v.services.describeFailure(failure) : undefined,
              f.secretsCleared ? v.t('form.failure.secrets') : undefined,
            )
          : nothing
      }
      <p class="vigie-login__text">${v.t('vault.mustChange.intro')}</p>
      ${requiredNote(f)}
      <input type="text" name="username" autocomplete="username" .value=${view.identifier} readonly hidden />
      ${passwordField(f.field('password'))} ${passwordField(f.field('confirmation'))} ${submitButton(f, v.t('vault.mustChange.submit'))}
      <div class="vigie-login__secondary">
        <button type="button" class="vigie-panel-link" @click=${on.cancel}>${v.t('vault.code.cancel')}</button>
      </div>`,
    { labelledby: title },
  )}`;
}

export function renderSignedIn(v: LoginView, on: StepActions, view: LoginSignedIn) {
  const user: VaultSession['user'] = view.session.user;
  return html`<div class="vigie-form vigie-login__signed-in">
    <p class="vigie-login__welcome" tabindex="-1" id="${v.uid}-welcome">
      ${checkIcon}<span>${v.t('vault.login.signedIn', { firstName: user.firstName, lastName: user.lastName })}</span>
    </p>
    <div class="vigie-actions">
      <button type="button" class="vigie-button vigie-button--secondary" @click=${() => on.signOut()}>${v.t('vault.login.signOut')}</button>
    </div>
  </div>`;
}

/** « du lundi au vendredi… » → « Du lundi au vendredi… » (on a line of its own). */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A message after an answer (`role=alert`: read out as it appears). */
function alertBox(title: string, ...lines: (string | undefined)[]) {
  return html`<div class="vigie-failure" role="alert">
    <p class="vigie-title">${errorIcon}<span>${title}</span></p>
    ${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}
  </div>`;
}
