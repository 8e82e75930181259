/**
 * Loads TensorFlow.js for the playground: tfjs-core with its plain-JavaScript (cpu) backend, on
 * the main thread. The tensors a learner types are tiny, so the cpu backend answers at once and
 * needs neither a wasm download nor a GPU context. Until the shared runtime's main-thread
 * `loadTensorFlow()` is on this branch, this is the island's own loader (it belongs there).
 */
import type { Tf } from '../ops/run';

let loading: Promise<Tf> | undefined;

/** Resolves with the tfjs-core namespace, the cpu backend active; a failed load is retried next call. */
export function loadTf(): Promise<Tf> {
  loading ??= (async () => {
    const [tf] = await Promise.all([import('@tensorflow/tfjs-core'), import('@tensorflow/tfjs-backend-cpu')]);
    if (!(await tf.setBackend('cpu'))) throw new Error('the cpu backend of TensorFlow.js did not start');
    await tf.ready();
    return tf;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
