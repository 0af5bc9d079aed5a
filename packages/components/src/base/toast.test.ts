/**
 * RS-OVERVIEW « Bannière pop-up », X-A11Y — the toasts: one stack on the page when widgets nest
 * (the overview holds the call-list editor and the contacts), spoken statuses stay local.
 */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { FlowMessage } from '@vigie/core';
import { ToastController, toastStyles } from './toast.js';

class ToastTestElement extends LitElement {
  static override styles = toastStyles;
  toasts = new ToastController(
    this,
    (m: FlowMessage) => String(m.key),
    () => 'Fermer',
  );
  override render() {
    return html`${this.toasts.render()}<slot></slot>`;
  }
}
class ToastInnerElement extends ToastTestElement {
  override render() {
    return html`${this.toasts.render()}<toast-test-leaf></toast-test-leaf>`;
  }
}
customElements.define('toast-test', ToastTestElement);
customElements.define('toast-test-inner', ToastInnerElement);
customElements.define('toast-test-leaf', class extends ToastTestElement {});

const visible = (el: Element) => [...el.shadowRoot!.querySelectorAll('.vigie-toast-text')].map((t) => t.textContent);
const say = (key: string) => ({ key }) as unknown as FlowMessage;

describe('ToastController', () => {
  it('a widget alone shows its own toasts, in a polite live region', async () => {
    const el = await fixture<ToastTestElement>(fixtureHtml`<toast-test></toast-test>`);
    el.toasts.show(say('Enregistré'), 'success');
    await el.updateComplete;
    expect(visible(el)).to.deep.equal(['Enregistré']);
    expect(el.shadowRoot!.querySelector('.vigie-toasts')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('nested widgets (light DOM and shadow DOM, two levels): the outermost shows every toast, once', async () => {
    const outer = await fixture<ToastTestElement>(fixtureHtml`<toast-test><toast-test-inner></toast-test-inner></toast-test>`);
    const inner = outer.querySelector<ToastInnerElement>('toast-test-inner')!;
    await inner.updateComplete;
    const leaf = inner.shadowRoot!.querySelector<ToastTestElement>('toast-test-leaf')!;
    await leaf.updateComplete;
    leaf.toasts.show(say('Liste enregistrée'), 'success');
    inner.toasts.show(say('Échec'), 'error');
    await outer.updateComplete;
    await inner.updateComplete;
    await leaf.updateComplete;
    expect(visible(outer)).to.deep.equal(['Liste enregistrée', 'Échec']);
    expect(visible(inner)).to.deep.equal([]);
    expect(visible(leaf)).to.deep.equal([]);
  });

  it('a spoken status stays in the widget that says it', async () => {
    const outer = await fixture<ToastTestElement>(fixtureHtml`<toast-test><toast-test-leaf></toast-test-leaf></toast-test>`);
    const leaf = outer.querySelector<ToastTestElement>('toast-test-leaf')!;
    leaf.toasts.show(say('Déplacé en position 2 sur 5'), 'status');
    await waitUntil(() => leaf.shadowRoot!.querySelector('.vigie-visually-hidden')?.textContent, 'the spoken status');
    expect(leaf.shadowRoot!.querySelector('.vigie-visually-hidden')!.textContent).to.equal('Déplacé en position 2 sur 5');
    expect(outer.shadowRoot!.querySelector('.vigie-visually-hidden')).to.equal(null);
  });
});
