/**
 * RS-CONTACTS — the mock's own state for the contacts part (through `RemoteStore.part`): the
 * caller's level on each site, the invitation outbox (what a real MySecuritas would have e-mailed:
 * the demo shows it), and the answers kept by `Idempotency-Key`.
 */
import { sameEmail, type PermissionLevel } from '@vigie/core';
import type { RemoteStore } from '../store.js';

/** One e-mail a real MySecuritas would have sent for RS-CONTACTS. */
export interface RemoteInvitationMail {
  /** `invitation`: to create an account; `invitation-existing-account`: the address already has one (sign in to see the site). */
  readonly kind: 'invitation' | 'invitation-existing-account';
  readonly to: string;
  readonly siteId: string;
  readonly siteName: string;
  readonly contactId: string;
  readonly name: string;
  readonly permission: PermissionLevel;
  /** Who invited (the portal user). */
  readonly from: string;
  readonly sentAt: string;
  readonly expiresAt: string;
  /** A resend (the earlier link stopped working). */
  readonly resent: boolean;
}

export interface ContactsPart {
  /** The caller's level by site (default: administrator, the demo's « Claire Martin »). */
  readonly levels: Map<string, PermissionLevel>;
  /** The caller's own contact by site (default: none). */
  readonly self: Map<string, string>;
  readonly outbox: RemoteInvitationMail[];
  /** Idempotency-Key → the answer given (status, body). */
  readonly answers: Map<string, { status: number; body: unknown }>;
}

export const contactsPart = (remote: RemoteStore): ContactsPart =>
  remote.part<ContactsPart>('contacts', () => ({ levels: new Map(), self: new Map(), outbox: [], answers: new Map() }));

/** The demo user's level on a site. */
export const callerLevelOn = (remote: RemoteStore, siteId: string): PermissionLevel =>
  contactsPart(remote).levels.get(siteId) ?? 'administrator';

/** Sets the caller's level on a site (tests, stories), and optionally which contact they are. */
export function setRemoteCallerLevel(remote: RemoteStore, siteId: string, level: PermissionLevel, contactId?: string): void {
  const part = contactsPart(remote);
  part.levels.set(siteId, level);
  if (contactId) part.self.set(siteId, contactId);
}

/** The invitations the mock would have e-mailed during this visit, oldest first. */
export const remoteInvitationOutbox = (remote: RemoteStore): readonly RemoteInvitationMail[] => contactsPart(remote).outbox;

/** Whether an address already has a MySecuritas account: someone with access granted on any site. */
export const hasMySecuritasAccount = (remote: RemoteStore, email: string): boolean =>
  remote.data.contacts.some((c) => c.invitation.state === 'granted' && c.emails.some((e) => sameEmail(e, email)));

/**
 * The mock's stand-in for the invited person finishing their onboarding (RS-ONB): the contact's
 * access is granted. Returns false when there is no pending invitation to accept.
 */
export function acceptRemoteInvitation(remote: RemoteStore, contactId: string): boolean {
  const contact = remote.data.contacts.find((c) => c.id === contactId);
  if (
    !contact ||
    contact.invitation.state !== 'invited' ||
    contact.invitation.expiresAt === null ||
    Date.parse(contact.invitation.expiresAt) <= remote.now()
  )
    return false;
  contact.invitation = { state: 'granted', sentAt: contact.invitation.sentAt, expiresAt: null };
  return true;
}
