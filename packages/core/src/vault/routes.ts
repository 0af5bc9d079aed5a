/**
 * VA — the contract table of the payslip vault: each operation once (method, path, body, answer,
 * problems, auth, idempotency). `api.ts` calls through it, `openapi.ts` documents it, and the mock
 * registers its routes from it (`mock-api/src/vault/routes.ts`).
 *
 * - `public`: no token and a final 401 (login, reset, lost identifier, activation, paper request);
 *   `session`: the vault session as bearer (profile, documents, logout).
 * - `never`: a credential check, sent once (every attempt counts); `keyed`: carries an
 *   `Idempotency-Key`, so the client may retry it and the server replays its first answer.
 */
import * as z from 'zod/mini';
import { defineRoutes } from '../shared/contract.js';
import { VAULT_PROBLEMS } from './problems.js';
import * as S from './schemas.js';

/** A 204: no body. */
const NoContent = z.undefined();

const SIGNED_IN = ['sessionRequired'] as const;
const LINK = ['tokenUnknown', 'tokenExpired', 'tokenUsed'] as const;

export const VAULT_ROUTES = defineRoutes(VAULT_PROBLEMS, {
  // VA-LOGIN
  login: {
    method: 'post',
    path: 'vault/login',
    body: S.LoginRequest,
    response: S.LoginResponse,
    problems: ['invalidCredentials', 'locked', 'validation'],
    auth: 'public',
    idempotency: 'never',
  },
  secondFactor: {
    method: 'post',
    path: 'vault/login/second-factor',
    body: S.SecondFactorVerifyRequest,
    response: S.LoginResponse,
    problems: ['challengeExpired', 'invalidCode', 'locked'],
    auth: 'public',
    idempotency: 'never',
  },
  secondFactorResend: {
    method: 'post',
    path: 'vault/login/second-factor/resend',
    body: S.ChallengeRequest,
    response: S.CodeSent,
    problems: ['challengeExpired', 'resendTooEarly'],
    auth: 'public',
    idempotency: 'never',
  },
  newPassword: {
    method: 'post',
    path: 'vault/login/new-password',
    body: S.TemporaryPasswordChangeRequest,
    response: S.LoginResponse,
    problems: ['challengeExpired', 'passwordPolicy'],
    auth: 'public',
    idempotency: 'keyed',
  },
  logout: {
    method: 'post',
    path: 'vault/logout',
    response: NoContent,
    status: 204,
    problems: SIGNED_IN,
    auth: 'session',
    idempotency: 'keyed',
  },
  // VA-RESET
  resetRequest: {
    method: 'post',
    path: 'vault/password-reset/request',
    body: S.PasswordResetRequest,
    response: S.Accepted,
    status: 202,
    problems: ['validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  resetStatus: {
    method: 'post',
    path: 'vault/password-reset/status',
    body: S.LinkTokenRequest,
    response: S.LinkStatusResponse,
    problems: ['tokenUnknown'],
    auth: 'public',
    idempotency: 'keyed',
  },
  reset: {
    method: 'post',
    path: 'vault/password-reset',
    body: S.PasswordResetConfirm,
    response: NoContent,
    status: 204,
    problems: [...LINK, 'passwordPolicy'],
    auth: 'public',
    idempotency: 'keyed',
  },
  // VA-LOSTID
  identifierRecovery: {
    method: 'post',
    path: 'vault/identifier-recovery',
    body: S.IdentifierRecoveryRequest,
    response: S.Accepted,
    status: 202,
    problems: ['validation'],
    auth: 'public',
    idempotency: 'keyed',
  },
  // VA-ACTIVATE
  activationStatus: {
    method: 'post',
    path: 'vault/activation/status',
    body: S.LinkTokenRequest,
    response: S.ActivationStatusResponse,
    problems: ['tokenUnknown'],
    auth: 'public',
    idempotency: 'keyed',
  },
  activationCode: {
    method: 'post',
    path: 'vault/activation/code',
    body: S.LinkTokenRequest,
    response: S.CodeSent,
    problems: [...LINK, 'noSmsCode', 'resendTooEarly'],
    auth: 'public',
    idempotency: 'never',
  },
  activate: {
    method: 'post',
    path: 'vault/activation',
    body: S.ActivationRequest,
    response: S.SignedIn,
    problems: [...LINK, 'passwordPolicy', 'invalidCode', 'validation', 'emailUnavailable'],
    auth: 'public',
    idempotency: 'keyed',
  },
  // VA-PROFILE
  profile: { method: 'get', path: 'vault/profile', response: S.VaultProfile, problems: SIGNED_IN, auth: 'session', idempotency: 'safe' },
  profileEmail: {
    method: 'post',
    path: 'vault/profile/email',
    body: S.EmailChangeRequest,
    response: S.VaultProfile,
    problems: [...SIGNED_IN, 'invalidCurrentPassword', 'validation', 'locked'],
    auth: 'session',
    idempotency: 'never',
  },
  emailConfirmation: {
    method: 'post',
    path: 'vault/email-confirmation',
    body: S.LinkTokenRequest,
    response: S.EmailConfirmed,
    problems: [...LINK, 'emailUnavailable'],
    auth: 'public',
    idempotency: 'keyed',
  },
  profilePassword: {
    method: 'post',
    path: 'vault/profile/password',
    body: S.PasswordChangeRequest,
    response: NoContent,
    status: 204,
    problems: [...SIGNED_IN, 'invalidCurrentPassword', 'passwordPolicy', 'locked'],
    auth: 'session',
    idempotency: 'keyed',
  },
  // VA-DOCS
  documents: {
    method: 'get',
    path: 'vault/documents',
    response: S.DocumentsResponse,
    problems: SIGNED_IN,
    auth: 'session',
    idempotency: 'safe',
  },
  documentPdf: {
    method: 'get',
    path: 'vault/documents/{id}/pdf',
    response: S.PdfFile,
    produces: 'application/pdf',
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'safe',
  },
  archive: {
    method: 'post',
    path: 'vault/documents/{id}/archive',
    response: S.VaultDocument,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'keyed',
  },
  restore: {
    method: 'post',
    path: 'vault/documents/{id}/restore',
    response: S.VaultDocument,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'keyed',
  },
  move: {
    method: 'post',
    path: 'vault/documents/{id}/move',
    body: S.MoveDocumentRequest,
    response: S.VaultDocument,
    problems: [...SIGNED_IN, 'notFound'],
    auth: 'session',
    idempotency: 'keyed',
  },
  // VA-PAPER
  paperRequest: {
    method: 'post',
    path: 'vault/paper-requests',
    body: S.PaperRequest,
    response: S.PaperRequestDraft,
    status: 201,
    problems: ['invalidCredentials', 'locked', 'validation'],
    auth: 'public',
    idempotency: 'never',
  },
  paperConfirm: {
    method: 'post',
    path: 'vault/paper-requests/confirm',
    body: S.PaperRequestConfirm,
    response: S.PaperRequestConfirmation,
    status: 201,
    problems: ['challengeExpired', 'notFound'],
    auth: 'public',
    idempotency: 'keyed',
  },
});

export type VaultRouteName = keyof typeof VAULT_ROUTES;
