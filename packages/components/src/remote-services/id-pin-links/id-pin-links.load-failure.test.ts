/**
 * RS-IDPIN — the forms' code of `<id-pin-links>` (`id-pin-links-edits.on-demand.ts`) cannot load
 * (offline, a new deploy): on a cold page, a real click on « Retirer » says so beside the button,
 * with a retry, focus kept on the button and the list untouched; once the network is back, the
 * retry (busy while it loads, focus kept) opens the removal dialog and the link is removed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough, HttpResponse } from 'msw';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/id-pin-links.js';
import type { IdPinLinks } from './id-pin-links.js';

const ON_DEMAND = /id-pin-links-edits\.on-demand/;
const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: Element, label: RegExp, scope: ParentNode = el.shadowRoot!) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    label.test(norm(b.getAttribute('aria-label') ?? b.textContent ?? '')),
  )!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

let mock: MockWorker;

describe('<id-pin-links>: the forms’ code fails to load (RS-IDPIN)', () => {
  before(async () => {
    mock = await useScenario('remote:default');
  });

  it('a failed load is said beside the button, with a retry that then opens the dialog', async function () {
    // A cold page: the first axe run loads axe itself (≈5 s on a busy machine), beside the API's 800 ms answers.
    this.timeout(30_000);
    let offline = true;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    mock.worker.use(
      http.get(ON_DEMAND, async () => {
        if (offline) return HttpResponse.error();
        await back;
        return passthrough();
      }),
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr"><id-pin-links></id-pin-links></vigie-provider>
    </div>`);
    const el = wrapper.querySelector<IdPinLinks>('id-pin-links')!;
    await until(() => el.shadowRoot?.querySelector('.links'), 'the links');

    const remove = button(el, /^Retirer l’ID 4010 7919$/);
    await clickOn(remove);
    const alert = await until(() => $(el, '.link .problem[role=alert]'), 'the failure');
    expect(norm(alert.textContent ?? '')).to.contain('Vérifiez votre connexion');
    expect(focused(el)).to.equal(remove, 'focus kept on the button');
    expect(remove.hasAttribute('aria-busy')).to.equal(false);
    expect($(el, 'dialog[open]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.link')).to.have.length(3);
    await expect(el).to.be.accessible();

    offline = false;
    const retry = button(el, /^Réessayer$/, alert);
    await clickOn(retry);
    await until(() => retry.getAttribute('aria-busy') === 'true', 'the retry busy');
    expect(focused(el)).to.equal(retry, 'focus kept on the retry while it loads');
    release();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the dialog');
    expect(norm(dialog.querySelector('h3')?.textContent ?? '')).to.equal('Retirer l’ID 4010 7919 ?');
    expect($(el, '.link .problem')).to.equal(null, 'the failure gone');
    await until(() => focused(el) === button(el, /^Annuler$/, dialog), 'focus on « Annuler »');
    await clickOn(button(el, /^Retirer l’ID$/, dialog));
    await until(() => el.shadowRoot!.querySelectorAll('.link').length === 2, 'the link removed');
  });
});
