import { css } from 'lit';

/**
 * The modal `<dialog>` of every widget (issue 11, point 4: one of each shared piece): its frame, its
 * backdrop, its heading and a heading bar (`.dialog-head`). A widget's sheet, placed after this one,
 * keeps only its differences: the width, the head's spacing, what is inside.
 *
 * `--_dialog-inset` is the room the dialog leaves above and below it (1rem by default). Its width is the
 * widget's: the browser's own `max-width` (the viewport less 2em) holds unless a widget widens it.
 */
export const dialogStyles = css`
  dialog {
    max-height: calc(100dvh - var(--_dialog-inset, 1rem));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 18px 48px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(15 20 25 / 0.6);
  }
  dialog h2 {
    margin: 0;
  }
  dialog .dialog-head {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 0.75rem 0.75rem 1.25rem;
    border-bottom: 1px solid var(--_border);
  }
`;
