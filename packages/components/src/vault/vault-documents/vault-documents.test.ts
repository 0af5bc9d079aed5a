/**
 * VA-DOCS — `<vault-documents>` against the mock vault (msw), in Chromium. The session comes from
 * the mock's login (the demo account of scenarios.ts) and is handed to the provider as a host does
 * (its `vaultSession` property); the other vault widgets' way (the `setVaultSession` of the
 * services they receive through context) is the one that ends it.
 */
import { expect, fixture, html, oneEvent as anyEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ContextEvent } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { createClient, type VaultSession } from '@vigie/core';
import type { MockWorker } from '@vigie/mock-api/browser';
import { vigieContext, type VigieServices } from '../../base/context.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';
import { describeDataStates, expectNoSecretLeft } from '../../../test/suites/index.js';
import { overflowReport } from '../../../test/layout.js';
import '../../define/vault-documents.js';
import type { VaultDocuments } from './vault-documents.js';

/** `oneEvent`, typed by the event map. */
const oneEvent = <K extends keyof HTMLElementEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;

const DEMO = { identifier: '123456789012', password: 'Bulletin-2026!' };

/** The provider's services, as a vault widget receives them. */
function servicesOf(el: Element): VigieServices {
  let services: VigieServices | undefined;
  el.dispatchEvent(new ContextEvent(vigieContext, el, (v) => (services = v), false));
  if (!services) throw new Error('no provider around the element');
  return services;
}

/** Signs in the demo account through the mock and returns the session (not yet given to the provider). */
async function login(el: Element): Promise<VaultSession> {
  const { vaultLogin } = await import('@vigie/core/vault/api');
  const r = await vaultLogin(servicesOf(el).client, DEMO.identifier, DEMO.password);
  if (r.kind !== 'signed-in') throw new Error(`unexpected login answer ${r.kind}`);
  return r.session;
}

async function mount(opts: { locale?: string } = {}) {
  // No retries: a 500 shows at once (the client's retry policy is tested in core).
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} .client=${client}>
      <vault-documents login-href="/connexion"></vault-documents>
    </vigie-provider>
  `);
  const el = provider.querySelector('vault-documents')!;
  await el.updateComplete;
  return { provider, el };
}

/** Mounts, signs in and waits for the documents. */
async function signedIn(opts: { locale?: string } = {}) {
  const m = await mount(opts);
  m.provider.vaultSession = await login(m.el);
  await until(() => m.el.shadowRoot!.querySelector('.document, [part~=empty]'), 'the documents');
  return m;
}

const $ = <T extends Element = HTMLElement>(el: VaultDocuments, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: VaultDocuments, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const folderNames = (el: VaultDocuments) => $$(el, '[part~=folder] .name').map(text);
const folderButton = (el: VaultDocuments, name: string) =>
  $$<HTMLButtonElement>(el, '[part~=folder]').find((b) => text(b.querySelector('.name')) === name)!;
const titles = (el: VaultDocuments) => $$(el, '.doc-title').map(text);
const action = (el: VaultDocuments, index: number, label: RegExp) =>
  [...$$(el, '.document')[index]!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) =>
    label.test(b.getAttribute('aria-label') ?? ''),
  )!;

/** The first bytes of a `blob:` URL (rejects once it is revoked). */
const head = async (url: string) => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 5));
const revoked = async (url: string) => {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
};
/** Waits until a `blob:` URL is revoked (or fails after `ms`). */
async function untilRevoked(url: string, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await revoked(url))) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${url} to be revoked`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stands in for the browser's print dialog, which a real click opens and which blocks headless
 * Chromium: each frame's `print()` (replaced as the frame loads, before the widget's own load
 * listener runs) is recorded, then the dialog « closes » (`afterprint`).
 */
const fakePrintDialog = (el: VaultDocuments, closesAfterMs = 50) => {
  const printed: string[] = [];
  el.shadowRoot!.addEventListener(
    'load',
    (e) => {
      const frame = e.target as HTMLIFrameElement;
      const w = frame.contentWindow;
      if (w)
        w.print = () => void (printed.push(frame.className), setTimeout(() => w.dispatchEvent(new Event('afterprint')), closesAfterMs));
    },
    true,
  );
  return printed;
};

let mock: MockWorker;
afterEach(() => mock?.worker.resetHandlers());

describe('<vault-documents> (VA-DOCS)', () => {
  it('without a session: asks to sign in (login-href, cancelable vault-login-requested) and calls nothing', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount();
    const link = await until(() => $<HTMLAnchorElement>(el, '[part~=signed-out] a'), 'the sign-in link');
    expect(shadowText(el)).to.contain('Connectez-vous à votre coffre-fort pour voir vos documents');
    expect(link.getAttribute('href')).to.equal('/connexion');
    await expect(el).to.be.accessible();
    const asked = oneEvent(el, 'vault-login-requested');
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    const href = location.href;
    await clickOn(link);
    const event = await asked;
    expect(event.reason).to.equal('signed-out');
    expect(event.href).to.equal('/connexion');
    expect(location.href).to.equal(href);
    expect(apiRequests()).to.deep.equal([]);
  });

  it('loading: says so, busy, then the documents', async () => {
    mock = await useScenario('any:slow');
    const { el } = await mount();
    const session = await login(el);
    servicesOf(el).setVaultSession(session);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Chargement…');
    expect($(el, '[aria-busy=true]')).to.exist;
    await expect(el).to.be.accessible();
    await until(() => $(el, '.document'), 'the documents after the delay', 8000);
  });

  it('folders: « Bulletins de paie » first and shown, then the others, then the archives; years newest first', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    expect(folderNames(el)).to.deep.equal(['Bulletins de paie', 'Documents RH', 'Personnel', 'Archives']);
    expect(folderButton(el, 'Bulletins de paie').getAttribute('aria-current')).to.equal('true');
    expect($$(el, '.year h4').map(text)).to.deep.equal(['Année 2026', 'Année 2025']);
    const list = titles(el);
    expect(list.slice(0, 3)).to.deep.equal([
      'Bulletin de paie — février 2026',
      'Bulletin de paie — janvier 2026',
      'Bulletin de paie — décembre 2025',
    ]);
    expect(list).to.have.length(14);
    // Title, date (JJ/MM/AAAA) and size of each document.
    expect(text($(el, '.doc-meta'))).to.match(/^Déposé le 28\/02\/2026 Taille \d[\d\s\u00a0\u202f,]*\s(octets|Ko)$/);
    // Each action: an icon and its short name (shown on narrow containers, a tooltip on wide ones); the full name for assistive technologies.
    const first = [...$$(el, '.document')[0]!.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(first.map((b) => [text(b), b.title])).to.deep.equal([
      ['Télécharger', 'Télécharger'],
      ['Imprimer', 'Imprimer'],
      ['Classer', 'Classer'],
      ['Archiver', 'Archiver'],
    ]);
    expect(first[2]!.getAttribute('aria-label')).to.match(/^Classer «\sBulletin de paie — février 2026\s» dans un autre dossier$/);
    // Seed 002, question 6: the latest payslip, one press away.
    expect(text($(el, '[part~=latest]'))).to.equal('Dernier bulletin : Bulletin de paie — février 2026');
    expect(text($(el, '[part~=help] summary'))).to.equal('Vous ne voyez pas vos derniers documents ?');
    expect(text($(el, '[part~=help] p'))).to.contain('www.mycecurity.com');
    await expect(el).to.be.accessible();
    await clickOn(folderButton(el, 'Documents RH'));
    await el.updateComplete;
    expect(text($(el, '.content-head h3'))).to.equal('Documents RH');
    expect(titles(el)).to.deep.equal(['Attestation employeur', 'Avenant au contrat de travail']);
    expect($(el, '[part~=latest]')).to.be.null;
  });

  it('open: fetches the PDF with the session, shows a blob: URL of a real PDF in a dialog, revokes it on close', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    const session = servicesOf(el).vaultSession!;
    const seen: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/pdf')) seen.push(request.headers.get('Authorization') ?? '');
    });
    const button = $$<HTMLButtonElement>(el, '.doc-title')[0]!;
    const opened = oneEvent(el, 'vault-document-opened');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect([event.documentId, event.title, event.folderId, event.folderName]).to.deep.equal([
      'bulletin-2026-02',
      'Bulletin de paie — février 2026',
      'bulletins',
      'Bulletins de paie',
    ]);
    expect(seen).to.deep.equal([`Bearer ${session.token}`]);
    const dialog = $<HTMLDialogElement>(el, 'dialog.viewer')!;
    expect(dialog.open).to.be.true;
    const url = $<HTMLIFrameElement>(el, 'iframe.pdf')!.src;
    expect(url).to.match(/^blob:/);
    expect(await head(url)).to.equal('%PDF-');
    expect($<HTMLAnchorElement>(el, 'dialog.viewer a[download]')!.download).to.equal('bulletin-de-paie-fevrier-2026.pdf');
    // Where a page's security policy blanks the frame, the viewer says how to get the document anyway.
    const fallback = $(el, 'dialog.viewer .viewer-fallback')!;
    expect(text(fallback)).to.equal('Le document ne s’affiche pas ? Téléchargez-le.');
    expect(fallback.querySelector('a')!.getAttribute('href')).to.equal(url);
    expect(el.shadowRoot!.activeElement?.classList.contains('close')).to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog.viewer'), 'the viewer closed');
    expect(await revoked(url)).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('download: an <a download> on a blob: URL of the PDF, with a French file name, revoked afterwards', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    const clicked: { href: string; download: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      const done = oneEvent(el, 'vault-document-downloaded');
      await clickOn(action(el, 0, /^Télécharger/));
      const event = await done;
      expect(event.fileName).to.equal('bulletin-de-paie-fevrier-2026.pdf');
      expect(event.documentId).to.equal('bulletin-2026-02');
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('bulletin-de-paie-fevrier-2026.pdf');
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(await head(clicked[0]!.href)).to.equal('%PDF-');
      expect($(el, 'a.download-link')).to.be.null;
      await untilRevoked(clicked[0]!.href);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('print: loads the PDF in a hidden frame on a blob: URL, prints it, removes it and revokes the URL after printing', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    const printed = new Promise<string>((resolve) => {
      el.addEventListener('vault-document-printed', () => resolve('printed'), { once: true });
      el.addEventListener('vault-document-opened', () => resolve('opened'), { once: true });
    });
    // The dialog stays open a second: time to read the frame's PDF before it goes.
    const fake = fakePrintDialog(el, 1000);
    // The frame is caught as it is added (it may come and go between two looks).
    let caught: HTMLIFrameElement | undefined;
    const watch = new MutationObserver(() => (caught ??= $<HTMLIFrameElement>(el, 'iframe.print-frame') ?? undefined));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await clickOn(action(el, 1, /^Imprimer/));
    const frame = await until(() => caught, 'the print frame');
    watch.disconnect();
    const url = frame.src;
    expect(url).to.match(/^blob:/);
    expect(await head(url)).to.equal('%PDF-');
    const outcome = await printed;
    if (outcome === 'printed') {
      expect(fake).to.deep.equal(['print-frame']);
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      // The (fake) print dialog closes: the frame goes, and its URL.
      await until(() => !$(el, 'iframe.print-frame'), 'the print frame removed');
      await untilRevoked(url);
    } else {
      // The browser refused: the document is open in the viewer instead (same URL), revoked on close.
      expect($<HTMLIFrameElement>(el, 'iframe.pdf')!.src).to.equal(url);
      await sendKeys({ press: 'Escape' });
      await untilRevoked(url);
    }
  });

  it('archive: the server archives, a notice with an undo; the document moves to « Archives »', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    expect(text(folderButton(el, 'Archives').querySelector('.count'))).to.equal('1');
    const archived = oneEvent(el, 'vault-document-archived');
    await clickOn(action(el, 0, /^Archiver/));
    const event = await archived;
    expect([event.documentId, event.folderName]).to.deep.equal(['bulletin-2026-02', 'Bulletins de paie']);
    await el.updateComplete;
    expect(text($(el, '[part~=notice]'))).to.contain('« Bulletin de paie — février 2026 » a été archivé.');
    expect(el.shadowRoot!.activeElement?.classList.contains('notice-box')).to.be.true;
    expect(titles(el)).not.to.include('Bulletin de paie — février 2026');
    expect(text(folderButton(el, 'Archives').querySelector('.count'))).to.equal('2');
    await expect(el).to.be.accessible();

    await clickOn(folderButton(el, 'Archives'));
    await el.updateComplete;
    expect(text($(el, '.content-head h3'))).to.equal('Archives');
    expect(titles(el)).to.deep.equal(['Bulletin de paie — février 2026', 'Bulletin de paie — décembre 2024']);
    expect(text($(el, '.doc-folder'))).to.equal('Dossier d’origine : Bulletins de paie');

    const restored = oneEvent(el, 'vault-document-restored');
    await clickOn(action(el, 0, /^Désarchiver/));
    await restored;
    await el.updateComplete;
    expect(text($(el, '[part~=notice]'))).to.contain(
      '« Bulletin de paie — février 2026 » a été remis dans le dossier « Bulletins de paie ».',
    );
    expect(titles(el)).to.deep.equal(['Bulletin de paie — décembre 2024']);
    expect(apiRequests().filter((r) => r.startsWith('POST'))).to.deep.equal([
      'POST /api/vault/login',
      'POST /api/vault/documents/bulletin-2026-02/archive',
      'POST /api/vault/documents/bulletin-2026-02/restore',
    ]);
  });

  it('archive then undo from the notice', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    await clickOn(action(el, 0, /^Archiver/));
    const undo = await until(() => $<HTMLButtonElement>(el, '.notice-box .btn'), 'the undo button');
    expect(text(undo)).to.equal('Annuler');
    const restored = oneEvent(el, 'vault-document-restored');
    await clickOn(undo);
    await restored;
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Bulletin de paie — février 2026');
  });

  it('file into another folder with the keyboard only (dialog: arrows, Tab, Enter)', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    const move = action(el, 0, /^Classer/);
    move.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog.move[open]'), 'the move dialog');
    expect(text(dialog.querySelector('h2'))).to.equal('Classer « Bulletin de paie — février 2026 » dans un autre dossier');
    const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => text(r.parentElement))).to.deep.equal(['Documents RH', 'Personnel']);
    await until(() => el.shadowRoot!.activeElement === radios[0], 'focus on the first folder');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(radios[1]!.checked).to.be.true;
    const moved = oneEvent(el, 'vault-document-moved');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Classer');
    await sendKeys({ press: 'Enter' });
    const event = await moved;
    expect([event.documentId, event.folderId, event.folderName, event.previousFolderId]).to.deep.equal([
      'bulletin-2026-02',
      'personnel',
      'Personnel',
      'bulletins',
    ]);
    await until(() => !$(el, 'dialog.move'), 'the dialog closed');
    expect(text($(el, '[part~=notice]'))).to.contain('« Bulletin de paie — février 2026 » a été classé dans le dossier « Personnel ».');
    expect(text(folderButton(el, 'Personnel').querySelector('.count'))).to.equal('1');
    await clickOn(folderButton(el, 'Personnel'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Bulletin de paie — février 2026']);

    // Escape closes the dialog without moving anything, focus back on its button.
    const again = action(el, 0, /^Classer/);
    again.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, 'dialog.move[open]'), 'the move dialog again');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog.move'), 'the dialog closed');
    expect(el.shadowRoot!.activeElement).to.equal(again);
  });

  it('empty (vault:empty-documents): the employer has not deposited payslips yet (question 5), and where to look (question 6)', async () => {
    mock = await useScenario('vault:empty-documents');
    const { el } = await signedIn();
    const empty = $(el, '[part~=empty]')!;
    expect(text(empty)).to.contain('Aucun bulletin de paie pour le moment');
    expect(text(empty)).to.contain('dès que votre employeur les aura déposés');
    const help = $<HTMLDetailsElement>(el, '[part~=help]')!;
    expect(help.open).to.be.true;
    expect(text(help)).to.contain('Vérifiez que vous vous connectez bien sur www.mycecurity.com');
    expect(text(help)).to.contain('le dossier « Bulletins de paie », puis l’année en cours et le dernier bulletin');
    await expect(el).to.be.accessible();
    await clickOn(folderButton(el, 'Personnel'));
    await el.updateComplete;
    expect(text($(el, '[part~=empty]'))).to.equal('Ce dossier ne contient aucun document.');
    await clickOn(folderButton(el, 'Archives'));
    await el.updateComplete;
    expect(text($(el, '[part~=empty]'))).to.equal('Vous n’avez archivé aucun document.');
  });

  it('error 500: a message and a retry that recovers', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount();
    const session = await login(el);
    mock.worker.use(
      http.get('*/api/vault/documents', () =>
        HttpResponse.json(
          { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    servicesOf(el).setVaultSession(session);
    const retry = await until(() => $<HTMLButtonElement>(el, '[part~=error] button'), 'the error state');
    expect(shadowText(el)).to.contain('Impossible de charger vos documents.');
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.document'), 'the documents after retry');
  });

  it('an action that fails says so with a retry; the list stays', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    mock.worker.use(
      http.get(
        '*/api/vault/documents/:id/pdf',
        () => HttpResponse.json({ type: '/problems/internal-error', title: 'Error', status: 500 }, { status: 500 }),
        { once: true },
      ),
    );
    await clickOn($$<HTMLButtonElement>(el, '.doc-title')[0]!);
    const alert = await until(() => $(el, '.action-error'), 'the action error');
    expect(text(alert)).to.contain('Impossible d’ouvrir ce document. Réessayez.');
    expect(titles(el)).to.have.length(14);
    const opened = oneEvent(el, 'vault-document-opened');
    await clickOn(alert.querySelector<HTMLButtonElement>('.btn')!);
    await opened;
    expect($(el, '.action-error')).to.be.null;
    await sendKeys({ press: 'Escape' });
  });

  it('an expired session (401): the provider forgets it and the widget asks to sign in again', async () => {
    mock = await useScenario('vault:default');
    const { el } = await mount();
    const services = servicesOf(el);
    services.setVaultSession({
      token: 'vs_expired',
      expiresAt: '2026-03-10T10:00:00+01:00',
      user: { firstName: 'Paul', lastName: 'Dupont' },
    });
    await until(() => shadowText(el).includes('Votre session a expiré. Connectez-vous de nouveau.'), 'the session-expired state');
    expect($(el, '[part~=signed-out]')).to.exist;
    expect(servicesOf(el).vaultSession).to.be.undefined;
    await expect(el).to.be.accessible();
    const asked = oneEvent(el, 'vault-login-requested');
    el.addEventListener('vault-login-requested', (e) => e.preventDefault(), { once: true });
    await clickOn($<HTMLAnchorElement>(el, '[part~=signed-out] a')!);
    expect((await asked).reason).to.equal('session-expired');
  });

  it('signing out empties the widget at once (nothing of the vault stays on screen)', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn();
    await clickOn($$<HTMLButtonElement>(el, '.doc-title')[0]!);
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog.viewer[open]'), 'the viewer');
    const url = dialog.querySelector('iframe')!.src;
    servicesOf(el).setVaultSession(undefined);
    await until(() => $(el, '[part~=signed-out]'), 'the signed-out state');
    expect(shadowText(el)).not.to.contain('Bulletin de paie');
    expect(await revoked(url)).to.be.true;
  });

  it('the session token never leaves memory: not in storage, cookies, attributes, the URL, the console', async () => {
    mock = await useScenario('vault:default');
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const logged: unknown[][] = [];
    const original = new Map(methods.map((k) => [k, console[k]]));
    for (const k of methods)
      (console as unknown as Record<string, (...a: unknown[]) => void>)[k] = (...args: unknown[]) => void logged.push(args);
    const href = location.href;
    let token = '';
    try {
      const { el } = await signedIn();
      token = servicesOf(el).vaultSession!.token;
      await clickOn($$<HTMLButtonElement>(el, '.doc-title')[0]!);
      await until(() => $(el, 'dialog.viewer[open]'), 'the viewer');
      expect(token).to.match(/^vs_/);
      // The shared scan: storage, cookies, URL, history, the document, shadow roots, attributes, console.
      await expectNoSecretLeft([token], { logged: () => logged });
      await sendKeys({ press: 'Escape' });
    } finally {
      for (const k of methods) (console as unknown as Record<string, unknown>)[k] = original.get(k);
    }
    expect(JSON.stringify(logged).includes(token)).to.be.false;
    expect(location.href).to.equal(href);
  });

  it('English', async () => {
    mock = await useScenario('vault:default');
    const { el } = await signedIn({ locale: 'en' });
    expect(text($(el, '.title'))).to.equal('My documents');
    expect($$(el, '.year h4').map(text)[0]).to.equal('Year 2026');
    expect(text($(el, '.doc-meta'))).to.match(/^Deposited on 28\/02\/2026 Size \d[\d,.]* (bytes|kB)$/);
    expect(action(el, 0, /^Download/).getAttribute('aria-label')).to.match(/^Download “Bulletin de paie — février 2026” \(PDF, /);
    expect(text(action(el, 0, /^Download/))).to.equal('Download');
  });

  it('never renders server text as HTML', async () => {
    mock = await useScenario('vault:default');
    mock.worker.use(
      http.get('*/api/vault/documents', () =>
        HttpResponse.json({
          folders: [{ id: 'f', name: '<b>Bulletins</b>', kind: 'payslips' }],
          documents: [
            {
              id: 'x',
              folderId: 'f',
              title: '<img src=x onerror="window.__pwned=1">',
              year: 2026,
              date: '2026-02-28',
              sizeBytes: 900,
              pdfUrl: 'vault/documents/x/pdf',
              archived: false,
            },
          ],
        }),
      ),
    );
    const { el } = await signedIn();
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(shadowText(el)).to.contain('<img src=x');
  });

  describe('after printing, a failed refresh, and documents missing (issue 8, point 23)', () => {
    /** Clicks the centre of an element with the pointer. */
    const click = async (target: Element) => {
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    };

    it('printing from a row gives the focus back to its « Imprimer » button, not to <body>', async () => {
      mock = await useScenario('vault:default');
      const { el } = await signedIn();
      const printed = fakePrintDialog(el);
      const outcome = new Promise<string>((resolve) => {
        el.addEventListener('vault-document-printed', () => resolve('printed'), { once: true });
        el.addEventListener('vault-document-opened', () => resolve('opened'), { once: true });
      });
      const print = action(el, 1, /^Imprimer/);
      await click(print);
      if ((await outcome) === 'opened') {
        // This browser refused the hidden frame: the viewer printed it instead (its own test is below).
        await sendKeys({ press: 'Escape' });
        return;
      }
      expect(printed).to.deep.equal(['print-frame']);
      // The print dialog closes: the frame goes.
      await until(() => !$(el, 'iframe.print-frame'), 'the print frame removed');
      // (Compared, not printed: a failure message would spell out the whole page.)
      expect(document.activeElement === el, `focus on <${document.activeElement?.localName}>, not in the widget`).to.be.true;
      expect(el.shadowRoot!.activeElement === print, `focus on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 60)}`).to.be.true;
      // And the keyboard carries on from there.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.match(/^Classer/);
    });

    it('printing from the viewer gives the focus back to the viewer’s print button', async () => {
      mock = await useScenario('vault:default');
      const { el } = await signedIn();
      const printed = fakePrintDialog(el);
      await click($$<HTMLButtonElement>(el, '.doc-title')[0]!);
      const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog.viewer[open]'), 'the viewer');
      const print = [...dialog.querySelectorAll<HTMLButtonElement>('.viewer-actions button')].find((b) =>
        /^Imprimer/.test(b.getAttribute('aria-label') ?? ''),
      )!;
      await until(
        () => printed.length === 0 && dialog.querySelector<HTMLIFrameElement>('iframe.pdf')!.contentWindow?.print.name !== 'print',
        'the PDF loaded',
      );
      await click(print);
      expect(printed).to.deep.equal(['pdf']);
      // Once the (fake) print dialog has closed, the focus is back on the viewer's « Imprimer ».
      await until(
        () => el.shadowRoot!.activeElement === print,
        `the focus back on « Imprimer » (now on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 60)})`,
      );
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, 'dialog.viewer'), 'the viewer closed');
    });

    it('a refresh that fails keeps the list and says so, with a retry that brings the new list', async () => {
      mock = await useScenario('vault:default');
      const { el } = await signedIn();
      mock.worker.use(
        http.get('*/api/vault/documents', () =>
          HttpResponse.json(
            { type: '/problems/internal-error', title: 'Internal Server Error', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      // The host asks for fresh documents (e.g. when its page comes back into view).
      await el.refresh();
      await el.updateComplete;
      const alert = await until(() => $(el, '[part~=error][role=alert]'), 'the refresh notice');
      expect(text(alert)).to.contain('Impossible d’actualiser vos documents. La liste affichée est celle du dernier chargement.');
      expect(titles(el)).to.have.length(14);
      await expect(alert).to.be.accessible();
      // Meanwhile the employer deposits nothing new, but the server is back: « Réessayer » with the pointer.
      mock.worker.resetHandlers();
      const requests = apiRequests().length;
      await click(alert.querySelector<HTMLButtonElement>('button')!);
      await until(
        () => apiRequests().length > requests && !$(el, '[part~=error]') && !$(el, '[aria-busy=true]'),
        'the documents loaded again',
      );
      expect(apiRequests().slice(requests)).to.deep.equal(['GET /api/vault/documents']);
      expect(titles(el)).to.have.length(14);
    });

    it('VA-SUPPORT: the help for missing documents says merging vaults goes through support, with the configured contact', async () => {
      mock = await useScenario('vault:empty-documents');
      const m = await mount();
      m.provider.support = {
        email: 'aide@partenaire.example',
        phone: '01 23 45 67 89',
        hours: { days: ['monday', 'thursday'], slots: [{ from: '08:30', to: '18:00' }] },
      };
      m.provider.vaultSession = await login(m.el);
      const help = await until(() => $<HTMLDetailsElement>(m.el, '[part~=help]'), 'the help');
      // The empty state opens it.
      expect(help.open).to.be.true;
      expect(text(help)).to.contain('Vous avez plusieurs coffres-forts et souhaitez les fusionner');
      expect(text(help)).to.contain('Votre demande doit impérativement passer par le support.');
      expect(text(help)).to.contain('aide@partenaire.example');
      expect(text(help)).to.contain('du lundi au jeudi de 08:30 à 18:00');
      const links = [...help.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['mailto:aide@partenaire.example', 'tel:+33123456789']);
      await expect(m.el).to.be.accessible();
    });

    it('VA-SUPPORT: with documents, the same help opens with the pointer and names the default support', async () => {
      mock = await useScenario('vault:default');
      const { el } = await signedIn();
      const help = $<HTMLDetailsElement>(el, '[part~=help]')!;
      expect(help.open).to.be.false;
      await click(help.querySelector('summary')!);
      await until(() => help.open, 'the help open');
      expect(help.querySelector<HTMLElement>('.merge')!.checkVisibility()).to.be.true;
      expect(text(help)).to.contain('mycecurity@cecurity.com');
      expect(text(help)).to.contain('05 82 01 01 01');
    });
  });

  describe('narrow widths and long strings (360 px)', () => {
    /** 100 characters without a break, as a server may send (a reference, a file name). */
    const LONG = 'BULLETIN-2026-02-SOCIETE-DES-GRANULATS-ET-BETONS-DE-LOIRE-ATLANTIQUE-ETABLISSEMENT-SAINT-NAZAIRE-001';
    const longData = () =>
      HttpResponse.json({
        folders: [
          { id: 'bulletins', name: 'Bulletins de paie', kind: 'payslips' },
          { id: 'long', name: `Dossier ${LONG}`, kind: 'other' },
        ],
        documents: [
          {
            id: 'a',
            folderId: 'bulletins',
            title: LONG,
            year: 2026,
            date: '2026-02-28',
            sizeBytes: 180_000,
            pdfUrl: 'vault/documents/a/pdf',
            archived: false,
          },
          {
            id: 'b',
            folderId: 'bulletins',
            title: 'Bulletin de paie — janvier 2026',
            year: 2026,
            date: '2026-01-31',
            sizeBytes: 1_250_000,
            pdfUrl: 'vault/documents/b/pdf',
            archived: false,
          },
          {
            id: 'c',
            folderId: 'long',
            title: `Attestation ${LONG}`,
            year: 2025,
            date: '2025-06-30',
            sizeBytes: 900,
            pdfUrl: 'vault/documents/c/pdf',
            archived: true,
          },
        ],
      });

    before(() => setViewport({ width: 360, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    // The page itself at 360 px, and a partner's card in it (the demo's paddings leave about 264 px).
    for (const [locale, width] of [
      ['fr', 344],
      ['fr', 264],
      ['en', 264],
    ] as const) {
      it(`${locale}, ${width} px: every action shows its whole name and nothing runs out of the widget, in each view`, async () => {
        mock = await useScenario('vault:default');
        mock.worker.use(http.get('*/api/vault/documents', longData));
        const { el } = await signedIn({ locale });
        el.style.width = `${width}px`;
        await new Promise((r) => requestAnimationFrame(r));
        // The short names of the actions are visible (not only tooltips) and none is cut (« Téléchar… »).
        const names = $$(el, '.document')[0]!.querySelectorAll<HTMLElement>('.action-name');
        expect([...names].map((n) => n.checkVisibility())).to.deep.equal([true, true, true, true]);
        expect(overflowReport(el), 'the documents').to.deep.equal([]);
        // The other views, reached with the pointer as a person does.
        for (const folder of [`Dossier ${LONG}`, 'Archives']) {
          const button = folderButton(el, folder);
          const r = button.getBoundingClientRect();
          await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
          await until(() => button.getAttribute('aria-current') === 'true', folder);
          await el.updateComplete;
          expect(overflowReport(el), folder).to.deep.equal([]);
        }
      });
    }
  });
});

// The shared data states (issue 11 #4): the empty vault and the documents, checked as every data widget's.
// (Loading and error need the sign-in to pass first, which the shared suite's one scenario per state does not allow.)
describeDataStates('<vault-documents>', {
  mount: async () => {
    const m = await mount();
    m.provider.vaultSession = await login(m.el);
    return m.el;
  },
  scenarios: { empty: 'vault:empty-documents', success: 'vault:default' },
  emptyText: /Aucun bulletin de paie pour le moment/,
  successText: /Bulletin de paie/,
});
