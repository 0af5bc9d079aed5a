/**
 * RS-ONB — light-DOM styles of `<remote-onboarding>` (adopted next to `formStyles`, the shared
 * `panelStyles` and `toastStyles`): the ordered list of the path's steps, the step's frame and
 * heading, the choices (those of the steps after the log-in come with them: `remote-onboarding.later-steps.on-demand.ts`). Every rule sits under `.vigie-onboarding`, so nothing leaks into the host
 * page; colours come from the shared `--_*` tokens of `lightBase` (light and dark).
 */
import { css } from 'lit';

export const styles = css`
  .vigie-onboarding {
    --_max-width: var(--remote-onboarding-max-width, 42rem);
  }

  /* The path's steps: numbered dots joined by a line; labels beside them from 40rem. */
  .vigie-onboarding .vigie-onboarding-steps {
    display: flex;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vigie-onboarding .vigie-onboarding-steps li {
    flex: 1 1 0;
    min-width: 0;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.3rem;
    position: relative;
    color: var(--_muted);
    font-size: 0.8rem;
    line-height: 1.25;
    text-align: center;
  }
  /* The line to the previous step. */
  .vigie-onboarding .vigie-onboarding-steps li + li::before {
    content: '';
    position: absolute;
    top: calc(0.875rem - 1px);
    inset-inline-end: calc(50% + 1rem);
    width: calc(100% - 2rem + 0.25rem);
    height: 2px;
    background: var(--_border);
  }
  .vigie-onboarding .vigie-onboarding-steps li:is(.is-done, .is-current) + li:is(.is-done, .is-current)::before {
    background: var(--_accent);
  }
  .vigie-onboarding .vigie-onboarding-step-dot {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 700;
    font-size: 0.8rem;
  }
  .vigie-onboarding .vigie-onboarding-step-dot svg {
    width: 1rem;
    height: 1rem;
  }
  .vigie-onboarding .is-done .vigie-onboarding-step-dot {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent, #fff);
  }
  .vigie-onboarding .is-current .vigie-onboarding-step-dot {
    border-color: var(--_accent);
    color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
  }
  .vigie-onboarding .vigie-onboarding-steps li.is-current {
    color: var(--_text);
    font-weight: 600;
  }
  /* Narrow: the labels are for screen readers only (the heading names the step). */
  .vigie-onboarding .vigie-onboarding-step-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (min-width: 40rem) {
    .vigie-onboarding .vigie-onboarding-step-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
  }

  .vigie-onboarding .vigie-onboarding-step {
    display: grid;
    gap: 1rem;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container (max-width: 24rem) {
    .vigie-onboarding .vigie-onboarding-step {
      padding: 1rem 0.85rem;
    }
  }
  .vigie-onboarding .vigie-onboarding-step > p,
  .vigie-onboarding .vigie-onboarding-step form p {
    margin: 0;
  }
  .vigie-onboarding .vigie-onboarding-step-title {
    display: grid;
    gap: 0.15rem;
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Focus comes to the heading by script after a step change: not a control, no ring. */
  .vigie-onboarding .vigie-onboarding-step-title:focus {
    outline: none;
  }
  .vigie-onboarding .vigie-onboarding-step-count {
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }
  .vigie-onboarding .vigie-onboarding-hint {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .vigie-onboarding .vigie-onboarding-hint svg {
    flex: none;
    margin-top: 0.15em;
  }
  .vigie-onboarding .vigie-onboarding-question {
    font-weight: 600;
  }
  .vigie-onboarding .vigie-onboarding-choices,
  .vigie-onboarding .vigie-onboarding-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .vigie-onboarding .vigie-onboarding-buttons > .vigie-actions {
    margin: 0;
  }
  .vigie-onboarding .vigie-onboarding-exit {
    margin: 0;
    text-align: end;
  }
`;
