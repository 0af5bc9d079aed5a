/**
 * X-MOCK — the named scenarios of the mock API. One list feeds the types, the Storybook
 * and demo switchers, the server's help text and the tests.
 */
import type { BannerLevel } from '@vigie/core';

export const SCENARIOS = [
  {
    name: 'invoices:none',
    fr: 'Factures réglées, la prochaine échéance est dans 40 jours\u202f: pas de bandeau.',
    en: 'Invoices paid, the next one is due in 40 days: no banner.',
  },
  {
    name: 'invoices:warning',
    fr: 'Une facture arrive à échéance dans 10 jours\u202f: bandeau orange.',
    en: 'An invoice is due in 10 days: orange banner.',
  },
  {
    name: 'invoices:overdue',
    fr: 'Une facture est échue depuis 5 jours\u202f: bandeau rouge avec date de coupure.',
    en: 'An invoice has been overdue for 5 days: red banner with the cut-off date.',
  },
  {
    name: 'invoices:suspended',
    fr: 'Une facture est échue depuis 40 jours\u202f: accès coupé sauf la synthèse des sites.',
    en: 'An invoice has been overdue for 40 days: access cut except the sites synthesis.',
  },
  {
    name: 'invoices:empty',
    fr: 'Aucune facture sur le compte.',
    en: 'No invoice at all on the account.',
  },
  {
    name: 'register:default',
    fr: 'Registre de sécurité\u202f: Résidence Les Tilleuls, des utilisateurs et leurs profils, des interventions à signer, en retard et clôturées (rapports PDF), des anomalies, des permis de feu en attente de signature, une facture en retard (bandeau rouge).',
    en: 'Safety register: Résidence Les Tilleuls, users and their profiles, interventions to sign, late and closed (PDF reports), anomalies, fire permits awaiting signature, one overdue invoice (red banner).',
  },
  {
    name: 'register:restricted',
    fr: 'Registre de sécurité\u202f: une facture échue depuis 40 jours, l’accès est coupé sauf la synthèse des sites.',
    en: 'Safety register: an invoice 40 days overdue, access is cut except the sites synthesis.',
  },
  {
    name: 'register:empty',
    fr: 'Registre de sécurité\u202f: un compte neuf, sans intervention, anomalie, permis de feu ni facture.',
    en: 'Safety register: a new account, with no intervention, anomaly, fire permit or invoice.',
  },
  {
    name: 'vault:default',
    fr: 'Coffre-fort\u202f: comptes de démonstration, bulletins déposés, aucun blocage (3 mauvais mots de passe bloquent pour 120 minutes).',
    en: 'Vault: demo accounts, payslips deposited, no lock (3 wrong passwords lock for 120 minutes).',
  },
  {
    name: 'vault:locked',
    fr: 'Coffre-fort\u202f: le compte de démonstration (123456789012 / paul.dupont@example.fr) est bloqué, encore 90 minutes environ.',
    en: 'Vault: the demo account (123456789012 / paul.dupont@example.fr) is locked, about 90 minutes left.',
  },
  {
    name: 'vault:second-factor',
    fr: 'Coffre-fort\u202f: le compte de démonstration demande un code reçu par SMS (code de démonstration 123456).',
    en: 'Vault: the demo account asks for a code sent by text message (demo code 123456).',
  },
  {
    name: 'vault:must-change-password',
    fr: 'Coffre-fort\u202f: le compte de démonstration a un mot de passe provisoire, à personnaliser à la connexion.',
    en: 'Vault: the demo account has a temporary password, to be changed when signing in.',
  },
  {
    name: 'vault:empty-documents',
    fr: 'Coffre-fort\u202f: aucun bulletin de paie déposé pour le moment par l’employeur.',
    en: 'Vault: no payslip deposited by the employer yet.',
  },
  {
    name: 'vault:expired-link',
    fr: 'Coffre-fort\u202f: les liens de démonstration (activation, réinitialisation du mot de passe) ont expiré.',
    en: 'Vault: the demo links (activation, password reset) have expired.',
  },
  {
    name: 'passport:default',
    fr: 'Passeport sécurité\u202f: l’entreprise «\u202fGranulats Dupont SARL\u202f» (baptiste.martin@granulats-dupont.fr / Passeport-2026!), 40 salariés inscrits dont John WEST bloqué.',
    en: 'Safety passport: the company "Granulats Dupont SARL" (baptiste.martin@granulats-dupont.fr / Passeport-2026!), 40 employees, John WEST blocked.',
  },
  {
    name: 'passport:empty-roster',
    fr: 'Passeport sécurité\u202f: l’entreprise de démonstration n’a encore inscrit aucun salarié.',
    en: 'Safety passport: the demo company has not enrolled any employee yet.',
  },
  {
    name: 'passport:large',
    fr: 'Passeport sécurité\u202f: 100 000 salariés inscrits (liste paginée, générée à la première demande).',
    en: 'Safety passport: 100,000 employees (paged list, generated on first use).',
  },
  {
    name: 'passport:linked-spaces',
    fr: 'Passeport sécurité\u202f: le référent a déjà lié ses espaces entreprise, utilisateur et formateur.',
    en: 'Safety passport: the referent has already linked their company, user and trainer spaces.',
  },
  {
    name: 'passport:must-change-password',
    fr: 'Passeport sécurité\u202f: après un passage de relais, Claire DURAND (claire.durand@granulats-dupont.fr / Relais-Provisoire-2026) doit personnaliser le mot de passe provisoire.',
    en: 'Safety passport: after a handover, Claire DURAND (claire.durand@granulats-dupont.fr / Relais-Provisoire-2026) must replace the temporary password.',
  },
  {
    name: 'remote:default',
    fr: 'Télésurveillance\u202f: 12 sites sur 3 liens ID & PIN, systèmes activés, partiels et désactivés, un site en mode test qui s’arrête dans quelques minutes, des alarmes de priorité 1, 2 et 3 (dont une patrouille envoyée).',
    en: 'Remote Services: 12 sites over 3 ID & PIN links, systems armed, partly armed and disarmed, one site in test mode ending in a few minutes, alarms of priority 1, 2 and 3 (one patrol dispatched).',
  },
  {
    name: 'remote:large',
    fr: 'Télésurveillance\u202f: 5\u202f000 sites sur 25 liens ID & PIN.',
    en: 'Remote Services: 5,000 sites over 25 ID & PIN links.',
  },
  {
    name: 'remote:onboarding-id-pin-existing',
    fr: 'Inscription Télésurveillance\u202f: invitation avec ID & PIN, compte MySecuritas existant.',
    en: 'Remote Services onboarding: invitation with an ID & PIN, existing MySecuritas account.',
  },
  {
    name: 'remote:onboarding-id-pin-new',
    fr: 'Inscription Télésurveillance\u202f: invitation avec ID & PIN, nouveau compte MySecuritas.',
    en: 'Remote Services onboarding: invitation with an ID & PIN, new MySecuritas account.',
  },
  {
    name: 'remote:onboarding-automatic-existing',
    fr: 'Inscription Télésurveillance\u202f: invitation automatique (lien seul), compte MySecuritas existant.',
    en: 'Remote Services onboarding: automatic invitation (link only), existing MySecuritas account.',
  },
  {
    name: 'remote:onboarding-automatic-new',
    fr: 'Inscription Télésurveillance\u202f: invitation automatique (lien seul), nouveau compte MySecuritas.',
    en: 'Remote Services onboarding: automatic invitation (link only), new MySecuritas account.',
  },
  {
    name: 'remote:conflict',
    fr: 'Télésurveillance\u202f: quelqu’un d’autre enregistre la liste d’appels pendant que vous la modifiez.',
    en: 'Remote Services: someone else saves the call list while you edit it.',
  },
  {
    name: 'remote:alarm-burst',
    fr: 'Télésurveillance\u202f: une nouvelle alarme arrive toutes les quelques secondes.',
    en: 'Remote Services: a new alarm comes in every few seconds.',
  },
  {
    name: 'any:error-500',
    fr: "Chaque route de l'API répond 500 avec un problème RFC 9457.",
    en: 'Every API route answers 500 with an RFC 9457 problem.',
  },
  {
    name: 'any:slow',
    fr: 'Chaque route attend quelques secondes puis répond normalement (données «\u202finvoices:overdue\u202f», «\u202fvault:default\u202f» et «\u202fpassport:default\u202f»).',
    en: 'Every route waits a few seconds, then answers normally ("invoices:overdue", "vault:default" and "passport:default" data).',
  },
  {
    name: 'any:malformed',
    fr: 'Réponses 200 qui ne respectent pas le contrat (montant en texte…).',
    en: '200 answers that break the contract (amount as a string…).',
  },
] as const;

export type ScenarioName = (typeof SCENARIOS)[number]['name'];
/** The scenarios that describe the account's invoices (each has its own data set). */
export type InvoiceScenario = Extract<ScenarioName, `invoices:${string}`>;
/** The scenarios that describe the safety register beyond its invoices (each has its own data set). */
export type RegisterScenario = Extract<ScenarioName, `register:${string}`>;

/** The scenarios that describe the payslip vault (each has its own data set). */
export type VaultScenario = Extract<ScenarioName, `vault:${string}`>;

/** The scenarios that describe the safety passport (each has its own data set). */
export type PassportScenario = Extract<ScenarioName, `passport:${string}`>;

/** The scenarios that describe Remote Services (each has its own data set). */
export type RemoteScenario = Extract<ScenarioName, `remote:${string}`>;

export const SCENARIO_NAMES: readonly ScenarioName[] = SCENARIOS.map((s) => s.name);

/** What the mock serves when nobody chose: the case a demo most wants to show. */
export const DEFAULT_SCENARIO = 'invoices:overdue' satisfies ScenarioName;

/** The banner level each invoice scenario must produce through core (checked by the store). */
export const EXPECTED_LEVEL: Readonly<Record<InvoiceScenario, BannerLevel>> = {
  'invoices:none': 'none',
  'invoices:warning': 'warning',
  'invoices:overdue': 'overdue',
  'invoices:suspended': 'suspended',
  'invoices:empty': 'none',
};

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

export function isInvoiceScenario(name: ScenarioName): name is InvoiceScenario {
  return name.startsWith('invoices:');
}

/** The register data every scenario that is not about the register answers with. */
export const DEFAULT_REGISTER_SCENARIO = 'register:default' satisfies ScenarioName;

export function isRegisterScenario(name: ScenarioName): name is RegisterScenario {
  return name.startsWith('register:');
}

/** The invoices each register scenario comes with: overdue (red banner), suspended (access cut), none. */
export const REGISTER_INVOICES: Readonly<Record<RegisterScenario, InvoiceScenario>> = {
  'register:default': 'invoices:overdue',
  'register:restricted': 'invoices:suspended',
  'register:empty': 'invoices:empty',
};

/** The register data a scenario answers with (the other services' ones reuse `register:default`). */
export function registerDataOf(name: ScenarioName): RegisterScenario {
  return isRegisterScenario(name) ? name : DEFAULT_REGISTER_SCENARIO;
}

/** The vault data every scenario that is not about the vault answers with. */
export const DEFAULT_VAULT_SCENARIO = 'vault:default' satisfies ScenarioName;

export function isVaultScenario(name: ScenarioName): name is VaultScenario {
  return name.startsWith('vault:');
}

/** The passport data every scenario that is not about the passport answers with. */
export const DEFAULT_PASSPORT_SCENARIO = 'passport:default' satisfies ScenarioName;

export function isPassportScenario(name: ScenarioName): name is PassportScenario {
  return name.startsWith('passport:');
}

/** The Remote Services data every scenario that is not about it answers with. */
export const DEFAULT_REMOTE_SCENARIO = 'remote:default' satisfies ScenarioName;

export function isRemoteScenario(name: ScenarioName): name is RemoteScenario {
  return name.startsWith('remote:');
}

/** Whether a scenario concerns every service (`any:*`: they all start afresh with it). */
export function isAnyScenario(name: ScenarioName): boolean {
  return name.startsWith('any:');
}

// A scenario concerns one service (or every one, `any:*`): the other services keep their
// default data under it, so a page with a banner and a login works whatever is chosen.

/** The invoice data a scenario answers with (the `any:*` and `vault:*` ones reuse the default data). */
export function invoiceDataOf(name: ScenarioName): InvoiceScenario {
  if (isRegisterScenario(name)) return REGISTER_INVOICES[name];
  return isInvoiceScenario(name) ? name : DEFAULT_SCENARIO;
}

/** The vault data a scenario answers with (the `any:*` and `invoices:*` ones reuse `vault:default`). */
export function vaultDataOf(name: ScenarioName): VaultScenario {
  return isVaultScenario(name) ? name : DEFAULT_VAULT_SCENARIO;
}

/** The passport data a scenario answers with (the `any:*` and other services' ones reuse `passport:default`). */
export function passportDataOf(name: ScenarioName): PassportScenario {
  return isPassportScenario(name) ? name : DEFAULT_PASSPORT_SCENARIO;
}

/** The Remote Services data a scenario answers with (the other services' ones reuse `remote:default`). */
export function remoteDataOf(name: ScenarioName): RemoteScenario {
  return isRemoteScenario(name) ? name : DEFAULT_REMOTE_SCENARIO;
}

export function describeScenario(name: ScenarioName, locale: 'fr' | 'en' = 'fr'): string {
  return SCENARIOS.find((s) => s.name === name)![locale];
}
