/**
 * PP — the contract table of the safety passport: each operation once (method, path, body,
 * answer, problems, auth, If-Match, idempotency). `api.ts` calls through it, `openapi.ts`
 * documents it, and the mock registers its routes from it (`mock-api/src/passport/routes.ts`).
 *
 * - `public`: registration, login, forgotten password (no token, a final 401); `session`: the
 *   passport session as bearer.
 * - `ifMatch`: writes to the company and to an employee send `If-Match: "<version>"`.
 * - `never`: a credential check, sent once; `keyed`: an `Idempotency-Key`, retried safely.
 */
import * as z from 'zod/mini';
import { defineRoutes } from '../shared/contract.js';
import { PASSPORT_PROBLEMS } from './problems.js';
import * as S from './schemas.js';

/** A 204: no body. */
const NoContent = z.undefined();

const SIGNED_IN = ['sessionRequired'] as const;
const LINK = ['linkUnknown', 'linkExpired', 'linkUsed'] as const;
const VERSION = ['versionMismatch', 'versionRequired'] as const;

export const PASSPORT_ROUTES = defineRoutes(PASSPORT_PROBLEMS, {
  // PP-REGISTER
  register: {
    method: 'post',
    path: 'passport/companies',
    body: S.RegistrationRequest,
    response: S.RegistrationResponse,
    status: 201,
    problems: ['companyExists', 'robotCheckFailed', 'validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  // PP-LOGIN
  login: {
    method: 'post',
    path: 'passport/login',
    body: S.PassportLoginRequest,
    response: S.PassportLoginResponse,
    problems: ['invalidCredentials', 'validation', 'tooManyAttempts'],
    auth: 'public',
    idempotency: 'never',
  },
  newPassword: {
    method: 'post',
    path: 'passport/login/new-password',
    body: S.PassportTemporaryPasswordChangeRequest,
    response: S.PassportLoginResponse,
    problems: ['challengeExpired', 'validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  resetRequest: {
    method: 'post',
    path: 'passport/password-reset/request',
    body: S.PassportPasswordResetRequest,
    response: S.PassportAccepted,
    status: 202,
    problems: ['validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  resetLinkStatus: {
    method: 'post',
    path: 'passport/password-reset/status',
    body: S.PassportResetLinkRequest,
    response: S.PassportResetLinkStatus,
    problems: LINK,
    auth: 'public',
    idempotency: 'never',
  },
  reset: {
    method: 'post',
    path: 'passport/password-reset',
    body: S.PassportPasswordResetByLinkRequest,
    response: NoContent,
    status: 204,
    problems: [...LINK, 'validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  logout: {
    method: 'post',
    path: 'passport/session/logout',
    response: NoContent,
    status: 204,
    problems: [],
    auth: 'optional',
    idempotency: 'never',
  },
  // PP-COMPANY
  company: { method: 'get', path: 'passport/company', response: S.CompanyInfo, problems: SIGNED_IN, auth: 'session', idempotency: 'safe' },
  updateCompany: {
    method: 'put',
    path: 'passport/company',
    body: S.CompanyUpdateRequest,
    response: S.CompanyInfo,
    problems: [...SIGNED_IN, 'validation', ...VERSION],
    auth: 'session',
    idempotency: 'safe',
    ifMatch: true,
  },
  companyPassword: {
    method: 'post',
    path: 'passport/company/password',
    body: S.CompanyPasswordChangeRequest,
    response: NoContent,
    status: 204,
    problems: [...SIGNED_IN, 'validation'],
    auth: 'session',
    idempotency: 'keyed',
  },
  handover: {
    method: 'post',
    path: 'passport/company/handover',
    body: S.HandoverRequest,
    response: S.CompanyInfo,
    problems: [...SIGNED_IN, 'spacesRefused', 'emailUnavailable', 'validation', ...VERSION],
    auth: 'session',
    idempotency: 'keyed',
    ifMatch: true,
  },
  emailDomainPreview: {
    method: 'get',
    path: 'passport/company/email-domain',
    response: S.DomainChangePreviewResponse,
    problems: [...SIGNED_IN, 'validation'],
    auth: 'session',
    idempotency: 'safe',
  },
  emailDomain: {
    method: 'post',
    path: 'passport/company/email-domain',
    body: S.DomainChangeRequest,
    response: S.DomainChangeResult,
    problems: [...SIGNED_IN, 'validation'],
    auth: 'session',
    idempotency: 'keyed',
  },
  // PP-SPACES
  spaces: { method: 'get', path: 'passport/spaces', response: S.SpacesStatus, problems: SIGNED_IN, auth: 'session', idempotency: 'safe' },
  linkSpaces: {
    method: 'post',
    path: 'passport/spaces/link',
    response: S.SpacesStatus,
    problems: [...SIGNED_IN, 'spacesRefused'],
    auth: 'session',
    idempotency: 'keyed',
  },
  dissociateSpaces: {
    method: 'post',
    path: 'passport/spaces/dissociate',
    body: S.DissociateRequest,
    response: S.SpacesStatus,
    problems: [...SIGNED_IN, 'spacesRefused', 'emailUnavailable', 'validation'],
    auth: 'session',
    idempotency: 'keyed',
  },
  switchSpace: {
    method: 'post',
    path: 'passport/spaces/switch',
    body: S.SwitchSpaceRequest,
    response: S.SpacesStatus,
    problems: [...SIGNED_IN, 'spacesRefused'],
    auth: 'session',
    idempotency: 'keyed',
  },
  // PP-ROSTER / PP-ENROLL / PP-BLOCK
  employees: {
    method: 'get',
    path: 'passport/employees',
    response: S.EmployeePage,
    problems: [...SIGNED_IN, 'validation'],
    auth: 'session',
    idempotency: 'safe',
  },
  createEmployee: {
    method: 'post',
    path: 'passport/employees',
    body: S.EmployeeCreateRequest,
    response: S.EmployeeCreated,
    status: 201,
    problems: [...SIGNED_IN, 'validation'],
    auth: 'session',
    idempotency: 'keyed',
  },
  employee: {
    method: 'get',
    path: 'passport/employees/{id}',
    response: S.Employee,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'safe',
  },
  updateEmployee: {
    method: 'put',
    path: 'passport/employees/{id}',
    body: S.EmployeeUpdateRequest,
    response: S.Employee,
    problems: [...SIGNED_IN, 'notFound', 'validation', ...VERSION],
    auth: 'session',
    idempotency: 'safe',
    ifMatch: true,
  },
  deleteEmployee: {
    method: 'delete',
    path: 'passport/employees/{id}',
    response: NoContent,
    status: 204,
    problems: [...SIGNED_IN, 'notFound', ...VERSION],
    auth: 'session',
    idempotency: 'safe',
    ifMatch: true,
  },
  employeePassport: {
    method: 'get',
    path: 'passport/employees/{id}/passport',
    response: S.EmployeePassport,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'safe',
  },
  unblockEmployee: {
    method: 'post',
    path: 'passport/employees/{id}/unblock',
    response: S.Employee,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'keyed',
  },
});

export type PassportRouteName = keyof typeof PASSPORT_ROUTES;
