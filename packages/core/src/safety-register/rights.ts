/**
 * SR-PROFILES — the modules of the safety register and the rights each one grants. A right is
 * `module:action`; a user's rights (and a profile's) are a set of them. The catalog is fixed by
 * the product (seed 001 names the modules), so it lives in core and both ends read it.
 */

/** The modules of the register, in the order the product's menu shows them. */
export const MODULES = ['interventions', 'batiment', 'permis-feu', 'commissions', 'utilisateurs', 'factures', 'synthese'] as const;
export type Module = (typeof MODULES)[number];

/** What each module lets a user do. */
export const MODULE_ACTIONS = {
  interventions: ['consulter', 'creer', 'modifier', 'signer'],
  batiment: ['consulter', 'creer', 'modifier', 'supprimer', 'demander'],
  'permis-feu': ['consulter', 'creer', 'signer'],
  commissions: ['consulter', 'creer', 'modifier'],
  utilisateurs: ['consulter', 'gerer'],
  factures: ['consulter', 'regler'],
  synthese: ['generer'],
} as const satisfies Readonly<Record<Module, readonly string[]>>;

export type Action = (typeof MODULE_ACTIONS)[Module][number];
export type Right = { [M in Module]: `${M}:${(typeof MODULE_ACTIONS)[M][number]}` }[Module];

/** Every right of the catalog, module by module. */
export const ALL_RIGHTS: readonly Right[] = MODULES.flatMap((m) => MODULE_ACTIONS[m].map((a) => `${m}:${a}` as Right));

/** SR-INVOICE: the right behind the one feature a restricted account keeps (the sites' synthesis). */
export const SYNTHESIS_RIGHT = 'synthese:generer' satisfies Right;

export function isRight(value: unknown): value is Right {
  return typeof value === 'string' && (ALL_RIGHTS as readonly string[]).includes(value);
}

/** The module a right belongs to. */
export function moduleOf(right: Right): Module {
  return right.slice(0, right.indexOf(':')) as Module;
}

/** The rights of one module, in catalog order. */
export function rightsOfModule(module: Module): readonly Right[] {
  return MODULE_ACTIONS[module].map((a) => `${module}:${a}` as Right);
}
