/**
 * PP-ENROLL / PP-BLOCK — the modules of the UNPG safety-awareness programme (« sensibilisation
 * accueil sécurité »): what an employee validates one by one to obtain the UNPG safety passport,
 * what failures are counted on (PP-BLOCK), and what the SNBPE reciprocity validates at once.
 *
 * ASSUMPTION (documented here, the one place to change it): seed 004 names no module. This list
 * is a plausible programme for quarries and aggregate sites (UNPG): general site rules, traffic,
 * protective equipment, hazardous products, working at height, machinery and conveyors,
 * emergencies, and the quarry-specific risks (blasting; faces, stockpiles and water; dust and
 * noise). The ids are the API contract; the names are in the message catalog
 * (`passport.module.<id>`).
 */

/** Every module of the UNPG programme, in the order the programme presents them. */
export const UNPG_MODULE_IDS = [
  'site-rules',
  'site-traffic',
  'protective-equipment',
  'hazardous-products',
  'working-at-height',
  'machinery-conveyors',
  'emergencies',
  'blasting',
  'faces-stockpiles-water',
  'dust-noise',
] as const;
export type UnpgModuleId = (typeof UNPG_MODULE_IDS)[number];

/** The catalog key of a module's name (`passport.module.site-rules` → « Règles générales du site »). */
export const moduleMessageKey = <M extends UnpgModuleId>(id: M): `passport.module.${M}` => `passport.module.${id}`;

export function isUnpgModuleId(value: unknown): value is UnpgModuleId {
  return typeof value === 'string' && (UNPG_MODULE_IDS as readonly string[]).includes(value);
}
