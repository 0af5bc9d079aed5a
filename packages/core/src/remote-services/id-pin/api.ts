/**
 * RS-IDPIN — paths and typed calls of this part through the shared client. Private routes: the
 * provider's bearer token. A pair or a PIN travels in a request body only, never in a URL; the add
 * and the PIN change carry no `Idempotency-Key` (a credential check is sent once, never replayed).
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { normalizeIdPinId } from './id-pin-format.js';
import {
  IdPinAddResponse,
  type IdPinHolder,
  IdPinLinkDetails,
  IdPinLinksResponse,
  IdPinRemoveResponse,
  NicknameResponse,
  PinChangeResponse,
} from './schemas.js';

export const ID_PIN_LINKS_PATH = 'remote/id-pin/links';
export const idPinLinkPath = (linkId: string): string => `${ID_PIN_LINKS_PATH}/${encodeURIComponent(linkId)}`;
export const idPinPinPath = (linkId: string): string => `${idPinLinkPath(linkId)}/pin`;
export const idPinHolderPath = (linkId: string): string => `${idPinLinkPath(linkId)}/holder`;
export const ID_PIN_SITES_PATH = 'remote/id-pin/sites';
export const idPinNicknamePath = (siteId: string): string => `${ID_PIN_SITES_PATH}/${encodeURIComponent(siteId)}/nickname`;

type Opts = Pick<RequestOptions, 'signal'>;

/** RS-IDPIN: the user's links with their sites. */
export const listIdPinLinks = (client: VigieClient, opts: Opts = {}) => client.get(ID_PIN_LINKS_PATH, IdPinLinksResponse, opts);

/** RS-IDPIN: links a pair (the ID normalised; the PIN exactly as typed). */
export const addIdPin = (client: VigieClient, body: { identifier: string; pin: string }, opts: Opts = {}) =>
  client.post(ID_PIN_LINKS_PATH, { identifier: normalizeIdPinId(body.identifier), pin: body.pin }, IdPinAddResponse, opts);

/** RS-IDPIN: changes the PIN of a link. */
export const changeIdPinPin = (client: VigieClient, linkId: string, body: { currentPin: string; newPin: string }, opts: Opts = {}) =>
  client.post(idPinPinPath(linkId), body, PinChangeResponse, opts);

/** RS-IDPIN: sets (or clears with null) a site's nickname. */
export const setSiteNickname = (client: VigieClient, siteId: string, nickname: string | null, opts: Opts = {}) =>
  client.put(idPinNicknamePath(siteId), { nickname }, NicknameResponse, opts);

/** RS-IDPIN: the user's personal information for a link. */
export const updateIdPinHolder = (client: VigieClient, linkId: string, holder: IdPinHolder, opts: Opts = {}) =>
  client.put(idPinHolderPath(linkId), holder, IdPinLinkDetails, opts);

/** RS-IDPIN: removes a link (its sites go unless another link reaches them). */
export const removeIdPinLink = (client: VigieClient, linkId: string, opts: Opts = {}) =>
  client.delete(idPinLinkPath(linkId), IdPinRemoveResponse, opts);
