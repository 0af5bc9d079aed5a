import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SiteOverview } from './site-overview.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { chooseOption, clickOn, shadowText, until, useScenario, pressKeys } from '../../../test/helpers.js';
import { NOW } from '../../../test/helpers.js';
import { overflowReport } from '../../../test/layout.js';

async function mount(opts: { siteId?: string; locale?: string; now?: string | null; theme?: string } = {}) {
  const { siteId = 'site-01', locale = 'fr', now = NOW, theme } = opts;
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${now ?? ''} locale=${locale} theme=${theme ?? 'light'}><site-overview site-id=${siteId}></site-overview></vigie-provider>
  `);
  if (theme === 'dark') provider.parentElement!.style.background = '#0d1117';
  const el = provider.querySelector('site-overview')!;
  return { provider, el };
}

/** The next event of that name, typed. */
const next = <K extends keyof HTMLElementEventMap>(el: Element, name: K) =>
  oneEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const byText = (el: Element, selector: string, text: string) =>
  $$(el, selector).find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
/** The schedule's own shadow root (`<site-schedule>`, loaded after the overview painted). */
const sched = (el: Element) => $(el, 'site-schedule')?.shadowRoot ?? undefined;
const ready = (el: SiteOverview) =>
  until(() => sched(el)?.querySelector('.days .day') && $(el, '.tm-status'), 'the overview, its test mode and its schedule', 8000);
const S = <T extends Element = HTMLElement>(el: Element, selector: string) => sched(el)!.querySelector<T>(selector);
const SS = <T extends Element = HTMLElement>(el: Element, selector: string) => [...sched(el)!.querySelectorAll<T>(selector)];
const sByText = (el: Element, selector: string, text: string) =>
  SS(el, selector).find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
const sActive = (el: Element) => sched(el)!.activeElement as HTMLElement | null;
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const toastText = (el: Element) => $$(el, '.vigie-toast-text').map((t) => t.textContent!.trim());

async function retype(field: HTMLInputElement, value: string) {
  field.focus();
  await pressKeys('Control+A');
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

describe('<site-overview> (RS-OVERVIEW)', function () {
  // Real input on a shared machine: a person's pace, not a unit test's.
  this.timeout(30_000);
  it('shows the site with its nickname and address, each system as text and an icon, the test mode and the 31 days of the schedule; accessible', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    await ready(el);
    expect($(el, 'h2')!.textContent).to.equal('Le grand dépôt');
    expect(shadowText(el)).to.contain('Nom du site : Entrepôt Lyon-Gerland');
    const alarms = $(el, 'active-alarms')!;
    expect(alarms.getAttribute('site-id')).to.equal('site-01');
    await until(
      () => alarms.shadowRoot?.querySelector('h2')?.textContent?.includes('Alarmes ouvertes'),
      'the open alarms of the site',
      8000,
    );
    const systems = $$(el, '.system');
    expect(systems.length).to.be.greaterThan(0);
    for (const s of systems) {
      expect(s.querySelector('.state-chip')!.textContent!.trim()).to.match(/^(Activé|Partiel|Désactivé)$/);
      expect(s.querySelector('.state-chip svg')).to.exist;
    }
    expect(shadowText(el)).to.contain('Mode test désactivé');
    const days = SS(el, '.days .day');
    expect(days).to.have.length(31);
    expect(days[0]!.textContent).to.contain('mar. 10/03/2026').and.contain('Aujourd’hui');
    expect(days[30]!.textContent).to.contain('jeu. 09/04/2026');
    await expect(el).to.be.accessible();
  });

  it('without a site: a clear prompt, no request', async () => {
    await useScenario('remote:default');
    const { el } = await mount({ siteId: '' });
    await el.updateComplete;
    await until(() => shadowText(el), 'the prompt');
    expect(shadowText(el)).to.equal('Choisissez un site dans la liste pour afficher sa vue d’ensemble.');
  });

  it('loading, then error with retry (any:error-500)', async () => {
    await useScenario('any:error-500');
    const { el } = await mount();
    await until(() => $(el, '[role=alert]'), 'the error');
    expect(shadowText(el)).to.contain('La vue d’ensemble du site n’a pas pu être chargée.');
    const m = await useScenario('remote:default');
    void m;
    await clickOn(byText(el, 'button', 'Réessayer')!);
    await ready(el);
  });

  it('test mode: « Mettre en mode test » opens the duration choice; choose 2 h, start — the end time, a timer that is not live, a success toast, the event, focus on « Arrêter le mode test »; then stop', async () => {
    await useScenario('remote:default');
    const { el } = await mount({ siteId: 'site-03' });
    await ready(el);
    const open = byText(el, 'button', 'Mettre en mode test')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    await clickOn(open);
    const select = await until(() => $<HTMLSelectElement>(el, '.tm-start select'), 'the duration choice', 8000);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(open.getAttribute('aria-controls')).to.equal($(el, '.tm-start')!.id);
    await chooseOption(select, '120');
    const changed = next(el, 'test-mode-changed');
    await clickOn(byText(el, '.tm-start button', 'Démarrer')!);
    const e = await changed;
    expect(e.siteId).to.equal('site-03');
    expect(Date.parse(e.until!) - Date.parse(`${NOW}T12:00:00+01:00`)).to.equal(2 * 3600_000);
    await until(() => $(el, '[role=timer]'), 'the timer');
    expect(shadowText(el)).to.contain('Mode test activé jusqu’à 14:00');
    const timer = $(el, '[role=timer]')!;
    expect(timer.getAttribute('aria-live')).to.equal('off');
    expect(timer.textContent!.trim()).to.equal('Temps restant\u202f: 2 h 00 min');
    expect(toastText(el)).to.deep.equal(['Mode test activé jusqu’à 14:00.']);
    expect($(el, '.vigie-toasts')!.getAttribute('aria-live')).to.equal('polite');
    await until(() => active(el)?.textContent?.includes('Arrêter le mode test'), 'focus on stop');
    await expect(el).to.be.accessible();
    const stopped = next(el, 'test-mode-changed');
    await sendKeys({ press: 'Enter' });
    expect((await stopped).until).to.equal(null);
    await until(() => shadowText(el).includes('Mode test désactivé'), 'off');
    await until(() => active(el)?.textContent?.includes('Mettre en mode test'), 'focus back on start');
    // Closed again: the duration choice shows only when asked.
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.tm-start')).to.equal(null);
  });

  it('test mode ends by itself at the end the server gave, without a reload', async () => {
    const m = await useScenario('remote:default');
    const until0 = new Date(Date.now() + 1500).toISOString();
    m.worker.use(
      http.get('*/api/remote/sites/:id/test-mode', () =>
        HttpResponse.json({
          siteId: 'site-02',
          until: Date.now() < Date.parse(until0) ? until0 : null,
          serverTime: new Date().toISOString(),
        }),
      ),
    );
    const { el } = await mount({ siteId: 'site-02', now: null });
    await until(() => $(el, '[role=timer]'), 'the timer');
    const ended = await next(el, 'test-mode-changed');
    expect(ended.until).to.equal(null);
    expect(Date.now()).to.be.at.least(Date.parse(until0));
    await until(() => shadowText(el).includes('Mode test désactivé'), 'off on its own');
    expect($(el, '[role=timer]')).to.equal(null);
    expect(toastText(el)).to.include('Le mode test est terminé\u202f: la télésurveillance a repris.');
  });

  it('test mode after the tab was hidden: the late timer does not matter, visibilitychange turns it off at once', async () => {
    const m = await useScenario('remote:default');
    const end = new Date(Date.now() + 5000).toISOString();
    m.worker.use(
      http.get('*/api/remote/sites/:id/test-mode', () =>
        HttpResponse.json({ siteId: 'site-02', until: Date.now() < Date.parse(end) ? end : null, serverTime: new Date().toISOString() }),
      ),
    );
    // A hidden tab's timers sleep: long timers are held back while "hidden".
    const realSetTimeout = window.setTimeout;
    let changes = 0;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) =>
      ms !== undefined && ms >= 1500 ? 0 : realSetTimeout(fn, ms, ...args)) as typeof window.setTimeout;
    try {
      const { el } = await mount({ siteId: 'site-02', now: null });
      el.addEventListener('test-mode-changed', () => changes++);
      await until(() => $(el, '[role=timer]'), 'the timer');
      await new Promise((r) => realSetTimeout(r, Date.parse(end) - Date.now() + 200));
      expect(changes).to.equal(0);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => changes === 1, 'the end on visibilitychange');
      await until(() => shadowText(el).includes('Mode test désactivé'), 'off');
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it('schedule: day 31 cannot be chosen; a wrong range shows a clear error on its field and keeps the input; fixed, it is saved with a toast and schedule-changed', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    await ready(el);
    await clickOn(sByText(el, 'button', 'Ajouter un horaire temporaire')!);
    const date = await until(() => S<HTMLSelectElement>(el, 'form select'), 'the form');
    expect(sActive(el)).to.equal(date);
    const values = [...date.options].map((o) => o.value);
    expect(values).to.have.length(31);
    expect(values[0]).to.equal('2026-03-10');
    expect(values.at(-1)).to.equal('2026-04-09');
    await chooseOption(date, '2026-03-12');
    // The day's usual hours are offered (two ranges); keep one.
    expect(SS<HTMLInputElement>(el, 'form .range input').map((i) => i.value)).to.deep.equal(['08:00', '12:00', '13:30', '18:30']);
    await clickOn(sByText(el, 'form button', 'Retirer la plage 2')!);
    expect(SS(el, 'form .range')).to.have.length(1);
    const [start, end] = SS<HTMLInputElement>(el, 'form .range input');
    await retype(start!, '18:00');
    await retype(end!, '09:00');
    await clickOn(sByText(el, 'form button', 'Enregistrer')!);
    await until(() => S(el, '.field-error'), 'the error');
    expect(S(el, '.field-error')!.textContent!.trim()).to.equal('La fermeture doit suivre l’ouverture.');
    expect(end!.getAttribute('aria-invalid')).to.equal('true');
    expect(sActive(el)).to.equal(end);
    expect(end!.value).to.equal('09:00');
    await retype(end!, '20:00');
    const changed = next(el, 'schedule-changed');
    await clickOn(sByText(el, 'form button', 'Enregistrer')!);
    expect((await changed).date).to.equal('2026-03-12');
    await until(() => !S(el, 'form'), 'the form closes');
    expect(toastText(el)).to.deep.equal(['Horaire temporaire du 12/03/2026 enregistré.']);
    const row = SS(el, '.days .day')[2]!;
    expect(row.textContent).to.contain('18:00 – 20:00').and.contain('Horaire temporaire');
    expect(sActive(el)?.dataset.focus).to.equal('day-2026-03-12');
    await expect(el).to.be.accessible();
  });

  it('schedule: a failed save says so in a toast and keeps everything typed', async () => {
    const m = await useScenario('remote:default');
    m.worker.use(
      http.post('*/api/remote/sites/:id/schedule/exceptions', () =>
        HttpResponse.json({ type: '/problems/internal-error', title: 'Boom', status: 500 }, { status: 500 }),
      ),
    );
    const { el } = await mount();
    await ready(el);
    await clickOn(sByText(el, 'button', 'Ajouter un horaire temporaire')!);
    await until(() => S(el, 'form'), 'the form');
    const reason = S<HTMLInputElement>(el, 'form input[data-focus=schedule-field-reason]')!;
    await retype(reason, 'Inventaire annuel');
    await clickOn(sByText(el, 'form button', 'Enregistrer')!);
    await until(() => toastText(el).length, 'the error toast', 8000);
    expect(toastText(el)[0]).to.equal('L’horaire temporaire n’a pas été enregistré. Vos saisies sont conservées\u202f: réessayez.');
    expect(S<HTMLInputElement>(el, 'form input[data-focus=schedule-field-reason]')!.value).to.equal('Inventaire annuel');
  });

  it('schedule with the keyboard: « Modifier » on a day opens the form for that day, Escape closes it and gives the focus back', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    await ready(el);
    const edit = SS<HTMLButtonElement>(el, '.days .day .link')[3]!;
    expect(edit.getAttribute('aria-label')).to.equal('Modifier les horaires du 13/03/2026');
    edit.focus();
    await sendKeys({ press: 'Enter' });
    const date = await until(() => S<HTMLSelectElement>(el, 'form select'), 'the form');
    expect(date.value).to.equal('2026-03-13');
    expect(sActive(el)).to.equal(date);
    await sendKeys({ press: 'Escape' });
    await until(() => !S(el, 'form'), 'the form closes');
    await until(() => sActive(el)?.dataset.focus === 'schedule-add', 'the focus back on « Ajouter »');
  });

  it('a host that sets tab opens it without tab-changed; contacts-tab-requested from the call-list editor opens and focuses the contacts tab', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    await ready(el);
    let changes = 0;
    el.addEventListener('tab-changed', () => changes++);
    el.tab = 'call-lists';
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect($(el, '[role=tab][aria-selected=true]')!.textContent!.trim()).to.equal('Listes d’appels');
    const editor = await until(() => $(el, 'call-list-editor'), 'the call-list editor', 8000);
    // What the editor fires when « the person is missing » is pressed (its own tests press it).
    const request = new Event('contacts-tab-requested', { bubbles: true, composed: true, cancelable: true });
    editor.dispatchEvent(request);
    expect(request.defaultPrevented).to.be.true;
    await until(() => el.tab === 'contacts', 'the contacts tab');
    expect(changes).to.equal(1);
    await until(() => active(el)?.textContent?.trim() === 'Contacts', 'the focus on the contacts tab');
    await until(() => $(el, 'site-contacts'), 'the contacts', 8000);
  });

  it('tabs: arrow keys move and open (WAI-ARIA tabs), tab-changed fires, the events tab loads the site log with its filters', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    await ready(el);
    const tabs = $$(el, '[role=tab]');
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Systèmes', 'Événements', 'Listes d’appels', 'Contacts']);
    tabs[0]!.focus();
    const changed = next(el, 'tab-changed');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).tab).to.equal('events');
    expect(el.tab).to.equal('events');
    expect(active(el)).to.equal(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs[0]!.getAttribute('tabindex')).to.equal('-1');
    const log = await until(() => $(el, 'site-event-log'), 'the log element');
    await until(() => log.shadowRoot?.querySelector('ol li'), 'the log entries', 8000);
    const count = () => log.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    const all = Number(count().split(' ')[0]);
    expect(all).to.be.greaterThan(20);
    const alarms = [...log.shadowRoot!.querySelectorAll('label.check')].find((l) => l.textContent!.includes('Alarmes'))!;
    await clickOn(alarms.querySelector('input')!);
    await until(() => Number(count().split(' ')[0]) < all, 'filtered');
    expect([...log.shadowRoot!.querySelectorAll('ol li .what')].every((w) => /^Alarme/.test(w.textContent!))).to.be.true;
    await expect(log).to.be.accessible();
    await sendKeys({ press: 'End' }).catch(() => undefined);
    tabs[1]!.focus();
    await sendKeys({ press: 'End' });
    expect(el.tab).to.equal('contacts');
    await sendKeys({ press: 'Home' });
    expect(el.tab).to.equal('systems');
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.tab).to.equal('contacts');
  });

  it('the nickname given in <id-pin-links> shows at once (site-renamed on the document)', async () => {
    await useScenario('remote:default');
    const { el } = await mount({ siteId: 'site-05' });
    await ready(el);
    const renamed = Object.assign(new Event('site-renamed', { bubbles: true, composed: true }), {
      siteId: 'site-05',
      nickname: 'L’atelier du centre',
    });
    document.dispatchEvent(renamed);
    await until(() => $(el, 'h2')!.textContent === 'L’atelier du centre', 'the new nickname');
  });

  it('English, dark, and 360 px wide without horizontal overflow', async () => {
    await useScenario('remote:default');
    await setViewport({ width: 360, height: 800 });
    try {
      const { el } = await mount({ locale: 'en', theme: 'dark', siteId: 'site-04' });
      await ready(el);
      expect(shadowText(el)).to.contain('Test mode off');
      expect(sched(el)!.textContent).to.contain('Monitoring schedule');
      await clickOn(sByText(el, 'button', 'Add temporary hours')!);
      await until(() => S(el, 'form'), 'the form');
      expect(overflowReport(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
