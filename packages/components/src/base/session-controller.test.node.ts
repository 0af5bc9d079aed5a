import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReactiveControllerHost } from 'lit';
import type { ApiFailure } from '@vigie/core';
import type { VigieServices } from './context.js';
import { SessionController, endSession, type SessionKind } from './session-controller.js';

interface Session {
  readonly token: string;
}

function world(opts: { logout?: (s: Session) => Promise<unknown> } = {}) {
  const w = {
    current: undefined as Session | undefined,
    loggedOut: [] as Session[],
    updates: 0,
    changes: [] as [Session | undefined, Session | undefined][],
  };
  const services = {} as VigieServices;
  const kind: SessionKind<Session> = {
    get: () => w.current,
    set: (_s, session) => void (w.current = session),
    refused: (f: ApiFailure) => f.kind === 'http' && f.status === 401,
    logout: async (_s, session) => {
      w.loggedOut.push(session);
      return opts.logout?.(session);
    },
  };
  const host = {
    addController() {},
    removeController() {},
    requestUpdate: () => void w.updates++,
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost;
  const controller = new SessionController(
    host,
    () => services,
    kind,
    (s, p) => void w.changes.push([s, p]),
  );
  return { w, kind, services, controller };
}

const http401 = { kind: 'http', status: 401 } as unknown as ApiFailure;
const http500 = { kind: 'http', status: 500 } as unknown as ApiFailure;

test('follows the provider’s session by identity; a new session clears « expired »', () => {
  const { w, controller } = world();
  const a = { token: 'a' };
  controller.sync();
  assert.deepEqual(w.changes, []);
  w.current = a;
  controller.sync();
  controller.sync();
  assert.deepEqual(w.changes, [[a, undefined]]);
  assert.equal(controller.session, a);
  assert.equal(controller.reason, 'signed-out');
  assert.equal(controller.endIfRefused(http500), false);
  assert.equal(w.current, a);
  assert.equal(controller.endIfRefused(http401), true);
  assert.equal(w.current, undefined, 'ended for every widget of the provider');
  assert.equal(controller.reason, 'session-expired');
  assert.equal(w.updates, 1);
  const b = { token: 'b' };
  w.current = b;
  controller.sync();
  assert.equal(controller.expired, false);
  assert.equal(controller.reason, 'signed-out');
});

test('X-SEC: sign-out forgets the session in the page at once, then ends it on the server', async () => {
  const { w, kind, services } = world();
  const a = { token: 'a' };
  w.current = a;
  const done = endSession(kind, services, a);
  assert.equal(w.current, undefined, 'forgotten before the server answers');
  await done;
  assert.deepEqual(w.loggedOut, [a]);
});

test('sign-out: a failing server call never rejects and changes nothing in the page', async () => {
  const { w, kind, services } = world({ logout: () => Promise.reject(new Error('offline')) });
  const a = { token: 'a' };
  w.current = a;
  await endSession(kind, services, a);
  assert.equal(w.current, undefined);
  assert.deepEqual(w.loggedOut, [a]);
});

test('sign-out of an older session leaves a newer one in the provider (only the ended one is forgotten)', async () => {
  const { w, kind, services } = world();
  const old = { token: 'old' };
  const current = { token: 'new' };
  w.current = current;
  await endSession(kind, services, old);
  assert.equal(w.current, current);
  assert.deepEqual(w.loggedOut, [old]);
  await endSession(kind, undefined, current);
  assert.equal(w.current, current, 'no provider: nothing to do');
});
