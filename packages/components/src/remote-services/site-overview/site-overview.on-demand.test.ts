/**
 * RS-OVERVIEW, RS-ALARMS — the overview page's on-demand code (issue 9's size budgets), on a cold
 * page (this file runs in a page of its own: nothing of it is loaded yet), with real input: the
 * schedule editor opens with a real click and saves; a priority 2 alarm of « Alarmes ouvertes » is
 * cancelled with the keyboard; the test mode is started with the keyboard. No module loads before the
 * user acts.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';

// Every module this page fetches is a resource entry (the default buffer keeps 250).
performance.setResourceTimingBufferSize(100_000);
const loaded = (name: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(name));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

async function mount(siteId: string) {
  const provider = await fixture<VigieProvider>(
    html`<vigie-provider now=${NOW} locale="fr"><site-overview site-id=${siteId}></site-overview></vigie-provider>`,
  );
  const el = provider.querySelector('site-overview')!;
  const schedule = await until(
    () =>
      el.shadowRoot!.querySelector('site-schedule')?.shadowRoot?.querySelector('.days .day') &&
      el.shadowRoot!.querySelector('site-schedule')!,
    'the schedule',
    10_000,
  );
  const alarms = await until(
    () =>
      el.shadowRoot!.querySelector('active-alarms')?.shadowRoot?.querySelector('[part~=list], [part~=empty]') &&
      el.shadowRoot!.querySelector('active-alarms')!,
    'the open alarms',
    15_000,
  );
  return { el, schedule: schedule.shadowRoot!, alarms };
}

describe('<site-overview> on a cold page: code loaded on demand (RS-OVERVIEW, RS-ALARMS)', function () {
  this.timeout(40_000);
  let mock: MockWorker;
  before(async () => {
    await import('../../define/vigie-provider.js');
    await import('../../define/site-overview.js');
  });
  beforeEach(async () => {
    mock = await useScenario('remote:default');
  });

  it('the schedule editor: not loaded with the page; a real click on « Ajouter un horaire temporaire » opens it (focus on its date), Enregistrer saves with a toast and schedule-changed', async () => {
    const { el, schedule } = await mount('site-01');
    // The first screen is there, the editor's code is not.
    expect(loaded('site-schedule-editor.on-demand')).to.equal(false);
    const add = [...schedule.querySelectorAll('button')].find((b) => text(b) === 'Ajouter un horaire temporaire')!;
    await clickOn(add);
    const date = await until(() => schedule.querySelector<HTMLSelectElement>('form select'), 'the form', 10_000);
    expect(loaded('site-schedule-editor.on-demand')).to.equal(true);
    expect(schedule.activeElement).to.equal(date);
    expect(text(schedule.querySelector('form h4'))).to.equal('Nouvel horaire temporaire');
    const changed = oneEvent(el, 'schedule-changed');
    const save = [...schedule.querySelectorAll('form button')].find((b) => text(b) === 'Enregistrer')!;
    await clickOn(save);
    expect(((await changed) as unknown as { date: string }).date).to.equal(NOW);
    await until(() => !schedule.querySelector('form'), 'the form closes');
    const toast = await until(() => el.shadowRoot!.querySelector('.vigie-toast-text'), 'the toast');
    expect(text(toast)).to.equal('Horaire temporaire du 10/03/2026 enregistré.');
    expect(text(schedule.querySelectorAll('.days .day')[0])).to.contain('Horaire temporaire');
  });

  it('« Annuler l’alarme » with the keyboard: the confirmation loads on the key, opens with the focus on « Non, garder l’alarme », and the priority 2 alarm is cancelled', async () => {
    const p2 = mock.remote.openAlarms().find((a) => a.priority === 2 && a.dispatchedAt === null)!;
    const { el, alarms } = await mount(p2.siteId);
    const root = alarms.shadowRoot!;
    expect(loaded('active-alarms-cancel.on-demand')).to.equal(false);
    const row = await until(
      () => [...root.querySelectorAll('[part~=alarm]')].find((r) => text(r).includes(p2.zone)),
      'the priority 2 alarm',
    );
    const button = row.querySelector<HTMLButtonElement>('[part~=cancel]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation', 10_000);
    expect(loaded('active-alarms-cancel.on-demand')).to.equal(true);
    expect(text(dialog)).to.contain('Annuler cette alarme\u202f?').and.contain(p2.zone);
    await until(() => text(root.activeElement) === 'Non, garder l’alarme', 'the focus on « Non, garder l’alarme »');
    const cancelled = oneEvent(alarms, 'alarm-cancelled');
    await sendKeys({ press: 'Tab' });
    expect(text(root.activeElement)).to.equal('Oui, annuler l’alarme');
    await sendKeys({ press: 'Enter' });
    expect(((await cancelled) as unknown as { alarmId: string }).alarmId).to.equal(p2.id);
    // Inside the overview, the list's toast is told in the overview's live region (one per widget tree).
    const toast = await until(
      () => root.querySelector('[part~=toast-success]') ?? el.shadowRoot!.querySelector('[part~=toast-success]'),
      'the success toast',
    );
    expect(text(toast)).to.contain(`Alarme annulée\u202f: ${p2.siteName}, ${p2.zone}.`);
    expect(mock.remote.openAlarms().some((a) => a.id === p2.id)).to.equal(false);
  });

  it('« Mettre en mode test » with the keyboard: the duration choice loads on the key (aria-expanded), 2 h is chosen and « Démarrer » starts the test mode; the focus goes to « Arrêter le mode test »', async () => {
    const { el } = await mount('site-03');
    const root = el.shadowRoot!;
    expect(loaded('site-test-mode.on-demand')).to.equal(false);
    expect(root.querySelector('.tm-start')).to.equal(null);
    const open = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Mettre en mode test')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    const select = await until(() => root.querySelector<HTMLSelectElement>('.tm-start select'), 'the duration choice', 10_000);
    expect(loaded('site-test-mode.on-demand')).to.equal(true);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(open);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(select);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.value === '120', '2 h chosen');
    await sendKeys({ press: 'Tab' });
    expect(text(root.activeElement)).to.equal('Démarrer');
    const changed = oneEvent(el, 'test-mode-changed');
    await sendKeys({ press: 'Enter' });
    const until_ = ((await changed) as unknown as { until: string }).until;
    expect(Date.parse(until_) - Date.parse(`${NOW}T12:00:00+01:00`)).to.equal(2 * 3600_000);
    await until(() => text(root.activeElement) === 'Arrêter le mode test', 'the focus on « Arrêter le mode test »');
    expect(text(root.querySelector('[role=timer]'))).to.equal('Temps restant\u202f: 2 h 00 min');
    expect(text(root.querySelector('.vigie-toast-text'))).to.equal('Mode test activé jusqu’à 14:00.');
  });
});
