/**
 * The form infrastructure of every credential widget (issue 3: VA-LOGIN, VA-RESET, VA-ACTIVATE…),
 * proven through two small elements defined here only: `test-credential-form` (identifier +
 * password, nothing remembered) and `test-code-form` (e-mail, new password, one-time code).
 * They submit through the provider's client to msw routes added by this file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { isEmail } from '@vigie/core';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import type { MockWorker } from '@vigie/mock-api/browser';
import {
  NOW,
  apiRequests,
  chooseOption,
  clickOn,
  pressSpaceOn,
  until,
  useScenario,
  pressKeys,
  quiet,
  typeInto,
  doubleClickOn,
} from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import { defineElement } from '../define.js';
import { tokens } from '../styles.js';
import {
  LightDomElement,
  codeField,
  formField,
  formStyles,
  lightBase,
  looksLikeEmail,
  passwordField,
  requiredNote,
  submitButton,
  textField,
} from './index.js';

const Answer = z.object({ ok: z.boolean() });

/** The demo login-like form: identifier + password, nothing remembered. */
class TestCredentialForm extends LightDomElement {
  static override lightStyles = [formStyles];

  /** A label override (long French labels must wrap). */
  identifierLabel?: string;
  succeeded = 0;

  readonly form = this.createForm({
    fields: {
      identifier: {
        kind: 'username',
        label: () => this.identifierLabel ?? this.t('form.field.identifier'),
        hint: () => '12 chiffres ou adresse e-mail',
        required: true,
      },
      password: { kind: 'current-password', label: 'form.field.password', required: true },
    },
    validators: {
      identifier: (v) => (/^\d{12}$/.test(v) || looksLikeEmail(v) ? undefined : 'form.error.email'),
    },
    submit: (values, { signal }) => this.services!.client.post('test/forms/login', values, Answer, { signal }),
    onSuccess: () => void this.succeeded++,
  });

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const f = this.form;
    return f.renderForm(
      html`${requiredNote(f)} ${textField(f.field('identifier'))} ${passwordField(f.field('password'))} ${submitButton(f, 'Se connecter')}`,
      {
        label: 'Connexion',
      },
    );
  }
}

/** Activation-like: e-mail, new password and a one-time code. */
class TestCodeForm extends LightDomElement {
  static override lightStyles = [formStyles];

  readonly form = this.createForm({
    fields: {
      email: { kind: 'email', label: 'form.field.email', required: true },
      password: { kind: 'new-password', label: 'form.field.newPassword', required: true },
      code: { kind: 'one-time-code', label: 'form.field.code', required: true },
    },
    submit: (values, { signal }) => this.services!.client.post('test/forms/activate', values, Answer, { signal }),
  });

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const f = this.form;
    return f.renderForm(
      html`${formField(f.field('email'))} ${formField(f.field('password'))} ${codeField(f.field('code'))} ${submitButton(f, 'Activer')}`,
      {
        label: 'Activation',
      },
    );
  }
}

defineElement('test-credential-form', TestCredentialForm);
defineElement('test-code-form', TestCodeForm);

declare global {
  interface HTMLElementTagNameMap {
    'test-credential-form': TestCredentialForm;
    'test-code-form': TestCodeForm;
  }
}

const SECRET = 'Tr0ub4dor&3-secret';
const IDENTIFIER = 'jean.dupont@exemple.fr';

// ── the test API: what arrived, what the password input looked like when it did ─────────────
type Mode = 'ok' | '500' | '503' | '401' | 'network' | 'hold';
let mode: Mode = 'ok';
let sent: Record<string, string>[] = [];
let passwordTypeAtRequest: string[] = [];
let release: (() => void) | undefined;
let mock: MockWorker;

const routes = () => [
  http.post('*/api/test/forms/:form', async ({ request }) => {
    sent.push((await request.json()) as Record<string, string>);
    passwordTypeAtRequest.push([...document.querySelectorAll<HTMLInputElement>('input[name=password]')].map((i) => i.type).join());
    if (mode === 'hold') await new Promise<void>((r) => (release = r));
    if (mode === '500') {
      return HttpResponse.json(
        { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    if (mode === '503' || mode === '401') {
      const status = Number(mode);
      return HttpResponse.json(
        { type: status === 401 ? '/problems/invalid-credentials' : '/problems/unavailable', title: 'Refused', status },
        { status, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    if (mode === 'network') return HttpResponse.error();
    return HttpResponse.json({ ok: true });
  }),
];

beforeEach(async () => {
  mock = await useScenario('invoices:none');
  mock.worker.use(...routes());
  mode = 'ok';
  sent = [];
  passwordTypeAtRequest = [];
  release = undefined;
});

afterEach(() => {
  release?.();
  mock.worker.resetHandlers();
});

async function mount(opts: { locale?: string; theme?: 'dark'; width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <test-credential-form></test-credential-form>
    </vigie-provider>
  </div>`);
  if (opts.width) wrapper.style.width = opts.width;
  const provider = wrapper.querySelector('vigie-provider')!;
  const el = provider.querySelector('test-credential-form')!;
  await until(() => el.querySelector('form'), 'the form');
  return {
    provider,
    el,
    identifier: el.querySelector<HTMLInputElement>('input[name=identifier]')!,
    password: el.querySelector<HTMLInputElement>('input[name=password]')!,
    toggle: el.querySelector<HTMLButtonElement>('.vigie-toggle')!,
    submit: el.querySelector<HTMLButtonElement>('button[type=submit]')!,
  };
}

async function mountCodeForm() {
  const provider = await fixture<VigieProvider>(html`<vigie-provider now=${NOW}><test-code-form></test-code-form></vigie-provider>`);
  const el = provider.querySelector('test-code-form')!;
  await until(() => el.querySelector('form'), 'the form');
  const input = (name: string) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  return { provider, el, email: input('email'), password: input('password'), code: input('code') };
}

/** Text content, ASCII white space collapsed (no-break spaces kept: French typography is tested). */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

/** Whether `secret` can be reached from `value` through own properties (DOM nodes excepted). */
function reaches(value: unknown, secret: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(secret);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Node && seen.size > 1) return false;
  const children =
    value instanceof Map
      ? [...value.keys(), ...value.values()]
      : value instanceof Set
        ? [...value]
        : Object.getOwnPropertyNames(value).map((k) => (value as Record<string, unknown>)[k]);
  return children.some((c) => reaches(c, secret, seen));
}

describe('forms: credential fields in the light DOM (issue 3)', () => {
  it('password managers reach the credential inputs from the page: native inputs, real form, autocomplete', async () => {
    const { el, identifier, password } = await mount();
    expect(el.shadowRoot).to.be.null;
    const user = document.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    const current = document.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
    expect(user).to.equal(identifier);
    expect(current).to.equal(password);
    expect(current!.type).to.equal('password');
    expect(current!.form).to.be.instanceOf(HTMLFormElement);
    expect(user!.form).to.equal(current!.form);
    expect([...document.forms]).to.include(current!.form);
    expect(current!.form!.method).to.equal('post');
    expect(current!.form!.querySelector('button[type=submit]')).to.exist;
    expect(text(current!.labels![0])).to.contain('Mot de passe');
    expect(user!.getAttribute('spellcheck')).to.equal('false');
    expect(current!.getAttribute('spellcheck')).to.equal('false');

    const code = await mountCodeForm();
    expect(document.querySelector('input[autocomplete="email"]')).to.equal(code.email);
    expect(code.email.type).to.equal('email');
    expect(document.querySelector('input[autocomplete="new-password"]')).to.equal(code.password);
    expect(code.password.type).to.equal('password');
    const otp = document.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]');
    expect(otp).to.equal(code.code);
    expect(otp!.inputMode).to.equal('numeric');
    expect(otp!.hasAttribute('maxlength')).to.be.false;
    await expect(code.el).to.be.accessible();
  });

  it('keyboard: Tab goes identifier → password → toggle → submit; Space toggles; Enter submits', async () => {
    const { el, identifier, password, toggle, submit } = await mount();
    await typeInto(identifier, '123456789012');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(password);
    await sendKeys({ type: SECRET });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(password.type).to.equal('text');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(password.type).to.equal('password');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(submit);
    await pressKeys('Shift+Tab');
    await pressKeys('Shift+Tab');
    expect(document.activeElement).to.equal(password);
    await sendKeys({ press: 'Enter' });
    await until(() => el.succeeded === 1, 'a successful submit');
    expect(sent).to.deep.equal([{ identifier: '123456789012', password: SECRET }]);
    // After a success the password is gone too; the identifier stays.
    expect(password.value).to.equal('');
    expect(identifier.value).to.equal('123456789012');
    expect(el.form.status).to.equal('succeeded');
  });

  it('show/hide: a real button, aria-pressed, a constant name, aria-controls; hidden again before the request leaves', async () => {
    const { el, identifier, password, toggle, submit } = await mount();
    expect(toggle.tagName).to.equal('BUTTON');
    expect(toggle.type).to.equal('button');
    expect(toggle.form).to.equal(password.form);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(password.id);
    expect(text(toggle)).to.equal('Afficher le mot de passe');
    await clickOn(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(password.type).to.equal('text');
    expect(text(toggle)).to.equal('Afficher le mot de passe');
    await expect(el).to.be.accessible();

    await typeInto(identifier, IDENTIFIER);
    await typeInto(password, SECRET);
    expect(password.type).to.equal('text');
    await clickOn(submit);
    // In the submit path, before the request leaves: the route saw a password input.
    await until(() => el.succeeded === 1, 'a successful submit');
    expect(passwordTypeAtRequest).to.deep.equal(['password']);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(password.type).to.equal('password');
  });

  it('errors: a role=alert summary linking to each field, focus on the first invalid one, aria wiring, no request', async () => {
    const { el, identifier, password, submit } = await mount();
    const href = location.href;
    await clickOn(submit);
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the error summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('p'))).to.equal('Le formulaire contient 2 erreurs\u202f:');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal([
      'Identifiant\u202f: Ce champ est obligatoire.',
      'Mot de passe\u202f: Ce champ est obligatoire.',
    ]);
    expect(document.activeElement).to.equal(identifier);
    expect(identifier.getAttribute('aria-invalid')).to.equal('true');
    const described = identifier
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => text(document.getElementById(id)));
    expect(described).to.deep.equal(['12 chiffres ou adresse e-mail', 'Erreur\u202f: Ce champ est obligatoire.']);
    // The required marker: « * » for the eyes, « (obligatoire) » for screen readers.
    const label = identifier.labels![0]!;
    expect(label.querySelector('[aria-hidden=true]')!.textContent!.trim()).to.equal('*');
    expect(text(label.querySelector('.vigie-sr-only'))).to.equal('(obligatoire)');
    expect(text(el.querySelector('.vigie-required-note'))).to.equal('Les champs marqués d’un astérisque (*) sont obligatoires.');
    await expect(el).to.be.accessible();

    // A summary link moves focus to its field and leaves the host's URL alone.
    await clickOn(links[1]!);
    expect(document.activeElement).to.equal(password);
    expect(location.href).to.equal(href);

    // A wrong format is caught by the widget's validator; a fixed field loses its error while typing.
    await typeInto(identifier, 'jean');
    await clickOn(submit);
    await until(() => text(el.querySelector('.vigie-error-summary')).includes('Saisissez une adresse e-mail valide'), 'the format error');
    await typeInto(identifier, '@exemple.fr');
    await el.updateComplete;
    expect(identifier.hasAttribute('aria-invalid')).to.be.false;
    expect([...el.querySelectorAll('.vigie-error-summary a')].map(text)).to.deep.equal(['Mot de passe\u202f: Ce champ est obligatoire.']);
    expect(sent).to.have.length(0);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('one e-mail shape with core (issue 11 #4): the form refuses a@b..fr, as core’s isEmail and schemas do', async () => {
    expect(looksLikeEmail('a@b..fr')).to.equal(false);
    expect(looksLikeEmail('a@b..fr')).to.equal(isEmail('a@b..fr'));
    expect(looksLikeEmail('a@.fr')).to.equal(false);
    expect(looksLikeEmail('a@b.fr')).to.equal(true);
    const { el, email } = await mountCodeForm();
    await typeInto(email, 'a@b..fr');
    await sendKeys({ press: 'Enter' });
    await until(() => email.getAttribute('aria-invalid') === 'true', 'the e-mail refused');
    const described = email
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => text(document.getElementById(id)));
    expect(described.join(' ')).to.contain('Saisissez une adresse e-mail valide');
    expect(el.querySelector('.vigie-error-summary')).to.exist;
  });

  it('double submit: while a request is in flight, clicks, Enter and requestSubmit send nothing more', async () => {
    const { el, identifier, password, submit } = await mount();
    mode = 'hold';
    await typeInto(identifier, IDENTIFIER);
    await typeInto(password, SECRET);
    await doubleClickOn(submit);
    password.form!.requestSubmit();
    password.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => release, 'the request to arrive');
    await el.updateComplete;
    // Loading state: busy but focusable button, a polite status.
    expect(el.form.submitting).to.be.true;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.disabled).to.be.false;
    expect(text(el.querySelector('[role=status]'))).to.equal('Envoi en cours…');
    await expect(el).to.be.accessible();
    await clickOn(submit);
    await quiet('no second request');
    expect(sent).to.have.length(1);
    release!();
    await until(() => el.succeeded === 1, 'the answer');
    expect(sent).to.have.length(1);
    expect(apiRequests()).to.deep.equal(['POST /api/test/forms/login']);
    expect(text(el.querySelector('[role=status]'))).to.equal('');
  });

  it('a 500 keeps everything typed, the password too (hidden again, never in state): the server never judged it; « Réessayer » sends it again (issue 8 #18)', async () => {
    const { el, identifier, password, toggle } = await mount();
    mode = '500';
    await typeInto(identifier, IDENTIFIER);
    await typeInto(password, SECRET);
    await clickOn(toggle);
    password.focus();
    await sendKeys({ press: 'Enter' });
    const failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(text(failure)).to.contain('L’envoi n’a pas abouti.');
    expect(text(failure)).to.contain('Le service a rencontré une erreur (500).');
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect(sent).to.have.length(1);
    expect(identifier.value).to.equal(IDENTIFIER);
    expect(password.value).to.equal(SECRET);
    expect(password.type).to.equal('password');
    expect(el.form.secretsCleared).to.be.false;
    expect(el.form.values).to.deep.equal({ identifier: IDENTIFIER });
    expect(reaches(el, SECRET)).to.be.false;
    expect(el.form.failure?.kind).to.equal('http');
    await expect(el).to.be.accessible();

    // Retry: nothing to type again, the same request goes.
    mode = 'ok';
    await clickOn(failure.querySelector('button')!);
    await until(() => el.succeeded === 1, 'the retried submit');
    expect(sent.at(-1)).to.deep.equal({ identifier: IDENTIFIER, password: SECRET });
    expect(el.querySelector('.vigie-failure')).to.be.null;
    expect(password.value).to.equal('');
  });

  it('a network failure, then a 503, keep the password; a 401 (the server judged it) clears it and says to type it again (issue 8 #18)', async () => {
    const { el, identifier, password, submit } = await mount();
    mode = 'network';
    await typeInto(identifier, IDENTIFIER);
    await typeInto(password, SECRET);
    await clickOn(submit);
    let failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice');
    expect(el.form.failure?.kind).to.equal('network');
    expect(text(failure)).to.contain('Le service est injoignable.');
    expect(text(failure)).not.to.contain('saisissez-les de nouveau');
    expect([identifier.value, password.value]).to.deep.equal([IDENTIFIER, SECRET]);
    expect(reaches(el, SECRET)).to.be.false;
    await expect(el).to.be.accessible();

    mode = '503';
    await clickOn(submit);
    await until(() => sent.length === 2 && el.form.status === 'failed', 'the 503');
    failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice');
    expect(text(failure)).to.contain('(503)');
    expect(password.value).to.equal(SECRET);
    expect(sent[1]).to.deep.equal({ identifier: IDENTIFIER, password: SECRET });

    mode = '401';
    await clickOn(submit);
    // (The provider's client asks its token again once after a 401: the request may go twice.)
    await until(() => sent.length >= 3 && el.form.status === 'failed', 'the 401');
    const count = sent.length;
    failure = await until(() => el.querySelector('.vigie-failure'), 'the failure notice');
    expect(password.value).to.equal('');
    expect(identifier.value).to.equal(IDENTIFIER);
    expect(el.form.secretsCleared).to.be.true;
    expect(text(failure)).to.contain('Par sécurité, les mots de passe et codes saisis ont été effacés');
    // « Réessayer » then leads to the emptied password.
    await clickOn(failure.querySelector('button')!);
    expect(document.activeElement).to.equal(password);
    expect(sent).to.have.length(count);
  });

  it('nothing secret leaks: storage, cookies, IndexedDB, attributes, URL, history, console', async () => {
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group', 'assert'] as const;
    const original = new Map(methods.map((m) => [m, console[m]]));
    const logged: unknown[][] = [];
    for (const m of methods)
      (console as unknown as Record<string, (...a: unknown[]) => void>)[m] = (...args: unknown[]) => void logged.push(args);
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    const href = location.href;
    try {
      const m = await mount();
      // A failed attempt with the password shown, a retry, a success.
      mode = '500';
      await typeInto(m.identifier, IDENTIFIER);
      await typeInto(m.password, SECRET);
      await clickOn(m.toggle);
      await m.el.updateComplete;
      expect(m.el.outerHTML).not.to.contain(SECRET);
      await clickOn(m.submit);
      await until(() => m.el.querySelector('.vigie-failure'), 'the failure');
      mode = 'ok';
      await typeInto(m.password, SECRET);
      await clickOn(m.submit);
      await until(() => m.el.succeeded === 1, 'the success');
      // The code form too.
      const c = await mountCodeForm();
      await typeInto(c.email, IDENTIFIER);
      await typeInto(c.password, SECRET);
      await typeInto(c.code, '987 654');
      await clickOn(c.el.querySelector<HTMLButtonElement>('button[type=submit]')!);
      await until(() => c.el.form.status === 'succeeded', 'the code form success');
      expect(sent.at(-1)).to.deep.equal({ email: IDENTIFIER, password: SECRET, code: '987654' });
    } finally {
      for (const m of methods) (console as unknown as Record<string, unknown>)[m] = original.get(m);
    }
    await expectNoSecretLeft([SECRET, '987654', '987 654'], { logged: () => logged, databases });
    expect(location.href).to.equal(href);
  });

  it('one-time code: one paste of « 123 456 » fills it; paste is never blocked on any field', async () => {
    const { el, email, password, code } = await mountCodeForm();
    // A real paste: copy with the keyboard from a scratch field, paste with the keyboard.
    const scratch = document.createElement('textarea');
    document.body.append(scratch);
    scratch.focus();
    await sendKeys({ type: '123 456' });
    scratch.select();
    await pressKeys('Control+C');
    scratch.remove();
    code.focus();
    await pressKeys('Control+V');
    expect(code.value).to.equal('123456');
    // Nothing cancels a paste, on any input of either form.
    await mount();
    // (Each field pasted into with the keyboard, then emptied again.)
    for (const input of document.querySelectorAll<HTMLInputElement>('.vigie-form input')) {
      input.focus();
      await pressKeys('Control+A');
      await pressKeys('Control+V');
      expect(input.value.replace(/\s/g, ''), input.name).to.equal('123456');
      await pressKeys('Control+A');
      await sendKeys({ press: 'Backspace' });
      expect(input.value, input.name).to.equal('');
    }
    // Built-in checks: e-mail format, code length; then a good submit.
    await typeInto(email, 'jean');
    await typeInto(code, '12 3');
    expect(code.value).to.equal('123');
    el.form.submit();
    const summary = await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Adresse e-mail\u202f: Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
      'Nouveau mot de passe\u202f: Ce champ est obligatoire.',
      'Code de vérification\u202f: Saisissez les 6 chiffres du code.',
    ]);
    expect(document.activeElement).to.equal(email);
    expect(text(document.getElementById(code.getAttribute('aria-describedby')!.split(' ')[0]!))).to.equal('Le code comporte 6 chiffres.');
    await expect(el).to.be.accessible();
    await typeInto(email, '@exemple.fr');
    // A password is sent exactly as typed (spaces included); other values are trimmed.
    await typeInto(password, '  deux espaces  ');
    await typeInto(code, '456');
    el.form.submit();
    await until(() => el.form.status === 'succeeded', 'the success');
    expect(sent).to.deep.equal([{ email: 'jean@exemple.fr', password: '  deux espaces  ', code: '123456' }]);
    expect(code.value).to.equal('');
    expect(password.value).to.equal('');
  });

  it('a page that starts in English renders English once the catalog is there (shouldUpdate waits in the light DOM too)', async () => {
    const { el, password } = await mount({ locale: 'en' });
    expect(text(password.labels![0])).to.equal('Password\u00a0* (required)');
    expect(text(el.querySelector('.vigie-required-note'))).to.equal('Fields marked with an asterisk (*) are required.');
    expect(el.textContent).not.to.contain('Mot de passe');
  });

  it('English at run time: labels, errors and the toggle switch, what was typed stays', async () => {
    const { provider, el, identifier, submit } = await mount();
    await typeInto(identifier, 'jean');
    await clickOn(submit);
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    provider.locale = 'en';
    await until(() => text(el.querySelector('.vigie-error-summary')).includes('Password: This field is required.'), 'English errors');
    expect(text(identifier.labels![0])).to.equal('Identifier\u00a0* (required)');
    expect(text(el.querySelector('.vigie-toggle'))).to.equal('Show password');
    expect(identifier.value).to.equal('jean');
  });

  it('leaving the page abandons the request and empties the secrets', async () => {
    const { provider, el, identifier, password, submit } = await mount();
    mode = 'hold';
    await typeInto(identifier, IDENTIFIER);
    await typeInto(password, SECRET);
    await clickOn(submit);
    await until(() => release, 'the request');
    el.remove();
    expect(password.value).to.equal('');
    expect(el.form.submitting).to.be.false;
    release!();
    await quiet('the released answer handled');
    expect(el.succeeded).to.equal(0);
    expect(el.form.failure).to.be.undefined;
    provider.append(el);
    await el.updateComplete;
    expect(identifier.value).to.equal(IDENTIFIER);
  });

  it('without a provider: a light-DOM notice (role=alert), no form', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const el = await fixture<TestCredentialForm>(html`<test-credential-form></test-credential-form>`);
      const notice = await until(() => el.querySelector('.vigie-missing'), 'the notice');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(text(notice)).to.contain('Ce module doit être placé dans un élément <vigie-provider>.');
      expect(el.querySelector('form')).to.be.null;
      expect(el.shadowRoot).to.be.null;
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
    }
  });
});

describe('forms: light-DOM styles', () => {
  it('one constructable sheet per root: the document, or the enclosing shadow root; no inline style', async () => {
    const styles = document.querySelectorAll('style').length;
    const { el } = await mount();
    await mountCodeForm();
    expect(document.querySelectorAll('style').length, 'no <style> element added').to.equal(styles);
    for (const sheet of [lightBase.styleSheet!, formStyles.styleSheet!]) {
      expect(document.adoptedStyleSheets.filter((s) => s === sheet)).to.have.length(1);
    }
    expect(el.querySelectorAll('[style]')).to.have.length(0);

    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    try {
      root.innerHTML = `<vigie-provider now="${NOW}"><test-credential-form></test-credential-form></vigie-provider>`;
      const inner = root.querySelector('test-credential-form')!;
      const input = await until(() => inner.querySelector<HTMLInputElement>('.vigie-input'), 'the form in a shadow root');
      expect(root.adoptedStyleSheets).to.include(formStyles.styleSheet!);
      expect(getComputedStyle(input).minHeight).to.equal('44px');
    } finally {
      host.remove();
    }
  });

  it('the light-DOM tokens are those of the shadow styles (same names, same fallbacks)', () => {
    const declarations = (css: string) =>
      [...css.matchAll(/(--_[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]!.replace(/\s+/g, ' ').trim()}`);
    const shadow = declarations(tokens.cssText);
    expect(shadow.length).to.be.greaterThan(10);
    expect(declarations(lightBase.cssText)).to.include.members(shadow);
  });

  it('narrow widths, long French labels wrap, large targets, a visible focus ring', async () => {
    const { el, identifier, password, toggle, submit } = await mount({ width: '220px' });
    el.identifierLabel = 'Identifiant de connexion à votre coffre-fort numérique de bulletins de paie';
    el.requestUpdate();
    await el.updateComplete;
    const form = el.querySelector('form')!;
    expect(form.getBoundingClientRect().width).to.be.at.most(220);
    expect(form.scrollWidth).to.be.at.most(form.clientWidth);
    for (const node of [identifier, password, toggle, submit]) {
      const box = node.getBoundingClientRect();
      expect(box.height, node.className).to.be.at.least(44);
      expect(box.right, node.className).to.be.at.most(form.getBoundingClientRect().right + 0.5);
    }
    const label = identifier.labels![0]!;
    expect(label.getBoundingClientRect().height).to.be.greaterThan(2 * parseFloat(getComputedStyle(label).lineHeight));
    await typeInto(identifier, '1');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(password);
    const ring = getComputedStyle(password);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('3px');
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(toggle).outlineWidth).to.equal('3px');
  });

  it('dark theme through the same tokens, accessible', async () => {
    const { provider, el, identifier, submit } = await mount({ theme: 'dark' });
    // A host that picks the dark theme has a dark page: the form itself is transparent.
    provider.parentElement!.style.background = '#0d1117';
    const style = getComputedStyle(identifier);
    expect(style.backgroundColor).to.equal('rgb(22, 27, 34)');
    expect(style.color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
    await clickOn(submit);
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    await expect(el).to.be.accessible();
  });
});

/** Registration-like: a list, yes/no questions, a group of boxes, a consent, and a step check. */
class TestChoiceForm extends LightDomElement {
  static override lightStyles = [formStyles];

  /** Draw again on every `input` event, as a host does when a note depends on what is typed (`<company-profile>`). */
  redrawOnInput = false;

  readonly form = this.createForm({
    fields: {
      month: {
        kind: 'select',
        label: () => 'Mois',
        required: true,
        options: [1, 2, 3].map((m) => ({ value: String(m), label: () => `Mois ${m}` })),
      },
      technical: {
        kind: 'choice',
        label: () => 'Intervient-il techniquement\u202f?',
        required: true,
        options: [
          { value: 'yes', label: 'form.yes' },
          { value: 'no', label: 'form.no' },
        ],
      },
      regions: {
        kind: 'multi',
        label: () => 'Régions d’intervention',
        required: true,
        options: ['bretagne', 'normandie', 'occitanie'].map((r) => ({ value: r, label: () => r[0]!.toUpperCase() + r.slice(1) })),
      },
      phone: { kind: 'tel', label: () => 'Téléphone' },
      consent: {
        kind: 'checkbox',
        label: () => 'J’accepte la politique des données personnelles et sa très longue phrase.',
        summaryLabel: () => 'Consentement',
        required: true,
      },
    },
    submit: (values, { signal }) => this.services!.client.post('test/forms/choices', values, Answer, { signal }),
  });

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const f = this.form;
    return html`<div @input=${() => this.redrawOnInput && this.requestUpdate()}>
      ${f.renderForm(
        html`${formField(f.field('month'))} ${formField(f.field('technical'))} ${formField(f.field('regions'))} ${formField(f.field('phone'))}
        ${formField(f.field('consent'))} ${submitButton(f, 'Enregistrer')}`,
        { label: 'Choix' },
      )}
    </div>`;
  }
}
defineElement('test-choice-form', TestChoiceForm);

describe('forms: lists, questions, groups of boxes, consent (issue 4 needs them; VA-LOSTID, VA-PAPER use them)', () => {
  async function mountChoices() {
    const provider = await fixture<VigieProvider>(html`<vigie-provider now=${NOW}><test-choice-form></test-choice-form></vigie-provider>`);
    const el = provider.querySelector('test-choice-form') as TestChoiceForm;
    await until(() => el.querySelector('form'), 'the form');
    return { el, $: <T extends Element = HTMLInputElement>(s: string) => el.querySelector<T>(s)! };
  }

  it('each kind is a native control with its label; required ones get their own message; the summary uses the short name', async () => {
    const { el, $ } = await mountChoices();
    expect($<HTMLSelectElement>('select[name=month]').options[0]!.text).to.equal('Sélectionnez…');
    expect(text($('fieldset legend'))).to.contain('Intervient-il techniquement\u202f?');
    expect([...el.querySelectorAll<HTMLInputElement>('input[name=technical]')].map((i) => i.type)).to.deep.equal(['radio', 'radio']);
    expect(el.querySelectorAll('input[name=regions][type=checkbox]').length).to.equal(3);
    expect($('input[name=phone]').type).to.equal('tel');
    expect($('input[name=phone]').autocomplete).to.equal('tel');
    await expect(el).to.be.accessible();
    await clickOn($<HTMLButtonElement>('button[type=submit]'));
    await until(() => el.querySelector('.vigie-error-summary'), 'the summary');
    expect([...el.querySelectorAll('.vigie-error-summary li')].map(text)).to.deep.equal([
      'Mois\u202f: Choisissez une option dans la liste.',
      'Intervient-il techniquement\u202f?\u202f: Choisissez une réponse.',
      'Régions d’intervention\u202f: Choisissez au moins une option.',
      'Consentement\u202f: Cochez cette case pour continuer.',
    ]);
    expect(document.activeElement).to.equal($('select[name=month]'));
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keyboard: arrows choose a radio, Space ticks boxes; the values sent are the options’ values, in the options’ order', async () => {
    const { el, $ } = await mountChoices();
    await chooseOption($<HTMLSelectElement>('select[name=month]'), '2');
    $('input[name=technical]').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.querySelector<HTMLInputElement>('input[name=technical]:checked')!.value).to.equal('no');
    const [bretagne, , occitanie] = el.querySelectorAll<HTMLInputElement>('input[name=regions]');
    occitanie!.focus();
    await sendKeys({ press: 'Space' });
    bretagne!.focus();
    await sendKeys({ press: 'Space' });
    $('input[name=consent]').focus();
    await sendKeys({ press: 'Space' });
    await clickOn($<HTMLButtonElement>('button[type=submit]'));
    await until(() => sent.length === 1, 'the request');
    expect(sent[0]).to.deep.equal({ month: '2', technical: 'no', regions: 'bretagne,occitanie', phone: '', consent: 'yes' });
  });

  for (const redrawOnInput of [false, true]) {
    it(`real clicks, Space and arrows hold${redrawOnInput ? ' when the host draws again on every input (issue 8 #10, PP-COMPANY)' : ''}`, async () => {
      const { el, $ } = await mountChoices();
      el.redrawOnInput = redrawOnInput;
      const [bretagne, normandie, occitanie] = el.querySelectorAll<HTMLInputElement>('input[name=regions]');
      const [yes, no] = el.querySelectorAll<HTMLInputElement>('input[name=technical]');
      // The mouse, on the boxes and on a label.
      await clickOn(normandie!);
      await clickOn(occitanie!.labels![0]!);
      await clickOn(yes!);
      await clickOn($('input[name=consent]'));
      await el.updateComplete;
      expect([...el.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value)).to.deep.equal([
        'normandie',
        'occitanie',
      ]);
      expect([yes!.checked, $('input[name=consent]').checked]).to.deep.equal([true, true]);
      // The keyboard: Space unticks and ticks, an arrow moves the radio, arrows choose in the list.
      await pressSpaceOn(normandie!);
      await pressSpaceOn(bretagne!);
      yes!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await chooseOption($<HTMLSelectElement>('select[name=month]'), '3');
      await pressSpaceOn($('input[name=consent]'));
      await pressSpaceOn($('input[name=consent]'));
      await el.updateComplete;
      expect([...el.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value)).to.deep.equal([
        'bretagne',
        'occitanie',
      ]);
      expect([yes!.checked, no!.checked, $('input[name=consent]').checked]).to.deep.equal([false, true, true]);
      expect($<HTMLSelectElement>('select[name=month]').value).to.equal('3');
      expect(el.form.values).to.deep.include({ month: '3', technical: 'no', regions: 'bretagne,occitanie', consent: 'yes' });
      await clickOn($<HTMLButtonElement>('button[type=submit]'));
      await until(() => sent.length === 1, 'the request');
      expect(sent[0]).to.deep.equal({ month: '3', technical: 'no', regions: 'bretagne,occitanie', phone: '', consent: 'yes' });
    });
  }

  it('a failure keeps every choice; setValues pre-fills; validate(step) checks only the named fields', async () => {
    mode = '500';
    const { el, $ } = await mountChoices();
    el.form.setValues({ month: '3', technical: 'yes', regions: 'normandie', consent: 'yes' });
    await el.updateComplete;
    expect($<HTMLSelectElement>('select[name=month]').value).to.equal('3');
    expect(el.querySelector<HTMLInputElement>('input[name=technical]:checked')!.value).to.equal('yes');
    expect([...el.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value)).to.deep.equal(['normandie']);
    await clickOn($<HTMLButtonElement>('button[type=submit]'));
    await until(() => el.querySelector('.vigie-failure'), 'the failure');
    expect($<HTMLSelectElement>('select[name=month]').value).to.equal('3');
    expect($('input[name=consent]').checked).to.be.true;
    expect([...el.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value)).to.deep.equal(['normandie']);

    el.form.reset();
    await el.updateComplete;
    expect($('input[name=consent]').checked).to.be.false;
    expect(await el.form.validate(['phone'])).to.be.true;
    expect(el.querySelector('.vigie-error-summary')).to.be.null;
    expect(await el.form.validate(['technical', 'phone'])).to.be.false;
    await el.updateComplete;
    expect([...el.querySelectorAll('.vigie-error-summary li')].map(text)).to.deep.equal([
      'Intervient-il techniquement\u202f?\u202f: Choisissez une réponse.',
    ]);
    expect(document.activeElement).to.equal(el.querySelector('input[name=technical]'));
    expect(() => el.form.setValues({ consent: 'yes' })).not.to.throw();
  });
});
