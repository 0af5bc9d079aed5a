/**
 * RS-CONTACTS on a cold page, offline when the user asks for a dialog: the dialogs' module
 * (`*.on-demand.ts`) does not load; the widget says so, with a retry that opens the dialog once the
 * network is back. A file of its own, so that no other test has loaded the module before.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mount, $, cardIn, text, active, dialog, button } from './site-contacts.kit.test.js';
import { clickOn, until, useScenario } from '../../../test/helpers.js';

describe('<site-contacts> dialogs on demand: a failed load (RS-CONTACTS)', function () {
  this.timeout(30000);

  it('RS-CONTACTS-CHANGE a click on « Changer le niveau » while the module cannot load: busy, then a message with a retry that opens the dialog', async () => {
    const mock = await useScenario('remote:default');
    let offline = true;
    mock.worker.use(http.get(/site-contacts\.dialogs\.on-demand/, () => (offline ? HttpResponse.error() : undefined)));
    const { el } = await mount();
    const change = button(cardIn(el, 'invited'), /Changer le niveau/);
    await clickOn(change);
    const alert = await until(() => $(el, '.state.error[role=alert]'), 'the failure');
    expect(text(alert)).to.contain('La connexion a échoué');
    expect(dialog(el).open).to.be.false;
    expect(active(el)).to.equal(change);
    expect(change.getAttribute('aria-busy')).to.equal('false');
    offline = false;
    await clickOn(button(alert, /Réessayer/));
    await until(() => dialog(el).open, 'the dialog');
    expect(text(dialog(el).querySelector('h2'))).to.match(/^Niveau d’autorisation/);
    expect($(el, '.state.error[role=alert]')).to.be.null;
  });
});
