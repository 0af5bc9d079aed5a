/**
 * SR-PROFILES — the profiles part of the mock API (guarded: a suspended account gets 403
 * access-restricted): the account's users with their profile and effective rights, the rights
 * profiles, creating a profile (name, rights, users to attach) and attaching users to one. Core's
 * rules decide (`checkProfileDraft`, `attachUsers`), as the real service would.
 *
 * Data set `default`: four French profiles, with Karim (Gardien), Thomas (Gestionnaire technique),
 * Pierre-Antoine (Direction) and Nadia (Sécurité incendie) attached at the part's first use (their
 * rights become the profile's); Sophie, Amélie and Julien keep their own rights. `empty`: no profile.
 */
import { HttpResponse } from 'msw';
import {
  SR_PROBLEM_TYPES,
  attachUsers,
  checkProfileDraft,
  rightsSet,
  rightsOfModule,
  type ProfileChangeResponse,
  type RegisterUser,
  type Right,
  type RightsProfile,
} from '@vigie/core';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import type { RegisterStore, RegisterUser as StoredUser } from '../register-store.js';
import { SR_PROFILES_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

interface StoredProfile {
  readonly id: string;
  name: string;
  rights: Right[];
  /** Bumped by every edit of the name or rights (the ETag of `PUT`). */
  version: number;
}

interface ProfilesPart {
  readonly profiles: StoredProfile[];
}

const MANAGE_RIGHT = 'utilisateurs:gerer' satisfies Right;

function demoProfiles(register: RegisterStore): ProfilesPart {
  if (register.dataSet === 'empty') return { profiles: [] };
  const profiles: StoredProfile[] = (
    [
      {
        id: 'prf-gardien',
        name: 'Gardien',
        rights: rightsSet([
          'interventions:consulter',
          'interventions:signer',
          'batiment:consulter',
          'batiment:creer',
          'permis-feu:consulter',
        ]),
      },
      {
        id: 'prf-technique',
        name: 'Gestionnaire technique',
        rights: rightsSet([
          ...rightsOfModule('interventions'),
          'batiment:consulter',
          'batiment:creer',
          'batiment:modifier',
          'batiment:demander',
          'permis-feu:consulter',
          'commissions:consulter',
        ]),
      },
      {
        id: 'prf-direction',
        name: 'Direction',
        rights: rightsSet([
          'interventions:consulter',
          'batiment:consulter',
          'permis-feu:consulter',
          'commissions:consulter',
          'factures:consulter',
          'factures:regler',
          'synthese:generer',
        ]),
      },
      {
        id: 'prf-incendie',
        name: 'Sécurité incendie',
        rights: rightsSet(['interventions:consulter', ...rightsOfModule('permis-feu'), ...rightsOfModule('commissions')]),
      },
    ] as const
  ).map((p) => ({ ...p, version: 1 }));
  const attach = (userId: string, profileId: string) => {
    const user = register.users.find((u) => u.id === userId);
    const profile = profiles.find((p) => p.id === profileId)!;
    if (user) Object.assign(user, { profileId, rights: [...profile.rights] });
  };
  attach('usr-karim', 'prf-gardien');
  attach('usr-thomas', 'prf-technique');
  attach('usr-pierre', 'prf-direction');
  attach('usr-nadia', 'prf-incendie');
  return { profiles };
}

/** The part's state (made on first use; attaches the demo users then). */
export const profilesPart = (register: RegisterStore): ProfilesPart => register.part('profiles', () => demoProfiles(register));

const userOut = (u: StoredUser): RegisterUser => ({
  id: u.id,
  firstName: u.firstName,
  lastName: u.lastName,
  job: u.job,
  profileId: u.profileId,
  rights: rightsSet(u.rights),
});
const profileOut = (p: StoredProfile, users: readonly StoredUser[]): RightsProfile => ({
  id: p.id,
  name: p.name,
  rights: [...p.rights],
  userIds: users.filter((u) => u.profileId === p.id).map((u) => u.id),
  version: p.version,
});

const slug = (type: string) => type.slice('/problems/'.length);

function invalid(instance: string, errors: readonly { field: string; issue: string }[]): Response {
  return problem(422, slug(SR_PROBLEM_TYPES.validation), 'Invalid profile', errors.map((e) => `${e.field}: ${e.issue}`).join('; '), {
    instance,
    extensions: { errors },
  });
}

/** 403 forbidden unless the caller may manage users and profiles. */
function forbidden({ register, instance }: RouteContext): Response | undefined {
  if (register.currentUser().rights.includes(MANAGE_RIGHT)) return undefined;
  return problem(403, slug(SR_PROBLEM_TYPES.forbidden), 'Forbidden', `Managing profiles needs the right ${MANAGE_RIGHT}.`, {
    instance,
    extensions: { right: MANAGE_RIGHT },
  });
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const stringArray = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

function setUsers(register: RegisterStore, userIds: readonly string[], profile: StoredProfile): void {
  const next = attachUsers(register.users, userIds, profile.id, profile.rights);
  next.forEach((u, i) => Object.assign(register.users[i]!, { profileId: u.profileId, rights: [...u.rights] }));
}

function change(register: RegisterStore, profile: StoredProfile, status: number): Response {
  return HttpResponse.json<ProfileChangeResponse>(
    { profile: profileOut(profile, register.users), users: register.users.map(userOut) },
    { status },
  );
}

export function registerProfilesRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_PROFILES_ROUTES,
    {
      registerUsers: {
        ok: ({ register }) => {
          profilesPart(register);
          return HttpResponse.json({ users: register.users.map(userOut) });
        },
        malformed: () => ({ users: [{ id: 7, rights: 'toutes' }] }),
      },
      profiles: {
        ok: ({ register }) => HttpResponse.json({ profiles: profilesPart(register).profiles.map((p) => profileOut(p, register.users)) }),
        malformed: () => ({ profiles: [{ id: 'prf-x', name: '', rights: ['tout'] }] }),
      },
      createProfile: {
        ok: async (ctx) => {
          const { register, request, instance } = ctx;
          const refused = forbidden(ctx);
          if (refused) return refused;
          const part = profilesPart(register);
          const body = await jsonBody(request);
          const name = typeof body?.name === 'string' ? body.name.trim() : '';
          const rawRights = stringArray(body?.rights) ?? [];
          const userIds = stringArray(body?.userIds ?? []);
          const rights = rightsSet(rawRights);
          const errors: { field: string; issue: string }[] = checkProfileDraft(
            { name, rights },
            part.profiles.map((p) => p.name),
          );
          if (rights.length !== rawRights.length && rights.length > 0) errors.push({ field: 'rights', issue: 'unknown' });
          if (!userIds || userIds.some((id) => !register.users.some((u) => u.id === id)))
            errors.push({ field: 'userIds', issue: 'unknown' });
          if (errors.length) return invalid(instance, errors);
          const profile: StoredProfile = { id: register.nextId('prf'), name, rights, version: 1 };
          part.profiles.push(profile);
          setUsers(register, userIds!, profile);
          return change(register, profile, 201);
        },
        malformed: () => ({ profile: { id: 1 }, users: 'tous' }),
      },
      updateProfile: {
        ok: async (ctx) => {
          const { register, request, instance, params } = ctx;
          const refused = forbidden(ctx);
          if (refused) return refused;
          const part = profilesPart(register);
          const profile = part.profiles.find((p) => p.id === params.id);
          if (!profile) return problem(404, slug(SR_PROBLEM_TYPES.notFound), 'No such profile', undefined, { instance });
          const ifMatch = request.headers.get('If-Match');
          if (!ifMatch)
            return problem(428, 'precondition-required', 'If-Match required', 'Send the version read as If-Match: "<version>".', {
              instance,
            });
          if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(profile.version)) {
            return problem(412, 'stale-version', 'The profile changed', 'Someone changed this profile since it was read.', {
              instance,
              extensions: { currentVersion: profile.version },
            });
          }
          const body = await jsonBody(request);
          const name = typeof body?.name === 'string' ? body.name.trim() : '';
          const rawRights = stringArray(body?.rights) ?? [];
          const rights = rightsSet(rawRights);
          const errors: { field: string; issue: string }[] = checkProfileDraft(
            { name, rights },
            part.profiles.filter((p) => p !== profile).map((p) => p.name),
          );
          if (rights.length !== rawRights.length && rights.length > 0) errors.push({ field: 'rights', issue: 'unknown' });
          if (errors.length) return invalid(instance, errors);
          Object.assign(profile, { name, rights, version: profile.version + 1 });
          setUsers(
            register,
            register.users.filter((u) => u.profileId === profile.id).map((u) => u.id),
            profile,
          );
          return change(register, profile, 200);
        },
        malformed: () => ({ profile: { id: 'prf-x', version: 'deux' } }),
      },
      attachProfileUsers: {
        ok: async (ctx) => {
          const { register, request, instance, params } = ctx;
          const refused = forbidden(ctx);
          if (refused) return refused;
          const profile = profilesPart(register).profiles.find((p) => p.id === params.id);
          if (!profile) return problem(404, slug(SR_PROBLEM_TYPES.notFound), 'No such profile', undefined, { instance });
          const userIds = stringArray((await jsonBody(request))?.userIds);
          if (!userIds?.length) return invalid(instance, [{ field: 'userIds', issue: 'empty' }]);
          if (userIds.some((id) => !register.users.some((u) => u.id === id)))
            return invalid(instance, [{ field: 'userIds', issue: 'unknown' }]);
          setUsers(register, userIds, profile);
          return change(register, profile, 200);
        },
        malformed: () => ({ profile: null }),
      },
    },
    plainRoute,
  );
}
