/**
 * RS-CALL — what `<call-list-editor>` needs only after a save answered 412 (someone else saved the
 * list meanwhile): the replay of the user's changes on their version (core's `callListMerging`), the
 * notice of their save, the conflicts to choose, and their texts and styles. Loaded by the editor
 * when that answer arrives (the result of the user's « Enregistrer »), before the flow replays: the
 * save stays busy meanwhile and the draft is untouched.
 */
import { css, html, nothing } from 'lit';
import {
  callListMerging,
  remoteCallListsMergeMessages,
  type CallListConflict,
  type CallListEditorEvent,
  type CallListNotice,
  type MessageKey,
  type Params,
} from '@vigie/core';

export { callListMerging };
export const mergeMessages = remoteCallListsMergeMessages;

/** What the views need from the editor. */
export interface MergeHost {
  t(key: MessageKey, params?: Params): string;
  name(contactId: string): string;
  when(instant: string): { date: string; time: string };
  send(event: CallListEditorEvent): void;
}

export function renderNotice(h: MergeHost, notice: CallListNotice, closable: boolean) {
  return html`<div class="notice" part="notice" role="region" aria-labelledby="notice-title">
    <h3 id="notice-title" tabindex="-1" data-focus="notice">${h.t('rs.call-lists.rebased.title', { name: notice.updatedBy })}</h3>
    <p>${h.t('rs.call-lists.rebased.when', h.when(notice.updatedAt))}</p>
    ${
      notice.changes.length
        ? html`<p class="changes-title">${h.t('rs.call-lists.their-changes', { name: notice.updatedBy })}</p>
          <ul class="changes">
            ${notice.changes.map((c) => html`<li data-kind=${c.kind}>${h.t(`rs.call-lists.change.${c.kind}`, { name: h.name(c.contactId) })}</li>`)}
          </ul>`
        : nothing
    }
    ${closable ? html`<button type="button" class="btn secondary" @click=${() => h.send({ type: 'close-notice' })}>${h.t('rs.call-lists.notice.close')}</button>` : nothing}
  </div>`;
}

export function renderConflicts(
  h: MergeHost,
  conflicts: readonly CallListConflict[],
  choices: Readonly<Record<string, 'mine' | 'theirs'>>,
  who: string,
) {
  const side = (c: CallListConflict, choice: 'mine' | 'theirs') =>
    html`<label class="side">
      <input type="radio" name=${`choice-${c.contactId}`} value=${choice} .checked=${choices[c.contactId] === choice} @change=${() => h.send({ type: 'choose', contactId: c.contactId, choice })} />
      <span><strong>${h.t(choice === 'mine' ? 'rs.call-lists.conflict.keep-mine' : 'rs.call-lists.conflict.keep-theirs')}</strong> — ${choice === 'mine' ? h.t(`rs.call-lists.conflict.mine.${c.mine}`, { position: c.minePosition ?? 0 }) : h.t(`rs.call-lists.conflict.theirs.${c.theirs}`, { name: who, position: c.theirsPosition ?? 0 })}</span>
    </label>`;
  return html`<div class="conflicts" part="conflicts" role="region" aria-labelledby="conflicts-title">
    <h3 id="conflicts-title" tabindex="-1" data-focus="conflicts">${h.t('rs.call-lists.conflict.title', { count: conflicts.length })}</h3>
    <p>${h.t('rs.call-lists.conflict.intro')}</p>
    ${conflicts.map(
      (c) => html`<fieldset class="conflict" ?data-open=${choices[c.contactId] === undefined}>
        <legend>${h.name(c.contactId)}</legend>
        ${side(c, 'mine')} ${side(c, 'theirs')}
      </fieldset>`,
    )}
  </div>`;
}

export const mergeStyles = css`
  .notice,
  .conflicts {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_warning-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .notice h3,
  .conflicts h3 {
    font-size: 1rem;
  }
  .notice .btn.secondary {
    background: var(--_surface);
  }
  .changes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .changes-title {
    font-weight: 600;
  }
  .conflict {
    display: grid;
    gap: 0.35rem;
    width: 100%;
    margin: 0;
    padding: 0.5rem 0.75rem 0.65rem;
    border: 1px solid var(--_warning-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .conflict[data-open] {
    border-width: 2px;
  }
  .conflict legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .side {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding-block: 0.35rem;
    cursor: pointer;
  }
  .side input {
    min-height: auto;
    width: 1.15rem;
    height: 1.15rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
`;
