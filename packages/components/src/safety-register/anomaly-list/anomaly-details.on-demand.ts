/**
 * SR-ANOMALY — what `<anomaly-list>` loads when a person acts (the eye of a row; on intent: the
 * pointer over or the focus in the rows): the anomaly's details, the request form and its
 * comboboxes, in the internal element `vigie-anomaly-details`.
 */
import { html } from 'lit';
import { defineElement } from '../../base/define.js';
import { AnomalyDetailsPanel } from './anomaly-details.js';

defineElement('vigie-anomaly-details', AnomalyDetailsPanel);

/** The dialog's content for one anomaly; `close` closes the dialog. */
export function renderDetails(anomalyId: string, close: () => void) {
  return html`<vigie-anomaly-details .anomalyId=${anomalyId} @vigie-close=${close}></vigie-anomaly-details>`;
}
