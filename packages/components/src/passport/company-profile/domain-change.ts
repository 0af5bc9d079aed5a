/**
 * PP-COMPANY « Astuces » — changing the e-mail domain of every employee account in one action, as a
 * part of `<company-profile>`: the old domain (pre-filled with the referent's) and the new one →
 * a preview from the server (« N comptes vont changer », and who stays: another domain, no e-mail)
 * → « Changer les N adresses » → the report. The checks are core's (`checkDomainChange`); the
 * change itself is the server's (`applyDomainChange`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  checkDomainChange,
  domainOf,
  fieldIssueMessageKey,
  normalizeDomain,
  type ApiFailure,
  type DomainChangeField,
  type DomainChangePreviewResponse,
  type Locale,
  type MessageKey,
  type Params,
  type PassportSession,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { FormController, formField, type FieldError } from '../../base/forms/index.js';
import { checkCircleIcon, infoIcon, mailIcon } from '../../base/forms/form-icons.js';
import { failureMessage } from '../../base/forms/messages.js';
import { failureOf } from '../../base/forms/helpers.js';
import { disclosureSection } from '../../base/forms/disclosure.js';
import { EmployeesEmailDomainChangedEvent } from './company-profile.events.js';

export type DomainChangeStep = 'form' | 'preview' | 'done';

/** What the domain change needs from its widget. */
export interface DomainChangeHost extends ReactiveControllerHost, HTMLElement {
  readonly passportServices: VigieServices | undefined;
  readonly passportSession: PassportSession | undefined;
  /** The referent's e-mail (its domain pre-fills the old one). */
  readonly referentEmail: string | undefined;
  /** Ends the session when the server refused it; true then. */
  endSessionIfRefused(failure: ApiFailure): boolean;
}

/** The `.one` or `.other` form of a counted text, by the locale's plural rules (in French, 0 and 1 are `one`). */
export function counted(
  locale: Locale,
  t: (key: MessageKey, params?: Params) => string,
  key: string,
  count: number,
  params: Params = {},
): string {
  const form = new Intl.PluralRules(locale === 'en' ? 'en-GB' : 'fr-FR').select(count) === 'one' ? 'one' : 'other';
  const shown = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(count);
  return t(`${key}.${form}` as MessageKey, { ...params, count: shown });
}

let uid = 0;

export class DomainChangeController implements ReactiveController {
  open = false;
  step: DomainChangeStep = 'form';
  preview?: DomainChangePreviewResponse;
  /** The report: how many changed, from which domain to which. */
  done?: { readonly count: number; readonly from: string; readonly to: string };
  busy = false;
  failure?: ApiFailure;

  readonly #id = `vigie-domain-${++uid}`;

  readonly form: FormController<
    {
      fromDomain: { kind: 'text'; label: MessageKey; hint: MessageKey; required: true; autocomplete: 'off' };
      toDomain: { kind: 'text'; label: MessageKey; hint: MessageKey; required: true; autocomplete: 'off' };
    },
    DomainChangePreviewResponse
  >;

  constructor(private readonly host: DomainChangeHost) {
    host.addController(this);
    this.form = new FormController(host, {
      services: () => host.passportServices,
      fields: {
        fromDomain: {
          kind: 'text',
          label: 'passport.company.domain.from',
          hint: 'passport.company.domain.from.hint',
          required: true,
          autocomplete: 'off',
        },
        toDomain: {
          kind: 'text',
          label: 'passport.company.domain.to',
          hint: 'passport.company.domain.to.hint',
          required: true,
          autocomplete: 'off',
        },
      },
      validators: {
        fromDomain: (_v, values) => this.#issue('fromDomain', values),
        toDomain: (_v, values) => this.#issue('toDomain', values),
      },
      submit: async (values, { signal }) => {
        const api = await import('@vigie/core/passport/api');
        return api.previewEmailDomainChange(
          host.passportServices!.client,
          normalizeDomain(values.fromDomain),
          normalizeDomain(values.toDomain),
          {
            session: host.passportSession,
            signal,
          },
        );
      },
      onSuccess: (preview) => void this.#showPreview(preview),
      onFailure: (failure) => host.endSessionIfRefused(failure),
    });
  }

  hostConnected(): void {}

  #t(key: MessageKey, params?: Params): string {
    return this.host.passportServices?.t(key, params) ?? key;
  }

  #issue(field: DomainChangeField, values: { fromDomain: string; toDomain: string }): FieldError | undefined {
    const issue = checkDomainChange(values)[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  /** Opens or closes the panel (opening pre-fills the old domain with the referent's). */
  async toggle(): Promise<void> {
    this.open = !this.open;
    this.#restart();
    if (this.open) {
      const domain = domainOf(this.host.referentEmail ?? '');
      if (domain) this.form.setValues({ fromDomain: domain });
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#focus(this.open ? `#${this.#id}-panel input[name=toDomain]` : `#${this.#id}-toggle`);
  }

  /** Back to an empty, closed panel (another session arrived). */
  close(): void {
    this.open = false;
    this.#restart();
  }

  #restart(): void {
    this.form.reset();
    this.step = 'form';
    this.preview = undefined;
    this.done = undefined;
    this.failure = undefined;
    this.busy = false;
  }

  async #showPreview(preview: DomainChangePreviewResponse): Promise<void> {
    this.preview = preview;
    this.step = 'preview';
    this.failure = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#focus(`#${this.#id}-preview-title`);
  }

  async #back(): Promise<void> {
    this.step = 'form';
    this.failure = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#focus(`#${this.#id}-panel input[name=fromDomain]`);
  }

  /** « Changer les N adresses »: one request at a time. */
  async #confirm(): Promise<void> {
    const preview = this.preview;
    if (this.busy || !preview) return;
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const api = await import('@vigie/core/passport/api');
      const result = await api.changeEmployeesEmailDomain(this.host.passportServices!.client, preview.fromDomain, preview.toDomain, {
        session: this.host.passportSession,
      });
      this.done = { count: result.changed, from: preview.fromDomain, to: preview.toDomain };
      this.step = 'done';
      this.host.dispatchEvent(new EmployeesEmailDomainChangedEvent(result.changed, preview.fromDomain, preview.toDomain));
      this.busy = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.#focus(`#${this.#id}-done`);
    } catch (e) {
      this.busy = false;
      const failure = failureOf(e);
      if (!this.host.endSessionIfRefused(failure)) this.failure = failure;
      this.host.requestUpdate();
    }
  }

  #focus(selector: string): void {
    this.host.querySelector<HTMLElement>(selector)?.focus();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  render(locale: Locale) {
    return disclosureSection({
      id: this.#id,
      open: this.open,
      mark: mailIcon,
      label: this.#t('passport.company.domain.toggle'),
      onToggle: () => void this.toggle(),
      content: () => this.#renderStep(locale),
      classes: { section: 'vigie-company-domain', toggle: 'vigie-company-toggle', panel: 'vigie-company-panel' },
    });
  }

  #renderStep(locale: Locale) {
    if (this.step === 'done' && this.done) return this.#renderDone(locale, this.done);
    if (this.step === 'preview' && this.preview) return this.#renderPreview(locale, this.preview);
    const f = this.form;
    return f.renderForm(
      html`<p class="vigie-company-domain-intro">${this.#t('passport.company.domain.intro')}</p>
        <div class="vigie-company-pair">${formField(f.field('fromDomain'))} ${formField(f.field('toDomain'), { enterKeyHint: 'next' })}</div>
        <div class="vigie-actions">
          <button type="submit" class="vigie-button" aria-disabled=${f.submitting ? 'true' : nothing}>
            ${f.submitting ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.#t('passport.company.domain.preview')}</span>
          </button>
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.toggle()}>${this.#t('passport.company.domain.cancel')}</button>
          <p class="vigie-status" role="status">${f.submitting ? this.#t('common.loading') : nothing}</p>
        </div>`,
      { label: this.#t('passport.company.domain.toggle') },
    );
  }

  #renderPreview(locale: Locale, p: DomainChangePreviewResponse) {
    const t = (key: MessageKey, params?: Params) => this.#t(key, params);
    const none = p.changing === 0;
    const stays = [
      p.otherDomain > 0 ? counted(locale, t, 'passport.company.domain.preview.otherDomain', p.otherDomain) : '',
      p.noEmail > 0 ? counted(locale, t, 'passport.company.domain.preview.noEmail', p.noEmail) : '',
    ].filter(Boolean);
    return html`<div class="vigie-company-domain-preview">
      <h3 class="vigie-company-domain-title" id="${this.#id}-preview-title" tabindex="-1">
        ${none ? this.#t('passport.company.domain.none', { from: p.fromDomain }) : counted(locale, t, 'passport.company.domain.preview.title', p.changing)}
      </h3>
      ${none ? nothing : html`<p>${this.#t('passport.company.domain.preview.example', { from: p.fromDomain, to: p.toDomain })}</p>`}
      ${
        stays.length
          ? html`<div class="vigie-company-domain-stay">
            <p>${this.#t('passport.company.domain.preview.stay')}</p>
            <ul>
              ${stays.map((s) => html`<li>${s}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <p class="vigie-company-note">${infoIcon}<span>${this.#t('passport.company.domain.preview.referent')}</span></p>
      ${
        this.failure
          ? failureMessage({ title: this.#t('form.failure.title'), detail: this.host.passportServices!.describeFailure(this.failure) })
          : nothing
      }
      <div class="vigie-panel-actions">
        ${
          none
            ? nothing
            : html`<button type="button" class="vigie-button vigie-company-domain-confirm" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.#confirm()}>
              ${this.busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span
                >${this.failure ? this.#t('common.retry') : counted(locale, t, 'passport.company.domain.confirm', p.changing)}</span
              >
            </button>`
        }
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.#back()}>${this.#t('passport.company.domain.back')}</button>
        <p class="vigie-status" role="status">${this.busy ? this.#t('form.submitting') : nothing}</p>
      </div>
    </div>`;
  }

  #renderDone(locale: Locale, d: { readonly count: number; readonly from: string; readonly to: string }) {
    const t = (key: MessageKey, params?: Params) => this.#t(key, params);
    return html`<div class="vigie-company-domain-done">
      <p class="vigie-panel-message vigie-panel-message--success" id="${this.#id}-done" tabindex="-1" role="status">
        ${checkCircleIcon}<span>${counted(locale, t, 'passport.company.domain.done', d.count, { from: d.from, to: d.to })}</span>
      </p>
      <p class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.toggle()}>${this.#t('passport.company.domain.close')}</button>
      </p>
    </div>`;
  }
}
