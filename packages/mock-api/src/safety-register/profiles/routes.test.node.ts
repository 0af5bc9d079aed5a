/** SR-PROFILES — the profiles part of the mock API in Node: users, profiles, create (422), attach, the guard. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import {
  ProfileChangeResponse,
  RegisterUsersResponse,
  RightsProfilesResponse,
  SR_PROBLEM_TYPES,
  sameRights,
  type Right,
} from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, ...options });
  const call = async (method: string, path: string, body?: unknown) => {
    const headers = new Headers({ Authorization: 'Bearer host-token', 'Content-Type': 'application/json' });
    const response = await getResponse(
      mock.handlers,
      new Request(`http://localhost/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    assert.ok(response, `no handler for ${method} ${path}`);
    return response;
  };
  return { mock, call };
}

const SOPHIE: Right[] = [
  'interventions:consulter',
  'interventions:creer',
  'interventions:modifier',
  'interventions:signer',
  'batiment:consulter',
  'batiment:creer',
  'batiment:modifier',
  'batiment:demander',
  'permis-feu:consulter',
  'permis-feu:creer',
  'permis-feu:signer',
  'commissions:consulter',
  'synthese:generer',
];

describe('SR-PROFILES routes (mock)', () => {
  it('GET users and profiles: four French profiles, demo users attached with the profile’s rights', async () => {
    const { call } = mockApi({ scenario: 'register:default' });
    const users = RegisterUsersResponse.parse(await (await call('GET', 'safety-register/users')).json()).users;
    const profiles = RightsProfilesResponse.parse(await (await call('GET', 'safety-register/profiles')).json()).profiles;
    assert.deepEqual(
      profiles.map((p) => p.name),
      ['Gardien', 'Gestionnaire technique', 'Direction', 'Sécurité incendie'],
    );
    const gardien = profiles[0]!;
    assert.deepEqual(gardien.userIds, ['usr-karim']);
    const karim = users.find((u) => u.id === 'usr-karim')!;
    assert.equal(karim.profileId, gardien.id);
    assert.ok(sameRights(karim.rights, gardien.rights));
    assert.equal(users.find((u) => u.id === 'usr-sophie')!.profileId, null);
  });

  it('register:empty: no profile, only Claire', async () => {
    const { call } = mockApi({ scenario: 'register:empty' });
    assert.deepEqual(RightsProfilesResponse.parse(await (await call('GET', 'safety-register/profiles')).json()).profiles, []);
    assert.deepEqual(
      RegisterUsersResponse.parse(await (await call('GET', 'safety-register/users')).json()).users.map((u) => u.firstName),
      ['Claire'],
    );
  });

  it('SR-PROFILES POST profiles: from Sophie’s rights with two users attached; their rights become the profile’s', async () => {
    const { call, mock } = mockApi({ scenario: 'register:default' });
    const r = await call('POST', 'safety-register/profiles', {
      name: 'Gestionnaire de site',
      rights: SOPHIE,
      userIds: ['usr-julien', 'usr-karim'],
    });
    assert.equal(r.status, 201);
    const body = ProfileChangeResponse.parse(await r.json());
    assert.equal(body.profile.name, 'Gestionnaire de site');
    assert.deepEqual(body.profile.userIds, ['usr-karim', 'usr-julien']);
    for (const id of ['usr-karim', 'usr-julien']) {
      const u = mock.register.users.find((x) => x.id === id)!;
      assert.equal(u.profileId, body.profile.id);
      assert.ok(sameRights(u.rights, SOPHIE));
    }
    const profiles = RightsProfilesResponse.parse(await (await call('GET', 'safety-register/profiles')).json()).profiles;
    assert.deepEqual(profiles.find((p) => p.name === 'Gardien')!.userIds, [], 'Karim left the Gardien profile');
  });

  it('SR-PROFILES POST profiles: 422 validation for a name taken (case and accents ignored), no right, an unknown user', async () => {
    const { call } = mockApi({ scenario: 'register:default' });
    const r = await call('POST', 'safety-register/profiles', { name: ' securite incendie ', rights: [], userIds: ['usr-nobody'] });
    assert.equal(r.status, 422);
    const p = (await r.json()) as { type: string; errors: { field: string; issue: string }[] };
    assert.equal(p.type, SR_PROBLEM_TYPES.validation);
    assert.deepEqual(p.errors, [
      { field: 'name', issue: 'taken' },
      { field: 'rights', issue: 'empty' },
      { field: 'userIds', issue: 'unknown' },
    ]);
    const blank = await call('POST', 'safety-register/profiles', { name: '  ', rights: ['synthese:generer'], userIds: [] });
    assert.deepEqual(((await blank.json()) as { errors: unknown }).errors, [{ field: 'name', issue: 'required' }]);
  });

  it('SR-PROFILES name length at the boundary: 60 characters created, 61 refused', async () => {
    const { call } = mockApi({ scenario: 'register:empty' });
    assert.equal(
      (await call('POST', 'safety-register/profiles', { name: 'é'.repeat(61), rights: ['synthese:generer'], userIds: [] })).status,
      422,
    );
    assert.equal(
      (await call('POST', 'safety-register/profiles', { name: 'é'.repeat(60), rights: ['synthese:generer'], userIds: [] })).status,
      201,
    );
  });

  it('SR-PROFILES POST profiles/:id/users attaches users (profileId and rights in ctx.register.users); 404, 422', async () => {
    const { call, mock } = mockApi({ scenario: 'register:default' });
    await call('GET', 'safety-register/profiles');
    const r = await call('POST', 'safety-register/profiles/prf-direction/users', { userIds: ['usr-amelie'] });
    assert.equal(r.status, 200);
    const body = ProfileChangeResponse.parse(await r.json());
    assert.deepEqual(body.profile.userIds, ['usr-amelie', 'usr-pierre']);
    const amelie = mock.register.users.find((u) => u.id === 'usr-amelie')!;
    assert.equal(amelie.profileId, 'prf-direction');
    assert.ok(sameRights(amelie.rights, body.profile.rights));
    assert.equal((await call('POST', 'safety-register/profiles/prf-none/users', { userIds: ['usr-amelie'] })).status, 404);
    assert.equal((await call('POST', 'safety-register/profiles/prf-direction/users', { userIds: [] })).status, 422);
  });

  it('SR-PROFILES 403 forbidden without utilisateurs:gerer; 403 access-restricted while suspended', async () => {
    const { call, mock } = mockApi({ scenario: 'register:default' });
    const me = mock.register.currentUser();
    me.rights = me.rights.filter((x) => x !== 'utilisateurs:gerer');
    const r = await call('POST', 'safety-register/profiles', { name: 'X', rights: ['synthese:generer'], userIds: [] });
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.forbidden);
    const restricted = mockApi({ scenario: 'register:restricted' });
    for (const path of ['safety-register/users', 'safety-register/profiles']) {
      const x = await restricted.call('GET', path);
      assert.equal(x.status, 403);
      assert.equal(((await x.json()) as { type: string }).type, SR_PROBLEM_TYPES.accessRestricted);
    }
  });
});

describe('SR-PROFILES PUT profiles/:id (mock)', () => {
  it('changes the name and rights with the version read; the attached users get the rights; a stale version → 412, none → 428', async () => {
    const { call, mock } = mockApi({ scenario: 'register:default' });
    const put = (body: unknown, ifMatch?: string) =>
      getResponse(
        mock.handlers,
        new Request('http://localhost/api/safety-register/profiles/prf-gardien', {
          method: 'PUT',
          headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
          body: JSON.stringify(body),
        }),
      );
    const before = RightsProfilesResponse.parse(await (await call('GET', 'safety-register/profiles')).json()).profiles[0]!;
    assert.equal(before.version, 1);
    assert.equal((await put({ name: 'Gardien', rights: ['synthese:generer'] }))!.status, 428);
    const ok = await put({ name: 'Gardien d’immeuble', rights: ['interventions:consulter', 'synthese:generer'] }, '"1"');
    assert.equal(ok!.status, 200);
    const body = ProfileChangeResponse.parse(await ok!.json());
    assert.equal(body.profile.version, 2);
    assert.deepEqual(mock.register.users.find((u) => u.id === 'usr-karim')!.rights, ['interventions:consulter', 'synthese:generer']);
    const stale = await put({ name: 'Gardien', rights: ['synthese:generer'] }, '"1"');
    assert.equal(stale!.status, 412);
    assert.equal(((await stale!.json()) as { currentVersion: number }).currentVersion, 2);
    const taken = await put({ name: 'direction', rights: ['synthese:generer'] }, '"2"');
    assert.equal(taken!.status, 422);
    assert.equal(
      (await put({ name: 'Gardien d’immeuble', rights: ['synthese:generer'] }, '"2"'))!.status,
      200,
      'its own name is not « taken »',
    );
  });
});
