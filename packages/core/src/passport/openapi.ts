/**
 * PP — the passport's part of the OpenAPI document (components and paths), generated from the
 * zod schemas; `openapi.ts` composes it with the other services. Not exported from the passport's
 * entry: only the document needs it.
 */
import * as z from 'zod/mini';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import {
  PASSPORT_COMPANY_PASSWORD_PATH,
  PASSPORT_COMPANY_PATH,
  PASSPORT_EMAIL_DOMAIN_PATH,
  PASSPORT_EMPLOYEES_PATH,
  PASSPORT_HANDOVER_PATH,
  PASSPORT_LOGIN_PATH,
  PASSPORT_LOGOUT_PATH,
  PASSPORT_NEW_PASSWORD_PATH,
  PASSPORT_REGISTRATION_PATH,
  PASSPORT_RESET_LINK_STATUS_PATH,
  PASSPORT_RESET_PATH,
  PASSPORT_RESET_REQUEST_PATH,
  PASSPORT_SPACES_DISSOCIATE_PATH,
  PASSPORT_SPACES_LINK_PATH,
  PASSPORT_SPACES_PATH,
  PASSPORT_SPACES_SWITCH_PATH,
} from './api.js';
import { MAX_FAILURES_PER_MODULE } from './blocking.js';
import { THROTTLE_FIRST_WAIT_MS, THROTTLE_FREE_FAILURES, THROTTLE_MAX_WAIT_MS, THROTTLE_WAIT_FACTOR } from './throttle.js';
import { SNBPE_COMMON_MODULES, SNBPE_PASSPORT_VALID_YEARS } from './snbpe.js';
import * as S from './schemas.js';
import { componentSchemas, idempotencyKey, idParameter, openApiBuilders, PUBLIC, type SchemaOverrides } from '../shared/openapi-builders.js';

const POLICY = `At least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters counted in Unicode code points; no composition rule; never trimmed. The server also refuses (NIST SP 800-63B; 422 \`/problems/validation\` on the password field) a password from its list of common ones, matched case-insensitively (\`password-common\`), the current password (\`password-same-as-current\`) and the temporary password being replaced (\`password-same-as-temporary\`).`;

/** What a JSON Schema cannot say of a refinement, said in words (and as a pattern where one exists). */
const OVERRIDES: SchemaOverrides = new Map<z.ZodMiniType, Record<string, unknown>>([
  [S.PassportNewPassword, { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: POLICY }],
  [S.Siret, { type: 'string', pattern: '^\\d{14}$', description: '14 digits, no spaces; Luhn check digit (La Poste, SIREN 356000000: the sum of the digits is a multiple of 5, its head office 35600000000048 aside).' }],
  [S.Vat, { type: 'string', pattern: '^[A-Z]{2}[0-9A-Z+*]{2,12}$', description: 'Normalised (upper case, no separators); the VIES format of its country (EL: Greece, XI: Northern Ireland); FR: key = (12 + 3 × (SIREN mod 97)) mod 97 on a valid SIREN.' }],
  [S.Domain, { type: 'string', maxLength: 253, description: 'An e-mail domain, e.g. granulats-dupont.fr (a leading @ is dropped, case ignored).' }],
  [S.Regions, { type: 'array', items: { $ref: '#/components/schemas/PassportRegionCode' }, minItems: 1, uniqueItems: true }],
]);

/** Every passport schema, by component name. */
const COMPONENTS = {
  PassportRegionCode: S.Region,
  PassportRegistrationRequest: S.RegistrationRequest,
  PassportRegistrationResponse: S.RegistrationResponse,
  PassportLoginRequest: S.PassportLoginRequest,
  PassportLoginResponse: S.PassportLoginResponse,
  PassportTemporaryPasswordChangeRequest: S.PassportTemporaryPasswordChangeRequest,
  PassportPasswordResetRequest: S.PassportPasswordResetRequest,
  PassportAccepted: S.PassportAccepted,
  PassportResetLinkRequest: S.PassportResetLinkRequest,
  PassportResetLinkStatus: S.PassportResetLinkStatus,
  PassportPasswordResetByLinkRequest: S.PassportPasswordResetByLinkRequest,
  PassportCompanyInfo: S.CompanyInfo,
  PassportCompanyUpdateRequest: S.CompanyUpdateRequest,
  PassportCompanyPasswordChangeRequest: S.CompanyPasswordChangeRequest,
  PassportHandoverRequest: S.HandoverRequest,
  PassportDomainChangeRequest: S.DomainChangeRequest,
  PassportDomainChangePreview: S.DomainChangePreviewResponse,
  PassportDomainChangeResult: S.DomainChangeResult,
  PassportSpacesStatus: S.SpacesStatus,
  PassportDissociateRequest: S.DissociateRequest,
  PassportSwitchSpaceRequest: S.SwitchSpaceRequest,
  PassportEmployeeBlock: S.EmployeeBlock,
  PassportEmployee: S.Employee,
  PassportEmployeePage: S.EmployeePage,
  PassportEmployeeCreateRequest: S.EmployeeCreateRequest,
  PassportEmployeeCreated: S.EmployeeCreated,
  PassportEmployeeUpdateRequest: S.EmployeeUpdateRequest,
  PassportEmployeePassport: S.EmployeePassport,
  PassportInvalidCredentialsProblem: S.PassportInvalidCredentialsProblem,
  PassportTooManyAttemptsProblem: S.PassportTooManyAttemptsProblem,
  PassportValidationProblem: S.PassportValidationProblem,
  PassportSpacesRefusedProblem: S.PassportSpacesRefusedProblem,
} as const;
type Component = keyof typeof COMPONENTS;

export function passportComponents(): Record<Component, Record<string, unknown>> {
  return componentSchemas(COMPONENTS, OVERRIDES);
}

const { json, problem, operation: op } = openApiBuilders<Component>('passport');
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The `version` of the resource as read, quoted: `"3"`. An older one gets 412; none gets 428.',
};
const employeeId = idParameter;
const PRIVATE_401 = problem('No passport session or an expired one (`/problems/session-required`): sign in again');
const INVALID = problem('A field is missing or malformed (`/problems/validation`, with `errors` as `{ field, issue }`)', 'PassportValidationProblem');
const SPACES_REFUSED = problem('Refused by the linked-spaces rules (`/problems/spaces-refused`, with `reason`)', 'PassportSpacesRefusedProblem');
const VERSION = {
  '412': problem('The version moved: someone else saved in between (`/problems/version-mismatch`); reload'),
  '428': problem('`If-Match` is missing (`/problems/version-required`)'),
};
const NOT_FOUND = problem('No such employee in this company (`/problems/not-found`)');
const LINK_REFUSED = {
  '404': problem('No such link (`/problems/link-unknown`)'),
  '410': problem('The link is past its validity or its login changed (`/problems/link-expired`), or it was already used (`/problems/link-used`): ask for a new one'),
};
const ETAG = { description: 'The `version` of the resource, quoted: `"3"` (the `If-Match` of its next change)', schema: { type: 'string' } };

export function passportPaths() {
  return {
    [`/${PASSPORT_REGISTRATION_PATH}`]: {
      post: op(
        'passportRegisterCompany',
        'PP-REGISTER: creates a subcontractor company account (SIRET or VAT number, regions, referent, password, anti-robot token); a confirmation is e-mailed to the referent, whose e-mail is the login',
        'PassportRegistrationRequest',
        {
          '201': json(
            'PassportRegistrationResponse',
            'Created; ALSO the answer (status, body, timing) when the referent e-mail is already a login: no company is created then, and the owner of that address is e-mailed that someone tried to register with it (no enumeration)',
          ),
          '409': problem('A company with this SIRET / VAT number already has an account (`/problems/company-exists`)'),
          '422': problem('The anti-robot token was refused (`/problems/robot-check-failed`), or a field (`/problems/validation`)'),
        },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_LOGIN_PATH}`]: {
      post: op(
        'passportLogin',
        'PP-LOGIN: one login attempt with the company login (the referent e-mail). Never retried by the client.',
        'PassportLoginRequest',
        {
          '200': json('PassportLoginResponse', 'Signed in, or a temporary password (handover) to replace first'),
          '401': problem('Wrong password OR unknown e-mail: the same status and body for both (`/problems/invalid-credentials`)', 'PassportInvalidCredentialsProblem'),
          '422': INVALID,
          '429': {
            ...problem(
              `Too many failures in a row for this e-mail, known or unknown alike (\`/problems/too-many-attempts\`): the ${THROTTLE_FREE_FAILURES}th failure in a row and every attempt during the wait, which is not checked. The wait starts at ${THROTTLE_FIRST_WAIT_MS / 1000} s and is multiplied by ${THROTTLE_WAIT_FACTOR} at each further failure, up to ${THROTTLE_MAX_WAIT_MS / 60_000} min; a success or a password reset ends the count. \`retryAfter\` = the \`Retry-After\` header, in seconds.`,
              'PassportTooManyAttemptsProblem',
            ),
            headers: { 'Retry-After': { description: 'Seconds to wait before the next attempt', schema: { type: 'integer', minimum: 1 } } },
          },
        },
        PUBLIC,
      ),
    },
    [`/${PASSPORT_NEW_PASSWORD_PATH}`]: {
      post: op(
        'passportChangeTemporaryPassword',
        'PP-SPACES handover: replaces the temporary password given by the former referent, then signs in',
        'PassportTemporaryPasswordChangeRequest',
        { '200': json('PassportLoginResponse', 'Signed in'), '410': problem('The step is over (`/problems/challenge-expired`): sign in again'), '422': INVALID },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_RESET_REQUEST_PATH}`]: {
      post: op(
        'passportRequestPasswordReset',
        'PP-LOGIN « Mot de passe oublié ? »: e-mails a reset link if an account has this e-mail. ALWAYS the same 202, whether or not an account exists.',
        'PassportPasswordResetRequest',
        { '202': json('PassportAccepted', 'Accepted (the same answer for every e-mail)'), '422': INVALID },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_RESET_LINK_STATUS_PATH}`]: {
      post: op(
        'passportGetResetLinkStatus',
        'PP-LOGIN, the page of the e-mailed reset link: whether the link can still be used (the token in the body, never in a URL)',
        'PassportResetLinkRequest',
        { '200': json('PassportResetLinkStatus', 'Valid until `expiresAt`'), ...LINK_REFUSED },
        PUBLIC,
      ),
    },
    [`/${PASSPORT_RESET_PATH}`]: {
      post: op(
        'passportResetPassword',
        `PP-LOGIN, the page of the e-mailed reset link (valid until the \`expiresAt\` of its status, single use; it also stops working when the company's login changes): the company's new password. ${POLICY} The company's sessions end and the login's failure count is cleared. This completes a handover left to « Mon successeur réinitialisera le mot de passe ».`,
        'PassportPasswordResetByLinkRequest',
        { '204': { description: 'The password is changed: sign in with it' }, ...LINK_REFUSED, '422': INVALID },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_LOGOUT_PATH}`]: {
      post: op(
        'passportLogout',
        'PP-LOGIN « Se déconnecter »: ends the passport session of the bearer token on the server; the token is refused from then on (401 `/problems/session-required`). Always 204, also when the session had already ended or none was sent (nothing to learn from it).',
        undefined,
        { '204': { description: 'The session is over' } },
        { security: [{ bearer: [] }, {}] },
      ),
    },
    [`/${PASSPORT_COMPANY_PATH}`]: {
      get: op('passportGetCompany', 'PP-COMPANY: the company information, with its `version` (also sent as `ETag`)', undefined, {
        '200': json('PassportCompanyInfo', 'The company'),
        '401': PRIVATE_401,
      }),
      put: op(
        'passportUpdateCompany',
        'PP-COMPANY: name, regions and referent names (not the login: see the handover)',
        'PassportCompanyUpdateRequest',
        { '200': json('PassportCompanyInfo', 'The company, with its new version'), '401': PRIVATE_401, '422': INVALID, ...VERSION },
        { parameters: [ifMatch] },
      ),
    },
    [`/${PASSPORT_COMPANY_PASSWORD_PATH}`]: {
      post: op(
        'passportChangeCompanyPassword',
        `PP-COMPANY: a new company password. ${POLICY}`,
        'PassportCompanyPasswordChangeRequest',
        { '204': { description: 'Changed' }, '401': PRIVATE_401, '422': INVALID },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_HANDOVER_PATH}`]: {
      post: op(
        'passportHandOverCompany',
        'PP-COMPANY / PP-SPACES: a new referent (names + e-mail = the new login); the password is kept, replaced by a temporary one to change at the first login, or left to a reset by the successor (the current one stops working). Refused while the spaces are linked (`dissociate-first`). The former referent can no longer link spaces.',
        'PassportHandoverRequest',
        {
          '200': json('PassportCompanyInfo', 'The company, with its new referent and version'),
          '401': PRIVATE_401,
          '409': problem('Refused by the linked-spaces rules (`/problems/spaces-refused`), or the e-mail is already a login (`/problems/email-unavailable`)'),
          '422': INVALID,
          ...VERSION,
        },
        { parameters: [ifMatch, idempotencyKey] },
      ),
    },
    [`/${PASSPORT_EMAIL_DOMAIN_PATH}`]: {
      get: op(
        'passportPreviewEmailDomainChange',
        'PP-COMPANY: how many employee addresses on `from` would move to `to`, and how many stay (another domain, sub-domains included; no e-mail)',
        undefined,
        { '200': json('PassportDomainChangePreview', 'The counts'), '401': PRIVATE_401, '422': INVALID },
        {
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string' } },
          ],
        },
      ),
      post: op(
        'passportChangeEmailDomain',
        'PP-COMPANY: moves every employee address on `fromDomain` to `toDomain` (the part before @ kept); the referent e-mail is not changed',
        'PassportDomainChangeRequest',
        { '200': json('PassportDomainChangeResult', 'How many changed'), '401': PRIVATE_401, '422': INVALID },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_SPACES_PATH}`]: {
      get: op('passportGetSpaces', 'PP-SPACES: linked or not, the reachable spaces, the active one, whether linking is possible', undefined, {
        '200': json('PassportSpacesStatus', 'The spaces'),
        '401': PRIVATE_401,
      }),
    },
    [`/${PASSPORT_SPACES_LINK_PATH}`]: {
      post: op(
        'passportLinkSpaces',
        'PP-SPACES: links the company, user (created if missing) and trainer spaces under the company login; only for the designated referent of an existing company account',
        undefined,
        { '200': json('PassportSpacesStatus', 'Linked'), '401': PRIVATE_401, '409': SPACES_REFUSED },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_SPACES_DISSOCIATE_PATH}`]: {
      post: op(
        'passportDissociateSpaces',
        'PP-SPACES: the user (and trainer) account gets its own login and password; the company keeps its login and password; the person stays the referent',
        'PassportDissociateRequest',
        { '200': json('PassportSpacesStatus', 'Separate'), '401': PRIVATE_401, '409': SPACES_REFUSED, '422': INVALID },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_SPACES_SWITCH_PATH}`]: {
      post: op(
        'passportSwitchSpace',
        'PP-SPACES: goes to another linked space',
        'PassportSwitchSpaceRequest',
        { '200': json('PassportSpacesStatus', 'Switched'), '401': PRIVATE_401, '409': SPACES_REFUSED },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_EMPLOYEES_PATH}`]: {
      get: op(
        'passportListEmployees',
        `PP-ROSTER: one page of the company's employees (\`limit\` up to ${S.EMPLOYEE_PAGE_MAX_LIMIT}, default ${S.EMPLOYEE_PAGE_DEFAULT_LIMIT}); follow \`nextCursor\` until null`,
        undefined,
        { '200': json('PassportEmployeePage', 'A page'), '401': PRIVATE_401, '422': INVALID },
        {
          parameters: [
            { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: 'The `nextCursor` of the previous page' },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: S.EMPLOYEE_PAGE_MAX_LIMIT } },
          ],
        },
      ),
      post: op(
        'passportCreateEmployee',
        `PP-ENROLL: enrols an employee; the answers give the profile; an SNBPE passport (only here, never on an update) within its validity (${SNBPE_PASSPORT_VALID_YEARS} years) validates at once the common modules (${SNBPE_COMMON_MODULES.join(', ')}); without an e-mail the first-login information goes to the referent`,
        'PassportEmployeeCreateRequest',
        { '201': json('PassportEmployeeCreated', 'Created'), '401': PRIVATE_401, '422': INVALID },
        { parameters: [idempotencyKey] },
      ),
    },
    [`/${PASSPORT_EMPLOYEES_PATH}/{id}`]: {
      get: op(
        'passportGetEmployee',
        'PP-ROSTER / PP-ENROLL: one employee, with its `version` (also sent as `ETag`): « Modifier un salarié » opened from an id, or one row reloaded after a 412',
        undefined,
        {
          '200': { ...json('PassportEmployee', 'The row'), headers: { ETag: ETAG } },
          '401': PRIVATE_401,
          '404': NOT_FOUND,
        },
        { parameters: [employeeId] },
      ),
      put: op(
        'passportUpdateEmployee',
        'PP-ROSTER « Modifier un salarié »: names, e-mail, answers (no SNBPE passport: an unknown key is refused)',
        'PassportEmployeeUpdateRequest',
        { '200': json('PassportEmployee', 'The row, with its new version'), '401': PRIVATE_401, '404': NOT_FOUND, '422': INVALID, ...VERSION },
        { parameters: [employeeId, ifMatch] },
      ),
      delete: op(
        'passportDeleteEmployee',
        'PP-ROSTER « Supprimer le profil »: the certificate is no longer valid and the employee no longer admitted on sites',
        undefined,
        { '204': { description: 'Deleted' }, '401': PRIVATE_401, '404': NOT_FOUND, ...VERSION },
        { parameters: [employeeId, ifMatch] },
      ),
    },
    [`/${PASSPORT_EMPLOYEES_PATH}/{id}/passport`]: {
      get: op(
        'passportGetEmployeePassport',
        `PP-ROSTER « Voir le passeport »: the employee's UNPG safety passport: the row (with \`blocked\`: module and since, while blocked), the SNBPE passport linked at creation (which validated the common modules: ${SNBPE_COMMON_MODULES.join(', ')}, when within its ${SNBPE_PASSPORT_VALID_YEARS} years on the day it was linked), and every module with its pass date and the failures counted (${MAX_FAILURES_PER_MODULE} allowed per module; the next one blocks)`,
        undefined,
        { '200': json('PassportEmployeePassport', 'The passport'), '401': PRIVATE_401, '404': NOT_FOUND },
        { parameters: [employeeId] },
      ),
    },
    [`/${PASSPORT_EMPLOYEES_PATH}/{id}/unblock`]: {
      post: op(
        'passportUnblockEmployee',
        `PP-BLOCK: the referent unblocks an employee blocked after more than ${MAX_FAILURES_PER_MODULE} failures on one module; every count starts again from zero. Unblocking an active employee changes nothing.`,
        undefined,
        { '200': json('PassportEmployee', 'The row, active'), '401': PRIVATE_401, '404': NOT_FOUND },
        { parameters: [employeeId, idempotencyKey] },
      ),
    },
  };
}
