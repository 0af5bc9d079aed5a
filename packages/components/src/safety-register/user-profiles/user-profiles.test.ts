/**
 * SR-PROFILES — `<user-profiles>` in Chromium against the mock API (msw, `register:default`): the
 * users and profiles, the eye (modules and rights), the demo path (a profile from Sophie Lefèvre's
 * rights, edited, two users attached, the summary, saved, the users list updated) with the
 * keyboard only, « Tout cocher » as a mixed checkbox, attaching users, a refused name, a failure
 * that keeps the draft, empty, restricted, error with retry, en; axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { registerAccessMessages, registerProfilesEditorMessages, registerProfilesMessages } from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, chooseOption, clickOn, pressSpaceOn, shadowText, typeInto, until, useScenario } from '../../../test/helpers.js';
import '../../define/user-profiles.js';
import type { UserProfiles } from './user-profiles.js';
import type { ProfileCreatedEvent, ProfileUpdatedEvent, ProfileUsersAttachedEvent } from './user-profiles.events.js';

await loadMessages('en', [registerProfilesMessages, registerProfilesEditorMessages, registerAccessMessages]);

let mock: MockWorker;

async function mount(opts: { locale?: string; theme?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} theme=${opts.theme ?? 'light'}>
      <user-profiles></user-profiles>
    </vigie-provider>
  </div>`);
  if (opts.theme === 'dark') wrapper.style.background = '#0d1117';
  const el = wrapper.querySelector<UserProfiles>('user-profiles')!;
  await until(() => el.shadowRoot?.querySelector('.root, register-access-notice'), 'the widget');
  return el;
}

async function mountLoaded(opts: Parameters<typeof mount>[0] = {}) {
  const el = await mount(opts);
  await until(() => el.shadowRoot!.querySelector('table, .problem'), 'the lists');
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
const button = (el: Element, label: RegExp | string, scope: ParentNode = el.shadowRoot!) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const name = norm(b.getAttribute('aria-label') ?? b.textContent ?? '');
    return typeof label === 'string' ? name === label : label.test(name);
  })!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const row = (el: Element, name: string) => $$(el, 'tbody tr').find((r) => text(r.querySelector('th')).startsWith(name))!;
const moduleBox = (el: Element, legend: string) => $$(el, 'fieldset.module').find((f) => text(f.querySelector('legend')) === legend)!;
const box = (scope: Element, label: string) =>
  [...scope.querySelectorAll<HTMLInputElement>('label')].find((l) => norm(l.textContent ?? '').startsWith(label))!.querySelector('input')!;
const userBox = (el: Element, name: string) => box($(el, 'fieldset.users')!, name);

/** Tabs forward until `target` has the focus (a keyboard-only path). */
async function tabTo(el: Element, target: Element, max = 80) {
  for (let i = 0; i < max && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'reached by Tab').to.equal(target);
}

describe('<user-profiles> (SR-PROFILES)', () => {
  beforeEach(async () => {
    mock = await useScenario('register:default');
  });

  it('loading, then the users with their profile and rights, and the four profiles; axe', async () => {
    const el = await mount();
    expect(text($(el, '[role=status]'))).to.contain('Chargement des utilisateurs et des profils');
    await until(() => $(el, 'table'), 'the users');
    expect(text($(el, 'h2'))).to.equal('Gestion des profils utilisateurs');
    expect(text(row(el, 'Karim Benali'))).to.contain('Gardien');
    expect(text(row(el, 'Sophie Lefèvre'))).to.contain('Droits personnalisés');
    expect(text(row(el, 'Sophie Lefèvre'))).to.contain('13 droits');
    expect($$(el, 'li h4').map(text)).to.deep.equal(['Gardien', 'Gestionnaire technique', 'Direction', 'Sécurité incendie']);
    expect(shadowText(el)).to.contain('1 utilisateur rattaché');
    await expect(el).to.be.accessible();
  });

  it('the eye shows a profile’s modules and rights and its users; Escape closes and the focus returns to the eye', async () => {
    const el = await mountLoaded();
    const eye = button(el, 'Voir le profil Gardien');
    await clickOn(eye);
    await until(() => dialog(el).open && focused(el)?.id.endsWith('editor-title'), 'the dialog, its title focused');
    expect(norm(text(focused(el)))).to.equal('Profil « Gardien »');
    const view = text(dialog(el));
    expect(view).to.contain('Interventions Consulter et Signer');
    expect(view).to.contain('Factures Aucun droit');
    expect(view).to.contain('Karim Benali');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'closed');
    await until(() => focused(el) === eye, 'focus back on the eye');
  });

  it('demo path, keyboard only: from Sophie Lefèvre’s rights, edited, two users attached, the summary, saved, the list updated', async () => {
    const el = await mountLoaded();
    const plus = button(el, 'Créer un profil');
    plus.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open && $(el, 'input[name="profile-name"]'), 'the form');
    await sendKeys({ press: 'Tab' }); // the close button
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('name')).to.equal('profile-name');
    await sendKeys({ type: 'Gestionnaire de site' });
    const source = $<HTMLSelectElement>(el, 'select[name="profile-source"]')!;
    await tabTo(el, source);
    await chooseOption(source, 'usr-sophie');
    await until(() => text($(el, '[role=status]')).includes('Droits de Sophie Lefèvre copiés'), 'the copy said');
    expect(text($(el, 'fieldset.matrix .hint'))).to.equal('13 droits cochés');
    // « Tout cocher » of Commissions: mixed (1 of 3) → all, with Space.
    const all = box(moduleBox(el, 'Commissions de sécurité'), 'Tout cocher');
    expect(all.indeterminate).to.equal(true);
    await tabTo(el, all);
    await sendKeys({ press: 'Space' });
    await until(() => all.checked && !all.indeterminate, 'all ticked');
    expect(text($(el, 'fieldset.matrix .hint'))).to.equal('15 droits cochés');
    // Drop « Générer la synthèse » with Space.
    const synth = box(moduleBox(el, 'Synthèse des sites'), 'Générer la synthèse');
    await tabTo(el, synth);
    await sendKeys({ press: 'Space' });
    await until(() => !synth.checked, 'unticked');
    // Two users: Karim (Gardien) and Amélie (own rights).
    for (const name of ['Karim Benali', 'Amélie Roux']) {
      const u = userBox(el, name);
      await tabTo(el, u);
      await sendKeys({ press: 'Space' });
      await until(() => u.checked, `${name} ticked`);
    }
    await tabTo(el, button(el, 'Vérifier les changements'));
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.textContent?.includes('Récapitulatif'), 'the summary focused');
    const summary = norm(text(dialog(el)));
    expect(summary).to.contain('Profil « Gestionnaire de site » : 4 modules, 14 droits.');
    expect(summary).to.contain('Karim Benali : +9 droits Gagne : Interventions — Créer, Interventions — Modifier,');
    expect(summary).to.contain('Quitte le profil « Gardien ».');
    expect(summary).to.contain('Amélie Roux : +13 droits, −3 droits');
    expect(summary).to.contain('Perd : Factures — Consulter, Factures — Régler et Synthèse des sites — Générer la synthèse');
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'profile-created') as Promise<ProfileCreatedEvent>;
    await tabTo(el, button(el, 'Enregistrer'));
    await sendKeys({ press: 'Enter' });
    const e = await created;
    expect(e.name).to.equal('Gestionnaire de site');
    expect(e.userIds).to.deep.equal(['usr-karim', 'usr-amelie']);
    expect(e.rights).to.have.length(14);
    await until(() => !dialog(el).open, 'closed');
    await until(() => text(focused(el)) === 'Gestionnaire de site', 'focus on the new profile');
    expect(text(row(el, 'Karim Benali'))).to.contain('Gestionnaire de site');
    expect(text(row(el, 'Amélie Roux'))).to.contain('Gestionnaire de site');
    expect(text(row(el, 'Amélie Roux'))).to.contain('14 droits');
    expect(shadowText(el)).to.contain('Profil « Gestionnaire de site » créé, 2 utilisateurs rattachés.');
    expect(apiRequests()).to.include('POST /api/safety-register/profiles');
  });

  it('« Tout cocher » cycles as a mixed checkbox: mixed → all → none → the person’s selection', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Créer un profil'));
    await until(() => $(el, 'select[name="profile-source"]'), 'the form');
    await chooseOption($<HTMLSelectElement>(el, 'select[name="profile-source"]')!, 'usr-karim');
    const fs = moduleBox(el, 'Interventions');
    const all = box(fs, 'Tout cocher');
    const ticked = () => [...fs.querySelectorAll<HTMLInputElement>('input[name=right]')].filter((i) => i.checked).map((i) => i.value);
    const before = ticked();
    expect(all.indeterminate).to.equal(true);
    await clickOn(all);
    await until(() => all.checked && ticked().length === 4, 'all');
    await clickOn(all);
    await until(() => !all.checked && !all.indeterminate && ticked().length === 0, 'none');
    await clickOn(all);
    await until(() => all.indeterminate, 'mixed again');
    expect(ticked()).to.deep.equal(before);
  });

  it('a name taken and no right: said at the fields, focus on the name; nothing sent', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Créer un profil'));
    const name = await until(() => $<HTMLInputElement>(el, 'input[name="profile-name"]'), 'the form');
    await typeInto(name, 'gardien');
    await clickOn(button(el, 'Vérifier les changements'));
    await until(() => text(dialog(el)).includes('Cochez au moins un droit.'), 'the rights issue');
    expect(text(dialog(el))).to.contain('Un profil porte déjà ce nom.');
    expect(focused(el)).to.equal(name);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(apiRequests().filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('attach users to a profile, keyboard only: the summary, saved, profile-users-attached, the users list updated', async () => {
    const el = await mountLoaded();
    const open = button(el, 'Rattacher des utilisateurs au profil Direction');
    await tabTo(el, open);
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open && $(el, 'fieldset.users'), 'the users');
    const pierre = userBox(el, 'Pierre-Antoine');
    expect(pierre.disabled).to.equal(true);
    expect(pierre.checked).to.equal(true);
    const julien = userBox(el, 'Julien Moreau');
    await tabTo(el, julien);
    await sendKeys({ press: 'Space' });
    await until(() => julien.checked, 'Julien ticked');
    await tabTo(el, button(el, 'Vérifier les changements'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(dialog(el)).includes('Récapitulatif'), 'the summary');
    expect(norm(text(dialog(el)))).to.contain('Julien Moreau : +5 droits, −1 droit');
    await expect(el).to.be.accessible();
    const attached = oneEvent(el, 'profile-users-attached') as Promise<ProfileUsersAttachedEvent>;
    await tabTo(el, button(el, 'Enregistrer'));
    await sendKeys({ press: 'Enter' });
    const e = await attached;
    expect(e.profileId).to.equal('prf-direction');
    expect(e.userIds).to.deep.equal(['usr-julien']);
    await until(() => text(row(el, 'Julien Moreau')).includes('Direction'), 'Julien on Direction');
    expect(norm(shadowText(el))).to.contain('1 utilisateur rattaché au profil « Direction ».');
  });

  it('a save that fails on the way keeps every choice; « Enregistrer » again succeeds', async () => {
    const el = await mountLoaded();
    mock.worker.use(
      http.post(
        '/api/safety-register/profiles',
        () =>
          HttpResponse.json(
            { type: '/problems/server', title: 'Down', status: 503 },
            { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await clickOn(button(el, 'Créer un profil'));
    const name = await until(() => $<HTMLInputElement>(el, 'input[name="profile-name"]'), 'the form');
    await typeInto(name, 'Ronde de nuit');
    await clickOn(box(moduleBox(el, 'Interventions'), 'Consulter'));
    await clickOn(button(el, 'Vérifier les changements'));
    await until(() => text(dialog(el)).includes('Récapitulatif'), 'the summary');
    await clickOn(button(el, 'Enregistrer'));
    await until(() => $(el, 'dialog .problem'), 'the failure');
    expect(text($(el, 'dialog .problem'))).to.contain('vos choix sont conservés');
    await clickOn(button(el, 'Modifier'));
    await until(() => $<HTMLInputElement>(el, 'input[name="profile-name"]')?.value === 'Ronde de nuit', 'the name kept');
    expect(box(moduleBox(el, 'Interventions'), 'Consulter').checked).to.equal(true);
    await clickOn(button(el, 'Vérifier les changements'));
    await until(() => text(dialog(el)).includes('Récapitulatif'), 'the summary');
    await clickOn(button(el, 'Enregistrer'));
    await until(() => !dialog(el).open, 'saved');
    expect($$(el, 'li h4').map(text)).to.include('Ronde de nuit');
  });

  it('edit a profile from the eye: its users’ rights in the summary; someone changed it meanwhile (412): said, the changes kept, saved again', async () => {
    const el = await mountLoaded();
    await clickOn(button(el, 'Voir le profil Gardien'));
    await until(() => dialog(el).open, 'the view');
    await clickOn(button(el, 'Modifier le profil'));
    const synth = await until(
      () => $(el, 'fieldset.matrix') && box(moduleBox(el, 'Synthèse des sites'), 'Générer la synthèse'),
      'the matrix',
    );
    expect($(el, 'fieldset.users')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[name="profile-name"]')!.value).to.equal('Gardien');
    await pressSpaceOn(synth);
    await until(() => synth.checked, 'ticked');
    await clickOn(button(el, 'Vérifier les changements'));
    await until(() => text(dialog(el)).includes('Récapitulatif'), 'the summary');
    expect(norm(text(dialog(el)))).to.contain('Karim Benali : +1 droit');
    mock.worker.use(
      http.put(
        '/api/safety-register/profiles/:id',
        () =>
          HttpResponse.json(
            { type: '/problems/stale-version', title: 'Stale', status: 412, currentVersion: 1 },
            { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await clickOn(button(el, 'Enregistrer'));
    await until(() => $(el, 'dialog .problem'), 'the conflict');
    expect(norm(text($(el, 'dialog .problem')))).to.contain('Quelqu’un a modifié ce profil entre-temps');
    expect(focused(el)).to.equal(button(el, 'Enregistrer'));
    const updated = oneEvent(el, 'profile-updated') as Promise<ProfileUpdatedEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await updated;
    expect(e.rights).to.include('synthese:generer');
    await until(() => text(row(el, 'Karim Benali')).includes('6 droits'), 'Karim’s rights updated');
  });

  it('error with retry', async () => {
    mock.worker.use(http.get('/api/safety-register/profiles', () => HttpResponse.json({ title: 'Down', status: 500 }, { status: 500 })));
    const el = await mountLoaded();
    expect(text($(el, '.problem'))).to.contain('n’ont pas pu être chargés');
    mock.worker.resetHandlers();
    await clickOn(button(el, 'Réessayer'));
    await until(() => $(el, 'table'), 'the lists');
  });

  it('at 360 px in dark mode: nothing wider than the screen, the editor scrolls inside the dialog; axe', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await mountLoaded({ theme: 'dark' });
      expect(el.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
      await clickOn(button(el, 'Créer un profil'));
      await until(() => dialog(el).open && $(el, 'fieldset.matrix'), 'the editor');
      const d = dialog(el);
      expect(d.getBoundingClientRect().width).to.be.at.most(360);
      expect(d.scrollWidth).to.be.at.most(d.clientWidth + 1);
      // The form scrolls on its own (overflow auto): nothing in it wider than it (the source select's options).
      const form = $(el, 'dialog .body')!;
      expect(form.scrollWidth).to.be.at.most(form.clientWidth + 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it('en: the same lists in English', async () => {
    const el = await mountLoaded({ locale: 'en' });
    expect(text($(el, 'h2'))).to.equal('User profiles');
    expect(text(row(el, 'Sophie Lefèvre'))).to.contain('Custom rights');
    expect(text(row(el, 'Sophie Lefèvre'))).to.contain('13 rights');
  });
});

describe('<user-profiles> register:empty and register:restricted (SR-PROFILES)', () => {
  it('empty: no profile, only Claire; axe', async () => {
    await useScenario('register:empty');
    const el = await mountLoaded();
    expect($$(el, 'tbody tr')).to.have.length(1);
    expect(shadowText(el)).to.contain('Aucun profil pour le moment.');
    await expect(el).to.be.accessible();
  });

  it('restricted: the access notice shows, no user or profile', async () => {
    await useScenario('register:restricted');
    const el = await mount();
    await until(() => $(el, 'register-access-notice'), 'the notice');
    expect($(el, 'table')).to.equal(null);
    expect(shadowText(el)).not.to.contain('Karim');
  });
});
