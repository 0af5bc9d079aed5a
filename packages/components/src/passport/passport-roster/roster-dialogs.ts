/**
 * PP-ROSTER / PP-BLOCK — the dialogs of `<passport-roster>`, one at a time, and what they do:
 * « Bloqué » → unblock, the bin → « Supprimer le profil » (with « Recharger » after a conflict),
 * the pencil and « Inscrire un nouveau salarié » → `<employee-enrollment>`, « Voir le passeport »
 * → `<passport-view>` (both fetched on first use). Each request is cancelable first (the host may
 * show its own form or passport). When a dialog closes, the focus goes back where it belongs
 * (the row's control, the enrol button, or the notice). Templates: `roster-dialogs.render.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isApiError,
  passportProblemOfFailure,
  safePassportUrl,
  type ApiFailure,
  type Employee,
  type MessageKey,
  type PassportSession,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { PassportViewRequestedEvent } from '../passport-view/passport-view.events.js';
import {
  EmployeeDeletedEvent,
  EmployeeEditRequestedEvent,
  EmployeeEnrollmentRequestedEvent,
  EmployeeUnblockedEvent,
} from './passport-roster.events.js';
import { nameOf, type Translate } from './roster-rows.js';

/** A confirmation dialog (« Bloqué » → unblock, the bin → « Supprimer le profil »). */
export interface Confirmation {
  readonly kind: 'unblock' | 'delete';
  readonly employee: Employee;
  /** The unblock or delete request is under way. */
  readonly busy: boolean;
  /** After a conflict: the employee is being read again (« Recharger »). */
  readonly reloading?: boolean;
  /** The employee was read again after a conflict: the dialog shows them as they are now. */
  readonly reloaded?: boolean;
  readonly error?: { readonly text: string; readonly detail: string; readonly conflict: boolean };
}

/** The enrolment form in a dialog: creation, or « Modifier un salarié ». */
export interface Editor {
  readonly kind: 'enroll' | 'edit';
  readonly employee?: Employee;
  /** `<employee-enrollment>` is fetched the first time it is needed. */
  readonly editor: 'loading' | 'ready' | 'failed';
}

/** « Voir le passeport »: `<passport-view>` in a dialog over the list (PP-ROSTER); fetched on first use. */
export interface PassportDialog {
  readonly kind: 'passport';
  readonly employee: Employee;
  readonly view: 'loading' | 'ready' | 'failed';
}

export type Dialog = Confirmation | Editor | PassportDialog;

export const isConfirmation = (d: Dialog | undefined): d is Confirmation => d?.kind === 'unblock' || d?.kind === 'delete';

export type RowAction = 'unblock' | 'edit' | 'delete' | 'passport';

/** What gets the focus back when a dialog closes. */
export type FocusTarget = { readonly position: number; readonly action: RowAction } | { readonly enroll: true } | { readonly notice: true };

export const failureOf = (error: unknown): ApiFailure =>
  isApiError(error) ? error.failure : { kind: 'network', message: error instanceof Error ? error.message : String(error) };

/** What the dialogs need of the roster. */
export interface RosterDialogOptions {
  readonly t: Translate;
  readonly services: () => VigieServices;
  /** The session the requests carry. */
  readonly session: () => PassportSession | undefined;
  /** A 401: the session ends for every passport widget (true: it did). */
  readonly endIfRefused: (failure: ApiFailure) => boolean;
  /** The employee's position in the index and the row as the list has it now. */
  readonly current: (employee: Employee) => { readonly position: number | undefined; readonly employee: Employee };
  /** The server has the employee so (an unblock, a reload, an edit): the row shows it. */
  readonly update: (employee: Employee) => void;
  /** The employee is gone (deleted, or already gone): the row leaves, with `message`. */
  readonly remove: (employee: Employee, message: MessageKey) => void;
  /** The live message after an action. */
  readonly notify: (text: () => string) => void;
  /** Puts the focus back after a dialog closed. */
  readonly focus: (target: FocusTarget) => Promise<void>;
}

export class RosterDialogs implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: RosterDialogOptions;
  #dialog?: Dialog;
  #returnFocus?: FocusTarget;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RosterDialogOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The dialog open (or opening), if any. */
  get dialog(): Dialog | undefined {
    return this.#dialog;
  }

  set dialog(d: Dialog | undefined) {
    this.#dialog = d;
    this.#host.requestUpdate();
  }

  /** Where the focus goes when the dialog closes. */
  set returnFocus(target: FocusTarget | undefined) {
    this.#returnFocus = target;
  }

  get #root(): ParentNode {
    return this.#host.shadowRoot ?? this.#host;
  }

  /** After each update: a dialog rendered but not open yet opens, modal. */
  hostUpdated(): void {
    const dialog = this.#element();
    if (this.#dialog && dialog && !dialog.open) dialog.showModal();
  }

  #element(): HTMLDialogElement | null {
    return this.#root.querySelector('dialog');
  }

  close(): void {
    const dialog = this.#element();
    if (dialog?.open) dialog.close();
    else this.dialog = undefined;
  }

  /** The dialog closed (Escape, « Annuler », the close button, or done): focus goes back where it belongs. */
  readonly onClose = async () => {
    this.dialog = undefined;
    const target = this.#returnFocus;
    await this.#host.updateComplete;
    if (target) await this.#o.focus(target);
  };

  /** A row's control was pressed. */
  rowAction(employee: Employee, position: number, action: RowAction): void {
    this.#returnFocus = { position, action };
    if (action === 'edit') this.#requestEdit(employee);
    else if (action === 'passport') void this.requestPassport(employee);
    else this.dialog = { kind: action, employee, busy: false };
  }

  /** « Inscrire un nouveau salarié »: the cancelable event; not cancelled, the form in a dialog. */
  readonly requestEnrollment = () => {
    const event = new EmployeeEnrollmentRequestedEvent();
    this.#host.dispatchEvent(event);
    this.#returnFocus = { enroll: true };
    if (!event.defaultPrevented) void this.openEditor({ kind: 'enroll', editor: 'loading' });
  };

  #requestEdit(employee: Employee): void {
    const event = new EmployeeEditRequestedEvent(employee);
    this.#host.dispatchEvent(event);
    if (!event.defaultPrevented) void this.openEditor({ kind: 'edit', employee, editor: 'loading' });
  }

  /** « Voir le passeport »: the cancelable `passport-view-requested`; not cancelled, `<passport-view>` in a dialog (fetched the first time). */
  async requestPassport(employee: Employee): Promise<void> {
    const event = new PassportViewRequestedEvent(employee, safePassportUrl(employee.passportUrl));
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const ready = !!customElements.get('passport-view');
    this.dialog = { kind: 'passport', employee, view: ready ? 'ready' : 'loading' };
    if (ready) return;
    const done = (view: PassportDialog['view']) => {
      if (this.#dialog?.kind === 'passport' && this.#dialog.employee.id === employee.id) this.dialog = { ...this.#dialog, view };
    };
    try {
      await import('../../define/passport-view.js');
      done('ready');
    } catch {
      done('failed');
    }
  }

  /** Opens the enrolment form in the dialog; `<employee-enrollment>` is fetched the first time. */
  async openEditor(editor: Editor): Promise<void> {
    const ready = !!customElements.get('employee-enrollment');
    this.dialog = { ...editor, editor: ready ? 'ready' : 'loading' };
    if (!ready) {
      try {
        await import('../../define/employee-enrollment.js');
        if (this.#dialog?.kind === editor.kind) this.dialog = { ...this.#dialog, editor: 'ready' } as Editor;
      } catch {
        if (this.#dialog?.kind === editor.kind) this.dialog = { ...this.#dialog, editor: 'failed' } as Editor;
      }
    }
    await this.#host.updateComplete;
    const form = this.#root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('employee-enrollment');
    await form?.updateComplete;
    form?.querySelector<HTMLElement>('input:not([type=hidden])')?.focus();
  }

  /** « Confirmer » in the unblock or delete dialog: one request at a time; a failure keeps the row. */
  readonly onConfirm = async (e: SubmitEvent) => {
    e.preventDefault();
    const d = this.#dialog;
    if (!isConfirmation(d) || d.busy || d.reloading) return;
    const { position, employee } = this.#o.current(d.employee);
    this.dialog = { kind: d.kind, employee, busy: true };
    const s = this.#o.services();
    const opts = { session: this.#o.session() };
    try {
      const api = await import('@vigie/core/passport/api');
      if (d.kind === 'unblock') {
        const updated = await api.unblockEmployee(s.client, employee.id, opts);
        this.#o.update(updated);
        this.#o.notify(() => this.#o.t('passport.roster.unblocked', { name: nameOf(updated) }));
        if (position !== undefined) this.#returnFocus = { position, action: 'edit' };
        this.close();
        this.#host.dispatchEvent(new EmployeeUnblockedEvent(updated));
      } else {
        await api.deleteEmployee(s.client, employee.id, employee.version, opts);
        this.#remove(employee, 'passport.roster.deleted');
        this.#host.dispatchEvent(new EmployeeDeletedEvent(employee));
      }
    } catch (err) {
      this.#confirmFailed(d.kind, employee, failureOf(err));
    }
  };

  #remove(employee: Employee, message: MessageKey): void {
    this.#o.remove(employee, message);
    this.#returnFocus = { notice: true };
    this.close();
  }

  #confirmFailed(kind: Confirmation['kind'], employee: Employee, failure: ApiFailure): void {
    if (failure.kind === 'aborted') return;
    if (this.#o.endIfRefused(failure)) {
      this.close();
      return;
    }
    if (kind === 'delete' && passportProblemOfFailure(failure) === 'notFound') {
      this.#remove(employee, 'passport.roster.goneAlready');
      return;
    }
    const t = this.#o.t;
    const conflict = failure.kind === 'conflict' || passportProblemOfFailure(failure) === 'versionMismatch';
    const text = t(kind === 'unblock' ? 'passport.roster.error.unblock' : 'passport.roster.error.delete', { name: nameOf(employee) });
    const detail = conflict
      ? t('passport.roster.error.conflict')
      : `${this.#o.services().describeFailure(failure)} ${t('passport.roster.error.kept')}`;
    this.dialog = { kind, employee, busy: false, error: { text, detail, conflict } };
    void this.#host.updateComplete.then(() => this.#root.querySelector<HTMLElement>('.dialog-error')?.focus());
  }

  /**
   * « Recharger » after a conflict (someone else changed the employee): reads that employee again,
   * one request rather than every page; the row and the dialog then show them as they are now, to
   * confirm again. Gone in between: the row leaves the list, as after a delete.
   */
  readonly reloadEmployee = async () => {
    const d = this.#dialog;
    if (!isConfirmation(d) || d.busy || d.reloading) return;
    const { kind, employee } = d;
    const still = () => isConfirmation(this.#dialog) && this.#dialog.kind === kind && this.#dialog.employee.id === employee.id;
    this.dialog = { ...d, reloading: true };
    const s = this.#o.services();
    try {
      const { getEmployee } = await import('@vigie/core/passport/api');
      const current = await getEmployee(s.client, employee.id, { session: this.#o.session() });
      this.#o.update(current);
      if (!still()) return;
      this.dialog = { kind, employee: current, busy: false, reloaded: true };
      await this.#host.updateComplete;
      this.#root.querySelector<HTMLElement>('.dialog-reloaded')?.focus();
    } catch (err) {
      const failure = failureOf(err);
      if (failure.kind === 'aborted' || !still()) return;
      if (this.#o.endIfRefused(failure)) {
        this.close();
        return;
      }
      if (passportProblemOfFailure(failure) === 'notFound') {
        this.#remove(employee, 'passport.roster.goneAlready');
        return;
      }
      const error = {
        text: this.#o.t('passport.roster.error.reload', { name: nameOf(employee) }),
        detail: this.#o.services().describeFailure(failure),
        conflict: true,
      };
      this.dialog = { kind, employee, busy: false, error };
      await this.#host.updateComplete;
      this.#root.querySelector<HTMLElement>('.dialog-error')?.focus();
    }
  };
}
