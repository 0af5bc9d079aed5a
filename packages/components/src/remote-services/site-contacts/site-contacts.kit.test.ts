/**
 * What the element tests of `<site-contacts>` share (RS-CONTACTS): mounting it in a provider and
 * finding its parts. Named `*.test.ts` so that no build or manifest takes it; it has no test itself.
 */
import { fixture, html } from '@open-wc/testing';
import type { SiteContacts } from './site-contacts.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, until } from '../../../test/helpers.js';

export async function mount(siteId = 'site-02', locale = 'fr') {
  const provider = await fixture<VigieProvider>(
    html`<vigie-provider now=${NOW} locale=${locale}><site-contacts site-id=${siteId}></site-contacts></vigie-provider>`,
  );
  const el = provider.querySelector('site-contacts')!;
  await until(() => el.shadowRoot?.querySelector('.contacts, [part~=empty], [part~=error]'), 'the contacts');
  return { provider, el };
}

export const $ = <T extends Element = HTMLElement>(el: SiteContacts, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
export const cards = (el: SiteContacts) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=contact]')];
export const card = (el: SiteContacts, name: RegExp | string) =>
  cards(el).find((c) => (typeof name === 'string' ? c.querySelector('.name')!.textContent!.includes(name) : name.test(c.textContent!)))!;
export const cardIn = (el: SiteContacts, state: string) => cards(el).find((c) => c.querySelector(`.invitation.${state}`))!;
export const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
export const active = (el: SiteContacts) => el.shadowRoot!.activeElement as HTMLElement | null;
export const dialog = (el: SiteContacts) => $<HTMLDialogElement>(el, 'dialog')!;
export const button = (root: ParentNode, label: RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.getAttribute('aria-label') ?? text(b)))!;
export const toastText = (el: SiteContacts) => text($(el, '.vigie-toasts'));
