/**
 * PP-REGISTER / PP-COMPANY — the French regions a company intervenes in (« Régions
 * d'intervention * », one or more). The 18 regions since 1 January 2016: 13 in metropolitan
 * France and 5 overseas (each both a region and a department). Codes are INSEE's region codes
 * (Code officiel géographique), the API contract; names are in the message catalog
 * (`passport.region.<code>`).
 */
import type { PassportFieldIssue } from './forms.js';

/** The 13 metropolitan regions, by INSEE code. */
export const METROPOLITAN_REGION_CODES = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'] as const;
/** The 5 overseas regions: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte. */
export const OVERSEAS_REGION_CODES = ['01', '02', '03', '04', '06'] as const;

/** Every region, metropolitan ones first, each group in INSEE code order. */
export const REGION_CODES = [...METROPOLITAN_REGION_CODES, ...OVERSEAS_REGION_CODES] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** The catalog key of a region's name (`passport.region.84` → « Auvergne-Rhône-Alpes »). */
export const regionMessageKey = <C extends RegionCode>(code: C): `passport.region.${C}` => `passport.region.${code}`;

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

export const isOverseasRegion = (code: RegionCode): boolean => (OVERSEAS_REGION_CODES as readonly string[]).includes(code);

/** The chosen regions without duplicates, in the order of {@link REGION_CODES} (what is sent and stored). */
export function normalizeRegions(codes: Iterable<RegionCode>): RegionCode[] {
  const chosen = new Set<string>(codes);
  return REGION_CODES.filter((code) => chosen.has(code));
}

/** PP-REGISTER / PP-COMPANY: `required` when no region is chosen, `invalid-region` for a code that is not one of the 18. */
export function regionsIssue(regions: readonly string[]): Extract<PassportFieldIssue, 'required' | 'invalid-region'> | undefined {
  if (regions.length === 0) return 'required';
  return regions.every(isRegionCode) ? undefined : 'invalid-region';
}
