import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ApiFailure } from '../../api/errors.js';
import { createFlowRunner, replay, type FlowEffect } from '../../shared/flow.js';
import type { Contact, PermissionLevel } from '../schemas.js';
import {
  contactActions,
  contactsDialogTransition,
  contactsFlow,
  contactsFlowWith,
  type ContactsContext,
  type ContactsEvent,
  type ContactsRequest,
  type ContactsState,
} from './flow.js';
import { INVITATION_VALID_MS, sentInvitation } from './invitations.js';
import type { SiteContacts } from './schemas.js';

const T0 = Date.parse('2026-03-10T12:00:00+01:00');
const ctx: ContactsContext = { now: T0, siteId: 'site-01' };
const iso = (ms: number) => new Date(ms).toISOString();

const person = (id: string, over: Partial<Contact> = {}): Contact => ({
  id,
  siteId: 'site-01',
  firstName: 'Hélène',
  lastName: `Dupont-${id}`,
  phone: null,
  emails: [`${id}@exemple.fr`],
  permission: 'viewer',
  invitation: { state: 'not-invited', sentAt: null, expiresAt: null },
  ...over,
});
const CONTACTS: Contact[] = [
  person('granted', { permission: 'administrator', invitation: { state: 'granted', sentAt: iso(T0 - 90 * 86_400_000), expiresAt: null } }),
  person('invited', {
    permission: 'manager',
    invitation: { state: 'invited', sentAt: iso(T0 - 86_400_000), expiresAt: iso(T0 + 6 * 86_400_000) },
  }),
  person('expired', { invitation: { state: 'invited', sentAt: iso(T0 - 8 * 86_400_000), expiresAt: iso(T0 - 86_400_000) } }),
  person('new'),
  person('no-mail', { emails: [] }),
];
const data = (permission: PermissionLevel = 'administrator', contacts = CONTACTS): SiteContacts => ({
  siteId: 'site-01',
  caller: { permission, contactId: null },
  contacts,
});
const ready = (permission: PermissionLevel = 'administrator') =>
  replay(contactsFlow, [{ type: 'loaded', data: data(permission) }], ctx).state;
const http = (status: number, type: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: status === 409 ? 'conflict' : 'http',
  status,
  problem: { type: `/problems/${type}`, status, ...extra },
});
const calls = (effects: readonly FlowEffect<ContactsRequest, ContactsEvent>[]) =>
  effects.flatMap((e) => (e.type === 'call' ? [e.request] : []));
const kinds = (effects: readonly FlowEffect<ContactsRequest, ContactsEvent>[]) =>
  effects.map((e) =>
    e.type === 'emit'
      ? `emit ${e.name}`
      : e.type === 'announce'
        ? `announce ${e.tone} ${e.message.key}`
        : e.type === 'focus'
          ? `focus ${e.target}`
          : `call ${e.request.op}`,
  );

describe('RS-CONTACTS the flow of <site-contacts>', () => {
  test('RS-CONTACTS loads the site’s contacts; an invitation read after its expiry is expired (RS-CONTACTS-EXPIRY)', () => {
    const init = contactsFlow.init(ctx);
    assert.deepEqual(calls(init.effects), [{ op: 'list', siteId: 'site-01' }]);
    const s = ready();
    assert.equal(s.status, 'ready');
    assert.deepEqual(
      s.contacts.map((c) => c.invitation.state),
      ['granted', 'invited', 'expired', 'not-invited', 'not-invited'],
    );
  });

  test('RS-CONTACTS a failed load says why, and « Réessayer » loads again', () => {
    const failure: ApiFailure = { kind: 'network', message: 'offline' };
    const { state, effects } = replay(contactsFlow, [{ type: 'load-failed', failure }, { type: 'load' }], ctx);
    assert.equal(state.status, 'loading');
    assert.deepEqual(calls(effects), [
      { op: 'list', siteId: 'site-01' },
      { op: 'list', siteId: 'site-01' },
    ]);
  });

  test('RS-CONTACTS the actions each contact offers follow its state and the caller’s level', () => {
    const s = ready();
    const actions = Object.fromEntries(s.contacts.map((c) => [c.id, contactActions(s, c)]));
    assert.deepEqual(actions.granted, { edit: false, level: true, invitation: undefined });
    assert.deepEqual(actions.invited, { edit: true, level: true, invitation: 'resend' });
    assert.deepEqual(actions.expired, { edit: true, level: true, invitation: 'resend' });
    assert.deepEqual(actions.new, { edit: true, level: true, invitation: 'grant' });
    assert.deepEqual(actions['no-mail'], { edit: true, level: true, invitation: undefined });
    const m = ready('manager');
    assert.equal(contactActions(m, m.contacts[0]!).level, false, 'a manager cannot change an administrator');
    const v = ready('viewer');
    assert.ok(
      v.contacts.every((c) => {
        const a = contactActions(v, c);
        return !a.edit && !a.level && !a.invitation;
      }),
    );
  });

  test('RS-CONTACTS-EDIT edit: invalid input is not sent (focus on the first field in error); a valid one is, and the answer closes with a toast and contact-updated', () => {
    let { state, effects } = replay(
      contactsFlow,
      [
        { type: 'open-edit', contactId: 'new' },
        { type: 'edit-field', field: 'phone', value: '12 34' },
        { type: 'edit-field', field: 'emails.0', value: 'pas-une-adresse' },
        { type: 'submit' },
      ],
      ctx,
      ready(),
    );
    assert.equal(state.dialog?.kind, 'edit');
    assert.deepEqual(calls(effects), []);
    assert.deepEqual(kinds(effects), ['focus field-firstName', 'focus field-phone']);
    assert.deepEqual(state.dialog?.kind === 'edit' && state.dialog.errors.map((e) => e.field), ['phone', 'emails.0']);
    // Correcting one field updates the errors at once (after a first submit).
    ({ state } = replay(contactsFlow, [{ type: 'edit-field', field: 'phone', value: '+33 6 12 34 56 78' }], ctx, state));
    assert.deepEqual(state.dialog?.kind === 'edit' && state.dialog.errors.map((e) => e.field), ['emails.0']);
    ({ state, effects } = replay(
      contactsFlow,
      [{ type: 'edit-field', field: 'emails.0', value: 'helene@exemple.fr' }, { type: 'submit' }],
      ctx,
      state,
    ));
    assert.deepEqual(calls(effects), [
      {
        op: 'update',
        siteId: 'site-01',
        contactId: 'new',
        body: { firstName: 'Hélène', lastName: 'Dupont-new', phone: '06 12 34 56 78', emails: ['helene@exemple.fr'] },
      },
    ]);
    const answer = { ...state.contacts[3]!, phone: '06 12 34 56 78', emails: ['helene@exemple.fr'] };
    ({ state, effects } = replay(contactsFlow, [{ type: 'saved', contact: answer }], ctx, state));
    assert.equal(state.dialog, undefined);
    assert.deepEqual(state.contacts[3], answer);
    assert.deepEqual(kinds(effects), ['announce success rs.contacts.updated', 'emit contact-updated', 'focus edit-new']);
    assert.deepEqual(
      effects.find((e) => e.type === 'emit')!.type === 'emit' && (effects.find((e) => e.type === 'emit') as { detail: unknown }).detail,
      { siteId: 'site-01', contactId: 'new' },
    );
  });

  test('RS-CONTACTS-EDIT a failed save keeps what was typed, shows the server’s field errors and a toast; a granted contact cannot be opened', () => {
    let { state } = replay(
      contactsFlow,
      [{ type: 'open-edit', contactId: 'invited' }, { type: 'edit-field', field: 'firstName', value: 'Héloïse' }, { type: 'submit' }],
      ctx,
      ready(),
    );
    const { state: after, effects } = replay(
      contactsFlow,
      [{ type: 'save-failed', failure: http(422, 'validation', { errors: [{ field: 'emails.0', issue: 'invalid-email' }] }) }],
      ctx,
      state,
    );
    assert.ok(after.dialog?.kind === 'edit' && !after.dialog.submitting && after.dialog.form.firstName === 'Héloïse');
    assert.deepEqual(after.dialog?.kind === 'edit' && after.dialog.errors, [{ field: 'emails.0', issue: 'invalid-email' }]);
    assert.deepEqual(kinds(effects), ['announce error rs.contacts.failure.validation', 'focus field-emails.0']);
    ({ state } = replay(contactsFlow, [{ type: 'close' }, { type: 'open-edit', contactId: 'granted' }], ctx, after));
    assert.equal(state.dialog, undefined);
    const locked = replay(contactsFlow, [{ type: 'submit' }, { type: 'save-failed', failure: http(409, 'contact-locked') }], ctx, after);
    assert.equal(locked.state.dialog?.failure?.key, 'rs.contacts.failure.contact-locked');
  });

  test('RS-CONTACTS-EDIT unchanged data closes without a call', () => {
    const { effects, state } = replay(contactsFlow, [{ type: 'open-edit', contactId: 'new' }, { type: 'submit' }], ctx, ready());
    assert.equal(state.dialog, undefined);
    assert.deepEqual(calls(effects), []);
  });

  test('RS-CONTACTS-CHANGE level: only grantable levels can be chosen; the change is sent, announced and fired as contact-updated', () => {
    let { state, effects } = replay(
      contactsFlow,
      [
        { type: 'open-level', contactId: 'new' },
        { type: 'choose-level', permission: 'administrator' },
      ],
      ctx,
      ready('manager'),
    );
    assert.ok(state.dialog?.kind === 'level' && state.dialog.permission === 'viewer', 'a manager cannot choose administrator');
    ({ state, effects } = replay(contactsFlow, [{ type: 'choose-level', permission: 'operator' }, { type: 'submit' }], ctx, state));
    assert.deepEqual(calls(effects), [{ op: 'permission', siteId: 'site-01', contactId: 'new', permission: 'operator' }]);
    ({ state, effects } = replay(
      contactsFlow,
      [{ type: 'saved', contact: { ...state.contacts[3]!, permission: 'operator' } }],
      ctx,
      state,
    ));
    assert.equal(state.contacts[3]!.permission, 'operator');
    assert.deepEqual(kinds(effects), ['announce success rs.contacts.level-changed.operator', 'emit contact-updated', 'focus level-new']);
    const refused = replay(
      contactsFlow,
      [
        { type: 'open-level', contactId: 'new' },
        { type: 'choose-level', permission: 'manager' },
        { type: 'submit' },
        { type: 'save-failed', failure: http(403, 'permission-denied', { reason: 'level-not-grantable' }) },
      ],
      ctx,
      ready('manager'),
    );
    assert.equal(refused.state.dialog?.failure?.key, 'rs.contacts.failure.permission-denied');
    assert.ok(refused.state.dialog?.kind === 'level' && refused.state.dialog.permission === 'manager', 'the choice is kept');
  });

  test('RS-CONTACTS invite: a colleague by e-mail with a level (the least by default); the new contact is added, invited, announced and fired', () => {
    let { state, effects } = replay(contactsFlow, [{ type: 'open-invite' }], ctx, ready());
    assert.ok(state.dialog?.kind === 'invite' && state.dialog.form.permission === 'viewer');
    ({ state, effects } = replay(
      contactsFlow,
      [{ type: 'invite-field', field: 'email', value: 'new@exemple.fr' }, { type: 'submit' }],
      ctx,
      state,
    ));
    assert.deepEqual(state.dialog?.kind === 'invite' && state.dialog.errors, [
      { field: 'firstName', issue: 'required' },
      { field: 'lastName', issue: 'required' },
      { field: 'email', issue: 'already-contact' },
    ]);
    ({ state, effects } = replay(
      contactsFlow,
      [
        { type: 'invite-field', field: 'firstName', value: ' Zoé ' },
        { type: 'invite-field', field: 'lastName', value: 'Girard' },
        { type: 'invite-field', field: 'email', value: 'zoe.girard@exemple.fr' },
        { type: 'invite-field', field: 'permission', value: 'manager' },
        { type: 'submit' },
      ],
      ctx,
      state,
    ));
    assert.deepEqual(calls(effects), [
      {
        op: 'invite',
        siteId: 'site-01',
        body: { firstName: 'Zoé', lastName: 'Girard', email: 'zoe.girard@exemple.fr', permission: 'manager' },
      },
    ]);
    const zoe = person('zoe', { firstName: 'Zoé', lastName: 'Girard', permission: 'manager', invitation: sentInvitation(T0) });
    ({ state, effects } = replay(contactsFlow, [{ type: 'saved', contact: zoe }], ctx, state));
    assert.equal(state.contacts.length, 6);
    assert.deepEqual(kinds(effects), ['announce success rs.contacts.invited', 'emit contact-invited', 'focus row-zoe']);
  });

  test('RS-CONTACTS-GRANT-ACCESS and RS-CONTACTS-RESEND: one call per contact at a time, announced and fired; a failure says why', () => {
    let { state, effects } = replay(
      contactsFlow,
      [
        { type: 'grant', contactId: 'new' },
        { type: 'grant', contactId: 'new' },
        { type: 'grant', contactId: 'invited' },
        { type: 'grant', contactId: 'no-mail' },
      ],
      ctx,
      ready(),
    );
    assert.deepEqual(calls(effects), [{ op: 'grant', siteId: 'site-01', contactId: 'new' }], 'twice, a pending or no e-mail: nothing more');
    assert.deepEqual(state.pending, { new: 'grant' });
    ({ state, effects } = replay(
      contactsFlow,
      [{ type: 'invitation-sent', action: 'grant', contact: { ...state.contacts[3]!, invitation: sentInvitation(T0) } }],
      ctx,
      state,
    ));
    assert.deepEqual(state.pending, {});
    assert.equal(state.contacts[3]!.invitation.state, 'invited');
    assert.deepEqual(kinds(effects), ['announce success rs.contacts.access-granted', 'emit access-granted', 'focus action-new']);
    ({ state, effects } = replay(
      contactsFlow,
      [
        { type: 'resend', contactId: 'expired' },
        { type: 'invitation-failed', action: 'resend', contactId: 'expired', failure: http(409, 'invitation-state') },
      ],
      ctx,
      state,
    ));
    assert.deepEqual(kinds(effects), ['call resend', 'announce error rs.contacts.failure.invitation-state']);
    assert.deepEqual(state.pending, {});
    ({ effects } = replay(
      contactsFlow,
      [
        { type: 'resend', contactId: 'expired' },
        { type: 'invitation-sent', action: 'resend', contact: { ...state.contacts[2]!, invitation: sentInvitation(T0) } },
      ],
      ctx,
      state,
    ));
    assert.deepEqual(kinds(effects), [
      'call resend',
      'announce success rs.contacts.invitation-resent',
      'emit invitation-resent',
      'focus action-expired',
    ]);
  });

  test('RS-CONTACTS-EXPIRY the deadline is the next expiry; at it, the invitation reads expired and offers resend', () => {
    const s = ready();
    const next = contactsFlow.deadline!(s)!;
    assert.equal(next.at, T0 + 6 * 86_400_000);
    const before = contactsFlow.transition(s, next.event, { ...ctx, now: next.at - 1 }).state;
    assert.equal(before.contacts[1]!.invitation.state, 'invited');
    const after = contactsFlow.transition(s, next.event, { ...ctx, now: next.at }).state;
    assert.equal(after.contacts[1]!.invitation.state, 'expired');
    assert.equal(contactsFlow.deadline!(after), undefined);
  });

  test('RS-CONTACTS a whole flow runs in Node with its effects: grant then resend through a fake server', async () => {
    const log: string[] = [];
    let now = T0;
    const server = structuredClone(CONTACTS);
    const runner = createFlowRunner(contactsFlow, {
      context: () => ({ now, siteId: 'site-01' }),
      run: async (r): Promise<ContactsEvent> => {
        if (r.op === 'list') return { type: 'loaded', data: data('administrator', server) };
        if (r.op === 'grant' || r.op === 'resend') {
          const c = server.find((x) => x.id === r.contactId)!;
          c.invitation = sentInvitation(now);
          return { type: 'invitation-sent', action: r.op, contact: c };
        }
        throw new Error(r.op);
      },
      host: { emit: (n, d) => (log.push(`${n} ${JSON.stringify(d)}`), true), announce: (m, tone) => log.push(`${tone} ${m.key}`) },
    });
    await runner.settled();
    runner.send({ type: 'grant', contactId: 'new' });
    await runner.settled();
    now += INVITATION_VALID_MS;
    runner.send({ type: 'tick' });
    assert.equal(runner.state.contacts[3]!.invitation.state, 'expired');
    runner.send({ type: 'resend', contactId: 'new' });
    await runner.settled();
    assert.equal(runner.state.contacts[3]!.invitation.state, 'invited');
    assert.deepEqual(log, [
      'success rs.contacts.access-granted',
      'access-granted {"siteId":"site-01","contactId":"new"}',
      'success rs.contacts.invitation-resent',
      'invitation-resent {"siteId":"site-01","contactId":"new"}',
    ]);
  });
});

describe('RS-CONTACTS properties of the flow', () => {
  const ids = ['granted', 'invited', 'expired', 'new', 'no-mail', 'ghost'];
  const level = fc.constantFrom<PermissionLevel>('administrator', 'manager', 'operator', 'viewer');
  const event: fc.Arbitrary<ContactsEvent> = fc.oneof(
    fc.constantFrom<ContactsEvent>({ type: 'submit' }, { type: 'close' }, { type: 'open-invite' }, { type: 'load' }, { type: 'tick' }),
    fc.constantFrom(...ids).map((contactId) => ({ type: 'open-edit', contactId }) as const),
    fc.constantFrom(...ids).map((contactId) => ({ type: 'open-level', contactId }) as const),
    fc.constantFrom(...ids).map((contactId) => ({ type: 'grant', contactId }) as const),
    fc.constantFrom(...ids).map((contactId) => ({ type: 'resend', contactId }) as const),
    level.map((permission) => ({ type: 'choose-level', permission }) as const),
    fc
      .tuple(
        fc.constantFrom('firstName', 'lastName', 'phone', 'emails.0', 'emails.1') as fc.Arbitrary<'firstName'>,
        fc.constantFrom('', 'Zoé', '0612345678', 'x@exemple.fr', 'bad'),
      )
      .map(([field, value]) => ({ type: 'edit-field', field, value }) as const),
    fc
      .tuple(
        fc.constantFrom('firstName', 'lastName', 'email', 'permission') as fc.Arbitrary<'email'>,
        fc.constantFrom('', 'Zoé', 'z@exemple.fr', 'manager', 'administrator'),
      )
      .map(([field, value]) => ({ type: 'invite-field', field, value }) as const),
    fc.constantFrom<ContactsEvent>({ type: 'save-failed', failure: { kind: 'network', message: 'x' } }),
  );

  test('RS-CONTACTS property: whatever the user does, nothing invalid or not allowed is ever sent, and each call names this site', () => {
    fc.assert(
      fc.property(level, fc.array(event, { maxLength: 25 }), (caller, events) => {
        let state: ContactsState = ready(caller);
        for (const e of events) {
          const step = contactsFlow.transition(state, e, ctx);
          for (const r of calls(step.effects)) {
            assert.equal(r.siteId, 'site-01');
            if (r.op === 'list') continue;
            // Only callers who may manage contacts send anything that changes them.
            assert.ok(caller === 'administrator' || caller === 'manager', `${caller} sent ${r.op}`);
            if (r.op === 'permission') assert.ok(caller === 'administrator' || r.permission !== 'administrator');
            if (r.op === 'invite') assert.ok(caller === 'administrator' || r.body.permission !== 'administrator');
            if (r.op === 'update') assert.notEqual(r.contactId, 'granted');
            if (r.op === 'grant') assert.ok(['new'].includes(r.contactId));
            if (r.op === 'resend') assert.ok(['invited', 'expired'].includes(r.contactId));
          }
          state = step.state;
          // A dialog is open only on a contact of the list, and only one call per dialog at a time.
          if (state.dialog && state.dialog.kind !== 'invite')
            assert.ok(state.contacts.some((c) => c.id === (state.dialog as { contactId: string }).contactId));
        }
      }),
    );
  });

  test('RS-CONTACTS property: a failed save never loses what was typed', () => {
    fc.assert(
      fc.property(fc.constantFrom('invited', 'expired', 'new'), fc.string({ maxLength: 20 }), (id, typed) => {
        const s = replay(
          contactsFlow,
          [{ type: 'open-edit', contactId: id }, { type: 'edit-field', field: 'lastName', value: `${typed}X` }, { type: 'submit' }],
          ctx,
          ready(),
        ).state;
        if (!s.dialog?.submitting) return;
        const after = contactsFlow.transition(s, { type: 'save-failed', failure: { kind: 'timeout', message: 't' } }, ctx).state;
        assert.ok(after.dialog?.kind === 'edit' && after.dialog.form.lastName === `${typed}X` && !after.dialog.submitting);
      }),
    );
  });

  // The list's part and the dialogs' part (loaded on demand by the widget) make the whole flow.
  const LIST_EVENTS = ['load', 'loaded', 'load-failed', 'tick', 'grant', 'resend', 'invitation-sent', 'invitation-failed'];
  const listOnly = contactsFlowWith(() => undefined);
  const composed = contactsFlowWith(() => contactsDialogTransition);

  test('RS-CONTACTS property: with its dialogs’ part, the flow is the whole flow, step for step (state and effects)', () => {
    fc.assert(
      fc.property(level, fc.array(event, { maxLength: 25 }), (caller, events) => {
        let a = ready(caller);
        let b = a;
        for (const e of events) {
          const sa = contactsFlow.transition(a, e, ctx);
          const sb = composed.transition(b, e, ctx);
          assert.deepEqual(sb, sa);
          a = sa.state;
          b = sb.state;
        }
        assert.deepEqual(composed.deadline!(b), contactsFlow.deadline!(a));
      }),
    );
  });

  test('RS-CONTACTS property: before its dialogs’ part is there, a dialog event changes nothing and does nothing; the list’s events work as in the whole flow', () => {
    fc.assert(
      fc.property(level, fc.array(event, { maxLength: 25 }), (caller, events) => {
        let state = ready(caller);
        for (const e of events) {
          const step = listOnly.transition(state, e, ctx);
          if (LIST_EVENTS.includes(e.type)) assert.deepEqual(step, contactsFlow.transition(state, e, ctx));
          else assert.deepEqual(step, { state, effects: [] }, e.type);
          state = step.state;
        }
        assert.equal(state.dialog, undefined);
      }),
    );
  });

  test('RS-CONTACTS-GRANT-ACCESS / RS-CONTACTS-RESEND work without the dialogs’ part; RS-CONTACTS-EDIT opens only with it', () => {
    const s = ready();
    assert.deepEqual(calls(listOnly.transition(s, { type: 'grant', contactId: 'new' }, ctx).effects), [
      { op: 'grant', siteId: 'site-01', contactId: 'new' },
    ]);
    assert.deepEqual(calls(listOnly.transition(s, { type: 'resend', contactId: 'expired' }, ctx).effects), [
      { op: 'resend', siteId: 'site-01', contactId: 'expired' },
    ]);
    assert.equal(listOnly.transition(s, { type: 'open-edit', contactId: 'new' }, ctx).state, s);
    assert.equal(composed.transition(s, { type: 'open-edit', contactId: 'new' }, ctx).state.dialog?.kind, 'edit');
    assert.deepEqual(listOnly.init(ctx), contactsFlow.init(ctx));
  });
});
