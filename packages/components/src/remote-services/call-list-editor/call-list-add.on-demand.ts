/**
 * RS-CALL — the « Ajouter un contact du site » combobox's behaviour (WAI-ARIA APG « combobox with
 * listbox popup », list autocomplete): the matching contacts, the keys, the listbox, its texts and styles.
 * `<call-list-editor>` renders the input itself (first screen) and loads this module on intent
 * (pointer over or focus in the « Ajouter » block); what is typed meanwhile is kept.
 */
import { css, html, nothing } from 'lit';
import {
  addableCallListContacts,
  remoteCallListsAddMessages,
  type CallListEditorReady,
  type Contact,
  type MessageKey,
  type Params,
} from '@vigie/core';

export const addMessages = remoteCallListsAddMessages;

/** What is typed, whether the listbox is open, the highlighted option (−1: none). */
export interface Combo {
  readonly query: string;
  readonly open: boolean;
  readonly active: number;
}

/** Lower case, accents folded: « helene » finds « Hélène ». */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The site's contacts not in the list that match what is typed (first or last name first). */
export function optionsOf(s: CallListEditorReady, query: string): readonly Contact[] {
  const q = fold(query.trim());
  const all = addableCallListContacts(s);
  return q ? all.filter((c) => fold(`${c.firstName} ${c.lastName} ${c.lastName} ${c.firstName}`).includes(q)) : all;
}

/** The combobox after a key; `pick`: the contact to add; `say`: Enter with nothing to take. */
export function comboKey(c: Combo, e: KeyboardEvent, options: readonly Contact[]): { combo: Combo; pick?: Contact; say?: true } {
  const n = options.length;
  switch (e.key) {
    case 'ArrowDown':
      e.preventDefault();
      return { combo: { ...c, open: true, active: !c.open ? (e.altKey ? -1 : 0) : n ? (c.active + 1) % n : -1 } };
    case 'ArrowUp':
      e.preventDefault();
      return { combo: { ...c, open: true, active: n ? (c.active <= 0 ? n - 1 : c.active - 1) : -1 } };
    case 'Enter': {
      if (!c.open) break;
      e.preventDefault();
      // One option left: Enter takes it; else the highlighted one.
      const pick = options[c.active] ?? (n === 1 ? options[0] : undefined);
      return pick ? { combo: c, pick } : { combo: c, say: true };
    }
    case 'Escape':
      if (c.open) {
        e.preventDefault();
        return { combo: { ...c, open: false, active: -1 } };
      }
      if (c.query) {
        e.preventDefault();
        return { combo: { ...c, query: '' } };
      }
      break;
    case 'Home':
    case 'End':
      return { combo: { ...c, active: -1 } };
  }
  return { combo: c };
}

/** The listbox and its polite count. */
export function renderOptions(
  t: (key: MessageKey, params?: Params) => string,
  c: Combo,
  options: readonly Contact[],
  open: boolean,
  pick: (c: Contact) => void,
) {
  return html`<ul class="options" id="add-options" role="listbox" aria-label=${t('rs.call-lists.add.label')} ?hidden=${!open}>
      ${open && options.length === 0 ? html`<li class="no-option" role="presentation">${t('rs.call-lists.add.none')}</li>` : nothing}
      ${
        open
          ? options.map(
              (o, i) => html`<li
              id=${`option-${o.id}`}
              class="option"
              role="option"
              aria-selected=${i === c.active ? 'true' : 'false'}
              @pointerdown=${(e: PointerEvent) => e.preventDefault()}
              @click=${() => pick(o)}
            >
              <span class="name">${o.firstName} ${o.lastName}</span>
              <span class="phone">${o.phone ?? t('rs.call-lists.no-phone')}</span>
            </li>`,
            )
          : nothing
      }
    </ul>
    <span class="sr-only" role="status">${open ? t('rs.call-lists.add.options', { count: options.length }) : ''}</span>`;
}

export const addStyles = css`
  .options {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    max-height: 16rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.15);
  }
  .option,
  .no-option {
    display: grid;
    padding: 0.45rem 0.65rem;
    border-radius: calc(var(--_radius) - 2px);
    min-height: 2.75rem;
    align-content: center;
  }
  .option {
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-2);
  }
  .option[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .option[aria-selected='true'] .phone {
    color: inherit;
  }
  .no-option {
    color: var(--_muted);
  }
`;
