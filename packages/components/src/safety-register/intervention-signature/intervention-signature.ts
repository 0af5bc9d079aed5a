import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  SR_PROBLEM_TYPES,
  availableSigners,
  calendarDateOf,
  currentSigner,
  isAccessRestricted,
  registerInterventionsMessages,
  signatureFlow,
  signingFocus,
  srProblemOf,
  type Flow,
  type Intervention,
  type SignatureMethod,
  type SignerRole,
  type SigningEvent,
  type SigningRequest,
  type SigningState,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import { loadMessages } from '@vigie/core/i18n';
import { VigieElement } from '../../base/vigie-element.js';
import { FlowController } from '../../base/flow-controller.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { checkIcon, errorIcon } from '../../base/icons.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { renderDetails, renderSignatures, renderStatus } from './intervention-summary.js';
import { summaryStyles } from './intervention-summary.styles.js';
import { styles } from './intervention-signature.styles.js';
import { InterventionClosedEvent, InterventionSignedEvent } from './intervention-signature.events.js';
import type * as Box from './intervention-signature-box.on-demand.js';

type S = SigningState;
type E = SigningEvent;
type R = SigningRequest;

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

let uid = 0;

/**
 * SR-SIGN — the signature page of one intervention (seed 001, « INTERVENTIONS — CHOIX DE
 * L'INTERLOCUTEUR SIGNATAIRE »): its summary (a late one says so), the choice of WHO signs (the
 * operator **or** the provider, and/or the contact: core's `toggleSigner`), then « Signer
 * l'intervention » opens, at the bottom, the box to sign on the web without the mobile app: one
 * signature per chosen signer, each « Dessiner » (pointer, touch, pen on a canvas) or « Saisir »
 * (the name typed and the consent ticked: the keyboard path, as valid as a drawing). The
 * intervention is closed when the last chosen signer has signed; the page says so and fires
 * `intervention-closed`.
 *
 * The first screen is this module. The box (`intervention-signature-box.on-demand.ts`: its texts,
 * styles and views) loads on intent (pointer over or focus on « Signer l'intervention ») or on the
 * click; the drawing library (`signature_pad`) only when the drawing box first opens. The flow is
 * core's `signatureFlow`, run by a `FlowController`. Under a suspended account it shows the access
 * notice and loads nothing.
 *
 * @tagname intervention-signature
 * @summary Choose who signs an intervention and sign it on the web, by drawing or by typing (SR-SIGN).
 * @fires {InterventionSignedEvent} intervention-signed - A chosen signer's signature was recorded (`interventionId`, `role`, `method`).
 * @fires {InterventionClosedEvent} intervention-closed - The last chosen signer signed: the intervention is closed (`interventionId`).
 * @csspart base - The widget's box.
 * @csspart details - The intervention's details.
 * @csspart status - The state (text and icon).
 * @csspart signatures - The recorded signatures.
 * @csspart choice - The choice of signers.
 * @csspart box - The signature box (drawing or typed name).
 * @csspart canvas - The drawing canvas.
 * @csspart toasts - The live region of the toasts.
 * @cssprop --intervention-signature-max-width - The widest the widget grows (default `48rem`).
 * @cssprop --intervention-signature-pen - The ink of the drawing (default the text colour).
 */
export class InterventionSignature extends VigieElement {
  static override messages = [registerInterventionsMessages];
  static override styles = [tokens, spinnerStyles, toastStyles, summaryStyles, styles];

  /** The intervention to sign. */
  @property({ attribute: 'intervention-id', reflect: true }) interventionId = '';

  /** Hides the intervention's title, details and signatures (when the page around shows them, as `<intervention-list>` does). */
  @property({ type: Boolean, attribute: 'hide-details' }) hideDetails = false;

  readonly #id = `vigie-isign-${++uid}`;

  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );

  /** The box's code, texts and styles: loaded when a person reaches for « Signer l'intervention ». */
  readonly #box = new OnDemand<typeof Box>(this, async () => {
    const m = await import('./intervention-signature-box.on-demand.js');
    await loadMessages(this.services!.locale, [m.messages]);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof InterventionSignature).elementStyles, m.styles]);
    return m;
  });

  /** What the box's views use of the element. */
  readonly #host: Box.BoxHost = {
    id: this.#id,
    t: (key, params) => this.t(key, params),
    send: (e) => this.#flow.send(e),
    update: () => this.requestUpdate(),
    root: () => this.renderRoot,
    locale: () => this.services!.locale,
    describe: (failure) => this.services!.describeFailure(failure),
  };

  /** The flow of the current `intervention-id` (a new id starts it afresh). */
  readonly #byId: Flow<S, E, R> = {
    init: (ctx) => signatureFlow(this.interventionId).init(ctx),
    transition: (s, e, ctx) => signatureFlow(s.id).transition(s, e, ctx),
  };

  readonly #flow = new FlowController<S, E, R>(this, {
    flow: this.#byId,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    toasts: this.#toasts,
    events: {
      'intervention-signed': (d) => {
        const x = d as { interventionId: string; role: SignerRole; method: SignatureMethod };
        return new InterventionSignedEvent(x.interventionId, x.role, x.method);
      },
      'intervention-closed': (d) => new InterventionClosedEvent((d as { interventionId: string }).interventionId),
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('interventionId') && changed.get('interventionId') !== undefined && this.#flow.started) this.#flow.restart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#box.module?.disposeBox(this.#host);
  }

  /** Resolves when no request is on its way (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  async #run(request: R, signal: AbortSignal): Promise<E> {
    const api = await import('@vigie/core/safety-register/api');
    const client = this.services!.client;
    try {
      if (request.op === 'load') return { type: 'loaded', intervention: await api.getIntervention(client, request.id, { signal }) };
      return { type: 'signed', intervention: await api.signIntervention(client, request.id, request.body, request.key, { signal }) };
    } catch (e) {
      if (isAccessRestricted(e)) void this.services!.refreshAccess();
      const failure = failureOf(e);
      if (request.op === 'load') return { type: 'load-failed', failure };
      const type = srProblemOf(failure);
      if (type === SR_PROBLEM_TYPES.conflict) return { type: 'sign-refused', reason: 'conflict' };
      if (type === SR_PROBLEM_TYPES.forbidden) return { type: 'sign-refused', reason: 'forbidden' };
      if (type === SR_PROBLEM_TYPES.validation) return { type: 'sign-refused', reason: 'invalid' };
      return { type: 'sign-failed', failure };
    }
  }

  /** The pointer over, or the focus on, « Signer l'intervention »: the box starts loading. */
  #intent = () => void this.#box.load().catch(() => {});

  /** Whether « Signer » waits for the box's code. */
  #waiting = false;

  #start = (ev: MouseEvent) => {
    // Reached by keyboard (Enter/Space: no pointer), the box opens on « Saisir »; else on « Dessiner ».
    const mode: SignatureMethod = ev.detail === 0 ? 'typed' : 'drawn';
    if (this.#box.module) return this.#flow.send({ type: 'signing-started', mode });
    this.#waiting = true;
    this.requestUpdate();
    this.#box.load().then(
      () => {
        this.#waiting = false;
        if (this.isConnected) this.#flow.send({ type: 'signing-started', mode });
      },
      () => {
        this.#waiting = false;
      },
    );
  };

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, 'interventions');
    if (notice) return notice;
    if (isRestrictedAccess(this.services) || !this.interventionId) return nothing;
    const s = this.#flow.state;
    return html`<section class="root" part="base" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title" class="title">${this.t('sr.interventions.sign.title')}</h2>
      ${this.#renderBody(s)} ${this.#toasts.render()}
    </section>`;
  }

  #renderBody(s: S) {
    const i = s.intervention;
    if (!i) {
      if (s.load === 'failed') {
        return html`<div class="problem" role="alert">
          ${errorIcon}
          <div>
            <p class="problem-title">${this.t('sr.interventions.sign.error')}</p>
            <p>${s.loadFailure ? this.services!.describeFailure(s.loadFailure) : nothing}</p>
            <button type="button" class="btn secondary" @click=${() => this.#flow.send({ type: 'retry-load' })}>${this.t('common.retry')}</button>
          </div>
        </div>`;
      }
      return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.interventions.sign.loading')}</p>`;
    }
    const x = { t: this.t.bind(this), locale: this.services!.locale };
    const today = calendarDateOf(this.services!.clock.now());
    return html`${this.hideDetails ? nothing : html`<p class="subtitle"><strong>${i.title}</strong> ${renderStatus(x, i, today)}</p>${renderDetails(x, i, today)}`}
      ${
        s.step === 'closed'
          ? html`<div class="closed" role="status" tabindex="-1" data-focus=${signingFocus.closed}>
            ${checkIcon}
            <div>
              <h3>${this.t('sr.interventions.sign.closed.title')}</h3>
              <p>${this.t('sr.interventions.sign.closed')}</p>
            </div>
          </div>`
          : nothing
      }
      ${!this.hideDetails && (i.signatures.length > 0 || s.step === 'closed') ? renderSignatures(x, i) : nothing}
      ${s.step === 'closed' ? nothing : this.#renderChoice(s, i)}
      ${s.step === 'sign' && this.#box.module ? this.#box.module.renderBox(this.#host, s, i) : nothing}`;
  }

  #renderChoice(s: S, i: Intervention) {
    const fixed = i.signers !== null;
    const locked = fixed || s.step !== 'choose';
    const available = availableSigners(i);
    const errorId = `${this.#id}-choice-error`;
    const names: Record<SignerRole, string> = {
      operator: i.operator.name,
      provider: `${i.provider.technician}, ${i.provider.company}`,
      contact: i.contact?.name ?? '',
    };
    const progress = s.choice.length > 0 && i.signatures.length > 0;
    return html`<fieldset class="choice" part="choice" tabindex="-1" data-focus=${signingFocus.choice} aria-describedby="${this.#id}-hint ${s.choiceIssue ? errorId : ''}">
        <legend>${this.t('sr.interventions.sign.choice.legend')}</legend>
        <p class="hint" id="${this.#id}-hint">${fixed ? this.t('sr.interventions.sign.choice.fixed') : this.t('sr.interventions.sign.choice.hint')}</p>
        ${available.map(
          (role) => html`<label class="check">
            <input
              type="checkbox"
              name="signer"
              value=${role}
              .checked=${s.choice.includes(role)}
              ?disabled=${locked}
              aria-invalid=${s.choiceIssue ? 'true' : 'false'}
              @change=${() => this.#flow.send({ type: 'signer-toggled', role })}
            />
            <span>${this.t(`sr.interventions.role.${role}`)} <span class="muted">(${names[role]})</span></span>
          </label>`,
        )}
        ${s.choiceIssue ? html`<p class="error" id=${errorId}>${errorIcon}<span>${this.t(`sr.interventions.sign.choice.${s.choiceIssue}`)}</span></p>` : nothing}
        ${progress ? html`<p class="muted">${this.t('sr.interventions.sign.progress', { count: i.signatures.length, total: s.choice.length })}</p>` : nothing}
      </fieldset>
      ${
        s.step === 'choose'
          ? html`<div class="actions">
            <button
              type="button"
              class="btn"
              aria-busy=${this.#waiting ? 'true' : nothing}
              @pointerenter=${this.#intent}
              @focus=${this.#intent}
              @click=${this.#start}
            >
              ${this.t('sr.interventions.sign.start')}
            </button>
          </div>
          ${
            this.#box.failed && !this.#waiting
              ? html`<p class="error" role="alert">${errorIcon}<span>${this.t('sr.interventions.sign.boxFailed')} ${this.t('common.error.network')}</span></p>`
              : nothing
          }`
          : nothing
      }`;
  }

  /** The current signer (tests, hosts). */
  get currentSigner(): SignerRole | undefined {
    return this.#flow.started ? currentSigner(this.#flow.state) : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intervention-signature': InterventionSignature;
  }
}
