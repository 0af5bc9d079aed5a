/**
 * RS-SITES bench: what `<site-list>` must show, computed the plain way (no index of ours): fold
 * each site's texts (lower case, no accents, no apostrophes) and `includes`; `Intl.Collator('fr')`
 * comparisons and stable sorts; then the sites grouped by their ID & PIN links (the group of a site's
 * links, in the order of the user's links), as the list shows them by default. The rows are keyed
 * by the title shown and the street (the two texts the harness reads from each row).
 */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const STATE = { armed: 'Activé', partial: 'Partiel', disarmed: 'Désactivé' };
export const foldSite = (t) =>
  t
    .normalize('NFD')
    .replace(/\p{M}|['’‘`´ʼ]/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
export const titleOf = (s) => s.nickname ?? s.name;
export const keyOf = (s) => `${titleOf(s)}\u0000${s.address.street}`;

const cache = new WeakMap();
function prepared(data) {
  let p = cache.get(data);
  if (p) return p;
  const identifiers = new Map(data.links.map((l) => [l.id, l.identifier]));
  const rank = new Map(data.links.map((l, i) => [l.id, i]));
  const hay = data.sites.map((s) =>
    foldSite(
      [
        s.name,
        s.nickname ?? '',
        s.address.street,
        s.address.postalCode,
        s.address.city,
        STATE[s.state],
        ...s.linkIds.map((id) => identifiers.get(id) ?? ''),
      ].join('\n'),
    ),
  );
  const groupKey = data.sites.map((s) => [...new Set(s.linkIds.map((id) => rank.get(id)))].sort((a, b) => a - b));
  const base = data.sites
    .map((_, i) => i)
    .sort((a, b) => collator.compare(titleOf(data.sites[a]), titleOf(data.sites[b])) || (data.sites[a].id < data.sites[b].id ? -1 : 1));
  p = { hay, groupKey, base };
  cache.set(data, p);
  return p;
}

const compareGroups = (a, b) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
};

const byColumn = {
  name: (a, b) => collator.compare(titleOf(a), titleOf(b)),
  location: (a, b) =>
    collator.compare(a.address.city, b.address.city) ||
    (a.address.postalCode < b.address.postalCode ? -1 : a.address.postalCode > b.address.postalCode ? 1 : 0) ||
    collator.compare(a.address.street, b.address.street),
};

/** The keys of the rows `<site-list>` shows from its top for a query (typed) or a sort (a header clicked once: ascending). */
export function expected(data, { query = '', sort = 'name' } = {}) {
  const { hay, groupKey, base } = prepared(data);
  const tokens = foldSite(query)
    .split(/[\s\-‐‑]+/)
    .filter(Boolean);
  const sites = data.sites;
  const order = base.filter((i) => tokens.every((t) => hay[i].includes(t)));
  order.sort((a, b) => byColumn[sort](sites[a], sites[b]));
  order.sort((a, b) => compareGroups(groupKey[a], groupKey[b]));
  return order.slice(0, 60).map((i) => keyOf(sites[i]));
}
