/**
 * TensorFlow.js for the playground, through the shared runtime's main-thread `loadTensorFlow()`
 * (wasm, or cpu where wasm cannot start): says which backend runs and why, or why loading failed.
 */
import { loadTensorFlow } from '../../runtime/backend/main-thread';
import type { Tf } from '../ops/run';

let ready: Tf | undefined;

/**
 * Resolves with TensorFlow.js (loaded once, with a progress indicator the first time), or null
 * after showing the failure in the island's alert (the next Run tries again).
 */
export async function loadForPlayground(root: HTMLElement): Promise<Tf | null> {
  if (ready) return ready;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  part('status').textContent = 'Loading TensorFlow.js…';
  part('loading').hidden = false;
  try {
    const { tf, backend, reason } = await loadTensorFlow();
    Object.assign(part('backend'), { textContent: reason, hidden: false });
    part('backend').dataset.backend = backend;
    part('alert').hidden = true;
    return (ready = tf);
  } catch (error) {
    Object.assign(part('alert'), { hidden: false, textContent: `TensorFlow.js could not load (${error instanceof Error ? error.message : String(error)}). Check the connection and press Run again.` });
    part('status').textContent = 'TensorFlow.js did not load.';
    return null;
  } finally {
    part('loading').hidden = true;
  }
}
