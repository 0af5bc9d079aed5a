/**
 * PP — the passport's part of the OpenAPI document (components and paths), generated from the
 * zod schemas and the contract table (`routes.ts`): only the prose is written here; `openapi.ts` composes it with the other services. Not exported from the passport's
 * entry: only the document needs it.
 */
import type * as z from 'zod/mini';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { PASSPORT_PROBLEMS, type PassportProblemName } from './problems.js';
import { PASSPORT_ROUTES, type PassportRouteName } from './routes.js';
import { MAX_FAILURES_PER_MODULE } from './blocking.js';
import { THROTTLE_FIRST_WAIT_MS, THROTTLE_FREE_FAILURES, THROTTLE_MAX_WAIT_MS, THROTTLE_WAIT_FACTOR } from './throttle.js';
import { SNBPE_COMMON_MODULES, SNBPE_PASSPORT_VALID_YEARS } from './snbpe.js';
import * as S from './schemas.js';
import { componentSchemas, pathsOf, type OperationDoc, type ProblemDoc, type SchemaOverrides } from '../shared/openapi-builders.js';

const POLICY = `At least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters counted in Unicode code points; no composition rule; never trimmed. The server also refuses (NIST SP 800-63B; 422 \`/problems/validation\` on the password field) a password from its list of common ones, matched case-insensitively (\`password-common\`), the current password (\`password-same-as-current\`) and the temporary password being replaced (\`password-same-as-temporary\`).`;

/** What a JSON Schema cannot say of a refinement, said in words (and as a pattern where one exists). */
const OVERRIDES: SchemaOverrides = new Map<z.ZodMiniType, Record<string, unknown>>([
  [S.PassportNewPassword, { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: POLICY }],
  [
    S.Siret,
    {
      type: 'string',
      pattern: '^\\d{14}$',
      description:
        '14 digits, no spaces; Luhn check digit (La Poste, SIREN 356000000: the sum of the digits is a multiple of 5, its head office 35600000000048 aside).',
    },
  ],
  [
    S.Vat,
    {
      type: 'string',
      pattern: '^[A-Z]{2}[0-9A-Z+*]{2,12}$',
      description:
        'Normalised (upper case, no separators); the VIES format of its country (EL: Greece, XI: Northern Ireland); FR: key = (12 + 3 × (SIREN mod 97)) mod 97 on a valid SIREN.',
    },
  ],
  [
    S.Domain,
    { type: 'string', maxLength: 253, description: 'An e-mail domain, e.g. granulats-dupont.fr (a leading @ is dropped, case ignored).' },
  ],
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

const ETAG = {
  description: 'The `version` of the resource, quoted: `"3"` (the `If-Match` of its next change)',
  schema: { type: 'string' },
};

/** What each problem type means, in the document (its status, title and type URI are in `problems.ts`). */
const PROBLEM_DOCS: Record<PassportProblemName, ProblemDoc<Component>> = {
  invalidCredentials: {
    description: 'Wrong password OR unknown e-mail: the same status and body for both',
    schema: 'PassportInvalidCredentialsProblem',
  },
  tooManyAttempts: {
    description: `Too many failures in a row for this e-mail, known or unknown alike: the ${THROTTLE_FREE_FAILURES}th failure in a row and every attempt during the wait, which is not checked. The wait starts at ${THROTTLE_FIRST_WAIT_MS / 1000} s and is multiplied by ${THROTTLE_WAIT_FACTOR} at each further failure, up to ${THROTTLE_MAX_WAIT_MS / 60_000} min; a success or a password reset ends the count. \`retryAfter\` = the \`Retry-After\` header, in seconds.`,
    schema: 'PassportTooManyAttemptsProblem',
    headers: { 'Retry-After': { description: 'Seconds to wait before the next attempt', schema: { type: 'integer', minimum: 1 } } },
  },
  sessionRequired: { description: 'No passport session or an expired one: sign in again' },
  challengeExpired: { description: 'The temporary-password step is over: sign in again' },
  linkExpired: { description: 'The link is past its validity or its login changed: ask for a new one' },
  linkUsed: { description: 'The link was already used: ask for a new one if needed' },
  linkUnknown: { description: 'No such link' },
  validation: { description: 'A field is missing or malformed (with `errors` as `{ field, issue }`)', schema: 'PassportValidationProblem' },
  robotCheckFailed: { description: 'The anti-robot token was refused' },
  companyExists: { description: 'A company with this SIRET / VAT number already has an account' },
  emailUnavailable: { description: 'The e-mail is already a login' },
  spacesRefused: { description: 'Refused by the linked-spaces rules (with `reason`)', schema: 'PassportSpacesRefusedProblem' },
  versionMismatch: { description: 'The version moved: someone else saved in between; reload' },
  versionRequired: { description: '`If-Match` is missing' },
  notFound: { description: 'No such employee in this company' },
};

/** The prose of each operation (the rest comes from the table). */
const DOCS: Record<PassportRouteName, OperationDoc> = {
  register: {
    operationId: 'passportRegisterCompany',
    summary:
      'PP-REGISTER: creates a subcontractor company account (SIRET or VAT number, regions, referent, password, anti-robot token); a confirmation is e-mailed to the referent, whose e-mail is the login',
    ok: 'Created; ALSO the answer (status, body, timing) when the referent e-mail is already a login: no company is created then, and the owner of that address is e-mailed that someone tried to register with it (no enumeration)',
  },
  login: {
    operationId: 'passportLogin',
    summary: 'PP-LOGIN: one login attempt with the company login (the referent e-mail). Never retried by the client.',
    ok: 'Signed in, or a temporary password (handover) to replace first',
  },
  newPassword: {
    operationId: 'passportChangeTemporaryPassword',
    summary: 'PP-SPACES handover: replaces the temporary password given by the former referent, then signs in',
    ok: 'Signed in',
  },
  resetRequest: {
    operationId: 'passportRequestPasswordReset',
    summary:
      'PP-LOGIN « Mot de passe oublié ? »: e-mails a reset link if an account has this e-mail. ALWAYS the same 202, whether or not an account exists.',
    ok: 'Accepted (the same answer for every e-mail)',
  },
  resetLinkStatus: {
    operationId: 'passportGetResetLinkStatus',
    summary: 'PP-LOGIN, the page of the e-mailed reset link: whether the link can still be used (the token in the body, never in a URL)',
    ok: 'Valid until `expiresAt`',
  },
  reset: {
    operationId: 'passportResetPassword',
    summary: `PP-LOGIN, the page of the e-mailed reset link (valid until the \`expiresAt\` of its status, single use; it also stops working when the company's login changes): the company's new password. ${POLICY} The company's sessions end and the login's failure count is cleared. This completes a handover left to « Mon successeur réinitialisera le mot de passe ».`,
    ok: 'The password is changed: sign in with it',
  },
  logout: {
    operationId: 'passportLogout',
    summary:
      'PP-LOGIN « Se déconnecter »: ends the passport session of the bearer token on the server; the token is refused from then on (401 `/problems/session-required`). Always 204, also when the session had already ended or none was sent (nothing to learn from it).',
    ok: 'The session is over',
  },
  company: {
    operationId: 'passportGetCompany',
    summary: 'PP-COMPANY: the company information, with its `version` (also sent as `ETag`)',
    ok: 'The company',
  },
  updateCompany: {
    operationId: 'passportUpdateCompany',
    summary: 'PP-COMPANY: name, regions and referent names (not the login: see the handover)',
    ok: 'The company, with its new version',
  },
  companyPassword: {
    operationId: 'passportChangeCompanyPassword',
    summary: `PP-COMPANY: a new company password. ${POLICY}`,
    ok: 'Changed',
  },
  handover: {
    operationId: 'passportHandOverCompany',
    summary:
      'PP-COMPANY / PP-SPACES: a new referent (names + e-mail = the new login); the password is kept, replaced by a temporary one to change at the first login, or left to a reset by the successor (the current one stops working). Refused while the spaces are linked (`dissociate-first`). The former referent can no longer link spaces.',
    ok: 'The company, with its new referent and version',
  },
  emailDomainPreview: {
    operationId: 'passportPreviewEmailDomainChange',
    summary:
      'PP-COMPANY: how many employee addresses on `from` would move to `to`, and how many stay (another domain, sub-domains included; no e-mail)',
    ok: 'The counts',
    query: [
      { name: 'from', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'to', in: 'query', required: true, schema: { type: 'string' } },
    ],
  },
  emailDomain: {
    operationId: 'passportChangeEmailDomain',
    summary:
      'PP-COMPANY: moves every employee address on `fromDomain` to `toDomain` (the part before @ kept); the referent e-mail is not changed',
    ok: 'How many changed',
  },
  spaces: {
    operationId: 'passportGetSpaces',
    summary: 'PP-SPACES: linked or not, the reachable spaces, the active one, whether linking is possible',
    ok: 'The spaces',
  },
  linkSpaces: {
    operationId: 'passportLinkSpaces',
    summary:
      'PP-SPACES: links the company, user (created if missing) and trainer spaces under the company login; only for the designated referent of an existing company account',
    ok: 'Linked',
  },
  dissociateSpaces: {
    operationId: 'passportDissociateSpaces',
    summary:
      'PP-SPACES: the user (and trainer) account gets its own login and password; the company keeps its login and password; the person stays the referent',
    ok: 'Separate',
  },
  switchSpace: { operationId: 'passportSwitchSpace', summary: 'PP-SPACES: goes to another linked space', ok: 'Switched' },
  employees: {
    operationId: 'passportListEmployees',
    summary: `PP-ROSTER: one page of the company's employees (\`limit\` up to ${S.EMPLOYEE_PAGE_MAX_LIMIT}, default ${S.EMPLOYEE_PAGE_DEFAULT_LIMIT}); follow \`nextCursor\` until null`,
    ok: 'A page',
    query: [
      { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: 'The `nextCursor` of the previous page' },
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: S.EMPLOYEE_PAGE_MAX_LIMIT } },
    ],
  },
  createEmployee: {
    operationId: 'passportCreateEmployee',
    summary: `PP-ENROLL: enrols an employee; the answers give the profile; an SNBPE passport (only here, never on an update) within its validity (${SNBPE_PASSPORT_VALID_YEARS} years) validates at once the common modules (${SNBPE_COMMON_MODULES.join(', ')}); without an e-mail the first-login information goes to the referent`,
    ok: 'Created',
  },
  employee: {
    operationId: 'passportGetEmployee',
    summary:
      'PP-ROSTER / PP-ENROLL: one employee, with its `version` (also sent as `ETag`): « Modifier un salarié » opened from an id, or one row reloaded after a 412',
    ok: 'The row',
    okHeaders: { ETag: ETAG },
  },
  updateEmployee: {
    operationId: 'passportUpdateEmployee',
    summary: 'PP-ROSTER « Modifier un salarié »: names, e-mail, answers (no SNBPE passport: an unknown key is refused)',
    ok: 'The row, with its new version',
  },
  deleteEmployee: {
    operationId: 'passportDeleteEmployee',
    summary: 'PP-ROSTER « Supprimer le profil »: the certificate is no longer valid and the employee no longer admitted on sites',
    ok: 'Deleted',
  },
  employeePassport: {
    operationId: 'passportGetEmployeePassport',
    summary: `PP-ROSTER « Voir le passeport »: the employee's UNPG safety passport: the row (with \`blocked\`: module and since, while blocked), the SNBPE passport linked at creation (which validated the common modules: ${SNBPE_COMMON_MODULES.join(', ')}, when within its ${SNBPE_PASSPORT_VALID_YEARS} years on the day it was linked), and every module with its pass date and the failures counted (${MAX_FAILURES_PER_MODULE} allowed per module; the next one blocks)`,
    ok: 'The passport',
  },
  unblockEmployee: {
    operationId: 'passportUnblockEmployee',
    summary: `PP-BLOCK: the referent unblocks an employee blocked after more than ${MAX_FAILURES_PER_MODULE} failures on one module; every count starts again from zero. Unblocking an active employee changes nothing.`,
    ok: 'The row, active',
  },
};

export function passportPaths() {
  return pathsOf({
    tag: 'passport',
    routes: PASSPORT_ROUTES,
    problems: PASSPORT_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: PROBLEM_DOCS,
  });
}
