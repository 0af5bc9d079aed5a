/**
 * RS-ALARMS — `<active-alarms>` against the mock (msw: the snapshot route and the live stream through
 * msw's `sse()`), in Chromium, driven by real input: cancel a priority 2 with the confirmation
 * (mouse and keyboard), no button on a priority 1, a new alarm pushed by the stream appears at the
 * top, the refusal of the server, a failure, the error state with « Réessayer », axe.
 */
import { expect, fixture, html, oneEvent as anyEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient } from '@vigie/core';
import { alarmListeners, closeAlarm, dispatchPatrol, raiseAlarm } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/active-alarms.js';
import type { ActiveAlarms } from './active-alarms.js';

const oneEvent = <K extends keyof HTMLElementEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<HTMLElementEventMap[K]>;

async function mount(opts: { locale?: string; siteId?: string } = {}) {
  // A provider token, as a host gives one: the stream sends it (EventSource could not).
  const client = createClient({ baseUrl: '/api', getToken: () => 'test-token', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${opts.locale ?? 'fr'} .client=${client}>
      <active-alarms site-id=${opts.siteId ?? ''}></active-alarms>
    </vigie-provider>
  `);
  const el = provider.querySelector<ActiveAlarms>('active-alarms')!;
  await until(() => el.shadowRoot!.querySelector('[part~=list], [part~=empty], [part~=error]'), 'the alarms', 15_000);
  await until(() => el.shadowRoot!.querySelector('[data-link=live]'), 'the live stream', 15_000);
  return { provider, el };
}

const $ = <T extends Element = HTMLElement>(el: ActiveAlarms, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: ActiveAlarms, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The text, runs of ordinary white space collapsed (the narrow no-break spaces of French typography kept). */
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const rows = (el: ActiveAlarms) => $$(el, '[part~=alarm]');
const rowOf = (el: ActiveAlarms, site: string, zone: string) => rows(el).find((r) => text(r).includes(site) && text(r).includes(zone));
const focused = (el: ActiveAlarms) => el.shadowRoot!.activeElement;

let mock: MockWorker;

describe('<active-alarms> (RS-ALARMS)', function () {
  // A stream, axe and real input on a shared, loaded machine: more than mocha's 10 s default.
  this.timeout(40_000);
  beforeEach(async () => {
    mock = await useScenario('remote:default');
  });

  it('lists the open alarms newest first, with priority, site, zone, kind, age and time, and the patrol state', async () => {
    const { el } = await mount();
    const list = rows(el);
    expect(list.length).to.equal(mock.remote.openAlarms().length);
    const first = mock.remote.openAlarms()[0]!;
    expect(text(list[0])).to.contain('Priorité 1').and.contain('Incendie').and.contain(first.siteName).and.contain(first.zone);
    expect(text(list[0])).to.contain('Déclenchée il y a 3\u202fmin, à');
    expect(text(list[0])).to.contain('Patrouille pas encore envoyée');
    expect(list.some((r) => /Patrouille envoyée à \d\d:\d\d/.test(text(r)))).to.equal(true);
    expect(text($(el, '[part~=status]'))).to.equal('En direct');
    expect(text($(el, 'h2'))).to.match(/^Alarmes actives \d+$/);
    await expect(el).to.be.accessible();
  });

  it('RS-ALARMS: a priority 1 alarm says why it cannot be cancelled and has no button; a dispatched one neither', async () => {
    const { el } = await mount();
    for (const row of rows(el).filter((r) => r.dataset.priority === '1')) {
      expect(row.querySelector('button')).to.equal(null);
      expect(text(row)).to.contain('pour des raisons de sécurité, cette alarme ne peut pas être annulée');
    }
    const dispatched = rows(el).find((r) => r.dataset.priority !== '1' && /Patrouille envoyée/.test(text(r)))!;
    expect(dispatched.querySelector('button')).to.equal(null);
    expect(text(dispatched)).to.contain('ne peut plus être annulée');
  });

  it('RS-ALARMS: cancels a priority 2 alarm after the confirmation (mouse): a toast, `alarm-cancelled`, the row goes, the focus on the heading', async () => {
    const { el } = await mount();
    const p2 = mock.remote.openAlarms().find((a) => a.priority === 2 && a.dispatchedAt === null)!;
    const row = rowOf(el, p2.siteName, p2.zone)!;
    const button = row.querySelector<HTMLButtonElement>('button')!;
    expect(button.getAttribute('aria-label')).to.equal(`Annuler l’alarme de priorité 2, ${p2.siteName}, ${p2.zone}`);
    await clickOn(button);
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirmation');
    expect(text(dialog)).to.contain('Annuler cette alarme\u202f?').and.contain(p2.zone);
    expect(text(focused(el))).to.equal('Non, garder l’alarme');
    await expect(el).to.be.accessible();
    const cancelled = oneEvent(el, 'alarm-cancelled');
    const yes = [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Oui, annuler l’alarme')!;
    await clickOn(yes);
    const e = await cancelled;
    expect([e.alarmId, e.siteId, e.bubbles, e.composed]).to.deep.equal([p2.id, p2.siteId, true, true]);
    await until(() => !rowOf(el, p2.siteName, p2.zone), 'the row to go');
    expect($(el, 'dialog[open]')).to.equal(null);
    const toast = await until(() => $(el, '[part~=toast-success]'), 'the success toast');
    expect(text(toast)).to.contain(`Alarme annulée\u202f: ${p2.siteName}, ${p2.zone}.`);
    expect(focused(el)?.id).to.equal('heading');
    expect(mock.remote.openAlarms().some((a) => a.id === p2.id)).to.equal(false);
  });

  it('the keyboard path: Enter opens, Escape keeps the alarm and gives the focus back to its button', async () => {
    const { el } = await mount();
    const button = $$<HTMLButtonElement>(el, '[part~=cancel]')[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, 'dialog[open]'), 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog[open]'), 'the confirmation to close');
    await until(() => focused(el) === button, 'the focus back on the button');
    const before = rows(el).length;
    // Tab to « Oui, annuler » and confirm with the keyboard.
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, 'dialog[open]'), 'the confirmation again');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Oui, annuler l’alarme');
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === before - 1, 'one row less');
  });

  it('RS-ALARMS: the stream pushes a new alarm: it appears at the top, `alarm-raised` fires, and it is said politely', async () => {
    const { el } = await mount();
    const raisedEvent = oneEvent(el, 'alarm-raised');
    const a = raiseAlarm(mock.remote, { siteId: 'site-04', kind: 'tamper', zone: 'Zone 9 — Toit' });
    const e = await raisedEvent;
    expect(e.alarm.id).to.equal(a.id);
    await until(() => text(rows(el)[0]).includes('Zone 9 — Toit'), 'the new alarm on top');
    expect(text(rows(el)[0]))
      .to.contain('Autoprotection')
      .and.contain('à l’instant');
    const spoken = await until(() => text($(el, '[part~=toasts] .vigie-visually-hidden')), 'the announcement');
    expect(spoken).to.equal(`Nouvelle alarme, priorité 2, autoprotection\u202f: ${a.siteName}, Zone 9 — Toit.`);
    // The patrol dispatched: the button goes; a closed alarm leaves the list.
    dispatchPatrol(mock.remote, a.id);
    await until(() => !rows(el)[0]!.querySelector('button'), 'the button to go');
    closeAlarm(mock.remote, a.id);
    await until(() => !text(rows(el)[0]).includes('Zone 9 — Toit'), 'the closed alarm to leave');
  });

  it('RS-ALARMS: the patrol dispatched while the confirmation is open closes it and says so; nothing is sent', async () => {
    const { el } = await mount();
    const p = mock.remote.openAlarms().find((a) => a.priority !== 1 && a.dispatchedAt === null)!;
    await clickOn(rowOf(el, p.siteName, p.zone)!.querySelector('button')!);
    await until(() => $(el, 'dialog[open]'), 'the confirmation');
    dispatchPatrol(mock.remote, p.id);
    await until(() => !$(el, 'dialog[open]'), 'the confirmation to close');
    const toast = await until(() => $(el, '[part~=toast-error]'), 'the error toast', 15_000);
    expect(text(toast)).to.contain('La patrouille a déjà été envoyée');
  });

  it('a failed cancellation is an error toast; the alarm stays, its button keeps the focus', async () => {
    const { el } = await mount();
    mock.worker.use(
      http.post('*/api/remote/alarms/:id/cancel', () => HttpResponse.json({ type: '/problems/internal', status: 500 }, { status: 500 })),
    );
    const button = $$<HTMLButtonElement>(el, '[part~=cancel]')[0]!;
    const before = rows(el).length;
    await clickOn(button);
    await until(() => $(el, 'dialog[open]'), 'the confirmation');
    await clickOn([...$(el, 'dialog')!.querySelectorAll('button')].at(-1)!);
    const toast = await until(() => $(el, '[part~=toast-error]'), 'the error toast', 15_000);
    expect(text(toast)).to.contain('n’a pas pu être annulée');
    expect(rows(el).length).to.equal(before);
    await until(() => focused(el) === button, 'the focus on the button');
  });

  it('with site-id: only that site’s alarms, « Alarmes ouvertes », and its own empty state', async () => {
    const site = mock.remote.openAlarms().find((a) => a.priority === 2)!.siteId;
    const { el } = await mount({ siteId: site });
    expect(text($(el, 'h2'))).to.match(/^Alarmes ouvertes/);
    expect(rows(el).length).to.equal(mock.remote.openAlarms(site).length);
    const other = await mount({ siteId: 'site-12' });
    expect(text($(other.el, '[part~=empty]'))).to.equal('Aucune alarme ouverte sur ce site.');
  });

  it('the stream is closed when the element leaves the page (the mock stops following it)', async () => {
    const { el } = await mount();
    expect(alarmListeners(mock.remote)).to.equal(1);
    el.remove();
    await until(() => alarmListeners(mock.remote) === 0, 'the stream to close', 15_000);
  });

  it('the error state with « Réessayer », in English', async () => {
    mock.worker.use(
      http.get('*/api/remote/alarms', () => HttpResponse.json({ type: '/problems/internal', status: 500 }, { status: 500 }), {
        once: true,
      }),
    );
    const client = createClient({ baseUrl: '/api', getToken: () => 't', retry: { limit: 0 } });
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="en" .client=${client}><active-alarms></active-alarms></vigie-provider>`,
    );
    const el = provider.querySelector<ActiveAlarms>('active-alarms')!;
    const error = await until(() => $(el, '[part~=error]'), 'the error');
    expect(text(error)).to.contain('The alarms could not be loaded.');
    await expect(el).to.be.accessible();
    await clickOn(error.querySelector('button')!);
    await until(() => rows(el).length > 0, 'the alarms after the retry');
    expect(text($(el, 'h2'))).to.match(/^Active alarms/);
  });
});
