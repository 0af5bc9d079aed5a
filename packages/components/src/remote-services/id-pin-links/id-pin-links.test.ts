/**
 * RS-IDPIN — `<id-pin-links>` in Chromium against the mock API (msw, `remote:default`): the links
 * and their sites, adding a demo pair, a wrong pair (generic, the ID kept, the PIN emptied), a
 * failure on the way (the PIN kept), a PIN change, nicknaming a site inline (Enter, Escape), the
 * personal information, removing a link after a dialog naming its sites, loading / empty / error
 * with retry, en, axe and keyboard paths; no PIN anywhere but in its field.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ifDefined } from 'lit/directives/if-defined.js';
import { remoteCoreMessages, remoteIdPinMessages } from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import { DEMO_ID_PIN_PAIRS, DEMO_LINKED_PIN, type MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, captureConsole, clickOn, shadowText, typeInto, until, useScenario } from '../../../test/helpers.js';
import { expectNoSecretLeft } from '../../../test/suites/index.js';
import '../../define/id-pin-links.js';
import type { IdPinLinks } from './id-pin-links.js';
import type { IdPinLinkedEvent, IdPinUnlinkedEvent, PinChangedEvent, SiteRenamedEvent } from './id-pin-links.events.js';

await loadMessages('en', [remoteCoreMessages, remoteIdPinMessages]);

let mock: MockWorker;
const logged = captureConsole();
const [TWO_NEW] = DEMO_ID_PIN_PAIRS;

async function mount(opts: { locale?: string; theme?: 'dark' } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${ifDefined(opts.theme)}>
      <id-pin-links></id-pin-links>
    </vigie-provider>
  </div>`);
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  const el = wrapper.querySelector<IdPinLinks>('id-pin-links')!;
  await until(() => el.shadowRoot?.querySelector('.root'), 'the widget');
  return el;
}

async function mountLoaded(opts: Parameters<typeof mount>[0] = {}) {
  const el = await mount(opts);
  await until(() => el.shadowRoot!.querySelector('.links, .empty, .problem'), 'the links');
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
const input = (el: Element, name: string) => $<HTMLInputElement>(el, `input[name="${name}"]`)!;
const button = (el: Element, label: RegExp | string, scope: ParentNode = el.shadowRoot!) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const name = norm(b.getAttribute('aria-label') ?? b.textContent ?? '');
    return typeof label === 'string' ? name === label : label.test(name);
  })!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const linkSections = (el: Element) => $$(el, '.link');
const toast = (el: Element) => text($(el, '.vigie-toasts'));
const posts = () => apiRequests().filter((r) => !r.startsWith('GET'));

describe('<id-pin-links> (RS-IDPIN)', () => {
  beforeEach(async () => {
    mock = await useScenario('remote:default');
  });

  it('loading, then the sites grouped by ID & PIN, the ID in full, nicknames first, a site shared by two links said so; axe', async () => {
    const el = await mount();
    expect(text($(el, '[role=status]'))).to.contain('Chargement de vos ID & PIN');
    await until(() => $(el, '.links'), 'the links');
    expect(linkSections(el)).to.have.length(3);
    const first = linkSections(el)[0]!;
    expect(text(first.querySelector('h3'))).to.equal('ID 4010 0000');
    expect(text(first.querySelector('.meta'))).to.match(/4 sites · ?Relié le \d\d\/\d\d\/\d{4}|4 sites/);
    expect(text(first.querySelector('.site-label'))).to.equal('Le grand dépôt');
    expect(text(first.querySelector('.site-sub'))).to.contain('Nom du site : ');
    expect(shadowText(el)).to.contain('Aussi par un autre ID & PIN');
    expect(shadowText(el)).not.to.contain(DEMO_LINKED_PIN);
    await expect(el).to.be.accessible();
  });

  it('adds the demo pair with the keyboard: 2 new sites, a toast, id-pin-linked, focus on the new link, the PIN field emptied', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Ajouter un ID & PIN'));
    await until(() => focused(el)?.getAttribute('name') === 'add-identifier', 'focus on the ID');
    expect(input(el, 'add-identifier').inputMode).to.equal('numeric');
    expect(input(el, 'add-pin').type).to.equal('password');
    expect(input(el, 'add-pin').autocomplete).to.equal('off');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '5100 2024' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: TWO_NEW.pin });
    const linked = oneEvent(el, 'id-pin-linked') as Promise<IdPinLinkedEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await linked;
    expect(e.linkId).to.be.a('string');
    expect(Object.keys(e)).not.to.include('pin');
    await until(() => linkSections(el).length === 4, 'the new link');
    const added = linkSections(el)[3]!;
    expect(text(added.querySelector('h3'))).to.equal('ID 5100 2024');
    expect(added.querySelectorAll('.site')).to.have.length(2);
    await until(() => toast(el).includes('2 nouveaux sites'), 'the toast');
    await until(() => focused(el) === added.querySelector('h3'), 'focus on the new link');
    expect($(el, 'input[name="add-pin"]')).to.equal(null, 'the form closed');
    await expectNoSecretLeft([TWO_NEW.pin], { logged, root: el.shadowRoot! });
  });

  it('a wrong pair: one generic message, the ID kept, the PIN emptied, focus on the PIN; a format error sends nothing', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Ajouter un ID & PIN'));
    await typeInto(input(el, 'add-identifier'), '123');
    await typeInto(input(el, 'add-pin'), '12');
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.add .error'), 'the format errors');
    expect(text($(el, '.add'))).to.contain('L’ID compte 8 chiffres.');
    expect(text($(el, '.add'))).to.contain('Le PIN compte de 4 à 6 chiffres.');
    expect(input(el, 'add-identifier').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(input(el, 'add-identifier'));
    expect(posts()).to.deep.equal([]);

    input(el, 'add-identifier').select();
    await sendKeys({ type: '5100 2024' });
    input(el, 'add-pin').select();
    await sendKeys({ type: '9999' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.notice'), 'the refusal');
    expect(text($(el, '.notice'))).to.equal('ID ou PIN incorrect. Vérifiez les deux puis réessayez.');
    expect(norm(input(el, 'add-identifier').value)).to.equal('5100 2024');
    expect(input(el, 'add-pin').value).to.equal('');
    await until(() => focused(el) === input(el, 'add-pin'), 'focus on the PIN');
    await expect(el).to.be.accessible();
  });

  it('a failure on the way keeps the PIN for a retry and says so', async () => {
    const el = await mountLoaded();
    mock.worker.use(http.post('*/api/remote/id-pin/links', () => HttpResponse.error()));
    await clickOn(button(el, 'Ajouter un ID & PIN'));
    await typeInto(input(el, 'add-identifier'), '51002024');
    await typeInto(input(el, 'add-pin'), TWO_NEW.pin);
    await clickOn(button(el, 'Relier les sites'));
    await until(() => $(el, '.notice'), 'the notice');
    expect(text($(el, '.notice'))).to.contain('ce que vous avez saisi est conservé');
    expect(input(el, 'add-pin').value).to.equal(TWO_NEW.pin);
    mock.worker.resetHandlers();
    await clickOn(button(el, 'Relier les sites'));
    await until(() => linkSections(el).length === 4, 'linked on retry');
  });

  it('too many wrong pairs: the wait the server gave, with its time', async () => {
    const el = await mountLoaded();
    mock.worker.use(
      http.post('*/api/remote/id-pin/links', () =>
        HttpResponse.json(
          { type: '/problems/too-many-attempts', title: 'x', status: 429, retryAfter: 30, retryAt: '2026-03-10T11:00:30Z' },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        ),
      ),
    );
    await clickOn(button(el, 'Ajouter un ID & PIN'));
    await typeInto(input(el, 'add-identifier'), '51002024');
    await typeInto(input(el, 'add-pin'), '1111');
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.notice'), 'the wait');
    expect(text($(el, '.notice'))).to.equal('Trop d’essais infructueux. Réessayez à partir de 12:00.');
  });

  it('changes a PIN: mismatch said without a request, a wrong current PIN on its field (all emptied), then done — pin-changed, toast, focus back', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Modifier le PIN de l’ID 4010 0000'));
    await until(() => focused(el)?.getAttribute('name') === 'current-pin', 'focus on the current PIN');
    await sendKeys({ type: DEMO_LINKED_PIN });
    await typeInto(input(el, 'new-pin'), '5678');
    await typeInto(input(el, 'pin-confirmation'), '5679');
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.panel .error'), 'the mismatch');
    expect(text($(el, '.panel'))).to.contain('Les deux nouveaux PIN ne sont pas identiques.');
    for (const n of ['current-pin', 'new-pin', 'pin-confirmation']) {
      expect(input(el, n).type, n).to.equal('password');
      expect(input(el, n).inputMode, n).to.equal('numeric');
    }
    await expect(el).to.be.accessible();
    expect(focused(el)).to.equal(input(el, 'pin-confirmation'));
    expect(posts()).to.deep.equal([]);

    input(el, 'current-pin').select();
    await sendKeys({ type: '0000' });
    input(el, 'pin-confirmation').select();
    await sendKeys({ type: '5678' });
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '.panel')).includes('PIN actuel incorrect.'), 'the wrong current PIN');
    for (const n of ['current-pin', 'new-pin', 'pin-confirmation']) expect(input(el, n).value, n).to.equal('');
    await until(() => focused(el) === input(el, 'current-pin'), 'focus on the current PIN');

    await sendKeys({ type: DEMO_LINKED_PIN });
    await typeInto(input(el, 'new-pin'), '5678');
    await typeInto(input(el, 'pin-confirmation'), '5678');
    const changed = oneEvent(el, 'pin-changed') as Promise<PinChangedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await changed).linkId).to.equal('lnk-1');
    await until(() => toast(el).includes('Le PIN de l’ID 4010 0000 est modifié.'), 'the toast');
    await until(() => focused(el) === button(el, 'Modifier le PIN de l’ID 4010 0000'), 'focus on the toggle');
    expect(text(linkSections(el)[0]!.querySelector('.meta'))).to.contain('PIN modifié le 10/03/2026');
    await expectNoSecretLeft(['5678'], { logged, root: el.shadowRoot! });
  });

  it('nicknames a site inline: Enter saves (site-renamed), Escape cancels, a nickname already taken is refused', async () => {
    const el = await mountLoaded();
    const rename = () => button(el, /^Donner un surnom à Agence/);
    const original = rename().getAttribute('aria-label')!;
    await clickOn(rename());
    await until(() => focused(el)?.getAttribute('name') === 'nickname', 'focus in the field');
    await sendKeys({ type: 'Bureau du siège' });
    await sendKeys({ press: 'Escape' });
    await until(() => focused(el)?.getAttribute('aria-label') === original, 'focus back on its button');
    expect(shadowText(el)).not.to.contain('Bureau du siège');

    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.getAttribute('name') === 'nickname', 'editing again');
    await sendKeys({ type: 'le GRAND depot' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.rename .error'), 'taken');
    expect(text($(el, '.rename .error'))).to.equal('Un autre de vos sites porte déjà ce surnom.');
    await expect(el).to.be.accessible();

    input(el, 'nickname').select();
    await sendKeys({ type: '  Bureau   du siège ' });
    const renamed = oneEvent(el, 'site-renamed') as Promise<SiteRenamedEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await renamed;
    expect(e.nickname).to.equal('Bureau du siège');
    expect(e.siteId).to.be.a('string');
    await until(() => $$(el, '.site-label').some((s) => text(s) === 'Bureau du siège'), 'the nickname shown');
    expect(mock.remote.site(e.siteId)!.nickname).to.equal('Bureau du siège');
  });

  it('removes a link after a dialog naming its sites (Escape cancels, focus back), then id-pin-unlinked', async () => {
    const el = await mountLoaded();
    const removeBtn = () => button(el, 'Retirer l’ID 4010 7919');
    await clickOn(removeBtn());
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the dialog');
    expect(text(dialog.querySelector('h3'))).to.equal('Retirer l’ID 4010 7919 ?');
    const body = text(dialog);
    expect(body).to.contain('ne seront plus accessibles depuis votre compte');
    expect(body).to.contain('Ce site reste accessible par un autre ID & PIN');
    expect(dialog.querySelectorAll('.named li').length).to.equal(linkSections(el)[1]!.querySelectorAll('.site').length);
    await until(() => focused(el) === button(el, 'Annuler', dialog), 'focus on « Annuler »');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog[open]'), 'closed');
    await until(() => focused(el) === removeBtn(), 'focus back');

    await sendKeys({ press: 'Enter' });
    const again = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the dialog again');
    const unlinked = oneEvent(el, 'id-pin-unlinked') as Promise<IdPinUnlinkedEvent>;
    await clickOn(button(el, 'Retirer l’ID', again));
    expect((await unlinked).linkId).to.equal('lnk-2');
    await until(() => linkSections(el).length === 2, 'the link gone');
    await until(() => toast(el).includes('ID 4010 7919 retiré'), 'the toast');
    expect(mock.remote.sites().length).to.be.lessThan(12);
  });

  it('edits the personal information: checked, then saved and shown', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Modifier les informations personnelles de l’ID 4010 0000'));
    await until(() => focused(el)?.getAttribute('name') === 'holder-firstName', 'focus on the first name');
    input(el, 'holder-phone').select();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.panel .error'), 'the phone error');
    expect(focused(el)).to.equal(input(el, 'holder-phone'));
    expect(text($(el, '.panel .error'))).to.contain('Saisissez un numéro français');
    await expect(el).to.be.accessible();
    input(el, 'holder-phone').select();
    await sendKeys({ type: '0611223344' });
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '.panel'), 'saved');
    expect(text(linkSections(el)[0]!.querySelector('.holder'))).to.contain('06 11 22 33 44');
    await until(() => toast(el).includes('Vos informations pour l’ID 4010 0000 sont enregistrées.'), 'the toast');
  });

  it('error with retry, and empty', async () => {
    mock.worker.use(
      http.get('*/api/remote/id-pin/links', () => HttpResponse.json({ type: '/problems/x', title: 'x', status: 500 }, { status: 500 })),
    );
    const el = await mountLoaded();
    expect(text($(el, '.problem'))).to.contain('Impossible d’afficher vos ID & PIN.');
    await expect(el).to.be.accessible();
    mock.worker.use(http.get('*/api/remote/id-pin/links', () => HttpResponse.json({ links: [] })));
    await clickOn(button(el, 'Réessayer'));
    await until(() => $(el, '.empty'), 'empty');
    expect(text($(el, '.empty'))).to.contain('Aucun ID & PIN n’est relié à votre compte.');
    await expect(el).to.be.accessible();
  });

  it('in English, and in the dark theme (axe)', async () => {
    const el = await mountLoaded({ locale: 'en', theme: 'dark' });
    expect(text($(el, 'h2'))).to.equal('My IDs & PINs');
    expect(shadowText(el)).to.contain('Linked on');
    await expect(el).to.be.accessible();
  });
});
