/** Messages between the training worker and its gradient helpers (workers running the same script). */
import type { BackendName } from '../../backend/types.ts';

/** The name a helper worker is started with; the shared worker script reads it to pick its role. */
export const HELPER_WORKER_NAME = 'gradient-helper';

export type HelperRequest =
  /** Activate `backend` and build the model from its Keras-format JSON topology (weights follow with each step). */
  | { type: 'init'; backend: BackendName; topology: string }
  /**
   * Set all model weights (packed, model.weights order), then return the gradients for this part;
   * the helper may write them into the `weights` buffer it was sent and return that (a
   * transferred buffer going back and forth costs no fresh memory per step).
   */
  | { type: 'step'; weights: Float32Array; pixels: Uint8Array; labels: Int32Array }
  /** Set all model weights, then score these images (inference only). */
  | { type: 'score'; weights: Float32Array; pixels: Uint8Array; labels: Int32Array };

export type HelperReply =
  | { type: 'ready' }
  /**
   * Gradients packed in trainable-variable order; `loss` is the part's mean loss; `computeMs` the
   * helper's own time; `heapBytes` its wasm memory (null on other backends), for memory reports;
   * `repliedAt` when it answered, on the workers' shared clock (`performance.timeOrigin +
   * performance.now()`, ms), so the trainer can tell whether the reply waited for it.
   */
  | { type: 'grads'; grads: Float32Array; loss: number; correct: number; computeMs: number; heapBytes: number | null; repliedAt: number }
  /** `loss` and `accuracy` are means over the part; `predicted` holds one class per image. */
  | { type: 'scored'; loss: number; accuracy: number; predicted: Uint8Array }
  | { type: 'failed'; message: string };
