/**
 * SR — the in-memory safety register of one customer account (Résidence Les Tilleuls), behind the
 * register routes of the mock API. It holds what every part shares (the account's users and who is
 * calling); each part (`profiles/`, `interventions/`, `reports/`, `anomalies/`, `permits/`) keeps its
 * own data through {@link RegisterStore.part}, made on first use from the scenario's data set, and
 * applies core's rules in its own module, so this store stays a plain data holder.
 */
import { ALL_RIGHTS, calendarDateOf, type CalendarDate, type Right } from '@vigie/core';
import type { RegisterScenario } from '../scenarios.js';

/** `restricted` has the data of `default` (only its invoices differ); `empty` is a new account. */
export type RegisterDataSet = 'default' | 'empty';

export interface RegisterUser {
  readonly id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** The job shown beside the name. */
  job: string;
  /** The profile the user is attached to, or null (own rights). Set by the profiles part. */
  profileId: string | null;
  /** The user's effective rights (a profile's when attached). */
  rights: Right[];
}

export interface RegisterStore {
  readonly scenario: RegisterScenario;
  readonly dataSet: RegisterDataSet;
  readonly now: () => number;
  /** The account's today (Europe/Paris). */
  today(): CalendarDate;
  /** The account's users; parts read and change them in place. */
  readonly users: RegisterUser[];
  /** Who calls the API (the demo portal's user, Claire Martin). */
  readonly currentUserId: string;
  currentUser(): RegisterUser;
  /**
   * A part's own state, created on first use (e.g. `store.part('permits', () => demoPermits(store))`).
   * One per store, so a scenario switch starts it afresh.
   */
  part<T>(name: string, init: () => T): T;
  /** A new id with a prefix, unique in this store (`int-…`, `ano-…`). */
  nextId(prefix: string): string;
}

const r = (...rights: Right[]) => rights;

/** The account's users (French demo data; one long name to test layouts). */
function demoUsers(dataSet: RegisterDataSet): RegisterUser[] {
  const claire: RegisterUser = {
    id: 'usr-claire',
    firstName: 'Claire',
    lastName: 'Martin',
    email: 'claire.martin@atelier-immo.fr',
    job: 'Responsable sécurité',
    profileId: null,
    rights: [...ALL_RIGHTS],
  };
  if (dataSet === 'empty') return [claire];
  return [
    claire,
    {
      id: 'usr-karim',
      firstName: 'Karim',
      lastName: 'Benali',
      email: 'karim.benali@atelier-immo.fr',
      job: 'Gardien',
      profileId: null,
      rights: r('interventions:consulter', 'interventions:signer', 'batiment:consulter', 'batiment:creer', 'permis-feu:consulter'),
    },
    {
      id: 'usr-sophie',
      firstName: 'Sophie',
      lastName: 'Lefèvre',
      email: 'sophie.lefevre@atelier-immo.fr',
      job: 'Gestionnaire technique',
      profileId: null,
      rights: r(
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
      ),
    },
    {
      id: 'usr-thomas',
      firstName: 'Thomas',
      lastName: 'Girard',
      email: 'thomas.girard@atelier-immo.fr',
      job: 'Gestionnaire technique',
      profileId: null,
      rights: r(
        'interventions:consulter',
        'interventions:creer',
        'interventions:signer',
        'batiment:consulter',
        'batiment:demander',
        'permis-feu:consulter',
      ),
    },
    {
      id: 'usr-amelie',
      firstName: 'Amélie',
      lastName: 'Roux',
      email: 'amelie.roux@atelier-immo.fr',
      job: 'Assistante de direction',
      profileId: null,
      rights: r('factures:consulter', 'factures:regler', 'synthese:generer', 'interventions:consulter'),
    },
    {
      id: 'usr-julien',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'julien.moreau@atelier-immo.fr',
      job: 'Agent de maintenance',
      profileId: null,
      rights: r('interventions:consulter', 'batiment:consulter', 'batiment:creer'),
    },
    {
      id: 'usr-nadia',
      firstName: 'Nadia',
      lastName: 'Haddad',
      email: 'nadia.haddad@atelier-immo.fr',
      job: 'Chargée de sécurité incendie',
      profileId: null,
      rights: r(
        'interventions:consulter',
        'permis-feu:consulter',
        'permis-feu:creer',
        'permis-feu:signer',
        'commissions:consulter',
        'commissions:creer',
        'commissions:modifier',
      ),
    },
    {
      id: 'usr-pierre',
      firstName: 'Pierre-Antoine',
      lastName: 'de La Fontaine-Beaulieu',
      email: 'pa.delafontaine-beaulieu@atelier-immo.fr',
      job: 'Directeur d’exploitation multisites',
      profileId: null,
      rights: r(
        'interventions:consulter',
        'batiment:consulter',
        'permis-feu:consulter',
        'commissions:consulter',
        'factures:consulter',
        'synthese:generer',
      ),
    },
  ];
}

export function createRegisterStore(scenario: RegisterScenario, now: () => number): RegisterStore {
  const dataSet: RegisterDataSet = scenario === 'register:empty' ? 'empty' : 'default';
  const users = demoUsers(dataSet);
  const parts = new Map<string, unknown>();
  let seq = 0;
  return {
    scenario,
    dataSet,
    now,
    today: () => calendarDateOf(now()),
    users,
    currentUserId: 'usr-claire',
    currentUser: () => users.find((u) => u.id === 'usr-claire')!,
    part<T>(name: string, init: () => T): T {
      if (!parts.has(name)) parts.set(name, init());
      return parts.get(name) as T;
    },
    nextId: (prefix) => `${prefix}-${(++seq).toString(36).padStart(3, '0')}`,
  };
}
