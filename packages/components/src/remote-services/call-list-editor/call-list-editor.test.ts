/**
 * RS-CALL — `<call-list-editor>` in Chromium against the mock API (msw): the normal and the specific
 * list, adding through the combobox (only the site's contacts not in the list), reordering with a
 * REAL pointer drag on the handle (sendMouse down / move / up), the « Monter » / « Descendre »
 * buttons and Alt+↑ / Alt+↓ (sendKeys), each move spoken and the focus kept on the moved contact,
 * removing, saving (toast, `call-list-saved`), someone else's save on `remote:conflict` (replay,
 * who saved, the choice where both changed the same contact), the contacts-tab request, loading
 * error with « Réessayer », English, 360 px, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import type { ScenarioName } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { apiRequests, chooseOption, clickOn, NOW, typeInto, until, useScenario, pressKeys } from '../../../test/helpers.js';
import '../../define/call-list-editor.js';
import type { CallListEditor } from './call-list-editor.js';
import type { CallListSavedEvent, ContactsTabRequestedEvent } from './call-list-editor.events.js';

const $ = <T extends Element = HTMLElement>(el: CallListEditor, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: CallListEditor, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** The names in the list, in order, as shown. */
const names = (el: CallListEditor) =>
  $$(el, '[part~=item] .name').map((n) => text(n).replace(/^Position \d+ · |^Position in the list: \d+ · /, ''));
/** What the polite live region says now. */
const spoken = (el: CallListEditor) => text($(el, '.vigie-toasts .vigie-visually-hidden'));
const toasts = (el: CallListEditor) => $$(el, '.vigie-toast-text').map(text);
const row = (el: CallListEditor, i: number) => $(el, `[part~=item][data-index="${i}"]`)!;
const focused = (el: CallListEditor) => el.shadowRoot!.activeElement as HTMLElement | null;

let mock: MockWorker | undefined;
afterEach(async () => {
  mock?.worker.resetHandlers();
  await setViewport({ width: 1280, height: 900 });
});

async function mount(o: { site?: string; scenario?: ScenarioName; locale?: string } = {}) {
  mock = await useScenario(o.scenario ?? 'remote:default');
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${o.locale ?? 'fr'} .client=${client}>
      <call-list-editor site-id=${o.site ?? 'site-04'}></call-list-editor>
    </vigie-provider>
  `);
  const el = provider.querySelector('call-list-editor')!;
  await until(() => $(el, '[part~=list]') ?? $(el, '[part~=error]') ?? $(el, '.state.empty'), 'the call list', 8000);
  await el.updateComplete;
  return { provider, el };
}

async function settle(el: CallListEditor) {
  await el.flow.settled();
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

describe('<call-list-editor> (RS-CALL)', function () {
  this.timeout(30_000);

  it('shows the normal list in call order, with the site’s contacts, the list’s facts, the ways to reorder; accessible', async () => {
    const { el } = await mount();
    expect(text($(el, '#title'))).to.equal('Listes d’appels');
    expect(text($(el, '.list-name'))).to.equal('Liste d’appels normale Liste normale');
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'François Duval', 'Élodie Rousseau']);
    expect(text($(el, '.meta'))).to.equal('3 contacts, appelés dans cet ordre · Enregistrée le 08/02/2026 à 12:00 par Claire Martin');
    expect(text($(el, '.how-to'))).to.contain('Alt+Flèche haut');
    // Each row: handle, position, name and phone, « Monter », « Descendre », « Retirer », named with the person.
    const first = row(el, 0);
    expect(first.querySelector('[data-reorder-handle]')!.getAttribute('aria-label')).to.equal('Déplacer Anne-Sophie Bonnet');
    expect([...first.querySelectorAll('.move')].map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Monter Anne-Sophie Bonnet',
      'Descendre Anne-Sophie Bonnet',
      'Retirer Anne-Sophie Bonnet de la liste',
    ]);
    expect(first.querySelector('[data-reorder="up"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(first.querySelector('.phone'))).to.equal('06 13 51 00 43');
    expect($(el, 'select')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('« Descendre » and « Monter » (real clicks): each move spoken, the focus stays on the moved contact', async () => {
    const { el } = await mount();
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau']);
    await until(() => spoken(el) === 'Anne-Sophie Bonnet déplacé en position 2 sur 3', 'the move spoken');
    expect(focused(el)).to.equal(row(el, 1).querySelector('[data-reorder="down"]'));
    // To the end: the « Descendre » of the last row is disabled, so the focus goes to its handle.
    await clickOn(row(el, 1).querySelector('[data-reorder="down"]')!);
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Élodie Rousseau', 'Anne-Sophie Bonnet']);
    expect(focused(el)).to.equal(row(el, 2).querySelector('[data-reorder-handle]'));
    expect(text($(el, '.dirty'))).to.equal('Modifications non enregistrées');
  });

  it('Alt+↑ / Alt+↓ move the focused contact and keep the focus on it; at the top it says so', async () => {
    const { el } = await mount();
    (row(el, 2).querySelector('[data-reorder-handle]') as HTMLElement).focus();
    await pressKeys('Alt+ArrowUp');
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'Élodie Rousseau', 'François Duval']);
    expect(focused(el)).to.equal(row(el, 1).querySelector('[data-reorder-handle]'));
    await pressKeys('Alt+ArrowUp');
    await settle(el);
    expect(names(el)[0]).to.equal('Élodie Rousseau');
    await until(() => spoken(el) === 'Élodie Rousseau déplacé en position 1 sur 3', 'spoken');
    await pressKeys('Alt+ArrowUp');
    await settle(el);
    await until(() => spoken(el) === 'Élodie Rousseau est déjà en première position', 'at the top');
    await pressKeys('Alt+ArrowDown');
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'Élodie Rousseau', 'François Duval']);
    expect(focused(el)).to.equal(row(el, 1).querySelector('[data-reorder-handle]'));
  });

  it('a REAL pointer drag on the handle (mouse down, move, up) moves the contact where it is dropped', async () => {
    const { el } = await mount();
    const handle = row(el, 0).querySelector('[data-reorder-handle]')!;
    handle.scrollIntoView({ block: 'center' });
    const h = handle.getBoundingClientRect();
    const target = row(el, 2).getBoundingClientRect();
    const x = Math.round(h.left + h.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(h.top + h.height / 2)] });
    await sendMouse({ type: 'down' });
    await until(() => row(el, 0).hasAttribute('data-dragging'), 'picked up');
    await until(() => spoken(el) === 'Anne-Sophie Bonnet saisi, position 1 sur 3', 'pick-up spoken');
    await sendMouse({ type: 'move', position: [x, Math.round(target.top + target.height / 2 + 10)] });
    await sendMouse({ type: 'move', position: [x, Math.round(target.bottom - 4)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Élodie Rousseau', 'Anne-Sophie Bonnet']);
    expect($$(el, '[data-dragging]')).to.have.length(0);
    await until(() => spoken(el) === 'Anne-Sophie Bonnet déplacé en position 3 sur 3', 'drop spoken');
    expect(focused(el)).to.equal(row(el, 2).querySelector('[data-reorder-handle]'));
  });

  it('a drag cancelled with Escape puts the contact back and says so', async () => {
    const { el } = await mount();
    const handle = row(el, 0).querySelector('[data-reorder-handle]')!;
    handle.scrollIntoView({ block: 'center' });
    const h = handle.getBoundingClientRect();
    const x = Math.round(h.left + h.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(h.top + h.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(row(el, 2).getBoundingClientRect().bottom - 4)] });
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'François Duval', 'Élodie Rousseau']);
    expect(row(el, 1).style.transform).to.equal('');
    await until(() => spoken(el) === 'Déplacement annulé, Anne-Sophie Bonnet reste en position 1', 'cancel spoken');
  });

  it('the « Ajouter » combobox offers only the site’s contacts not in the list, filters without accents, adds with the keyboard', async () => {
    const { el } = await mount();
    const input = $<HTMLInputElement>(el, 'input[role=combobox]')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    // The combobox's behaviour loads on focus (call-list-add.on-demand.ts): the key acts once it is there.
    await until(() => input.getAttribute('aria-expanded') === 'true', 'listbox open');
    const offered = $$(el, '[role=option] .name').map(text);
    expect(offered).to.deep.equal(['Raphaël D’Almeida', 'Océane Chevalier', 'Karim Lecœur', 'Zoé Girard']);
    await sendKeys({ press: 'Escape' });
    await typeInto(input, 'oceane');
    await el.updateComplete;
    expect($$(el, '[role=option] .name').map(text)).to.deep.equal(['Océane Chevalier']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-site-04-ct-5');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'François Duval', 'Élodie Rousseau', 'Océane Chevalier']);
    await until(() => spoken(el) === 'Océane Chevalier ajouté en position 4 sur 4', 'added spoken');
    expect(focused(el)).to.equal(input);
    expect(input.value).to.equal('');
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($$(el, '[role=option] .name').map(text)).to.not.include('Océane Chevalier');
  });

  it('a click on an option adds it; « Retirer » removes and the focus goes to the next contact', async () => {
    const { el } = await mount();
    const input = $<HTMLInputElement>(el, 'input[role=combobox]')!;
    await clickOn(input);
    await until(() => $$(el, '[role=option]').length > 0, 'options shown');
    await clickOn($$(el, '[role=option]').find((o) => text(o).startsWith('Zoé Girard'))!);
    await settle(el);
    expect(names(el)).to.include('Zoé Girard');
    await clickOn(row(el, 1).querySelector('.remove')!);
    await settle(el);
    expect(names(el)).to.deep.equal(['Anne-Sophie Bonnet', 'Élodie Rousseau', 'Zoé Girard']);
    expect(focused(el)).to.equal(row(el, 1).querySelector('[data-reorder-handle]'));
    await until(() => spoken(el) === 'François Duval retiré de la liste', 'removal spoken');
  });

  it('« Enregistrer » saves with If-Match: a success toast, `call-list-saved` with the new version, nothing left unsaved', async () => {
    const { el } = await mount();
    let saved: CallListSavedEvent | undefined;
    el.addEventListener('call-list-saved', (e) => (saved = e));
    await clickOn(row(el, 2).querySelector('[data-reorder="up"]')!);
    await settle(el);
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => saved, 'call-list-saved');
    expect([saved!.siteId, saved!.listId, saved!.version]).to.deep.equal(['site-04', 'site-04-cl-normal', 2]);
    expect(toasts(el)).to.deep.equal(['Liste d’appels «\u202fListe d’appels normale\u202f» enregistrée.']);
    expect(text($(el, '.dirty'))).to.equal('');
    expect(mock!.remote.callListsOf('site-04')[0]!.contactIds).to.deep.equal(['site-04-ct-1', 'site-04-ct-3', 'site-04-ct-2']);
  });

  it('remote:conflict — Jérôme Lefèvre saved meanwhile and moved the same contact: the conflict is shown, I choose, my choice is saved, his addition kept', async () => {
    const { el } = await mount({ scenario: 'remote:conflict' });
    // I move Anne-Sophie Bonnet down one; he moved her to the end and added Raphaël D’Almeida.
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => $(el, '[part~=conflicts]'), 'the conflict');
    await settle(el);
    expect(text($(el, '#notice-title'))).to.equal('Jérôme Lefèvre a enregistré cette liste pendant que vous la modifiiez');
    expect($$(el, '.changes li').map(text)).to.deep.equal(['Anne-Sophie Bonnet déplacé', 'Raphaël D’Almeida ajouté']);
    expect(text($(el, '#conflicts-title'))).to.equal('1 contact modifié des deux côtés');
    expect(focused(el)).to.equal($(el, '#conflicts-title'));
    const fieldset = $(el, '.conflict')!;
    expect(text(fieldset.querySelector('legend'))).to.equal('Anne-Sophie Bonnet');
    expect(text(fieldset)).to.contain('Vous l’avez déplacé en position 2');
    expect(text(fieldset)).to.contain('Jérôme Lefèvre l’a déplacé en position 3');
    // Until I choose: his order shown, nothing movable, « Enregistrer » waits.
    expect(names(el)).to.deep.equal(['François Duval', 'Élodie Rousseau', 'Anne-Sophie Bonnet', 'Raphaël D’Almeida']);
    expect($$(el, '.actions .btn').at(-1)!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await clickOn(fieldset.querySelector('input[value=mine]')!);
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau', 'Raphaël D’Almeida']);
    let saved: CallListSavedEvent | undefined;
    el.addEventListener('call-list-saved', (e) => (saved = e));
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => saved, 'saved');
    expect(saved!.version).to.equal(3);
    expect(mock!.remote.callListsOf('site-04')[0]!.contactIds).to.deep.equal([
      'site-04-ct-2',
      'site-04-ct-1',
      'site-04-ct-3',
      'site-04-ct-4',
    ]);
  });

  it('remote:conflict without overlap: my change replayed on his version, told who saved and what, saved only when I save again', async () => {
    const { el } = await mount({ scenario: 'remote:conflict' });
    await clickOn(row(el, 2).querySelector('[data-reorder="up"]')!);
    await settle(el);
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => $(el, '[part~=notice]'), 'the notice');
    await settle(el);
    expect($(el, '[part~=conflicts]')).to.equal(null);
    expect(focused(el)).to.equal($(el, '#notice-title'));
    expect(names(el)).to.deep.equal(['Élodie Rousseau', 'François Duval', 'Anne-Sophie Bonnet', 'Raphaël D’Almeida']);
    expect(mock!.remote.callListsOf('site-04')[0]!.version).to.equal(2, 'not saved behind my back');
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => mock!.remote.callListsOf('site-04')[0]!.version === 3, 'saved');
  });

  it('the specific list: chosen in the chooser; each list keeps its own unsaved changes', async () => {
    const { el } = await mount();
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    await chooseOption($<HTMLSelectElement>(el, 'select')!, 'site-04-cl-summer');
    await settle(el);
    expect(text($(el, '.list-name'))).to.equal('Fermeture estivale Liste spécifique');
    expect(names(el)).to.deep.equal(['Élodie Rousseau', 'Anne-Sophie Bonnet']);
    await chooseOption($<HTMLSelectElement>(el, 'select')!, 'site-04-cl-normal');
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau']);
  });

  it('nothing lost when the host unmounts the editor (its tab closed) or shows another site, then comes back', async () => {
    const { el, provider } = await mount();
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    el.remove();
    provider.append(el);
    await until(() => $(el, '[part~=list]'), 'the list again');
    await settle(el);
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau']);
    // A new element for the same site (a host that renders only the open tab) finds the draft too.
    el.remove();
    const again = document.createElement('call-list-editor');
    again.setAttribute('site-id', 'site-04');
    provider.append(again);
    await until(() => names(again)[0] === 'François Duval', 'the draft in a new element');
    again.remove();
    provider.append(el);
    expect(text($(el, '.dirty'))).to.equal('Modifications non enregistrées');
    el.setAttribute('site-id', 'site-01');
    await until(() => names(el)[0] === 'Hélène Dupont', 'site 1');
    el.setAttribute('site-id', 'site-04');
    await until(() => names(el)[0] === 'François Duval', 'site 4 with my change');
  });

  it('« the person is missing » fires the cancelable contacts-tab-requested; not handled, it says where to add them', async () => {
    const { el } = await mount();
    const seen: ContactsTabRequestedEvent[] = [];
    const handler = (e: ContactsTabRequestedEvent) => {
      seen.push(e);
      e.preventDefault();
    };
    el.addEventListener('contacts-tab-requested', handler);
    await clickOn($(el, '.absent .link')!);
    expect(seen.map((e) => e.siteId)).to.deep.equal(['site-04']);
    el.removeEventListener('contacts-tab-requested', handler);
    await clickOn($(el, '.absent .link')!);
    await until(
      () => spoken(el) === 'Ajoutez d’abord la personne dans l’onglet «\u202fContacts\u202f» du site, puis revenez ici.',
      'the hint',
    );
  });

  it('a loading error says so with « Réessayer », which reads again', async () => {
    const { el } = await mount({ scenario: 'any:error-500' });
    expect(text($(el, '[part~=error]'))).to.contain('Les listes d’appels n’ont pas pu être chargées.');
    mock!.setScenario('remote:default');
    await clickOn($(el, '[part~=error] button')!);
    await until(() => $(el, '[part~=list]'), 'the list after retry');
    await expect(el).to.be.accessible();
  });

  it('a failed save keeps my changes and says so', async () => {
    const { el } = await mount();
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    mock!.setScenario('any:error-500');
    await clickOn($$(el, '.actions .btn').at(-1)!);
    await settle(el);
    await until(() => toasts(el).length, 'the error toast');
    expect(toasts(el)[0]).to.equal('La liste d’appels n’a pas pu être enregistrée. Vos modifications sont conservées.');
    expect(names(el)).to.deep.equal(['François Duval', 'Anne-Sophie Bonnet', 'Élodie Rousseau']);
    expect(focused(el)).to.equal($(el, '[data-focus=save-error]'));
  });

  it('without a site: says to choose one, asks the server nothing', async () => {
    mock = await useScenario('remote:default');
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} .client=${createClient({ baseUrl: '/api', retry: { limit: 0 } })}><call-list-editor></call-list-editor></vigie-provider>`,
    );
    const el = provider.querySelector('call-list-editor')!;
    await until(() => $(el, '.state.empty'), 'the empty state');
    expect(text($(el, '.state.empty'))).to.equal('Choisissez un site pour voir ses listes d’appels.');
    expect(apiRequests()).to.deep.equal([]);
  });

  it('in English', async () => {
    const { el } = await mount({ locale: 'en' });
    await until(() => text($(el, '#title')) === 'Call lists', 'English');
    expect(row(el, 0).querySelector('[data-reorder="down"]')!.getAttribute('aria-label')).to.equal('Move down Anne-Sophie Bonnet');
    expect(text($(el, '.meta'))).to.equal('3 contacts, called in this order · Saved on 08/02/2026 at 12:00 by Claire Martin');
  });

  it('fits 360 px: nothing wider than the screen, every control reachable', async () => {
    await setViewport({ width: 360, height: 740 });
    const { el } = await mount();
    expect(el.scrollWidth).to.be.at.most(360);
    for (const b of $$(el, '.move, .handle')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    // With unsaved changes (the chooser's option says so) and someone else's save shown, still no wider.
    await clickOn(row(el, 0).querySelector('[data-reorder="down"]')!);
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    expect(el.scrollWidth).to.be.at.most(360);
  });
});
