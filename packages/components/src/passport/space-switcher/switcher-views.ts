/**
 * The parts of `<space-switcher>` (PP-SPACES) that only show the flow's state (core's
 * `switcherFlow`): the seed's « Comprendre cette fonctionnalité » card with « Lier mes espaces »,
 * the polite notice, and the « DISTINGUER MES ESPACES » screen. None keeps state.
 */
import { html, nothing } from 'lit';
import { spaceMessageKey, type MessageKey, type Params, type SwitcherEvent, type SwitcherNotice } from '@vigie/core';
import { checkCircleIcon, infoIcon } from '../../base/forms/form-icons.js';
import { safeHref, withParts } from '../../base/forms/helpers.js';
import { CompanyProfileRequestedEvent } from './space-switcher.events.js';

/** What the views need of the element. */
export interface SwitcherView {
  /** Where the views' host events are fired. */
  readonly element: HTMLElement;
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(event: SwitcherEvent): void;
}

/** The seed's « Comprendre cette fonctionnalité », then « Lier mes espaces ». */
export function linkCard(v: SwitcherView, busy: boolean) {
  const titleId = `${v.id}-link-title`;
  return html`<section class="vigie-spaces-card" aria-labelledby=${titleId}>
    <h3 class="vigie-spaces-card-title" id=${titleId}>${v.t('passport.spaces.link.title')}</h3>
    <p>${v.t('passport.spaces.link.intro')}</p>
    <dl class="vigie-spaces-terms">
      <div>
        <dt>${v.t('passport.spaces.link.optional.title')}</dt>
        <dd>${v.t('passport.spaces.link.optional')}</dd>
      </div>
      <div>
        <dt>${v.t('passport.spaces.link.reversible.title')}</dt>
        <dd>${v.t('passport.spaces.link.reversible')}</dd>
      </div>
    </dl>
    <p>${v.t('passport.spaces.link.unchanged')}</p>
    <ul class="vigie-spaces-notes">
      <li>${infoIcon}<span>${v.t('passport.spaces.link.criteria')}</span></li>
      <li>${infoIcon}<span>${v.t('passport.spaces.link.newUser')}</span></li>
      <li>${infoIcon}<span>${v.t('passport.spaces.link.after')}</span></li>
    </ul>
    <div class="vigie-panel-actions">
      <button type="button" class="vigie-button vigie-spaces-link" aria-disabled=${busy ? 'true' : nothing} @click=${() => v.send({ type: 'link' })}>
        ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${v.t('passport.spaces.link.submit')}</span>
      </button>
      <p class="vigie-status" role="status">${busy ? v.t('form.submitting') : nothing}</p>
    </div>
  </section>`;
}

export function noticeMessage(v: SwitcherView, n: SwitcherNotice | undefined) {
  if (!n) return nothing;
  const text =
    n.kind === 'linked' ? v.t('passport.spaces.link.done') : v.t('passport.spaces.switched', { space: v.t(spaceMessageKey(n.space)) });
  return html`<p class="vigie-panel-message vigie-panel-message--success vigie-spaces-notice" tabindex="-1" data-focus="notice">${checkCircleIcon}<span>${text}</span></p>`;
}

/** The seed's « DISTINGUER MES ESPACES » screen, then its reminders and the way to the handover. */
export function dissociatedScreen(
  v: SwitcherView,
  d: { readonly userLogin: string; readonly companyLogin: string | undefined },
  companyHref: string | undefined,
) {
  const href = safeHref(companyHref);
  const onCompany = (e: Event) => {
    const event = new CompanyProfileRequestedEvent(href);
    v.element.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  };
  const link = href
    ? html`<a class="vigie-spaces-company-link" href=${href} @click=${onCompany}>${v.t('passport.spaces.done.handover.link')}</a>`
    : html`<button type="button" class="vigie-panel-link vigie-spaces-company-link" @click=${onCompany}>${v.t('passport.spaces.done.handover.link')}</button>`;
  return html`<section class="vigie-spaces-done" aria-labelledby="${v.id}-done">
    <h3 class="vigie-spaces-done-title" id="${v.id}-done" tabindex="-1" data-focus="done-title">${v.t('passport.spaces.done.title')}</h3>
    <p>${v.t('passport.spaces.done.intro')}</p>
    <ol class="vigie-spaces-accounts">
      <li>
        <p class="vigie-spaces-account">${v.t('passport.spaces.done.company')}</p>
        <p>${d.companyLogin ? v.t('passport.spaces.done.login', { login: d.companyLogin }) : v.t('passport.spaces.done.company.loginUnknown')}</p>
        <p>${v.t('passport.spaces.done.company.password')}</p>
      </li>
      <li>
        <p class="vigie-spaces-account">${v.t('passport.spaces.done.user')}</p>
        <p>${v.t('passport.spaces.done.login', { login: d.userLogin })}</p>
        <p>${v.t('passport.spaces.done.user.password')}</p>
      </li>
    </ol>
    <p class="vigie-spaces-trainer">${infoIcon}<span>${v.t('passport.spaces.done.trainer')}</span></p>
    <p class="vigie-panel-note">${v.t('passport.spaces.done.reminder')}</p>
    <p class="vigie-spaces-handover">${withParts(v.t('passport.spaces.done.handover'), { link })}</p>
    <p class="vigie-panel-actions">
      <button type="button" class="vigie-button vigie-spaces-ok" @click=${() => v.send({ type: 'acknowledge' })}>${v.t('passport.spaces.done.ok')}</button>
    </p>
  </section>`;
}
