/**
 * The messages of the shared panel sheet (`panelStyles`, class `vigie-panel-message`) that light-DOM
 * widgets (vault, passport…) show the same way: a failure with the way to try again, and the notice
 * of a signed-in-only widget without a session. Texts come from the widget (its catalog), never
 * from a server as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorIcon, lockIcon } from './form-icons.js';

export interface FailureMessage {
  /** What failed (« Les informations n’ont pas pu être chargées. »). */
  readonly title: string;
  /** Why, in the provider's words (`describeFailure`). */
  readonly detail: string;
  /** More to read under it. */
  readonly notes?: readonly string[];
  /** The way to try again (« Réessayer »), when there is one. */
  readonly retry?: { readonly label: string; readonly onRetry: () => void };
}

/** A failure (`role=alert`): what failed, why, and the way to try again. */
export const failureMessage = (o: FailureMessage): TemplateResult =>
  html`<div class="vigie-panel-message vigie-panel-message--error" role="alert">
    ${errorIcon}
    <div class="vigie-panel-message-body">
      <p class="vigie-panel-message-title">${o.title}</p>
      <p>${o.detail}</p>
      ${(o.notes ?? []).map((note) => html`<p>${note}</p>`)}
      ${o.retry ? html`<button type="button" class="vigie-button vigie-button--secondary" @click=${o.retry.onRetry}>${o.retry.label}</button>` : nothing}
    </div>
  </div>`;

export interface SignedOutNotice {
  /** The session ended (an alert) rather than never started (a plain notice). */
  readonly expired: boolean;
  readonly text: string;
  /** The widget's hook class on the notice, if any. */
  readonly className?: string;
  /** « Se connecter »: the widget's sign-in action (a link or a button firing its event). */
  readonly action: TemplateResult;
}

/** What a signed-in-only widget shows without a session: a lock, why, and « Se connecter ». */
export const signedOutNotice = (o: SignedOutNotice): TemplateResult =>
  html`<div class="vigie-panel-message${o.expired ? ' vigie-panel-message--error' : ''}${o.className ? ` ${o.className}` : ''}" role=${o.expired ? 'alert' : nothing}>
      ${lockIcon}
      <p>${o.text}</p>
    </div>
    <p class="vigie-panel-actions">${o.action}</p>`;
