/**
 * PP-BLOCK — what the referent sees of the blocked accounts at a glance in `<passport-roster>`
 * (seed 004: « un email est envoyé … pour alerter le référent du blocage de ce compte »; the page
 * says it too):
 *
 * - a summary line: how many accounts are blocked, how many awarenesses expired or expire soon;
 * - while accounts are blocked, an alert above the list (a polite live region: said once when it
 *   appears, e.g. after a poll finds a new block), with « Afficher les comptes bloqués » (the
 *   « Bloqués » filter) and « Masquer l'alerte ». Hidden, it stays hidden until another account
 *   is blocked.
 */
import { html, nothing } from 'lit';
import type { RosterStatusCounts } from '@vigie/core';
import { closeIcon, lockIcon } from '../../base/icons.js';

/** The parts of the summary line, in order (only those with a count). */
export const SUMMARY_STATES = ['blocked', 'expired', 'expiring'] as const;
export type SummaryState = (typeof SUMMARY_STATES)[number];

/** The alert's content: the number of blocked accounts, and the one blocked when there is only one. */
export interface BlockedAlert {
  readonly count: number;
  readonly only?: { readonly name: string; readonly module: string; readonly date: string };
}

/**
 * Which blocked accounts the referent hid the alert for: the alert shows while some blocked
 * account is not among them (a new block brings it back; an unblock never does).
 */
export function alertShown(blockedIds: readonly string[], hidden: ReadonlySet<string> | undefined): boolean {
  if (blockedIds.length === 0) return false;
  return !hidden || blockedIds.some((id) => !hidden.has(id));
}

export interface RosterSummaryView {
  readonly counts: RosterStatusCounts;
  readonly label: string;
  /** « 2 comptes bloqués »… for a state and a count. */
  readonly part: (state: SummaryState, n: number) => string;
}

/** « 1 compte bloqué · 3 sensibilisations expirées · 2 sensibilisations expirent bientôt » (nothing when all are 0). */
export function renderRosterSummary(v: RosterSummaryView) {
  const parts = SUMMARY_STATES.filter((s) => v.counts[s] > 0);
  if (parts.length === 0) return nothing;
  return html`<ul part="summary" class="summary" aria-label=${v.label}>
    ${parts.map((s) => html`<li class="summary-item" data-state=${s}>${v.part(s, v.counts[s])}</li>`)}
  </ul>`;
}

export interface RosterAlertView {
  readonly id: string;
  readonly alert: BlockedAlert | undefined;
  readonly title: string;
  readonly text: string;
  readonly show: string;
  readonly dismiss: string;
  /** The « Bloqués » filter is on already: the button would do nothing. */
  readonly filtered: boolean;
  readonly onShow: () => void;
  readonly onDismiss: () => void;
}

/** The live region is always there (so that what appears in it is announced); the alert inside it when shown. */
export function renderRosterAlert(v: RosterAlertView) {
  return html`<div part="alert" class="alert-region" role="status" aria-live="polite">
    ${
      v.alert
        ? html`<div class="alert-box" role="group" aria-labelledby="${v.id}-alert-title" tabindex="-1">
          ${lockIcon}
          <div class="alert-body">
            <p class="alert-title" id="${v.id}-alert-title"><strong>${v.title}</strong></p>
            <p class="alert-text">${v.text}</p>
            ${v.filtered ? nothing : html`<button type="button" class="btn secondary small alert-show" @click=${v.onShow}>${v.show}</button>`}
          </div>
          <button type="button" class="icon-btn alert-dismiss" aria-label=${v.dismiss} @click=${v.onDismiss}>${closeIcon}</button>
        </div>`
        : nothing
    }
  </div>`;
}
