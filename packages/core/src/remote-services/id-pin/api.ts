/**
 * RS-IDPIN — paths and typed calls of this part through the shared client. Private routes: the
 * provider's bearer token. A pair or a PIN travels in a request body only, never in a URL; the add
 * and the PIN change carry no `Idempotency-Key` (a credential check is sent once, never replayed).
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { normalizeIdPinId } from './id-pin-format.js';
import { REMOTE_ID_PIN_ROUTES as R } from './routes.js';
import type { IdPinHolder } from './schemas.js';

export const ID_PIN_LINKS_PATH = R.idPinLinks.path;
export const idPinLinkPath = (linkId: string): string => pathOf(R.removeIdPin, { linkId });
export const idPinPinPath = (linkId: string): string => pathOf(R.changePin, { linkId });
export const idPinHolderPath = (linkId: string): string => pathOf(R.updateHolder, { linkId });
export const ID_PIN_SITES_PATH = 'remote/id-pin/sites';
export const idPinNicknamePath = (siteId: string): string => pathOf(R.siteNickname, { siteId });

type Opts = Pick<RequestOptions, 'signal'>;

/** RS-IDPIN: the user's links with their sites. */
export const listIdPinLinks = (client: VigieClient, opts: Opts = {}) => callRoute(client, R.idPinLinks, opts);

/** RS-IDPIN: links a pair (the ID normalised; the PIN exactly as typed). */
export const addIdPin = (client: VigieClient, body: { identifier: string; pin: string }, opts: Opts = {}) =>
  callRoute(client, R.addIdPin, { body: { identifier: normalizeIdPinId(body.identifier), pin: body.pin }, ...opts });

/** RS-IDPIN: changes the PIN of a link. */
export const changeIdPinPin = (client: VigieClient, linkId: string, body: { currentPin: string; newPin: string }, opts: Opts = {}) =>
  callRoute(client, R.changePin, { params: { linkId }, body, ...opts });

/** RS-IDPIN: sets (or clears with null) a site's nickname. */
export const setSiteNickname = (client: VigieClient, siteId: string, nickname: string | null, opts: Opts = {}) =>
  callRoute(client, R.siteNickname, { params: { siteId }, body: { nickname }, ...opts });

/** RS-IDPIN: the user's personal information for a link. */
export const updateIdPinHolder = (client: VigieClient, linkId: string, holder: IdPinHolder, opts: Opts = {}) =>
  callRoute(client, R.updateHolder, { params: { linkId }, body: holder, ...opts });

/** RS-IDPIN: removes a link (its sites go unless another link reaches them). */
export const removeIdPinLink = (client: VigieClient, linkId: string, opts: Opts = {}) =>
  callRoute(client, R.removeIdPin, { params: { linkId }, ...opts });
