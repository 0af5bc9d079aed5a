/**
 * SR-SIGN — `<intervention-list>` driven as a person would: the three tabs (« À signer », « En retard »,
 * « Clôturées ») with the keyboard, the eye that fires `intervention-selected` and opens the details,
 * « Signer l'intervention » that opens the signature in the details, and the signed intervention moving
 * to « Clôturées »; « Rapports » (SR-OBS, missing on this page: a clear message); restricted, empty; axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { NOW, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';
import '../../define/intervention-list.js';
import type { InterventionList } from './intervention-list.js';
import type { InterventionSelectedEvent } from './intervention-list.events.js';
import type { InterventionSignature } from '../intervention-signature/intervention-signature.js';

/** Waits for the toasts' fade-in (axe measures the contrast of what is on screen). */
const still = (el: Element) =>
  Promise.all(
    el
      .shadowRoot!.getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  );
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const tab = (el: Element, name: RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => name.test(norm(t.textContent ?? '')))!;
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.row .row-title')].map((r) => norm(r.textContent ?? ''));
const eye = (el: Element, title: string) =>
  until(
    () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.eye')].find((b) =>
        norm(b.getAttribute('aria-label') ?? '').includes(title),
      ),
    `the eye of ${title}`,
  );

async function mount(locale = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><vigie-provider now=${NOW} locale=${locale}><intervention-list></intervention-list></vigie-provider></div>`,
  );
  const el = wrapper.querySelector<InterventionList>('intervention-list')!;
  await until(() => $(el, '[role="tablist"]') ?? $(el, '.empty'), 'the list');
  return el;
}

describe('<intervention-list> (SR-SIGN)', () => {
  beforeEach(async () => {
    await useScenario('register:default');
  });

  it('three tabs with counts; arrows move between them; late = not signed and due date passed', async () => {
    const el = await mount();
    expect(norm(tab(el, /^À signer/).textContent!)).to.equal('À signer 3');
    expect(norm(tab(el, /^En retard/).textContent!)).to.equal('En retard 2');
    expect(norm(tab(el, /^Clôturées/).textContent!)).to.equal('Clôturées 7');
    expect(rows(el)[0]).to.contain('Dépannage de la porte coupe-feu du 2ᵉ étage');
    expect(norm(shadowText(el))).to.contain('À signer aujourd’hui');
    tab(el, /^À signer/).focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.tab === 'late', 'the late tab');
    expect(focused(el)).to.equal(tab(el, /^En retard/));
    expect(rows(el).map((r) => r.replace(/^\S+ /, ''))).to.deep.equal([
      'Maintenance annuelle des extincteurs',
      'Pose de détecteurs autonomes avertisseurs de fumée',
    ]);
    expect(norm(shadowText(el))).to.contain('En retard de 10 jours');
    expect(norm(shadowText(el))).to.contain('En retard de 1 jour');
    await sendKeys({ press: 'End' });
    await until(() => el.tab === 'closed', 'the closed tab');
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('the eye fires intervention-selected; cancelled, the details stay closed', async () => {
    const el = await mount();
    el.addEventListener('intervention-selected', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'intervention-selected') as Promise<InterventionSelectedEvent>;
    await clickOn(await eye(el, 'Vérification annuelle'));
    expect((await selected).interventionId).to.equal('int-101');
    await el.updateComplete;
    expect(el.selected).to.equal(null);
  });

  it('demo path: open a late one, sign it with the keyboard in its details, see it in « Clôturées »', async function () {
    this.timeout(40_000);
    const el = await mount();
    await clickOn(tab(el, /^En retard/));
    await clickOn(await eye(el, 'Maintenance annuelle des extincteurs'));
    await until(() => focused(el)?.tagName === 'H3', 'focus on the details heading');
    const text = norm(shadowText(el));
    for (const part of [
      'Extincteurs de l’Ouest',
      'Marc Lemoine',
      'Bâtiments A et B — tous niveaux',
      'Vérification de 24 extincteurs',
      'Aucune signature pour le moment.',
      'En retard de 10 jours',
    ])
      expect(text).to.contain(part);
    await still(el);
    await expect(el).to.be.accessible();
    const signButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => norm(b.textContent!) === 'Signer l’intervention',
    )!;
    signButton.focus();
    await sendKeys({ press: 'Enter' });
    const sig = await until(
      () =>
        $<InterventionSignature>(el, 'intervention-signature')?.shadowRoot?.querySelector('fieldset.choice') &&
        $<InterventionSignature>(el, 'intervention-signature'),
      'the signature',
    );
    const operator = sig.shadowRoot!.querySelector<HTMLInputElement>('input[value="operator"]')!;
    operator.focus();
    await sendKeys({ press: 'Space' });
    await until(() => operator.checked, 'the operator ticked');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => sig.shadowRoot!.activeElement?.tagName === 'H3', 'the box');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const closed = oneEvent(el, 'intervention-closed');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await closed;
    await until(() => norm(shadowText(el)).includes('L’exploitant · Claire Martin, le 10/03/2026'), 'the details show the signature');
    await clickOn([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.open-head button')][0]!);
    await until(
      () => el.tab === 'closed' && rows(el).some((r) => r.includes('Maintenance annuelle des extincteurs')),
      'it moved to « Clôturées »',
    );
    expect(norm(tab(el, /^En retard/).textContent!)).to.equal('En retard 1');
    expect(norm(tab(el, /^Clôturées/).textContent!)).to.equal('Clôturées 8');
    await until(() => focused(el)?.classList.contains('eye'), 'focus back on its eye');
  });

  it('a closed one shows who signed and when; « Rapports » says SR-OBS is not on this page', async function () {
    this.timeout(20_000);
    const el = await mount();
    await clickOn(tab(el, /^Clôturées/));
    await clickOn(await eye(el, 'Vérification périodique des installations électriques'));
    await until(() => norm(shadowText(el)).includes('L’interlocuteur · Karim Benali'), 'the signatures');
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => norm(b.textContent!) === 'Signer l’intervention')).to.equal(false);
    tab(el, /^Détails/).focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.detailsTab === 'reports', 'the reports tab');
    await until(
      () => $(el, 'report-observations') || norm(shadowText(el)).includes('Les rapports ne peuvent pas s’afficher sur cette page.'),
      'report-observations, or the clear message',
    );
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('empty account: says so', async () => {
    await useScenario('register:empty');
    const el = await mount();
    expect(norm(shadowText(el))).to.contain('Aucune intervention pour le moment.');
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('restricted account: the access notice, no list', async () => {
    await useScenario('register:restricted');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><intervention-list></intervention-list></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<InterventionList>('intervention-list')!;
    await until(() => $(el, 'register-access-notice'), 'the notice');
    expect($(el, '[role="tablist"]')).to.equal(null);
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('restricted, then settled: the list loads (the load refused before the access state was known is not kept)', async () => {
    const mock = await useScenario('register:restricted');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><intervention-list></intervention-list></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<InterventionList>('intervention-list')!;
    await until(() => $(el, 'register-access-notice'), 'the notice');
    // The invoices are settled elsewhere (the server grants access again); the provider re-reads the access state.
    mock.setScenario('register:default');
    await (el as unknown as { services: { refreshAccess(): Promise<void> } }).services.refreshAccess();
    await until(() => $(el, '[role="tablist"]'), 'the list');
    expect(norm(shadowText(el))).to.not.contain('pas pu être chargées');
  });

  it('English, at 360 px: nothing wider than the screen', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await mount('en');
    await until(() => norm(shadowText(el)).includes('To sign'), 'English');
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    for (const row of el.shadowRoot!.querySelectorAll('.row')) expect(row.scrollWidth).to.be.at.most(row.clientWidth + 1);
    await setViewport({ width: 1280, height: 800 });
  });
});
