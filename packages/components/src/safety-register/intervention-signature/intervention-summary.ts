/**
 * SR-SIGN — what `<intervention-list>` and `<intervention-signature>` both show of an intervention:
 * its state (text and icon, never colour alone), its details and its signatures (who, when, how,
 * the proof's fingerprint). Text only: nothing from the server is rendered as HTML.
 */
import { html } from 'lit';
import { calendarDateOf, formatTimeOfDay, lateness, type CalendarDate, type Intervention, type MessageKey, type Params } from '@vigie/core';
import { formatDate, type Locale } from '@vigie/core/i18n';
import { checkIcon, clockIcon, warningIcon } from '../../base/icons.js';

export interface SummaryText {
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly locale: Locale;
}

const day = (x: SummaryText, iso: string) => formatDate(x.locale, calendarDateOf(Date.parse(iso)));

/** The state of an intervention on `today`, as text with its icon. */
export function renderStatus(x: SummaryText, i: Intervention, today: CalendarDate) {
  const l = lateness(i, today);
  const [kind, icon, text] =
    l.kind === 'closed'
      ? ([
          'closed',
          checkIcon,
          x.t('sr.interventions.status.closed', { date: i.closedAt ? day(x, i.closedAt) : formatDate(x.locale, i.dueDate) }),
        ] as const)
      : l.kind === 'late'
        ? (['late', warningIcon, x.t('sr.interventions.status.late', { days: l.days })] as const)
        : l.kind === 'due-today'
          ? (['due-today', clockIcon, x.t('sr.interventions.status.due-today')] as const)
          : (['upcoming', clockIcon, x.t('sr.interventions.status.upcoming', { date: formatDate(x.locale, i.dueDate) })] as const);
  return html`<span class="status ${kind}" part="status">${icon}<span>${text}</span></span>`;
}

/** The details of an intervention (type, provider and technician, dates, location, work, operator, contact). */
export function renderDetails(x: SummaryText, i: Intervention, today: CalendarDate) {
  const row = (label: MessageKey, value: unknown) => html`<div><dt>${x.t(label)}</dt><dd>${value}</dd></div>`;
  return html`<dl class="details" part="details">
    ${row('sr.interventions.field.type', x.t(`sr.interventions.type.${i.type}`))} ${row('sr.interventions.field.state', renderStatus(x, i, today))}
    ${row('sr.interventions.field.provider', i.provider.company)} ${row('sr.interventions.field.technician', i.provider.technician)}
    ${row('sr.interventions.field.date', formatDate(x.locale, i.date))} ${row('sr.interventions.field.dueDate', formatDate(x.locale, i.dueDate))}
    ${row('sr.interventions.field.location', i.location)} ${row('sr.interventions.field.operator', i.operator.name)}
    ${row('sr.interventions.field.contact', i.contact ? i.contact.name : x.t('sr.interventions.field.noContact'))}
    <div class="wide"><dt>${x.t('sr.interventions.field.work')}</dt><dd>${i.work}</dd></div>
  </dl>`;
}

/** Who signed and when (with the method and the proof's fingerprint), or that nobody did yet. */
export function renderSignatures(x: SummaryText, i: Intervention, headingTag: 'h3' | 'h4' = 'h3') {
  const heading =
    headingTag === 'h3'
      ? html`<h3>${x.t('sr.interventions.signatures.title')}</h3>`
      : html`<h4>${x.t('sr.interventions.signatures.title')}</h4>`;
  if (i.signatures.length === 0)
    return html`<section class="signatures" part="signatures">${heading}<p class="muted">${x.t('sr.interventions.signatures.none')}</p></section>`;
  return html`<section class="signatures" part="signatures">
    ${heading}
    <ul role="list">
      ${i.signatures.map(
        (s) => html`<li>
          ${checkIcon}
          <div>
            <p><strong>${x.t(`sr.interventions.role.${s.role}`)}</strong> · ${x.t('sr.interventions.signatures.line', { name: s.name, date: day(x, s.signedAt), time: formatTimeOfDay(Date.parse(s.signedAt)) })}</p>
            <p class="muted">${x.t(`sr.interventions.signatures.method.${s.method}`)}, ${x.t('sr.interventions.signatures.by', { name: s.signedBy.name })}</p>
            <p class="hash">${x.t('sr.interventions.signatures.hash', { hash: s.hash.slice(0, 16) + '…' })}</p>
          </div>
        </li>`,
      )}
    </ul>
  </section>`;
}
