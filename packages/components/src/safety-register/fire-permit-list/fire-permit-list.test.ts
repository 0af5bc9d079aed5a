/**
 * SR-PERMIT — `<fire-permit-list>` in Chromium against the mock API (`register:default`): the
 * permits and their levée de doute (text + icon + colour), search / filter / sort, the QR dialog
 * opened by click and by keyboard, copy (done, and refused: the text is selected), an expired link
 * and a new one, focus back on the eye, details of a permit without QR, restricted, empty, error,
 * en, dark, axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { registerPermitsMessages } from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, chooseOption, clickOn, typeInto, until, useScenario, pressKeys } from '../../../test/helpers.js';
import '../../define/fire-permit-list.js';
import type { FirePermitList } from './fire-permit-list.js';
import type { FirePermitSelectedEvent, SignatureLinkCopiedEvent, SignatureLinkShownEvent } from './fire-permit-list.events.js';

await loadMessages('en', [registerPermitsMessages]);

let mock: MockWorker;

async function mount(opts: { locale?: string; theme?: 'dark'; width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${opts.width ? `width:${opts.width}` : ''}>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <fire-permit-list></fire-permit-list>
    </vigie-provider>
  </div>`);
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  return wrapper.querySelector<FirePermitList>('fire-permit-list')!;
}

async function mountLoaded(opts: Parameters<typeof mount>[0] = {}) {
  const el = await mount(opts);
  await until(() => el.shadowRoot?.querySelector('tbody tr, .state.empty, .state.error, register-access-notice'), 'the permits');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const text = (n: Element | null | undefined) => norm(n?.textContent ?? '');
const rowOf = (el: Element, number: string) => $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === number)!;
const eyeOf = (el: Element, number: string) => rowOf(el, number).querySelector<HTMLButtonElement>('button.eye')!;
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => norm(b.textContent ?? '') === label)!;

async function openQr(el: FirePermitList, number: string) {
  await clickOn(eyeOf(el, number));
  await until(() => dialog(el).open && dialog(el).querySelector('svg.qr'), 'the QR code');
}

describe('<fire-permit-list> (SR-PERMIT)', () => {
  beforeEach(async () => {
    mock = await useScenario('register:default');
  });

  it('loading, then the permits with their levée de doute as text + icon + colour; axe', async function () {
    // A cold page: the first axe run loads axe itself (≈5 s on a busy machine).
    this.timeout(30_000);
    const el = await mount();
    await until(() => $(el, '[role=status]'), 'the loading status');
    expect(text($(el, '.state.loading'))).to.contain('Chargement des permis de feu');
    await until(() => $(el, 'tbody tr'), 'the rows');
    expect($$(el, 'tbody tr')).to.have.length(12);
    const row = rowOf(el, 'PF-2026-031');
    expect(text(row)).to.contain('Soudure de canalisation en chaufferie');
    expect(text(row)).to.contain('En attente de signature de l’exploitant');
    const badge = row.querySelector('.watch')!;
    expect(text(badge)).to.equal('À réaliser');
    expect(badge.querySelector('svg')).to.exist;
    expect(text(rowOf(el, 'PF-2026-029').querySelector('.watch'))).to.equal('Non réalisée');
    expect(text(rowOf(el, 'PF-2026-030').querySelector('.watch'))).to.equal('Réalisée');
    // Grey, red, green: three different colours, never the only sign.
    const colours = ['PF-2026-031', 'PF-2026-029', 'PF-2026-030'].map(
      (n) => getComputedStyle(rowOf(el, n).querySelector('.watch')!).backgroundColor,
    );
    expect(new Set(colours).size).to.equal(3);
    expect(text($(el, '.count'))).to.equal('12 permis sur 12');
    await expect(el).to.be.accessible();
  });

  it('search (accents ignored), filter by state and levée de doute, sort by a header', async () => {
    const el = await mountLoaded();
    await typeInto($<HTMLInputElement>(el, 'input[type=search]')!, 'metallerie');
    await until(() => $$(el, 'tbody tr').length === 2, 'two permits of Métallerie Bréhéret');
    const search = $<HTMLInputElement>(el, 'input[type=search]')!;
    search.focus();
    await pressKeys('Control+a');
    await sendKeys({ press: 'Backspace' });
    await until(() => $$(el, 'tbody tr').length === 12, 'all permits again');
    await chooseOption($<HTMLSelectElement>(el, 'select[id$=-state]')!, 'awaiting');
    await until(() => $$(el, 'tbody tr').length === 6, 'the 6 awaiting a signature');
    await chooseOption($<HTMLSelectElement>(el, 'select[id$=-watch]')!, 'not-done');
    await until(() => $$(el, 'tbody tr').length === 2, 'awaiting and not done');
    for (const tr of $$(el, 'tbody tr')) expect(text(tr.querySelector('.watch'))).to.equal('Non réalisée');
    await chooseOption($<HTMLSelectElement>(el, 'select[id$=-watch]')!, 'all');
    await chooseOption($<HTMLSelectElement>(el, 'select[id$=-state]')!, 'all');
    await clickOn($$(el, 'thead button.sort').find((b) => text(b) === 'Numéro')!);
    await until(() => text($$(el, 'tbody tr')[0]!.querySelector('th')) === 'PF-2026-022', 'sorted by number');
    expect($$(el, 'thead th[aria-sort]')[0]!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('the eye of a permit awaiting the operator opens the QR dialog (click): whose signature, the link as text, until when; Escape returns the focus', async () => {
    const el = await mountLoaded();
    const selected = oneEvent(el, 'fire-permit-selected') as Promise<FirePermitSelectedEvent>;
    const shown = oneEvent(el, 'signature-link-shown') as Promise<SignatureLinkShownEvent>;
    await openQr(el, 'PF-2026-031');
    expect((await selected).state).to.equal('awaiting-operator');
    expect((await shown).awaiting).to.equal('operator');
    const d = dialog(el);
    expect(text(d.querySelector('h2'))).to.equal('Signer le permis PF-2026-031');
    expect(text(d)).to.contain('En attente de la signature de l’exploitant.');
    const url = d.querySelector<HTMLTextAreaElement>('textarea[readonly]')!.value;
    expect(url).to.match(/^https:\/\/app\.registre-securite\.example\/permis\/pf-101\/signer\?jeton=[0-9a-f]{32}$/);
    expect(text(d)).to.contain('Ce lien fonctionne jusqu’au 10/03/2026 à 12:15.');
    const qr = d.querySelector('svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('viewBox')).to.match(/^-4 -4 \d+ \d+$/);
    expect(getComputedStyle(qr.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(qr.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
    expect(apiRequests()).to.include('GET /api/safety-register/permits/pf-101/signature-link');
    expect(d.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !d.open, 'the dialog closed');
    await until(() => focused(el) === eyeOf(el, 'PF-2026-031'), 'the focus back on the eye');
  });

  it('keyboard only: Tab to the eye of a permit awaiting the provider, Enter opens, the close button returns the focus', async () => {
    const el = await mountLoaded();
    const eye = eyeOf(el, 'PF-2026-030');
    eye.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open && dialog(el).querySelector('svg.qr'), 'the QR dialog');
    const d = dialog(el);
    expect(text(d)).to.contain('En attente de la signature du prestataire.');
    // Tab reaches the copy button, then « Fermer ».
    const close = button(d, 'Fermer');
    for (let i = 0; i < 8 && focused(el) !== close; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(close);
    await sendKeys({ press: 'Enter' });
    await until(() => !d.open, 'closed');
    await until(() => focused(el) === eye, 'the focus back on the eye');
  });

  it('« Copier le lien »: « Lien copié » and an event without the link; refused: the text is selected', async () => {
    const el = await mountLoaded();
    await openQr(el, 'PF-2026-031');
    const d = dialog(el);
    const url = d.querySelector<HTMLTextAreaElement>('textarea[readonly]')!.value;
    let written = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (s: string) => void (written = s);
    try {
      const copied = oneEvent(el, 'signature-link-copied') as Promise<SignatureLinkCopiedEvent>;
      await clickOn(button(d, 'Copier le lien'));
      expect((await copied).permitId).to.equal('pf-101');
      expect(Object.values(await copied)).not.to.include(url);
      await until(() => text(d.querySelector('.copy-status')) === 'Lien copié', '« Lien copié »');
      expect(written).to.equal(url);
      expect(d.querySelector('.copy-status')!.getAttribute('role')).to.equal('status');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      await clickOn(button(d, 'Copier le lien'));
      await until(() => text(d.querySelector('.copy-status')).includes('Ctrl+C'), 'the fallback');
      const input = d.querySelector<HTMLTextAreaElement>('textarea[readonly]')!;
      expect(focused(el)).to.equal(input);
      expect(input.selectionStart).to.equal(0);
      expect(input.selectionEnd).to.equal(url.length);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('an expired link shows no QR code and offers « Générer un nouveau lien », which asks for a new one', async () => {
    let calls = 0;
    mock.worker.use(
      http.get('*/api/safety-register/permits/:id/signature-link', () => {
        calls++;
        if (calls === 1)
          return HttpResponse.json({
            url: 'https://app.registre-securite.example/permis/pf-101/signer?jeton=old',
            expiresAt: '2026-03-10T10:00:00.000Z',
            awaiting: 'operator',
          });
        return HttpResponse.json({
          url: 'https://app.registre-securite.example/permis/pf-101/signer?jeton=new',
          expiresAt: '2026-03-10T11:15:00.000Z',
          awaiting: 'operator',
        });
      }),
    );
    const el = await mountLoaded();
    await clickOn(eyeOf(el, 'PF-2026-031'));
    await until(() => dialog(el).querySelector('.expired'), 'the expired link');
    const d = dialog(el);
    expect(d.querySelector('svg.qr')).to.equal(null);
    expect(text(d)).to.contain('Ce lien a expiré');
    await clickOn(button(d, 'Générer un nouveau lien'));
    await until(() => d.querySelector('svg.qr'), 'a new QR code');
    expect(d.querySelector<HTMLTextAreaElement>('textarea[readonly]')!.value).to.contain('jeton=new');
    expect(calls).to.equal(2);
  });

  it('a permit in progress or closed has no QR: its eye opens details saying why', async () => {
    const el = await mountLoaded();
    const eye = eyeOf(el, 'PF-2026-032');
    expect(eye.getAttribute('aria-haspopup')).to.equal(null);
    await clickOn(eye);
    await until(() => $(el, 'tr.details'), 'the details');
    expect(eye.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, 'tr.details'))).to.contain('Travaux en cours');
    expect(dialog(el).open).to.equal(false);
    expect(apiRequests().some((r) => r.includes('signature-link'))).to.equal(false);
    await clickOn(eyeOf(el, 'PF-2026-027'));
    await until(() => text($(el, 'tr.details')).includes('Permis clôturé'), 'the closed permit’s details');
  });

  it('restricted (register:restricted): the notice, no permit; once known, nothing more is asked', async () => {
    await useScenario('register:restricted');
    const el = await mount();
    await until(() => $(el, 'register-access-notice'), 'the notice');
    expect($(el, 'table')).to.equal(null);
    expect($(el, 'tbody tr')).to.equal(null);
    const asked = apiRequests().filter((r) => r.includes('/permits')).length;
    expect(asked).to.be.at.most(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(apiRequests().filter((r) => r.includes('/permits')).length).to.equal(asked);
  });

  it('empty (register:empty): says there is none', async () => {
    await useScenario('register:empty');
    const el = await mountLoaded();
    expect(text($(el, '.state.empty'))).to.contain('Aucun permis de feu pour le moment.');
  });

  it('error: says so, and « Réessayer » loads again', async () => {
    let fail = true;
    mock.worker.use(
      http.get('*/api/safety-register/permits', () =>
        fail ? HttpResponse.json({ type: '/problems/boom', title: 'Boom', status: 500 }, { status: 500 }) : undefined,
      ),
    );
    const el = await mountLoaded();
    fail = false;
    expect(text($(el, '.state.error'))).to.contain('Les permis de feu n’ont pas pu être chargés.');
    await clickOn(button(el.shadowRoot!, 'Réessayer'));
    await until(() => $$(el, 'tbody tr').length === 12, 'the permits');
  });

  it('at 360 px each permit is a card (no table header on screen, « Trier par » instead), nothing wider than the box; axe', async () => {
    const el = await mountLoaded({ width: '360px' });
    const row = rowOf(el, 'PF-2026-031');
    expect(getComputedStyle(row).display).to.equal('grid');
    expect($(el, 'thead')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle($(el, '.sort-controls')!).display).to.equal('flex');
    expect(el.shadowRoot!.querySelector('.scroller')!.scrollWidth).to.be.at.most(360);
    await chooseOption($<HTMLSelectElement>(el, 'select[id$=-sort-by]')!, 'number');
    await until(
      () => text($$(el, 'tbody tr')[0]!.querySelector('th')) === 'PF-2026-033',
      'sorted by number (descending, kept) from « Trier par »',
    );
    await expect(el).to.be.accessible();
  });

  it('en and dark: the same list and dialog in English; axe in dark', async () => {
    const el = await mountLoaded({ locale: 'en', theme: 'dark' });
    expect(text(rowOf(el, 'PF-2026-029').querySelector('.watch'))).to.equal('Not done');
    expect(text(rowOf(el, 'PF-2026-031'))).to.contain('Awaiting the operator’s signature');
    await expect(el).to.be.accessible();
    await openQr(el, 'PF-2026-031');
    expect(text(dialog(el))).to.contain('Awaiting the operator’s signature.');
    expect(getComputedStyle(dialog(el).querySelector('svg.qr rect')!).fill).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });
});
