/**
 * RS-CONTACTS — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/contacts/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules:
 *
 * - the caller's level (`callerLevelOn`: the demo's « Claire Martin » is an administrator) decides
 *   what they may do (`canManageContacts`) and grant (`levelChangeRefusal`), 403 `permission-denied`;
 * - personal data only until access is granted (409 `contact-locked`), checked by `checkPersonalData`;
 * - invitations valid `INVITATION_VALID_DAYS`, read `expired` after (`contactAt`); grant only a contact
 *   never invited, resend only a pending or expired one (409 `invitation-state`);
 * - inviting an address that already has a MySecuritas account answers the very same 201 (the
 *   e-mail it gets differs: sign in, instead of create an account), so nobody learns who has one;
 * - every invitation goes to the outbox (`remoteInvitationOutbox`), which the demo shows.
 */
import { HttpResponse } from 'msw';
import {
  ContactUpdateRequest,
  InvitationRequest,
  PermissionChangeRequest,
  canEditPersonalData,
  canManageContacts,
  checkPersonalData,
  contactAt,
  invitationActionOf,
  isContactEmail,
  levelChangeRefusal,
  normalizeContactPhone,
  sentInvitation,
  type Contact,
  type ContactFieldError,
  type ContactsCaller,
  type SiteContacts,
} from '@vigie/core/remote-services';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import { callerLevelOn, contactsPart, hasMySecuritasAccount, type RemoteInvitationMail } from './store.js';
import { REMOTE_CONTACTS_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute } from '../../contract.js';

const str = (v: unknown) => String(v ?? '');
const callerOf = (ctx: RouteContext, siteId: string): ContactsCaller => ({
  permission: callerLevelOn(ctx.remote, siteId),
  contactId: contactsPart(ctx.remote).self.get(siteId) ?? null,
});

const notFound = (ctx: RouteContext, what: string) => problem(404, 'not-found', 'Not found', what, { instance: ctx.instance });
const denied = (ctx: RouteContext, reason: string) =>
  problem(403, 'permission-denied', 'Permission denied', 'Your permission level on this site does not allow this.', {
    instance: ctx.instance,
    extensions: { reason },
  });
const invalid = (ctx: RouteContext, errors: readonly ContactFieldError[] | readonly { field: string; issue: string }[]) =>
  problem(422, 'validation', 'Invalid request', 'Some fields are missing or malformed.', {
    instance: ctx.instance,
    extensions: { errors },
  });
const wrongState = (ctx: RouteContext, state: string) =>
  problem(409, 'invitation-state', 'Not in this invitation state', `The contact’s invitation is ${state}.`, { instance: ctx.instance });

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** A zod failure as field errors (core's issue codes). */
function zodErrors(issues: readonly { path: readonly PropertyKey[]; code: string }[], body: unknown): { field: string; issue: string }[] {
  return issues.map((i) => {
    const field = i.path.map(String).join('.') || 'body';
    const value = i.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), body);
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const issue = blank ? 'required' : i.code === 'too_big' ? 'too-long' : /email/i.test(field) ? 'invalid-email' : 'required';
    return { field, issue };
  });
}

/** The site and the contact a route names, as seen now; or the 404. */
function find(ctx: RouteContext): { contact: Contact; stored: Contact } | Response {
  const siteId = str(ctx.params.siteId);
  if (!ctx.remote.site(siteId)) return notFound(ctx, 'No such site.');
  const stored = ctx.remote.contactsOf(siteId).find((c) => c.id === str(ctx.params.contactId));
  if (!stored) return notFound(ctx, 'No such contact on this site.');
  return { stored, contact: contactAt(stored, ctx.remote.now()) };
}

/** Replays the answer an `Idempotency-Key` already got (a retried POST never invites twice). */
function keyed(ctx: RouteContext, answer: () => Response | Promise<Response>): Response | Promise<Response> {
  const key = ctx.request.headers.get('Idempotency-Key')?.trim();
  const answers = contactsPart(ctx.remote).answers;
  const scope = key ? `${ctx.request.method} ${ctx.instance} ${key}` : undefined;
  const kept = scope ? answers.get(scope) : undefined;
  if (kept) return HttpResponse.json(kept.body as never, { status: kept.status });
  return Promise.resolve(answer()).then(async (response) => {
    if (scope && response.ok) answers.set(scope, { status: response.status, body: await response.clone().json() });
    return response;
  });
}

function mail(ctx: RouteContext, contact: Contact, resent: boolean): void {
  const to = contact.emails[0]!;
  const entry: RemoteInvitationMail = {
    kind: hasMySecuritasAccount(ctx.remote, to) ? 'invitation-existing-account' : 'invitation',
    to,
    siteId: contact.siteId,
    siteName: ctx.remote.site(contact.siteId)?.name ?? contact.siteId,
    contactId: contact.id,
    name: `${contact.firstName} ${contact.lastName}`,
    permission: contact.permission,
    from: ctx.remote.userName,
    sentAt: contact.invitation.sentAt!,
    expiresAt: contact.invitation.expiresAt!,
    resent,
  };
  contactsPart(ctx.remote).outbox.push(entry);
}

export function remoteContactsRoutes(): RouteDefinition[] {
  return routesFromTable(
    REMOTE_CONTACTS_ROUTES,
    {
      siteContacts: {
        ok: (ctx) => {
          const siteId = str(ctx.params.siteId);
          if (!ctx.remote.site(siteId)) return notFound(ctx, 'No such site.');
          const now = ctx.remote.now();
          const body: SiteContacts = {
            siteId,
            caller: callerOf(ctx, siteId),
            contacts: ctx.remote.contactsOf(siteId).map((c) => contactAt(c, now)),
          };
          return HttpResponse.json(body);
        },
        malformed: (ctx) => ({ siteId: str(ctx.params.siteId), caller: { permission: 'chef' }, contacts: 'aucun' }),
      },
      updateContact: {
        ok: async (ctx) => {
          const found = find(ctx);
          if (found instanceof Response) return found;
          const { contact, stored } = found;
          if (!canManageContacts(callerOf(ctx, contact.siteId))) return denied(ctx, 'not-allowed');
          if (!canEditPersonalData(contact.invitation.state)) {
            return problem(
              409,
              'contact-locked',
              'Contact locked',
              'This person has access to MySecuritas: they keep their information up to date themselves.',
              { instance: ctx.instance },
            );
          }
          const body = await jsonBody(ctx.request);
          const parsed = ContactUpdateRequest.safeParse(body);
          if (!parsed.success) return invalid(ctx, zodErrors(parsed.error.issues, body));
          const { firstName, lastName, phone, emails } = parsed.data;
          const errors = checkPersonalData({ firstName, lastName, phone: phone ?? '', emails }, contact.invitation.state);
          if (errors.length) return invalid(ctx, errors);
          Object.assign(stored, { firstName, lastName, phone: phone === null ? null : normalizeContactPhone(phone)!, emails });
          return HttpResponse.json(contactAt(stored, ctx.remote.now()));
        },
        malformed: () => ({ id: 42, firstName: null }),
      },
      changePermission: {
        ok: async (ctx) => {
          const found = find(ctx);
          if (found instanceof Response) return found;
          const { contact, stored } = found;
          const body = await jsonBody(ctx.request);
          const parsed = PermissionChangeRequest.safeParse(body);
          if (!parsed.success) return invalid(ctx, [{ field: 'permission', issue: 'required' }]);
          const refusal = levelChangeRefusal(callerOf(ctx, contact.siteId), contact, parsed.data.permission);
          if (refusal) return denied(ctx, refusal);
          stored.permission = parsed.data.permission;
          return HttpResponse.json(contactAt(stored, ctx.remote.now()));
        },
        malformed: () => ({ permission: 'chef' }),
      },
      grantAccess: {
        ok: (ctx) =>
          keyed(ctx, () => {
            const found = find(ctx);
            if (found instanceof Response) return found;
            const { contact, stored } = found;
            if (!canManageContacts(callerOf(ctx, contact.siteId))) return denied(ctx, 'not-allowed');
            if (invitationActionOf(contact.invitation.state) !== 'grant') return wrongState(ctx, contact.invitation.state);
            if (contact.emails.length === 0) return invalid(ctx, [{ field: 'emails.0', issue: 'email-required' }]);
            stored.invitation = sentInvitation(ctx.remote.now());
            mail(ctx, stored, false);
            return HttpResponse.json(stored);
          }),
        malformed: () => ({ invitation: { state: 'envoyée' } }),
      },
      resendInvitation: {
        ok: (ctx) =>
          keyed(ctx, () => {
            const found = find(ctx);
            if (found instanceof Response) return found;
            const { contact, stored } = found;
            if (!canManageContacts(callerOf(ctx, contact.siteId))) return denied(ctx, 'not-allowed');
            if (invitationActionOf(contact.invitation.state) !== 'resend') return wrongState(ctx, contact.invitation.state);
            if (contact.emails.length === 0) return invalid(ctx, [{ field: 'emails.0', issue: 'email-required' }]);
            stored.invitation = sentInvitation(ctx.remote.now());
            mail(ctx, stored, true);
            return HttpResponse.json(stored);
          }),
        malformed: () => ({ invitation: { state: 'renvoyée' } }),
      },
      invite: {
        ok: (ctx) =>
          keyed(ctx, async () => {
            const siteId = str(ctx.params.siteId);
            if (!ctx.remote.site(siteId)) return notFound(ctx, 'No such site.');
            const caller = callerOf(ctx, siteId);
            if (!canManageContacts(caller)) return denied(ctx, 'not-allowed');
            const body = await jsonBody(ctx.request);
            const parsed = InvitationRequest.safeParse(body);
            if (!parsed.success) return invalid(ctx, zodErrors(parsed.error.issues, body));
            const { firstName, lastName, email, permission } = parsed.data;
            if (levelChangeRefusal(caller, { id: '', permission: 'viewer' }, permission)) return denied(ctx, 'level-not-grantable');
            if (isContactEmail(ctx.remote.contactsOf(siteId), email)) {
              return problem(
                409,
                'already-contact',
                'Already a contact',
                'A contact of this site already has this address: grant them access or resend their invitation.',
                {
                  instance: ctx.instance,
                  extensions: { errors: [{ field: 'email', issue: 'already-contact' }] },
                },
              );
            }
            const contact: Contact = {
              id: ctx.remote.nextId(`${siteId}-ct`),
              siteId,
              firstName,
              lastName,
              phone: null,
              emails: [email],
              permission,
              invitation: sentInvitation(ctx.remote.now()),
            };
            ctx.remote.data.contacts.push(contact);
            // The same answer whether or not the address has a MySecuritas account (no enumeration): only the e-mail differs.
            mail(ctx, contact, false);
            return HttpResponse.json(contact, { status: 201 });
          }),
        malformed: () => ({ id: null }),
      },
    },
    plainRoute,
  );
}
