/**
 * X-MOCK RS-CONTACTS — the contacts routes in-process (as the browser worker resolves them): core's
 * rules applied (levels, personal data, invitation states and expiry), problems, no enumeration,
 * the outbox; and the whole `<site-contacts>` flow run against them in Node.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import {
  INVITATION_VALID_MS,
  contactsCallRunner,
  contactsFlow,
  createClient,
  createFlowRunner,
  type Contact,
  type SiteContacts,
} from '@vigie/core';
import * as api from '@vigie/core/remote-services/api';
import { createHandlers } from '../../handlers.js';
import { acceptRemoteInvitation, remoteInvitationOutbox, setRemoteCallerLevel } from './store.js';

const API = 'http://localhost/api';
const T0 = Date.parse('2026-03-10T12:00:00+01:00');
const DAY = 86_400_000;

function contactsApi() {
  const clock = { now: T0 };
  const mock = createHandlers({ now: () => clock.now, scenario: 'remote:default' });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = {
      method,
      headers: { Authorization: 'Bearer demo', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await getResponse(mock.handlers, new Request(`${API}/${path}`, init));
    assert.ok(response, `no handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & Contact & SiteContacts };
  };
  const list = async (site = 'site-01') => (await call('GET', `remote/sites/${site}/contacts`)).body;
  return { mock, clock, call, list };
}

describe('RS-CONTACTS mock routes', () => {
  it('RS-CONTACTS lists a site’s contacts with every invitation state, and the caller (the demo user is an administrator)', async () => {
    const { list, call } = contactsApi();
    const body = await list();
    assert.deepEqual(body.caller, { permission: 'administrator', contactId: null });
    assert.deepEqual([...new Set(body.contacts.map((c) => c.invitation.state))].sort(), ['expired', 'granted', 'invited', 'not-invited']);
    assert.equal((await call('GET', 'remote/sites/nope/contacts')).status, 404);
  });

  it('RS-CONTACTS requires the bearer token like every private route', async () => {
    const { mock } = contactsApi();
    const response = await getResponse(mock.handlers, new Request(`${API}/remote/sites/site-01/contacts`));
    assert.equal(response?.status, 401);
  });

  it('RS-CONTACTS-EXPIRY an invitation reads invited the instant before its end, expired at it', async () => {
    const { list, clock } = contactsApi();
    const invited = (await list()).contacts.find((c) => c.invitation.state === 'invited')!;
    const end = Date.parse(invited.invitation.expiresAt!);
    clock.now = end - 1;
    assert.equal((await list()).contacts.find((c) => c.id === invited.id)!.invitation.state, 'invited');
    clock.now = end;
    assert.equal((await list()).contacts.find((c) => c.id === invited.id)!.invitation.state, 'expired');
  });

  it('RS-CONTACTS-EDIT edits personal data until access is granted (phone normalised), 409 after, 422 with field errors', async () => {
    const { list, call } = contactsApi();
    const contacts = (await list()).contacts;
    const open = contacts.find((c) => c.invitation.state === 'not-invited')!;
    const ok = await call('PUT', `remote/sites/site-01/contacts/${open.id}`, {
      firstName: 'Zoé',
      lastName: 'Girard',
      phone: '+33 6 12 34 56 78',
      emails: ['zoe@exemple.fr'],
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.phone, '06 12 34 56 78');
    const bad = await call('PUT', `remote/sites/site-01/contacts/${open.id}`, {
      firstName: 'Zoé',
      lastName: 'Girard',
      phone: '12',
      emails: ['zoe@exemple.fr', 'ZOE@exemple.fr'],
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors, [
      { field: 'phone', issue: 'invalid-phone' },
      { field: 'emails.1', issue: 'duplicate-email' },
    ]);
    const blank = await call('PUT', `remote/sites/site-01/contacts/${open.id}`, {
      firstName: '',
      lastName: 'Girard',
      phone: null,
      emails: [],
    });
    assert.equal(blank.status, 422);
    assert.deepEqual(blank.body.errors, [{ field: 'firstName', issue: 'required' }]);
    const invited = contacts.find((c) => c.invitation.state === 'invited')!;
    const noMail = await call('PUT', `remote/sites/site-01/contacts/${invited.id}`, {
      firstName: 'A',
      lastName: 'B',
      phone: null,
      emails: [],
    });
    assert.deepEqual(noMail.body.errors, [{ field: 'emails.0', issue: 'email-required' }]);
    const granted = contacts.find((c) => c.invitation.state === 'granted')!;
    const locked = await call('PUT', `remote/sites/site-01/contacts/${granted.id}`, {
      firstName: 'A',
      lastName: 'B',
      phone: null,
      emails: [],
    });
    assert.equal(locked.status, 409);
    assert.equal(locked.body.type, '/problems/contact-locked');
  });

  it('RS-CONTACTS-CHANGE refuses a level the caller may not grant (403 with the reason), accepts one they may', async () => {
    const { list, call, mock } = contactsApi();
    setRemoteCallerLevel(mock.remote, 'site-01', 'manager', 'site-01-ct-2');
    const contacts = (await list()).contacts;
    const viewer = contacts.find((c) => c.permission === 'viewer' || c.permission === 'operator')!;
    const admin = contacts.find((c) => c.permission === 'administrator')!;
    const up = await call('PUT', `remote/sites/site-01/contacts/${viewer.id}/permission`, { permission: 'administrator' });
    assert.equal(up.status, 403);
    assert.equal(up.body.reason, 'level-not-grantable');
    assert.equal(
      (await call('PUT', `remote/sites/site-01/contacts/${admin.id}/permission`, { permission: 'viewer' })).body.reason,
      'contact-above-caller',
    );
    assert.equal(
      (await call('PUT', 'remote/sites/site-01/contacts/site-01-ct-2/permission', { permission: 'viewer' })).body.reason,
      'own-level',
    );
    const ok = await call('PUT', `remote/sites/site-01/contacts/${viewer.id}/permission`, { permission: 'manager' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.permission, 'manager');
    setRemoteCallerLevel(mock.remote, 'site-01', 'viewer');
    assert.equal(
      (await call('PUT', `remote/sites/site-01/contacts/${viewer.id}/permission`, { permission: 'viewer' })).body.reason,
      'not-allowed',
    );
    assert.equal(
      (
        await call('POST', 'remote/sites/site-01/invitations', {
          firstName: 'A',
          lastName: 'B',
          email: 'a@exemple.fr',
          permission: 'viewer',
        })
      ).status,
      403,
    );
  });

  it('RS-CONTACTS invite: a new contact, invited for 7 days, in the outbox; an existing MySecuritas account gets the same answer (no enumeration); a contact’s address is 409', async () => {
    const { list, call, mock } = contactsApi();
    const fresh = await call('POST', 'remote/sites/site-01/invitations', {
      firstName: 'Zoé',
      lastName: 'Girard',
      email: 'zoe.girard@exemple.fr',
      permission: 'operator',
    });
    assert.equal(fresh.status, 201);
    assert.equal(fresh.body.invitation.state, 'invited');
    assert.equal(Date.parse(fresh.body.invitation.expiresAt!) - T0, INVITATION_VALID_MS);
    // Someone with access on another site has a MySecuritas account.
    const other = (await list('site-02')).contacts.find((c) => c.invitation.state === 'granted')!;
    const existing = await call('POST', 'remote/sites/site-01/invitations', {
      firstName: 'Jean',
      lastName: 'Autre',
      email: other.emails[0],
      permission: 'operator',
    });
    assert.equal(existing.status, fresh.status);
    assert.deepEqual(Object.keys(existing.body).sort(), Object.keys(fresh.body).sort());
    assert.deepEqual(existing.body.invitation, fresh.body.invitation);
    assert.deepEqual(
      remoteInvitationOutbox(mock.remote).map((m) => m.kind),
      ['invitation', 'invitation-existing-account'],
    );
    const dup = await call('POST', 'remote/sites/site-01/invitations', {
      firstName: 'Zoé',
      lastName: 'Girard',
      email: 'ZOE.girard@exemple.fr',
      permission: 'operator',
    });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.type, '/problems/already-contact');
    const invalid = await call('POST', 'remote/sites/site-01/invitations', {
      firstName: 'Zoé',
      lastName: '',
      email: 'pas-une-adresse',
      permission: 'chef',
    });
    assert.equal(invalid.status, 422);
    assert.deepEqual((invalid.body.errors as { field: string }[]).map((e) => e.field).sort(), ['email', 'lastName', 'permission']);
    assert.ok((await list()).contacts.some((c) => c.id === fresh.body.id));
  });

  it('RS-CONTACTS invite: the same Idempotency-Key twice invites once', async () => {
    const { list, call, mock } = contactsApi();
    const before = (await list()).contacts.length;
    const body = { firstName: 'Zoé', lastName: 'Girard', email: 'zoe.girard@exemple.fr', permission: 'viewer' };
    const a = await call('POST', 'remote/sites/site-01/invitations', body, { 'Idempotency-Key': 'k1' });
    const b = await call('POST', 'remote/sites/site-01/invitations', body, { 'Idempotency-Key': 'k1' });
    assert.deepEqual([a.status, b.status], [201, 201]);
    assert.equal(a.body.id, b.body.id);
    assert.equal((await list()).contacts.length, before + 1);
    assert.equal(remoteInvitationOutbox(mock.remote).length, 1);
  });

  it('RS-CONTACTS-GRANT-ACCESS and RS-CONTACTS-RESEND: grant only a never-invited contact with an address, resend only pending or expired (a new expiry); the invited person accepting grants access', async () => {
    const { list, call, clock, mock } = contactsApi();
    const contacts = (await list('site-02')).contacts;
    const never = contacts.find((c) => c.invitation.state === 'not-invited' && c.emails.length > 0)!;
    const noMail = (await list('site-01')).contacts.find((c) => c.emails.length === 0)!;
    const expired = contacts.find((c) => c.invitation.state === 'expired')!;
    const granted = contacts.find((c) => c.invitation.state === 'granted')!;
    const g = await call('POST', `remote/sites/site-02/contacts/${never.id}/grant-access`);
    assert.equal(g.status, 200);
    assert.equal(g.body.invitation.state, 'invited');
    assert.equal((await call('POST', `remote/sites/site-02/contacts/${never.id}/grant-access`)).status, 409);
    assert.equal((await call('POST', `remote/sites/site-01/contacts/${noMail.id}/grant-access`)).status, 422);
    assert.equal(
      (await call('POST', `remote/sites/site-02/contacts/${granted.id}/resend-invitation`)).body.type,
      '/problems/invitation-state',
    );
    clock.now = T0 + DAY;
    const r = await call('POST', `remote/sites/site-02/contacts/${expired.id}/resend-invitation`);
    assert.equal(r.status, 200);
    assert.equal(r.body.invitation.state, 'invited');
    assert.equal(Date.parse(r.body.invitation.expiresAt!), T0 + DAY + INVITATION_VALID_MS);
    assert.deepEqual(
      remoteInvitationOutbox(mock.remote).map((m) => [m.contactId, m.resent]),
      [
        [never.id, false],
        [expired.id, true],
      ],
    );
    assert.ok(acceptRemoteInvitation(mock.remote, never.id));
    assert.equal((await list('site-02')).contacts.find((c) => c.id === never.id)!.invitation.state, 'granted');
  });

  it('RS-CONTACTS the <site-contacts> flow runs against the mock in Node: invite, grant, resend, refusals', async () => {
    const { mock, clock } = contactsApi();
    const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      getResponse(mock.handlers, new Request(input, init)).then((r) => r ?? new Response(null, { status: 404 }));
    const client = createClient({ baseUrl: `${API}/`, fetch: fetch as typeof globalThis.fetch, getToken: () => 'demo' });
    const log: string[] = [];
    const runner = createFlowRunner(contactsFlow, {
      context: () => ({ now: clock.now, siteId: 'site-02' }),
      run: contactsCallRunner(
        () => client,
        () => api,
      ),
      host: { emit: (n) => (log.push(n), true), announce: (m, tone) => log.push(`${tone} ${m.key}`) },
    });
    await runner.settled();
    assert.equal(runner.state.status, 'ready');
    const before = runner.state.contacts.length;
    runner.send({ type: 'open-invite' });
    for (const [field, value] of [
      ['firstName', 'Zoé'],
      ['lastName', 'Girard'],
      ['email', 'zoe.girard@exemple.fr'],
      ['permission', 'manager'],
    ] as const)
      runner.send({ type: 'invite-field', field, value });
    runner.send({ type: 'submit' });
    await runner.settled();
    assert.equal(runner.state.contacts.length, before + 1);
    const never = runner.state.contacts.find((c) => c.invitation.state === 'not-invited' && c.emails.length)!;
    runner.send({ type: 'grant', contactId: never.id });
    await runner.settled();
    const expired = runner.state.contacts.find((c) => c.invitation.state === 'expired')!;
    runner.send({ type: 'resend', contactId: expired.id });
    await runner.settled();
    // A manager now: the mock refuses what core would (here sent on purpose through a stale state).
    setRemoteCallerLevel(mock.remote, 'site-02', 'manager');
    const admin = runner.state.contacts.find((c) => c.permission === 'administrator')!;
    runner.send({ type: 'open-level', contactId: admin.id });
    runner.send({ type: 'choose-level', permission: 'viewer' });
    runner.send({ type: 'submit' });
    await runner.settled();
    assert.equal(runner.state.dialog?.failure?.key, 'rs.contacts.failure.permission-denied');
    assert.deepEqual(log, [
      'success rs.contacts.invited',
      'contact-invited',
      'success rs.contacts.access-granted',
      'access-granted',
      'success rs.contacts.invitation-resent',
      'invitation-resent',
      'error rs.contacts.failure.permission-denied',
    ]);
    assert.equal(remoteInvitationOutbox(mock.remote).length, 3);
  });

  it('RS-CONTACTS any:malformed breaks the contract (the client says so)', async () => {
    const { call } = contactsApi();
    const r = await call('GET', 'remote/sites/site-01/contacts', undefined, { 'X-Vigie-Scenario': 'any:malformed' });
    assert.equal(r.body.contacts as unknown, 'aucun');
  });
});
