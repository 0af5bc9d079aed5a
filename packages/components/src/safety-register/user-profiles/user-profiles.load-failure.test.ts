/**
 * SR-PROFILES — the editor's code of `<user-profiles>` (`user-profiles-editor.on-demand.ts`) is not
 * loaded with the first screen, and may fail to load (offline, a new deploy): on a cold page, a real
 * click on « Créer un profil » says so under the button, with a retry, focus kept on the button and
 * the lists untouched; once the network is back, the retry (busy while it loads, focus kept) opens
 * the editor with its title focused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, passthrough, HttpResponse } from 'msw';
import type { MockWorker } from '@vigie/mock-api/browser';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';
import '../../define/user-profiles.js';
import type { UserProfiles } from './user-profiles.js';

const ON_DEMAND = /user-profiles-editor\.on-demand/;
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

describe('<user-profiles>: the editor’s code, on demand (SR-PROFILES)', () => {
  before(async () => {
    mock = await useScenario('register:default');
  });

  it('not loaded with the lists; a failed load is said with a retry that then opens the editor', async function () {
    this.timeout(30_000);
    let offline = true;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    mock.worker.use(
      http.get(ON_DEMAND, async ({ request }) => {
        asked.push(request.url);
        if (offline) return HttpResponse.error();
        await back;
        return passthrough();
      }),
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW} locale="fr"><user-profiles></user-profiles></vigie-provider>
    </div>`);
    const el = wrapper.querySelector<UserProfiles>('user-profiles')!;
    await until(() => el.shadowRoot?.querySelector('table'), 'the lists');
    expect(asked, 'the editor is not loaded with the first screen').to.deep.equal([]);

    const create = button(el, /^Créer un profil$/);
    await clickOn(create);
    const alert = await until(() => $(el, '.problem[role=alert]'), 'the failure');
    expect(asked.length).to.be.greaterThan(0);
    expect(norm(alert.textContent ?? '')).to.contain('Vérifiez votre connexion');
    expect(focused(el)).to.equal(create, 'focus kept on the button');
    expect($(el, 'dialog[open]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(8);
    await expect(el).to.be.accessible();

    offline = false;
    const retry = button(el, /^Réessayer$/, alert);
    await clickOn(retry);
    await until(() => retry.getAttribute('aria-busy') === 'true', 'the retry busy');
    expect(focused(el)).to.equal(retry, 'focus kept on the retry while it loads');
    release();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the editor');
    await until(() => norm(focused(el)?.textContent ?? '') === 'Nouveau profil', 'the title focused');
    expect($(el, '.problem')).to.equal(null, 'the failure gone');
    expect(dialog.querySelector('input[name="profile-name"]')).to.not.equal(null);
  });
});
