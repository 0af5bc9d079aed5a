/**
 * Type test (checked by `tsc -p tsconfig.json`, never run): every Vigie event is in
 * `GlobalEventHandlersEventMap`, so a host listening on the document or the window (where the
 * bubbling, composed events arrive) gets the event's class, not a bare `Event`.
 */
import type { AccessChangedEvent, InvoicesRequestedEvent, VaultSignedInEvent, VaultSignedOutEvent } from '@vigie/components';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_: T) => {};

document.addEventListener('vault-signed-in', (e) => {
  expectType<Equal<typeof e, VaultSignedInEvent>>(true);
  const name: string = e.user.firstName;
  void name;
});
window.addEventListener('vault-signed-out', (e) => {
  expectType<Equal<typeof e, VaultSignedOutEvent>>(true);
});
document.body.addEventListener('invoices-requested', (e) => {
  expectType<Equal<typeof e, InvoicesRequestedEvent>>(true);
});
document.addEventListener('access-changed', (e) => {
  expectType<Equal<typeof e, AccessChangedEvent>>(true);
});
// Still on the element itself (HTMLElementEventMap extends GlobalEventHandlersEventMap).
document.createElement('vault-login').addEventListener('vault-signed-in', (e) => {
  expectType<Equal<typeof e, VaultSignedInEvent>>(true);
});
document.addEventListener('vault-signed-in', (e) => {
  // @ts-expect-error: the payload is typed, an unknown field is an error.
  void e.token;
});
