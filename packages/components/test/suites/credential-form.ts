/**
 * Shared suite « credential form » (issue 11, point 4): what every widget with a password must offer a
 * password manager and a person, checked the same way everywhere.
 *
 *   await expectCredentialForm(el, { username: 'username', password: 'current-password' });
 */
import { expect } from '@open-wc/testing';

export interface CredentialFormShape {
  /** The `autocomplete` of the identifier input (`username`, `email`), or undefined when there is none. */
  readonly username?: string;
  /** The `autocomplete` of the password inputs: `current-password` or `new-password`. */
  readonly password: 'current-password' | 'new-password';
  /** How many password inputs (2 for a new password and its confirmation). Default 1. */
  readonly passwords?: number;
}

/**
 * The credential inputs are native inputs in the light DOM (a password manager reaches them from the
 * page), inside a real `<form>`, each with a label, a name, the right `autocomplete` and `type`. (That
 * a real paste goes through is tested once, with the keyboard, in base/forms/forms.test.ts.)
 */
export function expectCredentialForm(el: Element, shape: CredentialFormShape): void {
  const passwords = [...el.querySelectorAll<HTMLInputElement>(`input[autocomplete="${shape.password}"]`)];
  expect(passwords, `${shape.password} inputs in the light DOM`).to.have.length(shape.passwords ?? 1);
  const inputs = [...passwords];
  if (shape.username) {
    const username = el.querySelector<HTMLInputElement>(`input[autocomplete="${shape.username}"]`);
    expect(username, `the ${shape.username} input in the light DOM`).to.not.equal(null);
    inputs.unshift(username!);
  }
  for (const input of inputs) {
    expect(input.getRootNode(), `${input.name} is reachable from the page`).to.equal(document);
    expect(input.form, `${input.name} is inside a <form>`).to.not.equal(null);
    expect(input.labels?.length ?? 0, `${input.name} has a label`).to.be.greaterThan(0);
    expect(input.name, 'a named input').to.not.equal('');
    expect(input.getAttribute('onpaste'), `paste blocked on ${input.name}`).to.equal(null);
  }
  for (const p of passwords) expect(p.type, `${p.name} hides what is typed`).to.equal('password');
}
