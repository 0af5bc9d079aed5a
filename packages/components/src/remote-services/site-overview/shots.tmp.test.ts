import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { NOW, until, useScenario } from '../../../test/helpers.js';

const shot = (name: string) => executeServerCommand('shot', { path: `/tmp/shots-overview/${name}.png` });

async function mount(siteId: string, o: { locale?: string; theme?: string; width?: number } = {}) {
  fixtureCleanup();
  await setViewport({ width: o.width ?? 900, height: 900 });
  document.body.style.background = o.theme === 'dark' ? '#0d1117' : '#fff';
  const p = await fixture(html`<vigie-provider now=${NOW} locale=${o.locale ?? 'fr'} theme=${o.theme ?? 'light'}><site-overview site-id=${siteId}></site-overview></vigie-provider>`);
  const el = p.querySelector('site-overview')!;
  await until(() => el.shadowRoot!.querySelector('site-schedule')?.shadowRoot?.querySelector('.days .day') && el.shadowRoot!.querySelector('.tm-status'), 'ready', 20000);
  return el;
}

it('shots', async () => {
  await useScenario('remote:default');
  await mount('site-01');
  await shot('fr-900');
  const m = await useScenario('remote:default');
  void m;
  await mount('site-04', { width: 360 });
  await shot('fr-360');
  const el = await mount('site-02', { theme: 'dark', locale: 'en' });
  await shot('en-dark-testmode');
  const r = el.shadowRoot!.querySelector('site-schedule')!.shadowRoot!;
  const add = [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.focus === 'schedule-add')!;
  add.click();
  await until(() => r.querySelector('form'), 'form');
  const inputs = [...r.querySelectorAll<HTMLInputElement>('form .range input')];
  inputs[1]!.value = '07:00';
  inputs[1]!.dispatchEvent(new Event('input'));
  r.querySelector('form')!.requestSubmit();
  await new Promise((r) => setTimeout(r, 300));
  await shot('en-dark-form-errors');
  const n = await mount('site-04', { width: 360 });
  n.tab = 'events';
  await until(() => n.shadowRoot!.querySelector('site-event-log')?.shadowRoot?.querySelector('ol'), 'log', 20000);
  await shot('fr-360-events');
  n.tab = 'call-lists';
  await until(() => n.shadowRoot!.querySelector('call-list-editor')?.shadowRoot?.querySelector('button'), 'call lists', 20000);
  await new Promise((r) => setTimeout(r, 800));
  await shot('fr-360-calllists');
  const w = await mount('site-03');
  w.tab = 'contacts';
  await until(() => w.shadowRoot!.querySelector('site-contacts')?.shadowRoot?.querySelector('button'), 'contacts', 20000);
  await new Promise((r) => setTimeout(r, 800));
  await shot('fr-900-contacts');
  (window as any).__x = http; void HttpResponse;
});
