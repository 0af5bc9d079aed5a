/**
 * SR-PERMIT — on a cold page (the QR dialog's code and lean-qr not loaded yet), the keyboard alone:
 * Tab from the search field to the first « Signer », Enter at once (the focus started the load),
 * the dialog opens with its QR code and the focus inside; Escape closes it and the focus is back on
 * « Signer ».
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/fire-permit-list.js';
import type { FirePermitList } from './fire-permit-list.js';

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<fire-permit-list>: the QR dialog by keyboard on a cold page (SR-PERMIT)', () => {
  before(async () => {
    await useScenario('register:default');
  });

  it('Tab to « Signer », Enter: the QR dialog opens; Escape: the focus is back', async function () {
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr"><fire-permit-list></fire-permit-list></vigie-provider>
    </div>`);
    const el = wrapper.querySelector<FirePermitList>('fire-permit-list')!;
    await until(() => el.shadowRoot?.querySelector('tbody tr'), 'the permits');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    let guard = 0;
    while (!focused(el)?.matches('button.eye[aria-haspopup=dialog]') && guard++ < 40) await sendKeys({ press: 'Tab' });
    const eye = focused(el)!;
    expect(eye.getAttribute('aria-label')).to.match(/^Signer le permis PF-2026-\d{3} avec l’application mobile \(QR code\)$/);
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog');
    await until(() => dialog.querySelector('svg.qr'), 'the QR code');
    expect(dialog.contains(focused(el))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    await until(() => focused(el) === eye, 'the focus back on « Signer »');
  });
});
