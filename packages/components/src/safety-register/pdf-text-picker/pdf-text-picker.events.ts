/** X-EVENTS — the event of `<pdf-text-picker>` (SR-OBS): bubbling, composed, typed. */
export type PickVia = 'pointer' | 'keyboard';

/** The user picked a text in the PDF and asked to create an item with it (« Créer une observation »). */
export class PdfTextPickEvent extends Event {
  static readonly eventName = 'pdf-text-pick';
  constructor(
    /** The picked text, whitespace normalised. */
    readonly text: string,
    /** Its page, 1-based. */
    readonly page: number,
    /** Selected with the pointer, or ticked in the page's lines. */
    readonly via: PickVia,
  ) {
    super(PdfTextPickEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pdf-text-pick': PdfTextPickEvent;
  }
}
