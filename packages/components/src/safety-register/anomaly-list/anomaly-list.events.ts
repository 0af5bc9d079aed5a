/**
 * X-EVENTS — the events of `<anomaly-list>` (SR-ANOMALY): bubbling, composed, typed. They name the
 * anomaly and, for a request, what the server created.
 */
import type { AnomalyRequestKind, AnomalyRequestSentDetail } from '@vigie/core';

const init: EventInit = { bubbles: true, composed: true };

/** The user opened an anomaly (the eye): its details show. */
export class AnomalySelectedEvent extends Event {
  static readonly eventName = 'anomaly-selected';
  constructor(readonly anomalyId: string) {
    super(AnomalySelectedEvent.eventName, init);
  }
}

/** The user opened « Créer une demande d'intervention » or « Créer une demande de devis ». */
export class AnomalyRequestStartedEvent extends Event {
  static readonly eventName = 'anomaly-request-started';
  constructor(
    readonly anomalyId: string,
    readonly kind: AnomalyRequestKind,
  ) {
    super(AnomalyRequestStartedEvent.eventName, init);
  }
}

/** ONE request was sent; the server made one per provider (`requestIds`), each with its contacts. */
export class AnomalyRequestSentEvent extends Event {
  static readonly eventName = 'anomaly-request-sent';
  readonly anomalyId: string;
  readonly kind: AnomalyRequestKind;
  readonly batchId: string;
  readonly providerIds: readonly string[];
  readonly contactIds: readonly string[];
  readonly requestIds: readonly string[];
  constructor(detail: AnomalyRequestSentDetail) {
    super(AnomalyRequestSentEvent.eventName, init);
    this.anomalyId = detail.anomalyId;
    this.kind = detail.kind;
    this.batchId = detail.batchId;
    this.providerIds = detail.providerIds;
    this.contactIds = detail.contactIds;
    this.requestIds = detail.requestIds;
  }
}

/** The details were closed (focus is back on the eye that opened them). */
export class AnomalyClosedEvent extends Event {
  static readonly eventName = 'anomaly-closed';
  constructor(readonly anomalyId: string) {
    super(AnomalyClosedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'anomaly-selected': AnomalySelectedEvent;
    'anomaly-request-started': AnomalyRequestStartedEvent;
    'anomaly-request-sent': AnomalyRequestSentEvent;
    'anomaly-closed': AnomalyClosedEvent;
  }
}
