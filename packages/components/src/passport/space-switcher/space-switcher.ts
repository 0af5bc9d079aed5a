import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DISSOCIATION_FIELDS,
  PASSPORT_FIELD_ISSUES,
  PASSWORD_MIN_LENGTH,
  checkDissociation,
  dissociationFailureInForm,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportSpacesMessages,
  passportProblemOfFailure,
  problemOf,
  spaceMessageKey,
  spacesRefusalMessageKey,
  spacesRefusalOf,
  switcherFlow,
  type ApiFailure,
  type DissociationField,
  type PassportFieldIssue,
  type SpaceKind,
  type SpacesStatus,
  type SwitcherEvent,
  type SwitcherRequest,
  type SwitcherState,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import {
  LightDomElement,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FieldError,
} from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage, signedOutNotice } from '../../base/forms/messages.js';
import { checkCircleIcon, errorIcon } from '../../base/forms/form-icons.js';
import { failureOf } from '../../base/forms/helpers.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { MenuButtonController } from './space-menu.js';
import { SpaceSwitchedEvent, SpacesDissociatedEvent, SpacesLinkedEvent } from './space-switcher.events.js';
import { styles } from './space-switcher.styles.js';
import { dissociatedScreen, linkCard, noticeMessage, type SwitcherView } from './switcher-views.js';
import { FlowAnswer } from '../../base/forms/flow-answer.js';

let uid = 0;

/** A 422's issues on the dissociation's fields (`{ field, issue }` of core's checks), as messages. */
function serverIssues(failure: ApiFailure): Partial<Record<DissociationField, FieldError>> | undefined {
  if (passportProblemOfFailure(failure) !== 'validation') return undefined;
  const list = problemOf(failure)?.['errors'];
  const errors: Partial<Record<DissociationField, FieldError>> = {};
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = DISSOCIATION_FIELDS.find((f) => f === e.field);
    if (field && (PASSPORT_FIELD_ISSUES as readonly unknown[]).includes(e.issue))
      errors[field] ??= fieldIssueMessageKey(e.issue as PassportFieldIssue);
  }
  return Object.keys(errors).length ? errors : undefined;
}

/**
 * PP-SPACES — « Lier vos espaces » (seed 004): the spaces of the signed-in referent (company,
 * user, trainer) and whether they are linked; link them (optional, reversible, it « n’a un impact
 * que sur votre modalité d’accès »; a missing user account is created by the link); once linked,
 * go from one to another with the « onglet déroulant » at the top (a menu button); « Avoir un
 * accès distinct à mon compte utilisateur » (a new e-mail and password for the user account) ends
 * on the seed's « DISTINGUER MES ESPACES » screen, which reminds that the handover is done from
 * the company information.
 *
 * The rules are core's (`spaces.ts`: who may link, the dissociation's checks); the server applies
 * them again and its refusals are shown with their reason. It needs the passport session the
 * provider shares (set by `<passport-login>`); without one it invites to sign in.
 *
 * Rendered in the light DOM (password managers find the new user login and password); style it
 * with the `--vigie-*` tokens and these classes: `vigie-spaces` (root), `vigie-menu-button`,
 * `vigie-menu-list`, `vigie-menu-item`, `vigie-spaces-card`, `vigie-spaces-done`, and the shared
 * ones (`vigie-panel-message`, `vigie-form`, `vigie-field`, `vigie-input`, `vigie-button`…).
 *
 * @tagname space-switcher
 * @summary Linked spaces of the passport referent: link, switch, dissociate (PP-SPACES).
 * @fires {SpacesLinkedEvent} spaces-linked - The spaces were linked (`spaces`: the linked ones, `active`).
 * @fires {SpaceSwitchedEvent} space-switched - The person moved to another linked space (`space`, `previous`): show its pages.
 * @fires {SpacesDissociatedEvent} spaces-dissociated - The user account got its own login (`userLogin`).
 * @fires {CompanyProfileRequestedEvent} company-profile-requested - « Informations de l’entreprise » was pressed after a dissociation (`href`). Cancelable: `preventDefault()` to show `<company-profile>` yourself.
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » was pressed (`reason`: `signed-out` or `session-expired`; `href`). Cancelable.
 * @cssprop --space-switcher-max-width - The widest the widget grows (default `40rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the menu's current item.
 * @cssprop --vigie-color-surface - Menu and form backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the explanation cards.
 * @cssprop --vigie-color-border - Borders and separators.
 * @cssprop --vigie-color-success-fg - Confirmations.
 * @cssprop --vigie-color-danger-fg - Refusals and errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class SpaceSwitcher extends LightDomElement {
  static override messages = [passportCoreMessages, passportSpacesMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Where « Informations de l’entreprise » leads after a dissociation (the page of `<company-profile>`). */
  @property({ attribute: 'company-href' }) companyHref?: string;

  /** The dissociation form is open (« Avoir un accès distinct à mon compte utilisateur »). Set it to open the form. */
  @property({ type: Boolean, reflect: true }) dissociating = false;

  readonly #id = `vigie-spaces-${++uid}`;
  /** The dissociation's form waiting for the flow's answer (its promise settles with it). */
  readonly #answer = new FlowAnswer();
  /** The flow's last state: what the element comes back to after leaving the page. */
  #kept?: SwitcherState;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => {
      // Another session: what was open or said was for the previous one (a first session keeps `dissociating`).
      if (previous) {
        this.#dissociation.reset();
        void this.#menu.close();
      }
      this.#flow.send({ type: 'reset', keepDissociating: !previous });
      if (session) this.#flow.send({ type: 'load' });
    },
  );

  /** Core's PP-SPACES flow (`switcherFlow`): the spaces, what is busy, the problem, the notice, the form open, the confirmation. */
  readonly #flow = new FlowController(this, {
    flow: switcherFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    // What was shown when the element left the page, without the requests abandoned then.
    resume: () =>
      this.#kept && {
        ...this.#kept,
        phase: this.#kept.phase === 'loading' ? 'idle' : this.#kept.phase,
        busy: undefined,
        sending: undefined,
        switchingTo: undefined,
      },
    events: {
      'spaces-linked': (d) => {
        const { spaces, active } = d as { spaces: SpaceKind[]; active: SpaceKind };
        return new SpacesLinkedEvent(spaces, active);
      },
      'space-switched': (d) => {
        const { space, previous } = d as { space: SpaceKind; previous: SpaceKind };
        return new SpaceSwitchedEvent(space, previous);
      },
      'spaces-dissociated': (d) => new SpacesDissociatedEvent((d as { userLogin: string }).userLogin),
    },
  });

  readonly #menu = new MenuButtonController<SpaceKind>(this, `${this.#id}-switch`, (space) => this.#flow.send({ type: 'switch', space }));

  readonly #dissociation = this.createForm({
    fields: {
      userLogin: {
        kind: 'email',
        label: 'passport.spaces.dissociate.userLogin',
        hint: () =>
          this.#state.companyLogin
            ? this.t('passport.spaces.dissociate.userLogin.hint', { login: this.#state.companyLogin })
            : this.t('passport.spaces.dissociate.userLogin.hintUnknown'),
        required: true,
        autocomplete: 'username',
      },
      password: {
        kind: 'new-password',
        label: 'passport.spaces.dissociate.password',
        hint: () => this.t('passport.spaces.dissociate.password.hint', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      passwordConfirmation: { kind: 'new-password', label: 'passport.spaces.dissociate.passwordConfirmation', required: true },
    },
    validators: {
      userLogin: (_v, values) => this.#dissociationIssue('userLogin', values),
      password: (_v, values) => this.#dissociationIssue('password', values),
      passwordConfirmation: (_v, values) => this.#dissociationIssue('passwordConfirmation', values),
    },
    submit: (values) => this.#submitDissociation(values.userLogin, values.password),
    onSuccess: () => this.#dissociation.reset(),
    onFailure: (failure) => this.#dissociationFailed(failure),
  });

  /** The flow's state (tests, stories). */
  get flowState(): SwitcherState {
    return this.#flow.state;
  }

  get #state(): SwitcherState {
    return this.#flow.state;
  }

  /** Loads the spaces again (after a failure). */
  async refresh(): Promise<void> {
    if (!this.#session.session) return;
    this.#flow.send({ type: 'load' });
    await this.#flow.settled();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#session.sync();
    if (!this.services) return;
    // The host opened or closed the form (`dissociating`); otherwise the property mirrors the flow.
    if (changed.has('dissociating') && this.dissociating !== this.#state.dissociating) {
      this.#flow.send({ type: this.dissociating ? 'open-dissociation' : 'close-dissociation' });
    }
    if (!this.#state.dissociating && this.dissociating) this.#dissociation.reset();
    this.dissociating = this.#state.dissociating;
    // Signed in and nothing loaded (the element came back after a load was abandoned): load.
    if (this.#session.session && this.#state.phase === 'idle') this.#flow.send({ type: 'load' });
    this.#kept = this.#state;
    this.#answer.settle(this.#state.answer, 'POST passport/spaces/dissociate');
  }

  /** The flow's requests, through core's calls (loaded with the first one); a failure becomes an event. */
  async #run(request: SwitcherRequest, signal: AbortSignal): Promise<SwitcherEvent> {
    const api = await import('@vigie/core/passport/api');
    const client = this.services!.client;
    const opts = { session: this.#session.session, signal };
    if (request.op === 'load') {
      try {
        const [status, company] = await Promise.all([
          api.getSpaces(client, opts),
          // Only for the texts (the login to keep, the dissociation's « other address »): optional.
          api.getCompany(client, opts).catch(() => undefined),
        ]);
        return { type: 'loaded', status, companyLogin: company?.referent.email };
      } catch (e) {
        const failure = failureOf(e);
        if (!signal.aborted) this.#session.endIfRefused(failure);
        return { type: 'load-failed', failure };
      }
    }
    try {
      const status =
        request.op === 'link'
          ? await api.linkSpaces(client, opts)
          : request.op === 'switch'
            ? await api.switchSpace(client, request.space, opts)
            : await api.dissociateSpaces(client, { userLogin: request.userLogin, password: request.password }, opts);
      return { type: 'answered', op: request.op, status };
    } catch (e) {
      const failure = failureOf(e);
      if (!signal.aborted) this.#session.endIfRefused(failure);
      return { type: 'refused', op: request.op, failure };
    }
  }

  /** The form's submit: the intent goes to the flow; the form settles with the flow's answer (so the passwords live until then). */
  #submitDissociation(userLogin: string, password: string): Promise<void> {
    return this.#answer.wait(
      () => this.#flow.send({ type: 'dissociate', userLogin, password }),
      () => this.#state.busy === 'dissociate',
    );
  }

  #dissociationIssue(
    field: DissociationField,
    values: { userLogin: string; password: string; passwordConfirmation: string },
  ): FieldError | undefined {
    const issue = checkDissociation(values, this.#state.companyLogin ?? '')[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  /** A failure said by the form: on a field (true), or as its failure notice with a retry (false). */
  #dissociationFailed(failure: ApiFailure): boolean {
    // No session any more, or a refusal the flow shows as the widget's problem: not the form's to say.
    if (!this.#session.session || !dissociationFailureInForm(failure)) return true;
    const reason = spacesRefusalOf(failure);
    if (reason === 'invalid-email' || reason === 'same-email') {
      void this.#dissociation.setErrors({ userLogin: fieldIssueMessageKey(reason) });
      return true;
    }
    if (passportProblemOfFailure(failure) === 'emailUnavailable') {
      void this.#dissociation.setErrors({ userLogin: 'passport.spaces.dissociate.emailUnavailable' });
      return true;
    }
    const errors = serverIssues(failure);
    if (!errors) return false;
    void this.#dissociation.setErrors(errors);
    return true;
  }

  /** What the views (`switcher-views.ts`) need of this element. */
  readonly #view: SwitcherView = {
    element: this,
    id: this.#id,
    t: (key, params) => this.t(key, params),
    send: (event) => this.#flow.send(event),
  };

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-panel vigie-spaces">
      <h2 class="vigie-panel-heading">${this.t('passport.spaces.title')}</h2>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (!this.#session.session) return this.#renderSignedOut();
    const s = this.#state;
    if (s.phase === 'failed' && s.loadFailure) {
      return failureMessage({
        title: this.t('passport.spaces.loadError'),
        detail: this.services!.describeFailure(s.loadFailure),
        retry: { label: this.t('common.retry'), onRetry: () => void this.refresh() },
      });
    }
    if (!s.status) {
      return html`<div class="vigie-spaces-loading" aria-busy="true">
        <p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
      </div>`;
    }
    if (s.dissociated) return dissociatedScreen(this.#view, s.dissociated, this.companyHref);
    return this.#renderSpaces(s.status, s.companyLogin);
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return signedOutNotice({
      expired,
      text: this.t(expired ? 'passport.spaces.sessionExpired' : 'passport.spaces.signedOut'),
      className: 'vigie-spaces-signed-out',
      action: passportLoginAction(this, {
        label: this.t('passport.spaces.signIn'),
        href: this.loginHref,
        reason: this.#session.reason,
        className: 'vigie-button vigie-spaces-sign-in',
      }),
    });
  }

  #renderSpaces(status: SpacesStatus, companyLogin: string | undefined) {
    return html`${status.linked ? this.#renderMenu(status) : this.#renderCurrent(status)}
      <p class="vigie-spaces-state" tabindex="-1" data-focus="state">${this.t(status.linked ? 'passport.spaces.status.linked' : 'passport.spaces.status.separate')}</p>
      ${status.linked ? this.#renderLinkedList(status, companyLogin) : nothing}
      <div class="vigie-panel-result" role="status">${noticeMessage(this.#view, this.#state.notice)}</div>
      ${this.#renderProblem()} ${status.linked ? this.#renderDissociation() : linkCard(this.#view, this.#state.busy === 'link')}`;
  }

  #renderCurrent(status: SpacesStatus) {
    return html`<p class="vigie-spaces-current">
      <span class="vigie-spaces-current-label">${this.t('passport.spaces.current')}</span>
      <strong>${this.t(spaceMessageKey(status.active))}</strong>
    </p>`;
  }

  #renderMenu(status: SpacesStatus) {
    return html`<div class="vigie-spaces-switch">
      ${this.#menu.render({
        items: status.spaces.map((s) => ({ value: s, label: this.t(spaceMessageKey(s)) })),
        current: status.active,
        button: html`<span class="vigie-spaces-current-label">${this.t('passport.spaces.current')}</span> <strong>${this.t(spaceMessageKey(status.active))}</strong>`,
        label: this.t('passport.spaces.menu.label'),
        currentNote: this.t('passport.spaces.menu.current'),
        busy: this.#state.busy === 'switch',
      })}
      <p class="vigie-status" role="status">${this.#state.busy === 'switch' ? this.t('passport.spaces.switching') : nothing}</p>
    </div>`;
  }

  #renderLinkedList(status: SpacesStatus, companyLogin: string | undefined) {
    return html`<div class="vigie-spaces-linked">
      <p class="vigie-spaces-linked-title" id="${this.#id}-linked">${this.t('passport.spaces.list.linked')}</p>
      <ul class="vigie-spaces-list" aria-labelledby="${this.#id}-linked">
        ${status.spaces.map((s) => html`<li>${checkCircleIcon}<span>${this.t(spaceMessageKey(s))}</span></li>`)}
      </ul>
      ${companyLogin ? html`<p class="vigie-spaces-login">${this.t('passport.spaces.login', { login: companyLogin })}</p>` : nothing}
    </div>`;
  }

  #renderProblem() {
    const p = this.#state.problem;
    if (!p) return nothing;
    return html`<div class="vigie-panel-message vigie-panel-message--error vigie-spaces-problem" role="alert">
      ${errorIcon}
      <div class="vigie-panel-message-body">
        <p class="vigie-panel-message-title">${this.t(p.kind === 'refused' ? 'passport.spaces.refused' : 'form.failure.title')}</p>
        <p>${p.kind === 'refused' ? this.t(spacesRefusalMessageKey(p.reason)) : this.services!.describeFailure(p.failure)}</p>
        ${p.kind === 'failed' ? html`<button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'retry' })}>${this.t('common.retry')}</button>` : nothing}
      </div>
    </div>`;
  }

  /** « Avoir un accès distinct à mon compte utilisateur »: the button, then its form. */
  #renderDissociation() {
    const panelId = `${this.#id}-dissociate`;
    return html`<section class="vigie-spaces-section">
      <button
        type="button"
        class="vigie-button vigie-button--secondary vigie-spaces-dissociate-open"
        data-focus="dissociate-open"
        aria-expanded=${this.dissociating ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => this.#flow.send({ type: this.#state.dissociating ? 'close-dissociation' : 'open-dissociation' })}
      >
        ${this.t('passport.spaces.dissociate.open')}
      </button>
      <div class="vigie-spaces-panel" id=${panelId} ?hidden=${!this.dissociating}>${this.dissociating ? this.#renderDissociationForm() : nothing}</div>
    </section>`;
  }

  #renderDissociationForm() {
    const f = this.#dissociation;
    return f.renderForm(
      html`<p>${this.t('passport.spaces.dissociate.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('userLogin'), { focus: 'dissociate' })} ${passwordField(f.field('password'))}
        ${passwordField(f.field('passwordConfirmation'), { enterKeyHint: 'send' })}
        <div class="vigie-actions">
          ${submitButton(f, this.t('passport.spaces.dissociate.submit'))}
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'close-dissociation' })}>${this.t('passport.spaces.dissociate.cancel')}</button>
        </div>`,
      { label: this.t('passport.spaces.dissociate.open') },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'space-switcher': SpaceSwitcher;
  }
}
