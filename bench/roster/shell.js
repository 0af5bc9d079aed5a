/**
 * What the contender pages put around their list (the roster has it inside its element): a style
 * sheet and a labelled search field. Also where a page's own data code reports how long it took.
 */

/** Appends the page's styles and the search field to `host`; returns the field. */
export function contenderShell(host, css) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const label = document.createElement('label');
  label.className = 'search';
  label.textContent = 'Rechercher un salarié ';
  const search = document.createElement('input');
  search.type = 'search';
  search.id = 'search';
  search.placeholder = 'Rechercher un salarié…';
  label.append(search);
  host.append(label);
  return { search };
}

/** Records how long a page's own filter or sort code took (ms); the harness hands them to the driver. */
export function recordDataStep(kind, ms) {
  (globalThis.__rosterDataSteps ??= []).push({ kind, ms });
}
