/**
 * SR-PERMIT — the QR dialog's code of `<fire-permit-list>` (`fire-permit-signature.on-demand.ts`,
 * with lean-qr) cannot load (offline, a new deploy): on a cold page, a real click on a permit's
 * « Signer » says so beside it, with a retry, focus kept, the list untouched; once the network is
 * back, the retry (busy while it loads, focus kept) opens the dialog with its QR code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough, HttpResponse } from 'msw';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, apiRequests, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/fire-permit-list.js';
import type { FirePermitList } from './fire-permit-list.js';

const ON_DEMAND = /fire-permit-signature\.on-demand/;
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

let mock: MockWorker;

describe('<fire-permit-list>: the QR dialog’s code fails to load (SR-PERMIT)', () => {
  before(async () => {
    mock = await useScenario('register:default');
  });

  it('a failed load is said beside the eye, with a retry that then opens the QR dialog', async function () {
    this.timeout(30_000);
    let offline = true;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    const fetched: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => void fetched.push(request.url));
    mock.worker.use(
      http.get(ON_DEMAND, async () => {
        if (offline) return HttpResponse.error();
        await back;
        return passthrough();
      }),
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr"><fire-permit-list></fire-permit-list></vigie-provider>
    </div>`);
    const el = wrapper.querySelector<FirePermitList>('fire-permit-list')!;
    await until(() => el.shadowRoot?.querySelector('tbody tr'), 'the permits');
    expect(
      fetched.some((u) => /lean-qr/.test(u)),
      'lean-qr not loaded up front',
    ).to.equal(false);

    const eye = el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="Signer le permis PF-2026-031 avec l’application mobile (QR code)"]',
    )!;
    await clickOn(eye);
    const alert = await until(() => $(el, '.load-failed[role=alert]'), 'the failure');
    expect(norm(alert.textContent ?? '')).to.contain('La fenêtre de signature n’a pas pu être chargée.');
    expect(focused(el)).to.equal(eye, 'focus kept on the eye');
    expect($(el, 'dialog[open]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(12);
    expect(apiRequests().some((r) => r.includes('signature-link'))).to.equal(false);
    await expect(el).to.be.accessible();

    offline = false;
    const retry = [...alert.querySelectorAll('button')].find((b) => norm(b.textContent ?? '') === 'Réessayer')!;
    await clickOn(retry);
    await until(() => retry.getAttribute('aria-busy') === 'true', 'the retry busy');
    expect(focused(el)).to.equal(retry, 'focus kept on the retry while it loads');
    release();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the dialog');
    await until(() => dialog.querySelector('svg.qr'), 'the QR code');
    expect($(el, '.load-failed')).to.equal(null, 'the failure gone');
    await until(() => fetched.some((u) => /lean-qr/.test(u)), 'lean-qr fetched with the dialog');
  });
});
