import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  alarmAge,
  alarmCancelFlow,
  alarmFeedFlow,
  alarmFeedFlowFor,
  ALARM_POLL_INTERVAL_MS,
  ALARMS_HEADING_TARGET,
  cancelButtonTarget,
  cancelRefusal,
  CONFIRM_KEEP_TARGET,
  feedAlarms,
  formatTimeOfDay,
  nextAgeChange,
  remoteAlarmsMessages,
  remoteCoreMessages,
  type Alarm,
  type AlarmCancelEvent,
  type AlarmCancelRequest,
  type AlarmCancelState,
  type AlarmFeedContext,
  type AlarmFeedEvent,
  type AlarmFeedRequest,
  type AlarmFeedState,
  type Flow,
  type FlowMessage,
  type MessageKey,
} from '@vigie/core';
import { loadMessages, registerMessages } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { errorIcon, lockIcon } from '../../base/icons.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { AlarmCancelledEvent, AlarmRaisedEvent } from './active-alarms.events.js';
import { styles } from './active-alarms.styles.js';

const api = () => import('@vigie/core/remote-services/api');
const MAX_TIMEOUT = 2_147_483_647;
type CancelUi = typeof import('./active-alarms-cancel.on-demand.js');

/**
 * RS-ALARMS — the active alarms, live (seed 000, « Alarmes actives »): newest first, each with its
 * priority (as text and colour), site, zone, kind, when it was raised (« il y a 3 min », and the
 * time) and whether the patrol was dispatched. Alarms of priority 2 and 3 can be cancelled before
 * dispatch, after a confirmation; a priority 1 alarm (fire, panic…) says why it cannot be, and has
 * no button (core and the server refuse it too). A toast tells whether a cancellation succeeded.
 *
 * The confirmation (the dialog's content, its texts and styles) loads on demand: on intent
 * (pointer over or focus on « Annuler l’alarme ») and on the press, the button busy meanwhile.
 *
 * Live over the stream (`fetch` with the provider's token, resumed with `Last-Event-ID`, a snapshot
 * on every reconnection and when the tab becomes visible again), polling when streaming fails; a
 * calm line says which. New alarms are said in a polite live region (a burst is summed up).
 *
 * @tagname active-alarms
 * @summary The live list of active alarms, with the cancel of priority 2 and 3 alarms (RS-ALARMS).
 * @fires {AlarmRaisedEvent} alarm-raised - A new alarm came in (`alarm`): notify the person if you wish. Not fired for the first list.
 * @fires {AlarmCancelledEvent} alarm-cancelled - The server cancelled an alarm the person confirmed (`alarmId`, `siteId`).
 * @csspart base - The wrapper.
 * @csspart title - The heading (« Alarmes actives », or « Alarmes ouvertes » with `site-id`).
 * @csspart status - The line saying whether the list is live, reconnecting or polled.
 * @csspart list - The list of alarms.
 * @csspart alarm - One alarm (`data-priority` 1, 2 or 3).
 * @csspart priority - The priority badge of an alarm.
 * @csspart cancel - An alarm's « Annuler l'alarme » button.
 * @csspart note - Why an alarm cannot be cancelled (priority 1, patrol dispatched).
 * @csspart dialog - The confirmation dialog.
 * @csspart empty - The empty state.
 * @csspart error - The error state with « Réessayer ».
 * @csspart toasts - The toasts' live region.
 * @csspart toast - One toast.
 * @cssprop --active-alarms-p1 - Colour of priority 1 (default: the danger colour).
 * @cssprop --active-alarms-p2 - Colour of priority 2 (default: the warning colour).
 * @cssprop --active-alarms-p3 - Colour of priority 3 (default: the accent colour).
 */
export class ActiveAlarms extends VigieElement {
  static override messages = [remoteCoreMessages, remoteAlarmsMessages];

  static override styles = [tokens, spinnerStyles, toastStyles, styles];

  /** Only this site's alarms (the overview's « Alarmes ouvertes »); all the user's sites without it. */
  @property({ attribute: 'site-id', reflect: true }) siteId?: string;

  @query('dialog') private dialog?: HTMLDialogElement;

  #toasts = new ToastController(
    this,
    (m: FlowMessage) => {
      const kind = m.params?.kind;
      return this.t(
        m.key,
        kind === undefined ? m.params : { ...m.params, kind: this.t(`rs.alarm.kind.${kind}` as MessageKey).toLowerCase() },
      );
    },
    () => this.t('common.close'),
  );

  /** The feed of the current `site-id` (read when the flow starts; a new `site-id` restarts it). */
  #feedFlow: Flow<AlarmFeedState, AlarmFeedEvent, AlarmFeedRequest, AlarmFeedContext> = {
    ...alarmFeedFlow,
    init: (ctx) => alarmFeedFlowFor(this.siteId || undefined).init(ctx),
  };

  #feed = new FlowController(this, {
    flow: this.#feedFlow,
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), random: Math.random() }),
    run: async (request, signal) => (await api()).alarmFeedCalls(this.services!.client, (e) => this.#feed.send(e))(request, signal),
    events: { 'alarm-raised': (d) => new AlarmRaisedEvent((d as { alarm: Alarm }).alarm) },
    toasts: this.#toasts,
  });

  /** The alarm whose « Annuler l’alarme » waits for the confirmation's code. */
  @state() private asking?: string;

  #confirm = new OnDemand<CancelUi>(this, async () => {
    const m = await import('./active-alarms-cancel.on-demand.js');
    registerMessages(m.remoteAlarmsCancelMessages);
    await loadMessages(this.services!.locale, [m.remoteAlarmsCancelMessages]);
    adoptStyles(this.renderRoot as ShadowRoot, [...ActiveAlarms.elementStyles, m.confirmStyles]);
    return m;
  });

  #confirmHost = {
    t: this.t.bind(this),
    when: (iso: string) => this.#when(iso),
    send: (e: AlarmCancelEvent) => this.#cancel.send(e),
    keep: CONFIRM_KEEP_TARGET,
  };

  #cancel = new FlowController<AlarmCancelState, AlarmCancelEvent, AlarmCancelRequest>(this, {
    flow: alarmCancelFlow,
    clock: () => this.services!.clock,
    run: async (request, signal) => {
      const answer = await (await api()).alarmCancelCalls(this.services!.client)(request, signal);
      // Shown at once; the stream says it too (merged by id).
      if (answer.type === 'cancelled') this.#feed.send({ type: 'alarm-changed', alarm: answer.alarm });
      return answer;
    },
    events: {
      'alarm-cancelled': (d) => {
        const { alarmId, siteId } = d as { alarmId: string; siteId: string };
        return new AlarmCancelledEvent(alarmId, siteId);
      },
    },
    toasts: this.#toasts,
  });

  #client?: unknown;
  #site?: string;
  #ageTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#ageTimer);
  }

  #intent = () => void this.#confirm.load().catch(() => undefined);

  /** « Annuler l’alarme »: the confirmation at once when its code is there, else once it loaded. */
  #ask(a: Alarm) {
    if (this.#confirm.module) return this.#cancel.send({ type: 'ask', alarm: a });
    if (this.asking && !this.#confirm.failed) return;
    this.asking = a.id;
    this.#confirm.load().then(
      () => {
        this.asking = undefined;
        // The alarm as the list shows it now (the stream may have changed it meanwhile).
        this.#cancel.send({ type: 'ask', alarm: feedAlarms(this.#feed.state).find((x) => x.id === a.id) ?? a });
      },
      () => undefined,
    );
  }

  /** Reads the list again now (snapshot and a fresh stream). */
  refresh(): void {
    if (this.services) this.#feed.send({ type: 'visible' });
  }

  #onVisible = () => {
    if (document.visibilityState === 'visible' && this.services && this.#feed.started) this.#feed.send({ type: 'visible' });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.services;
    if (!s) return;
    if (s.client !== this.#client || (this.siteId || undefined) !== this.#site) {
      // Another API, or another site: nothing of the previous list may stay.
      if (this.#client !== undefined) {
        this.#feed.restart();
        this.#cancel.restart();
      }
      this.#client = s.client;
      this.#site = this.siteId || undefined;
    }
    // The confirmation follows the alarm as the stream changes it (dispatched, closed…).
    const c = this.#cancel.state;
    if (c.step === 'confirming') {
      const now = feedAlarms(this.#feed.state).find((a) => a.id === c.alarm.id);
      if (now !== c.alarm) this.#cancel.send({ type: 'alarm-changed', alarm: now });
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Open or close the confirmation before the controller moves the focus into it.
    const d = this.dialog;
    const open = !!this.services && this.#cancel.started && this.#cancel.state.step !== 'idle';
    if (d && open && !d.open) d.showModal();
    if (d && !open && d.open) d.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#scheduleAges();
  }

  /** Re-renders when the first « il y a … » changes (never against a fixed clock). */
  #scheduleAges(): void {
    clearTimeout(this.#ageTimer);
    const s = this.services;
    if (!s || s.clock.fixed || !this.#feed.started) return;
    const now = s.clock.now();
    const next = Math.min(...feedAlarms(this.#feed.state).map((a) => nextAgeChange(Date.parse(a.raisedAt), now)));
    if (Number.isFinite(next)) this.#ageTimer = setTimeout(() => this.requestUpdate(), Math.min(next - now + 50, MAX_TIMEOUT));
  }

  // ── render ──────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const feed = this.#feed.state;
    const alarms = feedAlarms(feed);
    const title = this.siteId ? 'rs.alarms.title-site' : 'rs.alarms.title';
    return html`<section part="base" class="base" aria-labelledby="heading">
      <div class="head">
        <h2 id="heading" part="title" tabindex="-1" data-focus=${ALARMS_HEADING_TARGET}>
          ${this.t(title)}${feed.load === 'ready' && alarms.length ? html` <span class="count">${alarms.length}</span>` : nothing}
        </h2>
        ${feed.load === 'ready' ? this.#renderLink(feed) : nothing}
      </div>
      ${this.#renderBody(feed, alarms)} ${this.#renderDialog()} ${this.#toasts.render()}
    </section>`;
  }

  #renderLink(feed: AlarmFeedState) {
    const text =
      feed.link === 'polling'
        ? this.t('rs.alarms.link.polling', { seconds: ALARM_POLL_INTERVAL_MS / 1000 })
        : this.t(`rs.alarms.link.${feed.link}`);
    return html`<p class="link" part="status" data-link=${feed.link}><span class="dot" aria-hidden="true"></span>${text}</p>`;
  }

  #renderBody(feed: AlarmFeedState, alarms: readonly Alarm[]) {
    if (feed.load === 'loading')
      return html`<p class="state" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('rs.alarms.loading')}</p>`;
    if (feed.load === 'failed') {
      return html`<div class="state error" part="error" role="alert">
        ${errorIcon}
        <div>
          <p>${this.t('rs.alarms.error')}</p>
          ${feed.failure ? html`<p class="detail">${this.services!.describeFailure(feed.failure)}</p>` : nothing}
          <button type="button" class="btn secondary" @click=${() => this.#feed.send({ type: 'retry' })}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    }
    if (alarms.length === 0)
      return html`<p class="state empty" part="empty">${this.t(this.siteId ? 'rs.alarms.empty-site' : 'rs.alarms.empty')}</p>`;
    return html`<ul class="alarms" part="list" aria-labelledby="heading">
      ${alarms.map((a) => this.#renderAlarm(a))}
    </ul>`;
  }

  #when(iso: string) {
    const at = Date.parse(iso);
    const age = alarmAge(at, this.services!.clock.now());
    return { age: this.t(`rs.alarms.age.${age.unit}`, age.unit === 'now' ? undefined : { count: age.count }), time: formatTimeOfDay(at) };
  }

  #renderAlarm(a: Alarm) {
    const refusal = cancelRefusal(a);
    const when = this.#when(a.raisedAt);
    const busy = this.#cancel.state.step !== 'idle' && this.#cancel.state.alarm.id === a.id;
    return html`<li class="alarm" part="alarm" data-priority=${a.priority}>
      <p class="priority" part="priority">${this.t('rs.alarm.priority', { priority: a.priority })}</p>
      <div class="main">
        <p class="what"><strong>${this.t(`rs.alarm.kind.${a.kind}`)}</strong> · <span class="zone">${a.zone}</span></p>
        ${this.siteId ? nothing : html`<p class="site">${a.siteName}</p>`}
        <p class="meta">
          <time datetime=${a.raisedAt}>${this.t('rs.alarms.raised-at', when)}</time>
          <span class="dispatch" data-dispatched=${a.dispatchedAt !== null}
            >${a.dispatchedAt ? this.t('rs.alarms.dispatched', { time: this.#when(a.dispatchedAt).time }) : this.t('rs.alarms.not-dispatched')}</span
          >
        </p>
      </div>
      <div class="actions">
        ${
          refusal === undefined
            ? html`<button
              type="button"
              class="btn secondary cancel"
              part="cancel"
              data-focus=${cancelButtonTarget(a.id)}
              aria-label=${this.t('rs.alarms.cancel-label', { priority: a.priority, site: a.siteName, zone: a.zone })}
              ?disabled=${busy}
              aria-busy=${this.asking === a.id && !this.#confirm.failed ? 'true' : 'false'}
              @pointerenter=${this.#intent}
              @focus=${this.#intent}
              @click=${() => this.#ask(a)}
            >
              ${this.t('rs.alarms.cancel')}
            </button>
            ${this.asking === a.id && this.#confirm.failed ? html`<p class="note" part="note" role="alert">${errorIcon}<span>${this.t('common.error.network')}</span></p>` : nothing}`
            : refusal === 'priority-1' || refusal === 'dispatched'
              ? html`<p class="note" part="note">${lockIcon}<span>${this.t(refusal === 'priority-1' ? 'rs.alarms.never-cancel' : 'rs.alarms.no-cancel-dispatched')}</span></p>`
              : nothing
        }
      </div>
    </li>`;
  }

  #renderDialog() {
    const c = this.#cancel.started ? this.#cancel.state : undefined;
    const a = c && c.step !== 'idle' ? c.alarm : undefined;
    const cancelling = c?.step === 'cancelling';
    return html`<dialog
      part="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @cancel=${(e: Event) => {
        // Escape: the flow closes it (and gives the focus back), never while the call runs.
        e.preventDefault();
        this.#cancel.send({ type: 'dismiss' });
      }}
    >
      ${a ? this.#confirm.module!.renderConfirm(this.#confirmHost, a, cancelling) : nothing}
    </dialog>`;
  }
}
