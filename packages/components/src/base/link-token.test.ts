/**
 * Issue 8 #12 (VA-RESET, VA-ACTIVATE) — several link widgets on one page: each takes only its own
 * kind of link (`reset-token`, `activation-token`: core's LINK_TOKEN_PARAMS) and leaves the
 * others' in the address bar for them; then the person completes the link with real key presses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LINK_TOKEN_PARAMS, linkHref } from '@vigie/core';
import { DEMO_TOKENS } from '@vigie/mock-api/browser';
import { NOW, apiRequests, until, useScenario } from '../../test/helpers.js';
import { takeLinkToken } from './link-token.js';
import type { VaultPasswordReset } from '../vault/vault-password-reset/vault-password-reset.js';
import type { VaultActivation } from '../vault/vault-activation/vault-activation.js';

const START_URL = location.href;
afterEach(() => history.replaceState(null, '', START_URL));

/** The page of a portal that holds both link widgets, opened from `href`. */
async function page(href: string) {
  history.replaceState(null, '', href);
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <vigie-provider now=${NOW}>
      <vault-password-reset></vault-password-reset>
      <vault-activation></vault-activation>
    </vigie-provider>
  </div>`);
  const reset = wrapper.querySelector<VaultPasswordReset>('vault-password-reset')!;
  const activation = wrapper.querySelector<VaultActivation>('vault-activation')!;
  return { reset, activation };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('link tokens: each link widget takes only its own kind (issue 8 #12)', () => {
  it('takeLinkToken: only its parameter, removed; other kinds, other parameters and the fragment stay', () => {
    history.replaceState({ keep: 1 }, '', `${location.pathname}?a=1&reset-token=R1&activation-token=A1#part`);
    expect(takeLinkToken('vault-email')).to.be.undefined;
    expect(takeLinkToken('vault-reset')).to.equal('R1');
    expect(location.search).to.equal('?a=1&activation-token=A1');
    expect(location.hash).to.equal('#part');
    expect(history.state).to.deep.equal({ keep: 1 });
    expect(takeLinkToken('vault-reset')).to.be.undefined;
    expect(takeLinkToken('vault-activation', 'activation-token')).to.equal('A1');
    expect(location.search).to.equal('?a=1');
    // Every kind has its own parameter, and the links are built with it.
    expect(new Set(Object.values(LINK_TOKEN_PARAMS)).size).to.equal(Object.keys(LINK_TOKEN_PARAMS).length);
    expect(linkHref('vault-reset', 'R2', '?a=1#coffre')).to.equal('?a=1&reset-token=R2#coffre');
    expect(linkHref('passport-reset', 'P', 'https://portail.example.fr/pp')).to.equal(
      'https://portail.example.fr/pp?passport-reset-token=P',
    );
  });

  it('an activation link on a page that also holds the reset widget: the activation starts, the reset widget stays on its request form', async () => {
    await useScenario('vault:default');
    const { reset, activation } = await page(
      linkHref('vault-activation', DEMO_TOKENS.activationNoSms, `${location.pathname}?x=1#coffre-activation`),
    );
    expect(location.search).to.equal('?x=1');
    const password = await until(
      () => activation.querySelector<HTMLInputElement>('input[autocomplete="new-password"]'),
      'the activation’s first step',
    );
    expect(reset.step).to.equal('request');
    expect(apiRequests()).to.deep.equal(['POST /api/vault/activation/status']);
    // The person goes on with the keyboard.
    password.focus();
    await sendKeys({ type: 'Une phrase de passe pour Léa' });
    activation.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')[1]!.focus();
    await sendKeys({ type: 'Une phrase de passe pour Léa' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(activation).includes('Vos informations personnelles'), 'the second step');
    expect(reset.step).to.equal('request');
  });

  it('a reset link on the same page: the reset widget takes it, the activation widget says it has no link; the new password is set', async () => {
    await useScenario('vault:default');
    const { reset, activation } = await page(linkHref('vault-reset', DEMO_TOKENS.reset, `${location.pathname}#coffre-mot-de-passe`));
    expect(location.search).to.equal('');
    await until(() => reset.step === 'new-password', 'the reset form');
    expect(activation.querySelector('input[autocomplete="new-password"]')).to.be.null;
    const [first, second] = reset.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]');
    first!.focus();
    await sendKeys({ type: 'Cheval batterie agrafe correcte' });
    second!.focus();
    await sendKeys({ type: 'Cheval batterie agrafe correcte' });
    await sendKeys({ press: 'Enter' });
    await until(() => reset.step === 'done', 'the password changed');
    expect(apiRequests().filter((r) => r.includes('activation'))).to.deep.equal([]);
  });

  it('both kinds in one address: each widget takes its own', async () => {
    await useScenario('vault:default');
    const href = linkHref('vault-activation', DEMO_TOKENS.activationNoSms, linkHref('vault-reset', DEMO_TOKENS.reset, location.pathname));
    const { reset, activation } = await page(href);
    expect(location.search).to.equal('');
    await until(() => reset.step === 'new-password', 'the reset form');
    await until(() => activation.querySelector('input[autocomplete="new-password"]'), 'the activation');
    await expect(reset).to.be.accessible();
  });
});
