/**
 * RS-IDPIN — this part's rows of the Remote Services contract table (see `../routes.ts`). A pair or
 * a PIN travels in a body only; the add and the PIN change are credential checks, sent once.
 */
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import * as S from './schemas.js';

const LINKS = 'remote/id-pin/links';

export const REMOTE_ID_PIN_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  idPinLinks: { method: 'get', path: LINKS, response: S.IdPinLinksResponse, problems: [], auth: 'provider', idempotency: 'safe' },
  addIdPin: {
    method: 'post',
    path: LINKS,
    body: S.IdPinAddRequest,
    response: S.IdPinAddResponse,
    status: 201,
    problems: ['idPinAlreadyLinked', 'idPinInvalid', 'validation', 'tooManyAttempts'],
    auth: 'provider',
    idempotency: 'never',
  },
  removeIdPin: {
    method: 'delete',
    path: `${LINKS}/{linkId}`,
    response: S.IdPinRemoveResponse,
    problems: ['notFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  changePin: {
    method: 'post',
    path: `${LINKS}/{linkId}/pin`,
    body: S.PinChangeRequest,
    response: S.PinChangeResponse,
    problems: ['notFound', 'idPinInvalidCurrentPin', 'idPinSamePin', 'validation', 'tooManyAttempts'],
    auth: 'provider',
    idempotency: 'never',
  },
  updateHolder: {
    method: 'put',
    path: `${LINKS}/{linkId}/holder`,
    body: S.IdPinHolder,
    response: S.IdPinLinkDetails,
    problems: ['notFound', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
  siteNickname: {
    method: 'put',
    path: 'remote/id-pin/sites/{siteId}/nickname',
    body: S.NicknameRequest,
    response: S.NicknameResponse,
    problems: ['notFound', 'idPinNicknameTaken', 'validation'],
    auth: 'provider',
    idempotency: 'safe',
  },
});
