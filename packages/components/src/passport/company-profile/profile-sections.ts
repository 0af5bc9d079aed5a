/**
 * The sections and dialogs of `<company-profile>` (PP-COMPANY) that only show what they are
 * given: the identification, the link to the spaces, the handover's note and choice, the new
 * password, the 412's conflict, a failed refresh, the result, the handover's confirmation and the
 * spaces' dialog. Each gets its data and the callbacks of the person's intents; none keeps state.
 */
import { html, nothing } from 'lit';
import {
  PASSWORD_MIN_LENGTH,
  companyWarningMessageKey,
  formatSiret,
  type ApiFailure,
  type CompanyInfo,
  type CompanyWarning,
  type HandoverPasswordMode,
  type MessageKey,
  type Params,
  type ReferentName,
} from '@vigie/core';
import { formField, type FieldBinding } from '../../base/forms/index.js';
import { checkCircleIcon, infoIcon, warningIcon } from '../../base/forms/form-icons.js';
import type { SpacesFlow } from './company-profile.events.js';

/** What the sections need of the element. */
export interface ProfileView {
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  describeFailure(failure: ApiFailure): string;
}

/** A handover about to be confirmed (never its temporary password). */
export interface HandoverSummary {
  readonly referent: ReferentName;
  readonly email: string;
  readonly mode: HandoverPasswordMode;
}

/** What one « Enregistrer les modifications » did (filled call after call, so a failure half-way knows). */
export interface SaveOutcome {
  /** A password was typed (the form empties it after any answer). */
  readonly withPassword: boolean;
  updated: boolean;
  passwordChanged: boolean;
  handover?: HandoverSummary;
}

/** The last result, said politely. */
export type ProfileResult =
  { readonly kind: 'nothing' } | { readonly kind: 'restored' } | { readonly kind: 'saved'; readonly outcome: SaveOutcome };

/** Someone else saved in between (412): what they changed, once reloaded. */
export type ProfileConflict =
  | { readonly phase: 'stale'; readonly failure?: ApiFailure; readonly secretsCleared?: boolean }
  | { readonly phase: 'reloading' }
  | { readonly phase: 'reloaded'; readonly changes: readonly { readonly label: string; readonly value: string }[] };

export function identificationField(v: ProfileView, company: CompanyInfo) {
  const id = company.identification;
  const inputId = `${v.id}-identification`;
  return html`<div class="vigie-field vigie-company-identification">
    <label class="vigie-label" for=${inputId}>${v.t(id.kind === 'siret' ? 'passport.company.siret' : 'passport.company.vat')}</label>
    <p class="vigie-hint" id="${inputId}-hint">${v.t('passport.company.identification.hint')}</p>
    <input class="vigie-input" id=${inputId} type="text" readonly aria-describedby="${inputId}-hint" .value=${id.kind === 'siret' ? formatSiret(id.siret) : id.vat} />
  </div>`;
}

/** Next to the referent's e-mail, as the seed places it. */
export function linkAction(v: ProfileView, linked: boolean, request: (flow: SpacesFlow) => void) {
  return html`<div class="vigie-company-link">
    ${linked ? html`<p class="vigie-company-note">${infoIcon}<span>${v.t('passport.company.link.linked')}</span></p>` : nothing}
    <button type="button" class="vigie-button vigie-button--secondary vigie-company-link-action" data-focus="link" @click=${() => request(linked ? 'dissociate' : 'link')}>
      ${v.t(linked ? 'passport.spaces.dissociate.open' : 'passport.company.link')}
    </button>
  </div>`;
}

export function importantNote(v: ProfileView, id: string) {
  return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-important" id=${id}>
    ${warningIcon}
    <p><strong>${v.t('passport.company.handover.important')}</strong> ${v.t(companyWarningMessageKey('login-change'))}</p>
  </div>`;
}

/** The handover: what becomes of the password, the seed's tip, and what the choice means. */
export function handoverSection(v: ProfileView, handoverField: FieldBinding, warnings: readonly CompanyWarning[]) {
  return html`<div class="vigie-company-handover">
    <p class="vigie-company-tip">${infoIcon}<span>${v.t('passport.company.handover.tip')}</span></p>
    ${formField(handoverField)}
    <div class="vigie-company-live" aria-live="polite">
      ${warnings.map((w) => html`<p class="vigie-panel-message vigie-company-mode">${infoIcon}<span>${v.t(companyWarningMessageKey(w))}</span></p>`)}
    </div>
  </div>`;
}

/** The new password twice; its rule (and, for a handover, what the successor must do) said once for both. */
export function passwordsSection(
  v: ProfileView,
  f: { field(name: 'password' | 'passwordConfirmation'): FieldBinding },
  temporary: boolean,
) {
  const hintId = `${v.id}-password-hint`;
  return html`<fieldset class="vigie-fieldset vigie-company-password">
    <legend class="vigie-label">${v.t('passport.company.password.legend')}</legend>
    <p class="vigie-hint" id=${hintId}>
      ${v.t(temporary ? 'passport.company.temporaryPassword.hint' : 'passport.company.password.hint', { min: PASSWORD_MIN_LENGTH })}
    </p>
    <div class="vigie-company-pair">
      ${formField(f.field('password'), { describedBy: hintId })} ${formField(f.field('passwordConfirmation'), { enterKeyHint: temporary ? 'next' : 'send' })}
    </div>
  </fieldset>`;
}

/** A refresh failed while the form was shown: say so, keep the form, offer « Réessayer ». */
export function refreshFailed(v: ProfileView, failure: ApiFailure | undefined, retry: () => void) {
  if (!failure) return nothing;
  return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-refresh-failed" role="alert">
    ${warningIcon}
    <div class="vigie-panel-message-body">
      <p class="vigie-panel-message-title">${v.t('passport.company.refreshFailed')}</p>
      <p>${v.describeFailure(failure)}</p>
      <button type="button" class="vigie-button vigie-button--secondary vigie-company-refresh-retry" @click=${retry}>${v.t('common.retry')}</button>
    </div>
  </div>`;
}

export function conflictMessage(v: ProfileView, c: ProfileConflict | undefined, reload: () => void) {
  if (!c) return nothing;
  if (c.phase === 'reloaded') {
    return html`<div class="vigie-panel-message vigie-panel-message--success vigie-company-conflict" tabindex="-1" role="status" data-focus="conflict">
      ${checkCircleIcon}
      <div class="vigie-panel-message-body">
        <p>${v.t('passport.company.conflict.reloaded')}</p>
        ${
          c.changes.length
            ? html`<p class="vigie-panel-message-title">${v.t('passport.company.conflict.changes')}</p>
              <dl class="vigie-company-changes">
                ${c.changes.map((ch) => html`<div><dt>${ch.label}</dt><dd>${ch.value}</dd></div>`)}
              </dl>`
            : html`<p>${v.t('passport.company.conflict.noChanges')}</p>`
        }
      </div>
    </div>`;
  }
  const reloading = c.phase === 'reloading';
  return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-conflict" role="alert">
    ${warningIcon}
    <div class="vigie-panel-message-body">
      <p class="vigie-panel-message-title">${v.t('passport.company.conflict.title')}</p>
      <p>${v.t('passport.company.conflict.body')}</p>
      ${c.phase === 'stale' && c.secretsCleared ? html`<p>${v.t('form.failure.secrets')}</p>` : nothing}
      ${c.phase === 'stale' && c.failure ? html`<p>${v.describeFailure(c.failure)}</p>` : nothing}
      <button type="button" class="vigie-button vigie-button--secondary vigie-company-reload" aria-disabled=${reloading ? 'true' : nothing} @click=${reload}>
        ${reloading ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span
          >${v.t(reloading ? 'passport.company.conflict.reloading' : 'passport.company.conflict.reload')}</span
        >
      </button>
    </div>
  </div>`;
}

export function resultMessage(v: ProfileView, r: ProfileResult | undefined) {
  if (!r) return nothing;
  if (r.kind !== 'saved') {
    return html`<p class="vigie-panel-message vigie-company-saved">${infoIcon}<span>${v.t(r.kind === 'nothing' ? 'passport.company.nothingToSave' : 'passport.company.restored')}</span></p>`;
  }
  const { updated, passwordChanged, handover } = r.outcome;
  const text = handover
    ? v.t('passport.company.handover.done', { name: `${handover.referent.firstName} ${handover.referent.lastName}`, email: handover.email })
    : v.t(
        updated && passwordChanged
          ? 'passport.company.savedBoth'
          : passwordChanged
            ? 'passport.company.savedPassword'
            : 'passport.company.saved',
      );
  return html`<div class="vigie-panel-message vigie-panel-message--success vigie-company-saved">
    ${checkCircleIcon}
    <div class="vigie-panel-message-body">
      <p>${text}</p>
      ${handover && handover.mode !== 'keep' ? html`<p>${v.t(companyWarningMessageKey(`handover-${handover.mode}`))}</p>` : nothing}
    </div>
  </div>`;
}

export function confirmDialog(
  v: ProfileView,
  h: HandoverSummary,
  on: { readonly closed: () => void; readonly confirm: () => void; readonly back: () => void },
) {
  const titleId = `${v.id}-confirm-title`;
  const name = `${h.referent.firstName} ${h.referent.lastName}`;
  return html`<dialog class="vigie-company-dialog vigie-company-confirm" aria-labelledby=${titleId} @close=${on.closed}>
    <h3 class="vigie-company-dialog-title" id=${titleId}>${v.t('passport.company.handover.confirm.title')}</h3>
    <p>${v.t('passport.company.handover.confirm.intro')}</p>
    <dl class="vigie-company-summary">
      <div><dt>${v.t('passport.company.handover.confirm.referent')}</dt><dd>${name}</dd></div>
      <div><dt>${v.t('passport.company.handover.confirm.login')}</dt><dd>${h.email}</dd></div>
      <div><dt>${v.t('passport.company.handover.confirm.password')}</dt><dd>${v.t(`passport.handover.mode.${h.mode}`)}</dd></div>
    </dl>
    <p class="vigie-panel-message vigie-panel-message--warning">${warningIcon}<span>${v.t(companyWarningMessageKey('login-change'))}</span></p>
    <p>${v.t('passport.company.handover.confirm.consequence', { name })}</p>
    <div class="vigie-panel-actions">
      <button type="button" class="vigie-button vigie-company-confirm-submit" @click=${on.confirm}>${v.t('passport.company.handover.confirm.submit')}</button>
      <button type="button" class="vigie-button vigie-button--secondary vigie-company-confirm-back" autofocus @click=${on.back}>
        ${v.t('passport.company.handover.confirm.back')}
      </button>
    </div>
  </dialog>`;
}

export function spacesDialog(
  v: ProfileView,
  flow: SpacesFlow,
  loginHref: string | undefined,
  on: {
    readonly closed: () => void;
    readonly close: () => void;
    readonly changed: (e: Event) => void;
    readonly companyRequested: (e: Event) => void;
  },
) {
  return html`<dialog
    class="vigie-company-dialog vigie-company-spaces"
    aria-label=${v.t('passport.spaces.title')}
    @close=${on.closed}
    @spaces-linked=${on.changed}
    @spaces-dissociated=${on.changed}
    @company-profile-requested=${on.companyRequested}
  >
    <div class="vigie-company-dialog-bar">
      <button type="button" class="vigie-button vigie-button--secondary vigie-company-dialog-close" @click=${on.close}>${v.t('common.close')}</button>
    </div>
    <space-switcher login-href=${loginHref ?? nothing} ?dissociating=${flow === 'dissociate'}></space-switcher>
  </dialog>`;
}
