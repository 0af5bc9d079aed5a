/**
 * @vigie/react — `<anomaly-list>` (SR-ANOMALY). Importing this module registers the tag.
 *
 * No props. Events: `onAnomalySelected` (`e.anomalyId`: the eye opened it), `onAnomalyRequestStarted`
 * (`e.anomalyId`, `e.kind`), `onAnomalyRequestSent` (ONE request: `e.anomalyId`, `e.kind`,
 * `e.batchId`, `e.providerIds`, `e.contactIds`, `e.requestIds`, one per provider),
 * `onAnomalyClosed` (`e.anomalyId`). Needs a `<VigieProvider>` with the host's bearer token.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { AnomalyClosedEvent, AnomalyRequestSentEvent, AnomalyRequestStartedEvent, AnomalySelectedEvent } from '@vigie/components';
import { AnomalyList as AnomalyListElement } from '@vigie/components/define/anomaly-list.js';

export const AnomalyList = createComponent({
  tagName: 'anomaly-list',
  elementClass: AnomalyListElement,
  react: React,
  events: {
    onAnomalySelected: 'anomaly-selected' as EventName<AnomalySelectedEvent>,
    onAnomalyRequestStarted: 'anomaly-request-started' as EventName<AnomalyRequestStartedEvent>,
    onAnomalyRequestSent: 'anomaly-request-sent' as EventName<AnomalyRequestSentEvent>,
    onAnomalyClosed: 'anomaly-closed' as EventName<AnomalyClosedEvent>,
  },
});
