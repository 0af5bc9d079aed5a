/**
 * RS-OVERVIEW — changing the test mode of `<site-overview>`: the duration choice and « Démarrer »
 * (under « Mettre en mode test », a disclosure), the change part of core's test-mode flow (choose,
 * start, stop and their answers) and their texts. Loaded on demand: when the user points at or
 * focuses « Mettre en mode test » or « Arrêter le mode test », and on the click (issue 9's size
 * budgets). The overview's first screen keeps the state, the end and the countdown.
 */
import { css, html, nothing } from 'lit';
import {
  remoteOverviewTestModeMessages,
  testModeChangeTransition,
  TEST_MODE_DURATIONS,
  type MessageKey,
  type Params,
  type TestModeEvent,
  type TestModeState,
} from '@vigie/core';
import { fieldStyles } from './site-overview-fields.styles.js';

export { testModeChangeTransition };
/** Its texts, registered when it loads (`OnDemandAction`). */
export const texts = remoteOverviewTestModeMessages;

/** What the form needs of `<site-overview>`. */
export interface TestModeFormHost {
  /** The form's id (the disclosure's `aria-controls`). */
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(event: TestModeEvent): void;
}

/** The duration choice and « Démarrer » (busy while it starts). */
export function renderTestModeForm(host: TestModeFormHost, tm: TestModeState) {
  const busy = tm.status === 'starting';
  return html`<form class="tm-start" id=${host.id} @submit=${(e: Event) => (e.preventDefault(), busy || host.send({ type: 'start' }))}>
    <label class="field">
      <span>${host.t('rs.overview.testMode.duration')}</span>
      <select ?disabled=${busy} @change=${(e: Event) => host.send({ type: 'choose', duration: Number((e.target as HTMLSelectElement).value) as TestModeState['duration'] })}>
        ${TEST_MODE_DURATIONS.map((m) => html`<option value=${m} ?selected=${m === tm.duration}>${m < 60 ? host.t('rs.overview.minutes', { count: m }) : host.t('rs.overview.hours', { count: m / 60 })}</option>`)}
      </select>
    </label>
    <button class="btn" aria-disabled=${busy ? 'true' : 'false'}>${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${host.t('rs.overview.testMode.go')}</button>
  </form>`;
}

export const styles = [
  fieldStyles,
  css`
    .tm-start {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
  `,
];
