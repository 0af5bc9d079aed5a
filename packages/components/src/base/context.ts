/** X-PROVIDER — what `<vigie-provider>` gives every widget inside it, through @lit/context. */
import { createContext } from '@lit/context';
import type {
  AccessState,
  ApiFailure,
  BannerLevel,
  Clock,
  Locale,
  MessageKey,
  Params,
  PassportSession,
  SupportContact,
  VaultSession,
  VigieClient,
} from '@vigie/core';

export interface VigieServices {
  readonly client: VigieClient;
  readonly locale: Locale;
  /** False only while the first catalog of a non-French page loads: widgets wait, no flash of French. */
  readonly ready: boolean;
  readonly clock: Clock;
  /** The message `key` in the provider's locale. */
  readonly t: (key: MessageKey, params?: Params) => string;
  /** SR-INVOICE: the access state derived from the invoice level (full or restricted). */
  readonly access: AccessState;
  /** A widget that learns the invoice level (the banner) reports it here. */
  readonly reportInvoiceLevel: (level: BannerLevel) => void;
  /**
   * SR-INVOICE: a register widget calls this when it connects. Until a level is known (no banner on
   * the page, or not yet loaded) the provider asks the API once (`GET safety-register/access`).
   */
  readonly ensureAccess: () => void;
  /**
   * Asks the API for the access state again (after a payment, or when a route answered 403
   * `access-restricted`); resolves once the new state is published.
   */
  readonly refreshAccess: () => Promise<void>;
  /** The message explaining an API failure, in the provider's locale. */
  readonly describeFailure: (failure: ApiFailure) => string;
  /** VA-SUPPORT: where the widgets send people for what only support can do. */
  readonly support: SupportContact;
  /**
   * The vault session shared by the vault widgets of this provider, in memory only (never in
   * web storage, attributes or logs): set by `<vault-login>`, cleared on sign-out or expiry.
   */
  readonly vaultSession: VaultSession | undefined;
  readonly setVaultSession: (session: VaultSession | undefined) => void;
  /**
   * The safety-passport session (a company referent signed in), shared the same way by the
   * passport widgets: set by `<passport-login>`, read by the roster, the company profile…
   */
  readonly passportSession: PassportSession | undefined;
  readonly setPassportSession: (session: PassportSession | undefined) => void;
}

export const vigieContext = createContext<VigieServices | undefined>(Symbol('vigie-services'));
