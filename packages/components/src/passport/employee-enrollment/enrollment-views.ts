/**
 * The parts of `<employee-enrollment>` that only show the flow's state (core's `enrollmentFlow`):
 * message boxes, the 412's conflict, the creation's confirmation, the SNBPE explanation. Each gets
 * what it shows and a way to send the person's intent; none keeps state.
 */
import { html, nothing } from 'lit';
import {
  SNBPE_COMMON_MODULES,
  formatDate,
  moduleMessageKey,
  parseDateFr,
  reciprocity,
  type ApiFailure,
  type CalendarDate,
  type EmployeeCreated,
  type EnrollmentConflict,
  type EnrollmentFlowEvent,
  type MessageKey,
  type Params,
  type ProfileId,
} from '@vigie/core';
import { checkCircleIcon, errorIcon, infoIcon, warningIcon } from '../../base/forms/form-icons.js';
import { issueMessage, type EnrollmentValues } from './enrollment-form.js';

/** What the views need of the element. */
export interface EnrollmentView {
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(event: EnrollmentFlowEvent): void;
  describeFailure(failure: ApiFailure): string;
  /** « Inscrire un autre salarié ». */
  another(): void;
}

/** A message box: an icon, a title (or, with `plain`, a sentence), and what follows it. */
export function message(
  v: EnrollmentView,
  tone: 'info' | 'success' | 'warning' | 'error',
  icon: unknown,
  title: string,
  o: {
    readonly body?: unknown;
    readonly role?: 'alert' | 'status';
    readonly id?: string;
    readonly focus?: string;
    readonly titleTag?: 'p' | 'h3';
    readonly plain?: boolean;
  } = {},
) {
  const heading =
    o.titleTag === 'h3'
      ? html`<h3 class="vigie-panel-message-title" id=${o.id ?? nothing} tabindex=${o.id ? '-1' : nothing} data-focus=${o.focus ?? nothing}>${title}</h3>`
      : html`<p class=${o.plain ? 'vigie-panel-message-text' : 'vigie-panel-message-title'}>${title}</p>`;
  return html`<div
    class="vigie-panel-message${tone === 'info' ? '' : ` vigie-panel-message--${tone}`}"
    role=${o.role ?? nothing}
    id=${o.titleTag === 'h3' ? nothing : (o.id ?? nothing)}
    tabindex=${o.id && o.titleTag !== 'h3' ? '-1' : nothing}
    data-focus=${o.titleTag === 'h3' ? nothing : (o.focus ?? nothing)}
  >
    ${icon}
    <div class="vigie-panel-message-body">${heading}${o.body ?? nothing}</div>
  </div>`;
}

export function facts(v: EnrollmentView, rows: readonly (readonly [MessageKey, string])[]) {
  return html`<dl class="vigie-enrollment-facts">
    ${rows.map(
      ([term, value]) =>
        html`<div>
          <dt>${v.t(term)}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

/** « En savoir plus »: the seed's longer explanation of the reciprocity, and the common modules. */
export function reciprocityDetails(v: EnrollmentView) {
  return html`<details class="vigie-enrollment-disclosure">
    <summary>${v.t('passport.enrollment.snbpe.more')}<span class="vigie-sr-only"> ${v.t('passport.enrollment.snbpe.more.context')}</span></summary>
    <div class="vigie-enrollment-disclosure-body">
      <p>${v.t('passport.enrollment.snbpe.more.origin')}</p>
      <p>${v.t('passport.enrollment.snbpe.more.meaning')}</p>
      <h4>${v.t('passport.enrollment.snbpe.more.how')}</h4>
      <p>${v.t('passport.enrollment.snbpe.more.howText')}</p>
      <p>${v.t('passport.enrollment.snbpe.more.modules')}</p>
      <ul>
        ${SNBPE_COMMON_MODULES.map((m) => html`<li>${v.t(moduleMessageKey(m))}</li>`)}
      </ul>
    </div>
  </details>`;
}

export function conflictMessage(v: EnrollmentView, c: EnrollmentConflict | undefined) {
  if (!c) return nothing;
  const id = `${v.id}-conflict`;
  const focus = 'conflict';
  if (c.phase === 'stale') {
    return message(v, 'error', errorIcon, v.t('passport.enrollment.conflict.title'), {
      id,
      focus,
      role: 'alert',
      body: html`<p>${v.t('passport.enrollment.conflict.text')}</p>
        ${c.failure ? html`<p>${v.describeFailure(c.failure)}</p>` : nothing}
        <button type="button" class="vigie-button vigie-button--secondary" aria-disabled=${c.loading ? 'true' : nothing} @click=${() => v.send({ type: 'load-saved' })}>
          ${c.loading ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${v.t('passport.enrollment.conflict.reload')}</span>
        </button>`,
    });
  }
  const saved = c.saved;
  return message(v, 'warning', infoIcon, v.t('passport.enrollment.conflict.loaded'), {
    id,
    focus,
    role: 'status',
    body: html`<p>${v.t('passport.enrollment.conflict.saved')}</p>
      ${facts(v, [
        ['passport.enrollment.firstName', saved.firstName],
        ['passport.enrollment.lastName', saved.lastName],
        ['passport.enrollment.email', saved.email ?? v.t('passport.enrollment.conflict.noEmail')],
        ['passport.enrollment.profile.label', v.t(`passport.profile.${saved.profile}`)],
      ])}
      <p>${v.t('passport.enrollment.conflict.keep')}</p>
      <button type="button" class="vigie-button vigie-button--secondary" @click=${() => v.send({ type: 'use-saved' })}>${v.t('passport.enrollment.conflict.useSaved')}</button>`,
  });
}

/** Seed 004, « b. Confirmation de création de ce compte ». */
export function createdView(v: EnrollmentView, created: EmployeeCreated) {
  const e = created.employee;
  const name = `${e.firstName} ${e.lastName}`;
  const modules = created.validatedModules;
  return html`<div class="vigie-enrollment-created">
    ${message(v, 'success', checkCircleIcon, v.t('passport.enrollment.created'), {
      id: `${v.id}-created`,
      focus: 'created',
      titleTag: 'h3',
      body: html`${facts(v, [
        ['passport.enrollment.created.employee', name],
        ['passport.enrollment.profile.label', v.t(`passport.profile.${e.profile}`)],
      ])}
      ${
        modules.length > 0
          ? html`<p>${v.t('passport.enrollment.created.modules', { count: modules.length })}</p>
            <ul class="vigie-enrollment-modules">
              ${modules.map((m) => html`<li>${v.t(moduleMessageKey(m))}</li>`)}
            </ul>`
          : nothing
      }`,
    })}
    <section class="vigie-enrollment-section" aria-labelledby="${v.id}-next">
      <h3 class="vigie-enrollment-title" id="${v.id}-next">${v.t('passport.enrollment.created.next')}</h3>
      <ul class="vigie-enrollment-next">
        <li>${v.t('passport.enrollment.created.listed')}</li>
        <li>${v.t('passport.enrollment.created.referentMail')}</li>
        <li>${v.t(created.firstLoginSentTo === 'employee' ? 'passport.enrollment.created.employeeMail' : 'passport.enrollment.created.passOn', { name })}</li>
      </ul>
    </section>
    <p class="vigie-enrollment-actions">
      <button type="button" class="vigie-button" @click=${v.another}>${v.t('passport.enrollment.another')}</button>
    </p>
  </div>`;
}

export function profileText(v: EnrollmentView, profile: ProfileId | undefined) {
  if (!profile) return html`<span class="vigie-enrollment-profile-pending">${v.t('passport.enrollment.profile.pending')}</span>`;
  return html`<span>${v.t('passport.enrollment.profile.current')}</span>
    <span class="vigie-enrollment-profile-value">${v.t(`passport.profile.${profile}`)}</span>`;
}

/** As soon as the SNBPE date is a real one: what the reciprocity gives (core's), or why it gives nothing. */
export function reciprocityNote(
  v: EnrollmentView,
  f: { readonly values: EnrollmentValues; readonly errors: ReadonlyMap<string, unknown> },
  today: CalendarDate,
  locale: Parameters<typeof issueMessage>[4],
) {
  const typed = f.values.snbpeIssuedOn ?? '';
  const issuedOn = parseDateFr(typed);
  if (!issuedOn || f.errors.has('snbpeIssuedOn')) return nothing;
  const r = reciprocity({ hasSnbpePassport: true, issuedOn }, today);
  if (r.kind === 'validated') {
    return html`<p class="vigie-enrollment-note vigie-enrollment-snbpe-ok">
      ${checkCircleIcon}<span>${v.t('passport.enrollment.snbpe.validUntil', { date: formatDate(locale, r.validUntil) })}
        ${v.t('passport.snbpe.validated', { count: r.modules.length })}</span>
    </p>`;
  }
  if (r.kind !== 'refused') return nothing;
  const issue = r.reason === 'expired' ? 'snbpe-expired' : r.reason === 'future-date' ? 'date-future' : 'date-format';
  const said = issueMessage('snbpeIssuedOn', issue, f.values, today, locale);
  return message(v, 'warning', warningIcon, typeof said === 'string' ? v.t(said) : v.t(said.key, said.params), { plain: true });
}
