/**
 * PP-ROSTER « Voir le passeport » (issue 8, point 13) — in Chromium against the mock API: the button
 * fires the cancelable `passport-view-requested`; not cancelled, `<passport-view>` opens in a dialog
 * over the list. The page is never left and the session is kept. Real pointer and keyboard input.
 * (Beside `passport-roster.test.ts`, which the virtual table's tests already make long.)
 */
import { expect, fixture, html, oneEvent as anyEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import { PASSPORT_DEMO_SESSION } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { shadowText, until, NOW, useScenario } from '../../../test/helpers.js';
import '../../define/passport-roster.js';
import type { PassportRoster } from './passport-roster.js';

const oneEvent = <K extends keyof HTMLElementEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;
const $ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: PassportRoster) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')];
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

let mock: MockWorker | undefined;
// A desktop width: the table layout, as the roster's own tests.
before(() => setViewport({ width: 1280, height: 900 }));
afterEach(() => mock?.worker.resetHandlers());

/** The demo company's roster, signed in, every page loaded. */
async function loaded() {
  mock = await useScenario('passport:default');
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale="fr" .client=${client} .passportSession=${PASSPORT_DEMO_SESSION}>
      <passport-roster login-href="/connexion"></passport-roster>
    </vigie-provider>
  `);
  const el = provider.querySelector('passport-roster')!;
  await until(() => bodyRows(el).length > 0 && el.loadedCount === el.totalCount, 'the roster', 15000);
  await el.updateComplete;
  return { provider, el };
}

/** The row of « Prénom NOM », scrolled into the window if it is not there yet. */
async function rowNamed(el: PassportRoster, name: string): Promise<HTMLTableRowElement> {
  const find = () =>
    bodyRows(el).find((tr) => `${text(tr.cells[0])} ${text(tr.cells[1]?.querySelector('.line:not(.email)') ?? tr.cells[1])}` === name);
  for (let i = 0; !find() && i < el.matchCount + 8; i += 8) {
    el.scrollToRow(Math.min(i, el.matchCount - 1));
    await el.updateComplete;
  }
  const row = find();
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/**
 * A real pointer click in the middle of `target`. Only the page scrolls to bring it into view: the
 * roster's own scroller must not move (its recycled rows would then show other employees).
 */
async function clickOn(target: Element): Promise<void> {
  const { top, bottom } = target.getBoundingClientRect();
  if (top < 0 || bottom > innerHeight) window.scrollBy(0, top - innerHeight / 2);
  await frame();
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** « Voir le passeport » of « Prénom NOM », brought into view (page and list), then clicked with the pointer. */
async function pressPassportOf(el: PassportRoster, name: string): Promise<HTMLButtonElement> {
  const find = () =>
    bodyRows(el)
      .find((tr) => `${text(tr.cells[0])} ${text(tr.cells[1]?.querySelector('.line:not(.email)') ?? tr.cells[1])}` === name)
      ?.querySelector<HTMLButtonElement>('[data-action=passport]');
  (find() ?? (await rowNamed(el, name)).querySelector<HTMLButtonElement>('[data-action=passport]')!).scrollIntoView({ block: 'center' });
  // The list's window follows its scroll in the next frame: find the button again there.
  await frame();
  await frame();
  await el.updateComplete;
  const button = find()!;
  await clickOn(button);
  return button;
}

describe('<passport-roster> « Voir le passeport » (PP-ROSTER, issue 8 point 13)', function () {
  // Each test loads the demo roster from the mock and opens the view (a busy machine needs room).
  this.timeout(30_000);

  it('a real click opens the passport over the list (cancelable passport-view-requested); the page is not left, the session is kept; Escape closes and the focus goes back to the button', async () => {
    const { el, provider } = await loaded();
    const href = location.href;
    const requested = oneEvent(el, 'passport-view-requested');
    const button = await pressPassportOf(el, 'Petit SEBASTIEN');
    const row = button.closest('tr');
    const event = await requested;
    expect([event.employeeId, event.employee.lastName, event.passportUrl, event.cancelable, event.bubbles, event.composed]).to.deep.equal([
      'emp-000002',
      'SEBASTIEN',
      '/passeports/emp-000002',
      true,
      true,
      true,
    ]);
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the passport dialog');
    expect(dialog.getAttribute('aria-label')).to.equal('Passeport sécurité de Petit SEBASTIEN');
    const view = await until(() => dialog.querySelector('passport-view'), 'the passport view', 8000);
    await until(() => shadowText(view).includes('Passeport expiré'), 'the passport', 8000);
    expect(shadowText(view)).to.contain('Petit SEBASTIEN');
    expect(shadowText(view)).to.contain('Valable jusqu’au 25/08/2023');
    expect(location.href).to.equal(href);
    expect(provider.passportSession).to.equal(PASSPORT_DEMO_SESSION);
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog'), 'the dialog to close');
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-action') === 'passport', 'the focus back on « Voir le passeport »');
    expect(el.shadowRoot!.activeElement!.closest('tr')).to.equal(row);
    expect(provider.passportSession).to.equal(PASSPORT_DEMO_SESSION);
  });

  it('with the keyboard (Enter on the button); a host that cancels the event shows the passport itself: no dialog, the page is not left', async () => {
    const { el } = await loaded();
    const href = location.href;
    const button = (await rowNamed(el, 'Hélène LEFÈVRE')).querySelector<HTMLButtonElement>('[data-action=passport]')!;
    el.addEventListener('passport-view-requested', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'passport-view-requested');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await requested).employeeId).to.equal('emp-000005');
    await el.updateComplete;
    expect($(el, 'dialog')).to.be.null;
    expect(location.href).to.equal(href);
    // Not cancelled this time: the dialog, whose close button takes the focus.
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the passport dialog');
    const view = await until(() => dialog.querySelector('passport-view'), 'the passport view', 8000);
    await until(() => shadowText(view).includes('Passeport valide'), 'the passport', 8000);
    await expect(el).to.be.accessible();
    await clickOn($(el, 'dialog[open] .dialog-bar button')!);
    await until(() => !$(el, 'dialog'), 'the dialog to close');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
