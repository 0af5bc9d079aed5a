import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setRemoteCallerLevel } from '@vigie/mock-api/browser';
import { mount, $, cards, cardIn, text, active, dialog, button } from './site-contacts.kit.test.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, shadowText, until, useScenario } from '../../../test/helpers.js';
import { overflowReport } from '../../../test/layout.js';

describe('<site-contacts> states, levels and layout (RS-CONTACTS)', function () {
  this.timeout(30000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('Escape closes a dialog and puts the focus back on what opened it', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    const open = button(cardIn(el, 'invited'), /Changer le niveau/);
    await clickOn(open);
    await until(() => dialog(el).open, 'the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'closed');
    expect(active(el)).to.equal(open);
  });

  it('a new site-id loads that site’s contacts', async () => {
    await useScenario('remote:default');
    const { el } = await mount('site-01');
    expect(cards(el)).to.have.length(4);
    el.setAttribute('site-id', 'site-02');
    await until(() => cards(el).length === 5, 'the contacts of site-02');
    expect(el.state?.siteId).to.equal('site-02');
  });

  it('a viewer only reads: no invite, no edit, no level, a note says why', async () => {
    const mock = await useScenario('remote:default');
    setRemoteCallerLevel(mock.remote, 'site-02', 'viewer');
    const { el } = await mount();
    expect(el.shadowRoot!.querySelectorAll('[part~=contact] button')).to.have.length(0);
    expect(shadowText(el)).to.contain('Votre niveau permet de consulter les contacts, pas de les modifier.');
  });

  it('empty: says so and offers to invite', async () => {
    const mock = await useScenario('remote:default');
    mock.worker.use(
      http.get('*/api/remote/sites/:siteId/contacts', ({ params }) =>
        HttpResponse.json({ siteId: params.siteId, caller: { permission: 'administrator', contactId: null }, contacts: [] }),
      ),
    );
    const { el } = await mount();
    expect(text($(el, '[part~=empty]'))).to.contain('Aucun contact pour ce site pour l’instant.');
    expect(button(el.shadowRoot!, /Inviter un collègue/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loading, then error with a retry that recovers', async () => {
    const mock = await useScenario('any:error-500');
    const provider = await fixture<VigieProvider>(
      html`<vigie-provider now=${NOW} locale="fr"><site-contacts site-id="site-02"></site-contacts></vigie-provider>`,
    );
    const el = provider.querySelector('site-contacts')!;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Chargement…');
    const retry = await until(() => $<HTMLButtonElement>(el, '[part~=error] button'), 'the error', 15000);
    expect(shadowText(el)).to.contain('Impossible de charger les contacts du site.');
    await expect($(el, '[part~=error]')).to.be.accessible();
    mock.setScenario('remote:default');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.contacts'), 'the list after retry');
  });

  it('in English, and at 360 px nothing spills out of the widget (also with the dialog open)', async () => {
    await useScenario('remote:default');
    await setViewport({ width: 360, height: 740 });
    const { el } = await mount('site-04', 'en');
    expect(text($(el, '.title'))).to.equal('Site contacts');
    expect(shadowText(el)).to.contain('Your level on this site: Administrator');
    expect(overflowReport(el)).to.deep.equal([]);
    await clickOn(button(el.shadowRoot!, /Invite a colleague/));
    await until(() => dialog(el).open, 'the dialog');
    expect(dialog(el).getBoundingClientRect().width).to.be.at.most(360);
    expect(dialog(el).scrollWidth).to.be.at.most(dialog(el).clientWidth);
  });
});
