/** Turns a thrown error into what the learner reads, and whether the worker's state survives it. */

/**
 * Out-of-memory and lost GPU contexts get a plain explanation and are recoverable (the weights stay
 * in the worker); other errors keep their message and are recoverable unless `request` was the
 * worker's `init` (nothing to keep yet).
 */
export function describeFailure(error: unknown, request: string): { message: string; recoverable: boolean } {
  const text = error instanceof Error ? error.message : String(error);
  if (/out of memory|OOM|allocat|Aborted\(|memory access out of bounds/i.test(text)) {
    return { message: `The browser ran out of memory during ${request}. Try a smaller batch size or close other tabs.`, recoverable: true };
  }
  if (/context.*lost|CONTEXT_LOST|device.*lost/i.test(text)) {
    return { message: `The GPU context was lost during ${request} (the tab was hidden or the GPU reset). Choose the wasm backend or reload to continue.`, recoverable: true };
  }
  return { message: text, recoverable: request !== 'init' };
}
