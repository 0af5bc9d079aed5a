import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { remoteInvitationOutbox, setRemoteCallerLevel } from '@vigie/mock-api/browser';
import { mount, $, cards, card, cardIn, text, active, dialog, button, toastText } from './site-contacts.kit.test.js';
import type { ContactInvitedEvent, ContactUpdatedEvent } from './site-contacts.events.js';
import { clickOn, typeInto, until, useScenario, pressKeys } from '../../../test/helpers.js';

describe('<site-contacts> (RS-CONTACTS)', function () {
  // A shared machine: axe over a page of cards takes seconds.
  this.timeout(30000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('RS-CONTACTS lists each contact with level, personal information and invitation state (text, icon, expiry date)', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    expect(text($(el, '.title'))).to.equal('Contacts du site');
    expect(text($(el, '.summary')))
      .to.contain('5 contacts')
      .and.contain('Votre niveau sur ce site\u202f: Administrateur');
    for (const state of ['granted', 'invited', 'expired', 'not-invited']) {
      const c = cardIn(el, state);
      expect(c, state).to.exist;
      expect(c.querySelector('.invitation .icon'), `${state} icon`).to.exist;
    }
    expect(text(cardIn(el, 'invited').querySelector('.invitation'))).to.match(
      /Invitation envoyée Envoyée le 08\/03\/2026, valable jusqu’au 15\/03\/2026 à \d\d:\d\d/,
    );
    expect(text(cardIn(el, 'expired').querySelector('.invitation'))).to.match(/Invitation expirée Expirée le \d\d\/\d\d\/2026 à/);
    expect(text(cardIn(el, 'granted').querySelector('.invitation'))).to.contain('Accès accordé');
    expect(text(cardIn(el, 'granted'))).to.contain('La personne tient ces informations à jour');
    expect(text(cardIn(el, 'granted').querySelector('[part~=level]'))).to.contain('Administrateur');
    // Each state offers its action: resend for invited and expired, grant for a contact never invited, none once granted.
    expect(button(cardIn(el, 'invited'), /Renvoyer l’invitation à/)).to.exist;
    expect(button(cardIn(el, 'expired'), /Renvoyer l’invitation à/)).to.exist;
    expect(button(cardIn(el, 'not-invited'), /Accorder l’accès/), 'no e-mail: nothing to send the invitation to').to.be.undefined;
    expect(text(cardIn(el, 'not-invited'))).to.contain('Ajoutez une adresse e-mail pour lui accorder l’accès.');
    expect(cards(el).filter((c) => c.querySelector('.invitation.not-invited') && button(c, /Accorder l’accès/))).to.have.length(1);
    expect(button(cardIn(el, 'granted'), /Modifier les informations/)).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('RS-CONTACTS-EDIT edits the personal data with real typing: field errors, then a save with a toast, contact-updated and the focus back', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    const target = cardIn(el, 'not-invited');
    const name = text(target.querySelector('.name'));
    await clickOn(button(target, /Modifier les informations/));
    await until(() => dialog(el).open, 'the dialog');
    expect(text(dialog(el).querySelector('h2'))).to.equal(
      `Informations de ${name}`.replace('de É', 'd’É').replace(/de ([AEIOUÉ])/, 'd’$1'),
    );
    expect(active(el)?.id).to.match(/-firstName$/);
    const phone = $<HTMLInputElement>(el, 'input[type=tel]')!;
    phone.focus();
    await pressKeys('Control+a');
    await sendKeys({ type: '12 34' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.field.invalid'), 'the phone error');
    expect(active(el)).to.equal(phone);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${phone.getAttribute('aria-describedby')!.split(' ').pop()}`))).to.contain('Saisissez un numéro français');
    expect(phone.value).to.equal('12 34');
    await pressKeys('Control+a');
    await sendKeys({ type: '+33 1 23 45 67 89' });
    const updated = oneEvent(el, 'contact-updated');
    await clickOn(button(dialog(el), /^Enregistrer$/));
    const e = (await updated) as unknown as ContactUpdatedEvent;
    expect(e.siteId).to.equal('site-02');
    await until(() => !dialog(el).open, 'the dialog closed');
    expect(text(target)).to.contain('01 23 45 67 89');
    expect(toastText(el)).to.contain('sont enregistrées');
    expect(active(el)?.getAttribute('data-focus')).to.equal(`edit-${e.contactId}`);
  });

  it('RS-CONTACTS-EDIT a failed save keeps what was typed and says why (in the dialog and a toast)', async () => {
    const mock = await useScenario('remote:default');
    const { el } = await mount();
    mock.worker.use(
      http.put('*/api/remote/sites/:siteId/contacts/:contactId', () =>
        HttpResponse.json(
          { type: '/problems/internal-error', title: 'Oops', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await clickOn(button(cardIn(el, 'invited'), /Modifier les informations/));
    await until(() => dialog(el).open, 'the dialog');
    await typeInto(active(el) as HTMLInputElement, 'ine');
    const typed = (active(el) as HTMLInputElement).value;
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.dialog-failure'), 'the failure', 15000);
    expect(text($(el, '.dialog-failure'))).to.contain('Le service n’a pas pu répondre');
    expect($<HTMLInputElement>(el, 'input[id$=-firstName]')!.value).to.equal(typed);
    expect(toastText(el)).to.contain('Le service n’a pas pu répondre');
    expect(dialog(el).open).to.be.true;
  });

  it('RS-CONTACTS-CHANGE changes a level with the keyboard, the descriptions beside the choice; a manager cannot give administrator', async () => {
    const mock = await useScenario('remote:default');
    setRemoteCallerLevel(mock.remote, 'site-02', 'manager');
    const { el } = await mount();
    expect(text($(el, '.summary'))).to.contain('Gestionnaire');
    expect(button(cardIn(el, 'granted'), /Changer le niveau/), 'an administrator’s level is above a manager').to.be.undefined;
    const target = cardIn(el, 'expired');
    await clickOn(button(target, /Changer le niveau/));
    await until(() => dialog(el).open, 'the dialog');
    const radios = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.disabled)).to.deep.equal([true, false, false, false]);
    expect(text(dialog(el)))
      .to.contain('Tous les droits sur le site')
      .and.contain('Votre niveau ne permet pas de l’accorder.');
    expect(active(el)).to.equal(radios.find((r) => r.checked));
    await sendKeys({ press: 'ArrowUp' });
    await until(() => radios[1]!.checked, 'manager chosen');
    expect(radios[1]!.closest('.level-option')!.classList.contains('checked')).to.be.true;
    await expect(dialog(el)).to.be.accessible();
    const updated = oneEvent(el, 'contact-updated');
    await sendKeys({ press: 'Enter' });
    await updated;
    await until(() => !dialog(el).open, 'closed');
    expect(text(target.querySelector('[part~=level]'))).to.contain('Gestionnaire');
    expect(toastText(el)).to.contain('Gestionnaire');
  });

  it('RS-CONTACTS invites a colleague by e-mail with a level: a new contact, invited, in the outbox', async () => {
    const mock = await useScenario('remote:default');
    const { el } = await mount();
    const before = cards(el).length;
    await clickOn(button(el.shadowRoot!, /Inviter un collègue/));
    await until(() => dialog(el).open, 'the dialog');
    expect(text(dialog(el))).to.contain('valable 7 jours');
    // Submitting empty: every error at once, the focus on the first.
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.error-count'), 'the errors');
    expect(text($(el, '.error-count'))).to.equal('3 champs à corriger');
    expect(active(el)?.id).to.match(/-firstName$/);
    await sendKeys({ type: 'Zoé' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Girard' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'zoe.girard@exemple.fr' });
    await sendKeys({ press: 'Tab' });
    // The least powerful level is chosen by default; go up to Opérateur.
    expect((active(el) as HTMLInputElement).value).to.equal('viewer');
    await sendKeys({ press: 'ArrowUp' });
    const invited = oneEvent(el, 'contact-invited');
    await clickOn(button(dialog(el), /Envoyer l’invitation/));
    const e = (await invited) as unknown as ContactInvitedEvent;
    await until(() => cards(el).length === before + 1, 'the new card');
    const zoe = card(el, 'Zoé Girard');
    expect(text(zoe)).to.contain('Opérateur').and.contain('Invitation envoyée').and.contain('zoe.girard@exemple.fr');
    expect(toastText(el)).to.contain('Invitation envoyée à Zoé Girard');
    expect(active(el)).to.equal(zoe);
    expect(remoteInvitationOutbox(mock.remote).map((m) => [m.to, m.contactId])).to.deep.equal([['zoe.girard@exemple.fr', e.contactId]]);
  });

  it('RS-CONTACTS-GRANT-ACCESS and RS-CONTACTS-RESEND: one press each, announced, fired, the state updated', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    const never = cards(el).find((c) => c.querySelector('.invitation.not-invited') && button(c, /Accorder l’accès/))!;
    const granted = oneEvent(el, 'access-granted');
    await clickOn(button(never, /Accorder l’accès/));
    await granted;
    await until(() => never.querySelector('.invitation.invited'), 'invited now');
    expect(text(never.querySelector('.invitation'))).to.contain('valable jusqu’au 17/03/2026');
    expect(toastText(el)).to.contain('Accès accordé\u202f: invitation envoyée');
    const expired = cardIn(el, 'expired');
    const resent = oneEvent(el, 'invitation-resent');
    const resend = button(expired, /Renvoyer l’invitation/);
    resend.focus();
    await sendKeys({ press: 'Enter' });
    await resent;
    await until(() => expired.querySelector('.invitation.invited'), 'pending again');
    expect(active(el)?.getAttribute('data-focus')).to.match(/^action-/);
  });
});
