import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AnomalyList } from './anomaly-list.js';
import type { AnomalyRequestSentEvent } from './anomaly-list.events.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import {
  apiRequests,
  chooseOption,
  clickOn,
  NOW,
  shadowText,
  typeInto,
  until,
  useScenario,
  pressKeys,
  quiet,
} from '../../../test/helpers.js';
import { horizontalOverflows } from '../../../test/layout.js';

async function mount(locale = 'fr') {
  const provider = await fixture<VigieProvider>(
    html`<vigie-provider now=${NOW} locale=${locale}><anomaly-list></anomaly-list></vigie-provider>`,
  );
  return { provider, list: provider.querySelector('anomaly-list')! };
}

const $ = <T extends Element = HTMLElement>(root: Element | ShadowRoot, sel: string) => root.querySelector<T>(sel);
const rows = (list: AnomalyList) => [...list.shadowRoot!.querySelectorAll('tbody tr')];
const panelOf = (list: AnomalyList) => list.shadowRoot!.querySelector('vigie-anomaly-details');
const panelRoot = (list: AnomalyList) => panelOf(list)?.shadowRoot;
const panelText = (list: AnomalyList) => (panelRoot(list)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const posts = () => apiRequests().filter((r) => r.startsWith('POST') && r.includes('/requests'));

/** Opens the first open anomaly (no request yet) with the keyboard: focus on its eye, Enter. */
async function openFirstOpen(list: AnomalyList, keys = true) {
  const row = await until(
    () => rows(list).find((r) => r.textContent!.includes('Ouverte') && r.textContent!.includes('Extincteur manquant')),
    'an open anomaly',
  );
  const eye = $<HTMLButtonElement>(row, 'button.eye')!;
  if (keys) {
    eye.focus();
    await sendKeys({ press: 'Enter' });
  } else await clickOn(eye);
  await until(() => panelText(list).includes('Historique des demandes'), 'the details');
  return eye;
}

describe('<anomaly-list> (SR-ANOMALY)', function () {
  this.timeout(30_000);
  it('lists the building’s anomalies with « Anomalie créée par » (users, technicians, the commission), accessible', async () => {
    await useScenario('register:default');
    const { list } = await mount();
    await until(() => rows(list).length > 0, 'the rows');
    expect(rows(list).length).to.equal(30);
    const text = shadowText(list);
    expect(text).to.contain('Anomalie créée par');
    expect(text).to.contain('Commission de sécurité du 12/05/2026');
    expect(text).to.contain('Marc Dubois (Dekra Industrial)');
    expect(text).to.contain('Claire Martin');
    expect(text).to.contain('30 anomalies');
    // Criticality and state by text and icon, never colour alone.
    expect($(rows(list)[0]!, '.tag svg')).to.exist;
    await expect(list).to.be.accessible();
  });

  it('searches, filters (criticality, created by) and sorts every column, with the keyboard', async () => {
    await useScenario('register:default');
    const { list } = await mount();
    await until(() => rows(list).length > 0, 'the rows');
    const root = list.shadowRoot!;
    await typeInto($<HTMLInputElement>(root, 'input[type=search]')!, 'chaufferie');
    await until(() => rows(list).length === 7, 'the boiler room’s anomalies');
    expect(shadowText(list)).to.contain('7 anomalies sur 30');
    await chooseOption($<HTMLSelectElement>(root, 'select[id$=-criticality]')!, 'critical');
    await until(() => rows(list).length === 2, 'two critical anomalies about the boiler room');
    expect(rows(list).every((r) => r.textContent!.includes('Critique'))).to.be.true;
    await chooseOption($<HTMLSelectElement>(root, 'select[id$=-criticality]')!, 'all');
    const search = $<HTMLInputElement>(root, 'input[type=search]')!;
    search.focus();
    await pressKeys('Control+A');
    await sendKeys({ press: 'Backspace' });
    await chooseOption($<HTMLSelectElement>(root, 'select[id$=-author]')!, 'kind:commission');
    await until(() => rows(list).length === 7, 'the commission’s anomalies');
    expect(rows(list).every((r) => r.textContent!.includes('Commission de sécurité'))).to.be.true;
    // Sort by reference: Enter on the header's button, then again for descending.
    const sortRef = $<HTMLButtonElement>(root, 'thead button[data-column=reference]')!;
    sortRef.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(root, 'th[aria-sort=ascending] [data-column=reference]'), 'ascending');
    const refs = () => rows(list).map((r) => r.querySelector('.ref')!.textContent!.trim());
    expect(refs()).to.deep.equal([...refs()].sort());
    await sendKeys({ press: 'Enter' });
    await until(() => $(root, 'th[aria-sort=descending] [data-column=reference]'), 'descending');
    expect(refs()).to.deep.equal([...refs()].sort().reverse());
  });

  it('keyboard only: the eye opens the details; a quote to three providers and a contact, chips, Backspace, date boundary; ONE request, the history shows it', async () => {
    await useScenario('register:default');
    const { list } = await mount();
    const eye = await openFirstOpen(list);
    const root = panelRoot(list)!;
    await until(() => active()?.getAttribute('data-focus') === 'details-title', 'the focus on the anomaly’s heading');
    expect(list.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.match(/^Anomalie ANO-2026-\d{3}$/);
    expect(panelText(list)).to.contain('Commission de sécurité');
    expect(panelText(list)).to.contain('Aucune demande n’a encore été faite');
    const quote = $<HTMLButtonElement>(root, '[data-focus=create-quote]')!;
    quote.focus();
    await sendKeys({ press: 'Enter' });
    const providers = await until(
      () => $<HTMLInputElement>(panelRoot(list)!, 'input[role=combobox][data-focus=request-providers]'),
      'the providers combobox',
    );
    await until(() => active() === providers, 'the focus on the providers');
    expect(providers.getAttribute('aria-expanded')).to.equal('false');
    const listbox = $(panelRoot(list)!, `#${providers.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('aria-multiselectable')).to.equal('true');
    for (const name of ['dekra', 'apave', 'socotec']) {
      await sendKeys({ type: name });
      await until(() => listbox.querySelectorAll('[role=option]').length === 1, `one option for ${name}`);
      expect(providers.getAttribute('aria-activedescendant')).to.match(/option-prv-/);
      await sendKeys({ press: 'Enter' });
    }
    const chips = () => [...panelRoot(list)!.querySelectorAll('.chip')].map((c) => c.textContent!.trim());
    await until(() => chips().length === 3, 'three chips');
    expect(chips()).to.deep.equal(['Dekra Industrial', 'Apave', 'Socotec']);
    expect([...listbox.querySelectorAll('[aria-selected=true]')].length).to.equal(3);
    expect(panelText(list)).to.contain('3 prestataires, aucun interlocuteur');
    expect(panelText(list)).to.contain('3 demandes seront envoyées, une par prestataire.');
    // Contacts: Tab to the next combobox (Escape closes the list first).
    await sendKeys({ press: 'Escape' });
    const contacts = $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-contacts]')!;
    contacts.focus();
    await sendKeys({ type: 'julien p' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'claire' });
    await sendKeys({ press: 'Enter' });
    await until(() => panelText(list).includes('3 prestataires, 2 interlocuteurs'), 'two contacts');
    // Backspace on the empty input removes the last chip.
    await sendKeys({ press: 'Backspace' });
    await until(() => panelText(list).includes('3 prestataires, 1 interlocuteur'), 'one contact left');
    expect(chips()).to.not.include('Claire Martin');
    // The wished date: the day before today is refused, the focus goes there.
    const date = $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-wished-date]')!;
    await typeInto(date, '09/03/2026');
    await sendKeys({ press: 'Enter' });
    await until(() => panelText(list).includes('La date souhaitée ne peut pas être passée.'), 'the past date error');
    expect(active()).to.equal(date);
    expect(posts()).to.have.length(0);
    await pressKeys('Control+A');
    await sendKeys({ type: '10/03/2026' });
    const sent = oneEvent(list, 'anomaly-request-sent') as Promise<AnomalyRequestSentEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await sent;
    expect(e.kind).to.equal('quote');
    expect(e.requestIds).to.have.length(3);
    expect(e.providerIds).to.deep.equal(['prv-dekra', 'prv-apave', 'prv-socotec']);
    expect(posts()).to.have.length(1);
    await until(() => panelText(list).includes('Demande de devis envoyée à 3 prestataires.'), 'the confirmation');
    await until(() => active()?.getAttribute('data-focus') === 'request-done', 'the focus on « Retour »');
    await sendKeys({ press: 'Enter' });
    await until(() => panelRoot(list)!.querySelectorAll('.record').length === 3, 'the history with three requests');
    expect(panelText(list)).to.contain('Demande de devis à Apave');
    expect(panelText(list)).to.contain('Julien Petit');
    await expect(list).to.be.accessible();
    // Escape closes the dialog; the focus is back on the eye.
    await sendKeys({ press: 'Escape' });
    await until(() => active() === eye, 'the focus back on the eye');
  });

  it('pointer: open the list, pick options, remove a chip with « Retirer X »; a double submit sends ONE request', async () => {
    const mock = await useScenario('register:default');
    mock.worker.use(
      http.post('*/api/safety-register/anomalies/:id/requests', async () => {
        await delay(400);
      }),
    );
    const { list } = await mount();
    await openFirstOpen(list, false);
    await clickOn($(panelRoot(list)!, '[data-focus=create-intervention]')!);
    const providers = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
    await clickOn(providers);
    await until(() => providers.getAttribute('aria-expanded') === 'true', 'the list open');
    const option = (text: string) => [...panelRoot(list)!.querySelectorAll('[role=option]')].find((o) => o.textContent!.includes(text))!;
    await clickOn(option('Sicli'));
    await clickOn(option('Eurofeu'));
    await clickOn(option('Desautel'));
    await until(() => panelText(list).includes('3 prestataires'), 'three providers');
    await clickOn($(panelRoot(list)!, 'button[aria-label="Retirer Sicli"]')!);
    await until(() => panelText(list).includes('2 prestataires, aucun interlocuteur'), 'two providers left');
    expect(active()).to.equal(providers);
    const submit = $<HTMLButtonElement>(panelRoot(list)!, 'button[type=submit]')!;
    await clickOn(submit);
    await clickOn(submit);
    await until(() => panelText(list).includes('Demande d’intervention envoyée à 2 prestataires.'), 'the confirmation');
    expect(posts()).to.have.length(1);
  });

  it('the open list overlays the form: its closing moves nothing, so a click on « Envoyer » while it is open sends', async () => {
    await useScenario('register:default');
    const { list } = await mount();
    await openFirstOpen(list, false);
    await clickOn($(panelRoot(list)!, '[data-focus=create-quote]')!);
    const providers = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
    await clickOn(providers);
    await until(() => providers.getAttribute('aria-expanded') === 'true', 'the list open');
    const option = (text: string) => [...panelRoot(list)!.querySelectorAll('[role=option]')].find((o) => o.textContent!.includes(text))!;
    await clickOn(option('Sicli'));
    const submit = $<HTMLButtonElement>(panelRoot(list)!, 'button[type=submit]')!;
    const open = submit.getBoundingClientRect().top;
    await sendKeys({ press: 'Escape' });
    await until(() => providers.getAttribute('aria-expanded') === 'false', 'the list closed');
    expect(submit.getBoundingClientRect().top).to.equal(open);
    await clickOn(providers);
    await until(() => providers.getAttribute('aria-expanded') === 'true', 'the list open again');
    await clickOn(submit);
    await until(() => panelText(list).includes('Demande de devis envoyée à 1 prestataire.'), 'the confirmation');
    expect(posts()).to.have.length(1);
  });

  it('never sends without a provider: the message, the focus on the providers', async () => {
    await useScenario('register:default');
    const { list } = await mount();
    await openFirstOpen(list);
    await clickOn($(panelRoot(list)!, '[data-focus=create-quote]')!);
    const submit = await until(() => $<HTMLButtonElement>(panelRoot(list)!, 'button[type=submit]'), 'the form');
    await clickOn(submit);
    await until(() => panelText(list).includes('Choisissez au moins un prestataire.'), 'the error');
    expect(active()?.getAttribute('data-focus')).to.equal('request-providers');
    expect(posts()).to.have.length(0);
  });

  it('a failed request keeps what was typed; the retry sends it', async () => {
    const mock = await useScenario('register:default');
    const { list } = await mount();
    await openFirstOpen(list);
    await clickOn($(panelRoot(list)!, '[data-focus=create-quote]')!);
    const providers = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
    providers.focus();
    await sendKeys({ type: 'apave' });
    await sendKeys({ press: 'Enter' });
    await typeInto(
      $<HTMLInputElement>(panelRoot(list)!, 'textarea')! as unknown as HTMLInputElement,
      'Merci de chiffrer la remise en état.',
    );
    let down = true;
    mock.worker.use(
      http.post('*/api/safety-register/anomalies/:id/requests', () =>
        down
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Oops', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    await clickOn($(panelRoot(list)!, 'button[type=submit]')!);
    await until(() => panelText(list).includes('La demande n’a pas été envoyée.'), 'the failure');
    expect($<HTMLTextAreaElement>(panelRoot(list)!, 'textarea')!.value).to.equal('Merci de chiffrer la remise en état.');
    expect(panelText(list)).to.contain('1 prestataire, aucun interlocuteur');
    down = false;
    await clickOn($(panelRoot(list)!, 'button[type=submit]')!);
    await until(() => panelText(list).includes('Demande de devis envoyée à 1 prestataire.'), 'sent on retry');
  });

  it('no right to request (403 forbidden): said in plain words, the form kept', async () => {
    const mock = await useScenario('register:default');
    mock.worker.use(
      http.post('*/api/safety-register/anomalies/:id/requests', () =>
        HttpResponse.json(
          { type: '/problems/forbidden', title: 'Forbidden', status: 403, right: 'batiment:demander' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { list } = await mount();
    await openFirstOpen(list);
    await clickOn($(panelRoot(list)!, '[data-focus=create-intervention]')!);
    const providers = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
    providers.focus();
    await sendKeys({ type: 'sicli' });
    await sendKeys({ press: 'Enter' });
    await clickOn($(panelRoot(list)!, 'button[type=submit]')!);
    await until(
      () => panelText(list).includes('Vous n’avez pas le droit de faire des demandes sur les anomalies.'),
      'the forbidden message',
    );
    expect(panelText(list)).to.contain('1 prestataire, aucun interlocuteur');
    await until(() => active()?.getAttribute('data-focus') === 'request-notice', 'the focus on the notice');
  });

  it('restricted account: the notice, no anomaly, no request for them', async () => {
    await useScenario('register:restricted');
    const { list } = await mount();
    await until(() => list.shadowRoot!.querySelector('register-access-notice'), 'the notice');
    await quiet('no request for the anomalies');
    // The server refuses them too (403 access-restricted); nothing of the list shows.
    expect(rows(list)).to.have.length(0);
    expect(shadowText(list)).to.not.contain('Anomalie créée par');
    expect(list.shadowRoot!.querySelector('.state.error')).to.be.null;
  });

  it('empty: a clear message', async () => {
    await useScenario('register:empty');
    const { list } = await mount();
    await until(() => shadowText(list).includes('Aucune anomalie pour le moment.'), 'the empty state');
    await expect(list).to.be.accessible();
  });

  it('error: a message and a retry that recovers', async () => {
    const mock = await useScenario('any:error-500');
    const { list } = await mount();
    const retry = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('.state.error button'), 'the error', 8000);
    expect(shadowText(list)).to.contain('Les anomalies n’ont pas pu être chargées.');
    mock.setScenario('register:default');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(list).length > 0, 'the rows after retry');
  });

  it('English', async () => {
    await useScenario('register:default');
    const { list } = await mount('en');
    await until(() => rows(list).length > 0, 'the rows');
    expect(shadowText(list)).to.contain('Anomaly created by');
    expect(shadowText(list)).to.contain('Building management');
    expect(shadowText(list)).to.contain('30 anomalies');
  });

  it('dark theme: the list, the details and the form pass axe (contrast included)', async () => {
    await useScenario('register:default');
    const page = await fixture<HTMLDivElement>(
      html`<div style="background:#0d1117"><vigie-provider now=${NOW} theme="dark"><anomaly-list></anomaly-list></vigie-provider></div>`,
    );
    const list = page.querySelector('anomaly-list')!;
    await until(() => rows(list).length > 0, 'the rows');
    expect(getComputedStyle(list).color).to.equal('rgb(230, 237, 243)');
    await expect(list).to.be.accessible();
    await openFirstOpen(list);
    await clickOn($(panelRoot(list)!, '[data-focus=create-quote]')!);
    const input = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
    input.focus();
    await sendKeys({ type: 'apave' });
    await sendKeys({ press: 'Enter' });
    await until(() => panelText(list).includes('1 prestataire'), 'a chip');
    await expect(list).to.be.accessible();
  });

  it('360 px: rows stack as cards, « Trier par » shows, nothing runs out of the widget', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      await useScenario('register:default');
      const { list } = await mount();
      await until(() => rows(list).length > 0, 'the rows');
      await new Promise((r) => requestAnimationFrame(r));
      expect(horizontalOverflows(list).map((o) => o.what)).to.deep.equal([]);
      expect(getComputedStyle($(list.shadowRoot!, '.sort-controls')!).display).to.equal('flex');
      // The request form with the longest provider and contacts: chips wrap, nothing runs out of the dialog.
      await openFirstOpen(list, false);
      await clickOn($(panelRoot(list)!, '[data-focus=create-intervention]')!);
      const input = await until(() => $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-providers]'), 'the form');
      input.focus();
      await sendKeys({ type: 'pays de la loire' });
      await sendKeys({ press: 'Enter' });
      const contacts = $<HTMLInputElement>(panelRoot(list)!, 'input[data-focus=request-contacts]')!;
      contacts.focus();
      for (const name of ['delacroix', 'fontaine']) {
        await sendKeys({ type: name });
        await sendKeys({ press: 'Enter' });
      }
      await until(() => panelText(list).includes('1 prestataire, 2 interlocuteurs'), 'the long chips');
      await sendKeys({ press: 'Escape' });
      const panel = panelOf(list)!;
      expect(horizontalOverflows(panel).map((o) => o.what)).to.deep.equal([]);
      expect(panel.getBoundingClientRect().right).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
