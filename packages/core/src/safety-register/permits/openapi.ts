/** SR — the permits part's paths and schemas in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, idParameter, openApiBuilders } from '../../shared/openapi-builders.js';
import { FIRE_PERMITS_PATH } from './api.js';
import { FirePermit, FirePermitListResponse, SignatureLink } from './schemas.js';

const COMPONENTS = { RegisterFirePermit: FirePermit, RegisterFirePermits: FirePermitListResponse, RegisterSignatureLink: SignatureLink };
type Name = keyof typeof COMPONENTS;

export function registerPermitsPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  const restricted = problem('The account is suspended for unpaid invoices (`/problems/access-restricted`)');
  return {
    [`/${FIRE_PERMITS_PATH}`]: {
      get: operation(
        'listFirePermits',
        'SR-PERMIT: every fire permit of the account, with its levée de doute (watch duration and when it was recorded)',
        undefined,
        {
          '200': json('RegisterFirePermits', 'The permits'),
          '403': restricted,
        },
      ),
    },
    [`/${FIRE_PERMITS_PATH}/{id}/signature-link`]: {
      get: operation(
        'getFirePermitSignatureLink',
        'SR-PERMIT: a fresh link (short-lived token) to the mobile app’s page where the awaited signer (operator or provider) signs and closes the permit; shown as a QR code',
        undefined,
        {
          '200': json('RegisterSignatureLink', 'The link, its expiry and whose signature it awaits'),
          '403': restricted,
          '404': problem('No such permit on this account (`/problems/not-found`)'),
          '409': problem('The permit awaits no signature (in progress or closed) (`/problems/state-conflict`)'),
        },
        { parameters: [idParameter] },
      ),
    },
  };
}

export function registerPermitsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
