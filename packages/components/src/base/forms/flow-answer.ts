/**
 * A form's submit that waits for its flow's answer (the flows' `answer: { seq, failure? }` convention):
 * the form's promise settles once per answer, after the flow has taken it, so the form's secrets live
 * until then and a failure reaches the form as the `ApiError` its fields read. One of these per form
 * in place of the `#pending` / `#answered` / `#settle` trio each element used to write.
 */
import { ApiError, type ApiFailure } from '@vigie/core';

export interface FlowAnswerOf {
  readonly seq: number;
  readonly failure?: ApiFailure;
}

export class FlowAnswer {
  #pending?: { readonly resolve: () => void; readonly reject: (e: unknown) => void };
  #answered = 0;

  /**
   * Sends the form's intent (`send`). The promise settles with the flow's answer, or at once when the
   * flow did not start a request (`waiting()` false after the send: refused, or nothing to send).
   * A submit while another waits settles the older one first.
   */
  wait(send: () => void, waiting: () => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { resolve, reject };
      send();
      if (!waiting()) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  /** Takes the flow's last answer, once per `seq`; `operation` names the request in the error. */
  settle(answer: FlowAnswerOf | undefined, operation: string): void {
    if (!answer || answer.seq === this.#answered) return;
    this.#answered = answer.seq;
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    if (answer.failure) pending.reject(new ApiError(answer.failure, operation));
    else pending.resolve();
  }
}
