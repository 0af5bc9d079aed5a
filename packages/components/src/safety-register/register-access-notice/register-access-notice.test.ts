/**
 * SR-INVOICE — `<register-access-notice>` against the mock API (msw), in Chromium, with real
 * clicks and keys: the seed's words while the account is suspended, the sites' synthesis (a real
 * PDF to open and download) for users holding `synthese:generer`, the right named to the others,
 * nothing at all while access is full.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { SYNTHESIS_RIGHT } from '@vigie/core';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';
import type { RegisterAccessNotice } from './register-access-notice.js';

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const norm = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const head = async (url: string) => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 5));

async function mount(locale = 'fr') {
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${locale}><register-access-notice feature="interventions"></register-access-notice></vigie-provider>
  `);
  return { provider, notice: provider.querySelector<RegisterAccessNotice>('register-access-notice')! };
}

const synthesisButton = (notice: Element) => until(() => $<HTMLButtonElement>(notice, '[part=synthesis]'), 'the synthesis button');

async function expectReady(notice: RegisterAccessNotice) {
  const open = await until(() => $<HTMLAnchorElement>(notice, '[part=open]'), 'the open link', 8000);
  const download = $<HTMLAnchorElement>(notice, '[part=download]')!;
  expect(open.href).to.match(/^blob:/);
  expect(await head(open.href)).to.equal('%PDF-');
  expect(download.href).to.equal(open.href);
  expect(download.download).to.equal('synthese-des-sites-2026-03-10.pdf');
  expect(norm(open.textContent!)).to.equal('Ouvrir la synthèse (PDF)');
  // The focus goes to what the person came for; the live region says it is ready.
  await until(() => notice.shadowRoot!.activeElement === open, 'the focus on the open link');
  expect(shadowText(notice)).to.contain('La synthèse de vos sites est prête.');
}

let mock: MockWorker;

describe('<register-access-notice> (SR-INVOICE)', () => {
  it('SR-INVOICE restricted: the seed’s words, the module named, « Générer la synthèse de mes sites »; accessible', async () => {
    mock = await useScenario('register:restricted');
    const { notice } = await mount();
    await synthesisButton(notice);
    const text = norm(shadowText(notice));
    expect(text).to.contain('Accès suspendu');
    expect(text).to.contain('Interventions : indisponible tant que le compte n’est pas régularisé.');
    expect(text).to.contain('Malgré nos avertissements, le règlement d’au moins une de vos factures ne nous est pas parvenu.');
    expect(text).to.contain('de générer la synthèse de vos sites.');
    expect($(notice, '[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect(norm($(notice, '[part=synthesis]')!.textContent!)).to.equal('Générer la synthèse de mes sites');
    await expect(notice).to.be.accessible();
  });

  it('SR-INVOICE the synthesis by click: busy, then a real PDF to open and download from a blob: URL', async () => {
    mock = await useScenario('register:restricted');
    mock.worker.use(
      http.post('/api/safety-register/synthesis', async () => {
        await new Promise((r) => setTimeout(r, 300));
        return undefined as unknown as Response; // fall through to the mock's own handler
      }),
    );
    const { notice } = await mount();
    await clickOn(await synthesisButton(notice));
    await until(() => $(notice, '[part=synthesis]')?.getAttribute('aria-disabled') === 'true', 'the busy button');
    expect(shadowText(notice)).to.contain('Génération de la synthèse…');
    await expectReady(notice);
    expect(apiRequests().filter((r) => r === 'POST /api/safety-register/synthesis')).to.have.length(1);
    await expect(notice).to.be.accessible();
  });

  it('SR-INVOICE the synthesis with the keyboard: Tab to the button, Enter', async () => {
    mock = await useScenario('register:restricted');
    const { notice } = await mount();
    await synthesisButton(notice);
    await sendKeys({ press: 'Tab' });
    expect(notice.shadowRoot!.activeElement?.getAttribute('part')).to.equal('synthesis');
    await sendKeys({ press: 'Enter' });
    await expectReady(notice);
  });

  it('SR-INVOICE a user without synthese:generer is told which right it needs, and has no button', async () => {
    mock = await useScenario('register:restricted');
    const me = mock.register.currentUser();
    me.rights = me.rights.filter((r) => r !== SYNTHESIS_RIGHT);
    const { notice } = await mount();
    await until(() => shadowText(notice).includes('demande le droit'), 'the missing right');
    expect(norm(shadowText(notice))).to.contain(
      'La synthèse des sites demande le droit « Générer la synthèse » ; demandez-le à l’administrateur de votre compte.',
    );
    expect($(notice, '[part=synthesis]')).to.be.null;
    await expect(notice).to.be.accessible();
  });

  it('SR-INVOICE a failed generation says so and keeps the button: a new click retries', async () => {
    mock = await useScenario('register:restricted');
    mock.worker.use(http.post('/api/safety-register/synthesis', () => new HttpResponse(null, { status: 500 }), { once: true }));
    const { notice } = await mount();
    await clickOn(await synthesisButton(notice));
    await until(() => shadowText(notice).includes('La synthèse n’a pas pu être générée.'), 'the failure');
    expect($(notice, '[role=alert]')).to.exist;
    await clickOn($(notice, '[part=synthesis]')!);
    await expectReady(notice);
  });

  it('SR-INVOICE full access: renders nothing and asks for no synthesis', async () => {
    mock = await useScenario('register:default');
    const { provider, notice } = await mount();
    await until(() => apiRequests().includes('GET /api/safety-register/access'), 'the access state asked');
    await provider.updateComplete;
    await notice.updateComplete;
    expect(provider.access.kind).to.equal('full');
    expect($(notice, '[part=notice]')).to.be.null;
    expect(shadowText(notice)).to.equal('');
    expect(apiRequests().some((r) => r.includes('synthesis') || r.includes('/me'))).to.be.false;
  });

  it('SR-INVOICE en: the notice and the synthesis in English', async () => {
    mock = await useScenario('register:restricted');
    const { notice } = await mount('en');
    const button = await synthesisButton(notice);
    expect(norm(button.textContent!)).to.equal('Generate the synthesis of my sites');
    expect(norm(shadowText(notice))).to.contain('Access suspended');
    expect(norm(shadowText(notice))).to.contain('Site interventions: unavailable until the account is settled.');
  });
});
