/**
 * SR-SIGN — `<intervention-signature>` driven as a person would: choose who signs, sign once by
 * drawing (real mouse strokes on the canvas) and once with the keyboard only (typed name and
 * consent), and see the intervention closed; the refusals (no consent, an empty drawing); the
 * restricted account; axe on each state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { NOW, clickOn, shadowText, until, useScenario, pressKeys } from '../../../test/helpers.js';
import '../../define/intervention-signature.js';
import type { InterventionSignature } from './intervention-signature.js';
import type { InterventionClosedEvent, InterventionSignedEvent } from './intervention-signature.events.js';

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
const button = (el: Element, label: RegExp) =>
  until(
    () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(norm(b.textContent ?? ''))),
    `button ${label}`,
  );
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const checkbox = (el: Element, role: string) => $<HTMLInputElement>(el, `input[name="signer"][value="${role}"]`)!;

async function mount(id: string, locale = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${locale}><intervention-signature intervention-id=${id}></intervention-signature></vigie-provider>
  </div>`);
  const el = wrapper.querySelector<InterventionSignature>('intervention-signature')!;
  await until(() => $(el, 'fieldset.choice') ?? $(el, '.closed'), 'the intervention');
  return el;
}

/** Draws a stroke with the real mouse inside the canvas (viewport coordinates). */
async function draw(canvas: HTMLCanvasElement, points: [number, number][]) {
  const r = canvas.getBoundingClientRect();
  const at = ([x, y]: [number, number]) => ({
    type: 'move' as const,
    position: [Math.round(r.left + x), Math.round(r.top + y)] as [number, number],
  });
  await sendMouse(at(points[0]!));
  await sendMouse({ type: 'down' });
  for (const p of points.slice(1)) await sendMouse(at(p));
  await sendMouse({ type: 'up' });
}

describe('<intervention-signature> (SR-SIGN)', () => {
  beforeEach(async () => {
    await useScenario('register:default');
  });

  it('int-101: the operator and the contact sign, one by drawing (mouse strokes), one by typing; then it is closed', async function () {
    this.timeout(30_000);
    const el = await mount('int-101');
    expect(norm(shadowText(el))).to.contain('Vérification annuelle du système de sécurité incendie (SSI)');
    // The operator or the provider: ticking one drops the other.
    await clickOn(checkbox(el, 'provider'));
    await clickOn(checkbox(el, 'operator'));
    await el.updateComplete;
    expect(checkbox(el, 'provider').checked).to.equal(false);
    await clickOn(checkbox(el, 'contact'));
    await el.updateComplete;
    await clickOn(await button(el, /^Signer l’intervention$/));
    const canvas = await until(() => $<HTMLCanvasElement>(el, 'canvas'), 'the drawing box');
    expect(norm($(el, '.box h3')!.textContent!)).to.equal('Signature de l’exploitant');
    expect(canvas.getAttribute('role')).to.equal('img');
    await until(() => !$(el, '.pad-state'), 'signature_pad loaded');
    expect(canvas.width).to.equal(Math.round(canvas.getBoundingClientRect().width * Math.max(devicePixelRatio, 1)));
    // An empty drawing is refused in the page.
    await clickOn($<HTMLInputElement>(el, 'input[name="consent"]')!);
    await clickOn(await button(el, /^Valider la signature$/));
    await until(() => norm(shadowText(el)).includes('Dessinez la signature dans le cadre'), 'the empty-drawing message');
    await draw(canvas, [
      [20, 60],
      [60, 30],
      [100, 80],
      [140, 40],
      [180, 70],
    ]);
    await draw(canvas, [
      [40, 100],
      [200, 100],
    ]);
    await until(() => canvas.getAttribute('aria-label') === 'Signature dessinée (2 traits)', 'the canvas label counts the strokes');
    await clickOn(await button(el, /^Annuler le dernier trait$/));
    await until(() => canvas.getAttribute('aria-label') === 'Signature dessinée (1 trait)', 'undo');
    await still(el);
    await expect(el).to.be.accessible();
    const signed = oneEvent(el, 'intervention-signed') as Promise<InterventionSignedEvent>;
    await clickOn(await button(el, /^Valider la signature$/));
    const first = await signed;
    expect([first.role, first.method]).to.deep.equal(['operator', 'drawn']);
    await until(() => norm($(el, '.box h3')?.textContent ?? '') === 'Signature de l’interlocuteur', 'the contact’s box');
    // The contact types their name.
    const typed = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === 'typed')!;
    await clickOn(typed);
    await until(() => $(el, '.preview'), 'the preview');
    expect(norm($(el, '.preview')!.textContent!)).to.equal('Karim Benali');
    await clickOn($<HTMLInputElement>(el, 'input[name="consent"]')!);
    const closed = oneEvent(el, 'intervention-closed') as Promise<InterventionClosedEvent>;
    await clickOn(await button(el, /^Valider la signature$/));
    expect((await closed).interventionId).to.equal('int-101');
    await until(() => focused(el)?.classList.contains('closed'), 'focus on the closed notice');
    expect(norm(shadowText(el))).to.contain('L’intervention est clôturée');
    expect(norm(shadowText(el))).to.contain('Karim Benali, le 10/03/2026');
    const stored = (await (await fetch('/api/safety-register/interventions/int-101')).json()) as {
      status: string;
      signatures: { role: string; method: string; hash: string }[];
    };
    expect(stored.status).to.equal('closed');
    expect(stored.signatures.map((x) => `${x.role}:${x.method}`)).to.deep.equal(['operator:drawn', 'contact:typed']);
    expect(stored.signatures[0]!.hash).to.match(/^[0-9a-f]{64}$/);
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('int-102 (late, no contact): signed with the keyboard only, consent required', async function () {
    this.timeout(30_000);
    const el = await mount('int-102');
    expect(norm(shadowText(el))).to.contain('En retard de 10 jours');
    expect(checkbox(el, 'contact')).to.equal(null);
    checkbox(el, 'operator').focus();
    await sendKeys({ press: 'Space' });
    await until(() => checkbox(el, 'operator').checked, 'the operator ticked');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(norm(focused(el)!.textContent!)).to.equal('Signer l’intervention');
    await sendKeys({ press: 'Enter' });
    // Reached by keyboard: the box opens on « Saisir », focus on its heading; no drawing library.
    await until(() => focused(el)?.tagName === 'H3', 'focus on the box');
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.checked)!.value).to.equal('typed');
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).value).to.equal('typed');
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).name).to.equal('signer-name');
    await pressKeys('ControlOrMeta+a');
    await sendKeys({ type: 'Claire Martin-Durand' });
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).name).to.equal('consent');
    // Without the consent: refused, focus on the box to tick.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => norm(shadowText(el)).includes('Cochez la case pour certifier et signer.'), 'the consent message');
    expect((focused(el) as HTMLInputElement).name).to.equal('consent');
    await sendKeys({ press: 'Space' });
    const closed = oneEvent(el, 'intervention-closed');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await closed;
    await until(() => norm(shadowText(el)).includes('Intervention clôturée'), 'closed');
    expect(norm(shadowText(el))).to.contain('Claire Martin-Durand, le 10/03/2026');
    expect(norm(shadowText(el))).to.contain('nom saisi et certifié');
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('a closed intervention shows who signed and when; no choice', async () => {
    const el = await mount('int-201');
    expect($(el, 'fieldset.choice')).to.equal(null);
    expect(norm(shadowText(el))).to.match(/L’exploitant · Claire Martin, le \d\d\/\d\d\/2026 à/);
    expect(norm(shadowText(el))).to.contain('Empreinte SHA-256');
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('no signer chosen: says so, nothing sent', async () => {
    const el = await mount('int-105');
    await clickOn(await button(el, /^Signer l’intervention$/));
    await until(() => norm(shadowText(el)).includes('Choisissez au moins un signataire.'), 'the message');
    expect($(el, '.box')).to.equal(null);
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('restricted account: the access notice, and no intervention read', async () => {
    await useScenario('register:restricted');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vigie-provider now=${NOW} locale="fr"><intervention-signature intervention-id="int-101"></intervention-signature></vigie-provider></div>`,
    );
    const el = wrapper.querySelector<InterventionSignature>('intervention-signature')!;
    await until(() => $(el, 'register-access-notice'), 'the notice');
    expect($(el, 'fieldset')).to.equal(null);
    await still(el);
    await expect(el).to.be.accessible();
  });

  it('a failure on the way keeps what was typed; the retry signs once (same Idempotency-Key)', async function () {
    this.timeout(30_000);
    const mock = await useScenario('register:default');
    const keys: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    // The network fails (every retry of the client too) until the person tries again.
    let offline = true;
    mock.worker.use(http.post('*/api/safety-register/interventions/:id/signatures', () => (offline ? HttpResponse.error() : undefined)));
    const el = await mount('int-105');
    await clickOn(checkbox(el, 'provider'));
    await el.updateComplete;
    await clickOn(await button(el, /^Signer l’intervention$/));
    const typed = await until(() => $<HTMLInputElement>(el, '.box input[type="radio"][value="typed"]'), 'the box');
    await clickOn(typed);
    const name = $<HTMLInputElement>(el, 'input[name="signer-name"]')!;
    name.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (Apave)' });
    await clickOn($<HTMLInputElement>(el, 'input[name="consent"]')!);
    await clickOn(await button(el, /^Valider la signature$/));
    await until(() => norm(shadowText(el)).includes('Ce que vous avez saisi est conservé'), 'the failure said', 15_000);
    offline = false;
    expect($<HTMLInputElement>(el, 'input[name="signer-name"]')!.value).to.equal('François Lambert (Apave)');
    expect($<HTMLInputElement>(el, 'input[name="consent"]')!.checked).to.equal(true);
    await clickOn(await button(el, /^Valider la signature$/));
    await until(() => norm(shadowText(el)).includes('Intervention clôturée'), 'closed after the retry');
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size, 'one Idempotency-Key for the attempts and the retry').to.equal(1);
    expect(norm(shadowText(el))).to.contain('François Lambert (Apave), le 10/03/2026');
  });

  it('at 360 px the drawing box fits the screen', async function () {
    this.timeout(20_000);
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await mount('int-103');
      await clickOn(checkbox(el, 'operator'));
      await el.updateComplete;
      await clickOn(await button(el, /^Signer l’intervention$/));
      const canvas = await until(() => $<HTMLCanvasElement>(el, 'canvas'), 'the canvas');
      await until(() => !$(el, '.pad-state'), 'the pad ready');
      expect(canvas.getBoundingClientRect().right).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('English', async () => {
    const el = await mount('int-103', 'en');
    await until(() => norm(shadowText(el)).includes('Who will sign the intervention?'), 'English texts');
    expect(norm(shadowText(el))).to.contain('To sign today');
  });
});
