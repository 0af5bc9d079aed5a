/**
 * The demo partner portal (`npm start`: demo/index.html, demo.js, portal.css) in Chromium, in a
 * 360 px frame, driven with real pointer and keyboard input (issue 8, points 21 and 25): its cards
 * fit at 360 px; a reload or a scenario switch says that it ended the sessions (they live in
 * memory only); the passport pages show the space the referent switched to (`space-switched`).
 * The page loads the sources of the bundles (see web-test-runner.config.mjs › demoPage).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { overflowReport } from '../packages/components/test/layout.js';

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
/** The text of an element, its line breaks and indentation collapsed (its no-break spaces kept). */
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const visible = (e: Element | null | undefined) => !!e && (e as HTMLElement).checkVisibility();

/** Waits until `check` holds (polling), or fails after `ms`. */
async function until<T>(check: () => T, what: string, ms = 20000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    let v: T | undefined;
    try {
      v = check();
    } catch {
      v = undefined;
    }
    if (v) return v as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Loads the demo at `path` in the frame and waits until its widgets are defined. */
async function open(path: string): Promise<void> {
  // A fresh start: leave the previous page (its sessions end), and forget that it had any.
  const left = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = 'about:blank';
  await left;
  sessionStorage.clear();
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  await loaded;
  await until(() => frame.contentWindow!.customElements.get('vault-login') && doc().querySelector('vault-login input'), 'the demo page');
}

/** Clicks the centre of an element of the frame with the pointer. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const f = frame.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)] });
}

/** Clicks a field and types into it. */
async function typeIn(field: Element, value: string): Promise<void> {
  await click(field);
  await sendKeys({ type: value });
}

async function signInToVault(): Promise<void> {
  await typeIn(await until(() => doc().querySelector('vault-login input[name=identifier]'), 'the vault sign-in'), '123456789012');
  await typeIn(doc().querySelector('vault-login input[type=password]')!, 'Bulletin-2026!');
  await sendKeys({ press: 'Enter' });
  await until(() => doc().querySelector('vault-documents')?.shadowRoot?.querySelector('.document'), 'the documents');
}

async function signInToPassport(): Promise<void> {
  await typeIn(
    await until(() => doc().querySelector('passport-login input[name=email]'), 'the passport sign-in'),
    'baptiste.martin@granulats-dupont.fr',
  );
  await typeIn(doc().querySelector('passport-login input[type=password]')!, 'Passeport-2026!');
  await sendKeys({ press: 'Enter' });
}

const notice = () => text(doc().getElementById('demo-notice'));

describe('the demo portal', function () {
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1000, height: 900 });
    sessionStorage.clear();
    frame = Object.assign(document.createElement('iframe'), { title: 'demo' });
    // A phone's width: the portal's media queries see 360 px.
    frame.style.cssText = 'width: 360px; height: 800px; border: 0; display: block';
    document.body.style.margin = '0';
    document.body.append(frame);
  });
  after(() => frame.remove());

  it('360 px: the cards fit, with the vault signed in and long event lines', async () => {
    await open('/demo/index.html?scenario=vault:default#coffre');
    await signInToVault();
    expect(doc().documentElement.scrollWidth, 'the page').to.be.at.most(360);
    for (const card of doc().querySelectorAll('main:not([hidden]) .card'))
      expect(overflowReport(card), card.firstElementChild?.localName).to.deep.equal([]);
    for (const view of ['#registre', '#passeport', '#papier', '#passeport-inscription']) {
      const link = doc().querySelector(`nav a[href="${view}"]`);
      // Through the portal's menu, or as a link from elsewhere would lead there.
      if (link) await click(link);
      else frame.contentWindow!.location.hash = view;
      await until(() => doc().querySelector(`main[data-view="${view.slice(1)}"]:not([hidden]) .card`), view);
      await until(() => doc().documentElement.scrollWidth <= 360, `${view} within 360 px`);
      expect(doc().documentElement.scrollWidth, view).to.be.at.most(360);
      for (const card of doc().querySelectorAll('main:not([hidden]) .card'))
        expect(overflowReport(card), `${view} ${card.firstElementChild?.localName}`).to.deep.equal([]);
    }
  });

  it('a reload that ended a session says so, politely', async () => {
    await open('/demo/index.html?scenario=vault:default#coffre');
    expect(notice()).to.equal('');
    await signInToVault();
    // The browser's reload (F5 in the frame).
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
    await until(() => notice(), 'the notice after the reload');
    expect(doc().getElementById('demo-notice')!.getAttribute('role')).to.equal('status');
    expect(notice()).to.contain(
      'La page a été rechargée\u202f: votre session du coffre-fort a pris fin (la démo ne garde les sessions qu’en mémoire). Reconnectez-vous.',
    );
    // Nobody signed in this time: the next reload says nothing.
    await until(() => doc().querySelector('vault-login input[name=identifier]'), 'the sign-in form');
    await click(doc().querySelector('#demo-notice button')!);
    expect(notice()).to.equal('');
    const again = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.contentWindow!.location.reload();
    await again;
    await until(() => frame.contentWindow!.customElements.get('vault-login'), 'the page again');
    await until(() => doc().querySelector('vault-login input[name=identifier]'), 'the sign-in form again');
    expect(notice()).to.equal('');
  });

  it('the scenario list warns before a switch; a switch signs out at once and says so', async () => {
    await open('/demo/index.html?scenario=vault:default#coffre');
    const select = doc().querySelector<HTMLSelectElement>('#scenario')!;
    const hint = doc().getElementById(select.getAttribute('aria-describedby')!)!;
    expect(visible(hint)).to.be.true;
    expect(text(hint)).to.equal(
      'Changer de scénario ou recharger la page met fin aux sessions du coffre-fort et du passeport sécurité\u202f: la démo ne les garde qu’en mémoire.',
    );
    await signInToVault();
    // Another scenario, with the keyboard on the list.
    const before = select.value;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.value !== before, 'another scenario');
    await until(() => notice(), 'the notice after the switch');
    expect(notice()).to.contain(`Scénario «\u202f${select.value}\u202f» chargé\u202f: votre session du coffre-fort a pris fin`);
    // Signed out at once: the sign-in form is back, no document of the previous vault stays.
    await until(() => doc().querySelector('vault-login input[name=identifier]'), 'the sign-in form again');
    expect(doc().querySelector('vault-documents')!.shadowRoot!.querySelector('.document')).to.be.null;
  });

  it('space-switched: the passport pages show the space the referent switched to', async () => {
    await open('/demo/index.html?scenario=passport:linked-spaces#passeport');
    const title = () => text(doc().querySelector('main[data-view="passeport"] .view-title'));
    expect(title()).to.equal('Passeport sécurité · Espace entreprise sous-traitante');
    await signInToPassport();
    await until(() => doc().querySelector('passport-roster')?.shadowRoot?.querySelector('tbody tr:not(.spacer)'), 'the roster');
    await click(doc().querySelector('main[data-view="passeport"] a[href="#passeport-entreprise"]')!);
    const menu = await until(() => doc().querySelector<HTMLButtonElement>('space-switcher .vigie-menu-button'), 'the spaces menu');
    expect(text(doc().querySelector('.space-now'))).to.equal('Espace actuel\u202f: Espace entreprise sous-traitante');
    await click(menu);
    const item = await until(
      () =>
        [...doc().querySelectorAll('space-switcher [role=menuitemradio]')].find(
          (i) => visible(i) && text(i).startsWith('Espace utilisateur'),
        ),
      'the user space in the menu',
    );
    await click(item);
    await until(() => text(doc().querySelector('.space-now')).endsWith('Espace utilisateur'), 'the page in the user space');
    // The passport page too: its title, and the company's roster gives way to the space's note.
    await click(doc().querySelector('nav a[href="#passeport"]')!);
    await until(() => title() === 'Passeport sécurité · Espace utilisateur', 'the passport page in the user space');
    expect(visible(doc().querySelector('passport-roster'))).to.be.false;
    expect(text(doc().querySelector('main[data-view="passeport"] [data-space-only~=user]'))).to.contain(
      'Vous êtes dans votre Espace utilisateur',
    );
  });
});
