/**
 * The lab's data: the training images of the shared MNIST loader's quick preset (cached by the
 * Cache API, the same files module 4 uses), of which the lab uses the first SUBSET_IMAGES.
 */
import { loadMnist, type Progress } from '~/islands/cnn/data/loader';
import type { Split } from '~/islands/cnn/data/shards';

/** The MNIST training split of the quick preset; `onProgress` gets byte counts as they arrive. */
export async function loadLabData(onProgress: Progress): Promise<{ train: Split; fromCache: boolean }> {
  const mnist = await loadMnist('quick', onProgress);
  return { train: mnist.train, fromCache: mnist.fromCache };
}
