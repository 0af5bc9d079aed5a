import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--site-contacts-max-width, 60rem);
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: 1rem;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_muted);
  }
  .note.small {
    padding: 0;
    background: none;
    font-size: 0.875rem;
  }
  .muted {
    color: var(--_muted);
  }
  .state {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .state.loading {
    align-items: center;
  }
  .state.error {
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton span {
    display: block;
    block-size: 7rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .levels-help {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
  }
  .levels-help summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    min-block-size: 2rem;
    display: list-item;
  }
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: 0.75rem;
  }
  .contact {
    container: contact / inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 0.5rem;
  }
  .name {
    margin: 0;
    font-size: 1.0625rem;
  }
  .you {
    font-weight: 400;
    color: var(--_muted);
  }
  .level {
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface-2);
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .level.administrator {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .info {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.35rem 0.75rem;
    margin: 0;
  }
  .info > div {
    display: contents;
  }
  .info dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .info dd {
    margin: 0;
    min-inline-size: 0;
  }
  .emails {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .invitation {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.5rem 0.625rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .invitation > div {
    display: grid;
  }
  .invitation .detail {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .invitation.granted .icon {
    color: var(--_success-fg);
  }
  .invitation.granted strong {
    color: var(--_success-fg);
  }
  .invitation.expired {
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .invitation.expired .detail {
    color: inherit;
  }
  .invitation.invited .icon {
    color: var(--_accent);
  }
  /* The invitation's action on its own line, the two changes side by side below it. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: 0.5rem;
    margin-block-start: auto;
  }
  .actions .invitation-action {
    grid-column: 1 / -1;
  }
  .btn[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .btn .spinner {
    border-color: currentColor;
    border-top-color: transparent;
  }

  @container (max-width: 30rem) {
    .head .btn {
      flex: 1 1 100%;
    }
  }
  /* A narrow card (a phone, or two columns of cards): each label above its value, one action per line. */
  @container contact (max-width: 26rem) {
    .info {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .info dd + dt {
      margin-block-start: 0.35rem;
    }
    .actions {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
