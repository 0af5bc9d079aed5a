/**
 * X-I18N — the French texts of RS-SITES' filter panel (« Emplacement », « Mode test »), loaded with
 * the panel (`site-filters.on-demand.ts`) when the user opens it. Keys `rs.sites.*`, as before.
 */
export const remoteSiteFiltersFr = {
  'rs.sites.location.label': 'Emplacement',
  'rs.sites.location.placeholder': 'Ville ou code postal',
  'rs.sites.testMode.legend': 'Mode test',
  'rs.sites.testMode.all': 'Tous',
  'rs.sites.testMode.on': 'Activé',
  'rs.sites.testMode.off': 'Désactivé',
} as const;
