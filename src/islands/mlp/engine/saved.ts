/** Scores a model saved in this browser (module 4's CNN) on the test split the MLP was scored on. */
import { load } from '../../runtime/persist/persist.ts';
import type { Split } from '../../runtime/mnist/shards.ts';
import { scoreSplit } from '../../runtime/training/evaluate.ts';
import type { Replies } from '../protocol';

/** found=false when nothing is saved at `url`; the loaded model is disposed after scoring. */
export async function scoreSaved(url: string, test: Split): Promise<Replies['evaluate-saved-cnn']> {
  if (!url.startsWith('indexeddb://')) throw new Error(`Only models saved in this browser can be compared (got ${url}).`);
  const saved = await load(url);
  if (!saved) return { found: false };
  try {
    const score = await scoreSplit(saved.model, test, Uint32Array.from({ length: test.count }, (_, i) => i));
    return { found: true, accuracy: score.accuracy, loss: score.loss, totalParams: saved.model.countParams(), savedAt: saved.savedAt };
  } finally {
    saved.model.dispose();
  }
}
